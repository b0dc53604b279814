/**
 * Execution compiled once per document and operation. A query's answer is
 * written by its compiled plan (src/graphql/plan.ts) straight into UTF-8
 * bytes, `extensions.provenance` included, and handed to yoga as those bytes
 * (yoga sends a stringifier's bytes as they are, after its own error
 * sanitising, which has nothing to do for an answer without errors). An
 * answer the plan gives up on (an error) and a document no plan expresses
 * run on graphql-jit, serialised by JSON.stringify, as before.
 *
 * The caches are keyed by the parsed document (yoga's parse cache hands the
 * same object to every request with the same text) and by the operation
 * name, so a document holding several operations runs the one each request
 * names.
 *
 * A request the known-requests path (known-requests.ts) watches is
 * remembered with the plan that answered it (`plannedFor`); that path runs
 * the plan again (`answer`) for the next request with the same bytes,
 * without yoga.
 */
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { SourceRecord } from '../domain/records.js';
import type { Context } from '../graphql/context.js';
import { ascii, JsonBytes } from '../graphql/json-bytes.js';
import { compilePlan, type Plan } from '../graphql/plan.js';
import { provenanceOf, type Provenance } from '../graphql/provenance.js';

type Jit = Pick<CompiledQuery, 'query' | 'stringify'>;

interface Compiled {
  readonly plan: Plan | null;
  /** The size of its last answer: the next one's buffer is made about that size. */
  bytes: number;
  /** graphql-jit's, compiled on first need. */
  jit: Jit | null;
}

/** What yoga calls to serialise a result: it sends a returned Uint8Array as it is. */
type Stringify = (sanitized: unknown) => string | Uint8Array;

const DATA = ascii('{"data":');
const EXTENSIONS = ascii(',"extensions":{"provenance":');
const END = ascii('}}');

/** A query a plan answered: what running it again needs. */
export interface PlannedRequest {
  readonly args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues' | 'rootValue'>;
  /** The operation's name: as the request gave it, else the document's. */
  readonly operation: string | undefined;
}

export interface CompiledExecution {
  /** The yoga plugin that executes every document through its plan (or graphql-jit). */
  plugin(): Plugin;
  /** Asks that the plan answering this request, if one does, be kept for `plannedFor` (other requests keep nothing). */
  watch(request: Request): void;
  /** The plan answer a watched request got from yoga, and its bytes, if its answer was a query plan's. */
  plannedFor(request: Request): { planned: PlannedRequest; bytes: Buffer } | undefined;
  /** Runs a planned request's plan again on a context: the answer's bytes, or null when the plan gives up. */
  answer(planned: PlannedRequest, context: Context): Buffer | null;
}

export function compiledExecution(): CompiledExecution {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  // Plans run synchronously, one at a time: one writer serves them all.
  const writer = new JsonBytes();

  function compiledFor(args: ExecutionArgs): Compiled {
    let byOperation = compiled.get(args.document);
    if (!byOperation) compiled.set(args.document, (byOperation = new Map()));
    const name = args.operationName ?? '';
    let entry = byOperation.get(name);
    if (!entry) byOperation.set(name, (entry = { plan: compilePlan(args.schema, args.document, args.operationName), bytes: 4096, jit: null }));
    return entry;
  }

  function jitOf(entry: Compiled, args: ExecutionArgs): Jit {
    if (!entry.jit) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      // A document graphql-jit cannot compile answers with its errors, as graphql-js would.
      entry.jit = isCompiledQuery(result) ? result : { query: () => result as ExecutionResult, stringify: (r: unknown) => JSON.stringify(r) };
    }
    return entry.jit;
  }

  /** The plan's answer as bytes, or null when it gave up (its notes are then dropped). */
  function writeAnswer(entry: Compiled & { plan: Plan }, args: ExecutionArgs): ExecutionResult | null {
    const context = args.contextValue as Context;
    writer.start(entry.bytes + (entry.bytes >> 3));
    writer.raw(DATA);
    const dataStart = writer.length;
    if (!entry.plan.write(writer, context, args.variableValues as Record<string, unknown> | undefined, args.rootValue)) {
      writer.finish();
      context.provenance.clear();
      return null;
    }
    const dataEnd = writer.length;
    const { provenance, bytes: provenanceBytes } = provenanceFor(context.provenance, context.store.version);
    writer.raw(EXTENSIONS);
    writer.raw(provenanceBytes);
    writer.raw(END);
    const bytes = writer.finish();
    entry.bytes = bytes.length;
    return new WrittenResult(bytes, dataStart, dataEnd, provenance) as ExecutionResult;
  }

  const watched = new WeakSet<Request>();
  const plannedRequests = new WeakMap<Request, { planned: PlannedRequest; bytes: Buffer }>();

  const execute = async (args: ExecutionArgs) => {
    const entry = compiledFor(args);
    const answer = entry.plan && writeAnswer(entry as Compiled & { plan: Plan }, args);
    if (answer) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = request && watched.has(request) ? getOperationAST(args.document, args.operationName) : null;
      if (request && operation?.operation === 'query') {
        const { schema, document, operationName, variableValues, rootValue } = args;
        const planned = { args: { schema, document, operationName, variableValues, rootValue }, operation: operationName || operation.name?.value };
        plannedRequests.set(request, { planned, bytes: (answer as unknown as WrittenResult).bytes });
      }
      return answer;
    }
    const jit = jitOf(entry, args);
    const result = (await jit.query(args.rootValue, args.contextValue, args.variableValues)) as ExecutionResult & { stringify?: Stringify };
    result.stringify = jit.stringify;
    return result;
  };

  return {
    plugin: () => ({
      onExecute({ setExecuteFn }) {
        setExecuteFn(execute);
      },
    }),
    watch: (request) => void watched.add(request),
    plannedFor: (request) => plannedRequests.get(request),
    answer(planned, context) {
      const args = { ...planned.args, contextValue: context };
      const result = writeAnswer(compiledFor(args) as Compiled & { plan: Plan }, args);
      return result && (result as unknown as WrittenResult).bytes;
    },
  };
}

/** Provenances made and encoded, by data version and articles in the order noted (a query notes them in the same order each time). */
const provenances = new Map<string, { provenance: Provenance; bytes: Buffer }>();
const MAX_PROVENANCES = 256;

/** An answer's provenance and its JSON, made once for every answer that drew on the same articles. */
function provenanceFor(seen: ReadonlySet<SourceRecord>, dataVersion: string) {
  let key = dataVersion;
  for (const source of seen) key += `\n${source.slug}`;
  let made = provenances.get(key);
  if (!made) {
    const provenance = provenanceOf(seen, dataVersion);
    // Shared by every answer that has it: nothing may change it.
    for (const source of provenance.sources) Object.freeze(source);
    Object.freeze(provenance.sources);
    made = { provenance: Object.freeze(provenance), bytes: Buffer.from(JSON.stringify(provenance)) };
    if (provenances.size >= MAX_PROVENANCES) provenances.clear();
    provenances.set(key, made);
  }
  return made;
}

/**
 * A result whose serialisation is done: its stringifier returns the bytes.
 * `data` is parsed from them only if something reads it (the response cache
 * does); once something sets it, the result is serialised from it again.
 * `data` is an own property (an accessor shared by every result), so a copy
 * made by spreading the result carries it as a value.
 */
class WrittenResult {
  // Declared only: own properties in the order JSON has them, `data` first, made by the constructor.
  declare data: unknown;
  declare readonly extensions: { provenance: Provenance };
  #bytes: Buffer;
  #dataStart: number;
  #dataEnd: number;
  #data: unknown = undefined;
  /** 0: `data` not read; 1: parsed from the bytes; 2: set since (the bytes are stale). */
  #state: 0 | 1 | 2 = 0;

  constructor(bytes: Buffer, dataStart: number, dataEnd: number, provenance: Provenance) {
    Object.defineProperty(this, 'data', WrittenResult.dataProperty);
    this.#bytes = bytes;
    this.#dataStart = dataStart;
    this.#dataEnd = dataEnd;
    this.extensions = { provenance };
  }

  private static readonly dataProperty: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: WrittenResult) {
      if (this.#state === 0) {
        this.#data = JSON.parse(this.#bytes.toString('utf8', this.#dataStart, this.#dataEnd));
        this.#state = 1;
      }
      return this.#data;
    },
    set(this: WrittenResult, value: unknown) {
      this.#data = value;
      this.#state = 2;
    },
  };

  /** The answer's bytes. */
  get bytes(): Buffer {
    return this.#bytes;
  }

  /** yoga's stringifier, called with the (sanitised) result and no `this`. */
  static stringify(this: void, sanitized: unknown): string | Uint8Array {
    return sanitized instanceof WrittenResult && sanitized.#state !== 2 ? sanitized.#bytes : JSON.stringify(sanitized);
  }
}
// On the prototype: every result shares it (yoga reads `result.stringify`).
Object.defineProperty(WrittenResult.prototype, 'stringify', { value: WrittenResult.stringify, writable: true, configurable: true });

/**
 * Known requests: the cold path past yoga's fetch layer. A POST to /graphql
 * whose body, Content-Type, Accept and Origin yoga has answered on the
 * current data version with a query plan's answer (compiled-execution.ts,
 * no error) is known: the next request with the same bytes runs that plan
 * again and is sent with the headers yoga sent, with no fetch Request,
 * envelop hooks or Response in between. Profiled, that layer was a third of
 * a small query's time.
 *
 * Why the same answer: whatever yoga decided before execution (the document
 * parsed and validated, the limits and cost, trusted documents, CORS, cache
 * headers) is a function of those bytes, the server's settings and the data
 * version, so it holds again; a new version forgets every known request. The
 * plan itself runs every time, on the current store: nothing is cached but
 * the decision. What yoga does per request is done here too: the metrics'
 * count and duration, the request log's line, and the read gate (a known
 * request is answered only while no write waits or runs; its plan is
 * synchronous, so no write can start under it).
 *
 * Everything else goes to yoga: a curator's request (Authorization), a
 * stream, a GET (its ETags and 304s are the HTTP cache's), a body over
 * MAX_KNOWN_BYTES, and every request while traces or the response cache are
 * on (their spans and hits are per request). tests/http/known-requests.test.ts
 * compares known answers, headers included, with yoga's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type StoreSource } from '../graphql/context.js';
import type { CompiledExecution, PlannedRequest } from './compiled-execution.js';
import { anonymousCuration, type Writes } from './curation.js';
import type { Metrics } from './metrics.js';
import { requestLogLine, type LogWriter } from './request-log.js';
import type { ClaimgraphYoga } from './yoga.js';

/** Bodies longer than this are never known: a key is the body itself. */
export const MAX_KNOWN_BYTES = 16 * 1024;
/** Known requests kept per data version; past it they are forgotten and learnt again. */
const MAX_KNOWN = 1024;
/** Headers of yoga's answer that Node makes again for each answer (content-length is replaced, in its place). */
const PER_ANSWER = ['date', 'connection', 'keep-alive', 'transfer-encoding'];

interface Known {
  readonly planned: PlannedRequest;
  readonly headers: Record<string, string>;
}

export interface KnownRequestsOptions {
  readonly yoga: ClaimgraphYoga;
  readonly compiled: CompiledExecution;
  readonly stores: StoreSource;
  readonly graphqlPath: string;
  readonly writes: Writes | null;
  readonly metrics: Metrics | null;
  /** Where the request log's lines go; null when the log is off. */
  readonly log: LogWriter | null;
}

export interface KnownRequests {
  /** Whether a request may be known (checked on its headers, before its body is read). */
  eligible(req: IncomingMessage): boolean;
  /** Answers a request whose body has been read: from its plan if it is known, else through yoga (which may make it known). */
  serve(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
  /** How many requests are known now (for tests). */
  readonly size: number;
}

export function knownRequests({ yoga, compiled, stores, graphqlPath, writes, metrics, log }: KnownRequestsOptions): KnownRequests {
  const known = new Map<string, Known>();
  let version = '';
  const curation = anonymousCuration(writes);

  // A header's value holds no newline; an absent one is told from an empty one.
  const keyOf = (req: IncomingMessage, body: Buffer) => `${req.headers['content-type'] ?? '\0'}\n${req.headers.accept ?? '\0'}\n${req.headers.origin ?? '\0'}\n${body.toString('latin1')}`;

  function answerKnown(res: ServerResponse, entry: Known, start: number): boolean {
    const bytes = compiled.answer(entry.planned, createContext(stores, curation));
    // The plan gave up (an error on this data): yoga answers it, errors and all.
    if (!bytes) return false;
    res.writeHead(200, { ...entry.headers, 'content-length': bytes.length });
    res.end(bytes);
    metrics?.observe(entry.planned.operation, 'success', (performance.now() - start) / 1000);
    log?.(requestLogLine('POST', graphqlPath, entry.planned.args.operationName || null, 200, start));
    return true;
  }

  async function throughYoga(req: IncomingMessage, res: ServerResponse, body: Buffer, key: string) {
    const { request, status, headers: sent, answer } = await sendThroughYoga(yoga, req, res, body, compiled.watch);
    const answered = compiled.plannedFor(request);
    // Known only if what yoga sent is the plan's answer, byte for byte, on the version the key is for.
    if (!answered || status !== 200 || !answer.equals(answered.bytes) || stores.current().version !== version) return;
    if (known.size >= MAX_KNOWN) known.clear();
    for (const name of PER_ANSWER) delete sent[name];
    // The answer's bytes are not kept: each known request is answered afresh.
    known.set(key, { planned: answered.planned, headers: sent });
  }

  return {
    eligible: (req) =>
      req.method === 'POST' &&
      req.url === graphqlPath &&
      Number(req.headers['content-length']) <= MAX_KNOWN_BYTES &&
      req.headers.authorization === undefined &&
      req.headers['transfer-encoding'] === undefined &&
      !(req.headers.accept ?? '').includes('text/event-stream'),

    async serve(req, res, body) {
      const start = performance.now();
      const current = stores.current().version;
      if (current !== version) {
        known.clear();
        version = current;
      }
      const key = keyOf(req, body);
      const entry = known.get(key);
      if (entry && (!writes || writes.gate.open) && answerKnown(res, entry, start)) return;
      await throughYoga(req, res, body, key);
    },

    get size() {
      return known.size;
    },
  };
}

/**
 * Hands a request whose body has been read (a known request's candidate, or a chunked body counted
 * against the limit) to yoga as a fetch Request, and sends yoga's answer. `before` sees the Request first.
 */
export async function sendThroughYoga(yoga: ClaimgraphYoga, req: IncomingMessage, res: ServerResponse, body: Buffer, before?: (request: Request) => void) {
  const headers = new Headers();
  // The body is whole now: how it was framed on the wire is not the Request's.
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && name !== 'transfer-encoding') headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const request = new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: req.method, headers, body: new Uint8Array(body) });
  before?.(request);
  const response = await yoga.fetch(request);
  const answer = Buffer.from(await response.arrayBuffer());
  const sent: Record<string, string> = {};
  response.headers.forEach((value, name) => void (sent[name] = value));
  res.writeHead(response.status, sent);
  res.end(answer);
  return { request, status: response.status, headers: sent, answer };
}

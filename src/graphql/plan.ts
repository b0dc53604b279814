/**
 * Compiled plans: a query document compiled once into code (a writer
 * generated per object selection, closures for values and pages) that calls
 * the fields' declared resolvers and writes the answer's `data` straight into
 * UTF-8 JSON (json-bytes.ts), byte for byte what graphql-js's `execute` and
 * `JSON.stringify` give (tests/http/answer-bytes.test.ts compares them). No
 * result tree is built, no string of the whole answer, no second encoding.
 *
 * A plan does once what graphql-js does on every call:
 * - fields are collected (fragments, type conditions, literal @skip/@include)
 *   and each object type's selection compiled when the document is;
 * - arguments are coerced and checked (the `validate` rules, arguments.ts;
 *   the page rules, connection.ts) once per document and variables;
 * - provenance is noted where records enter the answer (root fields, lists,
 *   pages), with the noter each field's declaration gives (provenance.ts),
 *   not through the resolvers' wrappers: a plan calls the resolvers as
 *   declared, before any plugin wrapped them. (The complexity plugin's
 *   per-request limit is not set: the budget is checked before execution,
 *   src/http/limits.ts.)
 * - a paged field is paged here: its list sliced only for a list that is not
 *   an array, cursors, pageInfo and totalCount computed only when selected,
 *   no Page, Edge or node array made.
 *
 * Whatever a plan cannot answer exactly as graphql-js would without an error
 * (an error, a null where none may be, a promise, a value of an unexpected
 * type) makes it give up: `write` returns false and the caller runs the
 * generic executor, which answers with the error as before. A document a
 * plan cannot express (introspection, @skip/@include on a variable, a
 * mutation, a resolver replaced after the schema was built) gets no plan.
 */
import {
  defaultFieldResolver,
  defaultTypeResolver,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLScalarType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { SourceRecord } from '../domain/records.js';
import { argumentCheckOf, type ArgumentCheck } from './arguments.js';
import { pageRequestOf, pageWindow, type PagedListExtensions, type PageRequest } from './connection.js';
import type { Context } from './context.js';
import { ascii, JsonBytes } from './json-bytes.js';
import { encodeCursor, type PageArgs } from './page-rules.js';
import { fieldNoter, type FieldNoter } from './provenance.js';

/** Thrown inside a run when the plan gives up; never escapes `write`. */
const GIVE_UP: unique symbol = Symbol('give up');
/** Thrown while compiling a document a plan cannot express. */
class Unsupported extends Error {}

/** Arguments of one field in the document, coerced and checked, and its page request when it is paged. */
interface Prepared {
  readonly args: Record<string, unknown>;
  readonly page: PageRequest | null;
}

/** What one run of a plan works with. */
interface Run {
  readonly context: Context;
  readonly seen: Set<SourceRecord>;
  readonly w: JsonBytes;
  readonly rootValue: unknown;
  readonly variables: Record<string, unknown>;
  /** The prepared arguments of the fields whose arguments name variables, by site. */
  readonly sites: readonly Prepared[];
}

/** Writes a value of one output type (completed as graphql-js completes it). */
type WriteValue = (run: Run, value: unknown) => void;
/** Writes one entry of an object: `"key":value`, with its leading comma when it is not the first. */
type WriteEntry = (run: Run, source: unknown) => void;

/** Where a field's prepared arguments are: fixed when the document is compiled, or per variables at an index. */
type Site = { readonly fixed: Prepared } | { readonly index: number };

/** One entry of an object's selection, as its generated writer writes it. */
type Entry =
  /** `__typename`: key and value known. */
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  /** A page, written by its own writer. */
  | { readonly kind: 'call'; readonly write: WriteEntry }
  | {
      readonly kind: 'field';
      readonly prefix: Uint8Array;
      /** The property read for an `expose` field; null when the resolver is called. */
      readonly property: string | null;
      readonly resolve: GraphQLFieldResolver<unknown, Context>;
      readonly args: Site;
      readonly info: GraphQLResolveInfo;
      readonly note: ((seen: Set<SourceRecord>, value: unknown) => void) | null;
      readonly write: WriteValue;
      /** A String or ID: a string value is written without a call. */
      readonly string: boolean;
    };

/** The run under way: resolve infos read its variables and root value (runs are synchronous, one at a time). */
let current: Run | null = null;

/** The resolvers of each schema as built, before anyone replaced them: a replaced one (resolver tracing) is the generic executor's. */
const builtResolvers = new WeakMap<GraphQLSchema, WeakMap<object, unknown>>();

/** Remembers the schema's resolvers as built (schema.ts calls it once, before any plugin can replace one). */
export function rememberBuiltResolvers(schema: GraphQLSchema): void {
  const resolvers = new WeakMap<object, unknown>();
  for (const type of Object.values(schema.getTypeMap())) if (isObjectType(type)) for (const field of Object.values(type.getFields())) resolvers.set(field, field.resolve);
  builtResolvers.set(schema, resolvers);
}

export interface Plan {
  /**
   * Writes the answer's `data` and notes its articles in the context; false
   * when the plan gave up (then whatever it wrote and noted is to be
   * discarded, and the generic executor answers).
   */
  write(w: JsonBytes, context: Context, variables: Record<string, unknown> | null | undefined, rootValue: unknown): boolean;
}

/** The plan of a document's operation, or null when a plan cannot express it. */
export function compilePlan(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan | null {
  try {
    return new Compiler(schema, document, operationName ?? undefined).plan();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

const MAX_VARIANTS = 100;
const EMPTY: Record<string, never> = Object.freeze({});
const NO_VARIABLES = { variables: EMPTY, sites: [] as Prepared[] };

class Compiler {
  private readonly operation: OperationDefinitionNode;
  private readonly fragments: Record<string, FragmentDefinitionNode> = {};
  private readonly resolvers: WeakMap<object, unknown>;
  /** Fields whose arguments name variables: prepared once per variables. */
  private readonly variableSites: Array<{ field: GraphQLField<unknown, unknown>; node: FieldNode; check: ArgumentCheck | undefined; paged: boolean; info: GraphQLResolveInfo }> = [];

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
  ) {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation || operation.operation !== 'query') throw new Unsupported();
    this.operation = operation;
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments[d.name.value] = d;
    const resolvers = builtResolvers.get(schema);
    if (!resolvers) throw new Unsupported();
    this.resolvers = resolvers;
  }

  plan(): Plan {
    const queryType = this.schema.getQueryType();
    if (!queryType) throw new Unsupported();
    const root = this.object(queryType, [this.operation.selectionSet]);
    const sites = this.variableSites;
    const definitions = this.operation.variableDefinitions ?? [];
    const schema = this.schema;
    const variants = new Map<string, { variables: Record<string, unknown>; sites: Prepared[] } | null>();

    /** Coerces the variables and prepares the arguments that name them: once per variables; null when they fail. */
    const prepare = (raw: Record<string, unknown> | null | undefined) => {
      if (!definitions.length) return NO_VARIABLES;
      let key: string;
      try {
        key = JSON.stringify(raw ?? {});
      } catch {
        return null;
      }
      let variant = variants.get(key);
      if (variant !== undefined) return variant;
      variant = null;
      const coerced = getVariableValues(schema, definitions, raw ?? {});
      if (!coerced.errors) {
        try {
          variant = { variables: coerced.coerced, sites: sites.map((site) => prepareSite(site.field, site.node, coerced.coerced, site.check, site.paged, site.info)) };
        } catch {
          variant = null;
        }
      }
      if (variants.size >= MAX_VARIANTS) variants.clear();
      variants.set(key, variant);
      return variant;
    };

    return {
      write(w, context, raw, rootValue) {
        const variant = prepare(raw);
        if (!variant) return false;
        const run: Run = { context, seen: context.provenance, w, rootValue, variables: variant.variables, sites: variant.sites };
        current = run;
        try {
          root(run, rootValue);
          return true;
        } catch {
          // Whatever went wrong, graphql-js would answer with an error: the generic executor does.
          return false;
        } finally {
          current = null;
        }
      },
    };
  }

  // ---------------------------------------------------------------- selections

  /** Writes `{...}` for a value of an object type: the fields its selections collect, in order. */
  private object(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): (run: Run, source: unknown) => void {
    const fields = this.collect(type, selectionSets);
    return generate([...fields].map(([key, nodes], i) => this.entry(type, key, nodes, i === 0)));
  }

  /** graphql-js's CollectFields: response keys in order, each with its field nodes. */
  private collect(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const collect = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const nodes = fields.get(key);
          if (nodes) nodes.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.matches(selection.typeCondition, type)) collect(selection.selectionSet);
        } else {
          const name = selection.name.value;
          if (visited.has(name)) continue;
          visited.add(name);
          const fragment = this.fragments[name];
          if (fragment && this.matches(fragment.typeCondition, type)) collect(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) collect(selectionSet);
    return fields;
  }

  /** @skip and @include with a literal condition; one on a variable makes the document the generic executor's. */
  private included(selection: SelectionNode): boolean {
    for (const directive of selection.directives ?? []) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') continue;
      const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      if (condition?.kind !== Kind.BOOLEAN) throw new Unsupported();
      if (name === 'skip' ? condition.value : !condition.value) return false;
    }
    return true;
  }

  private matches(condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
    if (!condition) return true;
    const conditional = typeFromAST(this.schema, condition);
    if (conditional === type) return true;
    return conditional !== undefined && isAbstractType(conditional) && this.schema.isSubType(conditional, type);
  }

  // ---------------------------------------------------------------- fields

  private entry(parentType: GraphQLObjectType, key: string, nodes: FieldNode[], first: boolean): Entry {
    const prefix = ascii(`${first ? '' : ','}${JSON.stringify(key)}:`);
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { kind: 'bytes', bytes: ascii(`${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(parentType.name)}`) };
    const field = parentType.getFields()[name];
    // Introspection (__schema, __type) is the generic executor's; so is a resolver replaced after the build.
    if (!field || this.resolvers.get(field) !== field.resolve) throw new Unsupported();
    const info = this.info(parentType, field, nodes);
    const args = this.site(parentType, field, nodes[0]!, info);
    const paged = (field.extensions as Partial<PagedListExtensions>).pagedListSource;
    if (paged) return { kind: 'call', write: this.page(field, nodes, prefix, args, paged, info) };
    const declared = (field.extensions as { pothosOriginalResolve?: unknown }).pothosOriginalResolve;
    const resolve = (typeof declared === 'function' ? declared : (field.resolve ?? defaultFieldResolver)) as GraphQLFieldResolver<unknown, Context>;
    const noter = fieldNoter(parentType.name, field.name);
    const named = getNamedType(field.type);
    return {
      kind: 'field',
      prefix,
      // An `expose` field: read as graphql-js's default resolver reads it.
      property: resolve === defaultFieldResolver ? field.name : null,
      resolve,
      args,
      info,
      note: noter ? noteWith(noter) : null,
      write: this.value(field.type, nodes, info),
      string: named === GraphQLString || named === GraphQLID,
    };
  }

  /** Where a field node's arguments are: prepared now when they name no variable, else once per variables. */
  private site(parentType: GraphQLObjectType, field: GraphQLField<unknown, unknown>, node: FieldNode, info: GraphQLResolveInfo): Site {
    const check = argumentCheckOf(parentType.name, field.name);
    const paged = Boolean((field.extensions as Partial<PagedListExtensions>).pagedList);
    if (!(node.arguments ?? []).some((a) => namesVariable(a.value))) {
      try {
        return { fixed: prepareSite(field, node, EMPTY, check, paged, info) };
      } catch {
        // Arguments that fail their checks: the generic executor answers with the error.
        throw new Unsupported();
      }
    }
    return { index: this.variableSites.push({ field, node, check, paged, info }) - 1 };
  }

  /** A resolve info per field of the document; `path` is not tracked: a resolver that reads it gives the run up. */
  private info(parentType: GraphQLObjectType, field: GraphQLField<unknown, unknown>, nodes: FieldNode[]): GraphQLResolveInfo {
    return {
      fieldName: field.name,
      fieldNodes: nodes,
      returnType: field.type,
      parentType,
      schema: this.schema,
      fragments: this.fragments,
      operation: this.operation,
      get rootValue() {
        return current?.rootValue;
      },
      get variableValues() {
        return current?.variables ?? EMPTY;
      },
      get path(): never {
        throw GIVE_UP;
      },
    };
  }

  // ---------------------------------------------------------------- values

  /** Completes and writes a value of an output type, as graphql-js's completeValue does. */
  private value(type: GraphQLOutputType, nodes: FieldNode[], info: GraphQLResolveInfo): WriteValue {
    if (isNonNullType(type)) {
      const inner = this.value(type.ofType, nodes, info);
      return (run, value) => {
        if (value == null) throw GIVE_UP;
        inner(run, value);
      };
    }
    if (isListType(type)) {
      const item = this.value(type.ofType, nodes, info);
      return (run, value) => {
        if (value == null) return run.w.null();
        if (!Array.isArray(value)) throw GIVE_UP;
        const w = run.w;
        w.byte(0x5b);
        for (let i = 0; i < value.length; i++) {
          if (i) w.byte(0x2c);
          item(run, value[i]);
        }
        w.byte(0x5d);
      };
    }
    if (isScalarType(type)) return leaf(type);
    if (isEnumType(type)) {
      const names = new Map(type.getValues().map((v) => [v.value, ascii(JSON.stringify(v.name))]));
      return (run, value) => {
        if (value == null) return run.w.null();
        const bytes = names.get(value);
        if (!bytes) throw GIVE_UP;
        run.w.raw(bytes);
      };
    }
    if (isObjectType(type)) return this.objectValue(type, nodes, info);
    return this.abstractValue(type as GraphQLAbstractType, nodes, info);
  }

  private objectValue(type: GraphQLObjectType, nodes: FieldNode[], info: GraphQLResolveInfo): WriteValue {
    const fields = this.object(type, subSelections(nodes));
    const isTypeOf = type.isTypeOf;
    return (run, value) => {
      if (value == null) return run.w.null();
      if (!isRecordLike(value)) throw GIVE_UP;
      if (isTypeOf && isTypeOf(value, run.context, info) !== true) throw GIVE_UP;
      fields(run, value);
    };
  }

  /** An interface or union: the runtime type as graphql-js resolves it, each possible type's selection compiled. */
  private abstractValue(type: GraphQLAbstractType, nodes: FieldNode[], info: GraphQLResolveInfo): WriteValue {
    const byType = new Map<string, { isTypeOf: GraphQLObjectType['isTypeOf']; fields: (run: Run, source: unknown) => void }>();
    for (const possible of this.schema.getPossibleTypes(type)) byType.set(possible.name, { isTypeOf: possible.isTypeOf, fields: this.object(possible, subSelections(nodes)) });
    const resolveType = type.resolveType ?? defaultTypeResolver;
    return (run, value) => {
      if (value == null) return run.w.null();
      if (!isRecordLike(value)) throw GIVE_UP;
      const name = resolveType(value, run.context, info, type);
      const runtime = typeof name === 'string' ? byType.get(name) : undefined;
      if (!runtime) throw GIVE_UP;
      if (runtime.isTypeOf && runtime.isTypeOf(value, run.context, info) !== true) throw GIVE_UP;
      runtime.fields(run, value);
    };
  }

  // ---------------------------------------------------------------- pages

  /**
   * A paged field (connection.ts's connectionField), paged here: the list from
   * the field's own source, the window from the request prepared per
   * variables, and only what the query selects of its connection.
   */
  private page(field: GraphQLField<unknown, unknown>, nodes: FieldNode[], prefix: Uint8Array, site: Site, source: PagedListExtensions['pagedListSource'], info: GraphQLResolveInfo): WriteEntry {
    const nullable = !isNonNullType(field.type);
    const connection = nullable ? field.type : (field.type as { ofType: GraphQLOutputType }).ofType;
    if (!isObjectType(connection) || connection.isTypeOf) throw new Unsupported();
    const connectionFields = connection.getFields();
    // Items enter the answer with their nodes or edges: noted as the `nodes` field notes them.
    const noter = fieldNoter(connection.name, 'nodes');
    let itemsSelected = false;
    let countSelected = false;
    const parts: Array<(run: Run, page: PageState) => void> = [];
    for (const [key, subNodes] of this.collect(connection, subSelections(nodes))) {
      const at = ascii(`${parts.length ? ',' : ''}${JSON.stringify(key)}:`);
      const name = subNodes[0]!.name.value;
      if (name === '__typename') {
        const bytes = ascii(JSON.stringify(connection.name));
        parts.push((run) => (run.w.raw(at), run.w.raw(bytes)));
      } else if (name === 'totalCount') {
        parts.push((run, page) => (run.w.raw(at), run.w.number(page.list.length)));
      } else if (name === 'nodes') {
        itemsSelected = true;
        const item = this.value(listItemType(connectionFields.nodes!.type), subNodes, this.info(connection, connectionFields.nodes!, subNodes));
        parts.push((run, page) => {
          const w = run.w;
          w.raw(at);
          w.byte(0x5b);
          for (let i = 0; i < page.count; i++) {
            if (i) w.byte(0x2c);
            item(run, page.items[page.offset + i]);
          }
          w.byte(0x5d);
        });
      } else if (name === 'edges') {
        itemsSelected = true;
        const edge = this.edge(listItemType(connectionFields.edges!.type), subNodes);
        parts.push((run, page) => {
          const w = run.w;
          w.raw(at);
          w.byte(0x5b);
          for (let i = 0; i < page.count; i++) {
            if (i) w.byte(0x2c);
            edge(run, page.items[page.offset + i], page.window.start + i);
          }
          w.byte(0x5d);
        });
      } else if (name === 'pageInfo') {
        countSelected = true;
        const pageInfo = this.pageInfo(connectionFields.pageInfo!.type, subNodes);
        parts.push((run, page) => (run.w.raw(at), pageInfo(run, page)));
      } else throw new Unsupported();
    }
    // totalCount alone needs no item: a search then only counts its matches.
    const needsItems = itemsSelected || countSelected;
    const note = noter && itemsSelected ? noter.note : null;
    return (run, parent) => {
      const ready = 'fixed' in site ? site.fixed : run.sites[site.index]!;
      const list = source(parent, ready.args, run.context, info);
      if (list == null || typeof list.length !== 'number') throw GIVE_UP;
      const window = pageWindow(list, ready.page!);
      let items: ArrayLike<unknown> = EMPTY_ITEMS;
      let offset = 0;
      let count = 0;
      if (needsItems) {
        if (Array.isArray(list)) {
          // No slice: the page is read in place.
          items = list;
          offset = window.start;
          count = Math.max(0, Math.min(window.end, list.length) - window.start);
        } else {
          items = list.slice(window.start, window.end);
          count = items.length;
        }
      }
      if (note) for (let i = 0; i < count; i++) note(run.seen, items[offset + i]);
      const w = run.w;
      w.raw(prefix);
      w.byte(0x7b);
      const page: PageState = { list, window, items, offset, count };
      for (let i = 0; i < parts.length; i++) parts[i]!(run, page);
      w.byte(0x7d);
    };
  }

  /** One edge of a page: its node, its cursor (made only when selected), its __typename. */
  private edge(type: GraphQLOutputType, nodes: FieldNode[]): (run: Run, item: unknown, offset: number) => void {
    const edgeType = isNonNullType(type) ? type.ofType : type;
    if (!isObjectType(edgeType) || edgeType.isTypeOf) throw new Unsupported();
    const parts: Array<(run: Run, item: unknown, offset: number) => void> = [];
    for (const [key, subNodes] of this.collect(edgeType, subSelections(nodes))) {
      const at = ascii(`${parts.length ? ',' : ''}${JSON.stringify(key)}:`);
      const name = subNodes[0]!.name.value;
      if (name === '__typename') {
        const bytes = ascii(JSON.stringify(edgeType.name));
        parts.push((run) => (run.w.raw(at), run.w.raw(bytes)));
      } else if (name === 'cursor') {
        parts.push((run, _item, offset) => (run.w.raw(at), run.w.string(encodeCursor(offset))));
      } else if (name === 'node') {
        const node = edgeType.getFields().node!;
        const write = this.value(node.type, subNodes, this.info(edgeType, node, subNodes));
        parts.push((run, item) => (run.w.raw(at), write(run, item)));
      } else throw new Unsupported();
    }
    return (run, item, offset) => {
      run.w.byte(0x7b);
      for (let i = 0; i < parts.length; i++) parts[i]!(run, item, offset);
      run.w.byte(0x7d);
    };
  }

  /** A page's pageInfo, as connection.ts's pageInfoOf computes it, cursors only when selected. */
  private pageInfo(type: GraphQLOutputType, nodes: FieldNode[]): (run: Run, page: PageState) => void {
    const infoType = isNonNullType(type) ? type.ofType : type;
    if (!isObjectType(infoType) || infoType.isTypeOf) throw new Unsupported();
    const parts: Array<(run: Run, page: PageState) => void> = [];
    for (const [key, subNodes] of this.collect(infoType, subSelections(nodes))) {
      const at = ascii(`${parts.length ? ',' : ''}${JSON.stringify(key)}:`);
      const name = subNodes[0]!.name.value;
      const cursor = (run: Run, offset: number | null) => (offset === null ? run.w.null() : run.w.string(encodeCursor(offset)));
      if (name === '__typename') {
        const bytes = ascii(JSON.stringify(infoType.name));
        parts.push((run) => (run.w.raw(at), run.w.raw(bytes)));
      } else if (name === 'hasNextPage') {
        // A window cut by `before` has items after it (a cursor is always inside the list).
        parts.push((run, p) => (run.w.raw(at), run.w.boolean(p.window.windowEnd !== null ? true : p.window.start + p.count < p.list.length)));
      } else if (name === 'hasPreviousPage') {
        parts.push((run, p) => (run.w.raw(at), run.w.boolean(p.window.start > 0)));
      } else if (name === 'startCursor') {
        parts.push((run, p) => (run.w.raw(at), cursor(run, p.count ? p.window.start : null)));
      } else if (name === 'endCursor') {
        parts.push((run, p) => (run.w.raw(at), cursor(run, p.count ? p.window.start + p.count - 1 : null)));
      } else throw new Unsupported();
    }
    return (run, page) => {
      run.w.byte(0x7b);
      for (let i = 0; i < parts.length; i++) parts[i]!(run, page);
      run.w.byte(0x7d);
    };
  }
}

/**
 * The writer of one object selection, generated as code (as graphql-jit
 * does): each entry's property read and resolver call is a site of its own,
 * which the engine can specialise, rather than one closure shared by all.
 * Only schema names (GraphQL names, JSON-quoted) are written into the code;
 * everything else is passed in as bound values.
 */
function generate(entries: readonly Entry[]): (run: Run, source: unknown) => void {
  const names: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    names.push(`$${names.length}`);
    values.push(value);
    return names[names.length - 1]!;
  };
  const code = ['const w = run.w;', 'let v;', 'w.byte(0x7b);'];
  for (const entry of entries) {
    if (entry.kind === 'bytes') code.push(`w.raw(${bind(entry.bytes)});`);
    else if (entry.kind === 'call') code.push(`${bind(entry.write)}(run, s);`);
    else {
      const args = 'fixed' in entry.args ? bind(entry.args.fixed.args) : `run.sites[${entry.args.index}].args`;
      const info = bind(entry.info);
      if (entry.property !== null) {
        const property = JSON.stringify(entry.property);
        code.push(`v = s[${property}];`, `if (typeof v === 'function') v = s[${property}](${args}, run.context, ${info});`);
      } else code.push(`v = ${bind(entry.resolve)}(s, ${args}, run.context, ${info});`);
      if (entry.note) code.push(`${bind(entry.note)}(run.seen, v);`);
      code.push(`w.raw(${bind(entry.prefix)});`);
      const write = bind(entry.write);
      code.push(entry.string ? `if (typeof v === 'string') w.string(v); else ${write}(run, v);` : `${write}(run, v);`);
    }
  }
  code.push('w.byte(0x7d);');
  return new Function(...names, `return function writeObject(run, s) {\n${code.join('\n')}\n};`)(...values) as (run: Run, source: unknown) => void;
}

/** One page being written: its list, window and items (the list itself, read from `offset`, or its slice). */
interface PageState {
  readonly list: { readonly length: number };
  readonly window: ReturnType<typeof pageWindow>;
  readonly items: ArrayLike<unknown>;
  readonly offset: number;
  readonly count: number;
}

const EMPTY_ITEMS: ArrayLike<unknown> = [];

/** Coerces a field node's arguments and checks them; throws when graphql-js would answer with an error. */
function prepareSite(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, check: ArgumentCheck | undefined, paged: boolean, info: GraphQLResolveInfo): Prepared {
  const args = getArgumentValues(field, node, variables);
  if (check && check(args, undefined, info)) throw GIVE_UP;
  return { args, page: paged ? pageRequestOf(args as PageArgs) : null };
}

const noteWith = (noter: FieldNoter) =>
  noter.list
    ? (seen: Set<SourceRecord>, value: unknown) => {
        if (Array.isArray(value)) for (let i = 0; i < value.length; i++) noter.note(seen, value[i]);
      }
    : noter.note;

/** An object to read fields from: not a promise, not an error (graphql-js would answer both otherwise). */
const isRecordLike = (value: unknown): boolean => typeof value === 'object' && !(value instanceof Error) && typeof (value as { then?: unknown }).then !== 'function';

const subSelections = (nodes: readonly FieldNode[]): SelectionSetNode[] => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

function listItemType(type: GraphQLOutputType): GraphQLOutputType {
  const list = isNonNullType(type) ? type.ofType : type;
  if (!isListType(list)) throw new Unsupported();
  return list.ofType as GraphQLOutputType;
}

function namesVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(namesVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => namesVariable(f.value));
  return false;
}

const MAX_INT = 2147483647;
const MIN_INT = -2147483648;

/** A scalar, written as its `serialize` gives it; the built-in scalars' common values without the call. */
function leaf(type: GraphQLScalarType): WriteValue {
  const general: WriteValue = (run, value) => {
    if (value instanceof Error || typeof (value as { then?: unknown }).then === 'function') throw GIVE_UP;
    const serialized = type.serialize(value);
    if (serialized == null) throw GIVE_UP;
    run.w.value(serialized);
  };
  if (type === GraphQLString || type === GraphQLID)
    return (run, value) => (value == null ? run.w.null() : typeof value === 'string' ? run.w.string(value) : general(run, value));
  if (type === GraphQLInt)
    return (run, value) => (value == null ? run.w.null() : typeof value === 'number' && Number.isInteger(value) && value <= MAX_INT && value >= MIN_INT ? run.w.number(value) : general(run, value));
  if (type === GraphQLFloat) return (run, value) => (value == null ? run.w.null() : typeof value === 'number' && Number.isFinite(value) ? run.w.number(value) : general(run, value));
  if (type === GraphQLBoolean) return (run, value) => (value == null ? run.w.null() : typeof value === 'boolean' ? run.w.boolean(value) : general(run, value));
  return (run, value) => (value == null ? run.w.null() : general(run, value));
}

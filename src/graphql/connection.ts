/**
 * The one way to make a list that grows with the corpus: `connectionField`
 * adds `first`/`last`/`after`/`before`, declares the field's cost (its page
 * size times its selection), marks it for the page-argument check made once
 * per document (page-rules.ts, src/http/limits.ts), and pages the store's
 * list. A Page computes edges, cursors and pageInfo only when selected.
 *
 * A list that does not grow with the corpus is declared small with
 * `boundedList` (its most items, and why), and one kept only for
 * compatibility with `cappedList` (deprecated; refuses more than 100 items and
 * names its paged sibling). tests/schema.test.ts fails on any other list.
 */
import type { FieldKind, InputFieldMap, InputShapeFromFields, ObjectRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Listing } from '../domain/records.js';
import { builder, type Types } from './builder.js';
import type { Context } from './context.js';
import { invalidArgument, limitExceeded } from './errors.js';
import { decodeCursor, encodeCursor, PAGE_SIZE, pageArgumentProblems, pageSizeOf, type PageArgs } from './page-rules.js';

/** Removal dates follow README's deprecation policy: three months after the deprecation. */
export const DEPRECATED_LISTS_REMOVAL = '2027-03-02';

class Edge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }
}

/**
 * Page arguments once checked: the size asked for (20 from the start by
 * default) and the cursors' offsets. Made once per document and variables by
 * the compiled plans (plan.ts); per call by `pageOf`.
 */
export interface PageRequest {
  readonly first: number | null;
  readonly last: number | null;
  readonly after: number | null;
  readonly before: number | null;
}

/** The request of page arguments, or the BAD_USER_INPUT error of the first broken rule. */
export function pageRequestOf(args: PageArgs): PageRequest {
  const problem = pageArgumentProblems(args)[0];
  if (problem) throw invalidArgument(problem.argument, problem.problem);
  return {
    first: args.first ?? (args.last == null ? PAGE_SIZE.default : null),
    last: args.last ?? null,
    after: args.after == null ? null : decodeCursor(args.after),
    before: args.before == null ? null : decodeCursor(args.before),
  };
}

/**
 * Where a page lies in a list: items `start` to `end` (exclusive; `end` may
 * run past the list's end) and, when `before` cut the window, where it ends.
 */
export interface PageWindow {
  readonly start: number;
  readonly end: number;
  readonly windowEnd: number | null;
}

/** The window a request asks for in a list. Its length is read only for cursors and `last`. */
export function pageWindow(list: Listing<unknown>, request: PageRequest): PageWindow {
  const position = (name: 'after' | 'before', offset: number | null) => {
    if (offset === null) return null;
    if (offset >= list.length) throw invalidArgument(name, 'cursor is out of range for this list');
    return offset;
  };
  const after = position('after', request.after);
  const before = position('before', request.before);
  let start = after === null ? 0 : after + 1;
  if (request.last !== null) {
    // From the end: the window's end must be known.
    let end = before === null ? list.length : Math.max(start, before);
    if (request.first !== null) end = Math.min(end, start + request.first);
    start = Math.max(start, end - request.last);
    return { start, end, windowEnd: before };
  }
  const windowEnd = before === null ? null : Math.max(start, before);
  return { start, end: windowEnd === null ? start + request.first! : Math.min(windowEnd, start + request.first!), windowEnd };
}

/**
 * One page of a list, for executors that read it field by field (the
 * compiled plans write pages without one): its items are sliced, its edges,
 * cursors and pageInfo made, only when a query selects them. The whole list's
 * length is read only when needed (a `totalCount`, `pageInfo.hasNextPage`,
 * `last` or a cursor): a search counts its matches only then.
 */
export class Page<T> {
  private items: readonly T[] | undefined;

  constructor(
    private readonly list: Listing<T>,
    private readonly window: PageWindow,
  ) {}

  get nodes(): readonly T[] {
    return (this.items ??= this.list.slice(this.window.start, this.window.end));
  }

  get totalCount(): number {
    return this.list.length;
  }

  get edges(): Array<Edge<T>> {
    return this.nodes.map((node, i) => new Edge(node, this.window.start + i));
  }

  get pageInfo() {
    return pageInfoOf(this.list, this.window, this.nodes.length);
  }
}

/** `pageInfo` of a page of `count` items in its window. */
export function pageInfoOf(list: Listing<unknown>, window: PageWindow, count: number) {
  const end = window.start + count;
  return {
    // A window cut by `before` has items after it (a cursor is always inside the list).
    hasNextPage: window.windowEnd !== null ? true : end < list.length,
    hasPreviousPage: window.start > 0,
    startCursor: count ? encodeCursor(window.start) : null,
    endCursor: count ? encodeCursor(end - 1) : null,
  };
}

/** The page of a list that the arguments ask for (20 from the start by default). */
export function pageOf<T>(list: Listing<T>, args: PageArgs): Page<T> {
  // The arguments were checked before execution; this guards callers that bypass that check.
  return new Page(list, pageWindow(list, pageRequestOf(args)));
}

const pageItems = { extensions: { pageItems: true }, complexity: { field: 0, multiplier: 1 } };

/** `<Node>Connection` and `<Node>Edge`, shared by every field that lists that type. */
export function connectionType<T>(nodeRef: ObjectRef<Types, T>, plural: string): ObjectRef<Types, Page<T>> {
  const name = nodeRef.name;
  const edge = builder.objectRef<Edge<T>>(`${name}Edge`).implement({
    description: `One of the ${plural} of a page, with its cursor.`,
    provenance: { items: (e) => [e.node], itemType: name },
    fields: (t) => ({
      node: t.field({ type: nodeRef, description: 'The item.', resolve: (e) => e.node as never }),
      cursor: t.string({ description: 'Opaque cursor of this item: pass it as `after` or `before`.', resolve: (e) => e.cursor }),
    }),
  });
  return builder.objectRef<Page<T>>(`${name}Connection`).implement({
    description: `A page of ${plural}, with the total count of the whole list.`,
    extensions: { connectionOf: name },
    provenance: { none: 'a page: its nodes and edges count their articles as they are returned (a bare totalCount counts none)' },
    fields: (t) => ({
      // The page's items: counted by the connection field's page size, so free here.
      edges: t.field({ type: [edge], description: 'The items of the page, each with its cursor.', ...pageItems, resolve: (p) => p.edges }),
      nodes: t.field({ type: [nodeRef], description: 'The items of the page (the same as edges.node).', ...pageItems, resolve: (p) => p.nodes }),
      pageInfo: t.field({ type: builder.pageInfoRef(), description: 'Where this page stands in the list.', resolve: (p) => p.pageInfo }),
      totalCount: t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (p) => p.totalCount }),
    }),
  });
}

type FieldBuilder<Parent> = PothosSchemaTypes.RootFieldBuilder<Types, Parent, FieldKind>;

export interface ConnectionFieldOptions<Parent, Node, Args extends InputFieldMap> {
  description: string;
  args?: Args;
  deprecationReason?: string;
  /** The whole list; only the page asked for is materialised. */
  resolve: (parent: Parent, args: InputShapeFromFields<Args>, context: Context, info: GraphQLResolveInfo) => Listing<Node>;
}

/** The whole list of a paged field, before paging: the compiled plans (plan.ts) page it themselves. */
export type ListResolver = (parent: unknown, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => Listing<unknown>;

/** What a paged field's extensions carry: the mark the checks look for, and its list. */
export interface PagedListExtensions {
  readonly pagedList: true;
  readonly pagedListSource: ListResolver;
}

/** A paged field: page arguments, page-size cost, the page-argument check, and paging. */
export function connectionField<Parent, Node, Args extends InputFieldMap = {}>(
  t: FieldBuilder<Parent>,
  connection: ObjectRef<Types, Page<Node>>,
  options: ConnectionFieldOptions<Parent, Node, Args>,
) {
  const pageArgs = {
    first: t.arg.int({ description: `Page size from the start or from \`after\`: 1 to ${PAGE_SIZE.max} (default ${PAGE_SIZE.default} when neither \`first\` nor \`last\` is given).` }),
    last: t.arg.int({ description: `Page size from the end or from \`before\`: 1 to ${PAGE_SIZE.max}.` }),
    after: t.arg.string({ description: 'Return items after this cursor.' }),
    before: t.arg.string({ description: 'Return items before this cursor.' }),
  };
  return t.field({
    type: connection,
    description: options.description,
    ...(options.deprecationReason ? { deprecationReason: options.deprecationReason } : {}),
    args: { ...(options.args ?? ({} as Args)), ...pageArgs },
    extensions: { pagedList: true, pagedListSource: options.resolve as ListResolver } satisfies PagedListExtensions,
    complexity: (args: PageArgs) => ({ field: 1, multiplier: pageSizeOf(args) }),
    resolve: (parent: Parent, args: InputShapeFromFields<Args> & PageArgs, context: Context, info: GraphQLResolveInfo) =>
      pageOf(options.resolve(parent, args, context, info), args),
  } as never) as unknown as ReturnType<FieldBuilder<Parent>['field']>;
}

/** Field options of a list declared small: its most items (what the cost counts) and why it stays small. */
export function boundedList(max: number | ((context: Context) => number), why: string) {
  return {
    extensions: { boundedList: { max: typeof max === 'number' ? max : 'per data version', why } },
    complexity: (_args: unknown, context: Context) => ({ field: 1, multiplier: typeof max === 'number' ? max : max(context) }),
  };
}

/**
 * A plain list kept for compatibility beside its paged sibling: deprecated, costed as a full page,
 * and refusing (never cutting) a list of more than a page, naming the sibling.
 */
export function cappedList(sibling: string) {
  return {
    deprecationReason: `Use \`${sibling}\` (paged). Removal after ${DEPRECATED_LISTS_REMOVAL}.`,
    extensions: { boundedList: { max: PAGE_SIZE.max, why: `deprecated; refuses more than ${PAGE_SIZE.max} items, see ${sibling}` } },
    complexity: { field: 1, multiplier: PAGE_SIZE.max },
  };
}

/** The items of a capped list, or the error naming its paged sibling. */
export function capped<T>(list: Listing<T>, field: string, sibling: string): readonly T[] {
  if (list.length > PAGE_SIZE.max) {
    throw limitExceeded(`${field} has ${list.length} items, more than the ${PAGE_SIZE.max} a plain list returns: page through \`${sibling}\` instead`, 'list-size', PAGE_SIZE.max, list.length, { duringExecution: true });
  }
  // An array is handed on as it is: resolvers never change what they return, so a copy would only cost.
  return Array.isArray(list) ? (list as readonly T[]) : list.slice();
}

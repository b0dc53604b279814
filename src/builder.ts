/**
 * The Pothos SchemaBuilder: plugins, scalars and the context type. It defines
 * no domain type; those live in src/schema/<type>.ts.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import { getNullableType, GraphQLError, GraphQLScalarType, isListType, Kind, print } from 'graphql';
import type { Dataset, SourceRecord } from './data/dataset.js';

export interface Context {
  readonly dataset: Dataset;
  /** The articles whose records this execution resolved: extensions.provenance (src/provenance.ts). */
  readonly provenance: Set<SourceRecord>;
}

/** Stable error codes in `extensions.code`; README lists them with their meaning. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
} as const;

export function badUserInput(message: string, issues: Array<{ path: string; message: string }> = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(issues.length ? { issues } : {}) } });
}

/** Connection page sizes: the default when neither `first` nor `last` is given, and the most allowed. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Plain lists (a claim's evidence, an event's places) are short: counted as 5 items. */
const SMALL_LIST_MULTIPLIER = 5;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be an ISO 8601 calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, ComplexityPlugin, ZodPlugin],
  // The cost budget (src/limits.ts) reads these: a page of n items costs n times its selection.
  complexity: {
    fieldComplexity: (args, _ctx, field) => {
      const { first, last, ids } = args as { first?: number | null; last?: number | null; ids?: unknown[] };
      // An out-of-range size is refused by the argument's validation, naming it: cost it as the largest page.
      if (field.args.some((a) => a.name === 'first')) return { field: 1, multiplier: Math.min(MAX_PAGE_SIZE, Math.max(0, first ?? last ?? DEFAULT_PAGE_SIZE)) };
      if (Array.isArray(ids)) return { field: 1, multiplier: ids.length };
      // A connection's edges/nodes are already counted by its page size.
      if (field.name === 'edges' || field.name === 'nodes') return { field: 0, multiplier: 1 };
      return isListType(getNullableType(field.type)) ? { field: 1, multiplier: SMALL_LIST_MULTIPLIER } : 1;
    },
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node/nodes are claimgraph's own (src/schema/node.ts): they tell a malformed id from an unknown one.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    idFieldOptions: { description: 'Opaque global id (Relay): pass it to `node(id:)`. Stable across data releases.' },
    nodeTypeOptions: { description: 'A record with a global id, fetchable with `node(id:)` and `nodes(ids:)`.' },
    pageInfoTypeOptions: { description: 'Where a page stands in its list (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null on an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; null on an empty page.' },
    pageInfoFieldOptions: { description: 'Where this page stands in the list.' },
    edgesFieldOptions: { nullable: false, description: 'The items of the page, each with its cursor.' },
    nodesOnConnection: { description: 'The items of the page (the same as edges.node).' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item: pass it as `after` or `before`.' },
    firstArgOptions: { description: 'Page size from the start or from `after`: 1 to 100 (default 20 when neither `first` nor `last` is given).' },
    lastArgOptions: { description: 'Page size from the end or from `before`: 1 to 100.' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
  zod: {
    // Without this, yoga would mask a zod error as "Unexpected error.": name the argument and the broken bound.
    validationError: (error) => {
      const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return badUserInput(`Invalid argument: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, issues);
    },
  },
});

builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no time zone).',
    serialize: (value) => value,
    parseValue: parseIsoDate,
    parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : print(ast)),
  }),
);

builder.addScalarType(
  'JSON',
  new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value (used for GeoJSON documents).',
    serialize: (value) => value,
  }),
);

builder.queryType({ description: 'The root of every claimgraph query. Every answer carries `extensions.provenance`.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (parent) => parent.totalCount }),
);

/** The schema types of this builder, for helpers that take refs of any type. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

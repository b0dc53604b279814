/**
 * The Pothos SchemaBuilder: plugins and settings only. Every type lives in its
 * own module under types/; the scalars in scalars.ts.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import './arguments.js';
import type { Context } from './context.js';
import { badUserInput } from './errors.js';
import { PAGE_SIZE } from './page-rules.js';
import './provenance.js';
import './types/node-ids.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // argumentChecks: @pothos/plugin-zod's `validate` rules, checked synchronously (arguments.ts); nodeIds: synchronous,
  // once-per-record node ids (types/node-ids.ts).
  plugins: [RelayPlugin, ComplexityPlugin, 'argumentChecks', 'provenance', 'nodeIds'],
  defaultFieldNullability: false,
  // The cost budget (src/http/limits.ts): each list field declares its own cost (connection.ts); a list
  // without a declaration would count as a full page.
  complexity: { defaultComplexity: 1, defaultListMultiplier: PAGE_SIZE.max },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node/nodes are claimgraph's own (types/node.ts): they tell a malformed id from an unknown one.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    idFieldOptions: { description: 'Opaque global id (Relay): pass it to `node(id:)`. Stable across data releases.' },
    nodeTypeOptions: { description: 'A record with a global id, fetchable with `node(id:)` and `nodes(ids:)`.' },
    pageInfoTypeOptions: { description: 'Where a page stands in its list (Relay cursor connections).', provenance: { none: 'where a page stands: counts of items, no record' } },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null on an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; null on an empty page.' },
  },
  zod: {
    // Without this, yoga would mask a zod error as "Unexpected error.": name the argument and the broken bound.
    validationError: (error) => {
      const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return badUserInput(`Invalid argument: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, issues);
    },
  },
});

/** The schema types of this builder, for helpers that take refs of any type. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

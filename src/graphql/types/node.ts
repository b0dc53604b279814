/**
 * Global object identification (Relay): `node(id:)` and `nodes(ids:)`. A
 * malformed id is BAD_USER_INPUT; a well-formed id of no record gives null and
 * a NOT_FOUND error naming the id.
 */
import { GraphQLError } from 'graphql';
import type { AnyRecord } from '../../domain/records.js';
import type { Store } from '../../domain/store.js';
import { builder } from '../builder.js';
import { badUserInput, notFound } from '../errors.js';
import { decodeGlobalId } from './node-ids.js';

export const MAX_NODES = 100;

/** The record of an id, or the error a client gets for it. */
function resolveNode(store: Store, id: string, argument: string): AnyRecord | GraphQLError {
  const decoded = decodeGlobalId(id);
  if (!decoded) {
    const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);
    return badUserInput(`Invalid argument: ${argument}: ${shown} is not a claimgraph id (ids are opaque strings returned in \`id\` fields)`, [{ path: argument, message: 'is not a claimgraph id' }]);
  }
  return store.record(decoded.kind, decoded.key) ?? notFound(decoded.kind, 'id', id);
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any record by its global id. Null, with a NOT_FOUND error, when no record has that id. O(1): a hash lookup.',
    args: { id: t.arg.id({ required: true, description: 'A global id, as returned by an `id` field.' }) },
    resolve: (_root, { id }, { store }) => {
      const result = resolveNode(store, String(id), 'id');
      if (result instanceof GraphQLError) throw result;
      return result;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several records by global id, in the order asked, at most ${MAX_NODES}. An unknown id gives null in its place and a NOT_FOUND error. O(n) hash lookups.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Global ids, as returned by \`id\` fields (1 to ${MAX_NODES}).`,
        validate: { minLength: [1, { message: 'must hold at least 1 id' }], maxLength: [MAX_NODES, { message: `must hold at most ${MAX_NODES} ids` }] },
      }),
    },
    extensions: { boundedList: { max: MAX_NODES, why: 'as many as the ids asked for' } },
    complexity: (args: { ids?: unknown[] }) => ({ field: 1, multiplier: Array.isArray(args.ids) ? args.ids.length : MAX_NODES }),
    resolve: (_root, { ids }, { store }) => {
      const results = ids.map((id, i) => resolveNode(store, String(id), `ids[${i}]`));
      const malformed = results.find((r) => r instanceof GraphQLError && r.extensions.code === 'BAD_USER_INPUT');
      if (malformed) throw malformed;
      // graphql-js reports an Error in a list as that item's error, leaving the item null.
      return results as Array<AnyRecord | null>;
    },
  }),
}));

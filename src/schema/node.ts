/**
 * Global object identification (Relay): opaque ids, `node(id:)` and `nodes(ids:)`.
 * An id is base64 of `<Type>:<key>`; a malformed id is BAD_USER_INPUT, a
 * well-formed id of no record gives null and a NOT_FOUND error naming the id.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { badUserInput, builder, ErrorCode } from '../builder.js';
import type { Dataset, DatasetRecord } from '../data/dataset.js';

const NODE_TYPES = ['Source', 'Claim', 'Event', 'Topic', 'Actor', 'Place'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const MAX_NODES = 100;

export const globalIdOf = (record: DatasetRecord) => encodeGlobalID(record.nodeType, record.id);

function decode(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  // Reject ids that only decode by accident (lost bits, invalid UTF-8).
  if (Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '') !== id.replace(/=+$/, '')) return null;
  const match = /^([A-Za-z]+):(.+)$/s.exec(text);
  const type = match?.[1] as NodeType | undefined;
  return match && type && NODE_TYPES.includes(type) ? { type, key: match[2]! } : null;
}

/** A record by its type and key (a source's slug, a claim's `<slug>/<key>`). O(1). */
export function recordByKey(dataset: Dataset, type: NodeType, key: string): DatasetRecord | undefined {
  switch (type) {
    case 'Source': return dataset.sourceBySlug.get(key);
    case 'Claim': return dataset.claimById.get(key);
    case 'Event': return dataset.eventByKey.get(key);
    case 'Topic': return dataset.topicByKey.get(key);
    case 'Actor': return dataset.actorByKey.get(key);
    case 'Place': return dataset.placeByKey.get(key);
  }
}

/** The record of an id, or the error a client gets for it. */
export function resolveNode(dataset: Dataset, id: string, argument = 'id'): DatasetRecord | GraphQLError {
  const decoded = decode(id);
  if (!decoded) {
    return badUserInput(`Invalid argument: ${argument}: ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)} is not a claimgraph id (ids are opaque strings returned in \`id\` fields)`, [
      { path: argument, message: 'is not a claimgraph id' },
    ]);
  }
  return (
    recordByKey(dataset, decoded.type, decoded.key) ??
    new GraphQLError(`No ${decoded.type} with id ${JSON.stringify(id)}`, { extensions: { code: ErrorCode.NOT_FOUND, id } })
  );
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any record by its global id. Null, with a NOT_FOUND error, when no record has that id. O(1): a hash lookup.',
    args: { id: t.arg.id({ required: true, description: 'A global id, as returned by an `id` field.' }) },
    resolve: (_root, { id }, { dataset }) => {
      const result = resolveNode(dataset, String(id));
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
    resolve: (_root, { ids }, { dataset }) => {
      const results = ids.map((id, i) => resolveNode(dataset, String(id), `ids[${i}]`));
      const malformed = results.find((r) => r instanceof GraphQLError && r.extensions.code === ErrorCode.BAD_USER_INPUT);
      if (malformed) throw malformed;
      // graphql-js reports an Error in a list as that item's error, leaving the item null.
      return results as Array<DatasetRecord | null>;
    },
  }),
}));

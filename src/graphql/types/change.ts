/**
 * Change: one entry of the data folder's change log (`changes.jsonl`): who
 * wrote what, the record's fields before and after, and the dataVersion
 * before and after. Root field `changes(since:)` (deletions and rejections
 * included, as a feed beside the living data) and `history` on claims,
 * events, topics, actors and places.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ChangeKind, type ChangeEntry, type ChangeTarget } from '../../domain/format.js';
import type { Listing } from '../../domain/records.js';
import { builder } from '../builder.js';
import { connectionField, connectionType } from '../connection.js';
import { invalidArgument } from '../errors.js';
import { enumFrom } from '../inputs.js';
import { ActorRef, ClaimRef, EventRef, PlaceRef, TopicRef } from '../refs.js';

export const ChangeKindEnum = enumFrom('ChangeKind', 'The mutation that made a change.', ChangeKind, {
  INGEST_ARTICLE: 'ingestArticle: an article and its machine-made claims added.',
  REVIEW_CLAIM: 'reviewClaim: a claim confirmed (CURATED) or rejected (removed).',
  EDIT_CLAIM: "editClaim: a claim's fields changed.",
  REVIEW_SUGGESTION: 'reviewSuggestion: a suggestion accepted (the claim linked) or rejected.',
  CREATE_TOPIC: 'createTopic.',
  CREATE_EVENT: 'createEvent.',
  UPDATE_EVENT: 'updateEvent.',
  CREATE_ACTOR: 'createActor.',
  CREATE_PLACE: 'createPlace.',
  ADD_ALIAS: 'addAlias.',
  MERGE_ENTITIES: 'mergeEntities: one entity merged into another, its references moved.',
});

const ChangeTargetRef = builder.objectRef<ChangeTarget>('ChangeTarget').implement({
  description: 'A record a change names, by kind and key: it may no longer exist (a rejected claim, a merged entity).',
  provenance: { none: 'names a record; the record, read by its id, counts its own articles' },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Source, Claim, Event, Topic, Actor, Place or Suggestion.' }),
    key: t.exposeString('key', { description: "The record's key (a claim's `<slug>/<key>`)." }),
    id: t.id({ description: 'The global id the record has (or had): pass it to `node(id:)`.', resolve: (x) => encodeGlobalID(x.kind, x.key) }),
  }),
});

export const ChangeRef = builder.objectRef<ChangeEntry>('Change').implement({
  description: 'One committed write, from the change log: who made it, the fields before and after, and the dataVersion before and after.',
  provenance: { none: 'a change log entry: the records it names count their own articles when read' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entry id: sortable by time, unique.' }),
    at: t.exposeString('at', { description: 'When it was committed (ISO 8601, UTC).' }),
    by: t.exposeString('curator', { description: 'The curator who made it (the name of the token used).' }),
    kind: t.field({ type: ChangeKindEnum, description: 'The mutation that made it.', resolve: (c) => c.kind }),
    target: t.field({ type: ChangeTargetRef, description: 'The record it is about.', resolve: (c) => c.target }),
    touched: t.field({
      type: [ChangeTargetRef],
      description: 'Other records whose fields it changed (a merge moves references; accepting a suggestion links a record).',
      extensions: { boundedList: { max: 'per change', why: 'the records one write changed' } },
      resolve: (c) => c.touched,
    }),
    decision: t.string({ nullable: true, description: 'CONFIRM, REJECT, ACCEPT...: the decision of a review.', resolve: (c) => c.decision ?? null }),
    note: t.string({ nullable: true, description: "The curator's note.", resolve: (c) => c.note ?? null }),
    before: t.field({ type: 'JSON', nullable: true, description: "The record's fields as the data files held them before; null for a record made.", resolve: (c) => c.before }),
    after: t.field({ type: 'JSON', nullable: true, description: "The record's fields after; null for a record removed (a rejected claim).", resolve: (c) => c.after }),
    dataVersionBefore: t.exposeString('dataVersionBefore', { description: 'The dataVersion it was made on.' }),
    dataVersionAfter: t.exposeString('dataVersionAfter', { description: 'The dataVersion it made.' }),
  }),
});

export const ChangeConnection = connectionType(ChangeRef, 'changes');

builder.queryFields((t) => ({
  changes: connectionField(t, ChangeConnection, {
    description:
      "The change log, oldest first: every committed write, rejections and removals included. With `since`, only the changes made after that dataVersion (a client keeps the last version it read and asks for what changed since). O(changes).",
    args: {
      since: t.arg.string({ description: 'A dataVersion: the changes after the write that made it (all changes when it is the version before the first logged write).' }),
    },
    resolve: (_root, { since }, { curation, store }): Listing<ChangeEntry> => {
      const entries = curation.log?.entries ?? [];
      if (since == null) return entries;
      const at = entries.findLastIndex((e) => e.dataVersionAfter === since);
      if (at >= 0) return entries.slice(at + 1);
      if (entries[0]?.dataVersionBefore === since || (entries.length === 0 && since === store.version)) return entries;
      throw invalidArgument('since', `no logged change made dataVersion ${JSON.stringify(since.slice(0, 80))} (the current one is ${store.version})`);
    },
  }),
}));

for (const [ref, kind] of [
  [ClaimRef, 'Claim'],
  [EventRef, 'Event'],
  [TopicRef, 'Topic'],
  [ActorRef, 'Actor'],
  [PlaceRef, 'Place'],
] as const) {
  builder.objectField(ref as typeof ClaimRef, 'history', (t) =>
    connectionField(t, ChangeConnection, {
      description: 'The changes that made or changed this record, oldest first (from the change log). O(changes of the record).',
      resolve: (record, _args, { curation }) => curation.log?.of(kind, record.key === undefined ? '' : kind === 'Claim' ? record.id : record.key) ?? [],
    }),
  );
}

/**
 * Live updates: `dataChanged` fires after each committed write,
 * `topicAgreementChanged(keys:)` when a topic's computed (or provisional)
 * agreement changes, with the old and new values. Served over server-sent
 * events (GraphQL over SSE, distinct connections: a plain HTTP request with
 * `Accept: text/event-stream`; no WebSocket server). Events are made when the
 * write commits (src/graphql/feed.ts) and carry `extensions.provenance` like
 * any answer (src/http/curation.ts).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { filter, pipe, Repeater } from 'graphql-yoga';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { AgreementChangedEvent, DataChangedEvent } from '../feed.js';
import { ChangeRef } from './change.js';
import { AgreementEnum } from './topic.js';

const DataChangedRef = builder.objectRef<DataChangedEvent>('DataChanged').implement({
  description: 'A committed write.',
  provenance: { articles: (e) => e.sources },
  fields: (t) => ({
    dataVersion: t.exposeString('dataVersion', { description: 'The dataVersion the write made.' }),
    change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (e) => e.change }),
  }),
});

const AgreementChangedRef = builder.objectRef<AgreementChangedEvent>('TopicAgreementChanged').implement({
  description: "A topic's agreement after a write, and before it: \"topic X is now a CONFLICT\".",
  provenance: { articles: (e) => e.sources },
  fields: (t) => ({
    dataVersion: t.exposeString('dataVersion', { description: 'The dataVersion the write made.' }),
    topicId: t.id({ description: "The topic's global id.", resolve: (e) => encodeGlobalID('Topic', e.topic.key) }),
    topicKey: t.string({ description: "The topic's key.", resolve: (e) => e.topic.key }),
    question: t.string({ description: "The topic's question.", resolve: (e) => e.topic.question }),
    before: t.field({ type: AgreementEnum, description: 'The agreement before the write.', resolve: (e) => e.before }),
    after: t.field({ type: AgreementEnum, description: 'The agreement after it.', resolve: (e) => e.after }),
    provisional: t.boolean({ description: 'Whether this is the provisional agreement (unreviewed suggested claims counted), not the curated one.', resolve: (e) => e.provisional }),
    change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (e) => e.change }),
  }),
});

/** The feed's events of one kind; a server with no data folder to write has none (the stream stays open, empty). */
function events(context: Context, kind: 'dataChanged'): AsyncIterable<DataChangedEvent>;
function events(context: Context, kind: 'topicAgreementChanged'): AsyncIterable<AgreementChangedEvent>;
function events(context: Context, kind: 'dataChanged' | 'topicAgreementChanged'): AsyncIterable<unknown> {
  const feed = context.curation.feed;
  if (!feed) return new Repeater<never>(async (_push, stop) => void (await stop));
  return kind === 'dataChanged' ? feed.pubsub.subscribe('dataChanged') : feed.pubsub.subscribe('topicAgreementChanged');
}

builder.subscriptionType({
  description: 'Live updates over server-sent events (`Accept: text/event-stream`).',
});

builder.subscriptionFields((t) => ({
  dataChanged: t.field({
    type: DataChangedRef,
    description: 'Fires after each committed write, never for one that was not committed.',
    subscribe: (_root, _args, context) => events(context, 'dataChanged'),
    resolve: (event: DataChangedEvent) => event,
  }),
  topicAgreementChanged: t.field({
    type: AgreementChangedRef,
    description: "Fires when a write changes a topic's computed agreement (or its provisional one), with the old and new values.",
    args: { keys: t.arg.stringList({ description: 'Only these topics (keys); all when omitted.', validate: { maxLength: 100 } }) },
    extensions: {},
    subscribe: (_root, { keys }, context) => {
      const wanted = keys?.length ? new Set(keys) : null;
      return pipe(
        events(context, 'topicAgreementChanged'),
        filter((e: AgreementChangedEvent) => !wanted || wanted.has(e.topic.key)),
      );
    },
    resolve: (event: AgreementChangedEvent) => event,
  }),
}));

/**
 * The feed of committed changes that subscriptions read: the writer tells it
 * of each commit (src/write/writer.ts), it publishes one `dataChanged` event
 * and one `topicAgreementChanged` event per topic whose agreement moved.
 * Events are plain values made at commit time: a subscriber's answer never
 * reads the store while a later write changes it, and never sees a change
 * that was not committed (the writer tells the feed only after the files are
 * flushed and the store is updated).
 */
import { createPubSub } from 'graphql-yoga';
import type { Agreement } from '../domain/agreement.js';
import type { ChangeEntry } from '../domain/format.js';
import type { SourceRecord } from '../domain/records.js';
import type { Committed } from '../write/writer.js';

export interface DataChangedEvent {
  readonly dataVersion: string;
  readonly change: ChangeEntry;
  /** The articles the change touched: the event's `extensions.provenance`. */
  readonly sources: readonly SourceRecord[];
}

export interface AgreementChangedEvent {
  readonly dataVersion: string;
  readonly topic: { readonly key: string; readonly question: string };
  readonly before: Agreement;
  readonly after: Agreement;
  /** Whether the agreement is the provisional one (suggested claims included) rather than the curated one. */
  readonly provisional: boolean;
  readonly change: ChangeEntry;
  readonly sources: readonly SourceRecord[];
}

export class ChangeFeed {
  readonly pubsub = createPubSub<{ dataChanged: [DataChangedEvent]; topicAgreementChanged: [AgreementChangedEvent] }>();

  publish({ entry, applied, store }: Committed): void {
    const sources = [entry.target, ...entry.touched].flatMap((t) => {
      const slug = t.kind === 'Source' ? t.key : t.kind === 'Claim' || t.kind === 'Suggestion' ? t.key.split('/')[0]! : null;
      const source = slug ? store.record('Source', slug) : undefined;
      return source ? [source] : [];
    });
    const distinct = [...new Set(sources)];
    this.pubsub.publish('dataChanged', { dataVersion: entry.dataVersionAfter, change: entry, sources: distinct });
    for (const { topic, before, after, provisional } of applied.agreements) {
      this.pubsub.publish('topicAgreementChanged', {
        dataVersion: entry.dataVersionAfter,
        topic: { key: topic.key, question: topic.question },
        before,
        after,
        provisional: provisional ?? false,
        change: entry,
        sources: [...new Set([...distinct, ...topic.sources])],
      });
    }
  }
}

/**
 * The per-request context, made by one function shared by the server and the
 * tests: the store the request reads, the articles its answer drew on, and,
 * for writes, the curation side (who is writing, through what).
 *
 * The store is fixed for the whole request. A curation write changes it in
 * place, but only while no request is in flight (src/write/gate.ts), so an
 * answer never mixes two data versions.
 */
import type { SourceRecord } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import type { ChangeLog } from '../write/changelog.js';
import type { Hold } from '../write/gate.js';
import type { DataWriter } from '../write/writer.js';
import type { ChangeFeed } from './feed.js';

export interface Context {
  readonly store: Store;
  /** The articles whose records this execution returned: `extensions.provenance` (provenance.ts). */
  readonly provenance: Set<SourceRecord>;
  readonly curation: Curation;
}

/** What a request knows of curation: the change log (readable by all), and what a write needs. */
export interface Curation {
  /** The data folder's change log; null for a store with no folder (tests). */
  readonly log: ChangeLog | null;
  /** The writer; null when the store has no folder to write to. */
  readonly writer: DataWriter | null;
  /** Whether curators are configured (CLAIMGRAPH_CURATOR_TOKENS): without, every mutation is FORBIDDEN. */
  readonly enabled: boolean;
  /** The curator the request's token names; null without a valid one. */
  readonly curator: string | null;
  /** The request's hold on the read gate, stepped out of while its write runs. */
  readonly hold: Hold | null;
  /** Committed changes, for subscriptions. */
  readonly feed: ChangeFeed | null;
}

/** Where the current store is read from: a writer may swap it for a reloaded one. */
export interface StoreSource {
  current(): Store;
}

export const fixedStore = (store: Store): StoreSource => ({ current: () => store });

export const READ_ONLY: Curation = { log: null, writer: null, enabled: false, curator: null, hold: null, feed: null };

export function createContext(stores: StoreSource, curation: Curation = READ_ONLY): Context {
  return { store: stores.current(), provenance: new Set(), curation };
}

/**
 * The per-request context, made by one function shared by the server and the
 * tests: the store the request reads (fixed for the whole request, so an
 * answer never mixes two data versions) and the articles its answer drew on.
 */
import type { SourceRecord } from '../domain/records.js';
import type { Store } from '../domain/store.js';

export interface Context {
  readonly store: Store;
  /** The articles whose records this execution returned: `extensions.provenance` (provenance.ts). */
  readonly provenance: Set<SourceRecord>;
}

/** Where the current store is read from: a server swaps it when a new data version is committed. */
export interface StoreSource {
  current(): Store;
}

export const fixedStore = (store: Store): StoreSource => ({ current: () => store });

export function createContext(stores: StoreSource): Context {
  return { store: stores.current(), provenance: new Set() };
}

/**
 * What the peer servers (Apollo Server, mercurius) share with claimgraph: the
 * very Pothos `schema` object it serves (src/graphql/schema.ts, provenance
 * wrappers included), the store loaded with loadStore from the bundled data
 * folder, and claimgraph's per-request context `createContext(fixedStore(store))`
 * (`{ store, provenance: new Set() }`: the resolvers read the store and note
 * provenance into the set). The peers never write the set out: their answers
 * carry `data` only, no `extensions.provenance`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, fixedStore, type Context } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import { loadStore } from '../../src/load/index.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export { schema };
export type { Context };
const stores = fixedStore(await loadStore(resolve(PROJECT_ROOT, 'data')));

/** A fresh claimgraph context per request, as src/http/yoga.ts builds it. */
export const makeContext = (): Context => createContext(stores);

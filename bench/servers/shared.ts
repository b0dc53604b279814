/**
 * What the peer servers (Apollo Server, mercurius) share with claimgraph: the
 * very Pothos `schema` object it serves (src/schema/index.ts, provenance
 * wrappers included), the dataset loaded with loadDataset from the bundled
 * data folder, and claimgraph's per-request context
 * `{ dataset, provenance: new Set() }` (the resolvers read the dataset and
 * note provenance into the set). The peers never write the set out: their
 * answers carry `data` only, no `extensions.provenance`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/builder.js';
import { loadDataset } from '../../src/data/load.js';
import { schema } from '../../src/schema/index.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export { schema };
export type { Context };
export const dataset = loadDataset(resolve(PROJECT_ROOT, 'data'));

/** A fresh claimgraph context per request, as src/yoga.ts builds it. */
export const makeContext = (): Context => ({ dataset, provenance: new Set() });

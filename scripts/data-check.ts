/**
 * npm run data:check — loads the data folder (CLAIMGRAPH_DATA_DIR, default data/)
 * exactly as the server does and lists every problem, or a one-line summary.
 */
import { resolve } from 'node:path';
import { DataError, loadDataset } from '../src/data/load.js';

const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? 'data');
try {
  const d = loadDataset(dataDir);
  console.log(
    `data ok: ${dataDir} sources=${d.sources.length} claims=${d.claims.length} events=${d.events.length} topics=${d.topics.length} actors=${d.actors.length} places=${d.places.length} version=${d.version.slice(0, 12)}`,
  );
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}

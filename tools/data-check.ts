/**
 * npm run data:check — loads the data folder (CLAIMGRAPH_DATA_DIR, default data/)
 * exactly as the server does and lists every problem, or a one-line summary.
 */
import { resolve } from 'node:path';
import { DataError, loadStore } from '../src/load/index.js';

const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? 'data');
try {
  const store = await loadStore(dataDir);
  const n = store.counts;
  console.log(`data ok: ${dataDir} sources=${n.Source} claims=${n.Claim} events=${n.Event} topics=${n.Topic} actors=${n.Actor} places=${n.Place} version=${store.version.slice(0, 12)}`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}

/**
 * `node snapshot-worker.js <dataDir> <cacheDir>`: makes a snapshot of a data folder from scratch (a cold
 * load) and writes it, printing its folder; run by a server that started from an older snapshot, which
 * keeps answering meanwhile (index.ts).
 */
import { CLAIMGRAPH_VERSION } from '../project.js';
import { linkStore } from './link.js';
import { readCheckedFolder } from './read.js';
import { writeSnapshot } from './snapshot.js';

const [dataDir, cacheDir] = process.argv.slice(2);
if (!dataDir || !cacheDir) {
  console.error('usage: snapshot-worker <dataDir> <cacheDir>');
  process.exit(2);
}
const { data, files } = await readCheckedFolder(dataDir);
const { derived } = await linkStore(data);
console.log(await writeSnapshot(cacheDir, CLAIMGRAPH_VERSION, data, files, derived));

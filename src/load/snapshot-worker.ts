/**
 * A worker thread that makes a snapshot of a data folder from scratch (a cold load) and writes it, so the
 * server that started from an older snapshot keeps answering meanwhile (index.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CLAIMGRAPH_VERSION } from '../project.js';
import { linkStore } from './link.js';
import { readCheckedFolder } from './read.js';
import { writeSnapshot } from './snapshot.js';

const { dataDir, cacheDir } = workerData as { dataDir: string; cacheDir: string };
const { data, files } = await readCheckedFolder(dataDir);
const { derived } = linkStore(data);
parentPort?.postMessage(await writeSnapshot(cacheDir, CLAIMGRAPH_VERSION, data, files, derived));

/**
 * Loading a data folder into a store. With a cache folder: the folder's
 * dataVersion is computed (every file read and hashed), and a snapshot of that
 * version is read when there is a good one (snapshot.ts); otherwise, and
 * without a cache folder, the folder is read, checked and compacted article
 * by article (read.ts), then linked (link.ts), and the snapshot is written
 * for the next start.
 */
import type { MemoryStore } from '../domain/store.js';
import { CLAIMGRAPH_VERSION } from '../project.js';
import type { CompactData } from './compact.js';
import { linkStore, type Derived } from './link.js';
import { hashDataFolder, readCheckedFolder, type FileTable } from './read.js';
import { candidateFiles, readSnapshot, writeSnapshot } from './snapshot.js';

export { DataError, formatFault, type Fault } from './faults.js';
export { hashDataFolder } from './read.js';
export type { CompactData } from './compact.js';

export interface LoadOptions {
  /** Where snapshots are kept; none: always load from the data. */
  readonly cacheDir?: string | null;
  /** Told how the store was loaded, and of a snapshot written or not. */
  readonly log?: (line: string) => void;
}

/** Loads a data folder into a store; rejects with DataError listing every problem. */
export async function loadStore(dataDir: string, options: LoadOptions = {}): Promise<MemoryStore> {
  const { cacheDir, log = () => {} } = options;
  // The data's version is only worth computing when a snapshot might match; with none, the load computes it.
  const known = cacheDir ? candidateFiles(cacheDir, CLAIMGRAPH_VERSION) : null;
  if (cacheDir && known) {
    const version = await hashDataFolder(dataDir, known);
    const snapshot = await readSnapshot(cacheDir, CLAIMGRAPH_VERSION, version);
    if ('data' in snapshot) {
      log(`read the snapshot of ${version.slice(0, 12)} from ${cacheDir}`);
      return linkStore(snapshot.data, snapshot.derived).store;
    }
    log(`loading from the data: ${snapshot.unusable}`);
  } else if (cacheDir) log(`loading from the data: no snapshot in ${cacheDir} yet`);
  const { data, files } = await readCheckedFolder(dataDir);
  const { store, derived } = linkStore(data);
  if (cacheDir) saveSnapshot(cacheDir, data, files, derived, log);
  return store;
}

/** Reads and checks a data folder without linking it: what tools that edit the data need. */
export async function loadChecked(dataDir: string): Promise<CompactData> {
  return (await readCheckedFolder(dataDir)).data;
}

/** Writes the snapshot once the store serves: a failure is logged, never fatal (the snapshot is only a cache). */
function saveSnapshot(cacheDir: string, data: CompactData, files: FileTable, derived: Derived, log: (line: string) => void): void {
  setImmediate(() => {
    const started = performance.now();
    writeSnapshot(cacheDir, CLAIMGRAPH_VERSION, data, files, derived).then(
      (file) => log(`wrote the snapshot ${file} in ${Math.round(performance.now() - started)} ms`),
      (e: unknown) => log(`could not write a snapshot to ${cacheDir}: ${(e as Error).message}`),
    );
  });
}

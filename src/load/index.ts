/**
 * Loading a data folder into a store. With a cache folder, the folder's
 * dataVersion is computed (files whose stamp the snapshot remembers are not
 * read again) and:
 * - a snapshot of that very version is read (snapshot.ts) and linked;
 * - or, when the folder changed since the snapshot was made by writes a
 *   curator could make (annotations, entity files, new articles), the
 *   snapshot is read and the changed files are applied to it in place, as a
 *   curation write is (changes.ts, update.ts); a new snapshot is then written
 *   in the background, by a child process;
 * - otherwise, and without a cache folder, the folder is read, checked and
 *   compacted article by article (read.ts), then linked (link.ts), and the
 *   snapshot is written for the next start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MemoryStore } from '../domain/store.js';
import { CLAIMGRAPH_VERSION } from '../project.js';
import { checkFileChanges, type FileChange } from './changes.js';
import { DataError } from './faults.js';
import type { CompactData } from './compact.js';
import { linkStore, type Derived } from './link.js';
import { readCheckedFolder, stampDataFolder, type FileTable } from './read.js';
import { candidateFiles, readSnapshot, writeSnapshot } from './snapshot.js';
import { applyChanges } from './update.js';

export { DataError, formatFault, type Fault } from './faults.js';
export { hashDataFolder, stampDataFolder, type FileTable } from './read.js';
export type { CompactData } from './compact.js';

export interface LoadOptions {
  /** Where snapshots are kept; none: always load from the data. */
  readonly cacheDir?: string | null;
  /** Told how the store was loaded, and of a snapshot written or not. */
  readonly log?: (line: string) => void;
}

/** A loaded store with the stamp and digest of each file it was loaded from: what a writer starts from. */
export interface Loaded {
  readonly store: MemoryStore;
  readonly files: FileTable;
}

/** Loads a data folder into a store; rejects with DataError listing every problem. */
export async function loadStore(dataDir: string, options: LoadOptions = {}): Promise<MemoryStore> {
  return (await loadData(dataDir, options)).store;
}

/** Loads a data folder into a store, with its file table; rejects with DataError listing every problem. */
export async function loadData(dataDir: string, options: LoadOptions = {}): Promise<Loaded> {
  const { cacheDir, log = () => {} } = options;
  // The data's version is only worth computing when a snapshot might match; with none, the load computes it.
  const known = cacheDir ? candidateFiles(cacheDir, CLAIMGRAPH_VERSION) : null;
  if (cacheDir && known) {
    const { version, files } = await stampDataFolder(dataDir, known.files);
    if (version === known.dataVersion) {
      const snapshot = await readSnapshot(cacheDir, CLAIMGRAPH_VERSION, version);
      if ('data' in snapshot) {
        log(`read the snapshot of ${version.slice(0, 12)} from ${cacheDir}`);
        return { store: (await linkStore(snapshot.data, snapshot.derived)).store, files };
      }
      log(`loading from the data: ${snapshot.unusable}`);
    } else {
      const replayed = await replayOnSnapshot(dataDir, cacheDir, known.dataVersion, known.files, version, files, log);
      if (replayed) {
        rewriteSnapshotInBackground(dataDir, cacheDir, log);
        return replayed;
      }
    }
  } else if (cacheDir) log(`loading from the data: no snapshot in ${cacheDir} yet`);
  const { data, files } = await readCheckedFolder(dataDir);
  const { store, derived } = await linkStore(data);
  if (cacheDir) saveSnapshot(cacheDir, data, files, derived, log);
  return { store, files };
}

/**
 * The snapshot of an earlier version with the files changed since applied to it, or null (logged) when
 * the changes are not ones a write makes, or the result is not the folder's version.
 */
async function replayOnSnapshot(
  dataDir: string,
  cacheDir: string,
  snapshotVersion: string,
  snapshotFiles: FileTable,
  version: string,
  files: FileTable,
  log: (line: string) => void,
): Promise<Loaded | null> {
  const changes: FileChange[] = [];
  for (const [path, { sha256 }] of files) if (snapshotFiles.get(path)?.sha256 !== sha256) changes.push({ path, bytes: readFileSync(join(dataDir, path)) });
  for (const path of snapshotFiles.keys()) if (!files.has(path)) changes.push({ path, bytes: null });
  const snapshot = await readSnapshot(cacheDir, CLAIMGRAPH_VERSION, snapshotVersion);
  if (!('data' in snapshot)) {
    log(`loading from the data: ${snapshot.unusable}`);
    return null;
  }
  const { store } = await linkStore(snapshot.data, snapshot.derived);
  try {
    const { parsed } = checkFileChanges(store, dataDir, snapshotFiles, changes);
    if (parsed.version !== version) throw new Error('the files applied do not give the folder its version');
    applyChanges(store, parsed);
  } catch (e) {
    const why = e instanceof DataError && e.faults[0] ? `${e.faults[0].file}: ${e.faults[0].message}` : (e as Error).message.split('\n')[0];
    log(`loading from the data: the ${changes.length} files changed since the snapshot of ${snapshotVersion.slice(0, 12)} cannot be applied to it (${why})`);
    return null;
  }
  log(`read the snapshot of ${snapshotVersion.slice(0, 12)} from ${cacheDir} and applied the ${changes.length} files changed since (dataVersion ${version.slice(0, 12)})`);
  return { store, files };
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

/**
 * A fresh snapshot of the folder, made by a child process (a cold load, off the process that serves, whose
 * memory is returned when it exits): the next start reads it whole instead of applying the changed files again.
 */
export function rewriteSnapshotInBackground(dataDir: string, cacheDir: string, log: (line: string) => void): void {
  const started = performance.now();
  const script = fileURLToPath(new URL(`./snapshot-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  // Under tsx (tests, `npm run dev`) the child's TypeScript needs tsx's loader too.
  const child = spawn(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script, dataDir, cacheDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.unref();
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code) => {
    if (code === 0) log(`rewrote the snapshot ${output.trim()} in the background in ${Math.round(performance.now() - started)} ms`);
    else log(`could not rewrite the snapshot in the background (exit ${code}): ${output.trim().split('\n').at(-1) ?? ''}`);
  });
}

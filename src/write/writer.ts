/**
 * The data writer: every curation write goes through here, one at a time.
 *
 *   1. take the folder's write lock (lock.ts), finish any journal a crash left
 *      and catch up with writes another process made (`npm run ingest`);
 *   2. refuse a stale `expectedDataVersion` (STALE_DATA_VERSION);
 *   3. plan the files (plans.ts) and check them with the loader's own checks
 *      (src/load/changes.ts): any fault refuses the write, nothing written;
 *   4. commit: the journal, then each file atomically, then the change log
 *      entry, each flushed to disk (journal.ts) — the answer comes after;
 *   5. apply the change to the store in place (src/load/update.ts) inside the
 *      gate, so requests see the old version or the new one, never a mix;
 *   6. tell the listeners (subscriptions) of the committed change.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeEntry } from '../domain/format.js';
import type { MemoryStore } from '../domain/store.js';
import { checkFileChanges, type FileChange } from '../load/changes.js';
import { DataError, loadData, stampDataFolder, type FileTable, type Loaded } from '../load/index.js';
import { CHANGE_LOG, fileEntry } from '../load/read.js';
import { applyChanges, type AppliedChanges } from '../load/update.js';
import { ChangeLog } from './changelog.js';
import type { ReadWriteGate } from './gate.js';
import { commit, hasJournal, rollForward } from './journal.js';
import { takeLock } from './lock.js';
import { PlanError, type WritePlan } from './plans.js';

/** Why a write was refused; nothing was written. */
export class WriteRefused extends Error {
  constructor(
    readonly code: 'STALE_DATA_VERSION' | 'BAD_USER_INPUT',
    message: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}

export interface Committed {
  readonly entry: ChangeEntry;
  readonly applied: AppliedChanges;
  readonly store: MemoryStore;
}

export type CommitListener = (committed: Committed) => void;

let sequence = 0;
const entryId = () => `${Date.now().toString(36)}-${(sequence++).toString(36)}`;

export class DataWriter {
  readonly log: ChangeLog;
  private files: FileTable;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<CommitListener>();
  private logSize: number;

  constructor(
    readonly dataDir: string,
    private loaded: { store: MemoryStore; files: FileTable },
    readonly gate: ReadWriteGate,
    private readonly onLog: (line: string) => void = () => {},
    /** How long a write waits for another process's lock before LockTimeoutError. */
    private readonly lockTimeoutMs = 30_000,
  ) {
    this.log = new ChangeLog(dataDir);
    this.files = loaded.files;
    this.logSize = this.changeLogSize();
  }

  /**
   * Finishes a write a crash interrupted, before anything is loaded: run once at start, under the lock,
   * so the folder loaded is never half written.
   */
  static async recover(dataDir: string): Promise<ChangeEntry | null> {
    if (!hasJournal(dataDir)) return null;
    const release = await takeLock(dataDir);
    try {
      return await rollForward(dataDir, new ChangeLog(dataDir));
    } finally {
      release();
    }
  }

  get store(): MemoryStore {
    return this.loaded.store;
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Makes one write: `plan` sees the store as of the write (after any earlier write). */
  write(curator: string, expectedDataVersion: string | null | undefined, plan: (store: MemoryStore) => WritePlan | Promise<WritePlan>): Promise<Committed> {
    const run = this.queue.then(() => this.writeNow(curator, expectedDataVersion, plan));
    this.queue = run.catch(() => {});
    return run;
  }

  private async writeNow(curator: string, expected: string | null | undefined, makePlan: (store: MemoryStore) => WritePlan | Promise<WritePlan>): Promise<Committed> {
    const release = await takeLock(this.dataDir, this.lockTimeoutMs);
    try {
      await this.catchUp();
      const store = this.loaded.store;
      const before = store.version;
      if (expected && expected !== before) {
        throw new WriteRefused('STALE_DATA_VERSION', `expectedDataVersion ${expected} is not the current dataVersion ${before}: read the records again and retry`);
      }
      let plan: WritePlan;
      try {
        plan = await makePlan(store);
      } catch (e) {
        if (e instanceof PlanError) throw new WriteRefused('BAD_USER_INPUT', e.message);
        throw e;
      }
      if (plan.files.length === 0) throw new WriteRefused('BAD_USER_INPUT', 'the write changes nothing');
      let checked: ReturnType<typeof checkFileChanges>;
      try {
        checked = checkFileChanges(store, this.dataDir, this.files, plan.files);
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        throw new WriteRefused(
          'BAD_USER_INPUT',
          `the write does not pass the data checks, so nothing was written: ${e.faults.map((f) => `${f.file} ${f.path}: ${f.message}`).join('; ')}`,
          e.faults.map((f) => ({ path: `${f.file} ${f.path}`, message: f.message })),
        );
      }
      const entry: ChangeEntry = {
        id: entryId(),
        at: new Date().toISOString(),
        curator,
        kind: plan.kind,
        target: plan.target,
        touched: [...(plan.touched ?? [])],
        ...(plan.decision ? { decision: plan.decision } : {}),
        ...(plan.note ? { note: plan.note } : {}),
        before: plan.before ?? null,
        after: plan.after ?? null,
        dataVersionBefore: before,
        dataVersionAfter: checked.parsed.version,
      };
      await commit(this.dataDir, this.log, entry, plan.files);
      this.logSize = this.changeLogSize();
      this.remember(plan.files);
      let applied: AppliedChanges;
      try {
        applied = await this.gate.exclusive(() => applyChanges(store, checked.parsed));
      } catch (e) {
        // The files are written: the store is made again from them rather than left behind.
        this.onLog(`applying change ${entry.id} in memory failed (${(e as Error).message}); reloading the data folder`);
        await this.reload();
        applied = { agreements: [] };
      }
      const committed = { entry, applied, store: this.loaded.store };
      for (const listener of this.listeners) listener(committed);
      return committed;
    } finally {
      release();
    }
  }

  /**
   * Applies the writes another process made (`npm run ingest`) if the change log grew: the server calls
   * this every few seconds, so readers see a command-line ingest without waiting for a curator's write.
   */
  refresh(): Promise<void> {
    if (this.changeLogSize() === this.logSize) return Promise.resolve();
    const run = this.queue.then(async () => {
      if (this.changeLogSize() === this.logSize) return;
      const release = await takeLock(this.dataDir, this.lockTimeoutMs);
      try {
        await this.catchUp();
      } finally {
        release();
      }
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private remember(files: readonly FileChange[]): void {
    const table = new Map(this.files);
    for (const { path, bytes } of files) {
      if (bytes === null) table.delete(path);
      else table.set(path, fileEntry(this.dataDir, path, bytes));
    }
    this.files = table;
  }

  private changeLogSize(): number {
    try {
      return statSync(join(this.dataDir, CHANGE_LOG)).size;
    } catch {
      return 0;
    }
  }

  /** A journal left by a crashed writer, and writes of other processes: applied before this write. */
  private async catchUp(): Promise<void> {
    await rollForward(this.dataDir, this.log);
    if (this.changeLogSize() === this.logSize) return;
    const added = this.log.refresh();
    this.logSize = this.changeLogSize();
    const { version, files } = await stampDataFolder(this.dataDir, this.files);
    if (version === this.store.version) return;
    const changes: FileChange[] = [];
    for (const [path, { sha256 }] of files) if (this.files.get(path)?.sha256 !== sha256) changes.push({ path, bytes: readFileSync(join(this.dataDir, path)) });
    for (const path of this.files.keys()) if (!files.has(path)) changes.push({ path, bytes: null });
    try {
      const { parsed } = checkFileChanges(this.store, this.dataDir, this.files, changes);
      await this.gate.exclusive(() => applyChanges(this.store, parsed));
      this.files = files;
      this.onLog(`applied ${added.length} change(s) another writer made (${changes.length} files; dataVersion ${version.slice(0, 12)})`);
      for (const entry of added) for (const listener of this.listeners) listener({ entry, applied: { agreements: [] }, store: this.store });
    } catch (e) {
      this.onLog(`the data folder changed in ways a write cannot apply (${(e as Error).message.split('\n')[0]}); reloading it`);
      await this.reload();
    }
  }

  /** The whole folder loaded again, and swapped in between requests. */
  private async reload(): Promise<void> {
    const loaded: Loaded = await loadData(this.dataDir);
    await this.gate.exclusive(() => {
      this.loaded = loaded;
      this.files = loaded.files;
    });
  }
}

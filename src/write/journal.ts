/**
 * The journal: a write that touches several files (an ingest, a merge) is
 * first recorded whole in `.claimgraph/journal.json` (written atomically and
 * flushed), then its files are put in place one by one, its change-log entry
 * appended, and the journal removed. A crash at any moment leaves either no
 * journal (the write never happened, or is complete) or a whole journal, which
 * the next writer or start rolls forward: the files written again (each
 * atomically), the entry appended if missing. The folder is never left half
 * written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChangeEntry } from '../domain/format.js';
import type { FileChange } from '../load/changes.js';
import type { ChangeLog } from './changelog.js';
import { replaceFile } from './files.js';
import { STATE_DIR } from './lock.js';

interface JournalFile {
  readonly entry: ChangeEntry;
  readonly files: ReadonlyArray<{ readonly path: string; readonly base64: string | null }>;
}

const journalPath = (dataDir: string) => join(dataDir, STATE_DIR, 'journal.json');

/** Test hook: called before each file of a write is put in place; a test throws or exits there to simulate a crash. */
export const journalHooks: { beforeFile?: (path: string) => void } = {};

/**
 * Records a write, then carries it out: files in place, entry appended, journal removed. The flushes
 * wait off the event loop, so a running server answers requests meanwhile.
 */
export async function commit(dataDir: string, log: ChangeLog, entry: ChangeEntry, files: readonly FileChange[]): Promise<void> {
  const journal: JournalFile = { entry, files: files.map((f) => ({ path: f.path, base64: f.bytes === null ? null : f.bytes.toString('base64') })) };
  await replaceFile(journalPath(dataDir), JSON.stringify(journal));
  await carryOut(dataDir, log, journal);
}

async function carryOut(dataDir: string, log: ChangeLog, journal: JournalFile): Promise<void> {
  for (const file of journal.files) {
    journalHooks.beforeFile?.(file.path);
    await replaceFile(join(dataDir, file.path), file.base64 === null ? null : Buffer.from(file.base64, 'base64'));
  }
  if (!log.has(journal.entry.id)) await log.append(journal.entry);
  await replaceFile(journalPath(dataDir), null);
}

/** Whether a crash left a write to finish. */
export const hasJournal = (dataDir: string): boolean => existsSync(journalPath(dataDir));

/** Finishes a write a crash interrupted, if any; returns its entry. */
export async function rollForward(dataDir: string, log: ChangeLog): Promise<ChangeEntry | null> {
  const path = journalPath(dataDir);
  if (!existsSync(path)) return null;
  let journal: JournalFile;
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as JournalFile;
    journal = { entry: ChangeEntry.parse(raw.entry), files: raw.files };
  } catch (e) {
    // Written atomically, so never partial: unreadable means tampered with. Refuse rather than guess.
    throw new Error(`the write journal ${path} cannot be read (${(e as Error).message}): restore it or remove it after checking the data folder`);
  }
  await carryOut(dataDir, log, journal);
  return journal.entry;
}

/**
 * The change log: `changes.jsonl` in the data folder, one ChangeEntry a line,
 * appended and flushed after each write's files are in place. It is read
 * whole at start (a line cut short by a crash is dropped: the journal writes
 * it again) and kept in memory, indexed by the records each entry names, for
 * `changes(since:)` and each record's `history`.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, truncateSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeEntry } from '../domain/format.js';
import { CHANGE_LOG } from '../load/read.js';

export class ChangeLog {
  private readonly list: ChangeEntry[] = [];
  private readonly byRecord = new Map<string, ChangeEntry[]>();
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, CHANGE_LOG);
    for (const entry of readEntries(this.file)) this.remember(entry);
  }

  get entries(): readonly ChangeEntry[] {
    return this.list;
  }

  get last(): ChangeEntry | undefined {
    return this.list.at(-1);
  }

  has(id: string): boolean {
    return this.list.some((e) => e.id === id);
  }

  /** The entries that name a record (`<Kind>:<key>`), oldest first. */
  of(kind: string, key: string): readonly ChangeEntry[] {
    return this.byRecord.get(`${kind}:${key}`) ?? [];
  }

  /** The id of the last entry on disk: another writer (npm run ingest) may have added some. */
  lastOnDisk(): string | undefined {
    return readEntries(this.file).at(-1)?.id;
  }

  /** Reads entries another writer appended since this log was read. */
  refresh(): ChangeEntry[] {
    const known = new Set(this.list.map((e) => e.id));
    const added = readEntries(this.file).filter((e) => !known.has(e.id));
    for (const entry of added) this.remember(entry);
    return added;
  }

  /** Appends an entry and flushes it to disk (off the event loop). */
  async append(entry: ChangeEntry): Promise<void> {
    this.cutPartialLine();
    const handle = await open(this.file, 'a');
    try {
      await handle.write(`${JSON.stringify(entry)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.remember(entry);
  }

  /** A line cut short by a crash is cut off, so the next line starts a line of its own. */
  private cutPartialLine(): void {
    if (!existsSync(this.file)) return;
    const size = statSync(this.file).size;
    if (size === 0) return;
    // Only the last byte says whether the file ends a line; the whole file is read only when it does not.
    const fd = openSync(this.file, 'r');
    const last = Buffer.alloc(1);
    try {
      readSync(fd, last, 0, 1, size - 1);
    } finally {
      closeSync(fd);
    }
    if (last[0] === 0x0a) return;
    const bytes = readFileSync(this.file);
    truncateSync(this.file, bytes.lastIndexOf(0x0a) + 1);
  }

  private remember(entry: ChangeEntry): void {
    this.list.push(entry);
    for (const target of [entry.target, ...entry.touched]) {
      const key = `${target.kind}:${target.key}`;
      const list = this.byRecord.get(key);
      if (list) {
        if (list.at(-1) !== entry) list.push(entry);
      } else this.byRecord.set(key, [entry]);
    }
  }
}

/** Every whole, valid line of a change log. */
function readEntries(file: string): ChangeEntry[] {
  if (!existsSync(file) || statSync(file).size === 0) return [];
  const out: ChangeEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = ChangeEntry.safeParse(JSON.parse(line));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // a line cut short by a crash: its write is finished again from the journal
    }
  }
  return out;
}

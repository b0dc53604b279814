/**
 * Reading a data folder: every file once, each hashed as it is read, then
 * checked and compacted article by article (check.ts, compact.ts), so the
 * folder is never held whole as parsed JSON.
 *
 * dataVersion: SHA-256 over every file's path relative to the folder and the
 * SHA-256 of its bytes, one line per file in path order. The same data gives
 * the same version on any machine; a write that changes a few files changes
 * a few lines, so the new version is computed without re-reading the rest.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle, checkEntities, EntitySupport } from './check.js';
import { CompactBuilder, type CompactData } from './compact.js';
import { DataError, type Fault } from './faults.js';

/** The change log: in the data folder, but not data (each entry names the versions before and after it). */
export const CHANGE_LOG = 'changes.jsonl';

/**
 * Every data file under a folder, as paths relative to it ('/'-separated), in path order. Hidden files
 * and folders (the writers' lock and journal, temporary files) and the change log are not data.
 */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || (!prefix && entry.name === CHANGE_LOG)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, path));
    else out.push(path);
  }
  return out;
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The dataVersion of a folder from its files' own digests. */
export function versionOf(digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...digests.keys()].sort()) hash.update(`${path}\0${digests.get(path)}\n`);
  return hash.digest('hex');
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Work between two yields to the event loop, so /health and /ready answer while a large folder loads. */
const FILES_PER_TURN = 64;

/**
 * What identifies a file's content without reading it: its size, inode, and modification and change
 * times. The change time is set by the system on any write and cannot be set back by tools, so a file
 * whose stamp is unchanged is taken to be unchanged (as git's index does).
 */
export interface FileStamp {
  readonly size: number;
  readonly ino: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

/** Each file of a folder with its stamp and digest: what a snapshot remembers of the data it was made from. */
export type FileTable = ReadonlyMap<string, { readonly stamp: FileStamp; readonly sha256: string }>;

const stampOf = (file: string): FileStamp => {
  const s = statSync(file);
  return { size: s.size, ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
};
const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/**
 * The dataVersion of a folder without parsing it: a file whose stamp is in `known` unchanged keeps its
 * digest; every other file is read and hashed.
 */
export async function stampDataFolder(dir: string, known: FileTable = new Map()): Promise<{ version: string; files: FileTable }> {
  const digests = new Map<string, string>();
  const table = new Map<string, { stamp: FileStamp; sha256: string }>();
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (e) {
    throw new DataError([missingFolder(dir, e)]);
  }
  for (const [i, path] of files.entries()) {
    const file = join(dir, path);
    const remembered = known.get(path);
    const stamp = stampOf(file);
    const digest = remembered && sameStamp(remembered.stamp, stamp) ? remembered.sha256 : sha256(readFileSync(file));
    digests.set(path, digest);
    table.set(path, { stamp, sha256: digest });
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await yieldToEventLoop();
  }
  return { version: versionOf(digests), files: table };
}

/** The dataVersion of a folder (see stampDataFolder). */
export const hashDataFolder = async (dir: string, known: FileTable = new Map()): Promise<string> => (await stampDataFolder(dir, known)).version;

/** A file's stamp and digest as read now: what the file table records after a write. */
export function fileEntry(dir: string, path: string, bytes: Buffer): { stamp: FileStamp; sha256: string } {
  return { stamp: stampOf(join(dir, path)), sha256: sha256(bytes) };
}

const missingFolder = (dir: string, e: unknown): Fault => ({
  file: '.',
  path: '$',
  message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? `data folder is missing: ${dir}` : `cannot read the data folder: ${(e as Error).message}`,
});

const ARTICLE_TEXT = /^sources\/([^/]+)\.txt$/;
const ARTICLE_ANNOTATIONS = /^annotations\/([^/]+)\.json$/;

/** Reads, checks and compacts a data folder, with the stamp and digest of each file; rejects with DataError listing every problem. */
export async function readCheckedFolder(dir: string): Promise<{ data: CompactData; files: FileTable }> {
  const faults: Fault[] = [];
  const fault = (file: string, path: string, message: string) => faults.push({ file, path, message });
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (e) {
    throw new DataError([missingFolder(dir, e)]);
  }
  const present = new Set(files);
  const digests = new Map<string, string>();
  const table = new Map<string, { stamp: FileStamp; sha256: string }>();
  const read = (path: string): Buffer | undefined => {
    if (!present.has(path)) return undefined;
    // Stamped before reading: a file changed in between gets a stamp older than its content, so it is read again next time.
    const stamp = stampOf(join(dir, path));
    const bytes = readFileSync(join(dir, path));
    digests.set(path, sha256(bytes));
    table.set(path, { stamp, sha256: digests.get(path)! });
    return bytes;
  };
  const readText = (path: string) => read(path)?.toString('utf8');

  const entities = checkEntities(
    { actors: readText('entities/actors.json'), places: readText('entities/places.json'), topics: readText('entities/topics.json'), events: readText('entities/events.json') },
    fault,
  );
  const slugs = files.flatMap((f) => ARTICLE_TEXT.exec(f)?.[1] ?? []).sort();
  if (slugs.length === 0 && present.size > 0) fault('sources', '$', 'no article: sources/ holds no .txt file');
  const withText = new Set(slugs);
  for (const f of files) {
    const slug = ARTICLE_ANNOTATIONS.exec(f)?.[1];
    if (slug && !withText.has(slug)) fault(f, '$.source', `unknown source "${slug}": there is no sources/${slug}.txt`);
  }

  const support = new EntitySupport();
  const builder = new CompactBuilder();
  let complete = entities.complete;
  for (const [i, slug] of slugs.entries()) {
    const bytes = read(`sources/${slug}.txt`)!;
    const article = checkArticle(
      slug,
      { meta: readText(`sources/${slug}.json`), text: bytes.toString('utf8'), sha256: digests.get(`sources/${slug}.txt`)!, annotations: readText(`annotations/${slug}.json`) },
      entities,
      support,
      fault,
    );
    if (!article) complete = false;
    // Once anything is wrong the folder will be refused: keep checking, stop compacting.
    else if (faults.length === 0) builder.addArticle(article.meta, article.text, article.claims, article.nonAssertions, entities.refs);
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await yieldToEventLoop();
  }
  // Files the loader does not read (proposals, notes) are part of the data's version all the same.
  for (const path of files) if (!digests.has(path)) read(path);
  // Checks that need every record only make sense once every file passed its schema.
  if (complete) support.faults(entities, fault);
  if (faults.length) throw new DataError(faults);
  return { data: builder.done(versionOf(digests), entities, entities.refs), files: table };
}

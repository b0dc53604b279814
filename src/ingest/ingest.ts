/**
 * Ingest: an article file → a new source in a data folder, with a draft
 * annotation file the loader accepts (tools/ingest.ts is the command line).
 * The draft itself is made in memory by draftArticle (draft.ts, pure); this
 * module reads the article and the data folder, validates, and writes.
 *
 * Safety, in order:
 *   1. The input must be non-empty UTF-8; the slug must be new (nothing is
 *      ever overwritten).
 *   2. The data folder must load as it is (loadDataset).
 *   3. The new files are built in memory, written into a temporary copy of the
 *      data folder, and that copy is loaded with loadDataset: the draft must
 *      pass every check the server makes.
 *   4. Only then is each file written into the data folder as a temporary file
 *      beside its destination and renamed into place. If anything fails, the
 *      files already renamed (and folders made) are removed again: the data
 *      folder is left as it was.
 *
 * Files: sources/<slug>.txt (the bytes as given), sources/<slug>.json
 * (SourceMeta), annotations/<slug>.json (claims with curation AUTO and their
 * suggestions), proposals/<slug>.json (typed proposals for a curator; the
 * loader does not read proposals/), and entities/actors.json and places.json
 * with the new AUTO actors and places appended (the only files replaced).
 */
import { closeSync, cpSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Actor, Place } from '../domain/format.js';
import type { MemoryStore } from '../domain/store.js';
import { DataError, loadChecked, loadStore } from '../load/index.js';
import { appendRecords, draftArticle, type Draft, type ProposalsFile } from './draft.js';
import type { Knowledge, PendingEvent } from './entities.js';
import { knowledgeFromStore, pendingEventsOf } from './knowledge.js';
import { IngestError, slugFromFileName } from './meta.js';

export { IngestError } from './meta.js';

export interface IngestOptions {
  /** The article: a UTF-8 text file. */
  file: string;
  /** The data folder to add it to. */
  dataDir: string;
  publisher?: string | undefined;
  /** YYYY-MM-DD; when absent, a dateline in the text must state it. */
  publishedAt?: string | undefined;
  url?: string | undefined;
}

export interface IngestResult {
  slug: string;
  /** The files written, relative to the data folder. */
  files: string[];
  publishedAt: string;
  title: string;
  claims: number;
  proposals: ProposalsFile;
  /** The AUTO actors and places added to entities/. */
  entities: { actors: Actor[]; places: Place[] };
}

/** The offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need > bytes.length - 1) return i; // cut off at the end
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The article's text, or an IngestError saying why it cannot be ingested. */
export function readArticle(file: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new IngestError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (bytes.length === 0) throw new IngestError(`${file} is empty: there is no article to ingest`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new IngestError(
      `${file} is not UTF-8 text (byte ${bad} is 0x${bytes[bad]!.toString(16).padStart(2, '0')}): convert it to UTF-8 first, for example with iconv -f WINDOWS-1252 -t UTF-8`,
    );
  }
  const text = bytes.toString('utf8');
  if (!text.replace(/^\uFEFF/, '').trim()) throw new IngestError(`${file} is empty: it holds only white space, there is no article to ingest`);
  return { bytes, text };
}

/** What the extractor may know from a data folder: the Knowledge of the store the server would load from it. */
export async function knowledgeOf(dataDir: string): Promise<Knowledge> {
  let store: MemoryStore;
  try {
    store = await loadStore(dataDir);
  } catch (e) {
    if (e instanceof DataError) throw new IngestError(`the data folder ${dataDir} does not load as it is, so nothing was added:\n${e.message}`);
    throw e;
  }
  return knowledgeFromStore(store, pendingEventsIn(dataDir));
}

/**
 * The new events earlier drafts propose, read from their annotation files
 * (the loaded records do not carry suggestions yet: the curation API's store
 * will, and knowledgeFromStore reads them there).
 */
function pendingEventsIn(dataDir: string): PendingEvent[] {
  const folder = join(dataDir, 'annotations');
  if (!existsSync(folder)) return [];
  const claims: Array<{ source: string; suggestions?: never[] }> = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    try {
      const doc = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { source?: string; claims?: Array<{ curation?: string; suggestions?: never[] }> };
      for (const c of doc.claims ?? []) if (c.curation === 'AUTO' && c.suggestions?.length) claims.push({ source: doc.source ?? file.replace(/\.json$/, ''), suggestions: c.suggestions });
    } catch {
      // the loader has checked every file already; an unreadable one has nothing to propose
    }
  }
  return pendingEventsOf(claims);
}

/**
 * Everything an ingest writes, by path relative to the data folder, in the
 * order it is renamed into place: the article's new files (proposals, source
 * metadata and text), then the entities files with the new AUTO actors and
 * places appended (they replace the current files, whose bytes are kept to
 * restore them), then the annotations that name them.
 */
export interface Write {
  rel: string;
  content: Buffer;
  /** The bytes the file has now, when it is replaced (entities files); absent for a new file. */
  replaces?: Buffer;
}

/** The writes of a draft into a data folder whose entities files hold `current`. */
export function writesOf(draft: Draft, current: { actors: Buffer; places: Buffer }): Write[] {
  const own = new Map(draft.files);
  const writes: Write[] = draft.files.filter(([rel]) => !rel.startsWith('annotations/')).map(([rel, content]) => ({ rel, content }));
  if (draft.entities.actors.length) {
    writes.push({ rel: 'entities/actors.json', content: Buffer.from(appendRecords(current.actors.toString('utf8'), draft.entities.actors)), replaces: current.actors });
  }
  if (draft.entities.places.length) {
    writes.push({ rel: 'entities/places.json', content: Buffer.from(appendRecords(current.places.toString('utf8'), draft.entities.places)), replaces: current.places });
  }
  writes.push({ rel: `annotations/${draft.slug}.json`, content: own.get(`annotations/${draft.slug}.json`)! });
  return writes;
}

/** Writes bytes to a temporary file beside `path` (same folder, so the rename is atomic) and flushes it to disk. */
function writeTemporary(path: string, bytes: Buffer): string {
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.ingest.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temporary;
}

/** Test hook: called before each rename into the data folder; a test makes it throw to simulate a failure half-way. */
export const hooks: { beforeRename?: (path: string) => void } = {};

/**
 * The write step: each file to a temporary file beside its destination, then
 * renamed over it. A new file must not exist; a replaced file must still hold
 * the bytes it was read with. If anything fails, every file already renamed is
 * removed (new files) or restored (replaced files), and the folders made are
 * removed: the data folder is left as it was.
 */
export function commitWrites(dataDir: string, writes: readonly Write[], what: string): void {
  const madeFolders: string[] = [];
  const placed: Write[] = [];
  const temporaries: string[] = [];
  try {
    for (const write of writes) {
      const path = join(dataDir, write.rel);
      const folder = dirname(path);
      if (!existsSync(folder)) {
        mkdirSync(folder, { recursive: true });
        madeFolders.push(folder);
      }
      const temporary = writeTemporary(path, write.content);
      temporaries.push(temporary);
      hooks.beforeRename?.(path);
      if (write.replaces) {
        if (!existsSync(path) || !readFileSync(path).equals(write.replaces)) throw new IngestError(`${write.rel} changed in ${dataDir} while ingesting: run ingest again`);
      } else if (existsSync(path)) throw new IngestError(`${write.rel} appeared in ${dataDir} while ingesting: ingest never overwrites a file`);
      renameSync(temporary, path);
      temporaries.pop();
      placed.push(write);
    }
  } catch (e) {
    for (const write of [...placed].reverse()) {
      const path = join(dataDir, write.rel);
      if (write.replaces) writeTemporaryAndRename(path, write.replaces);
      else rmSync(path, { force: true });
    }
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    for (const folder of madeFolders.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty: someone else wrote there meanwhile; leave it
      }
    }
    if (e instanceof IngestError) throw e;
    throw new IngestError(`writing ${what} into ${dataDir} failed, and nothing was left behind: ${(e as Error).message}`);
  }
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { file, dataDir } = options;
  if (!existsSync(dataDir)) throw new IngestError(`the data folder ${dataDir} does not exist`);
  const { bytes, text } = readArticle(file);
  const slug = slugFromFileName(file);
  for (const rel of [`sources/${slug}.txt`, `sources/${slug}.json`, `annotations/${slug}.json`, `proposals/${slug}.json`]) {
    if (existsSync(join(dataDir, rel))) {
      throw new IngestError(`${rel} already exists in ${dataDir}: ingest never overwrites a source; rename the article file to give it another slug`);
    }
  }
  if (options.url !== undefined && !URL.canParse(options.url)) throw new IngestError(`--url must be an absolute URL, got "${options.url}"`);

  const knowledge = await knowledgeOf(dataDir);
  const draft = draftArticle({ text, bytes, slug, publisher: options.publisher, publishedAt: options.publishedAt, url: options.url, knowledge });
  const entitiesFile = (name: string) => {
    const path = join(dataDir, 'entities', name);
    return existsSync(path) ? readFileSync(path) : Buffer.from('[]\n');
  };
  const writes = writesOf(draft, { actors: entitiesFile('actors.json'), places: entitiesFile('places.json') });

  // Validate in a copy of the data folder with the new files, exactly as the server would load it.
  const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
  try {
    cpSync(dataDir, scratch, { recursive: true });
    for (const { rel, content } of writes) {
      mkdirSync(dirname(join(scratch, rel)), { recursive: true });
      writeTemporaryAndRename(join(scratch, rel), content);
    }
    try {
      await loadChecked(scratch);
    } catch (e) {
      if (e instanceof DataError) throw new IngestError(`the draft for ${slug} does not pass the loader's checks, so nothing was written to ${dataDir} (a bug in the extractor: please report it with the article):\n${e.message}`);
      throw e;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  commitWrites(dataDir, writes, slug);
  return {
    slug,
    files: writes.map((w) => w.rel),
    publishedAt: draft.meta.publishedAt,
    title: draft.meta.title,
    claims: draft.annotations.claims.length,
    proposals: draft.proposals,
    entities: draft.entities,
  };
}

function writeTemporaryAndRename(path: string, content: Buffer): void {
  const temporary = writeTemporary(path, content);
  try {
    renameSync(temporary, path);
  } catch (e) {
    unlinkSync(temporary);
    throw e;
  }
}

/** A path shown relative to the working directory when that is shorter. */
export const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
};

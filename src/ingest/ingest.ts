/**
 * Ingest: an article file → a new source in a data folder, with a draft
 * annotation file the loader accepts (scripts/ingest.ts is the command line).
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
 * (SourceMeta), annotations/<slug>.json (claims with curation AUTO, no
 * events), proposals/<slug>.json (new actors, places, spellings and topics for
 * a curator; the loader does not read proposals/).
 */
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ENUMS, isoOfDay, type CompactData } from '../load/compact.js';
import { DataError, loadChecked } from '../load/index.js';
import { detectBoilerplate, inBoilerplate } from './boilerplate.js';
import { createIndex, extract, type Extraction, type Knowledge, type Proposals } from './extract.js';
import { IngestError, slugFromFileName, sourceMeta } from './meta.js';
import { splitSentences } from './sentences.js';

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
  proposals: Proposals;
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

/** What the extractor may know from a loaded data folder: its entities, topics and curated answers. */
export async function knowledgeOf(dataDir: string): Promise<Knowledge> {
  let data: CompactData;
  try {
    data = await loadChecked(dataDir);
  } catch (e) {
    if (e instanceof DataError) throw new IngestError(`the data folder ${dataDir} does not load as it is, so nothing was added:\n${e.message}`);
    throw e;
  }
  const topicAnswers = new Map<string, Array<{ value?: number; start?: string; end?: string }>>();
  const c = data.claims;
  for (let i = 0; i < c.keys.length; i++) {
    if (c.topic[i]! < 0 || ENUMS.curation[c.curation[i]!] !== 'CURATED') continue;
    const topic = data.topics.keys[c.topic[i]!]!;
    const list = topicAnswers.get(topic) ?? [];
    const q = c.quantity[i]!;
    const t = c.time[i]!;
    list.push({ ...(q >= 0 ? { value: c.quantityValues[q]! } : {}), ...(t >= 0 && c.timeWords[t] ? { start: isoOfDay(c.timeStarts[t]!), end: isoOfDay(c.timeEnds[t]!) } : {}) });
    topicAnswers.set(topic, list);
  }
  const t = data.topics;
  return {
    actors: data.actors.map(({ key, name, kind, description, aliases, memberOf }) => ({ key, name, kind, description, aliases, ...(memberOf ? { memberOf } : {}) })),
    places: data.places.map(({ key, name, kind, description, aliases, location, within }) => ({ key, name, kind, description, aliases, location, ...(within ? { within } : {}) })),
    topics: t.keys.map((key, i) => ({
      key,
      question: t.questions[i]!,
      measure: t.measures[i]!,
      unit: t.units[i]!,
      population: t.populations[i]!,
      timeframe: t.timeframes[i]!,
      valueKind: ENUMS.valueKind[t.valueKinds[i]!]!,
      expectedChange: ENUMS.expectedChange[t.expectedChanges[i]!]!,
    })),
    topicAnswers,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files a new source adds, by path relative to the data folder (in the order they are renamed into place). */
export function draftFiles(slug: string, bytes: Buffer, meta: object, extraction: Extraction): Array<[string, Buffer]> {
  const annotations = { source: slug, claims: extraction.claims, nonAssertions: extraction.nonAssertions };
  const proposals = {
    source: slug,
    note: 'Proposals by the extractor for a curator. The loader does not read this folder: add what is right to data/entities/ by hand.',
    ...extraction.proposals,
  };
  return [
    [`proposals/${slug}.json`, Buffer.from(json(proposals))],
    [`sources/${slug}.json`, Buffer.from(json(meta))],
    [`sources/${slug}.txt`, bytes],
    [`annotations/${slug}.json`, Buffer.from(json(annotations))],
  ];
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
  const boilerplate = detectBoilerplate(text);
  const body = splitSentences(text).filter((s) => !inBoilerplate(text, boilerplate, s));
  const meta = sourceMeta({
    slug,
    text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    boilerplate,
    body,
    publisher: options.publisher,
    publishedAt: options.publishedAt,
    url: options.url,
  });
  const extraction = extract(text, { publishedAt: meta.publishedAt, knowledge, ...createIndex(knowledge) });
  const files = draftFiles(slug, bytes, meta, extraction);

  // Validate in a copy of the data folder with the new files, exactly as the server would load it.
  const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
  try {
    cpSync(dataDir, scratch, { recursive: true });
    for (const [rel, content] of files) {
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

  // Commit: each file to a temporary file beside its destination, then renamed; undone if anything fails.
  const madeFolders: string[] = [];
  const placed: string[] = [];
  const temporaries: string[] = [];
  try {
    for (const [rel, content] of files) {
      const path = join(dataDir, rel);
      const folder = dirname(path);
      if (!existsSync(folder)) {
        mkdirSync(folder, { recursive: true });
        madeFolders.push(folder);
      }
      const temporary = writeTemporary(path, content);
      temporaries.push(temporary);
      hooks.beforeRename?.(path);
      if (existsSync(path)) throw new IngestError(`${rel} appeared in ${dataDir} while ingesting: ingest never overwrites a file`);
      renameSync(temporary, path);
      temporaries.pop();
      placed.push(path);
    }
  } catch (e) {
    for (const path of [...placed].reverse()) rmSync(path, { force: true });
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    for (const folder of madeFolders.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty: someone else wrote there meanwhile; leave it
      }
    }
    if (e instanceof IngestError) throw e;
    throw new IngestError(`writing ${slug} into ${dataDir} failed, and nothing was left behind: ${(e as Error).message}`);
  }
  return {
    slug,
    files: files.map(([rel]) => rel),
    publishedAt: meta.publishedAt,
    title: meta.title,
    claims: extraction.claims.length,
    proposals: extraction.proposals,
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

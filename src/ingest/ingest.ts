/**
 * Reading an article to ingest, and what the extractor knows of a data
 * folder. The draft is made in memory by draftArticle (draft.ts, pure); it is
 * written by the DataWriter (src/write/ingest.ts: `npm run ingest` and the
 * ingestArticle mutation), which takes the folder's lock, checks the files
 * with the loader's own rules, journals them and logs the change: nothing is
 * ever overwritten, and the folder is never left half written.
 *
 * Files: sources/<slug>.txt (the bytes as given), sources/<slug>.json
 * (SourceMeta), annotations/<slug>.json (claims with curation AUTO and their
 * suggestions), proposals/<slug>.json (typed proposals for a curator; the
 * loader does not read proposals/), and entities/actors.json and places.json
 * with the new AUTO actors and places appended (the only files replaced).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { MemoryStore } from '../domain/store.js';
import { DataError, loadStore } from '../load/index.js';
import type { Knowledge } from './entities.js';
import { knowledgeFromStore } from './knowledge.js';
import { IngestError } from './meta.js';

export { IngestError } from './meta.js';

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
  return knowledgeFromStore(store);
}

/** A path shown relative to the working directory when that is shorter. */
export const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
};

/**
 * Reading a data folder: every file once, in path order, feeding the
 * dataVersion hash as it is read. JSON files are parsed here; their content is
 * checked by check.ts.
 *
 * dataVersion: SHA-256 over every file's path relative to the folder and its
 * bytes, in path order, so the same data gives the same version on any machine.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Fault } from './faults.js';

/** The content of a data folder as read: parsed JSON and texts by relative path ('/'-separated). */
export interface DataFiles {
  readonly version: string;
  readonly json: ReadonlyMap<string, unknown>;
  /** Article texts, with the SHA-256 of their bytes (which their metadata must state). */
  readonly texts: ReadonlyMap<string, { readonly text: string; readonly sha256: string }>;
  /** Files that could not be parsed, and folders that are missing. */
  readonly faults: readonly Fault[];
}

/** Every file under a folder, recursively, in path order. */
async function listFiles(dir: string, out: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** Whether a file is read for the dataset (the rest, e.g. ingest proposals, is only hashed). */
const isRecordFile = (path: string) => /^(sources\/[^/]+\.(json|txt)|annotations\/[^/]+\.json|entities\/[^/]+\.json)$/.test(path);

/** Each file of a folder with its relative path and bytes, in path order, fed to `hash` as it is read. */
async function* filesOf(dir: string, hash: ReturnType<typeof createHash>): AsyncGenerator<{ path: string; bytes: Buffer }> {
  for (const file of await listFiles(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    const bytes = await readFile(file);
    hash.update(path);
    hash.update('\0');
    hash.update(bytes);
    hash.update('\0');
    yield { path, bytes };
  }
}

export async function readDataFolder(dir: string): Promise<DataFiles> {
  const faults: Fault[] = [];
  const hash = createHash('sha256');
  const json = new Map<string, unknown>();
  const texts = new Map<string, { text: string; sha256: string }>();
  try {
    for await (const { path, bytes } of filesOf(dir, hash)) {
      if (!isRecordFile(path)) continue;
      if (path.endsWith('.txt')) {
        texts.set(path, { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
        continue;
      }
      try {
        json.set(path, JSON.parse(bytes.toString('utf8')));
      } catch (e) {
        faults.push({ file: path, path: '$', message: `not valid JSON: ${(e as Error).message}` });
      }
    }
  } catch (e) {
    faults.push({ file: '.', path: '$', message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? `data folder is missing: ${dir}` : `cannot read the data folder: ${(e as Error).message}` });
  }
  return { version: hash.digest('hex'), json, texts, faults };
}

/** The dataVersion of a folder without loading it: the same hash readDataFolder computes. */
export async function hashDataFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const _file of filesOf(dir, hash));
  return hash.digest('hex');
}

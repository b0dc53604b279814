/**
 * Corrupted copies of the bundled data, made fresh in a temporary folder for
 * each test: the bundled data/ is never written.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from './api.js';

export function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one JSON file of a data folder with `edit`. */
export function editJson<T = any>(dir: string, file: string, edit: (json: T) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}

/** Where the project is, and its version: the server runs from src/ (tsx) or from dist/src/ (npm start). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));

/** claimgraph's version (package.json): a snapshot written by another version is not read. */
export const CLAIMGRAPH_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

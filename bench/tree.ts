/**
 * What code a bench server runs, as a fingerprint: the relative-import
 * closure of its entry file (claimgraph: dist/src/server.js; a peer: its
 * bench/servers/*.ts, which reaches into src/) plus the data folder. Taken
 * after the build and again before each server starts, it tells whether the
 * tree changed under the benchmark (the lead edits src/ and rebuilds dist/
 * meanwhile) while ignoring files the server never loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The file a relative specifier names: as written, or the .ts source of a .js specifier (tsx, NodeNext). */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, `${target}.js`, join(target, 'index.ts'), join(target, 'index.js')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every file reachable from `entry` through relative imports (static, re-exports and dynamic with a literal). */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(m?[jt]s|cjs)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const next = resolveSpecifier(file, match[1]!);
      if (next && !seen.has(next)) pending.push(next);
    }
  }
  return [...seen].sort();
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** sha256 (12 hex digits) over the files' relative paths and bytes; a missing entry counts as a change too. */
export function codeFingerprint(root: string, entry: string, withData: boolean): { fingerprint: string; files: number } {
  const files = [...importClosure(join(root, entry)), ...(withData ? filesUnder(join(root, 'data')) : [])];
  const hash = createHash('sha256');
  if (!existsSync(join(root, entry))) hash.update(`missing ${entry}`);
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return { fingerprint: hash.digest('hex').slice(0, 12), files: files.length };
}

/**
 * npm run data:anchor [-- <file.json> ...]
 *
 * Fills in start/end/prefix/suffix of every selector in source metadata
 * (boilerplate) and annotation files from its quote, so no offset is ever typed
 * by hand. The quote is rewritten to the exact text slice (no-break spaces and
 * curly quotes included). With no arguments, every file of the bundled data.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { locate } from '../src/domain/anchor.js';
import type { DraftSelector, Selector } from '../src/domain/format.js';
import { DraftSourceAnnotations } from '../src/domain/format.js';

const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? 'data');

function defaultFiles(): string[] {
  const sources = readdirSync(join(dataDir, 'sources'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dataDir, 'sources', f));
  const annotations = readdirSync(join(dataDir, 'annotations'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dataDir, 'annotations', f));
  return [...sources, ...annotations];
}

/** Replaces, in place, every object that looks like a selector (has a quote) with its resolved form. */
function anchorAll(node: unknown, text: string, path: string, problems: string[]): unknown {
  if (Array.isArray(node)) return node.map((item, i) => anchorAll(item, text, `${path}[${i}]`, problems));
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (typeof record.quote === 'string' && Object.keys(record).every((k) => ['quote', 'start', 'end', 'prefix', 'suffix'].includes(k))) {
    const result = locate(text, record as DraftSelector);
    if (!result.ok) {
      problems.push(`${path}: ${result.message}`);
      return node;
    }
    const s: Selector = result.selector;
    return { start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, anchorAll(v, text, `${path}.${k}`, problems)]));
}

let failed = false;
for (const file of process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : defaultFiles()) {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const isAnnotation = basename(dirname(file)) === 'annotations';
  if (isAnnotation) {
    const draft = DraftSourceAnnotations.safeParse(json);
    if (!draft.success) {
      failed = true;
      for (const issue of draft.error.issues) console.error(`${file}: $.${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
  }
  const slug = isAnnotation ? (json as { source: string }).source : basename(file, '.json');
  const text = readFileSync(join(dataDir, 'sources', `${slug}.txt`), 'utf8');
  const problems: string[] = [];
  const anchored = anchorAll(json, text, '$', problems);
  if (problems.length) {
    failed = true;
    for (const p of problems) console.error(`${file}: ${p}`);
    continue;
  }
  writeFileSync(file, JSON.stringify(anchored, null, 2) + '\n');
  console.log(`anchored ${file}`);
}
process.exit(failed ? 1 : 0);

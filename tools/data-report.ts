/**
 * npm run data:report — per article, its sentence coverage and the graph it
 * joins:
 *   coverage: <slug> sentences=N covered=M percent=P claims=K
 *   article: <slug> claims=N topics=N cross-article-topics=N events=N cross-article-events=N
 * then every topic with its computed agreement. With --uncovered, the body
 * sentences no claim covers yet. Exits 1 when an article is under 95%.
 */
import { resolve } from 'node:path';
import { coverageOf } from '../src/domain/coverage.js';
import { DataError, loadStore } from '../src/load/index.js';

const REQUIRED_PERCENT = 95;
const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? 'data');
let store;
try {
  store = await loadStore(dataDir);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
let short = false;
for (const source of store.sources()) {
  const c = coverageOf(source);
  console.log(`coverage: ${c.slug} sentences=${c.sentences} covered=${c.covered} percent=${c.percent.toFixed(1)} claims=${c.claims}`);
  if (process.argv.includes('--uncovered')) for (const s of c.uncovered) console.log(`  uncovered [${s.start}, ${s.end}): ${s.text}`);
  if (c.percent < REQUIRED_PERCENT) short = true;
  const shared = (records: ReadonlyArray<{ sources: readonly unknown[] }>) => records.filter((r) => r.sources.length >= 2).length;
  console.log(
    `article: ${source.slug} claims=${source.claims.length} topics=${source.topics.length} cross-article-topics=${shared(source.topics)} events=${source.events.length} cross-article-events=${shared(source.events)}`,
  );
}
for (const t of store.topics()) {
  console.log(`topic: ${t.key} agreement=${t.agreement} claims=${t.claims.length} sources=${t.sources.map((s) => s.slug.slice(0, 3)).join(',')}`);
}
process.exit(short ? 1 : 0);

/**
 * npm run data:report — one line per article:
 *   coverage: <slug> sentences=N covered=M percent=P claims=K
 * then one line per article of what it joins:
 *   article: <slug> claims=N topics=N cross-article-topics=N events=N
 * (cross-article topics are answered by two articles or more), then the topics with their computed agreement. With --uncovered, the body
 * sentences no claim covers yet. Exits 1 when an article is under 95%.
 */
import { resolve } from 'node:path';
import { coverageOf } from '../src/data/coverage.js';
import { DataError, loadDataset } from '../src/data/load.js';

const REQUIRED_PERCENT = 95;
const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? 'data');
let dataset;
try {
  dataset = loadDataset(dataDir);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
let short = false;
for (const source of dataset.sources) {
  const c = coverageOf(source);
  console.log(`coverage: ${c.slug} sentences=${c.sentences} covered=${c.covered} percent=${c.percent.toFixed(1)} claims=${c.claims}`);
  if (process.argv.includes('--uncovered')) for (const s of c.uncovered) console.log(`  uncovered [${s.start}, ${s.end}): ${s.text}`);
  if (c.percent < REQUIRED_PERCENT) short = true;
}
for (const source of dataset.sources) {
  const topics = new Set(source.claims.flatMap((c) => (c.topic ? [c.topic] : [])));
  const cross = dataset.topics.filter((t) => topics.has(t.key) && t.sources.length >= 2).length;
  console.log(`article: ${source.slug} claims=${source.claims.length} topics=${topics.size} cross-article-topics=${cross} events=${source.events.length}`);
}
for (const t of dataset.topics) {
  console.log(`topic: ${t.key} agreement=${t.agreement} claims=${t.claims.length} sources=${t.sources.map((s) => s.slug.slice(0, 3)).join(',')}`);
}
process.exit(short ? 1 : 0);

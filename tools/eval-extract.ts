/**
 * npm run eval:extract [-- --verbose] [--data-dir DIR]
 *
 * Runs the extractor (src/ingest/extract.ts) on every curated article of the
 * data folder and compares what it proposes with the curated annotations:
 * precision, recall and F1 of claim spans (beside the baseline of one claim
 * per sentence), and the accuracy of quantities, dates, actor and place
 * links, topic proposals (and claimants). Leave-one-out: for each article the
 * extractor knows only what the other articles' annotations and texts teach
 * (src/ingest/evaluate.ts, knowledgeFor); the article's own annotation file
 * is read only after its extraction, to score it.
 *
 * The last line is machine-readable and stays exactly in this form:
 *   overall: claim-recall=R claim-precision=P quantity-accuracy=Q date-accuracy=D entity-accuracy=E
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { Actors, Places, SourceAnnotations, SourceMeta, Topics } from '../src/domain/format.js';
import { detectBoilerplate, inBoilerplate } from '../src/ingest/boilerplate.js';
import { f1, knowledgeFor, precision, ratio, recall, scoreArticle, total, type ArticleScores, type Entities, type SpanScores, type Tally } from '../src/ingest/evaluate.js';
import { extract } from '../src/ingest/extract.js';
import { splitSentences } from '../src/ingest/sentences.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirFlag = args.indexOf('--data-dir');
const dataDir = resolve(dirFlag >= 0 ? args[dirFlag + 1]! : (process.env.CLAIMGRAPH_DATA_DIR ?? 'data'));

function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return schema.parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
}

const entities: Entities = {
  actors: readJson('entities/actors.json', Actors),
  places: readJson('entities/places.json', Places),
  topics: readJson('entities/topics.json', Topics),
};
const slugs = readdirSync(join(dataDir, 'annotations'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const textOf = (slug: string) => readFileSync(join(dataDir, 'sources', `${slug}.txt`), 'utf8');
const annotationsOf = (slug: string) => readJson(`annotations/${slug}.json`, SourceAnnotations);

const two = (n: number) => n.toFixed(2);
const tally = (name: string, t: Tally) => `${name} ${t.right}/${t.total}=${two(ratio(t))}`;
const spans = (s: SpanScores) => `P=${two(precision(s))} R=${two(recall(s))} F1=${two(f1(s))} (matched ${s.matched} of ${s.gold} curated, ${s.proposed} proposed)`;

function report(label: string, s: Omit<ArticleScores, 'slug' | 'notes'>) {
  console.log(label);
  console.log(`  claim spans  extractor ${spans(s.claims)}`);
  console.log(`               baseline  ${spans(s.baseline)}  [one claim per sentence]`);
  console.log(`  ${tally('quantity-accuracy', s.quantities)}  ${tally('date-accuracy', s.dates)}  ${tally('entity-accuracy', s.entities)}  ${tally('topic-accuracy', s.topics)}  ${tally('claimant-accuracy', s.claimants)}`);
}

const started = performance.now();
const scores: ArticleScores[] = [];
for (const slug of slugs) {
  const meta = readJson(`sources/${slug}.json`, SourceMeta);
  const text = textOf(slug);
  // What the extractor may know: the other articles only.
  const knowledge = knowledgeFor(
    entities,
    slugs.filter((s) => s !== slug).map((s) => ({ text: textOf(s), annotations: annotationsOf(s) })),
  );
  const extraction = extract(text, { publishedAt: meta.publishedAt, knowledge });
  // Only now is the article's own annotation file read, to score the extraction.
  const gold = annotationsOf(slug);
  const boilerplate = detectBoilerplate(text);
  const baseline = splitSentences(text).filter((s) => !inBoilerplate(text, boilerplate, s));
  const score = scoreArticle(slug, text, gold, extraction, knowledge, entities, baseline);
  scores.push(score);
  report(`${slug} (${meta.publisher}, ${meta.publishedAt})`, score);
  if (verbose) for (const note of score.notes) console.log(`    - ${note}`);
}
const all = total(scores);
report(`all ${slugs.length} articles (leave-one-out, ${Math.round(performance.now() - started)} ms)`, all);
console.log(
  `overall: claim-recall=${two(recall(all.claims))} claim-precision=${two(precision(all.claims))} quantity-accuracy=${two(ratio(all.quantities))} date-accuracy=${two(ratio(all.dates))} entity-accuracy=${two(ratio(all.entities))}`,
);

/**
 * ingestArticle's plan: the same pipeline as `npm run ingest` (src/ingest/),
 * run on the server's own store rather than a re-read of the folder, so an
 * ingest at a million claims reads no data file. Loaded only when a curator
 * ingests (a dynamic import): a server start never loads the extractor.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../domain/store.js';
import { detectBoilerplate, inBoilerplate } from '../ingest/boilerplate.js';
import { createIndex, extract, type Knowledge } from '../ingest/extract.js';
import { draftFiles, IngestError } from '../ingest/ingest.js';
import { sourceMeta } from '../ingest/meta.js';
import { splitSentences } from '../ingest/sentences.js';
import { PlanError, type WritePlan } from './plans.js';

export interface IngestInput {
  readonly text: string;
  readonly publisher: string;
  readonly publishedAt: string;
  readonly url: string | null;
  readonly slug: string;
}

/** What the extractor may know from the store: its entities, topics and curated answers. */
export function knowledgeOfStore(store: Store): Knowledge {
  const topicAnswers = new Map<string, Array<{ value?: number; start?: string; end?: string }>>();
  for (const claim of store.claims({ curation: 'CURATED' })) {
    if (!claim.topic) continue;
    const list = topicAnswers.get(claim.topic.key) ?? [];
    list.push({ ...(claim.quantity ? { value: claim.quantity.value } : {}), ...(claim.time?.words ? { start: claim.time.start, end: claim.time.end } : {}) });
    topicAnswers.set(claim.topic.key, list);
  }
  return {
    actors: store.actors().map((a) => ({ key: a.key, name: a.name, kind: a.kind, description: a.description, aliases: [...a.aliases], ...(a.memberOf ? { memberOf: a.memberOf.key } : {}) })),
    places: store.places().map((p) => ({ key: p.key, name: p.name, kind: p.kind, description: p.description, aliases: [...p.aliases], location: p.location, ...(p.within ? { within: p.within.key } : {}) })),
    topics: store.topics().map((t) => ({ key: t.key, question: t.question, measure: t.measure, unit: t.unit, population: t.population, timeframe: t.timeframe, valueKind: t.valueKind, expectedChange: t.expectedChange })),
    topicAnswers,
  };
}

export function planIngest(_dataDir: string, store: Store, input: IngestInput): WritePlan {
  const { slug, text } = input;
  if (store.record('Source', slug)) throw new PlanError(`an article with slug "${slug}" exists: ingest never overwrites one; choose another slug`);
  if (!text.replace(/^\uFEFF/, '').trim()) throw new PlanError('the text is empty: there is no article to ingest');
  const bytes = Buffer.from(text, 'utf8');
  try {
    const knowledge = knowledgeOfStore(store);
    const boilerplate = detectBoilerplate(text);
    const body = splitSentences(text).filter((s) => !inBoilerplate(text, boilerplate, s));
    const meta = sourceMeta({ slug, text, sha256: createHash('sha256').update(bytes).digest('hex'), boilerplate, body, publisher: input.publisher, publishedAt: input.publishedAt, url: input.url ?? undefined });
    const extraction = extract(text, { publishedAt: meta.publishedAt, knowledge, ...createIndex(knowledge) });
    const files = draftFiles(slug, bytes, meta, extraction).map(([path, content]) => ({ path, bytes: content }));
    return {
      kind: 'INGEST_ARTICLE',
      target: { kind: 'Source', key: slug },
      touched: extraction.claims.map((c) => ({ kind: 'Claim' as const, key: `${slug}/${c.key}` })),
      before: null,
      after: { slug, title: meta.title, publisher: meta.publisher, publishedAt: meta.publishedAt, url: meta.url, claims: extraction.claims.length },
      files,
    };
  } catch (e) {
    if (e instanceof IngestError) throw new PlanError(e.message);
    throw e;
  }
}

/**
 * A draft of a new article, made in memory: `draftArticle` is a pure function
 * from the article (text, bytes, slug, what the person ingesting it says) and
 * what the graph knows (a Knowledge) to the files a data folder gains and the
 * AUTO entities it adds. Nothing here reads or writes files: ingest.ts writes
 * a draft into a data folder; the curation API drafts in-process with the
 * Knowledge of the store it serves (knowledgeFromStore).
 */
import { createHash } from 'node:crypto';
import type { Actor, Place, Proposal, SourceMeta } from '../domain/format.js';
import { detectBoilerplate, inBoilerplate, withoutLeadingFurniture } from './boilerplate.js';
import type { Knowledge } from './entities.js';
import { extract, outletOf, prepare, type Extraction, type ExtractedClaim, type Proposals } from './extract.js';
import { DEFAULT_CONFIDENCE, suggestLinks } from './link.js';
import { sourceMeta } from './meta.js';
import { splitSentences } from './sentences.js';

export interface DraftInput {
  /** The article as text (UTF-8 decoded). */
  text: string;
  /** Its bytes as collected: stored unchanged as sources/<slug>.txt. */
  bytes: Uint8Array;
  slug: string;
  /** The outlet; absent: "Unknown". */
  publisher?: string | undefined;
  /** YYYY-MM-DD; absent: a dateline in the text must state it (IngestError otherwise). */
  publishedAt?: string | undefined;
  url?: string | undefined;
  /** What the graph knows (knowledgeFromStore); indexes over it are built once and reused (prepare). */
  knowledge: Knowledge;
  /** Raw, uncalibrated confidences: only for fitting the calibration (npm run eval:extract -- --fit-calibration). */
  uncalibrated?: boolean;
}

/** proposals/<slug>.json: what a curator may add or confirm, typed. */
export interface ProposalsFile extends Proposals {
  source: string;
  note: string;
  /** New events the claims' suggestions propose (shared by the claims that describe the same happening). */
  events: Array<Proposal & { claims: string[]; confidence: number }>;
  /** The suggestions' counts: in all, shown by default (confidence >= threshold), and per kind. */
  suggestions: { threshold: number; total: number; shown: number; byKind: Record<string, { total: number; shown: number; proposals: number }> };
}

export interface Draft {
  slug: string;
  meta: SourceMeta;
  annotations: { source: string; claims: ExtractedClaim[]; nonAssertions: Extraction['nonAssertions'] };
  proposals: ProposalsFile;
  /** New AUTO records for entities/actors.json and entities/places.json (appended by the writer). */
  entities: { actors: Actor[]; places: Place[] };
  /** The article's own files by path relative to the data folder, in the order they are written. */
  files: Array<[string, Buffer]>;
  /** What the extractor found, for reports and tests. */
  extraction: Extraction;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The draft of a new article: its metadata, AUTO claims with their
 * suggestions, proposals, and any new AUTO actors and places. Pure: the same
 * input gives the same draft. Throws IngestError when no publication date is
 * given or readable.
 */
export function draftArticle(input: DraftInput): Draft {
  const { text, slug, knowledge } = input;
  const prepared = prepare(knowledge);
  const boilerplate = detectBoilerplate(text, { outlet: outletOf(text, input.publisher) });
  const body = withoutLeadingFurniture(text, boilerplate, splitSentences(text)).filter((s) => !inBoilerplate(text, boilerplate, s));
  const meta = sourceMeta({
    slug,
    text,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    boilerplate,
    body,
    publisher: input.publisher,
    publishedAt: input.publishedAt,
    url: input.url,
  });
  const extraction = extract(text, { publishedAt: meta.publishedAt, knowledge, publisher: input.publisher, slug });
  const suggestions = suggestLinks(extraction.claims, extraction.contexts, { publishedAt: meta.publishedAt, source: slug, events: prepared.events, calibrate: !input.uncalibrated });
  // A categorical topic needs an answer only a curator gives: it stays a suggestion.
  const categorical = new Set(knowledge.topics.filter((t) => t.valueKind === 'CATEGORY').map((t) => t.key));
  const claims: ExtractedClaim[] = extraction.claims.map((c, i) => {
    const list = suggestions[i]!;
    // The draft's own topic is the most confident TOPIC suggestion the API shows by default that needs no answer from a curator; the others stay suggestions.
    const topic = list.filter((s) => s.kind === 'TOPIC' && s.target && !categorical.has(s.target)).sort((a, b) => b.confidence - a.confidence)[0];
    const { topic: _extracted, ...rest } = c;
    void _extracted;
    return { ...rest, ...(topic && topic.confidence >= DEFAULT_CONFIDENCE ? { topic: topic.target! } : {}), suggestions: list };
  });
  const annotations = { source: slug, claims, nonAssertions: extraction.nonAssertions };
  const proposals: ProposalsFile = {
    source: slug,
    note: 'Proposals by the extractor for a curator. The loader does not read this folder. Actors and places marked auto: true are written to data/entities/ as AUTO records (confirm, rename or merge them); the others are only proposed here. Each claim\'s suggestions are in annotations/.',
    ...extraction.proposals,
    topics: extraction.proposals.topics.filter((t) => !claims.find((c) => c.key === t.claim)?.topic),
    events: newEvents(claims),
    suggestions: counts(claims),
  };
  const entities = { actors: extraction.newActors, places: extraction.newPlaces };
  return { slug, meta, annotations, proposals, entities, files: articleFiles(slug, input.bytes, meta, annotations, proposals), extraction };
}

/** The new events the claims' suggestions propose, each with the claims that would report it. */
function newEvents(claims: ExtractedClaim[]): ProposalsFile['events'] {
  const byKey = new Map<string, ProposalsFile['events'][number]>();
  for (const c of claims) {
    for (const s of c.suggestions ?? []) {
      if (s.kind !== 'EVENT' || !s.proposal) continue;
      const entry = byKey.get(s.proposal.key) ?? { ...s.proposal, claims: [], confidence: 0 };
      entry.claims.push(c.key);
      entry.confidence = Math.max(entry.confidence, s.confidence);
      byKey.set(s.proposal.key, entry);
    }
  }
  return [...byKey.values()];
}

/** How many suggestions of each kind the draft makes, and how many the API shows by default. */
function counts(claims: ExtractedClaim[]): ProposalsFile['suggestions'] {
  const byKind: Record<string, { total: number; shown: number; proposals: number }> = {};
  let total = 0;
  let shown = 0;
  for (const c of claims) {
    for (const s of c.suggestions ?? []) {
      const k = (byKind[s.kind] ??= { total: 0, shown: 0, proposals: 0 });
      k.total++;
      total++;
      if (s.confidence >= DEFAULT_CONFIDENCE) {
        k.shown++;
        shown++;
      }
      if (s.target === null) k.proposals++;
    }
  }
  return { threshold: DEFAULT_CONFIDENCE, total, shown, byKind };
}

/** The article's files, in the order they are renamed into place (the loader tolerates every step). */
function articleFiles(slug: string, bytes: Uint8Array, meta: SourceMeta, annotations: Draft['annotations'], proposals: ProposalsFile): Array<[string, Buffer]> {
  return [
    [`proposals/${slug}.json`, Buffer.from(json(proposals))],
    [`sources/${slug}.json`, Buffer.from(json(meta))],
    [`sources/${slug}.txt`, Buffer.from(bytes)],
    [`annotations/${slug}.json`, Buffer.from(json(annotations))],
  ];
}

/**
 * An entities file (a JSON array) with records appended, its existing bytes
 * kept as they are (places.json writes "35.0", which a re-serialisation would
 * change): the records go before the closing bracket, indented as the file is.
 */
export function appendRecords(fileText: string, records: readonly object[]): string {
  if (!records.length) return fileText;
  const close = fileText.lastIndexOf(']');
  if (close < 0) throw new Error('not a JSON array');
  const head = fileText.slice(0, close).replace(/\s+$/, '');
  const empty = head.endsWith('[');
  const items = records.map((r) => JSON.stringify(r, null, 2).replace(/^/gm, '  ')).join(',\n');
  return `${head}${empty ? '' : ','}\n${items}\n]\n`;
}

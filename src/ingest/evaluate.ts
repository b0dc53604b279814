/**
 * Evaluating the extractor against curated annotations (scripts/eval-extract.ts).
 *
 * Claim spans: a claim's span is the set of characters of its evidence.
 * Proposed and curated claims are matched one to one (a maximum matching);
 * two may be matched when their overlap is at least half of their union.
 * Precision is matched / proposed, recall matched / curated. The baseline
 * proposes one claim per sentence that is not boilerplate.
 *
 * Values are scored where the curator anchored them: a curated quantity (its
 * words' place in the evidence) is right when the extractor proposes a
 * quantity at that place with the same value, unit and qualifier; a curated
 * time with words, when the extractor's time there has the same start, end
 * and precision. Every curated value counts, found or not (duplicates at the
 * same place with the same value count once). Entity links are scored on the
 * mentions the full alias table finds in the text: right when the extractor
 * links the same entity there, or, for an entity the extractor could not
 * know, when it proposes a new one there. Topic proposals are scored over the
 * matched claim pairs: right when both carry the same topic, wrong when either
 * carries one the other does not (curated topics the extractor cannot know
 * are left out).
 *
 * Leave-one-out: `knowledgeFor` builds what the extractor may know when it
 * reads article A from the other articles only: the entities their
 * annotations name or their texts mention, with only the spellings their
 * texts use, and the topics their claims answer, with those answers. It is
 * never given A's annotations.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { aliasMatcher } from '../domain/aliases.js';
import { z } from 'zod';
import { ActorKind, BoilerplateKind, Modality, type Actor, type Event, type Place, type SourceAnnotations, type Topic } from '../domain/format.js';
import { linesOf } from './boilerplate.js';
import { EVENT_CLAIMS_KEPT, type Knowledge, type KnownClaim } from './entities.js';
import type { Draft } from './draft.js';
import type { Extraction, ExtractedClaim } from './extract.js';
import type { TrainingPage } from './furniture-model.js';
import { overlaps, type Span } from './text.js';
import { COUNTRY_WORDS, countryOf } from './countries.js';

export interface Entities {
  actors: Actor[];
  places: Place[];
  topics: Topic[];
  events?: Event[];
}

/** Another article: its text and curated annotations, the extractor's context. */
export interface Reference {
  text: string;
  annotations: SourceAnnotations;
  publishedAt?: string;
}

function occursIn(texts: string[], alias: string): boolean {
  const re = aliasMatcher([alias]);
  return !!re && texts.some((t) => {
    re.lastIndex = 0;
    return re.test(t);
  });
}

/**
 * What the extractor may know when it reads an article that is not among
 * `others`: the entities their texts name, with only the spellings their
 * texts use; the topics their curated claims answer, with those answers; the
 * events their curated claims report, with those claims as evidence. An
 * article's own links, its events' evidence from it, and the spellings only it
 * uses are hidden.
 */
export function knowledgeFor(entities: Entities, others: Reference[]): Knowledge {
  const texts = others.map((o) => o.text);
  const keep = <E extends Actor | Place>(list: E[]): E[] =>
    list.flatMap((e) => {
      const aliases = e.aliases.filter((a) => occursIn(texts, a));
      return aliases.length ? [{ ...e, aliases }] : [];
    });
  const topicAnswers = new Map<string, Array<{ value?: number; start?: string; end?: string }>>();
  const eventClaims = new Map<string, KnownClaim[]>();
  const topicClaims = new Map<string, KnownClaim[]>();
  for (const o of others) {
    for (const c of o.annotations.claims) {
      if (c.curation === 'AUTO') continue;
      if (c.topic) {
        const list = topicAnswers.get(c.topic) ?? [];
        list.push({ ...(c.quantity ? { value: c.quantity.value } : {}), ...(c.time?.words ? { start: c.time.start, end: c.time.end } : {}) });
        topicAnswers.set(c.topic, list);
      }
      const known: KnownClaim = {
        id: `${o.annotations.source}/${c.key}`,
        source: o.annotations.source,
        publishedAt: o.publishedAt ?? '',
        words: c.evidence.map((e) => e.quote).join(' … '),
        ...(c.topic ? { topic: c.topic } : {}),
        // Files read without the schema's defaults may omit empty lists.
        events: c.events ?? [],
        places: c.places ?? [],
        actors: c.actors ?? [],
        claimants: c.claimants ?? [],
        ...(c.time?.words ? { time: { start: c.time.start, end: c.time.end } } : {}),
        ...(c.quantity ? { quantity: { value: c.quantity.value, unit: c.quantity.unit } } : {}),
      };
      if (c.topic) {
        const list = topicClaims.get(c.topic) ?? [];
        if (list.length < EVENT_CLAIMS_KEPT) list.push(known);
        topicClaims.set(c.topic, list);
      }
      for (const e of known.events) {
        const list = eventClaims.get(e) ?? [];
        if (list.length < EVENT_CLAIMS_KEPT) list.push(known);
        eventClaims.set(e, list);
      }
    }
  }
  return {
    actors: keep(entities.actors),
    places: keep(entities.places),
    topics: entities.topics.filter((t) => topicAnswers.has(t.key)),
    topicAnswers,
    topicClaims,
    events: (entities.events ?? []).filter((e) => eventClaims.has(e.key)),
    eventClaims,
    pendingEvents: [],
  };
}

// Character sets as sorted, merged intervals.
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
const size = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);
function intersection(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Overlap over union of two claims' character sets. */
export function spanIoU(a: Span[], b: Span[]): number {
  const ma = merge(a);
  const mb = merge(b);
  const inter = intersection(ma, mb);
  return inter / (size(ma) + size(mb) - inter);
}

export const MATCH_THRESHOLD = 0.5;

/**
 * A maximum one-to-one matching of proposed to curated claims whose spans
 * overlap by at least half their union. `prefer` orders the candidates of a
 * curated claim (higher first), so that among equally large matchings the
 * pairs that agree on their values are chosen.
 */
export function matchSpans(gold: Span[][], proposed: Span[][], prefer: (g: number, p: number) => number = () => 0): Array<[number, number]> {
  const candidates = gold.map((g, gi) =>
    proposed
      .map((p, pi) => ({ pi, iou: spanIoU(g, p) }))
      .filter((c) => c.iou >= MATCH_THRESHOLD)
      .sort((a, b) => prefer(gi, b.pi) - prefer(gi, a.pi) || b.iou - a.iou)
      .map((c) => c.pi),
  );
  const ownerOf = new Map<number, number>();
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const pi of candidates[gi]!) {
      if (seen.has(pi)) continue;
      seen.add(pi);
      const owner = ownerOf.get(pi);
      if (owner === undefined || tryAssign(owner, seen)) {
        ownerOf.set(pi, gi);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => tryAssign(gi, new Set()));
  // Among matchings of that size, prefer the pairs that agree on their values: swap partners while it helps.
  const pairs = [...ownerOf.entries()].map(([pi, gi]) => [gi, pi] as [number, number]);
  const valid = (gi: number, pi: number) => candidates[gi]!.includes(pi);
  for (let improved = true, rounds = 0; improved && rounds < 50; rounds++) {
    improved = false;
    for (let a = 0; a < pairs.length; a++) {
      for (let b = a + 1; b < pairs.length; b++) {
        const [g1, p1] = pairs[a]!;
        const [g2, p2] = pairs[b]!;
        if (!valid(g1, p2) || !valid(g2, p1)) continue;
        if (prefer(g1, p2) + prefer(g2, p1) > prefer(g1, p1) + prefer(g2, p2)) {
          pairs[a] = [g1, p2];
          pairs[b] = [g2, p1];
          improved = true;
        }
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

export interface Tally {
  right: number;
  total: number;
}
export const ratio = (t: Tally) => (t.total ? t.right / t.total : 1);
const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, total: a.total + b.total });

export interface SpanScores {
  gold: number;
  proposed: number;
  matched: number;
}
export const precision = (s: SpanScores) => (s.proposed ? s.matched / s.proposed : 0);
export const recall = (s: SpanScores) => (s.gold ? s.matched / s.gold : 0);
export const f1 = (s: SpanScores) => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface ArticleScores {
  slug: string;
  claims: SpanScores;
  baseline: SpanScores;
  quantities: Tally;
  dates: Tally;
  entities: Tally;
  topics: Tally;
  claimants: Tally;
  /** What went wrong, for a reader improving the extractor. */
  notes: string[];
}

const spansOf = (c: { evidence: Array<{ start: number; end: number }> }) => c.evidence.map((e) => ({ start: e.start, end: e.end }));

/** Where words stand in a claim's evidence: the first evidence quote that contains them. */
function locate(c: { evidence: Array<{ start: number; quote: string }> }, words: string): Span | null {
  for (const e of c.evidence) {
    const i = e.quote.indexOf(words);
    if (i >= 0) return { start: e.start + i, end: e.start + i + words.length };
  }
  return null;
}

export function scoreArticle(
  slug: string,
  text: string,
  gold: SourceAnnotations,
  extraction: Extraction,
  knowledge: Knowledge,
  entities: Entities,
  baselineSentences: Span[],
): ArticleScores {
  const notes: string[] = [];
  const proposed = extraction.claims;
  const goldClaims = gold.claims;

  // Claim spans.
  const prefer = (gi: number, pi: number) => {
    const g = goldClaims[gi]!;
    const p = proposed[pi]!;
    let score = 0;
    if (g.quantity && p.quantity) {
      const a = locate(g, g.quantity.words);
      const b = locate(p, p.quantity.words);
      if (a && b && overlaps(a, b)) score += 2;
    }
    if (g.time?.words && p.time?.words) {
      const a = locate(g, g.time.words);
      const b = locate(p, p.time.words);
      if (a && b && overlaps(a, b) && g.time.start === p.time.start) score += 1;
    }
    if ((g.topic ?? null) === (p.topic ?? null)) score += 0.5;
    if ((g.quantity ? 1 : 0) === (p.quantity ? 1 : 0)) score += 0.5;
    return score;
  };
  const pairs = matchSpans(goldClaims.map(spansOf), proposed.map(spansOf), prefer);
  const claims = { gold: goldClaims.length, proposed: proposed.length, matched: pairs.length };
  const matchedGold = new Set(pairs.map(([g]) => g));
  for (const [gi, g] of goldClaims.entries()) if (!matchedGold.has(gi)) notes.push(`missed claim ${g.key}: ${JSON.stringify(g.evidence.map((e) => e.quote).join(' … ').slice(0, 110))}`);
  const matchedProposed = new Set(pairs.map(([, p]) => p));
  for (const [pi, p] of proposed.entries()) if (!matchedProposed.has(pi)) notes.push(`extra claim ${p.key}: ${JSON.stringify(p.evidence.map((e) => e.quote).join(' … ').slice(0, 110))}`);

  const basePairs = matchSpans(goldClaims.map(spansOf), baselineSentences.map((s) => [s]));
  const baseline = { gold: goldClaims.length, proposed: baselineSentences.length, matched: basePairs.length };

  // Quantities and dates, where the curator anchored them.
  const proposedQuantities = proposed.flatMap((p) => {
    const at = p.quantity && locate(p, p.quantity.words);
    return at ? [{ at, q: p.quantity! }] : [];
  });
  const quantities: Tally = { right: 0, total: 0 };
  const seenQ = new Set<string>();
  for (const g of goldClaims) {
    if (!g.quantity) continue;
    const at = locate(g, g.quantity.words);
    if (!at) continue;
    const id = `${at.start}|${g.quantity.value}|${g.quantity.unit}|${g.quantity.qualifier}`;
    if (seenQ.has(id)) continue;
    seenQ.add(id);
    quantities.total++;
    const hits = proposedQuantities.filter((p) => overlaps(p.at, at));
    if (hits.some((h) => h.q.value === g.quantity!.value && h.q.unit === g.quantity!.unit && h.q.qualifier === g.quantity!.qualifier)) quantities.right++;
    else notes.push(`quantity ${JSON.stringify(g.quantity.words)} ${g.quantity.value} ${g.quantity.unit} ${g.quantity.qualifier}: extractor ${hits.map((h) => `${h.q.value} ${h.q.unit} ${h.q.qualifier}`).join(', ') || 'none'}`);
  }
  const proposedTimes = proposed.flatMap((p) => {
    const at = p.time?.words && locate(p, p.time.words);
    return at ? [{ at, t: p.time! }] : [];
  });
  const dates: Tally = { right: 0, total: 0 };
  const seenT = new Set<string>();
  for (const g of goldClaims) {
    if (!g.time?.words) continue;
    const at = locate(g, g.time.words);
    if (!at) continue;
    const id = `${at.start}|${g.time.start}|${g.time.end}|${g.time.precision}`;
    if (seenT.has(id)) continue;
    seenT.add(id);
    dates.total++;
    const hits = proposedTimes.filter((p) => overlaps(p.at, at));
    if (hits.some((h) => h.t.start === g.time!.start && h.t.end === g.time!.end && h.t.precision === g.time!.precision)) dates.right++;
    else notes.push(`date ${JSON.stringify(g.time.words)} ${g.time.start}..${g.time.end} ${g.time.precision}: extractor ${hits.map((h) => `${h.t.start}..${h.t.end} ${h.t.precision}`).join(', ') || 'none'}`);
  }

  // Entity links, on the mentions the full alias table finds.
  const owner = new Map<string, string>();
  for (const e of [...entities.actors, ...entities.places]) for (const a of e.aliases) owner.set(a.toLowerCase().replace(/[\s\u00a0]+/g, ' '), e.key);
  const knowable = new Set([...knowledge.actors, ...knowledge.places].map((e) => e.key));
  const matcher = aliasMatcher([...owner.keys()]);
  const entitiesTally: Tally = { right: 0, total: 0 };
  if (matcher) {
    for (const m of text.matchAll(matcher)) {
      const key = owner.get(m[0].toLowerCase().replace(/[\s\u00a0]+/g, ' '))!;
      const span = { start: m.index, end: m.index + m[0].length };
      entitiesTally.total++;
      const at = extraction.mentions.filter((x) => overlaps(x, span));
      const right = knowable.has(key) ? at.some((x) => x.entity?.key === key) : at.some((x) => x.entity === null);
      if (right) entitiesTally.right++;
      else notes.push(`entity ${JSON.stringify(m[0])} (${key}${knowable.has(key) ? '' : ', unknown to the extractor'}): extractor ${at.map((x) => x.entity?.key ?? `new "${x.text}"`).join(', ') || 'none'}`);
    }
  }

  // Topic proposals and claimants, over matched pairs.
  const knownTopics = new Set(knowledge.topics.map((t) => t.key));
  const topics: Tally = { right: 0, total: 0 };
  const claimants: Tally = { right: 0, total: 0 };
  const pairedProposed = new Set<number>();
  for (const [gi, pi] of pairs) {
    pairedProposed.add(pi);
    const g = goldClaims[gi]!;
    const p: ExtractedClaim = proposed[pi]!;
    const gt = g.topic && knownTopics.has(g.topic) ? g.topic : undefined;
    if (gt || p.topic) {
      topics.total++;
      if (gt === p.topic) topics.right++;
      else notes.push(`topic of ${g.key}: curated ${gt ?? 'none'}, extractor ${p.topic ?? 'none'}`);
    }
    claimants.total++;
    if ((g.claimants[0] ?? null) === (p.claimants[0] ?? null)) claimants.right++;
  }
  for (const [pi, p] of proposed.entries()) {
    if (!pairedProposed.has(pi) && p.topic) {
      topics.total++;
      notes.push(`topic ${p.topic} proposed on an unmatched claim ${p.key}`);
    }
  }
  for (const [gi, g] of goldClaims.entries()) {
    if (!matchedGold.has(gi) && g.topic && knownTopics.has(g.topic)) topics.total++;
  }

  return { slug, claims, baseline, quantities, dates, entities: entitiesTally, topics, claimants, notes };
}

export function total(scores: ArticleScores[]): Omit<ArticleScores, 'slug' | 'notes'> {
  const zero = { right: 0, total: 0 };
  const spans = (pick: (s: ArticleScores) => SpanScores) =>
    scores.reduce((a, s) => ({ gold: a.gold + pick(s).gold, proposed: a.proposed + pick(s).proposed, matched: a.matched + pick(s).matched }), { gold: 0, proposed: 0, matched: 0 });
  return {
    claims: spans((s) => s.claims),
    baseline: spans((s) => s.baseline),
    quantities: scores.reduce((a, s) => add(a, s.quantities), zero),
    dates: scores.reduce((a, s) => add(a, s.dates), zero),
    entities: scores.reduce((a, s) => add(a, s.entities), zero),
    topics: scores.reduce((a, s) => add(a, s.topics), zero),
    claimants: scores.reduce((a, s) => add(a, s.claimants), zero),
  };
}

// ---------------------------------------------------------------------------
// The style set (tests/ingest/style-set): unseen outlets' page furniture and attribution.

/** An expected claimant: an existing actor's key, or a new actor by name and kind. */
export type StyleClaimant = string | { name: string; kind: string };
const StyleClaimantFormat = z.union([z.string().min(1), z.object({ name: z.string().min(1), kind: ActorKind }).strict()]);

/** A statement's expectations; a second reading (tests/ingest/holdout-N/second-reading/) gives its quote and claimants only. */
export const StyleStatementFormat = z
  .object({
    quote: z.string().min(1),
    claimants: z.array(StyleClaimantFormat),
    modality: Modality,
    events: z.array(z.string()),
    topics: z.array(z.string()),
    places: z.array(z.string()),
  })
  .strict();
export type StyleStatement = Omit<z.infer<typeof StyleStatementFormat>, 'claimants'> & { claimants: StyleClaimant[] };

/** A style-set article's expectations (`NN-style-slug.json`), written for its `.txt` before any tuning against it. */
export const StyleExpectations = z
  .object({
    style: z.string().min(1),
    outlet: z.string(),
    publisher: z.string(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD'),
    boilerplate: z.array(z.object({ quote: z.string().min(1), kind: BoilerplateKind, note: z.string().optional() }).strict()),
    statements: z.array(StyleStatementFormat),
  })
  .strict();

/** One article of the style set: its text and the expectations written for it before any tuning. */
export type StyleArticle = Omit<z.infer<typeof StyleExpectations>, 'statements'> & { name: string; text: string; statements: StyleStatement[] };

/** An evaluation's input file that cannot be read: the message names the file and what is wrong with it. */
export class InputFileError extends Error {
  override name = 'InputFileError';
}

/** A style set (or its second reading) that cannot be read. */
export class StyleSetError extends InputFileError {
  override name = 'StyleSetError';
}

/**
 * A JSON file read against its schema, or an error of the given class naming the file and, for a field outside the schema,
 * the first such field ("01-wire-x.json: statements.3.modality: ..."). The one reader of the evaluation's JSON inputs.
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, Failure: new (message: string) => InputFileError = InputFileError): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Failure(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Failure(`${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The articles of a style-set folder (`NN-style-slug.txt` beside its `.json` expectations), in file order. Throws a
 * StyleSetError naming the file for a missing folder or text, malformed JSON, an expectation outside the format, or a
 * statement quote its text does not print.
 */
export function readStyleSet(dir: string): StyleArticle[] {
  if (!existsSync(dir)) throw new StyleSetError(`${dir}: no such style-set folder`);
  if (!statSync(dir).isDirectory()) throw new StyleSetError(`${dir}: not a folder (a style set is a folder of .txt and .json pairs)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) throw new StyleSetError(`${dir}: no article (.json beside its .txt) in this style-set folder`);
  return files.map((file) => {
    const name = file.replace(/\.json$/, '');
    const path = join(dir, file);
    const textPath = join(dir, `${name}.txt`);
    if (!existsSync(textPath)) throw new StyleSetError(`${textPath}: missing (every .json of a style set needs its .txt)`);
    const expected = readJsonFile(path, StyleExpectations, StyleSetError);
    const text = readFileSync(textPath, 'utf8');
    const unprinted = expected.statements.findIndex((st) => !text.includes(st.quote));
    if (unprinted >= 0) throw new StyleSetError(`${path}: statements.${unprinted}.quote is not in ${name}.txt`);
    return { name, text, ...expected };
  });
}

/**
 * The style sets the learned furniture model trains on: those in sample when
 * it was last trained (round 10). Later rounds read more sets
 * (READ_STYLE_SETS) without retraining it, since furniture met its target on
 * every unseen set since (docs/ingest.md).
 */
export const IN_SAMPLE_STYLE_SETS = [
  'tests/ingest/style-set',
  'tests/ingest/holdout/style-set',
  'tests/ingest/holdout-2/style-set',
  'tests/ingest/holdout-3/style-set',
  'tests/ingest/holdout-4/style-set',
  'tests/ingest/holdout-5/style-set',
  'tests/ingest/holdout-6/style-set',
  'tests/ingest/holdout-7/style-set',
  'tests/ingest/holdout-8/style-set',
  'tests/ingest/holdout-9/style-set',
  'tests/ingest/holdout-10/style-set',
  'tests/ingest/holdout-11/style-set',
  'tests/ingest/holdout-12/style-set',
  'tests/ingest/holdout-13/style-set',
  'tests/ingest/holdout-14/style-set',
] as const;

/**
 * Every style set a tuning round has read, so no longer a fair measure of the
 * extractor: the sets up to holdout-39. The link calibration is fitted on
 * them with the curated articles (npm run eval:extract -- --fit-calibration).
 * A held-out set joins only after the round it measured.
 */
export const READ_STYLE_SETS: readonly string[] = [...IN_SAMPLE_STYLE_SETS, ...Array.from({ length: 39 - 14 }, (_, i) => `tests/ingest/holdout-${i + 15}/style-set`)];

/** A style-set article as the furniture model trains on it: its lines and its expected furniture, every occurrence. */
export function trainingPageOf(article: StyleArticle): TrainingPage {
  return {
    text: article.text,
    lines: linesOf(article.text).map(({ start, end, text }) => ({ start, end, text })),
    furniture: article.boilerplate.flatMap((b) => occurrences(article.text, b.quote).map((s) => ({ ...s, kind: b.kind }))),
  };
}

/** Every occurrence of a quote in a text (a repeated standfirst is furniture each time it is printed). */
export function occurrences(text: string, quote: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

/** The one occurrence of a statement's quote (the style set's quotes occur once). */
function spanOf(text: string, quote: string): Span | null {
  const i = text.indexOf(quote);
  return i >= 0 ? { start: i, end: i + quote.length } : null;
}

/** Characters of a text that are not white space, inside any of the spans. */
function visibleChars(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (!/\s/.test(text[i]!)) out.add(i);
  return out;
}

export interface BoilerplateScores {
  /** Spans matched one to one when they overlap by at least half their union. */
  spans: SpanScores;
  /** The same on visible characters: how much furniture text is found, and how much body is taken for furniture. */
  chars: SpanScores;
  notes: string[];
}

/**
 * Boilerplate against the style set's expected furniture. The headline figure
 * is span F1: expected and found spans matched one to one (IoU >= 0.5, as
 * claims are); the character figure is beside it.
 */
export function scoreBoilerplate(text: string, expected: StyleArticle['boilerplate'], found: Span[]): BoilerplateScores {
  const gold = expected.flatMap((b) => occurrences(text, b.quote));
  const pairs = matchSpans(gold.map((g) => [g]), found.map((f) => [f]));
  const notes: string[] = [];
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedFound = new Set(pairs.map(([, f]) => f));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) notes.push(`furniture missed: ${JSON.stringify(text.slice(g.start, g.end).slice(0, 90))}`);
  });
  found.forEach((f, i) => {
    if (!matchedFound.has(i)) notes.push(`furniture extra: ${JSON.stringify(text.slice(f.start, f.end).slice(0, 90))}`);
  });
  const g = visibleChars(text, gold);
  const f = visibleChars(text, found);
  let both = 0;
  for (const i of f) if (g.has(i)) both++;
  return {
    spans: { gold: gold.length, proposed: found.length, matched: pairs.length },
    chars: { gold: g.size, proposed: f.size, matched: both },
    notes,
  };
}

const plainName = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '')
    // Single letters in a row are one acronym or one set of initials, however spaced ("U.S." and "US", "J. R. R." and "J.R.R.").
    .replace(/\b[a-z](?: [a-z]\b)+/g, (m) => m.replace(/ /g, ''));

/** A new actor's proposed name stands for an expected one word for word: the same words, or the expected name as its head ("rebel fighter Abu Omar" for "Abu Omar"). */
export function sameNameWordForWord(proposed: string, expected: string): boolean {
  const p = plainName(proposed);
  const e = plainName(expected);
  return !!p && !!e && (p === e || p.endsWith(` ${e}`) || e.endsWith(` ${p}`));
}

/** The content words of a name, a country's adjective or possessive read as the country: "Zimbabwe's finance ministry" and
 * "the finance ministry of Zimbabwe" are {finance, ministry, zimbabwe}. */
function nameWords(name: string): Set<string> {
  const plain = plainName(name).replace(COUNTRY_WORDS, (w) => (countryOf(w.replace(/\s+/g, ' ')) ?? w).replace(/ /g, '_'));
  return new Set(plain.split(' ').filter((w) => w && !/^(?:of|the|a|an|in)$/.test(w)));
}

/**
 * A new actor's proposed name stands for an expected one: word for word (above), or the same content words in another
 * order or form of the country ("Zimbabwean government" for "government of Zimbabwe", "China's foreign ministry" for
 * "Chinese foreign ministry"). Which of these forms a set's writer chose says nothing about the extractor.
 */
export function sameName(proposed: string, expected: string): boolean {
  if (sameNameWordForWord(proposed, expected)) return true;
  const p = nameWords(proposed);
  const e = nameWords(expected);
  return p.size > 0 && p.size === e.size && [...p].every((w) => e.has(w));
}

/**
 * Two readings of one statement name the same claimants, in any order: the same existing keys, and new actors whose names
 * stand for each other (`sameName`, or `sameNameWordForWord` for the strict figure). The scorer's own rule, applied to two
 * people's annotations (tools/claimant-agreement.ts).
 */
export function sameClaimants(a: readonly StyleClaimant[], b: readonly StyleClaimant[], names: (x: string, y: string) => boolean = sameName): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  return a.every((c) => {
    const i = rest.findIndex((x) => (typeof c === 'string' ? x === c : typeof x !== 'string' && names(x.name, c.name)));
    if (i >= 0) rest.splice(i, 1);
    return i >= 0;
  });
}

/** A draft claim as the scorers read it: its evidence, claimants (key and name, and whether the actor is new) and links. */
export interface DraftClaimView {
  key: string;
  spans: Span[];
  claimants: Array<{ key: string; name: string; isNew: boolean }>;
  modality: string;
  suggestions: Array<{ kind: string; target: string | null; confidence: number; proposal?: { key: string; name: string } }>;
}

const spanLength = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);
function overlapLength(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** A draft's claims as the scorers read them. */
export function draftClaimViews(draft: Draft, knowledge: Knowledge): DraftClaimView[] {
  const known = new Set(knowledge.actors.map((a) => a.key));
  const has: Record<string, Set<string>> = {
    CLAIMANT: known,
    ACTOR: known,
    PLACE: new Set(knowledge.places.map((p) => p.key)),
    TOPIC: new Set(knowledge.topics.map((t) => t.key)),
    EVENT: new Set((knowledge.events ?? []).map((e) => e.key)),
  };
  const names = new Map([...knowledge.actors, ...draft.entities.actors].map((a) => [a.key, a.name]));
  return draft.annotations.claims.map((c) => ({
    key: c.key,
    spans: c.evidence.map((e) => ({ start: e.start, end: e.end })),
    claimants: c.claimants.map((k) => ({ key: k, name: names.get(k) ?? k, isNew: !known.has(k) })),
    modality: c.modality,
    // A target the draft itself adds (a new AUTO actor or place) is a proposal of a new record.
    suggestions: (c.suggestions ?? []).map((s) => ({ kind: s.kind, target: s.target !== null && !has[s.kind]!.has(s.target) ? null : s.target, confidence: s.confidence, ...(s.proposal ? { proposal: s.proposal } : {}) })),
  }));
}

/** The draft claim that covers most of a span (none when no claim overlaps it). */
export function bestCover(span: Span[], drafts: DraftClaimView[]): DraftClaimView | null {
  let best: DraftClaimView | null = null;
  let most = 0;
  for (const d of drafts) {
    const n = overlapLength(span, d.spans);
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Two claims stand for the same statement when they share at least half of the shorter one's characters. */
export function corresponds(a: Span[], b: Span[]): boolean {
  return overlapLength(a, b) >= 0.5 * Math.min(spanLength(a), spanLength(b));
}

export interface ClaimantScores {
  /** Statements whose covering draft claim names exactly the expected claimants (a missed statement is wrong). */
  claimants: Tally;
  /** The same, with a new actor's name matched word for word only (the scorer before round 13). */
  claimantsWordForWord: Tally;
  /** Statements whose covering claim has the expected modality. */
  modality: Tally;
  /** Attributed statements (at least one expected claimant) whose claim names a claimant at all. */
  attributed: Tally;
  /** New claimants (not in the graph) proposed with the expected kind, among those found. */
  newKinds: Tally;
  notes: string[];
}

/**
 * Claimants of the style set's statements. Each statement is read from the
 * draft claim that covers most of its quote; it is right when that claim's
 * claimants are exactly the expected ones, in any order: an existing actor by
 * key, a new one by name (a new AUTO actor or proposal, not an existing key).
 */
export function scoreClaimants(text: string, statements: StyleStatement[], drafts: DraftClaimView[], kindOf: (key: string) => string | undefined): ClaimantScores {
  const scores: ClaimantScores = { claimants: { right: 0, total: 0 }, claimantsWordForWord: { right: 0, total: 0 }, modality: { right: 0, total: 0 }, attributed: { right: 0, total: 0 }, newKinds: { right: 0, total: 0 }, notes: [] };
  for (const s of statements) {
    const span = spanOf(text, s.quote);
    if (!span) continue;
    const d = bestCover([span], drafts);
    scores.claimants.total++;
    scores.claimantsWordForWord.total++;
    scores.modality.total++;
    if (s.claimants.length) scores.attributed.total++;
    const expected = s.claimants.map((c) => (typeof c === 'string' ? c : `new "${c.name}" ${c.kind}`));
    if (!d) {
      scores.notes.push(`statement missed: ${JSON.stringify(s.quote.slice(0, 80))} (claimants ${expected.join(', ') || 'none'})`);
      continue;
    }
    if (s.claimants.length && d.claimants.length) scores.attributed.right++;
    // The draft's claimants as an annotation names them: a known key, or a new actor by its name and kind.
    const drafted: StyleClaimant[] = d.claimants.map((x) => (x.isNew ? { name: x.name, kind: kindOf(x.key) ?? '?' } : x.key));
    if (sameClaimants(s.claimants, drafted)) scores.claimants.right++;
    else scores.notes.push(`claimant of ${JSON.stringify(s.quote.slice(0, 70))}: expected ${expected.join(', ') || 'none'}, draft ${d.claimants.map((x) => (x.isNew ? `new "${x.name}"` : x.key)).join(', ') || 'none'}`);
    if (sameClaimants(s.claimants, drafted, sameNameWordForWord)) scores.claimantsWordForWord.right++;
    // The kind of each expected new actor the draft names (each drafted actor stands for one expected).
    const unmatched = drafted.filter((x): x is { name: string; kind: string } => typeof x !== 'string');
    for (const c of s.claimants) {
      if (typeof c === 'string') continue;
      const i = unmatched.findIndex((x) => sameName(x.name, c.name));
      if (i < 0) continue;
      const found = unmatched.splice(i, 1)[0]!;
      scores.newKinds.total++;
      if (found.kind === c.kind) scores.newKinds.right++;
      else scores.notes.push(`new claimant "${found.name}" proposed as ${found.kind}, expected ${c.kind}`);
    }
    if (d.modality === s.modality) scores.modality.right++;
    else scores.notes.push(`modality of ${JSON.stringify(s.quote.slice(0, 70))}: expected ${s.modality}, draft ${d.modality}`);
  }
  return scores;
}

// ---------------------------------------------------------------------------
// Links: suggestions against curated (or expected) topic, event, claimant and place links.

export const LINK_KINDS = ['TOPIC', 'EVENT', 'CLAIMANT', 'PLACE'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A curated claim's (or an expected statement's) links, by kind; a target the draft could not know is given as null. */
export interface GoldLinks {
  spans: Span[];
  links: Record<LinkKind, Array<string | null>>;
  label: string;
}

export interface LinkScores {
  /** Knowable curated links whose target is among the three most confident suggestions of its kind, per kind. */
  recall: Record<LinkKind, Tally>;
  /** Suggestions at or above the threshold that are right, per kind. */
  precision: Record<LinkKind, Tally>;
  /** Curated links to a target the draft could not know, and how many of them got a proposal of a new record. */
  unknowable: Record<LinkKind, Tally>;
  /** Every scored suggestion: its confidence, whether it proposes a new record, and whether it is right (for the calibration table). */
  calibration: Array<{ kind: LinkKind; target: string | null; isNew: boolean; confidence: number; right: boolean }>;
  notes: string[];
}

const emptyKinds = (): Record<LinkKind, Tally> => ({ TOPIC: { right: 0, total: 0 }, EVENT: { right: 0, total: 0 }, CLAIMANT: { right: 0, total: 0 }, PLACE: { right: 0, total: 0 } });

export function emptyLinkScores(): LinkScores {
  return { recall: emptyKinds(), precision: emptyKinds(), unknowable: emptyKinds(), calibration: [], notes: [] };
}

/**
 * Scores a draft's suggestions against the curated links of an article.
 * A draft claim and a curated claim stand for each other when they share at
 * least half of the shorter one's characters (corresponds()), so a sentence
 * the draft reads as one claim and the curator as two is compared with both.
 *
 * - recall@3: a knowable curated link is found when a corresponding draft
 *   claim has its target among its three most confident suggestions of that kind;
 * - precision: a suggestion at or above `threshold` is right when a
 *   corresponding curated claim has that link; a proposal of a new record is
 *   right when a corresponding curated claim links that kind to a record the
 *   draft could not know; a suggestion on a draft claim that stands for no
 *   curated claim is wrong.
 */
export function scoreLinks(gold: GoldLinks[], drafts: DraftClaimView[], threshold: number, into: LinkScores = emptyLinkScores()): LinkScores {
  const golds = (d: DraftClaimView) => gold.filter((g) => corresponds(d.spans, g.spans));
  for (const d of drafts) {
    const g = golds(d);
    for (const s of d.suggestions) {
      const kind = s.kind as LinkKind;
      if (!LINK_KINDS.includes(kind)) continue;
      const right = s.target === null ? g.some((x) => x.links[kind].includes(null)) : g.some((x) => x.links[kind].includes(s.target));
      into.calibration.push({ kind, target: s.target, isNew: s.target === null, confidence: s.confidence, right });
      if (s.confidence >= threshold) {
        into.precision[kind].total++;
        if (right) into.precision[kind].right++;
        else into.notes.push(`wrong ${kind} ${s.target ?? `new ${s.proposal?.key}`} (${s.confidence.toFixed(2)}) on ${d.key}${g.length ? ` (curated: ${g.map((x) => x.links[kind].map((t) => t ?? 'unknown').join('+') || 'none').join(' / ')})` : ' (no curated claim there)'}`);
      }
    }
  }
  for (const g of gold) {
    const ds = drafts.filter((d) => corresponds(d.spans, g.spans));
    for (const kind of LINK_KINDS) {
      for (const target of new Set(g.links[kind])) {
        const top = (d: DraftClaimView) =>
          d.suggestions
            .filter((s) => s.kind === kind)
            .sort((a, b) => b.confidence - a.confidence)
            .slice(0, 3);
        if (target === null) {
          into.unknowable[kind].total++;
          if (ds.some((d) => top(d).some((s) => s.target === null))) into.unknowable[kind].right++;
          continue;
        }
        into.recall[kind].total++;
        if (ds.some((d) => top(d).some((s) => s.target === target))) into.recall[kind].right++;
        else into.notes.push(`missed ${kind} ${target} of ${g.label}${ds.length ? `: draft ${ds.map((d) => top(d).map((s) => `${s.target ?? 'new'}:${s.confidence.toFixed(2)}`).join(',') || 'none').join(' / ')}` : ' (no draft claim there)'}`);
      }
    }
  }
  return into;
}

export function mergeLinkScores(scores: LinkScores[]): LinkScores {
  const out = emptyLinkScores();
  for (const s of scores) {
    for (const kind of LINK_KINDS) {
      for (const part of ['recall', 'precision', 'unknowable'] as const) {
        out[part][kind].right += s[part][kind].right;
        out[part][kind].total += s[part][kind].total;
      }
    }
    out.calibration.push(...s.calibration);
    out.notes.push(...s.notes);
  }
  return out;
}

export const sumKinds = (t: Record<LinkKind, Tally>): Tally => LINK_KINDS.reduce((a, k) => ({ right: a.right + t[k].right, total: a.total + t[k].total }), { right: 0, total: 0 });

/** Confidence buckets [0, 0.1), [0.1, 0.2) … [0.9, 1]: how many suggestions each holds and the share that are right. */
export function calibrationTable(rows: LinkScores['calibration']): Array<{ from: number; to: number; count: number; right: number }> {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0, right: 0 }));
  for (const r of rows) {
    const b = buckets[Math.min(9, Math.floor(r.confidence * 10))]!;
    b.count++;
    if (r.right) b.right++;
  }
  return buckets;
}

/**
 * A monotone map from raw confidence to the share right: the rows sorted by
 * confidence, cut into bins of at least `minBin` (equal confidences never
 * split), pooled where a bin is right less often than the one before
 * (pool-adjacent-violators), shrunk a little towards the overall share
 * (one pseudo-row per bin), and returned as knots (mean raw, share right).
 */
export function fitCalibration(rows: Array<{ confidence: number; right: boolean }>, minBin = 20): Array<[number, number]> {
  if (!rows.length) return [];
  const sorted = [...rows].sort((a, b) => a.confidence - b.confidence);
  const overall = sorted.filter((r) => r.right).length / sorted.length;
  const bins: Array<{ sum: number; right: number; n: number }> = [];
  let current = { sum: 0, right: 0, n: 0 };
  sorted.forEach((r, i) => {
    current.sum += r.confidence;
    current.right += r.right ? 1 : 0;
    current.n++;
    const next = sorted[i + 1];
    if (current.n >= minBin && (!next || next.confidence !== r.confidence)) {
      bins.push(current);
      current = { sum: 0, right: 0, n: 0 };
    }
  });
  if (current.n) {
    if (bins.length && current.n < minBin) {
      const last = bins[bins.length - 1]!;
      last.sum += current.sum;
      last.right += current.right;
      last.n += current.n;
    } else bins.push(current);
  }
  const blocks = bins.map((b) => ({ ...b, share: (b.right + overall) / (b.n + 1) }));
  for (let i = 1; i < blocks.length; ) {
    if (blocks[i]!.share < blocks[i - 1]!.share) {
      const a = blocks[i - 1]!;
      const b = blocks[i]!;
      const merged = { sum: a.sum + b.sum, right: a.right + b.right, n: a.n + b.n, share: 0 };
      merged.share = (merged.right + overall) / (merged.n + 1);
      blocks.splice(i - 1, 2, merged);
      i = Math.max(1, i - 1);
    } else i++;
  }
  return blocks.map((b) => [Math.round((b.sum / b.n) * 1000) / 1000, Math.round(b.share * 1000) / 1000] as [number, number]);
}

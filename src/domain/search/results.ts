/**
 * A search as the API reads it: a ranked list whose pages are computed when
 * asked (the best `end` hits, never more), whose length (the number of
 * matches) is counted only when asked, and whose snippets are made for the
 * returned hits only, from their passages' words.
 */
import { Span, type EntityRecord, type EventRecord, type Listing, type SourceRecord } from '../records.js';
import { bodyRanges, eventPassages, SEARCH_KINDS, type QueryUnit, type Searchable, type SearchIndex, type SearchKind } from './index.js';
import { tokensOf, type Token } from './words.js';

/** Most snippets per hit for events, sources, actors and places. */
export const MAX_SNIPPETS = 3;
/** Most mentions of an actor or place read for its snippets. */
export const MENTIONS_READ = 256;
/** About how many characters a source snippet window spans. */
export const WINDOW_LENGTH = 160;

/** Where a matched word stands: absolute offsets into the article text (UTF-16 code units). */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** A span of an article that shows why a record matched, with the matched words marked. */
export interface Snippet {
  readonly evidence: Span;
  readonly highlights: Highlight[];
}

export interface SearchHit {
  /** `<Kind>:<id>`: unique across kinds, the tie-breaker of the ranking. */
  readonly key: string;
  readonly kind: SearchKind;
  readonly node: Searchable;
  readonly score: number;
  /** The query's units: what snippets mark. */
  readonly units: readonly QueryUnit[];
  /** The articles the node comes from (what extensions.provenance counts). */
  readonly sources: readonly SourceRecord[];
}

export interface SearchOptions {
  /** Kinds of records to return; all when omitted or null. */
  readonly types?: readonly SearchKind[] | null;
}

const articlesOf = (kind: SearchKind, node: Searchable): readonly SourceRecord[] => {
  switch (kind) {
    case 'Claim':
      return [(node as { source: SourceRecord }).source];
    case 'Source':
      return [node as SourceRecord];
    default:
      return (node as EventRecord | EntityRecord).sources;
  }
};

/** The ranked matches of a query: a Listing computed a page at a time. */
export class SearchResults implements Listing<SearchHit> {
  private ranked: SearchHit[] = [];
  private counted: number | null = null;
  private readonly units: QueryUnit[];
  private readonly kinds: ReadonlySet<number>;

  constructor(
    private readonly index: SearchIndex,
    query: string,
    options: SearchOptions = {},
  ) {
    const text = query.trim();
    this.units = text ? index.units(text) : [];
    this.kinds = new Set((options.types ?? SEARCH_KINDS).map((k) => SEARCH_KINDS.indexOf(k)));
  }

  /** How many records match: counted (not scored) when first asked. */
  get length(): number {
    this.counted ??= this.kinds.size === 0 ? 0 : this.index.count(this.units, this.kinds);
    return this.counted;
  }

  slice(start = 0, end = Infinity): SearchHit[] {
    const wanted = Number.isFinite(end) ? end : this.length;
    if (wanted > this.ranked.length && this.kinds.size > 0) {
      this.ranked = this.index.top(this.units, this.kinds, wanted).map(({ doc, score }) => {
        const { kind, record } = this.index.recordOf(doc);
        return { key: `${kind}:${record.id}`, kind, node: record, score, units: this.units, sources: articlesOf(kind, record) };
      });
    }
    return this.ranked.slice(Math.max(0, start), end);
  }
}

/** The index terms a hit marks: every form of the query's words, and the spellings of the entities it names. */
function markers(units: readonly QueryUnit[]): { words: Set<string>; phrases: Array<readonly string[]> } {
  const words = new Set<string>();
  const phrases: Array<readonly string[]> = [];
  for (const unit of units) {
    if (unit.kind === 'word') for (const { term } of unit.expansions) words.add(term);
    else phrases.push(...unit.spellings);
  }
  return { words, phrases };
}

/** The tokens a hit marks: those of a matched word, and runs of tokens that spell a named entity. */
function markedTokens(tokens: readonly Token[], mark: ReturnType<typeof markers>): Token[] {
  const marked = new Set<number>();
  tokens.forEach((t, i) => {
    if (mark.words.has(t.term)) marked.add(i);
    for (const phrase of mark.phrases) {
      if (i + phrase.length <= tokens.length && phrase.every((term, k) => tokens[i + k]!.term === term)) {
        for (let k = 0; k < phrase.length; k++) marked.add(i + k);
      }
    }
  });
  return [...marked].sort((a, b) => a - b).map((i) => tokens[i]!);
}

const toHighlights = (tokens: readonly Token[]): Highlight[] => tokens.map(({ start, end }) => ({ start, end }));
const distinctTerms = (tokens: readonly Token[]) => new Set(tokens.map((t) => t.term)).size;
const spanTokens = (span: Span) => tokensOf(span.source.text, span.start, span.end);

/**
 * The snippets of a hit: where in the articles its matched words stand, made from the words of its
 * passages when asked (a page of hits at most):
 * - claim: its evidence spans that contain a matched word, in order; at least its first span;
 * - event: up to 3 distinct spans of its claims with the most distinct matched words;
 * - source: up to 3 windows of about 160 characters around matched words, the richest first;
 * - actor, place: its first 3 mentions whose words matched, in article and text order, among its first
 *   MENTIONS_READ mentions.
 */
export function snippetsOf(hit: SearchHit): Snippet[] {
  const mark = markers(hit.units);
  switch (hit.kind) {
    case 'Claim': {
      const spans = (hit.node as { evidence: readonly Span[] }).evidence;
      const marked = spans.map((span) => ({ span, tokens: markedTokens(spanTokens(span), mark) }));
      const matching = marked.filter((m) => m.tokens.length > 0);
      return (matching.length > 0 ? matching : marked.slice(0, 1)).map((m) => ({ evidence: m.span, highlights: toHighlights(m.tokens) }));
    }
    case 'Event':
      return eventPassages(hit.node as EventRecord)
        .map((span, order) => {
          const tokens = markedTokens(spanTokens(span), mark);
          return { span, tokens, order, rank: distinctTerms(tokens) };
        })
        .filter((x) => x.rank > 0)
        .sort((a, b) => b.rank - a.rank || a.order - b.order)
        .slice(0, MAX_SNIPPETS)
        .map((x) => ({ evidence: x.span, highlights: toHighlights(x.tokens) }));
    case 'Source': {
      const source = hit.node as SourceRecord;
      const body = bodyRanges(source).flatMap(([from, to]) => tokensOf(source.text, from, to));
      return sourceWindows(source, markedTokens(body, mark));
    }
    case 'Actor':
    case 'Place': {
      // Mentions are many (every article names Syria) and the matched word may be in few of them (an alias
      // the articles seldom print): read them in order until three have matched, the first MENTIONS_READ at
      // most, so a hit's snippets cost the same at any corpus size.
      const mentions = (hit.node as EntityRecord).mentions;
      const read = Math.min(mentions.length, MENTIONS_READ);
      const out: Snippet[] = [];
      for (let i = 0; i < read && out.length < MAX_SNIPPETS; i += 64) {
        for (const span of mentions.slice(i, Math.min(i + 64, read))) {
          const tokens = markedTokens(spanTokens(span), mark);
          if (tokens.length > 0 && out.length < MAX_SNIPPETS) out.push({ evidence: span, highlights: toHighlights(tokens) });
        }
      }
      return out;
    }
  }
}

/** Up to MAX_SNIPPETS non-overlapping windows of about WINDOW_LENGTH characters, those with the most distinct matched words first. */
function sourceWindows(source: SourceRecord, matched: readonly Token[]): Snippet[] {
  const text = source.text;
  const candidates = matched.map((first, order) => {
    // Start a little before the first matched word, on a word boundary; end on one too.
    let start = Math.max(0, first.start - Math.floor(WINDOW_LENGTH / 4));
    while (start > 0 && start < first.start && !/\s/u.test(text[start - 1]!)) start++;
    let end = Math.min(text.length, start + WINDOW_LENGTH);
    while (end < text.length && end > first.end && !/\s/u.test(text[end]!)) end--;
    end = Math.max(end, first.end);
    const inside = matched.filter((t) => t.start >= start && t.end <= end);
    return { start, end, inside, order, rank: new Set(inside.map((t) => t.term)).size * 1000 + inside.length };
  });
  candidates.sort((a, b) => b.rank - a.rank || a.order - b.order);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length === MAX_SNIPPETS) break;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => ({ evidence: new Span(source, c.start, c.end), highlights: toHighlights(c.inside) }));
}

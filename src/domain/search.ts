/**
 * Full-text search over claims, events, sources, actors and places: pure data
 * logic, no GraphQL. The MiniSearch index and every token position a snippet
 * needs are built ONCE per Dataset (`buildSearchIndex`); a search is then a
 * MiniSearch lookup plus map look-ups, never a scan of the texts.
 *
 * - Ranking: MiniSearch's BM25+ over three fields per record (`name`, `aliases`,
 *   `text`, boosted 3 / 2 / 1). The query is split into units (each actor or
 *   place it names, each remaining word); a record scores the sum of its matched
 *   units times how many units matched (MiniSearch's own rule for terms, applied
 *   to units), so a record matching more of the query ranks first; ties are
 *   broken by record key (`<Type>:<id>`), so the order is deterministic.
 * - Prefix and typo tolerance: every query word of 2+ characters also matches
 *   the words it begins (weighted down), and a word of 4+ letters (no digit) also
 *   matches words within 1 edit (2 edits from 8 letters on), weighted down more.
 * - Alias expansion: when the query contains an alias of an actor or place
 *   (the alias table's pattern), that entity's name and every alias are
 *   searched, each as exact words all required, and the best spelling counts:
 *   "SOHR" finds "the Observatory", "war monitor"...; "Saraqib" finds "Saraqeb".
 * - Words: letters and digits, diacritics folded ("Çavuşoğlu" = "cavusoglu"),
 *   case-folded, possessive 's dropped, thousands separators dropped
 *   ("586,000" = "586000"), hyphenated words split, a few English stop words left out.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { entityOfAlias, type Aliases } from './aliases.js';
import type { BoilerplateKind } from './format.js';
import { Span, type ActorRecord, type ClaimRecord, type EventRecord, type PlaceRecord, type SourceRecord } from './records.js';

export type SearchKind = 'Claim' | 'Event' | 'Source' | 'Actor' | 'Place';
export const SEARCH_KINDS: readonly SearchKind[] = ['Claim', 'Event', 'Source', 'Actor', 'Place'];
export type Searchable = ClaimRecord | EventRecord | SourceRecord | ActorRecord | PlaceRecord;

/** Longest accepted query, in characters after trimming. */
export const MAX_QUERY_LENGTH = 200;
/** Most snippets per hit for events, sources, actors and places. */
export const MAX_SNIPPETS = 3;
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
  /** `<Type>:<id>`: unique across kinds, the tie-breaker of the ranking. */
  readonly key: string;
  readonly node: Searchable;
  readonly score: number;
  /** What to highlight: index terms matched by the query's words (any occurrence)... */
  readonly words: readonly string[];
  /** ...and the spellings (term sequences) of the entities the query names, where their words stand together. */
  readonly phrases: ReadonlyArray<readonly string[]>;
  /** The articles the node comes from (what extensions.provenance counts). */
  readonly sources: SourceRecord[];
}

interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** A span of an article with its words, ready to become a snippet. */
interface Passage {
  readonly evidence: Span;
  readonly tokens: Token[];
}

interface Entry {
  readonly key: string;
  readonly kind: SearchKind;
  readonly record: Searchable;
  readonly sources: SourceRecord[];
  /** Claims: their evidence spans; events: their claims' spans; actors and places: their mentions. */
  readonly passages: Passage[];
  /** Sources: the words of the indexed body (boilerplate page furniture left out), in text order. */
  readonly bodyTokens: Token[];
}

interface IndexedDocument {
  id: string;
  kind: SearchKind;
  name: string;
  aliases: string;
  text: string;
}

/** What the index is built from: the records, and the alias table that expands queries. */
export interface IndexedRecords {
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
  readonly sources: readonly SourceRecord[];
  readonly actors: readonly ActorRecord[];
  readonly places: readonly PlaceRecord[];
  readonly aliases: Aliases;
}

export interface SearchIndex {
  readonly aliases: Aliases;
  readonly miniSearch: MiniSearch<IndexedDocument>;
  readonly entries: ReadonlyMap<string, Entry>;
}

// ---------------------------------------------------------------- words

/** A word: letters and digits, with an inner apostrophe ("Syria's") or digit group ("586,000", "2.5"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\p{N}+)*/gu;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'into',
  'is', 'it', 'its', 'of', 'on', 'or', 's', 'she', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'were', 'which',
  'will', 'with',
]);

/** The index term of a word, or null for a stop word. */
/** Words recur (a corpus has far fewer distinct words than words): each is normalised once. */
const normalized = new Map<string, string | null>();
const MAX_MEMO = 500_000;

export function normalizeWord(word: string): string | null {
  const known = normalized.get(word);
  if (known !== undefined) return known;
  const term = normalizeUncached(word);
  if (normalized.size >= MAX_MEMO) normalized.clear();
  normalized.set(word, term);
  return term;
}

function normalizeUncached(word: string): string | null {
  const term = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    .replace(/(?<=\p{N}),(?=\p{N})/gu, '');
  return term === '' || STOP_WORDS.has(term) ? null : term;
}

const splitWords = (text: string): string[] => text.match(WORD) ?? [];

/** The words of text[from, to) with their absolute offsets; stop words left out. */
function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const term = normalizeWord(m[0]);
    if (term) tokens.push({ term, start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}

/** The index terms of a phrase, in order. */
export function termsOf(text: string): string[] {
  return splitWords(text).flatMap((w) => normalizeWord(w) ?? []);
}

// ---------------------------------------------------------------- index

/** Page furniture whose words are not indexed as part of an article's body. */
const UNINDEXED_BOILERPLATE = new Set<BoilerplateKind>(['ADVERTISEMENT', 'NAVIGATION', 'RELATED_LINK', 'COMMENT_FORM', 'SOCIAL', 'TRANSLATION_NOTICE']);

/** The [start, end) ranges of an article's text that are indexed: all but page furniture. */
function bodyRanges(source: SourceRecord): Array<[number, number]> {
  const skipped = source.boilerplate
    .filter((b) => UNINDEXED_BOILERPLATE.has(b.kind))
    .map((b) => [b.span.start, b.span.end] as const)
    .sort((a, b) => a[0] - b[0]);
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const [start, end] of skipped) {
    if (start > at) ranges.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < source.text.length) ranges.push([at, source.text.length]);
  return ranges;
}

const passageOf = (evidence: Span): Passage => ({
  evidence,
  tokens: tokensOf(evidence.source.text, evidence.start, evidence.end),
});

/** Builds the search index: the MiniSearch index and the word positions of every passage. O(size of the data). */
export function buildSearchIndex(dataset: IndexedRecords): SearchIndex {
  const entries = new Map<string, Entry>();
  const documents: IndexedDocument[] = [];
  const add = (kind: SearchKind, record: Searchable, sources: SourceRecord[], doc: Omit<IndexedDocument, 'id' | 'kind'>, passages: Passage[], bodyTokens: Token[] = []) => {
    const key = `${kind}:${record.id}`;
    entries.set(key, { key, kind, record, sources, passages, bodyTokens });
    documents.push({ id: key, kind, ...doc });
  };

  const claimPassages = new Map<ClaimRecord, Passage[]>();
  for (const claim of dataset.claims) {
    const passages = claim.evidence.map(passageOf);
    claimPassages.set(claim, passages);
    add('Claim', claim, [claim.source], { name: claim.statement, aliases: '', text: claim.evidence.map((e) => e.quote).join('\n') }, passages);
  }
  for (const event of dataset.events) {
    const passages: Passage[] = [];
    const seen = new Set<string>();
    for (const claim of event.claims) {
      for (const passage of claimPassages.get(claim) ?? []) {
        const at = `${passage.evidence.source.slug}:${passage.evidence.start}:${passage.evidence.end}`;
        if (seen.has(at)) continue;
        seen.add(at);
        passages.push(passage);
      }
    }
    add('Event', event, [...event.sources], { name: event.title, aliases: '', text: [event.description, ...passages.map((p) => p.evidence.quote)].join('\n') }, passages);
  }
  for (const source of dataset.sources) {
    const ranges = bodyRanges(source);
    const bodyTokens = ranges.flatMap(([start, end]) => tokensOf(source.text, start, end));
    add('Source', source, [source], { name: source.title, aliases: '', text: ranges.map(([s, e]) => source.text.slice(s, e)).join('\n') }, [], bodyTokens);
  }
  for (const [kind, entities] of [['Actor', dataset.actors], ['Place', dataset.places]] as const) {
    for (const entity of entities) {
      add(kind, entity, [...entity.sources], { name: entity.name, aliases: entity.aliases.join('\n'), text: entity.description }, entity.mentions.slice().map(passageOf));
    }
  }

  const miniSearch = new MiniSearch<IndexedDocument>({
    fields: ['name', 'aliases', 'text'],
    storeFields: ['kind'],
    tokenize: splitWords,
    processTerm: normalizeWord,
  });
  miniSearch.addAll(documents);
  return { aliases: dataset.aliases, miniSearch, entries };
}

// ---------------------------------------------------------------- search

const FIELD_BOOST = { name: 3, aliases: 2, text: 1 };

/** Prefix search for words of 2+ characters. */
const prefixFor = (term: string) => term.length >= 2;
/** Typo tolerance: 1 edit from 4 letters, 2 from 8; none for numbers. */
const fuzzyFor = (term: string) => (term.length < 4 || /\p{N}/u.test(term) ? false : term.length < 8 ? 1 : 2);

/** An actor or place named in the query: every spelling of it, as the terms of each. */
interface EntityUnit {
  readonly key: string;
  readonly phrases: string[][];
}

/**
 * The query split for alias expansion: the actors and places whose alias
 * occurs in it (each with its name and every alias as term lists, duplicates
 * dropped), and the rest of the query text, searched word by word.
 */
export function expandQuery(aliases: Aliases, query: string): { rest: string; entities: EntityUnit[] } {
  if (!aliases.pattern) return { rest: query, entities: [] };
  const entities = new Map<string, EntityUnit>();
  const rest = query.replace(aliases.pattern, (alias) => {
    const entity = entityOfAlias(aliases, alias);
    if (!entity) return alias;
    const key = `${entity.nodeKind}:${entity.id}`;
    if (!entities.has(key)) {
      const phrases = new Map<string, string[]>();
      for (const spelling of [entity.name, ...entity.aliases]) {
        const terms = termsOf(spelling);
        if (terms.length > 0) phrases.set(terms.join(' '), terms);
      }
      entities.set(key, { key, phrases: [...phrases.values()] });
    }
    return ' ';
  });
  return { rest, entities: [...entities.values()] };
}

export interface SearchOptions {
  /** Kinds of records to return; all when omitted or null. */
  readonly types?: readonly SearchKind[] | null;
}

interface Tally {
  /** Sum of the BM25+ scores (MiniSearch) of the matched query units. */
  sum: number;
  /** How many query units matched: each remaining query word, each entity named in the query. */
  units: number;
  readonly words: Set<string>;
  readonly phrases: Map<string, string[]>;
}

/**
 * The records matching the query, best first (score descending, then key).
 *
 * The query is split into units: each actor or place whose alias it contains,
 * and each remaining word. A word unit is searched with prefix and typo
 * tolerance; an entity unit is searched once per spelling (name and aliases,
 * all words of the spelling required, exact words) and counts its best
 * spelling only, so "Saraqib" scores a text saying "Saraqeb" as if it said
 * "Saraqib". MiniSearch scores every term (BM25+, field boosts, prefix/fuzzy
 * weights); a record's score is the sum over its matched units times how many
 * units matched (MiniSearch's own rule for query terms, applied to units).
 * A query with no indexable word matches nothing.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const text = query.trim();
  const kinds = new Set(options.types ?? SEARCH_KINDS);
  if (text === '' || kinds.size === 0) return [];
  const { miniSearch, aliases, entries } = index;
  const common = { boost: FIELD_BOOST, filter: (r: MiniSearchResult) => kinds.has(r['kind'] as SearchKind) };
  const tallies = new Map<string, Tally>();
  const tally = (id: string, sum: number, units: number) => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { sum: 0, units: 0, words: new Set(), phrases: new Map() }));
    t.sum += sum;
    t.units += units;
    return t;
  };

  const { rest, entities } = expandQuery(aliases, text);
  if (termsOf(rest).length > 0) {
    // MiniSearch multiplies a result's summed score by its count of matched query terms: undo it here, apply it per unit below.
    for (const r of miniSearch.search(rest, { ...common, prefix: prefixFor, fuzzy: fuzzyFor })) {
      const t = tally(r.id as string, r.score / Math.max(1, r.queryTerms.length), r.queryTerms.length);
      for (const term of r.terms) t.words.add(term);
    }
  }
  for (const entity of entities) {
    const best = new Map<string, number>();
    const matched = new Map<string, string[][]>();
    for (const phrase of entity.phrases) {
      for (const r of miniSearch.search(phrase.join(' '), { ...common, combineWith: 'AND', prefix: false, fuzzy: false })) {
        const id = r.id as string;
        best.set(id, Math.max(best.get(id) ?? 0, r.score / Math.max(1, r.queryTerms.length)));
        matched.set(id, [...(matched.get(id) ?? []), phrase]);
      }
    }
    for (const [id, score] of best) {
      const t = tally(id, score, 1);
      for (const phrase of matched.get(id)!) t.phrases.set(phrase.join(' '), phrase);
    }
  }

  const hits: SearchHit[] = [];
  for (const [id, t] of tallies) {
    const entry = entries.get(id)!;
    hits.push({ key: entry.key, node: entry.record, score: t.sum * t.units, words: [...t.words].sort(), phrases: [...t.phrases.values()], sources: entry.sources });
  }
  return hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// ---------------------------------------------------------------- snippets

/** The tokens a hit marks: those of a matched word, and runs of tokens that spell a matched phrase. */
function markedTokens(tokens: readonly Token[], hit: SearchHit): Token[] {
  const words = new Set(hit.words);
  const marked = new Set<number>();
  tokens.forEach((t, i) => {
    if (words.has(t.term)) marked.add(i);
    for (const phrase of hit.phrases) {
      if (i + phrase.length <= tokens.length && phrase.every((term, k) => tokens[i + k]!.term === term)) {
        for (let k = 0; k < phrase.length; k++) marked.add(i + k);
      }
    }
  });
  return [...marked].sort((a, b) => a - b).map((i) => tokens[i]!);
}

const toHighlights = (tokens: readonly Token[]): Highlight[] => tokens.map(({ start, end }) => ({ start, end }));
const distinctTerms = (tokens: readonly Token[]) => new Set(tokens.map((t) => t.term)).size;

/**
 * The snippets of a hit: where in the articles its matched words stand.
 * - claim: its evidence spans that contain a matched word, in order; at least its first span;
 * - event: up to 3 distinct spans of its claims with the most distinct matched words;
 * - source: up to 3 windows of about 160 characters around matched words, the richest first;
 * - actor, place: up to 3 mentions whose words matched, in article and text order.
 * O(words of the node's passages), over word positions computed at load.
 */
export function snippetsOf(index: SearchIndex, hit: SearchHit): Snippet[] {
  const entry = index.entries.get(hit.key);
  if (!entry) return [];
  const marked = entry.passages.map((p) => ({ p, tokens: markedTokens(p.tokens, hit) }));
  const snippet = ({ p, tokens }: (typeof marked)[number]): Snippet => ({ evidence: p.evidence, highlights: toHighlights(tokens) });
  switch (entry.kind) {
    case 'Claim': {
      const matching = marked.filter((m) => m.tokens.length > 0);
      return (matching.length > 0 ? matching : marked.slice(0, 1)).map(snippet);
    }
    case 'Event':
      return marked
        .map((m, order) => ({ m, order, rank: distinctTerms(m.tokens) }))
        .filter((x) => x.rank > 0)
        .sort((a, b) => b.rank - a.rank || a.order - b.order)
        .slice(0, MAX_SNIPPETS)
        .map(({ m }) => snippet(m));
    case 'Source':
      return sourceWindows(entry.record as SourceRecord, markedTokens(entry.bodyTokens, hit));
    case 'Actor':
    case 'Place':
      return marked
        .filter((m) => m.tokens.length > 0)
        .slice(0, MAX_SNIPPETS)
        .map(snippet);
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
  return chosen.map((c) => ({
    evidence: new Span(source, c.start, c.end),
    highlights: c.inside.map(({ start, end }) => ({ start, end })),
  }));
}

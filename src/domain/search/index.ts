/**
 * Full-text search over claims, events, sources, actors and places that
 * returns the best k hits without scoring every match.
 *
 * Why an index of our own: MiniSearch (used before) scores and sorts every
 * match (1.5 s for "Saraqib" at 150,000 matches); SQLite FTS5 does the same
 * (80–130 ms) and has no typo tolerance; FlexSearch answers fast but ranks by
 * word position (no BM25) and has no edit-distance typos, so claimgraph's
 * ranking and typo rules could not be kept. The vocabulary is MiniSearch's
 * radix tree (`SearchableMap`: prefix and edit-distance look-ups); the
 * postings, the scoring and the top-k walk are here, with their own tests
 * (tests/domain/search-index.test.ts compares every answer with an exhaustive
 * ranking).
 *
 * The model:
 * - Documents are numbered in key order (`<Kind>:<id>`: actors, claims,
 *   events, places, sources), so a lower number is a lower key: the tie-break.
 * - Fields `name`, `aliases`, `text`, boosted 3, 2, 1. A term's weight in a
 *   document is BM25+ as MiniSearch computes it (k 1.2, b 0.7, δ 0.5, an idf
 *   per field), summed over the boosted fields. Each term's postings are held
 *   in descending weight (then ascending document): its best documents first.
 * - A query is split into units: each actor or place whose alias it contains
 *   (the unit's score is its best spelling's, all words of that spelling
 *   required; precomputed per entity at build), and each remaining word (its
 *   score is its best form: the word itself, a word it begins, weighted
 *   0.375 × |w| / (|t| + 0.3 × (|t| − |w|)), or a word within its typo
 *   distance, weighted 0.45 × |w| / (|w| + edits)).
 * - A document's score is the sum of its units' scores times how many units
 *   it matches (MiniSearch's rule for query terms, applied to units).
 * - Top k: each unit is a stream of documents in descending unit score. One
 *   unit: its stream is the ranking. Several: Fagin's threshold algorithm: the
 *   streams are read in turn, each new document is scored exactly (its fields
 *   re-read), and the walk stops once the k-th score beats what any unread
 *   document could still reach.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Aliases } from '../aliases.js';
import { entityOfAlias } from '../aliases.js';
import type { BoilerplateKind } from '../format.js';
import type { ActorRecord, ClaimRecord, EntityRecord, EventRecord, PlaceRecord, SourceRecord, Span } from '../records.js';
import { forEachTerm, forEachWord, fuzzyFor, normalizeWord, prefixFor, termsOf } from './words.js';

export type SearchKind = 'Actor' | 'Claim' | 'Event' | 'Place' | 'Source';
/** In key order: the order of the document numbers. */
export const SEARCH_KINDS: readonly SearchKind[] = ['Actor', 'Claim', 'Event', 'Place', 'Source'];
export type Searchable = ClaimRecord | EventRecord | SourceRecord | ActorRecord | PlaceRecord;

/** Longest accepted query, in characters after trimming. */
export const MAX_QUERY_LENGTH = 200;

const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
const BOOSTS = [3, 2, 1] as const;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The records indexed, each list sorted by id, and the alias table that expands queries. */
export interface IndexedRecords {
  readonly actors: readonly ActorRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
  readonly places: readonly PlaceRecord[];
  readonly sources: readonly SourceRecord[];
  readonly aliases: Aliases;
}

/** Page furniture whose words are not indexed as part of an article's body. */
const UNINDEXED_BOILERPLATE = new Set<BoilerplateKind>(['ADVERTISEMENT', 'NAVIGATION', 'RELATED_LINK', 'COMMENT_FORM', 'SOCIAL', 'TRANSLATION_NOTICE']);

/** The [start, end) ranges of an article's text that are indexed: all but page furniture. */
export function bodyRanges(source: SourceRecord): Array<[number, number]> {
  const skipped = source.boilerplate.filter((b) => UNINDEXED_BOILERPLATE.has(b.kind)).map((b) => [b.span.start, b.span.end] as const);
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const [start, end] of skipped) {
    if (start > at) ranges.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < source.text.length) ranges.push([at, source.text.length]);
  return ranges;
}

/** An event's passages: the distinct spans of its claims, in claim order. */
export function eventPassages(event: EventRecord): Span[] {
  const seen = new Set<string>();
  return event.evidence.filter((span) => {
    const at = `${span.source.slug}:${span.start}:${span.end}`;
    return seen.has(at) ? false : (seen.add(at), true);
  });
}

/** A part of a field: text[from, to). A field is read as its parts joined by line breaks, without the copy. */
export type Piece = readonly [text: string, from: number, to: number];
const whole = (text: string): Piece => [text, 0, text.length];
const spanPiece = (span: Span): Piece => [span.source.text, span.start, span.end];

/** The indexed text of a record's fields (name, aliases, text), as pieces. Also what exact scoring re-reads. */
export function fieldsOf(kind: SearchKind, record: Searchable): [Piece[], Piece[], Piece[]] {
  switch (kind) {
    case 'Claim': {
      const c = record as ClaimRecord;
      return [[whole(c.statement)], [], c.evidence.map(spanPiece)];
    }
    case 'Event': {
      const e = record as EventRecord;
      return [[whole(e.title)], [], [whole(e.description), ...eventPassages(e).map(spanPiece)]];
    }
    case 'Source': {
      const s = record as SourceRecord;
      return [[whole(s.title)], [], bodyRanges(s).map(([from, to]): Piece => [s.text, from, to])];
    }
    case 'Actor':
    case 'Place': {
      const x = record as EntityRecord;
      return [[whole(x.name)], x.aliases.map(whole), [whole(x.description)]];
    }
  }
}

/**
 * A term's counts in a document's three fields, packed in one number: name + 256 × aliases + 65,536 × text
 * (a name or the aliases never hold a word 256 times; an article's body fewer than 32,768).
 */
const FIELD_UNIT = [1, 256, 65_536] as const;
const countIn = (packed: number, field: number) => (field === 0 ? packed & 0xff : field === 1 ? (packed >>> 8) & 0xff : packed >>> 16);

/** Calls `each` with every index term of a field's pieces, in order. */
function forEachTermOf(field: readonly Piece[], each: (term: string) => void): void {
  for (const [text, from, to] of field) forEachTerm(text, each, from, to);
}

/** Term counts (packed) of a document's three fields, and the fields' lengths in words. */
function countTerms(fields: ReturnType<typeof fieldsOf>): { counts: Map<string, number>; lengths: [number, number, number] } {
  const counts = new Map<string, number>();
  const lengths: [number, number, number] = [0, 0, 0];
  for (let f = 0; f < 3; f++) {
    forEachTermOf(fields[f]!, (term) => {
      lengths[f]!++;
      counts.set(term, (counts.get(term) ?? 0) + FIELD_UNIT[f]!);
    });
  }
  return { counts, lengths };
}

/**
 * BM25+ weight of a term in a document (its packed counts), summed over its boosted fields, as float32; the
 * document's field lengths are lengths[at..at+2] (read in place: the build calls this for every posting), `idf` per field.
 */
function partOf(packed: number, lengths: ArrayLike<number>, at: number, avg: readonly number[], idf: readonly number[]): number {
  let part = 0;
  for (let f = 0; f < 3; f++) {
    const n = countIn(packed, f);
    if (n === 0) continue;
    part += BOOSTS[f]! * idf[f]! * (DELTA + (n * (K + 1)) / (n + K * (1 - B + (B * lengths[at + f]!) / (avg[f]! || 1))));
  }
  return Math.fround(part);
}

const idfOf = (documents: number, matching: number) => Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));

/** A copy of a growable array with room for `size` items. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}

/** A growable pair of typed arrays: documents and packed term frequencies. */
class Postings {
  docs = new Int32Array(4);
  values = new Int32Array(4);
  length = 0;
  push(doc: number, value: number) {
    if (this.length === this.docs.length) {
      const size = Math.ceil(this.length * 1.5);
      this.docs = grown(this.docs, size);
      this.values = grown(this.values, size);
    }
    this.docs[this.length] = doc;
    this.values[this.length++] = value;
  }
}

const NO_POSTINGS = new Postings();

/** The index's content as plain arrays: what a snapshot stores (and what `SearchIndex.from` reads back). */
export interface SearchIndexData {
  /** Terms by id. */
  readonly terms: readonly string[];
  /** Start of each term's postings in `docs`/`parts` (one more entry than terms). */
  readonly offsets: Int32Array;
  /** Postings, each term's in descending part then ascending document. */
  readonly docs: Int32Array;
  readonly parts: Float32Array;
  /** How many documents of each kind each term has (terms × kinds). */
  readonly kindCounts: Int32Array;
  /** How many documents hold each term in each field (terms × 3): its idf per field. */
  readonly fieldCounts: Int32Array;
  /** Each entity's unit, in descending score then document; entities as in [...actors, ...places]. */
  readonly entityOffsets: Int32Array;
  readonly entityDocs: Int32Array;
  readonly entityScores: Float32Array;
  readonly entityKindCounts: Int32Array;
  /** Words in each field of each document (documents × 3), and the averages. */
  readonly fieldLengths: Uint16Array;
  readonly averageLengths: readonly number[];
}

/**
 * Sorts postings by descending value then ascending document, in place: each pair becomes one exact
 * double (the float32's bits, 31 of them as values are positive, then the document's 22) and the doubles
 * are sorted natively, with no comparator call per pair.
 */
const FLOAT = new Float32Array(1);
const BITS = new Uint32Array(FLOAT.buffer);
const DOC_BITS = 2 ** 22;
function sortByValue(docs: Int32Array, parts: Float32Array, from: number, to: number): void {
  if (to - from < 2) return;
  const keys = new Float64Array(to - from);
  for (let i = from; i < to; i++) {
    FLOAT[0] = parts[i]!;
    keys[i - from] = (0x7fffffff - BITS[0]!) * DOC_BITS + docs[i]!;
  }
  keys.sort();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const doc = key % DOC_BITS;
    BITS[0] = 0x7fffffff - (key - doc) / DOC_BITS;
    docs[from + i] = doc;
    parts[from + i] = FLOAT[0]!;
  }
}

/**
 * What the index is made from: every document's fields as pieces of texts, in document order, and each
 * entity's spellings. Strings and typed arrays only, so that a worker thread can build the index from it
 * (src/load/search-build.ts) while the rest of the data is linked.
 */
export interface SearchDocuments {
  /** The texts the pieces are cut from, each once (an article's text serves all its claims). */
  readonly texts: readonly string[];
  /** Each piece as three numbers: its text's index, from, to. */
  readonly pieces: Int32Array;
  /** Where each document's field starts in `pieces`, counted in pieces: documents × 3 + 1 entries. */
  readonly fieldStarts: Int32Array;
  /** How many documents of each kind, in SEARCH_KINDS order. */
  readonly kindSizes: readonly number[];
  /** Each entity's spellings as term lists; entities as in [...actors, ...places]. */
  readonly spellings: ReadonlyArray<readonly (readonly string[])[]>;
}

/** The documents of the records, in document order: their fields as `fieldsOf` reads them. */
export function searchDocuments(records: Omit<IndexedRecords, 'aliases'>): SearchDocuments {
  const lists: Array<[SearchKind, readonly Searchable[]]> = [
    ['Actor', records.actors],
    ['Claim', records.claims],
    ['Event', records.events],
    ['Place', records.places],
    ['Source', records.sources],
  ];
  const documents = lists.reduce((n, [, list]) => n + list.length, 0);
  if (documents >= DOC_BITS) throw new Error(`the search index holds at most ${DOC_BITS} documents, got ${documents}`);
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  let pieces = new Int32Array(3 * 4 * Math.max(1, documents));
  let count = 0;
  const fieldStarts = new Int32Array(documents * 3 + 1);
  let field = 0;
  for (const [kind, list] of lists) {
    for (const record of list) {
      for (const pieceList of fieldsOf(kind, record)) {
        for (const [text, from, to] of pieceList) {
          let index = textIndex.get(text);
          if (index === undefined) textIndex.set(text, (index = texts.push(text) - 1));
          if (3 * count + 3 > pieces.length) pieces = grown(pieces, pieces.length * 2);
          pieces[3 * count] = index;
          pieces[3 * count + 1] = from;
          pieces[3 * count++ + 2] = to;
        }
        fieldStarts[++field] = count;
      }
    }
  }
  return {
    texts,
    pieces: pieces.slice(0, 3 * count),
    fieldStarts,
    kindSizes: lists.map(([, list]) => list.length),
    spellings: [...records.actors, ...records.places].map(spellingsOf),
  };
}

/** Builds the index's data from its documents: O(words) plus sorting each term's postings. */
export function buildSearchData(source: SearchDocuments): SearchIndexData {
  const { texts, pieces, fieldStarts, kindSizes } = source;
  const documents = kindSizes.reduce((n, size) => n + size, 0);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const raw: Postings[] = [];
  const fieldLengths = new Uint16Array(documents * 3);
  const totals = [0, 0, 0];
  // What countTerms does, without a map per document: each word as printed is looked up once in the
  // corpus (its term id, or -1 for a stop word), and a document's packed counts are kept by term id.
  const idOfWord = new Map<string, number>();
  let counts = new Int32Array(1 << 16);
  const touched: number[] = [];
  const lengths = [0, 0, 0];
  let field = 0;
  const count = (text: string, start: number, end: number) => {
    const word = text.slice(start, end);
    let id = idOfWord.get(word);
    if (id === undefined) {
      const term = normalizeWord(word);
      id = term === null ? -1 : termIds.get(term);
      if (id === undefined) {
        termIds.set(term!, (id = terms.length));
        terms.push(term!);
        raw.push(new Postings());
        if (id === counts.length) counts = grown(counts, counts.length * 2);
      }
      idOfWord.set(word, id);
    }
    if (id < 0) return;
    lengths[field]!++;
    if (counts[id] === 0) touched.push(id);
    counts[id]! += FIELD_UNIT[field]!;
  };
  for (let doc = 0; doc < documents; doc++) {
    for (field = 0; field < 3; field++) {
      lengths[field] = 0;
      const at = doc * 3 + field;
      for (let p = fieldStarts[at]!; p < fieldStarts[at + 1]!; p++) forEachWord(texts[pieces[3 * p]!]!, pieces[3 * p + 1]!, pieces[3 * p + 2]!, count);
      fieldLengths[at] = Math.min(lengths[field]!, 0xffff);
      totals[field]! += lengths[field]!;
    }
    // Counts kept packed until the field averages are known; terms in the order the document first holds them.
    for (const id of touched) {
      raw[id]!.push(doc, counts[id]!);
      counts[id] = 0;
    }
    touched.length = 0;
  }
  const averageLengths = totals.map((t) => t / Math.max(1, documents));
  const offsets = new Int32Array(terms.length + 1);
  raw.forEach((p, id) => (offsets[id + 1] = offsets[id]! + p.length));
  const docs = new Int32Array(offsets[terms.length]!);
  const parts = new Float32Array(docs.length);
  const kindStarts = [0];
  for (const size of kindSizes) kindStarts.push(kindStarts.at(-1)! + size);
  const kindCounts = new Int32Array(terms.length * 5);
  const fieldCounts = new Int32Array(terms.length * 3);
  for (let id = 0; id < raw.length; id++) {
    // Each term's growable postings are let go once copied: the build's peak memory holds both only in part.
    const p = raw[id]!;
    raw[id] = NO_POSTINGS;
    for (let i = 0; i < p.length; i++) for (let f = 0; f < 3; f++) if (countIn(p.values[i]!, f) > 0) fieldCounts[id * 3 + f]!++;
    const idf = [0, 1, 2].map((f) => idfOf(documents, fieldCounts[id * 3 + f]!));
    const at = offsets[id]!;
    for (let i = 0; i < p.length; i++) {
      const d = p.docs[i]!;
      docs[at + i] = d;
      parts[at + i] = partOf(p.values[i]!, fieldLengths, d * 3, averageLengths, idf);
      kindCounts[id * 5 + kindOfDoc(kindStarts, d)]!++;
    }
  }
  // Entity units need the postings in document order (before the sort below) to intersect spellings.
  const entity = entityUnits(source.spellings, termIds, offsets, docs, parts, kindStarts);
  for (let id = 0; id < terms.length; id++) sortByValue(docs, parts, offsets[id]!, offsets[id + 1]!);
  return { terms, offsets, docs, parts, kindCounts, fieldCounts, fieldLengths, averageLengths, ...entity };
}

export class SearchIndex {
  private readonly vocabulary = new SearchableMap<number>();
  private readonly records: readonly Searchable[];
  /** First document number of each kind, and the end. */
  private readonly kindStarts: readonly number[];
  private readonly entities: readonly EntityRecord[];
  private readonly entityIndex: ReadonlyMap<EntityRecord, number>;
  /** Marks of documents for counting a union of lists (cleared after each count). */
  private marks: Uint8Array;
  /**
   * Since the index was built, curation writes have changed some records. A changed or removed record's
   * document is stale: its postings are skipped. A new or changed record is an added document, numbered
   * after the built ones and scored by reading its fields (there are few until the next build: a start
   * from a snapshot rebuilds the index in the background). Its new words join a vocabulary of their own.
   */
  private readonly stale = new Set<number>();
  private readonly added: Array<{ kind: number; record: Searchable }> = [];
  /** The term counts of stale and added documents, read once: every search after a write scores them. */
  private readonly writtenTerms = new WeakMap<Searchable, ReturnType<typeof countTerms>>();
  private readonly addedWords = new SearchableMap<number>();

  /** Entities whose spellings changed (or that are new) since the build: their units, made again from the postings. */
  private readonly entityOverrides = new Map<EntityRecord, { docs: Int32Array; scores: Float32Array; kindCounts: Int32Array }>();

  private constructor(
    readonly data: SearchIndexData,
    records: IndexedRecords,
    private aliases: Aliases,
  ) {
    this.records = [...records.actors, ...records.claims, ...records.events, ...records.places, ...records.sources];
    const sizes = [records.actors.length, records.claims.length, records.events.length, records.places.length, records.sources.length];
    const starts = [0];
    for (const size of sizes) starts.push(starts.at(-1)! + size);
    this.kindStarts = starts;
    data.terms.forEach((term, id) => this.vocabulary.set(term, id));
    this.entities = [...records.actors, ...records.places];
    this.entityIndex = new Map(this.entities.map((e, i) => [e, i]));
    this.marks = new Uint8Array(this.records.length);
  }

  /** An index over stored data (a snapshot), for the same records. */
  static from(data: SearchIndexData, records: IndexedRecords): SearchIndex {
    return new SearchIndex(data, records, records.aliases);
  }

  get documentCount(): number {
    return this.records.length;
  }

  private kindOf(doc: number): number {
    return doc < this.records.length ? kindOfDoc(this.kindStarts, doc) : this.added[doc - this.records.length]!.kind;
  }

  /** The built document of a record (by its id, within its kind), or -1. */
  private builtDoc(kind: number, id: string): number {
    let lo = this.kindStarts[kind]!;
    let hi = this.kindStarts[kind + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.records[mid]!.id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.kindStarts[kind + 1]! && this.records[lo]!.id === id ? lo : -1;
  }

  /**
   * A curation write changed a record: `before` (null for a new one) is no longer found, `after` (null
   * for a removed one) is.
   */
  update(kind: SearchKind, before: Searchable | null, after: Searchable | null): void {
    const k = SEARCH_KINDS.indexOf(kind);
    const id = (before ?? after)!.id;
    const built = this.builtDoc(k, id);
    if (built >= 0) this.stale.add(built);
    const at = this.added.findIndex((a) => a.kind === k && a.record.id === id);
    if (at >= 0) this.added.splice(at, 1);
    // A record changed in place is read again.
    if (before) this.writtenTerms.delete(before);
    if (!after) return;
    this.writtenTerms.delete(after);
    this.added.push({ kind: k, record: after });
    for (const field of fieldsOf(kind, after)) {
      forEachTermOf(field, (term) => {
        if (this.vocabulary.get(term) === undefined) this.addedWords.set(term, -1);
      });
    }
  }

  /** A term's idf in each field (a word only added documents hold counts as in none). */
  private idf(termId: number): number[] {
    return [0, 1, 2].map((f) => idfOf(this.records.length, termId < 0 ? 0 : this.data.fieldCounts[termId * 3 + f]!));
  }

  /** A curation write changed the alias table: queries name entities by the new one. */
  useAliases(aliases: Aliases): void {
    this.aliases = aliases;
  }

  /**
   * An entity's spellings changed (an alias added, a merge) or it is new: its unit (each built document's
   * best complete spelling) is made again from the postings, as the build makes it. O(postings of its words).
   */
  refreshEntity(entity: EntityRecord): void {
    const d = this.data;
    const best = new Map<number, number>();
    for (const spelling of spellingsOf(entity)) {
      const ids = spelling.map((t) => this.vocabulary.get(t));
      if (ids.some((id) => id === undefined)) continue;
      let sums: Map<number, number> | null = null;
      for (const id of ids as number[]) {
        const next = new Map<number, number>();
        for (let i = d.offsets[id]!; i < d.offsets[id + 1]!; i++) {
          const doc = d.docs[i]!;
          if (sums === null) next.set(doc, d.parts[i]!);
          else if (sums.has(doc)) next.set(doc, sums.get(doc)! + d.parts[i]!);
        }
        sums = next;
      }
      for (const [doc, sum] of sums ?? []) if (sum > (best.get(doc) ?? 0)) best.set(doc, sum);
    }
    const docs = Int32Array.from(best.keys());
    const scores = Float32Array.from(docs, (doc) => best.get(doc)!);
    sortByValue(docs, scores, 0, docs.length);
    const kindCounts = new Int32Array(5);
    for (const doc of docs) kindCounts[this.kindOf(doc)]!++;
    this.entityOverrides.set(entity, { docs, scores, kindCounts });
  }

  /** The record of a document number, with its kind. */
  recordOf(doc: number): { kind: SearchKind; record: Searchable } {
    return { kind: SEARCH_KINDS[this.kindOf(doc)]!, record: doc < this.records.length ? this.records[doc]! : this.added[doc - this.records.length]!.record };
  }

  /** The query's units: each actor or place it names, then each remaining word with its expansions. */
  units(query: string): QueryUnit[] {
    const named = new Map<EntityRecord, void>();
    const rest = this.aliases.pattern
      ? query.replace(this.aliases.pattern, (alias) => {
          const entity = entityOfAlias(this.aliases, alias);
          // An entity made after the build without a unit of its own yet: its words are searched as words.
          if (!entity || (!this.entityIndex.has(entity) && !this.entityOverrides.has(entity))) return alias;
          named.set(entity);
          return ' ';
        })
      : query;
    const units: QueryUnit[] = [...named.keys()].map((entity) => ({ kind: 'entity', entity, spellings: spellingsOf(entity) }));
    for (const word of new Set(termsOf(rest))) units.push({ kind: 'word', word, expansions: this.expand(word) });
    return units;
  }

  /** The index terms a query word stands for, with their weights: itself, words it begins, words a typo away. */
  private expand(word: string): Array<{ term: string; id: number; weight: number }> {
    const found = new Map<number, { term: string; id: number; weight: number }>();
    const add = (term: string, id: number, weight: number) => {
      const known = found.get(id);
      if (!known || known.weight < weight) found.set(id, { term, id, weight });
    };
    // Words only added documents hold have id -1: they have no postings, added documents are read whole.
    const newWord = (term: string) => -1 - (found.size + 1);
    for (const [vocabulary, idOf] of [
      [this.vocabulary, (_term: string, id: number) => id],
      [this.addedWords, (term: string) => newWord(term)],
    ] as const) {
      if (vocabulary.size === 0) continue;
      const exact = vocabulary.get(word);
      if (exact !== undefined) add(word, idOf(word, exact), 1);
      if (prefixFor(word)) {
        for (const [term, id] of vocabulary.atPrefix(word)) {
          if (term !== word) add(term, idOf(term, id), (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)));
        }
      }
      const edits = fuzzyFor(word);
      if (edits > 0) {
        for (const [term, [id, distance]] of vocabulary.fuzzyGet(word, edits)) {
          if (distance > 0 && !term.startsWith(word)) add(term, idOf(term, id), (FUZZY_WEIGHT * term.length) / (term.length + distance));
        }
      }
    }
    return [...found.values()];
  }

  /** A unit's built documents in descending unit score (then ascending document), restricted to some kinds. */
  private stream(unit: QueryUnit, kinds: ReadonlySet<number>): UnitStream {
    const d = this.data;
    const keep = this.stale.size === 0 ? (doc: number) => kinds.has(this.kindOf(doc)) : (doc: number) => kinds.has(this.kindOf(doc)) && !this.stale.has(doc);
    if (unit.kind === 'entity') {
      const override = this.entityOverrides.get(unit.entity);
      if (override) return new ListStream(override.docs, override.scores, 0, override.docs.length, 1, keep);
      const e = this.entityIndex.get(unit.entity)!;
      return new ListStream(d.entityDocs, d.entityScores, d.entityOffsets[e]!, d.entityOffsets[e + 1]!, 1, keep);
    }
    const lists = unit.expansions.filter(({ id }) => id >= 0).map(({ id, weight }) => new ListStream(d.docs, d.parts, d.offsets[id]!, d.offsets[id + 1]!, weight, keep));
    return lists.length === 1 ? lists[0]! : new MaxMerge(lists);
  }

  /** A unit's exact score for one document, from the document's own fields. */
  private unitScore(unit: QueryUnit, counts: Map<string, number>, lengths: ArrayLike<number>): number {
    const avg = this.data.averageLengths;
    if (unit.kind === 'word') {
      let best = 0;
      for (const { term, id, weight } of unit.expansions) {
        const tf = counts.get(term);
        if (tf) best = Math.max(best, weight * partOf(tf, lengths, 0, avg, this.idf(id)));
      }
      return best;
    }
    return Math.fround(
      spellingScore(unit.spellings, (term) => {
        const tf = counts.get(term);
        // A word only documents added since the build hold counts as in none of the built ones.
        return tf ? partOf(tf, lengths, 0, avg, this.idf(this.vocabulary.get(term) ?? -1)) : null;
      }),
    );
  }

  private termsOf(doc: number, kind: SearchKind, record: Searchable): ReturnType<typeof countTerms> {
    if (doc < this.records.length && !this.stale.has(doc)) return countTerms(fieldsOf(kind, record));
    let terms = this.writtenTerms.get(record);
    if (!terms) this.writtenTerms.set(record, (terms = countTerms(fieldsOf(kind, record))));
    return terms;
  }

  /** The exact score of a document for all the units, from its own fields (0 when it matches none). */
  scoreOf(doc: number, units: readonly QueryUnit[]): number {
    const { kind, record } = this.recordOf(doc);
    const { counts, lengths: read } = this.termsOf(doc, kind, record);
    const lengths = doc < this.records.length ? this.data.fieldLengths.subarray(doc * 3, doc * 3 + 3) : read;
    let sum = 0;
    let matched = 0;
    for (const unit of units) {
      const s = this.unitScore(unit, counts, lengths);
      if (s > 0) {
        sum += s;
        matched++;
      }
    }
    return sum * matched;
  }

  /** The best `limit` documents for the units, best first (equal scores by ascending document). */
  top(units: readonly QueryUnit[], kinds: ReadonlySet<number>, limit: number): Array<{ doc: number; score: number }> {
    const built = this.topBuilt(units, kinds, limit);
    if (this.added.length === 0) return built;
    const added = this.matchingAdded(units, kinds);
    return [...built, ...added].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
  }

  /** The added documents of the kinds that match the units, with their scores. */
  private matchingAdded(units: readonly QueryUnit[], kinds: ReadonlySet<number>): Array<{ doc: number; score: number }> {
    const out: Array<{ doc: number; score: number }> = [];
    this.added.forEach((a, i) => {
      if (!kinds.has(a.kind)) return;
      const score = this.scoreOf(this.records.length + i, units);
      if (score > 0) out.push({ doc: this.records.length + i, score });
    });
    return out;
  }

  private topBuilt(units: readonly QueryUnit[], kinds: ReadonlySet<number>, limit: number): Array<{ doc: number; score: number }> {
    if (units.length === 0 || limit <= 0) return [];
    const streams = units.map((u) => this.stream(u, kinds));
    if (streams.length === 1) {
      const out: Array<{ doc: number; score: number }> = [];
      for (let item = streams[0]!.next(); item && out.length < limit; item = streams[0]!.next()) out.push(item);
      return out;
    }
    // Fagin's threshold algorithm, reading the units' streams in turn.
    const best: Array<{ doc: number; score: number }> = [];
    const seen = new Set<number>();
    const better = (a: { doc: number; score: number }, b: { doc: number; score: number }) => a.score > b.score || (a.score === b.score && a.doc < b.doc);
    for (;;) {
      let read = false;
      for (const stream of streams) {
        const item = stream.next();
        if (!item) continue;
        read = true;
        if (seen.has(item.doc)) continue;
        seen.add(item.doc);
        const scored = { doc: item.doc, score: this.scoreOf(item.doc, units) };
        if (best.length === limit && !better(scored, best[limit - 1]!)) continue;
        let at = best.length;
        while (at > 0 && better(scored, best[at - 1]!)) at--;
        best.splice(at, 0, scored);
        if (best.length > limit) best.pop();
      }
      if (!read) return best;
      if (best.length < limit) continue;
      // What an unread document could still reach: every unit at its stream's next score.
      let sum = 0;
      let open = 0;
      for (const stream of streams) {
        if (stream.frontier > 0) {
          sum += stream.frontier;
          open++;
        }
      }
      const threshold = sum * open;
      const kth = best[limit - 1]!;
      if (kth.score > threshold) return best;
      // A tie at the threshold: an unread document reaching it would be next in every open stream, so it
      // comes after that stream's next document; it cannot precede the k-th when some stream is past it.
      if (kth.score === threshold && streams.some((s) => s.frontier > 0 && s.nextDoc > kth.doc)) return best;
    }
  }

  /** How many documents of the kinds match any unit (a union of lists, counted, not scored). */
  count(units: readonly QueryUnit[], kinds: ReadonlySet<number>): number {
    let n = this.countBuilt(units, kinds);
    // Stale documents are still in the postings: those that match are taken off, by their old fields.
    for (const doc of this.stale) if (kinds.has(this.kindOf(doc)) && this.scoreOf(doc, units) > 0) n--;
    return n + this.matchingAdded(units, kinds).length;
  }

  private countBuilt(units: readonly QueryUnit[], kinds: ReadonlySet<number>): number {
    const d = this.data;
    const lists: Array<{ docs: Int32Array; from: number; to: number; counts: Int32Array; countAt: number }> = [];
    for (const unit of units) {
      if (unit.kind === 'entity') {
        const override = this.entityOverrides.get(unit.entity);
        if (override) {
          lists.push({ docs: override.docs, from: 0, to: override.docs.length, counts: override.kindCounts, countAt: 0 });
          continue;
        }
        const e = this.entityIndex.get(unit.entity)!;
        lists.push({ docs: d.entityDocs, from: d.entityOffsets[e]!, to: d.entityOffsets[e + 1]!, counts: d.entityKindCounts, countAt: e * 5 });
      } else {
        for (const { id } of unit.expansions) if (id >= 0) lists.push({ docs: d.docs, from: d.offsets[id]!, to: d.offsets[id + 1]!, counts: d.kindCounts, countAt: id * 5 });
      }
    }
    if (lists.length === 0) return 0;
    if (lists.length === 1) {
      const l = lists[0]!;
      let n = 0;
      for (const k of kinds) n += l.counts[l.countAt + k]!;
      return n;
    }
    let n = 0;
    for (const l of lists) {
      for (let i = l.from; i < l.to; i++) {
        const doc = l.docs[i]!;
        if (this.marks[doc] === 0 && kinds.has(this.kindOf(doc))) {
          this.marks[doc] = 1;
          n++;
        }
      }
    }
    for (const l of lists) for (let i = l.from; i < l.to; i++) this.marks[l.docs[i]!] = 0;
    return n;
  }
}

/** One part of a query: an actor or place it names, or one of its remaining words. */
export type QueryUnit =
  | { readonly kind: 'entity'; readonly entity: EntityRecord; readonly spellings: readonly (readonly string[])[] }
  | { readonly kind: 'word'; readonly word: string; readonly expansions: ReadonlyArray<{ term: string; id: number; weight: number }> };

/** The spellings of an entity (name and aliases) as term lists, without repeats. */
export function spellingsOf(entity: EntityRecord): string[][] {
  const spellings = new Map<string, string[]>();
  for (const spelling of [entity.name, ...entity.aliases]) {
    const terms = termsOf(spelling);
    if (terms.length > 0) spellings.set(terms.join(' '), terms);
  }
  return [...spellings.values()];
}

/** An entity unit's score: its best spelling's, each spelling scoring the sum of its words when all are present. */
function spellingScore(spellings: readonly (readonly string[])[], weightOf: (term: string) => number | null): number {
  let best = 0;
  for (const spelling of spellings) {
    let sum = 0;
    let complete = true;
    for (const term of spelling) {
      const w = weightOf(term);
      if (w === null) {
        complete = false;
        break;
      }
      sum += w;
    }
    if (complete) best = Math.max(best, sum);
  }
  return best;
}

const kindOfDoc = (starts: readonly number[], doc: number): number => {
  let k = 0;
  while (doc >= starts[k + 1]!) k++;
  return k;
};

/**
 * Precomputes each entity's unit: for every document, its best complete spelling's score (the sum of its
 * words' weights, every word present). With the postings still in document order, over scratch arrays.
 */
function entityUnits(
  spellingsOfEntities: ReadonlyArray<readonly (readonly string[])[]>,
  termIds: ReadonlyMap<string, number>,
  offsets: Int32Array,
  docs: Int32Array,
  parts: Float32Array,
  kindStarts: readonly number[],
): Pick<SearchIndexData, 'entityOffsets' | 'entityDocs' | 'entityScores' | 'entityKindCounts'> {
  const documents = kindStarts.at(-1)!;
  const sum = new Float64Array(documents);
  const words = new Int32Array(documents);
  const best = new Float64Array(documents);
  const entityOffsets = new Int32Array(spellingsOfEntities.length + 1);
  const lists: Array<{ docs: Int32Array; scores: Float32Array }> = [];
  for (const spellings of spellingsOfEntities) {
    const touched: number[] = [];
    for (const spelling of spellings) {
      const ids = spelling.map((t) => termIds.get(t));
      if (ids.some((id) => id === undefined)) continue;
      // Word j of the spelling counts only for documents that held words 0..j-1.
      const seen: number[] = [];
      ids.forEach((id, j) => {
        for (let i = offsets[id!]!; i < offsets[id! + 1]!; i++) {
          const doc = docs[i]!;
          if (j === 0) {
            sum[doc] = parts[i]!;
            words[doc] = 1;
            seen.push(doc);
          } else if (words[doc] === j) {
            sum[doc] = sum[doc]! + parts[i]!;
            words[doc] = j + 1;
          }
        }
      });
      for (const doc of seen) {
        if (words[doc] === ids.length) {
          if (best[doc] === 0) touched.push(doc);
          if (sum[doc]! > best[doc]!) best[doc] = sum[doc]!;
        }
        words[doc] = 0;
      }
    }
    // Held as float32, as the exact score of a document is (unitScore rounds it the same way).
    const list = { docs: Int32Array.from(touched), scores: Float32Array.from(touched, (doc) => best[doc]!) };
    for (const doc of touched) best[doc] = 0;
    sortByValue(list.docs, list.scores, 0, list.docs.length);
    lists.push(list);
  }
  lists.forEach((l, i) => (entityOffsets[i + 1] = entityOffsets[i]! + l.docs.length));
  const entityDocs = new Int32Array(entityOffsets[spellingsOfEntities.length]!);
  const entityScores = new Float32Array(entityDocs.length);
  const entityKindCounts = new Int32Array(spellingsOfEntities.length * 5);
  lists.forEach((l, i) => {
    entityDocs.set(l.docs, entityOffsets[i]!);
    entityScores.set(l.scores, entityOffsets[i]!);
    for (const doc of l.docs) entityKindCounts[i * 5 + kindOfDoc(kindStarts, doc)]!++;
  });
  return { entityOffsets, entityDocs, entityScores, entityKindCounts };
}

interface UnitStream {
  /** The next document and its unit score, or null at the end. */
  next(): { doc: number; score: number } | null;
  /** The score of the next document (0 at the end): no later document scores more. */
  readonly frontier: number;
  /** The next document's number (Infinity at the end). */
  readonly nextDoc: number;
}

/** A list of postings in descending value, each value times a multiplier, filtered by kind. */
class ListStream implements UnitStream {
  private at: number;

  constructor(
    private readonly docs: Int32Array,
    private readonly values: Float32Array,
    from: number,
    private readonly to: number,
    private readonly multiplier: number,
    private readonly keep: (doc: number) => boolean,
  ) {
    this.at = from;
    this.skip();
  }

  private skip() {
    while (this.at < this.to && !this.keep(this.docs[this.at]!)) this.at++;
  }

  get frontier(): number {
    return this.at < this.to ? this.multiplier * this.values[this.at]! : 0;
  }

  get nextDoc(): number {
    return this.at < this.to ? this.docs[this.at]! : Infinity;
  }

  next() {
    if (this.at >= this.to) return null;
    const item = { doc: this.docs[this.at]!, score: this.multiplier * this.values[this.at]! };
    this.at++;
    this.skip();
    return item;
  }
}

/** Several lists merged in descending score (then ascending document); a document counts its best score only. */
class MaxMerge implements UnitStream {
  private readonly seen = new Set<number>();

  constructor(private readonly lists: ListStream[]) {}

  private head(): ListStream | null {
    let best: ListStream | null = null;
    for (const list of this.lists) {
      if (list.frontier <= 0) continue;
      if (!best || list.frontier > best.frontier || (list.frontier === best.frontier && list.nextDoc < best.nextDoc)) best = list;
    }
    return best;
  }

  private dropSeen() {
    for (let head = this.head(); head && this.seen.has(head.nextDoc); head = this.head()) head.next();
  }

  get frontier(): number {
    this.dropSeen();
    return this.head()?.frontier ?? 0;
  }

  get nextDoc(): number {
    this.dropSeen();
    return this.head()?.nextDoc ?? Infinity;
  }

  next() {
    this.dropSeen();
    const item = this.head()?.next() ?? null;
    if (item) this.seen.add(item.doc);
    return item;
  }
}

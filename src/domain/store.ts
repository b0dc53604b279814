/**
 * The store: the one interface the GraphQL layer reads data through. Records
 * by kind and key, names resolved through the alias table, a query per kind
 * (filter + order), search and an article's annotations. `MemoryStore` is the
 * in-memory implementation every `npm start` serves; a second store (a
 * PostgreSQL adapter, docs/scaling.md) would implement the same interface.
 *
 * Every query starts from the smallest index its filter names (a place's
 * events, a claimant's claims, a binary search over dates, the topics of one
 * agreement...) and checks the remaining conditions on those candidates only,
 * so no query scans every record when its filter names an index.
 */
import { dayNumber, overlaps, type Agreement } from './agreement.js';
import { annotationsOf, type AnnotationRecord } from './annotations.js';
import type { MentionIndex } from './mentions.js';
import type {
  ActorRecord,
  AnyRecord,
  ClaimRecord,
  EntityRecord,
  EventRecord,
  Listing,
  NodeKind,
  PlaceRecord,
  RecordOf,
  SourceRecord,
  TopicRecord,
} from './records.js';
import { entityOfAlias, type Aliases } from './aliases.js';
import type { SearchIndex } from './search/index.js';
import { SearchResults, snippetsOf, type SearchHit, type SearchOptions, type Snippet } from './search/results.js';

export interface DateRange {
  readonly from?: string | null;
  readonly to?: string | null;
}

export type Direction = 'ASC' | 'DESC';
export interface Order<F extends string> {
  readonly field: F;
  readonly direction: Direction;
}

export interface SourceFilter {
  readonly publishedAt?: DateRange | null;
  /** Publisher names, any case. */
  readonly publishers?: readonly string[] | null;
}
export type SourceOrderField = 'SLUG' | 'PUBLISHED_AT';

export interface ClaimFilter {
  readonly sources?: readonly SourceRecord[] | null;
  readonly claimants?: readonly ActorRecord[] | null;
  readonly topics?: readonly TopicRecord[] | null;
  readonly events?: readonly EventRecord[] | null;
  readonly places?: readonly PlaceRecord[] | null;
  readonly actors?: readonly ActorRecord[] | null;
  readonly modalities?: readonly string[] | null;
  readonly attribution?: string | null;
  readonly curation?: string | null;
  readonly time?: DateRange | null;
  readonly hasQuantity?: boolean | null;
  /** Claims whose quantity's bounds overlap [min, max] (in `unit`, when given). */
  readonly quantity?: { readonly min?: number | null; readonly max?: number | null; readonly unit?: string | null } | null;
}
export type ClaimOrderField = 'ID' | 'TIME' | 'PUBLISHED_AT' | 'QUANTITY';

export interface EventFilter {
  readonly date?: DateRange | null;
  readonly types?: readonly string[] | null;
  readonly subTypes?: readonly string[] | null;
  readonly places?: readonly PlaceRecord[] | null;
  readonly actors?: readonly ActorRecord[] | null;
  readonly actorRole?: string | null;
  readonly sources?: readonly SourceRecord[] | null;
  readonly minSourceCount?: number | null;
  readonly disputed?: boolean | null;
}
export type EventOrderField = 'DATE' | 'SOURCE_COUNT' | 'KEY';

export interface TopicFilter {
  readonly agreements?: readonly string[] | null;
  /** Whether `agreements` is matched against the provisional agreement (suggested claims counted). */
  readonly provisional?: boolean | null;
  readonly valueKinds?: readonly string[] | null;
  readonly sources?: readonly SourceRecord[] | null;
}
export type TopicOrderField = 'KEY' | 'SOURCE_COUNT' | 'CLAIM_COUNT';

export interface ActorFilter {
  readonly kinds?: readonly string[] | null;
  readonly names?: readonly ActorRecord[] | null;
}

export interface PlaceFilter {
  readonly kinds?: readonly string[] | null;
  readonly names?: readonly PlaceRecord[] | null;
  readonly within?: PlaceRecord | null;
}

/** The one interface resolvers read data through. */
export interface Store {
  /** Content hash of the data folder: the same data gives the same version anywhere. */
  readonly version: string;
  readonly counts: { readonly [K in NodeKind]: number };
  /** The longest per-article lists of this version: what the cost of reading them whole is counted at. */
  readonly largest: Largest;
  /** A record by kind and key (a source's slug, a claim's `<slug>/<key>`, an entity's key). */
  record<K extends NodeKind>(kind: K, key: string): RecordOf<K> | undefined;
  /** The actor or place an alias names (any case, any spacing). */
  entityNamed(name: string): EntityRecord | undefined;
  sources(filter?: SourceFilter, order?: Order<SourceOrderField> | null): readonly SourceRecord[];
  claims(filter?: ClaimFilter, order?: Order<ClaimOrderField> | null): readonly ClaimRecord[];
  events(filter?: EventFilter, order?: Order<EventOrderField> | null): readonly EventRecord[];
  topics(filter?: TopicFilter, order?: Order<TopicOrderField> | null): readonly TopicRecord[];
  actors(filter?: ActorFilter): readonly ActorRecord[];
  places(filter?: PlaceFilter): readonly PlaceRecord[];
  /** Ranked search, best first: pages are computed as asked, the count only when read. */
  search(query: string, options?: SearchOptions): Listing<SearchHit>;
  snippets(hit: SearchHit): Snippet[];
  /** Every anchor of an article, sorted by offset. */
  annotations(source: SourceRecord): readonly AnnotationRecord[];
}

export interface Largest {
  /** Anchors of the most annotated article (claim spans, quantity and time words, mentions, boilerplate, non-assertions). */
  readonly annotationsPerSource: number;
  /** Events reported by the article whose claims report the most. */
  readonly eventsPerSource: number;
}

/** The indexes a MemoryStore answers from, built once per dataVersion by src/load/link.ts. */
export interface MemoryIndexes {
  readonly version: string;
  readonly sources: readonly SourceRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
  readonly topics: readonly TopicRecord[];
  readonly actors: readonly ActorRecord[];
  readonly places: readonly PlaceRecord[];
  /** The alias table: every alias to its entity, and a pattern matching any alias. */
  readonly aliases: Aliases;
  readonly mentions: MentionIndex;
  /** Sorted lists for range queries: by date start (then end, key), and the longest span in days. */
  readonly sourcesByDate: readonly SourceRecord[];
  readonly eventsByDate: readonly EventRecord[];
  readonly longestEventDays: number;
  readonly claimsByTime: readonly ClaimRecord[];
  readonly longestClaimDays: number;
  /** Records by the value of one field, each list sorted like the kind's default order. */
  readonly sourcesByPublisher: ReadonlyMap<string, readonly SourceRecord[]>;
  readonly claimsBy: {
    readonly modality: ReadonlyMap<string, readonly ClaimRecord[]>;
    readonly attribution: ReadonlyMap<string, readonly ClaimRecord[]>;
    readonly curation: ReadonlyMap<string, readonly ClaimRecord[]>;
    readonly withQuantity: readonly ClaimRecord[];
  };
  readonly eventsBy: {
    readonly type: ReadonlyMap<string, readonly EventRecord[]>;
    readonly subType: ReadonlyMap<string, readonly EventRecord[]>;
    readonly disputed: ReadonlyMap<boolean, readonly EventRecord[]>;
    /** Events by source count, most first (ties by key). */
    readonly sourceCount: readonly EventRecord[];
  };
  readonly topicsBy: {
    readonly agreement: ReadonlyMap<Agreement, readonly TopicRecord[]>;
    /** By the provisional agreement (suggested claims counted), or the curated one where none is suggested. */
    readonly provisionalAgreement: ReadonlyMap<Agreement, readonly TopicRecord[]>;
    readonly valueKind: ReadonlyMap<string, readonly TopicRecord[]>;
  };
  readonly actorsByKind: ReadonlyMap<string, readonly ActorRecord[]>;
  readonly placesByKind: ReadonlyMap<string, readonly PlaceRecord[]>;
  readonly search: SearchIndex;
  readonly largest: Largest;
  /** `<Kind>:<key>` of each actor or place merged into another, to the one it was merged into. */
  readonly redirects: ReadonlyMap<string, EntityRecord>;
  /** How many suggestions the claims carry. */
  readonly suggestionCount: number;
  /** The unreviewed claims each topic counts provisionally (linked to it, or suggested for it). */
  readonly suggested: ReadonlyMap<TopicRecord, ReadonlySet<ClaimRecord>>;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Lists a query made that may not be in id order: a union of several index lists, a date-range slice
 * (in date order), and what was filtered from one of those. Every other list a query returns is an index
 * list (each is in id order) or was filtered from one, so it is in id order without being checked.
 */
const mayBeUnsorted = new WeakSet<readonly unknown[]>();
const unsorted = <T>(list: T[]): T[] => (mayBeUnsorted.add(list), list);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Records whose [start, end] date range overlaps `range`, from a list sorted by start. */
function byDateRange<T>(sorted: readonly T[], range: DateRange, dateOf: (t: T) => { start: string; end: string }, longestDays: number): T[] {
  const to = range.to ?? '9999-12-31';
  const from = range.from ?? '0000-01-01';
  // Only records starting on or after `from` minus the longest span can still reach `from`.
  const earliestStart = range.from ? new Date((dayNumber(from) - longestDays) * 86_400_000).toISOString().slice(0, 10) : '0000-01-01';
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dateOf(sorted[mid]!).start < earliestStart) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && dateOf(sorted[i]!).start <= to; i++) {
    if (dateOf(sorted[i]!).end >= from) out.push(sorted[i]!);
  }
  return unsorted(out);
}

const hasRange = (range: DateRange | null | undefined): range is DateRange => Boolean(range && (range.from || range.to));

/** Union of several index lists, without duplicates (first occurrence order). */
function union<T>(lists: ReadonlyArray<readonly T[]>): readonly T[] {
  if (lists.length === 1) return lists[0]!;
  const seen = new Set<T>();
  for (const list of lists) for (const item of list) seen.add(item);
  return unsorted([...seen]);
}

/** The union of the index lists named by the values of a filter; null when the filter is not given. */
function indexed<K, T>(values: readonly K[] | null | undefined, index: ReadonlyMap<K, readonly T[]>): readonly T[] | null {
  return values?.length ? union(values.map((v) => index.get(v) ?? EMPTY)) : null;
}

/**
 * The records meeting every candidate list a filter names (null lists are
 * conditions not given) and a residual predicate: starts from the smallest
 * list, checks membership in the others. `all` is used when no list is named.
 */
function intersect<T>(all: readonly T[], lists: ReadonlyArray<readonly T[] | null>, keep?: (t: T) => boolean): readonly T[] {
  const named = lists.filter((l): l is readonly T[] => l !== null);
  if (named.length === 0) return keep ? all.filter(keep) : all;
  const smallest = named.reduce((a, b) => (b.length < a.length ? b : a));
  const others = named.filter((l) => l !== smallest).map((l) => new Set(l));
  if (others.length === 0 && !keep) return smallest;
  const kept = smallest.filter((t) => others.every((s) => s.has(t)) && (!keep || keep(t)));
  return mayBeUnsorted.has(smallest) ? unsorted(kept) : kept;
}

const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

export class MemoryStore implements Store {
  private readonly annotationCache = new WeakMap<SourceRecord, readonly AnnotationRecord[]>();

  /**
   * The indexes are the store's own: a curation write (src/load/update.ts) edits them in place, between
   * executions (src/http/gate.ts), so a request never reads a half-applied change.
   */
  constructor(readonly indexes: MemoryIndexes) {}

  private list(kind: Exclude<NodeKind, 'Suggestion'>): ReadonlyArray<{ readonly id: string }> {
    const x = this.indexes;
    switch (kind) {
      case 'Source':
        return x.sources;
      case 'Claim':
        return x.claims;
      case 'Event':
        return x.events;
      case 'Topic':
        return x.topics;
      case 'Actor':
        return x.actors;
      case 'Place':
        return x.places;
    }
  }

  get version(): string {
    return this.indexes.version;
  }

  get largest(): Largest {
    return this.indexes.largest;
  }

  get counts(): Store['counts'] {
    const x = this.indexes;
    return {
      Source: x.sources.length,
      Claim: x.claims.length,
      Event: x.events.length,
      Topic: x.topics.length,
      Actor: x.actors.length,
      Place: x.places.length,
      Suggestion: x.suggestionCount,
    };
  }

  record<K extends NodeKind>(kind: K, key: string): RecordOf<K> | undefined {
    if (kind === 'Suggestion') {
      // `<slug>/<claim key>/<suggestion key>`: found through its claim.
      const cut = key.lastIndexOf('/');
      const claim = cut > 0 ? this.record('Claim', key.slice(0, cut)) : undefined;
      return claim?.suggestions.find((s) => s.key === key.slice(cut + 1)) as RecordOf<K> | undefined;
    }
    // Every kind's list is sorted by id: a binary search, and no map of a million keys.
    const list = this.list(kind as Exclude<NodeKind, 'Suggestion'>) as ReadonlyArray<RecordOf<K>>;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.id < key) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo]?.id === key) return list[lo];
    // An actor or place merged into another keeps resolving, to the one it was merged into.
    return this.indexes.redirects.get(`${kind}:${key}`) as RecordOf<K> | undefined;
  }

  /** Forgets what was built from an article's records (its anchors), after a write changed them. */
  forget(source: SourceRecord): void {
    this.annotationCache.delete(source);
  }

  entityNamed(name: string): EntityRecord | undefined {
    return entityOfAlias(this.indexes.aliases, name);
  }

  sources(filter: SourceFilter = {}, order?: Order<SourceOrderField> | null): readonly SourceRecord[] {
    const x = this.indexes;
    const dated = hasRange(filter.publishedAt) ? byDateRange(x.sourcesByDate, filter.publishedAt, (s) => ({ start: s.publishedAt, end: s.publishedAt }), 0) : null;
    const publishers = indexed(filter.publishers?.map((p) => p.toLowerCase()), x.sourcesByPublisher);
    const sorted = sortedById(intersect(x.sources, [dated, publishers]));
    if (!order) return sorted;
    const sign = order.direction === 'ASC' ? 1 : -1;
    return [...sorted].sort((a, b) => sign * ((order.field === 'PUBLISHED_AT' ? compareStrings(a.publishedAt, b.publishedAt) : 0) || compareStrings(a.slug, b.slug)));
  }

  claims(filter: ClaimFilter = {}, order?: Order<ClaimOrderField> | null): readonly ClaimRecord[] {
    const x = this.indexes;
    const lists = [
      filter.sources?.length ? union(filter.sources.map((s) => s.claims)) : null,
      filter.claimants?.length ? union(filter.claimants.map((a) => a.claimsAsClaimant)) : null,
      filter.topics?.length ? union(filter.topics.map((t) => t.claims)) : null,
      filter.events?.length ? union(filter.events.map((e) => e.claims)) : null,
      filter.places?.length ? union(filter.places.map((p) => p.claimsWithin)) : null,
      filter.actors?.length ? union(filter.actors.map((a) => a.claims)) : null,
      hasRange(filter.time) ? byDateRange(x.claimsByTime, filter.time, (c) => c.time!, x.longestClaimDays) : null,
      indexed(filter.modalities, x.claimsBy.modality),
      filter.attribution ? (x.claimsBy.attribution.get(filter.attribution) ?? EMPTY) : null,
      filter.curation ? (x.claimsBy.curation.get(filter.curation) ?? EMPTY) : null,
      filter.hasQuantity === true || filter.quantity ? x.claimsBy.withQuantity : null,
    ];
    const q = filter.quantity;
    const wanted = q && (q.min != null || q.max != null) ? { low: q.min ?? -Infinity, high: q.max ?? Infinity, lowExclusive: false, highExclusive: false } : null;
    const keep =
      filter.hasQuantity === false || q?.unit || wanted
        ? (c: ClaimRecord) =>
            (filter.hasQuantity !== false || c.quantity === null) && (!q?.unit || c.quantity?.unit === q.unit) && (!wanted || (c.quantity !== null && overlaps(c.quantity.range, wanted)))
        : undefined;
    const found = sortedById(intersect(x.claims, lists, keep));
    return order ? orderClaims(found, order) : found;
  }

  events(filter: EventFilter = {}, order?: Order<EventOrderField> | null): readonly EventRecord[] {
    const x = this.indexes;
    const lists = [
      filter.places?.length ? union(filter.places.map((p) => p.eventsWithin)) : null,
      filter.actors?.length ? union(filter.actors.map((a) => a.events.filter((e) => !filter.actorRole || e.role === filter.actorRole).map((e) => e.event))) : null,
      filter.sources?.length ? union(filter.sources.map((s) => s.events)) : null,
      hasRange(filter.date) ? byDateRange(x.eventsByDate, filter.date, (e) => e.date, x.longestEventDays) : null,
      indexed(filter.types, x.eventsBy.type),
      indexed(filter.subTypes, x.eventsBy.subType),
      filter.disputed == null ? null : (x.eventsBy.disputed.get(filter.disputed) ?? EMPTY),
      filter.minSourceCount == null ? null : unsorted(x.eventsBy.sourceCount.slice(0, countAtLeast(x.eventsBy.sourceCount, filter.minSourceCount))),
    ];
    const found = sortedById(intersect(x.events, lists));
    if (!order) return found;
    const sign = order.direction === 'ASC' ? 1 : -1;
    const by: Record<EventOrderField, (a: EventRecord, b: EventRecord) => number> = {
      DATE: (a, b) => compareStrings(a.date.start, b.date.start) || compareStrings(a.date.end, b.date.end),
      SOURCE_COUNT: (a, b) => a.sources.length - b.sources.length,
      KEY: () => 0,
    };
    return [...found].sort((a, b) => sign * (by[order.field](a, b) || compareStrings(a.key, b.key)));
  }

  topics(filter: TopicFilter = {}, order?: Order<TopicOrderField> | null): readonly TopicRecord[] {
    const x = this.indexes;
    const lists = [
      indexed(filter.agreements as readonly Agreement[] | null | undefined, filter.provisional ? x.topicsBy.provisionalAgreement : x.topicsBy.agreement),
      indexed(filter.valueKinds, x.topicsBy.valueKind),
      filter.sources?.length ? union(filter.sources.map((s) => s.topics)) : null,
    ];
    const found = sortedById(intersect(x.topics, lists));
    if (!order) return found;
    const sign = order.direction === 'ASC' ? 1 : -1;
    const by: Record<TopicOrderField, (a: TopicRecord, b: TopicRecord) => number> = {
      KEY: () => 0,
      SOURCE_COUNT: (a, b) => a.sources.length - b.sources.length,
      CLAIM_COUNT: (a, b) => a.claims.length - b.claims.length,
    };
    return [...found].sort((a, b) => sign * (by[order.field](a, b) || compareStrings(a.key, b.key)));
  }

  actors(filter: ActorFilter = {}): readonly ActorRecord[] {
    const lists = [indexed(filter.kinds, this.indexes.actorsByKind), filter.names?.length ? unsorted([...new Set(filter.names)]) : null];
    return sortedById(intersect(this.indexes.actors, lists));
  }

  places(filter: PlaceFilter = {}): readonly PlaceRecord[] {
    const lists = [indexed(filter.kinds, this.indexes.placesByKind), filter.names?.length ? unsorted([...new Set(filter.names)]) : null, filter.within ? filter.within.placesWithin : null];
    return sortedById(intersect(this.indexes.places, lists));
  }

  search(query: string, options: SearchOptions = {}): Listing<SearchHit> {
    return new SearchResults(this.indexes.search, query, options);
  }

  snippets(hit: SearchHit): Snippet[] {
    return snippetsOf(hit);
  }

  annotations(source: SourceRecord): readonly AnnotationRecord[] {
    // Built on first use and kept for this version: most articles are never rendered.
    let found = this.annotationCache.get(source);
    if (!found) {
      found = annotationsOf(source, this.indexes.mentions.inSource(source));
      this.annotationCache.set(source, found);
    }
    return found;
  }
}

/** How many items of a list sorted by source count, most first, have at least `min` sources. */
function countAtLeast(sorted: readonly EventRecord[], min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.sources.length >= min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index lists are each in id order; a result drawn from one of them stays so, unchecked. A union of
 * several (or a date or count slice) may not be: it is checked, and re-sorted when it is not.
 */
function sortedById<T extends { id: string }>(found: readonly T[]): readonly T[] {
  if (!mayBeUnsorted.has(found)) return found;
  for (let i = 1; i < found.length; i++) if (found[i - 1]!.id > found[i]!.id) return [...found].sort(byId);
  return found;
}

function orderClaims(claims: readonly ClaimRecord[], order: Order<ClaimOrderField>): readonly ClaimRecord[] {
  if (order.field === 'ID' && order.direction === 'ASC') return claims;
  const sign = order.direction === 'ASC' ? 1 : -1;
  // Claims without the ordering value come last in either direction.
  const missingLast = (a: unknown, b: unknown) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : null);
  const by: Record<ClaimOrderField, (a: ClaimRecord, b: ClaimRecord) => number> = {
    ID: () => 0,
    TIME: (a, b) => missingLast(a.time, b.time) ?? sign * (compareStrings(a.time!.start, b.time!.start) || compareStrings(a.time!.end, b.time!.end)),
    PUBLISHED_AT: (a, b) => sign * compareStrings(a.source.publishedAt, b.source.publishedAt),
    QUANTITY: (a, b) => missingLast(a.quantity, b.quantity) ?? sign * (a.quantity!.value - b.quantity!.value),
  };
  return [...claims].sort((a, b) => by[order.field](a, b) || sign * compareStrings(a.id, b.id));
}

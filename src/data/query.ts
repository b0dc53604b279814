/**
 * Filtering and ordering the Dataset's records for the list fields. Each query
 * starts from the smallest load-time index its filter names (a place's events,
 * a topic's claims, a binary search over dates...) and checks the remaining
 * conditions on that candidate list only: O(k) for k candidates, never a scan
 * of the whole dataset when the filter names an index.
 */
import { dayNumber, overlaps, quantityRange } from './agreement.js';
import type { ActorRecord, ClaimRecord, Dataset, EventRecord, PlaceRecord, SourceRecord, TopicRecord } from './dataset.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export type Direction = 'ASC' | 'DESC';

/** Records whose [start, end] date range overlaps `range`, from a list sorted by start. */
function byDateRange<T>(sorted: readonly T[], range: DateRange, dateOf: (t: T) => { start: string; end: string }, longestDays: number): T[] {
  const to = range.to ?? '9999-12-31';
  const from = range.from ?? '0000-01-01';
  // Only records starting after from - longest span can still reach `from`.
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
  return out;
}

/** The smallest of the candidate lists a filter names; null when it names none. */
function smallest<T>(lists: Array<readonly T[] | null>): readonly T[] | null {
  let best: readonly T[] | null = null;
  for (const list of lists) if (list && (!best || list.length < best.length)) best = list;
  return best;
}

const union = <T>(lists: Array<readonly T[]>): T[] => [...new Set(lists.flat())];

export interface EventFilter {
  date?: DateRange | null;
  types?: readonly string[] | null;
  subTypes?: readonly string[] | null;
  places?: readonly PlaceRecord[] | null;
  actors?: readonly ActorRecord[] | null;
  actorRole?: string | null;
  sources?: readonly SourceRecord[] | null;
  minSourceCount?: number | null;
  disputed?: boolean | null;
}

export type EventOrderField = 'DATE' | 'SOURCE_COUNT' | 'KEY';

export const isDisputed = (e: EventRecord) => e.claims.some((c) => c.topicRecord?.agreement === 'CONFLICT');

export function findEvents(dataset: Dataset, filter: EventFilter = {}): readonly EventRecord[] {
  const placeEvents = filter.places?.length ? union(filter.places.map((p) => p.eventsWithin)) : null;
  const actorEvents = filter.actors?.length
    ? union(filter.actors.map((a) => a.events.filter((x) => !filter.actorRole || x.role === filter.actorRole).map((x) => x.event)))
    : null;
  const sourceEvents = filter.sources?.length ? union(filter.sources.map((s) => s.events)) : null;
  const dated = filter.date && (filter.date.from || filter.date.to) ? byDateRange(dataset.eventsByDate, filter.date, (e) => e.date, dataset.longestEventDays) : null;
  const candidates = smallest([placeEvents, actorEvents, sourceEvents, dated]) ?? dataset.events;
  const sets = [placeEvents, actorEvents, sourceEvents, dated].map((l) => (l && l !== candidates ? new Set(l) : null));
  const types = filter.types?.length ? new Set(filter.types) : null;
  const subTypes = filter.subTypes?.length ? new Set(filter.subTypes) : null;
  return candidates.filter(
    (e) =>
      sets.every((s) => !s || s.has(e)) &&
      (!types || types.has(e.type)) &&
      (!subTypes || subTypes.has(e.subType)) &&
      (filter.minSourceCount == null || e.sources.length >= filter.minSourceCount) &&
      (filter.disputed == null || isDisputed(e) === filter.disputed),
  );
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function orderEvents(events: readonly EventRecord[], field: EventOrderField, direction: Direction): readonly EventRecord[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const key: Record<EventOrderField, (a: EventRecord, b: EventRecord) => number> = {
    DATE: (a, b) => compareStrings(a.date.start, b.date.start) || compareStrings(a.date.end, b.date.end),
    SOURCE_COUNT: (a, b) => a.sources.length - b.sources.length,
    KEY: () => 0,
  };
  return [...events].sort((a, b) => sign * (key[field](a, b) || compareStrings(a.key, b.key)));
}

export interface ClaimFilter {
  sources?: readonly SourceRecord[] | null;
  claimants?: readonly ActorRecord[] | null;
  topics?: readonly TopicRecord[] | null;
  events?: readonly EventRecord[] | null;
  places?: readonly PlaceRecord[] | null;
  actors?: readonly ActorRecord[] | null;
  modalities?: readonly string[] | null;
  attribution?: string | null;
  curation?: string | null;
  time?: DateRange | null;
  hasQuantity?: boolean | null;
  /** Claims whose quantity's bounds overlap [min, max]. */
  quantity?: { min?: number | null; max?: number | null; unit?: string | null } | null;
}

export type ClaimOrderField = 'ID' | 'TIME' | 'PUBLISHED_AT' | 'QUANTITY';

export function findClaims(dataset: Dataset, filter: ClaimFilter = {}): readonly ClaimRecord[] {
  const lists = [
    filter.sources?.length ? union(filter.sources.map((s) => s.claims)) : null,
    filter.claimants?.length ? union(filter.claimants.map((a) => a.claimsAsClaimant)) : null,
    filter.topics?.length ? union(filter.topics.map((t) => t.claims)) : null,
    filter.events?.length ? union(filter.events.map((e) => e.claims)) : null,
    filter.places?.length ? union(filter.places.map((p) => p.claimsWithin)) : null,
    filter.actors?.length ? union(filter.actors.map((a) => a.claims)) : null,
    filter.time && (filter.time.from || filter.time.to) ? byDateRange(dataset.claimsByTime, filter.time, (c) => c.time!, dataset.longestClaimDays) : null,
  ];
  const candidates = smallest(lists) ?? dataset.claims;
  const sets = lists.map((l) => (l && l !== candidates ? new Set(l) : null));
  const modalities = filter.modalities?.length ? new Set(filter.modalities) : null;
  const q = filter.quantity;
  const wanted = q && (q.min != null || q.max != null) ? { low: q.min ?? -Infinity, high: q.max ?? Infinity, lowExclusive: false, highExclusive: false } : null;
  return candidates.filter(
    (c) =>
      sets.every((s) => !s || s.has(c)) &&
      (!modalities || modalities.has(c.modality)) &&
      (!filter.attribution || c.attribution === filter.attribution) &&
      (!filter.curation || c.curation === filter.curation) &&
      (filter.hasQuantity == null || Boolean(c.quantity) === filter.hasQuantity) &&
      (!q?.unit || c.quantity?.unit === q.unit) &&
      (!wanted || (c.quantity !== undefined && overlaps(quantityRange(c.quantity), wanted))),
  );
}

export function orderClaims(claims: readonly ClaimRecord[], field: ClaimOrderField, direction: Direction): readonly ClaimRecord[] {
  if (field === 'ID' && direction === 'ASC') return claims;
  const sign = direction === 'ASC' ? 1 : -1;
  // Claims without the ordering value come last in either direction.
  const missingLast = (a: unknown, b: unknown) => (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : null);
  const key: Record<ClaimOrderField, (a: ClaimRecord, b: ClaimRecord) => number> = {
    ID: () => 0,
    TIME: (a, b) => missingLast(a.time, b.time) ?? sign * (compareStrings(a.time!.start, b.time!.start) || compareStrings(a.time!.end, b.time!.end)),
    PUBLISHED_AT: (a, b) => sign * compareStrings(a.source.publishedAt, b.source.publishedAt),
    QUANTITY: (a, b) => missingLast(a.quantity, b.quantity) ?? sign * (a.quantity!.value - b.quantity!.value),
  };
  return [...claims].sort((a, b) => key[field](a, b) || sign * compareStrings(a.id, b.id));
}

export interface TopicFilter {
  agreements?: readonly string[] | null;
  valueKinds?: readonly string[] | null;
  sources?: readonly SourceRecord[] | null;
}

export type TopicOrderField = 'KEY' | 'SOURCE_COUNT' | 'CLAIM_COUNT';

export function findTopics(dataset: Dataset, filter: TopicFilter = {}): readonly TopicRecord[] {
  const agreements = filter.agreements?.length ? new Set(filter.agreements) : null;
  const kinds = filter.valueKinds?.length ? new Set(filter.valueKinds) : null;
  const sources = filter.sources?.length ? new Set(filter.sources) : null;
  return dataset.topics.filter(
    (t) => (!agreements || agreements.has(t.agreement)) && (!kinds || kinds.has(t.valueKind)) && (!sources || t.sources.some((s) => sources.has(s))),
  );
}

export function orderTopics(topics: readonly TopicRecord[], field: TopicOrderField, direction: Direction): readonly TopicRecord[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const key: Record<TopicOrderField, (a: TopicRecord, b: TopicRecord) => number> = {
    KEY: () => 0,
    SOURCE_COUNT: (a, b) => a.sources.length - b.sources.length,
    CLAIM_COUNT: (a, b) => a.claims.length - b.claims.length,
  };
  return [...topics].sort((a, b) => sign * (key[field](a, b) || compareStrings(a.key, b.key)));
}

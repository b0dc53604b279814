/**
 * Linking validated data into records and indexes: every key becomes the
 * record it names, every list is sorted, agreement is computed, mentions are
 * found, and the indexes and the search index are built, once per dataVersion.
 * Pure: the same data gives the same store.
 */
import { answerOf, compare, dayNumber, quantityRange, type Agreement } from '../domain/agreement.js';
import { aliasMatcher, normalAlias, type Aliases } from '../domain/aliases.js';
import { MentionIndex, type SourceMentions } from '../domain/mentions.js';
import {
  Span,
  type ActorRecord,
  type ClaimRecord,
  type EntityRecord,
  type EventActorRecord,
  type EventRecord,
  type Listing,
  type PlaceRecord,
  type NodeKind,
  type PositionRecord,
  type ProvisionalComparison,
  type QuantityRecord,
  type RecordOf,
  type TimeRecord,
  type SourceRecord,
  type SuggestionRecord,
  type TopicRecord,
} from '../domain/records.js';
import { DEFAULT_SUGGESTION_CONFIDENCE, type Actor, type Place, type SourceMeta, type Suggestion, type Topic } from '../domain/format.js';
import { SearchIndex, searchDocuments, type SearchIndexData } from '../domain/search/index.js';
import { MemoryStore, type MemoryIndexes } from '../domain/store.js';
import { buildSearch } from './search-build.js';
import { ENUMS, isoOfDay, RowsBuilder, type CompactClaims, type CompactData, type CompactSources, type Rows } from './compact.js';

/** A record while it is being linked: its lists may still grow. */
export type Building<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

/**
 * Most of a claim's lists are empty (no claimant, no relation...): they all share this one array, and a
 * list is made when its first item comes. Spare memory at a million claims.
 */
const EMPTY = Object.freeze([]) as readonly never[];
const NO_MENTIONS: Listing<Span> = EMPTY;
const listOf = <T>(items: readonly T[]): T[] => (items.length ? [...items] : (EMPTY as unknown as T[]));
/** Adds an item to a list that may still be the shared EMPTY. */
function append<O extends { [key in K]: unknown[] }, K extends string>(owner: O, key: K, item: O[K][number]): void {
  if ((owner[key] as unknown) === EMPTY) (owner as { [key in K]: unknown[] })[key] = [item];
  else owner[key].push(item);
}

/** One copy of each value of a closed vocabulary (enum values, units), instead of one per record read. */
function interner() {
  const seen = new Map<string, string>();
  return <S extends string>(value: S): S => {
    const known = seen.get(value);
    if (known !== undefined) return known as S;
    seen.set(value, value);
    return value;
  };
}
const intern = interner();
/**
 * Short phrases recur in any corpus ("on Thursday", "dozens", "yes"): those of 32 characters or fewer are
 * kept once. Statements and texts are not: in a real corpus each is its own.
 */
const internShort = <S extends string | null>(value: S): S => (value !== null && value.length <= 32 ? intern(value) : value);

/** A claim: its key is read from its id rather than kept twice. */
/** What a claim's short lists are read from: the compact rows, and the entities in file order. */
interface ClaimTable {
  readonly rows: Pick<CompactClaims, 'claimants' | 'actors' | 'places' | 'events' | 'evidence' | 'suggestions'>;
  readonly actors: readonly ActorRecord[];
  readonly places: readonly PlaceRecord[];
  readonly events: readonly EventRecord[];
  /** Finds a suggestion's target: set once the store is made. */
  lookup: Lookup;
}

/** A record by kind and key, as the store finds it. */
export type Lookup = <K extends NodeKind>(kind: K, key: string) => RecordOf<K> | undefined;

/**
 * A claim. Its short lists (claimants, events, places, actors, evidence) are read from the compact rows
 * when asked, not held as arrays: a million claims would hold five million small arrays. Its fields are
 * assigned in one order, so every claim has one shape with its fields inside the object.
 */
class LinkedClaim {
  declare readonly nodeKind: 'Claim';
  corroborates: ClaimRecord[] = EMPTY as unknown as ClaimRecord[];
  contradicts: ClaimRecord[] = EMPTY as unknown as ClaimRecord[];
  supersedes: ClaimRecord[] = EMPTY as unknown as ClaimRecord[];

  constructor(
    private readonly table: ClaimTable,
    /** The claim's row in the compact claims. */
    readonly row: number,
    readonly id: string,
    readonly statement: string,
    readonly source: SourceRecord,
    readonly attribution: ClaimRecord['attribution'],
    readonly modality: ClaimRecord['modality'],
    readonly curation: ClaimRecord['curation'],
    readonly quantity: ClaimRecord['quantity'],
    readonly time: ClaimRecord['time'],
    readonly topic: TopicRecord | null,
    readonly answer: string | null,
  ) {}

  get key(): string {
    return this.id.slice(this.id.indexOf('/') + 1);
  }
  get claimants(): ActorRecord[] {
    return rowOf(this.table.rows.claimants, this.row, this.table.actors);
  }
  get actors(): ActorRecord[] {
    return rowOf(this.table.rows.actors, this.row, this.table.actors);
  }
  get places(): PlaceRecord[] {
    return rowOf(this.table.rows.places, this.row, this.table.places);
  }
  get events(): EventRecord[] {
    return rowOf(this.table.rows.events, this.row, this.table.events);
  }
  get evidence(): Span[] {
    return spansOf(this.table.rows.evidence, this.row, this.source);
  }
  get suggestions(): SuggestionRecord[] {
    const json = this.table.rows.suggestions[this.row];
    return json ? suggestionRecords(this as unknown as ClaimRecord, JSON.parse(json) as Suggestion[], this.table.lookup) : (EMPTY as unknown as SuggestionRecord[]);
  }
}
Object.defineProperty(LinkedClaim.prototype, 'nodeKind', { value: 'Claim' });

const SUGGESTION_TARGETS = { TOPIC: 'Topic', EVENT: 'Event', CLAIMANT: 'Actor', ACTOR: 'Actor', PLACE: 'Place' } as const;

/** A claim's suggestions as records, most confident first (then by key). */
export function suggestionRecords(claim: ClaimRecord, suggestions: readonly Suggestion[], lookup: Lookup): SuggestionRecord[] {
  return suggestions
    .map(
      (s): SuggestionRecord => ({
        nodeKind: 'Suggestion',
        id: `${claim.id}/${s.key}`,
        key: s.key,
        claim,
        kind: s.kind,
        target: s.target === null ? null : (lookup(SUGGESTION_TARGETS[s.kind], s.target) ?? null),
        proposal: s.proposal ?? null,
        confidence: s.confidence,
        reasons: s.reasons,
        status: s.status,
      }),
    )
    .sort((a, b) => b.confidence - a.confidence || compareStrings(a.key, b.key));
}

/** An array of exactly n items (an array grown by push keeps room for more: a million small lists would waste it). */
function exactly<T>(n: number, item: (i: number) => T): T[] {
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = item(i);
  return out;
}

/** An event: its spans are its claims', gathered when read. */
class LinkedEvent {
  declare readonly claims: readonly ClaimRecord[];
  get evidence(): Span[] {
    return this.claims.flatMap((c) => c.evidence);
  }
}

/** A topic's positions: its curated claims in position order, each row made when read. */
export class Positions implements Listing<PositionRecord> {
  constructor(private readonly claims: readonly ClaimRecord[]) {}
  get length(): number {
    return this.claims.length;
  }
  slice(start?: number, end?: number): PositionRecord[] {
    return this.claims.slice(start, end).map(positionOf);
  }
}
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/** The distinct articles of some records, by slug. */
function articlesOf(records: Iterable<{ source: SourceRecord }>): SourceRecord[] {
  const seen = new Set<SourceRecord>();
  for (const r of records) seen.add(r.source);
  return [...seen].sort(byId);
}

/**
 * The comparisons of the topics: each topic's agreement (file order), its positions, and each claim's
 * relations, claims given by their row in the compact claims.
 */
export interface Comparisons {
  readonly agreement: Uint8Array;
  readonly positions: Rows;
  readonly corroborates: Rows;
  readonly contradicts: Rows;
  readonly supersedes: Rows;
}

/** What a snapshot keeps besides the compact data: the results of the costly work, made once per version. */
export interface Derived {
  /** Every article's mentions, as the alias scan found them. */
  readonly mentions: readonly SourceMentions[];
  readonly search: SearchIndexData;
  readonly comparisons: Comparisons;
}

/**
 * Links compact data into a store; with `derived` (from a snapshot) the alias scan, the search index and
 * the comparisons are read, not made. Returns the derived data too, for the snapshot. Without `derived`,
 * the search index is built beside the rest as soon as the records it reads are linked (search-build.ts).
 */
export async function linkStore(data: CompactData, derived?: Derived): Promise<{ store: MemoryStore; derived: Derived }> {
  const sources = linkSources(data.sources);
  const inFileOrder = linkEntities(data);
  // Claims are made in id order, so every list they are added to is in id order without sorting.
  const { claims, byRow, table } = linkClaims(data.claims, sources, inFileOrder);
  const [topics, events, actors, places] = [inFileOrder.topics, inFileOrder.events, inFileOrder.actors, inFileOrder.places].map((list) => [...list].sort(byId)) as [
    Array<Building<TopicRecord>>,
    Array<Building<EventRecord>>,
    Array<Building<ActorRecord>>,
    Array<Building<PlaceRecord>>,
  ];
  gatherEvents(events);
  // Every field the search index reads is linked now (claims, their spans, events' claims, entities' aliases).
  const searching = derived ? Promise.resolve(derived.search) : buildSearch(searchDocuments({ sources, claims, events, actors, places }));
  gatherPlaces(places, claims, events);
  for (const topic of topics) topic.sources = articlesOf(topic.claims);
  const comparisons = derived?.comparisons ?? compareTopics(inFileOrder.topics, rowsOfClaims(byRow));
  applyComparisons(comparisons, inFileOrder.topics, byRow);
  for (const event of events) event.disputed = event.claims.some((c) => c.topic?.agreement === 'CONFLICT');
  gatherSourceLinks(sources);
  trimLists(events, topics);

  const aliases = aliasTable(actors, places);
  const entities: Array<Building<ActorRecord> | Building<PlaceRecord>> = [...actors, ...places];
  const mentions = new MentionIndex(sources, entities as EntityRecord[], derived?.mentions ?? scanMentions(sources, entities as EntityRecord[], aliases));
  entities.forEach((entity, i) => {
    const list = mentions.ofEntity(i);
    entity.mentions = list;
    entity.sources = list.articles();
  });

  const records = { sources, claims, events, topics, actors, places };
  const search = SearchIndex.from(await searching, { ...records, aliases });
  const suggestionCount = data.claims.suggestions.reduce((n, json) => n + (json ? (JSON.parse(json) as unknown[]).length : 0), 0);
  const store = new MemoryStore(buildIndexes(data.version, records, aliases, mentions, search, suggestionCount));
  table.lookup = (kind, key) => store.record(kind, key);
  // Provisional comparisons need the suggestions' targets, found through the store.
  const suggested = suggestedClaims(store.indexes.claimsBy.curation.get('AUTO') ?? []);
  for (const [topic, claims] of suggested) (topic as Building<TopicRecord>).provisional = provisionalComparison(topic, claims);
  const x = store.indexes as { -readonly [K in keyof typeof store.indexes]: (typeof store.indexes)[K] };
  x.suggested = suggested;
  x.topicsBy = { ...x.topicsBy, provisionalAgreement: groupBy(topics, (t): Agreement => t.provisional?.agreement ?? t.agreement) };
  return { store, derived: { mentions: mentions.raw, search: search.data, comparisons } };
}

/** The spans of one row of [start, end] pairs, on a source. */
function spansOf(rows: Rows, row: number, source: SourceRecord): Span[] {
  const from = rows.starts[row]!;
  return exactly((rows.starts[row + 1]! - from) / 2, (i) => new Span(source, rows.items[from + 2 * i]!, rows.items[from + 2 * i + 1]!));
}

function linkSources(data: CompactSources): Array<Building<SourceRecord>> {
  let boilerplateAt = 0;
  let nonAssertionAt = 0;
  return data.metas.map((meta, i) => {
    const source = sourceRecord(meta, data.texts[i]!);
    source.boilerplate = spansOf(data.boilerplate, i, source)
      .map((span) => ({ kind: ENUMS.boilerplate[data.boilerplateKinds[boilerplateAt]!]!, note: data.boilerplateNotes[boilerplateAt++]!, span }))
      .sort((a, b) => a.span.start - b.span.start);
    source.nonAssertions = spansOf(data.nonAssertions, i, source)
      .map((span) => ({ reason: data.nonAssertionReasons[nonAssertionAt++]!, span }))
      .sort((a, b) => a.span.start - b.span.start);
    return source;
  });
}

/** An article as a record, before its anchors, claims and links are added. */
export function sourceRecord(meta: Omit<SourceMeta, 'boilerplate'>, text: string): Building<SourceRecord> {
  return {
      nodeKind: 'Source',
      id: meta.slug,
      slug: meta.slug,
      title: meta.title,
      titleBasis: meta.titleBasis,
      publisher: meta.publisher,
      publisherBasis: meta.publisherBasis,
      byline: meta.byline,
      agencies: listOf(meta.agencies),
      publishedAt: meta.publishedAt,
      publishedAtBasis: meta.publishedAtBasis,
      url: meta.url,
      language: intern(meta.language),
      sha256: meta.sha256,
      text,
      boilerplate: [],
      nonAssertions: [],
      claims: [],
      events: [],
      topics: [],
  };
}

interface Entities {
  actors: Array<Building<ActorRecord>>;
  places: Array<Building<PlaceRecord>>;
  topics: Array<Building<TopicRecord>>;
  events: Array<Building<EventRecord>>;
}

/** Dates recur (many records, few days): each day's string is made once. */
const isoDays = new Map<number, string>();
const isoDay = (day: number) => isoDays.get(day) ?? (isoDays.set(day, isoOfDay(day)), isoOfDay(day));

/** Entities in file order (the compact references are positions in the files); sorted by the caller. */
function linkEntities(data: CompactData): Entities {
  const actors = data.actors.map(actorRecord);
  const actorByKey = new Map(actors.map((a) => [a.key, a]));
  data.actors.forEach((a, i) => (actors[i]!.memberOf = a.memberOf ? actorByKey.get(a.memberOf)! : null));

  const places = data.places.map(placeRecord);
  const placeByKey = new Map(places.map((p) => [p.key, p]));
  data.places.forEach((p, i) => (places[i]!.within = p.within ? placeByKey.get(p.within)! : null));

  const t = data.topics;
  const topics = t.keys.map((key, i) =>
    topicRecord({
      key,
      question: t.questions[i]!,
      measure: t.measures[i]!,
      unit: t.units[i] ?? null,
      population: t.populations[i]!,
      timeframe: t.timeframes[i]!,
      valueKind: ENUMS.valueKind[t.valueKinds[i]!]!,
      expectedChange: ENUMS.expectedChange[t.expectedChanges[i]!]!,
    }),
  );

  const e = data.events;
  const events = e.keys.map((key, i) => {
    const actorsOf: EventActorRecord[] = [];
    for (let j = e.actors.starts[i]!; j < e.actors.starts[i + 1]!; j++) actorsOf.push({ actor: actors[e.actors.items[j]!]!, role: ENUMS.role[e.roles[j]!]! });
    return eventRecord({
      key,
      title: e.titles[i]!,
      description: e.descriptions[i]!,
      type: ENUMS.eventType[e.types[i]!]!,
      subType: ENUMS.eventSubType[e.subTypes[i]!]! as EventRecord['subType'],
      date: { start: isoDay(e.starts[i]!), end: isoDay(e.ends[i]!), precision: ENUMS.precision[e.precisions[i]!]! },
      places: rowOf(e.places, i, places),
      actors: listOf(actorsOf),
    });
  });
  for (const event of [...events].sort(byId)) {
    for (const place of event.places) (place as Building<PlaceRecord>).events.push(event);
    for (const { actor, role } of event.actors) (actor as Building<ActorRecord>).events.push({ event, role });
  }
  return { actors, places, topics, events };
}

/** An actor as a record, before its links are added (`memberOf` is set by the caller). */
export function actorRecord(a: Actor): Building<ActorRecord> {
  return {
    nodeKind: 'Actor',
    id: a.key,
    key: a.key,
    name: a.name,
    kind: intern(a.kind),
    description: a.description,
    aliases: a.aliases,
    memberOf: null,
    curation: a.curation,
    mergedKeys: a.mergedKeys,
    mentions: NO_MENTIONS,
    claims: [],
    claimsAsClaimant: EMPTY as unknown as ClaimRecord[],
    events: [],
    sources: [],
  };
}

/** A place as a record, before its links are added (`within` is set by the caller). */
export function placeRecord(p: Place): Building<PlaceRecord> {
  return {
    nodeKind: 'Place',
    id: p.key,
    key: p.key,
    name: p.name,
    kind: intern(p.kind),
    description: p.description,
    aliases: p.aliases,
    location: p.location,
    within: null,
    curation: p.curation,
    mergedKeys: p.mergedKeys,
    mentions: NO_MENTIONS,
    claims: [],
    events: [],
    claimsWithin: [],
    eventsWithin: [],
    placesWithin: [],
    sources: [],
  };
}

/** A topic as a record, before its claims are added and compared. */
export function topicRecord(t: Topic): Building<TopicRecord> {
  return {
    nodeKind: 'Topic',
    id: t.key,
    key: t.key,
    question: t.question,
    measure: t.measure,
    unit: t.unit === null ? null : intern(t.unit),
    population: t.population,
    timeframe: t.timeframe,
    valueKind: t.valueKind,
    expectedChange: t.expectedChange,
    claims: [],
    sources: [],
    agreement: 'SINGLE_SOURCE',
    positions: EMPTY,
    provisional: null,
  };
}

/**
 * The unreviewed (AUTO) claims each topic would count provisionally: those linked to it, and those with
 * a suggestion of it, not yet reviewed, at the default confidence or more.
 */
export function suggestedClaims(autoClaims: readonly ClaimRecord[]): Map<TopicRecord, Set<ClaimRecord>> {
  const byTopic = new Map<TopicRecord, Set<ClaimRecord>>();
  const add = (topic: TopicRecord, claim: ClaimRecord) => {
    const set = byTopic.get(topic);
    if (set) set.add(claim);
    else byTopic.set(topic, new Set([claim]));
  };
  for (const claim of autoClaims) {
    if (claim.curation !== 'AUTO') continue;
    if (claim.topic) add(claim.topic, claim);
    for (const s of claim.suggestions) {
      if (s.kind === 'TOPIC' && s.status === 'SUGGESTED' && s.confidence >= DEFAULT_SUGGESTION_CONFIDENCE && s.target?.nodeKind === 'Topic') add(s.target, claim);
    }
  }
  return byTopic;
}

/** A topic compared with its suggested claims too; null when there are none. */
export function provisionalComparison(topic: TopicRecord, suggested: ReadonlySet<ClaimRecord> | undefined): ProvisionalComparison | null {
  if (!suggested?.size) return null;
  const claims = [...suggested].sort(byId);
  const comparison = compareTopic(topic, [...topic.claims.filter((c) => c.curation === 'CURATED'), ...claims]);
  return { agreement: comparison.agreement, positions: new Positions(comparison.positions), suggested: claims };
}

/** An event as a record, its places and actors linked, before its claims are added. */
export function eventRecord(e: Pick<EventRecord, 'key' | 'title' | 'description' | 'type' | 'subType' | 'date' | 'places' | 'actors'>): Building<EventRecord> {
  return Object.assign(new LinkedEvent(), {
    nodeKind: 'Event',
    id: e.key,
    key: e.key,
    title: e.title,
    description: e.description,
    type: e.type,
    subType: e.subType,
    date: e.date,
    places: e.places,
    actors: e.actors,
    claims: [],
    sources: [],
    disputed: false,
  }) as unknown as Building<EventRecord>;
}

/** The records one row of references names, or the shared EMPTY for none. */
function rowOf<T>(rows: Rows, row: number, records: readonly T[]): T[] {
  const from = rows.starts[row]!;
  const to = rows.starts[row + 1]!;
  if (from === to) return EMPTY as unknown as T[];
  return exactly(to - from, (i) => records[rows.items[from + i]!]!);
}

function linkClaims(c: CompactClaims, sources: Array<Building<SourceRecord>>, entities: Entities): { claims: ClaimRecord[]; byRow: ClaimRecord[]; table: ClaimTable } {
  const { actors, places, topics, events } = entities;
  const table: ClaimTable = {
    rows: { claimants: c.claimants, actors: c.actors, places: c.places, events: c.events, evidence: c.evidence, suggestions: c.suggestions },
    actors,
    places,
    events,
    lookup: () => undefined,
  };
  const claims: ClaimRecord[] = [];
  const byRow = new Array<ClaimRecord>(c.keys.length);
  // One "<slug>/" per article: each claim's id joins it to the key rather than copying the slug.
  const idPrefixes = sources.map((s) => `${s.slug}/`);
  for (const i of idOrder(c, sources)) {
    const source = sources[c.source[i]!]!;
    const evidence = spansOf(c.evidence, i, source);
    const q = c.quantity[i]!;
    const t = c.time[i]!;
    const quantity = q < 0 ? null : quantityRecord(c.quantityValues[q]!, c.quantityUnits[q]!, ENUMS.qualifier[c.quantityQualifiers[q]!]!, c.quantityWords[q]!, evidence);
    const time = t < 0 ? null : timeRecord(isoDay(c.timeStarts[t]!), isoDay(c.timeEnds[t]!), ENUMS.precision[c.timePrecisions[t]!]!, c.timeWords[t] ?? null, evidence);
    const record = new LinkedClaim(
      table,
      i,
      idPrefixes[c.source[i]!]! + c.keys[i]!,
      c.statements[i]!,
      source,
      ENUMS.attribution[c.attribution[i]!]!,
      ENUMS.modality[c.modality[i]!]!,
      ENUMS.curation[c.curation[i]!]!,
      quantity,
      time,
      c.topic[i]! < 0 ? null : topics[c.topic[i]!]!,
      internShort(c.answers[i]!),
    ) as unknown as ClaimRecord;
    claims.push(record);
    byRow[i] = record;
    source.claims.push(record);
    (record.topic as Building<TopicRecord> | null)?.claims.push(record);
    // Straight from the rows: a million claims would otherwise make millions of short-lived arrays here.
    forRow(c.events, i, (e) => (events[e] as Building<EventRecord>).claims.push(record));
    forRow(c.claimants, i, (a) => {
      (actors[a] as Building<ActorRecord>).claims.push(record);
      append(actors[a] as Building<ActorRecord>, 'claimsAsClaimant', record);
    });
    // An actor both claimant and named is listed once: named actors already added as claimants are skipped.
    forRow(c.actors, i, (a) => {
      const list = (actors[a] as Building<ActorRecord>).claims;
      if (list[list.length - 1] !== record) list.push(record);
    });
    forRow(c.places, i, (p) => (places[p] as Building<PlaceRecord>).claims.push(record));
  }
  return { claims, byRow, table };
}

/** A claim's quantity as a record: its bounds, and where its words stand in the evidence. */
export function quantityRecord(value: number, unit: string, qualifier: QuantityRecord['qualifier'], words: string, evidence: readonly Span[]): QuantityRecord {
  return { value, unit: intern(unit), qualifier, words: internShort(words), range: quantityRange({ value, qualifier }), evidence: locateWords(evidence, words)! };
}

/** A claim's time as a record, with where its words stand in the evidence. */
export function timeRecord(start: string, end: string, precision: TimeRecord['precision'], words: string | null, evidence: readonly Span[]): TimeRecord {
  return { start, end, precision, words: internShort(words), evidence: locateWords(evidence, words ?? undefined) };
}

/** Each claim's row in the compact claims. */
const rowsOfClaims = (byRow: readonly ClaimRecord[]) => new Map(byRow.map((claim, row) => [claim, row]));

function forRow(rows: Rows, row: number, each: (item: number) => void): void {
  for (let i = rows.starts[row]!; i < rows.starts[row + 1]!; i++) each(rows.items[i]!);
}

/**
 * The claims' indexes in id order (`<slug>/<key>`), without comparing ids: each article's claims by key,
 * the articles by `<slug>/` (not by slug: "a-b/..." sorts before "a/...").
 */
function idOrder(c: CompactClaims, sources: ReadonlyArray<{ slug: string }>): number[] {
  const bySource: number[][] = sources.map(() => []);
  for (let i = 0; i < c.source.length; i++) bySource[c.source[i]!]!.push(i);
  const sourceOrder = sources.map((s, i) => ({ key: `${s.slug}/`, i })).sort((a, b) => compareStrings(a.key, b.key));
  const order: number[] = [];
  for (const { i } of sourceOrder) for (const claim of bySource[i]!.sort((a, b) => compareStrings(c.keys[a]!, c.keys[b]!))) order.push(claim);
  return order;
}

/** Where `words` stand inside one of the evidence spans (the loader checked that they do). */
function locateWords(spans: readonly Span[], words: string | undefined): Span | null {
  if (!words) return null;
  for (const span of spans) {
    const at = span.quote.indexOf(words);
    if (at !== -1) return new Span(span.source, span.start + at, span.start + at + words.length);
  }
  return null;
}

function gatherEvents(events: Array<Building<EventRecord>>): void {
  for (const event of events) {
    event.sources = articlesOf(event.claims);
    for (const source of event.sources) (source as Building<SourceRecord>).events.push(event);
  }
}

/**
 * A place's claims and events include those of the places within it, at any depth. One pass over the
 * claims (and the events), in id order: each joins the lists of its places and of every place above them.
 */
function gatherPlaces(places: Array<Building<PlaceRecord>>, claims: readonly ClaimRecord[], events: readonly EventRecord[]): void {
  for (const place of places) {
    for (let up = place.within as Building<PlaceRecord> | null; up; up = up.within as Building<PlaceRecord> | null) up.placesWithin.push(place);
  }
  // A place with nothing inside it holds just its own claims and events: the same lists.
  for (const place of places) {
    place.claimsWithin = place.placesWithin.length ? [] : place.claims;
    place.eventsWithin = place.placesWithin.length ? [] : place.events;
  }
  const gather = <T>(records: readonly T[], placesOf: (r: T) => readonly PlaceRecord[], listOf: (p: Building<PlaceRecord>) => T[]) => {
    for (const record of records) {
      for (const place of placesOf(record)) {
        for (let p = place as Building<PlaceRecord> | null; p; p = p.within as Building<PlaceRecord> | null) {
          if (p.placesWithin.length === 0) continue;
          const list = listOf(p);
          if (list[list.length - 1] !== record) list.push(record);
        }
      }
    }
  };
  // A record's pushes all come before the next record's: a repeat (two of its places under one) is the last item.
  gather(claims, (c) => c.places, (p) => p.claimsWithin as ClaimRecord[]);
  gather(events, (e) => e.places, (p) => p.eventsWithin as EventRecord[]);
  for (const place of places) place.placesWithin.sort(byId);
}

/** One topic compared: its agreement, its positions (curated claims in position order) and the relations. */
export interface TopicComparison {
  readonly agreement: Agreement;
  readonly positions: ClaimRecord[];
  readonly relations: Array<{ kind: 'corroborates' | 'contradicts' | 'supersedes'; from: ClaimRecord; to: ClaimRecord }>;
}

/**
 * Agreement, positions and the claim-to-claim relations of one topic, from the claims' values. `include`
 * says which claims count: the curated ones only for the topic's own agreement (machine-made AUTO claims
 * stay out until a curator confirms them, so a misreading never shows as a dispute), more for a
 * provisional comparison.
 */
export function compareTopic(topic: TopicRecord, claims: readonly ClaimRecord[] = topic.claims.filter((c) => c.curation === 'CURATED')): TopicComparison {
  const counted = [...claims];
  const answered: ClaimRecord[] = [];
  const answers = counted.flatMap((c) => {
    const answer = answerOf(topic, c, c.id, c.source.slug, c.source.publishedAt);
    if (answer) answered.push(c);
    return answer ?? [];
  });
  const comparison = compare(topic, answers);
  const asOfEnd = (c: ClaimRecord) => c.time?.end ?? c.source.publishedAt;
  const asOfStart = (c: ClaimRecord) => c.time?.start ?? c.source.publishedAt;
  counted.sort((a, b) => compareStrings(asOfEnd(a), asOfEnd(b)) || compareStrings(asOfStart(a), asOfStart(b)) || compareStrings(a.source.slug, b.source.slug) || byId(a, b));
  const relations: TopicComparison['relations'] = [];
  for (const { a: i, b: j, relation } of comparison.relations) {
    const [ca, cb] = [answered[i]!, answered[j]!];
    if (relation === 'CORROBORATES' || relation === 'CONTRADICTS') {
      const kind = relation === 'CORROBORATES' ? 'corroborates' : 'contradicts';
      relations.push({ kind, from: ca, to: cb }, { kind, from: cb, to: ca });
    } else if (ca.time && cb.time && ca.time.start !== cb.time.start) {
      // An EVOLVING pair: the later value supersedes the earlier one.
      const [earlier, later] = ca.time.start < cb.time.start ? [ca, cb] : [cb, ca];
      relations.push({ kind: 'supersedes', from: later, to: earlier });
    }
  }
  return { agreement: comparison.agreement, positions: counted, relations };
}

/** Every topic compared, made once per data version (a snapshot keeps them): topics in file order, claims as rows. */
function compareTopics(topics: ReadonlyArray<Building<TopicRecord>>, rowOfClaim: ReadonlyMap<ClaimRecord, number>): Comparisons {
  const agreement = new Uint8Array(topics.length);
  const positions = new RowsBuilder();
  const relations = { corroborates: new Map<number, number[]>(), contradicts: new Map<number, number[]>(), supersedes: new Map<number, number[]>() };
  topics.forEach((topic, t) => {
    const comparison = compareTopic(topic);
    agreement[t] = ENUMS.agreement.indexOf(comparison.agreement);
    positions.row(comparison.positions.map((c) => rowOfClaim.get(c)!));
    for (const { kind, from, to } of comparison.relations) {
      const row = rowOfClaim.get(from)!;
      const list = relations[kind].get(row);
      if (list) list.push(rowOfClaim.get(to)!);
      else relations[kind].set(row, [rowOfClaim.get(to)!]);
    }
  });
  const claims = rowOfClaim.size;
  const rowsOf = (map: Map<number, number[]>) => {
    const built = new RowsBuilder();
    for (let row = 0; row < claims; row++) built.row(map.get(row) ?? []);
    return built.done();
  };
  return { agreement, positions: positions.done(), corroborates: rowsOf(relations.corroborates), contradicts: rowsOf(relations.contradicts), supersedes: rowsOf(relations.supersedes) };
}

/** Puts the comparisons on the records: agreements, positions, and each claim's relations (by id). */
function applyComparisons(comparisons: Comparisons, topics: ReadonlyArray<Building<TopicRecord>>, byRow: readonly ClaimRecord[]): void {
  topics.forEach((topic, t) => {
    topic.agreement = ENUMS.agreement[comparisons.agreement[t]!]!;
    topic.positions = new Positions(rowOf(comparisons.positions, t, byRow));
  });
  byRow.forEach((claim, row) => {
    const c = claim as Building<ClaimRecord>;
    c.corroborates = rowOf(comparisons.corroborates, row, byRow);
    c.contradicts = rowOf(comparisons.contradicts, row, byRow);
    c.supersedes = rowOf(comparisons.supersedes, row, byRow);
  });
}

const positionOf = (claim: ClaimRecord): PositionRecord => ({
  claim,
  source: claim.source,
  curated: claim.curation === 'CURATED',
  asOf: claim.time ? { start: claim.time.start, end: claim.time.end } : { start: claim.source.publishedAt, end: claim.source.publishedAt },
});

/** Lists grown by push keep room for more; the many small ones are copied to their exact size. */
function trimLists(events: ReadonlyArray<Building<EventRecord>>, topics: ReadonlyArray<Building<TopicRecord>>): void {
  const trim = <T>(list: T[]): T[] => (list.length > 0 && list.length < 64 ? list.slice() : list);
  for (const event of events) {
    event.claims = trim(event.claims);
    event.sources = trim(event.sources);
  }
  for (const topic of topics) {
    topic.claims = trim(topic.claims);
    topic.sources = trim(topic.sources);
  }
}

/** Each source's topics, from its claims. */
function gatherSourceLinks(sources: Array<Building<SourceRecord>>): void {
  for (const source of sources) {
    source.topics = [...new Set(source.claims.flatMap((c) => (c.topic ? [c.topic] : [])))].sort(byId);
  }
}

export function aliasTable(actors: readonly Building<ActorRecord>[], places: readonly Building<PlaceRecord>[]): Aliases {
  const entityByAlias = new Map<string, EntityRecord>();
  for (const entity of [...actors, ...places] as EntityRecord[]) for (const alias of entity.aliases) entityByAlias.set(normalAlias(alias), entity);
  return { entityByAlias, pattern: aliasMatcher([...entityByAlias.keys()]) };
}

/** Every alias occurrence in every article: [entity index, start, end] triples per article. */
export function scanMentions(sources: readonly SourceRecord[], entities: readonly EntityRecord[], aliases: Aliases): SourceMentions[] {
  const indexOf = new Map(entities.map((e, i) => [e, i]));
  return sources.map((source) => {
    const found: number[] = [];
    if (aliases.pattern) {
      for (const m of source.text.matchAll(aliases.pattern)) {
        const entity = aliases.entityByAlias.get(normalAlias(m[0]));
        if (entity) found.push(indexOf.get(entity)!, m.index, m.index + m[0].length);
      }
    }
    return Int32Array.from(found);
  });
}

interface LinkedRecords {
  sources: readonly SourceRecord[];
  claims: readonly ClaimRecord[];
  events: readonly EventRecord[];
  topics: readonly TopicRecord[];
  actors: readonly ActorRecord[];
  places: readonly PlaceRecord[];
}

/** Records grouped by the value of one field, each group in the list's own order. */
function groupBy<T, K>(list: readonly T[], keyOf: (t: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** How many anchors `annotationsOf` makes for an article with this many mentions. */
export const anchorCount = (source: SourceRecord, mentions: number) =>
  mentions + source.boilerplate.length + source.nonAssertions.length + source.claims.reduce((n, c) => n + c.evidence.length + (c.quantity ? 1 : 0) + (c.time?.evidence ? 1 : 0), 0);

const spanDays = (r: { start: string; end: string }) => dayNumber(r.end) - dayNumber(r.start);

/** Each merged key, to the actor or place it was merged into. */
export function redirectsOf(entities: readonly EntityRecord[]): Map<string, EntityRecord> {
  const redirects = new Map<string, EntityRecord>();
  for (const entity of entities) for (const key of entity.mergedKeys) redirects.set(`${entity.nodeKind}:${key}`, entity);
  return redirects;
}

function buildIndexes(version: string, records: LinkedRecords, aliases: Aliases, mentions: MentionIndex, search: SearchIndex, suggestionCount: number): MemoryIndexes {
  const { sources, claims, events, topics, actors, places } = records;
  const byDate = <T extends { id: string }>(list: readonly T[], dateOf: (t: T) => { start: string; end: string }) =>
    [...list].sort((a, b) => compareStrings(dateOf(a).start, dateOf(b).start) || compareStrings(dateOf(a).end, dateOf(b).end) || byId(a, b));
  const claimsByTime = byDate(
    claims.filter((c) => c.time),
    (c) => c.time!,
  );
  return {
    version,
    sources,
    claims,
    events,
    topics,
    actors,
    places,
    aliases,
    mentions,
    sourcesByDate: byDate(sources, (s) => ({ start: s.publishedAt, end: s.publishedAt })),
    eventsByDate: byDate(events, (e) => e.date),
    longestEventDays: events.reduce((longest, e) => Math.max(longest, spanDays(e.date)), 0),
    claimsByTime,
    longestClaimDays: claimsByTime.reduce((longest, c) => Math.max(longest, spanDays(c.time!)), 0),
    sourcesByPublisher: groupBy(sources, (s) => s.publisher.toLowerCase()),
    claimsBy: {
      modality: groupBy(claims, (c) => c.modality),
      attribution: groupBy(claims, (c) => c.attribution),
      curation: groupBy(claims, (c) => c.curation),
      withQuantity: claims.filter((c) => c.quantity),
    },
    eventsBy: {
      type: groupBy(events, (e) => e.type),
      subType: groupBy(events, (e) => e.subType),
      disputed: groupBy(events, (e) => e.disputed),
      sourceCount: [...events].sort((a, b) => b.sources.length - a.sources.length || byId(a, b)),
    },
    topicsBy: {
      agreement: groupBy(topics, (t): Agreement => t.agreement),
      provisionalAgreement: new Map(),
      valueKind: groupBy(topics, (t) => t.valueKind),
    },
    actorsByKind: groupBy(actors, (a) => a.kind),
    placesByKind: groupBy(places, (p) => p.kind),
    search,
    largest: {
      annotationsPerSource: sources.reduce((most, source, i) => Math.max(most, anchorCount(source, mentions.raw[i]!.length / 3)), 0),
      eventsPerSource: sources.reduce((most, s) => Math.max(most, s.events.length), 0),
    },
    redirects: redirectsOf([...actors, ...places]),
    suggestionCount,
    suggested: new Map(),
  };
}

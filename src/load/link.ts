/**
 * Linking validated data into records and indexes: every key becomes the
 * record it names, every list is sorted, agreement is computed, mentions are
 * found, and the indexes and the search index are built, once per dataVersion.
 * Pure: the same data gives the same store.
 */
import { answerOf, compare, dayNumber, quantityRange, type Agreement } from '../domain/agreement.js';
import { aliasMatcher, normalAlias, type Aliases } from '../domain/aliases.js';
import type { Selector } from '../domain/format.js';
import { MentionIndex, type SourceMentions } from '../domain/mentions.js';
import {
  Span,
  type ActorRecord,
  type ClaimRecord,
  type EntityRecord,
  type EventRecord,
  type Listing,
  type PlaceRecord,
  type PositionRecord,
  type SourceRecord,
  type TopicRecord,
} from '../domain/records.js';
import { SearchIndex } from '../domain/search/index.js';
import { MemoryStore, type MemoryIndexes } from '../domain/store.js';
import type { ValidatedData } from './check.js';

/** A record while it is being linked: its lists may still grow. */
type Building<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

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

/** A claim: its key is read from its id rather than kept twice. */
class LinkedClaim {
  declare readonly nodeKind: 'Claim';
  constructor(fields: Omit<Building<ClaimRecord>, 'nodeKind' | 'key'>) {
    Object.assign(this, fields);
  }
  get key(): string {
    const id = (this as unknown as ClaimRecord).id;
    return id.slice(id.indexOf('/') + 1);
  }
}
Object.defineProperty(LinkedClaim.prototype, 'nodeKind', { value: 'Claim' });

/** An event: its spans are its claims', gathered when read. */
class LinkedEvent {
  declare readonly claims: readonly ClaimRecord[];
  get evidence(): Span[] {
    return this.claims.flatMap((c) => c.evidence);
  }
}

/** A topic's positions: its curated claims in position order, each row made when read. */
class Positions implements Listing<PositionRecord> {
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

/** Links validated data into a store. */
export function linkStore(data: ValidatedData, mentionScan?: readonly SourceMentions[]): MemoryStore {
  const sources = linkSources(data);
  const { actors, places, topics, events } = linkEntities(data);
  const claims = linkClaims(data, sources, { actors, places, topics, events });
  for (const list of [sources, topics, events, actors, places]) (list as Array<{ id: string }>).sort(byId);
  for (const owner of [...sources, ...topics, ...events, ...actors, ...places]) owner.claims.sort(byId);
  for (const actor of actors) actor.claimsAsClaimant.sort(byId);
  gatherEvents(events);
  gatherPlaces(places);
  compareTopics(topics);
  for (const event of events) event.disputed = event.claims.some((c) => c.topic?.agreement === 'CONFLICT');
  gatherSourceLinks(sources);

  const aliases = aliasTable(actors, places);
  const entities: Array<Building<ActorRecord> | Building<PlaceRecord>> = [...actors, ...places];
  const mentions = new MentionIndex(sources, entities as EntityRecord[], mentionScan ?? scanMentions(sources, entities as EntityRecord[], aliases));
  entities.forEach((entity, i) => {
    const list = mentions.ofEntity(i);
    entity.mentions = list;
    entity.sources = list.articles();
  });

  const indexes = buildIndexes(data.version, { sources, claims, events, topics, actors, places }, aliases, mentions);
  return new MemoryStore(indexes);
}

function linkSources(data: ValidatedData): Array<Building<SourceRecord>> {
  return data.sources.map(({ meta, text }) => {
    const source: Building<SourceRecord> = {
      nodeKind: 'Source',
      id: meta.slug,
      slug: meta.slug,
      title: meta.title,
      titleBasis: meta.titleBasis,
      publisher: meta.publisher,
      publisherBasis: meta.publisherBasis,
      byline: meta.byline,
      agencies: meta.agencies,
      publishedAt: meta.publishedAt,
      publishedAtBasis: meta.publishedAtBasis,
      url: meta.url,
      language: meta.language,
      sha256: meta.sha256,
      text,
      boilerplate: [],
      nonAssertions: [],
      claims: [],
      events: [],
      topics: [],
    };
    const spanOf = (s: Selector) => new Span(source, s.start, s.end);
    source.boilerplate = meta.boilerplate.map((b) => ({ kind: b.kind, note: b.note ?? null, span: spanOf(b.selector) })).sort((a, b) => a.span.start - b.span.start);
    source.nonAssertions = (data.annotations.get(meta.slug)?.nonAssertions ?? []).map((n) => ({ reason: n.reason, span: spanOf(n.selector) })).sort((a, b) => a.span.start - b.span.start);
    return source;
  });
}

interface Entities {
  actors: Array<Building<ActorRecord>>;
  places: Array<Building<PlaceRecord>>;
  topics: Array<Building<TopicRecord>>;
  events: Array<Building<EventRecord>>;
}

function linkEntities(data: ValidatedData): Entities {
  const actors = data.actors.map(
    (a): Building<ActorRecord> => ({
      nodeKind: 'Actor',
      id: a.key,
      key: a.key,
      name: a.name,
      kind: a.kind,
      description: a.description,
      aliases: a.aliases,
      memberOf: null,
      mentions: NO_MENTIONS,
      claims: [],
      claimsAsClaimant: [],
      events: [],
      sources: [],
    }),
  );
  const actorByKey = new Map(actors.map((a) => [a.key, a]));
  data.actors.forEach((a, i) => (actors[i]!.memberOf = a.memberOf ? actorByKey.get(a.memberOf)! : null));

  const places = data.places.map(
    (p): Building<PlaceRecord> => ({
      nodeKind: 'Place',
      id: p.key,
      key: p.key,
      name: p.name,
      kind: p.kind,
      description: p.description,
      aliases: p.aliases,
      location: p.location,
      within: null,
      mentions: NO_MENTIONS,
      claims: [],
      events: [],
      claimsWithin: [],
      eventsWithin: [],
      placesWithin: [],
      sources: [],
    }),
  );
  const placeByKey = new Map(places.map((p) => [p.key, p]));
  data.places.forEach((p, i) => (places[i]!.within = p.within ? placeByKey.get(p.within)! : null));

  const topics = data.topics.map(
    (t): Building<TopicRecord> => ({
      nodeKind: 'Topic',
      id: t.key,
      key: t.key,
      question: t.question,
      measure: t.measure,
      unit: t.unit,
      population: t.population,
      timeframe: t.timeframe,
      valueKind: t.valueKind,
      expectedChange: t.expectedChange,
      claims: [],
      sources: [],
      agreement: 'SINGLE_SOURCE',
      positions: EMPTY,
    }),
  );

  const events = data.events.map(
    (e) =>
      Object.assign(new LinkedEvent(), {
        nodeKind: 'Event',
        id: e.key,
        key: e.key,
        title: e.title,
        description: e.description,
        type: intern(e.type),
        subType: intern(e.subType as EventRecord['subType']),
        date: { start: e.date.start, end: e.date.end, precision: intern(e.date.precision) },
        places: listOf(e.places.map((k) => placeByKey.get(k)!)),
        actors: e.actors.map(({ actor, role }) => ({ actor: actorByKey.get(actor)!, role: intern(role) })),
        claims: [],
        sources: [],
        disputed: false,
      }) as unknown as Building<EventRecord>,
  );
  for (const event of events) {
    for (const place of event.places) (place as Building<PlaceRecord>).events.push(event);
    for (const { actor, role } of event.actors) (actor as Building<ActorRecord>).events.push({ event, role });
  }
  return { actors, places, topics, events };
}

function linkClaims(data: ValidatedData, sources: Array<Building<SourceRecord>>, entities: Entities): ClaimRecord[] {
  const byKey = <T extends { key: string }>(list: T[]) => new Map(list.map((r) => [r.key, r]));
  const actorByKey = byKey(entities.actors);
  const placeByKey = byKey(entities.places);
  const topicByKey = byKey(entities.topics);
  const eventByKey = byKey(entities.events);
  const claims: ClaimRecord[] = [];
  for (const source of sources) {
    for (const claim of data.annotations.get(source.slug)?.claims ?? []) {
      const evidence = claim.evidence.map((s) => new Span(source, s.start, s.end));
      const q = claim.quantity;
      const t = claim.time;
      const record = new LinkedClaim({
        id: `${source.slug}/${claim.key}`,
        statement: claim.statement,
        source,
        claimants: listOf(claim.claimants.map((k) => actorByKey.get(k)!)),
        attribution: intern(claim.attribution),
        modality: intern(claim.modality),
        quantity: q ? { value: q.value, unit: intern(q.unit), qualifier: intern(q.qualifier), words: q.words, range: quantityRange(q), evidence: locateWords(evidence, q.words)! } : null,
        time: t ? { start: t.start, end: t.end, precision: intern(t.precision), words: t.words ?? null, evidence: locateWords(evidence, t.words) } : null,
        topic: claim.topic ? topicByKey.get(claim.topic)! : null,
        answer: claim.answer ?? null,
        events: listOf(claim.events.map((k) => eventByKey.get(k)!)),
        places: listOf(claim.places.map((k) => placeByKey.get(k)!)),
        actors: listOf(claim.actors.map((k) => actorByKey.get(k)!)),
        curation: intern(claim.curation),
        evidence,
        corroborates: EMPTY as unknown as ClaimRecord[],
        contradicts: EMPTY as unknown as ClaimRecord[],
        supersedes: EMPTY as unknown as ClaimRecord[],
      }) as unknown as ClaimRecord;
      claims.push(record);
      source.claims.push(record);
      (record.topic as Building<TopicRecord> | null)?.claims.push(record);
      for (const event of record.events) (event as Building<EventRecord>).claims.push(record);
      for (const actor of new Set([...record.claimants, ...record.actors])) (actor as Building<ActorRecord>).claims.push(record);
      for (const actor of record.claimants) append(actor as Building<ActorRecord>, 'claimsAsClaimant', record);
      for (const place of record.places) (place as Building<PlaceRecord>).claims.push(record);
    }
  }
  return claims.sort(byId);
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

/** A place's claims and events include those of the places within it, at any depth. */
function gatherPlaces(places: Array<Building<PlaceRecord>>): void {
  for (const place of places) {
    for (let up = place.within as Building<PlaceRecord> | null; up; up = up.within as Building<PlaceRecord> | null) up.placesWithin.push(place);
  }
  for (const place of places) {
    place.placesWithin.sort(byId);
    // A place with nothing inside it holds just its own claims and events: the same lists.
    place.claimsWithin = place.placesWithin.length ? [...new Set([...place.claims, ...place.placesWithin.flatMap((p) => p.claims)])].sort(byId) : place.claims;
    place.eventsWithin = place.placesWithin.length ? [...new Set([...place.events, ...place.placesWithin.flatMap((p) => p.events)])].sort(byId) : place.events;
  }
}

/**
 * Agreement, positions and the claim-to-claim relations, from the curated
 * claims' values: machine-made (AUTO) claims stay out until a curator confirms
 * them, so a misreading never shows as a dispute between sources.
 */
function compareTopics(topics: Array<Building<TopicRecord>>): void {
  for (const topic of topics) {
    topic.sources = articlesOf(topic.claims);
    const curated = topic.claims.filter((c) => c.curation === 'CURATED');
    const answers = curated.flatMap((c) => answerOf(topic, c, c.id, c.source.slug, c.source.publishedAt) ?? []);
    const comparison = compare(topic, answers);
    topic.agreement = comparison.agreement;
    const rows = curated.map((claim) => ({ claim, asOf: positionOf(claim).asOf }));
    rows.sort((a, b) => compareStrings(a.asOf.end, b.asOf.end) || compareStrings(a.asOf.start, b.asOf.start) || compareStrings(a.claim.source.slug, b.claim.source.slug) || byId(a.claim, b.claim));
    topic.positions = new Positions(rows.map((r) => r.claim));
    const byClaimId = new Map(curated.map((c) => [c.id, c as Building<ClaimRecord>]));
    for (const { a, b, relation } of comparison.relations) {
      const ca = byClaimId.get(a)!;
      const cb = byClaimId.get(b)!;
      if (relation === 'CORROBORATES') {
        append(ca, 'corroborates', cb);
        append(cb, 'corroborates', ca);
      } else if (relation === 'CONTRADICTS') {
        append(ca, 'contradicts', cb);
        append(cb, 'contradicts', ca);
      } else if (ca.time && cb.time && ca.time.start !== cb.time.start) {
        // An EVOLVING pair: the later value supersedes the earlier one.
        const [earlier, later] = ca.time.start < cb.time.start ? [ca, cb] : [cb, ca];
        append(later, 'supersedes', earlier);
      }
    }
  }
}

const positionOf = (claim: ClaimRecord): PositionRecord => ({
  claim,
  source: claim.source,
  asOf: claim.time ? { start: claim.time.start, end: claim.time.end } : { start: claim.source.publishedAt, end: claim.source.publishedAt },
});

/** Each source's topics, from its claims. */
function gatherSourceLinks(sources: Array<Building<SourceRecord>>): void {
  for (const source of sources) {
    source.topics = [...new Set(source.claims.flatMap((c) => (c.topic ? [c.topic] : [])))].sort(byId);
  }
}

function aliasTable(actors: readonly Building<ActorRecord>[], places: readonly Building<PlaceRecord>[]): Aliases {
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
const anchorCount = (source: SourceRecord, mentions: number) =>
  mentions + source.boilerplate.length + source.nonAssertions.length + source.claims.reduce((n, c) => n + c.evidence.length + (c.quantity ? 1 : 0) + (c.time?.evidence ? 1 : 0), 0);

const spanDays = (r: { start: string; end: string }) => dayNumber(r.end) - dayNumber(r.start);

function buildIndexes(version: string, records: LinkedRecords, aliases: Aliases, mentions: MentionIndex): MemoryIndexes {
  const { sources, claims, events, topics, actors, places } = records;
  const byDate = <T extends { id: string }>(list: readonly T[], dateOf: (t: T) => { start: string; end: string }) =>
    [...list].sort((a, b) => compareStrings(dateOf(a).start, dateOf(b).start) || compareStrings(dateOf(a).end, dateOf(b).end) || byId(a, b));
  const claimsByTime = byDate(
    claims.filter((c) => c.time),
    (c) => c.time!,
  );
  const keyed = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
  return {
    version,
    sources,
    claims,
    events,
    topics,
    actors,
    places,
    byKey: { Source: keyed(sources), Claim: keyed(claims), Event: keyed(events), Topic: keyed(topics), Actor: keyed(actors), Place: keyed(places) },
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
      valueKind: groupBy(topics, (t) => t.valueKind),
    },
    actorsByKind: groupBy(actors, (a) => a.kind),
    placesByKind: groupBy(places, (p) => p.kind),
    search: SearchIndex.build({ actors, claims, events, places, sources, aliases }),
    largest: {
      annotationsPerSource: sources.reduce((most, source, i) => Math.max(most, anchorCount(source, mentions.raw[i]!.length / 3)), 0),
      eventsPerSource: sources.reduce((most, s) => Math.max(most, s.events.length), 0),
    },
  };
}

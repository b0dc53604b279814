/**
 * A write applied to a loaded store in place, without relinking the rest: the
 * records it touches are made or changed, and only the indexes, lists and
 * comparisons that hold them are edited. Used for every curation write (the
 * files are written first, see src/write/) and to bring a snapshot up to the
 * data folder's files at start (snapshot.ts, index.ts).
 *
 * The caller holds the write gate (src/http/gate.ts): no execution reads the
 * store while this runs, so none sees a half-applied change.
 *
 * The steps, in order: entities made or changed (actors and places, then
 * topics and events, which name them); articles added and their claims
 * replaced; entities removed (a merge, after its references moved); alias
 * table and mentions; then, once for the whole write, the comparisons of the
 * topics touched, the events' disputed flags and source counts.
 */
import { dayNumber, type Agreement } from '../domain/agreement.js';
import { normalAlias } from '../domain/aliases.js';
import type { Actor, Claim, Event, NonAssertion, Place, SourceMeta, Topic } from '../domain/format.js';
import {
  Span,
  type ActorRecord,
  type ClaimRecord,
  type EntityRecord,
  type EventRecord,
  type PlaceRecord,
  type SourceRecord,
  type TopicRecord,
} from '../domain/records.js';
import type { MemoryIndexes, MemoryStore } from '../domain/store.js';
import {
  actorRecord,
  aliasTable,
  anchorCount,
  compareTopic,
  eventRecord,
  placeRecord,
  Positions,
  provisionalComparison,
  suggestedClaims,
  quantityRecord,
  redirectsOf,
  sourceRecord,
  suggestionRecords,
  timeRecord,
  topicRecord,
  type Building,
} from './link.js';

/** A write as checked data: new entity lists for the files that changed, and the articles changed or added. */
export interface ParsedChanges {
  /** The dataVersion once the write is applied. */
  readonly version: string;
  readonly entities: { readonly actors?: readonly Actor[]; readonly places?: readonly Place[]; readonly topics?: readonly Topic[]; readonly events?: readonly Event[] };
  readonly articles: ReadonlyArray<ArticleChange>;
}

export interface ArticleChange {
  readonly slug: string;
  readonly claims: readonly Claim[];
  readonly nonAssertions: readonly NonAssertion[];
  /** For a new article: its metadata and text. */
  readonly added?: { readonly meta: SourceMeta; readonly text: string };
}

/** What the write touched: for change events (agreement changes) and the caller's log. */
export interface AppliedChanges {
  /** Topics whose computed agreement changed: before and after. */
  readonly agreements: ReadonlyArray<{ topic: TopicRecord; before: Agreement; after: Agreement; provisional?: boolean }>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const EMPTY = Object.freeze([]) as readonly never[];
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/** The first index in a list sorted by `compare` whose item is not before `item`. */
function lowerBound<T, U>(list: readonly T[], item: U, compare: (a: T, b: U) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A list to edit: the shared frozen EMPTY (or any frozen list) is replaced by a copy first. */
const editable = <T>(list: readonly T[]): T[] => (Object.isFrozen(list) ? [...list] : (list as T[]));

/** Inserts into a list sorted by id (a no-op when an item of that id is there). Returns the list (a new one if it was frozen). */
function insertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const out = editable(list);
  const at = lowerBound(out, item.id, (a, id) => compareStrings(a.id, id));
  if (out[at]?.id !== item.id) out.splice(at, 0, item);
  return out;
}

function removeItem<T>(list: readonly T[], item: T): T[] {
  const at = list.indexOf(item);
  if (at < 0) return list as T[];
  const out = editable(list);
  out.splice(at, 1);
  return out;
}

/**
 * Replaces an article's claims in a list of claims sorted by id: they are one run (ids are
 * `<slug>/<key>`; no other id starts with `<slug>/`), replaced by `claims` (sorted by id).
 */
function replaceRun(list: readonly ClaimRecord[], slug: string, claims: readonly ClaimRecord[]): ClaimRecord[] {
  const from = lowerBound(list, `${slug}/`, (a, id) => compareStrings(a.id, id));
  let to = from;
  while (to < list.length && list[to]!.id.startsWith(`${slug}/`)) to++;
  if (to === from && claims.length === 0) return list as ClaimRecord[];
  const out = editable(list);
  out.splice(from, to - from, ...claims);
  return out;
}

/** Keyed groups of lists sorted by id (the store's `...By` indexes): moves or adds an item. */
function regroup<K, T extends { id: string }>(groups: Map<K, T[]>, item: T, before: K | undefined, after: K | undefined): void {
  if (before !== undefined) {
    const list = groups.get(before);
    if (list) groups.set(before, removeItem(list, item));
  }
  if (after !== undefined) groups.set(after, insertById(groups.get(after) ?? [], item));
}

/** The distinct articles of some claims, by slug. */
function articlesOf(claims: readonly ClaimRecord[]): SourceRecord[] {
  return [...new Set(claims.map((c) => c.source))].sort(byId);
}

const spanDays = (r: { start: string; end: string }) => dayNumber(r.end) - dayNumber(r.start);
const byDate =
  <T extends { id: string }>(dateOf: (t: T) => { start: string; end: string }) =>
  (a: T, b: T) =>
    compareStrings(dateOf(a).start, dateOf(b).start) || compareStrings(dateOf(a).end, dateOf(b).end) || byId(a, b);
const claimTime = byDate<ClaimRecord>((c) => c.time!);
const eventDate = byDate<EventRecord>((e) => e.date);
const sourceDate = byDate<SourceRecord>((s) => ({ start: s.publishedAt, end: s.publishedAt }));

function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  list.splice(
    lowerBound(list, item, (a, b) => compare(a, b)),
    0,
    item,
  );
}

/** The record's fields as the data format writes them: what an entity file is compared with. */
function canonicalActor(a: Actor | ActorRecord): string {
  const memberOf = 'nodeKind' in a ? a.memberOf?.key : a.memberOf;
  return JSON.stringify([a.key, a.name, a.kind, a.description, a.aliases, memberOf ?? null, a.curation, a.mergedKeys]);
}
function canonicalPlace(p: Place | PlaceRecord): string {
  const within = 'nodeKind' in p ? p.within?.key : p.within;
  return JSON.stringify([p.key, p.name, p.kind, p.description, p.aliases, p.location, within ?? null, p.curation, p.mergedKeys]);
}
function canonicalTopic(t: Topic | TopicRecord): string {
  return JSON.stringify([t.key, t.question, t.measure, t.unit, t.population, t.timeframe, t.valueKind, t.expectedChange]);
}
function canonicalEvent(e: Event | EventRecord): string {
  const places = e.places.map((p) => (typeof p === 'string' ? p : p.key));
  const actors = e.actors.map((a) => [typeof a.actor === 'string' ? a.actor : a.actor.key, a.role]);
  return JSON.stringify([e.key, e.title, e.description, e.type, e.subType, e.date.start, e.date.end, e.date.precision, places, actors]);
}

/** Applies a checked write to a store, in place. */
export function applyChanges(store: MemoryStore, changes: ParsedChanges): AppliedChanges {
  return new StoreEdit(store).apply(changes);
}

class StoreEdit {
  private readonly x: Mutable<MemoryIndexes> & Record<string, unknown>;
  private readonly touchedTopics = new Set<TopicRecord>();
  private readonly touchedEvents = new Set<EventRecord>();
  private readonly entitiesWithNewAliases = new Set<EntityRecord>();
  private readonly newArticles = new Set<SourceRecord>();
  private readonly removedAliases = new Set<string>();
  private readonly agreementsBefore = new Map<TopicRecord, Agreement>();

  constructor(private readonly store: MemoryStore) {
    this.x = store.indexes as Mutable<MemoryIndexes> & Record<string, unknown>;
  }

  private find<K extends 'Actor' | 'Place' | 'Topic' | 'Event'>(kind: K, key: string) {
    const record = this.store.record(kind, key);
    if (!record) throw new Error(`a checked write names an unknown ${kind.toLowerCase()} "${key}"`);
    return record;
  }

  apply(changes: ParsedChanges): AppliedChanges {
    const { entities } = changes;
    const removed: EntityRecord[] = [];
    const removedOther: Array<TopicRecord | EventRecord> = [];
    if (entities.actors) removed.push(...this.actors(entities.actors));
    if (entities.places) removed.push(...this.places(entities.places));
    if (entities.topics) removedOther.push(...this.topics(entities.topics));
    if (entities.events) removedOther.push(...this.events(entities.events));
    for (const article of changes.articles) this.article(article);
    for (const record of [...removedOther, ...removed]) this.remove(record);
    if (entities.actors || entities.places) this.x.redirects = redirectsOf([...this.x.actors, ...this.x.places]);
    this.aliasesAndMentions();
    const agreements = this.compare();
    this.x.version = changes.version;
    return { agreements };
  }

  // ---- entities ----

  private actors(list: readonly Actor[]): ActorRecord[] {
    const x = this.x;
    const existing = new Map(x.actors.map((a) => [a.key, a]));
    const made: Array<[Building<ActorRecord>, Actor]> = [];
    for (const a of list) {
      const record = existing.get(a.key) as Building<ActorRecord> | undefined;
      existing.delete(a.key);
      if (!record) {
        const fresh = actorRecord(a);
        x.actors = insertById(x.actors, fresh);
        regroup(x.actorsByKind as Map<string, ActorRecord[]>, fresh, undefined, fresh.kind);
        this.entitiesWithNewAliases.add(fresh);
        made.push([fresh, a]);
      } else if (canonicalActor(record) !== canonicalActor(a)) {
        if (record.kind !== a.kind) regroup(x.actorsByKind as Map<string, ActorRecord[]>, record, record.kind, a.kind);
        this.noteAliases(record, a.aliases);
        Object.assign(record, { name: a.name, kind: a.kind, description: a.description, aliases: a.aliases, curation: a.curation, mergedKeys: a.mergedKeys });
        made.push([record, a]);
      }
    }
    // Memberships once every actor of the file exists.
    for (const [record, a] of made) {
      record.memberOf = a.memberOf ? this.find('Actor', a.memberOf) : null;
      x.search.update('Actor', record, record);
    }
    return [...existing.values()];
  }

  private places(list: readonly Place[]): PlaceRecord[] {
    const x = this.x;
    const existing = new Map(x.places.map((p) => [p.key, p]));
    const made: Array<[Building<PlaceRecord>, Place]> = [];
    for (const p of list) {
      const record = existing.get(p.key) as Building<PlaceRecord> | undefined;
      existing.delete(p.key);
      if (!record) {
        const fresh = placeRecord(p);
        fresh.claimsWithin = fresh.claims;
        fresh.eventsWithin = fresh.events;
        x.places = insertById(x.places, fresh);
        regroup(x.placesByKind as Map<string, PlaceRecord[]>, fresh, undefined, fresh.kind);
        this.entitiesWithNewAliases.add(fresh);
        made.push([fresh, p]);
      } else if (canonicalPlace(record) !== canonicalPlace(p)) {
        if (record.kind !== p.kind) regroup(x.placesByKind as Map<string, PlaceRecord[]>, record, record.kind, p.kind);
        this.noteAliases(record, p.aliases);
        Object.assign(record, { name: p.name, kind: p.kind, description: p.description, aliases: p.aliases, location: p.location, curation: p.curation, mergedKeys: p.mergedKeys });
        made.push([record, p]);
      }
    }
    for (const [record, p] of made) {
      const within = p.within ? this.find('Place', p.within) : null;
      if (record.within !== within) this.moveWithin(record, within);
      x.search.update('Place', record, record);
    }
    return [...existing.values()];
  }

  /** A place's parent changed (or it is new): the ancestors' lists of places, claims and events within. */
  private moveWithin(place: Building<PlaceRecord>, within: PlaceRecord | null): void {
    const ancestors = (p: PlaceRecord | null) => {
      const out: Array<Building<PlaceRecord>> = [];
      for (let up = p; up; up = up.within) out.push(up as Building<PlaceRecord>);
      return out;
    };
    const moved = [place, ...place.placesWithin];
    for (const up of ancestors(place.within)) {
      up.placesWithin = up.placesWithin.filter((p) => !moved.includes(p));
      this.recomputeWithin(up);
    }
    place.within = within;
    for (const up of ancestors(within)) {
      up.placesWithin = [...up.placesWithin, ...moved].sort(byId);
      this.recomputeWithin(up);
    }
  }

  /** A place's claims and events within, from its own and those of the places inside it. */
  private recomputeWithin(place: Building<PlaceRecord>): void {
    if (place.placesWithin.length === 0) {
      place.claimsWithin = place.claims;
      place.eventsWithin = place.events;
      return;
    }
    const inside = [place, ...place.placesWithin];
    place.claimsWithin = [...new Set(inside.flatMap((p) => p.claims))].sort(byId);
    place.eventsWithin = [...new Set(inside.flatMap((p) => p.events))].sort(byId);
  }

  private noteAliases(entity: EntityRecord, aliases: readonly string[]): void {
    const next = new Set(aliases.map(normalAlias));
    const before = new Set(entity.aliases.map(normalAlias));
    for (const alias of before) if (!next.has(alias)) this.removedAliases.add(alias);
    if ([...next].some((alias) => !before.has(alias)) || [...before].some((alias) => !next.has(alias))) this.entitiesWithNewAliases.add(entity);
  }

  private topics(list: readonly Topic[]): TopicRecord[] {
    const x = this.x;
    const existing = new Map(x.topics.map((t) => [t.key, t]));
    for (const t of list) {
      const record = existing.get(t.key) as Building<TopicRecord> | undefined;
      existing.delete(t.key);
      if (!record) {
        const fresh = topicRecord(t);
        x.topics = insertById(x.topics, fresh);
        regroup(x.topicsBy.valueKind as Map<string, TopicRecord[]>, fresh, undefined, fresh.valueKind);
        regroup(x.topicsBy.agreement as Map<Agreement, TopicRecord[]>, fresh, undefined, fresh.agreement);
        regroup(x.topicsBy.provisionalAgreement as Map<Agreement, TopicRecord[]>, fresh, undefined, fresh.agreement);
        this.touchTopic(fresh);
      } else if (canonicalTopic(record) !== canonicalTopic(t)) {
        if (record.valueKind !== t.valueKind) regroup(x.topicsBy.valueKind as Map<string, TopicRecord[]>, record, record.valueKind, t.valueKind);
        this.touchTopic(record);
        Object.assign(record, { question: t.question, measure: t.measure, unit: t.unit, population: t.population, timeframe: t.timeframe, valueKind: t.valueKind, expectedChange: t.expectedChange });
      }
    }
    return [...existing.values()];
  }

  private events(list: readonly Event[]): EventRecord[] {
    const x = this.x;
    const existing = new Map(x.events.map((e) => [e.key, e]));
    for (const e of list) {
      const record = existing.get(e.key) as Building<EventRecord> | undefined;
      existing.delete(e.key);
      const fields = {
        key: e.key,
        title: e.title,
        description: e.description,
        type: e.type,
        subType: e.subType as EventRecord['subType'],
        date: e.date,
        places: e.places.map((p) => this.find('Place', p)),
        actors: e.actors.map((a) => ({ actor: this.find('Actor', a.actor), role: a.role })),
      };
      if (!record) {
        const fresh = eventRecord(fields);
        x.events = insertById(x.events, fresh);
        this.indexEvent(fresh);
        (x.eventsBy as Mutable<MemoryIndexes['eventsBy']>).sourceCount = [...x.eventsBy.sourceCount, fresh];
        regroup(x.eventsBy.disputed as Map<boolean, EventRecord[]>, fresh, undefined, false);
        x.search.update('Event', null, fresh);
      } else if (canonicalEvent(record) !== canonicalEvent(e)) {
        this.unindexEvent(record);
        Object.assign(record, { title: fields.title, description: fields.description, type: fields.type, subType: fields.subType, date: fields.date, places: fields.places, actors: fields.actors });
        this.indexEvent(record);
        this.touchedEvents.add(record);
        x.search.update('Event', record, record);
      }
    }
    return [...existing.values()];
  }

  /** An event into the indexes by its own fields: dates, type, places, actors. */
  private indexEvent(event: EventRecord): void {
    const x = this.x;
    insertSorted(x.eventsByDate as EventRecord[], event, eventDate);
    x.longestEventDays = Math.max(x.longestEventDays, spanDays(event.date));
    regroup(x.eventsBy.type as Map<string, EventRecord[]>, event, undefined, event.type);
    regroup(x.eventsBy.subType as Map<string, EventRecord[]>, event, undefined, event.subType);
    for (const place of event.places) {
      const p = place as Building<PlaceRecord>;
      const shared = p.eventsWithin === p.events;
      p.events = insertById(p.events, event);
      if (shared) p.eventsWithin = p.events;
      // The place itself (unless its list is its own events) and every place it lies in.
      for (let up = (shared ? p.within : p) as Building<PlaceRecord> | null; up; up = up.within as Building<PlaceRecord> | null) up.eventsWithin = insertById(up.eventsWithin, event);
    }
    for (const { actor, role } of event.actors) {
      const a = actor as Building<ActorRecord>;
      const at = lowerBound(a.events, event.id, (e, id) => compareStrings(e.event.id, id));
      a.events = editable(a.events);
      a.events.splice(at, 0, { event, role });
    }
  }

  private unindexEvent(event: EventRecord): void {
    const x = this.x;
    x.eventsByDate = removeItem(x.eventsByDate, event);
    regroup(x.eventsBy.type as Map<string, EventRecord[]>, event, event.type, undefined);
    regroup(x.eventsBy.subType as Map<string, EventRecord[]>, event, event.subType, undefined);
    for (const place of event.places) {
      const p = place as Building<PlaceRecord>;
      const shared = p.eventsWithin === p.events;
      p.events = removeItem(p.events, event);
      if (shared) p.eventsWithin = p.events;
      for (let up = (shared ? p.within : p) as Building<PlaceRecord> | null; up; up = up.within as Building<PlaceRecord> | null) {
        // Still within through another of its places?
        if (!event.places.some((q) => q !== place && isWithin(q, up!))) up.eventsWithin = removeItem(up.eventsWithin, event);
      }
    }
    for (const { actor } of event.actors) {
      const a = actor as Building<ActorRecord>;
      a.events = a.events.filter((e) => e.event !== event);
    }
  }

  private remove(record: EntityRecord | TopicRecord | EventRecord): void {
    const x = this.x;
    switch (record.nodeKind) {
      case 'Actor':
        x.actors = removeItem(x.actors, record);
        regroup(x.actorsByKind as Map<string, ActorRecord[]>, record, record.kind, undefined);
        for (const alias of record.aliases) this.removedAliases.add(normalAlias(alias));
        x.search.update('Actor', record, null);
        break;
      case 'Place':
        this.moveWithin(record as Building<PlaceRecord>, null);
        x.places = removeItem(x.places, record);
        regroup(x.placesByKind as Map<string, PlaceRecord[]>, record, record.kind, undefined);
        for (const alias of record.aliases) this.removedAliases.add(normalAlias(alias));
        x.search.update('Place', record, null);
        break;
      case 'Topic':
        x.topics = removeItem(x.topics, record);
        regroup(x.topicsBy.valueKind as Map<string, TopicRecord[]>, record, record.valueKind, undefined);
        regroup(x.topicsBy.agreement as Map<Agreement, TopicRecord[]>, record, record.agreement, undefined);
        regroup(x.topicsBy.provisionalAgreement as Map<Agreement, TopicRecord[]>, record, record.provisional?.agreement ?? record.agreement, undefined);
        (x.suggested as Map<TopicRecord, Set<ClaimRecord>>).delete(record);
        this.touchedTopics.delete(record);
        break;
      case 'Event':
        this.unindexEvent(record);
        x.events = removeItem(x.events, record);
        (x.eventsBy as Mutable<MemoryIndexes['eventsBy']>).sourceCount = removeItem(x.eventsBy.sourceCount, record);
        regroup(x.eventsBy.disputed as Map<boolean, EventRecord[]>, record, record.disputed, undefined);
        this.touchedEvents.delete(record);
        x.search.update('Event', record, null);
        break;
    }
  }

  // ---- articles and claims ----

  private article(change: ArticleChange): SourceRecord {
    const x = this.x;
    let source = this.store.record('Source', change.slug) as Building<SourceRecord> | undefined;
    if (!source) {
      if (!change.added) throw new Error(`a checked write changes the claims of an unknown article "${change.slug}"`);
      const { boilerplate, ...meta } = change.added.meta;
      source = sourceRecord(meta, change.added.text);
      const s = source;
      s.boilerplate = boilerplate.map((b) => ({ kind: b.kind, note: b.note ?? null, span: new Span(s, b.selector.start, b.selector.end) })).sort((a, b) => a.span.start - b.span.start);
      x.sources = insertById(x.sources, source);
      insertSorted(x.sourcesByDate as SourceRecord[], source, sourceDate);
      regroup(x.sourcesByPublisher as Map<string, SourceRecord[]>, source, undefined, source.publisher.toLowerCase());
      this.newArticles.add(source);
      x.search.update('Source', null, source);
    }
    const s = source;
    s.nonAssertions = change.nonAssertions.map((n) => ({ reason: n.reason, span: new Span(s, n.selector.start, n.selector.end) })).sort((a, b) => a.span.start - b.span.start);
    this.replaceClaims(source, change.claims);
    this.store.forget(source);
    return source;
  }

  /** An article's claims replaced by new records: every list and index that held the old ones. */
  private replaceClaims(source: Building<SourceRecord>, claims: readonly Claim[]): void {
    const x = this.x;
    const old = source.claims;
    const fresh = claims.map((c) => this.claimRecord(c, source)).sort(byId);
    const slug = source.slug;
    const suggested = x.suggested as Map<TopicRecord, Set<ClaimRecord>>;
    for (const [topic, claims] of suggestedClaims(old)) {
      this.touchTopic(topic);
      const set = suggested.get(topic);
      for (const c of claims) set?.delete(c);
      if (set?.size === 0) suggested.delete(topic);
    }
    for (const [topic, claims] of suggestedClaims(fresh)) {
      this.touchTopic(topic);
      suggested.set(topic, new Set([...(suggested.get(topic) ?? []), ...claims]));
    }
    for (const c of old) {
      if (c.topic) this.touchTopic(c.topic);
      for (const e of c.events) this.touchedEvents.add(e);
      x.search.update('Claim', c, null);
      x.suggestionCount -= c.suggestions.length;
    }
    for (const c of fresh) {
      if (c.topic) this.touchTopic(c.topic);
      for (const e of c.events) this.touchedEvents.add(e);
      x.search.update('Claim', null, c);
      x.suggestionCount += c.suggestions.length;
    }
    // Global lists sorted by id: one run each.
    x.claims = replaceRun(x.claims, slug, fresh);
    for (const [name, groups] of [
      ['modality', x.claimsBy.modality],
      ['attribution', x.claimsBy.attribution],
      ['curation', x.claimsBy.curation],
    ] as const) {
      const map = groups as Map<string, ClaimRecord[]>;
      const keys = new Set([...old, ...fresh].map((c) => c[name] as string));
      for (const key of keys) map.set(key, replaceRun(map.get(key) ?? [], slug, fresh.filter((c) => c[name] === key)));
    }
    (x.claimsBy as Mutable<MemoryIndexes['claimsBy']>).withQuantity = replaceRun(x.claimsBy.withQuantity, slug, fresh.filter((c) => c.quantity));
    const oldSet = new Set(old);
    x.claimsByTime = x.claimsByTime.filter((c) => !oldSet.has(c));
    for (const c of fresh) {
      if (!c.time) continue;
      insertSorted(x.claimsByTime as ClaimRecord[], c, claimTime);
      x.longestClaimDays = Math.max(x.longestClaimDays, spanDays(c.time));
    }

    // The lists of the records the old and new claims name.
    const topics = new Set<Building<TopicRecord>>();
    const events = new Set<Building<EventRecord>>();
    const actors = new Set<Building<ActorRecord>>();
    const places = new Set<Building<PlaceRecord>>();
    for (const c of [...old, ...fresh]) {
      if (c.topic) topics.add(c.topic as Building<TopicRecord>);
      for (const e of c.events) events.add(e as Building<EventRecord>);
      for (const a of [...c.claimants, ...c.actors]) actors.add(a as Building<ActorRecord>);
      for (const p of c.places) for (let up: PlaceRecord | null = p; up; up = up.within) places.add(up as Building<PlaceRecord>);
    }
    for (const t of topics) {
      t.claims = replaceRun(t.claims, slug, fresh.filter((c) => c.topic === t));
      t.sources = articlesOf(t.claims);
    }
    for (const e of events) {
      const before = e.sources.length;
      e.claims = replaceRun(e.claims, slug, fresh.filter((c) => c.events.includes(e)));
      e.sources = articlesOf(e.claims);
      if (e.sources.length !== before) this.sourceCountsChanged = true;
    }
    for (const a of actors) {
      a.claims = replaceRun(a.claims, slug, fresh.filter((c) => c.claimants.includes(a) || c.actors.includes(a)));
      a.claimsAsClaimant = replaceRun(a.claimsAsClaimant, slug, fresh.filter((c) => c.claimants.includes(a)));
    }
    for (const p of places) {
      const shared = p.claimsWithin === p.claims;
      p.claims = replaceRun(p.claims, slug, fresh.filter((c) => c.places.includes(p)));
      p.claimsWithin = shared ? p.claims : replaceRun(p.claimsWithin, slug, fresh.filter((c) => c.places.some((q) => isWithin(q, p))));
    }
    source.claims = fresh;
    source.events = [...new Set(fresh.flatMap((c) => c.events))].sort(byId);
    source.topics = [...new Set(fresh.flatMap((c) => (c.topic ? [c.topic] : [])))].sort(byId);
    const largest = x.largest as Mutable<MemoryIndexes['largest']>;
    largest.eventsPerSource = Math.max(largest.eventsPerSource, source.events.length);
    largest.annotationsPerSource = Math.max(largest.annotationsPerSource, anchorCount(source, 0) + x.mentions.inSource(source).length);
  }

  private sourceCountsChanged = false;

  /** A claim of the data format as a record, its references linked. */
  private claimRecord(c: Claim, source: SourceRecord): ClaimRecord {
    const evidence = c.evidence.map((s) => new Span(source, s.start, s.end));
    const record: Mutable<ClaimRecord> = {
      nodeKind: 'Claim',
      id: `${source.slug}/${c.key}`,
      key: c.key,
      statement: c.statement,
      source,
      claimants: c.claimants.map((k) => this.find('Actor', k)),
      attribution: c.attribution,
      modality: c.modality,
      quantity: c.quantity ? quantityRecord(c.quantity.value, c.quantity.unit, c.quantity.qualifier, c.quantity.words, evidence) : null,
      time: c.time ? timeRecord(c.time.start, c.time.end, c.time.precision, c.time.words ?? null, evidence) : null,
      topic: c.topic ? this.find('Topic', c.topic) : null,
      answer: c.answer ?? null,
      events: c.events.map((k) => this.find('Event', k)),
      places: c.places.map((k) => this.find('Place', k)),
      actors: c.actors.map((k) => this.find('Actor', k)),
      curation: c.curation,
      evidence,
      corroborates: EMPTY,
      contradicts: EMPTY,
      supersedes: EMPTY,
      suggestions: EMPTY,
    };
    record.suggestions = suggestionRecords(record, c.suggestions, (kind, key) => this.store.record(kind, key));
    return record;
  }

  private touchTopic(topic: TopicRecord): void {
    if (!this.agreementsBefore.has(topic)) this.agreementsBefore.set(topic, topic.agreement);
    if (!this.provisionalBefore.has(topic)) this.provisionalBefore.set(topic, topic.provisional?.agreement ?? topic.agreement);
    this.touchedTopics.add(topic);
  }

  private readonly provisionalBefore = new Map<TopicRecord, Agreement>();

  // ---- aliases and mentions ----

  /** The alias table again, and the mentions of the articles an alias change (or a new article) touches. */
  private aliasesAndMentions(): void {
    const x = this.x;
    const entities = [...this.entitiesWithNewAliases];
    if (entities.length > 0 || this.removedAliases.size > 0) {
      x.aliases = aliasTable(x.actors as Array<Building<ActorRecord>>, x.places as Array<Building<PlaceRecord>>);
      x.search.useAliases(x.aliases);
      for (const entity of entities) x.search.refreshEntity(entity);
    }
    const rescan = new Set<SourceRecord>(this.newArticles);
    const changedAliases = [...this.removedAliases, ...entities.flatMap((e) => e.aliases.map(normalAlias))];
    if (changedAliases.length > 0) {
      // Only articles that hold a changed alias (any case) can have different mentions.
      const words = changedAliases.map((a) => a.toLowerCase());
      for (const source of x.sources) {
        const text = source.text.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
        if (words.some((w) => text.includes(w))) rescan.add(source);
      }
    }
    if (rescan.size === 0) return;
    const found = new Map<SourceRecord, Int32Array>();
    for (const source of rescan) {
      const triples: number[] = [];
      if (x.aliases.pattern) {
        for (const m of source.text.matchAll(x.aliases.pattern)) {
          const entity = x.aliases.entityByAlias.get(normalAlias(m[0]));
          if (entity) triples.push(x.mentions.entityNumber(entity), m.index, m.index + m[0].length);
        }
      }
      found.set(source, Int32Array.from(triples));
      this.store.forget(source);
    }
    for (const entity of x.mentions.setSources(found)) {
      const e = entity as Building<ActorRecord> | Building<PlaceRecord>;
      const list = x.mentions.ofEntity(x.mentions.entityNumber(entity));
      e.mentions = list;
      e.sources = list.articles();
    }
  }

  // ---- comparisons ----

  /** The touched topics compared again; the flags and counts of the events that depend on them. */
  private compare(): AppliedChanges['agreements'] {
    const x = this.x;
    const agreements: Array<{ topic: TopicRecord; before: Agreement; after: Agreement; provisional?: boolean }> = [];
    for (const topic of this.touchedTopics) {
      const t = topic as Building<TopicRecord>;
      // The relations of the topic's claims are made again from scratch.
      for (const c of t.claims) Object.assign(c, { corroborates: EMPTY, contradicts: EMPTY, supersedes: EMPTY });
      const comparison = compareTopic(t);
      for (const { kind, from, to } of comparison.relations) {
        const c = from as Mutable<ClaimRecord>;
        c[kind] = [...c[kind], to].sort(byId);
      }
      const before = this.agreementsBefore.get(topic) ?? t.agreement;
      if (t.agreement !== comparison.agreement) regroup(x.topicsBy.agreement as Map<Agreement, TopicRecord[]>, t, t.agreement, comparison.agreement);
      t.agreement = comparison.agreement;
      t.positions = new Positions(comparison.positions);
      if (before !== comparison.agreement) agreements.push({ topic, before, after: comparison.agreement });
      const provisionalBefore = this.provisionalBefore.get(topic) ?? before;
      const grouped = t.provisional?.agreement ?? (this.agreementsBefore.get(topic) ?? t.agreement);
      t.provisional = provisionalComparison(t, x.suggested.get(t));
      const provisional = t.provisional?.agreement ?? t.agreement;
      regroup(x.topicsBy.provisionalAgreement as Map<Agreement, TopicRecord[]>, t, grouped, provisional);
      if (provisional !== provisionalBefore) agreements.push({ topic, before: provisionalBefore, after: provisional, provisional: true });
      for (const c of t.claims) for (const e of c.events) this.touchedEvents.add(e);
    }
    for (const event of this.touchedEvents) {
      const e = event as Building<EventRecord>;
      const disputed = e.claims.some((c) => c.topic?.agreement === 'CONFLICT');
      if (disputed !== e.disputed) regroup(x.eventsBy.disputed as Map<boolean, EventRecord[]>, e, e.disputed, disputed);
      e.disputed = disputed;
      if (this.touchedEvents.size < 64) x.search.update('Event', e, e);
    }
    if (this.sourceCountsChanged) (x.eventsBy as Mutable<MemoryIndexes['eventsBy']>).sourceCount = [...x.eventsBy.sourceCount].sort((a, b) => b.sources.length - a.sources.length || byId(a, b));
    return agreements;
  }
}

/** Whether a place is the other or inside it. */
function isWithin(place: PlaceRecord, other: PlaceRecord): boolean {
  for (let up: PlaceRecord | null = place; up; up = up.within) if (up === other) return true;
  return false;
}

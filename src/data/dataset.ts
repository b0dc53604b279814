/**
 * The in-memory Dataset: every record of a validated data folder, linked to the
 * records it refers to, with the indexes the resolvers use. Built once at load
 * (load.ts) and never changed while the process runs, so a resolver only looks
 * things up: no scan, no parse, no text search per request.
 */
import { answerOf, compare, dayNumber, quantityRange, type Agreement, type ClaimRelation, type Range } from './agreement.js';
import { aliasMatcher } from './aliases.js';
import { selectorAt } from './anchor.js';
import { buildSearchIndex, type SearchIndex } from './search.js';
import type { Actor, Boilerplate, Claim, Event, NonAssertion, Place, Selector, SourceAnnotations, SourceMeta, Topic } from './format.js';

/** A span of an article: what every answer points back to. */
export interface Evidence {
  readonly source: SourceRecord;
  readonly selector: Selector;
}

export interface SourceRecord extends SourceMeta {
  readonly nodeType: 'Source';
  /** The slug. */
  readonly id: string;
  readonly text: string;
  readonly claims: ClaimRecord[];
  readonly boilerplateSpans: Array<Boilerplate & { evidence: Evidence }>;
  /** Body sentences a curator marked as asserting nothing, with the reason. */
  readonly nonAssertions: NonAssertion[];
  /** Events its claims report, by key. */
  readonly events: EventRecord[];
  /** Every anchor in the text (claim evidence, mentions, quantities, dates, boilerplate...), by offset. */
  readonly annotations: AnnotationRecord[];
}

export type AnnotationKind = 'CLAIM' | 'MENTION' | 'QUANTITY' | 'DATE' | 'BOILERPLATE' | 'NON_ASSERTION';

/** One anchor of an article, for rendering it with highlights. */
export interface AnnotationRecord {
  readonly kind: AnnotationKind;
  readonly source: SourceRecord;
  readonly evidence: Evidence;
  readonly claim: ClaimRecord | null;
  readonly entity: ActorRecord | PlaceRecord | null;
  /** The boilerplate kind, or a non-assertion's reason. */
  readonly label: string | null;
}

/** One source's answer to a topic, for a side-by-side comparison. */
export interface PositionRecord {
  readonly source: SourceRecord;
  readonly claim: ClaimRecord;
  /** When the answer holds: the claim's time, or the article's date. */
  readonly asOf: { start: string; end: string };
}

export interface ClaimRecord extends Claim {
  readonly nodeType: 'Claim';
  /** `<source slug>/<claim key>`: stable across edits of other records. */
  readonly id: string;
  readonly source: SourceRecord;
  readonly evidenceSpans: Evidence[];
  /** The bounds the quantity's qualifier implies, when it has one. */
  readonly quantityRange: Range | null;
  /** Where in the text the quantity's and the time's words stand. */
  readonly quantityEvidence: Evidence | null;
  readonly timeEvidence: Evidence | null;
  readonly topicRecord: TopicRecord | null;
  readonly eventRecords: EventRecord[];
  readonly relations: Array<{ claim: ClaimRecord; relation: ClaimRelation }>;
}

export interface EventRecord extends Event {
  readonly nodeType: 'Event';
  readonly id: string;
  readonly claims: ClaimRecord[];
  /** The articles reporting it, sorted by slug. */
  readonly sources: SourceRecord[];
}

export interface TopicRecord extends Topic {
  readonly nodeType: 'Topic';
  readonly id: string;
  readonly claims: ClaimRecord[];
  readonly sources: SourceRecord[];
  readonly agreement: Agreement;
  /** Its curated claims' answers in time order, then by article: a comparison table's rows. */
  readonly positions: PositionRecord[];
}

export interface Mention extends Evidence {
  /** The alias as written in the text. */
  readonly alias: string;
}

export interface ActorRecord extends Actor {
  readonly nodeType: 'Actor';
  readonly id: string;
  readonly mentions: Mention[];
  /** Claims it makes or is named in. */
  readonly claims: ClaimRecord[];
  /** Claims the articles attribute to it. */
  readonly claimsAsClaimant: ClaimRecord[];
  /** Events it takes part in, with its role. */
  readonly events: Array<{ event: EventRecord; role: string }>;
  readonly sources: SourceRecord[];
}

export interface PlaceRecord extends Place {
  readonly nodeType: 'Place';
  readonly id: string;
  readonly mentions: Mention[];
  readonly claims: ClaimRecord[];
  readonly events: EventRecord[];
  /** Claims and events at this place or at any place within it (Saraqeb is within Idlib province). */
  readonly claimsWithin: ClaimRecord[];
  readonly eventsWithin: EventRecord[];
  readonly sources: SourceRecord[];
}

export type DatasetRecord = SourceRecord | ClaimRecord | EventRecord | TopicRecord | ActorRecord | PlaceRecord;

export interface Dataset {
  /** Content hash of every file in the data folder: the same data gives the same version anywhere. */
  readonly version: string;
  readonly sources: SourceRecord[];
  readonly claims: ClaimRecord[];
  readonly events: EventRecord[];
  readonly topics: TopicRecord[];
  readonly actors: ActorRecord[];
  readonly places: PlaceRecord[];
  readonly sourceBySlug: ReadonlyMap<string, SourceRecord>;
  readonly claimById: ReadonlyMap<string, ClaimRecord>;
  readonly eventByKey: ReadonlyMap<string, EventRecord>;
  readonly topicByKey: ReadonlyMap<string, TopicRecord>;
  readonly actorByKey: ReadonlyMap<string, ActorRecord>;
  readonly placeByKey: ReadonlyMap<string, PlaceRecord>;
  /** Every alias, lower-cased, to its entity. */
  readonly entityByAlias: ReadonlyMap<string, ActorRecord | PlaceRecord>;
  /** Matches any alias (longest first, word boundaries, case-insensitive; flags `giu`). Null when there are no aliases. */
  readonly aliasPattern: RegExp | null;
  /** Events by date (start, end, key), and the longest event span in days: a date-range lookup is a binary search. */
  readonly eventsByDate: EventRecord[];
  readonly longestEventDays: number;
  /** Claims that state a time, by time start, and the longest claim time span in days. */
  readonly claimsByTime: ClaimRecord[];
  readonly longestClaimDays: number;
  /** The full-text index (src/data/search.ts), built once at load. */
  readonly search: SearchIndex;
}


/** The validated content of a data folder, as load.ts hands it over. */
export interface ValidatedData {
  version: string;
  sources: Array<{ meta: SourceMeta; text: string }>;
  annotations: Map<string, SourceAnnotations>;
  actors: Actor[];
  places: Place[];
  topics: Topic[];
  events: Event[];
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/** Appends without a spread: spreading a million items into a call overflows the stack. */
function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

function uniqueSources(records: Iterable<{ source: SourceRecord }>): SourceRecord[] {
  return [...new Set([...records].map((r) => r.source))].sort(bySlug);
}

/** Where `words` stand inside one of the evidence spans, as an Evidence of their own. */
export function locateWords(spans: Evidence[], words: string | undefined): Evidence | null {
  if (!words) return null;
  for (const span of spans) {
    const at = span.selector.quote.indexOf(words);
    if (at === -1) continue;
    const start = span.selector.start + at;
    return { source: span.source, selector: selectorAt(span.source.text, start, start + words.length) };
  }
  return null;
}



/** Links validated records into the Dataset and builds its indexes. Pure: the same data gives the same Dataset. */
export function buildDataset(data: ValidatedData): Dataset {
  const sources: SourceRecord[] = data.sources
    .map(({ meta, text }) => ({ ...meta, nodeType: 'Source' as const, id: meta.slug, text, claims: [], boilerplateSpans: [], nonAssertions: data.annotations.get(meta.slug)?.nonAssertions ?? [], events: [], annotations: [] }))
    .sort(bySlug);
  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
  for (const source of sources) {
    for (const b of source.boilerplate) source.boilerplateSpans.push({ ...b, evidence: { source, selector: b.selector } });
  }

  const topics: TopicRecord[] = data.topics.map((t) => ({ ...t, nodeType: 'Topic', id: t.key, claims: [], sources: [], agreement: 'SINGLE_SOURCE', positions: [] }));
  const topicByKey = new Map(topics.map((t) => [t.key, t]));
  const events: EventRecord[] = data.events.map((e) => ({ ...e, nodeType: 'Event', id: e.key, claims: [], sources: [] }));
  const eventByKey = new Map(events.map((e) => [e.key, e]));
  const actors: ActorRecord[] = data.actors.map((a) => ({ ...a, nodeType: 'Actor', id: a.key, mentions: [], claims: [], claimsAsClaimant: [], events: [], sources: [] }));
  const actorByKey = new Map(actors.map((a) => [a.key, a]));
  const places: PlaceRecord[] = data.places.map((p) => ({ ...p, nodeType: 'Place', id: p.key, mentions: [], claims: [], events: [], claimsWithin: [], eventsWithin: [], sources: [] }));
  const placeByKey = new Map(places.map((p) => [p.key, p]));

  const claims: ClaimRecord[] = [];
  for (const source of sources) {
    for (const claim of data.annotations.get(source.slug)?.claims ?? []) {
      const evidenceSpans = claim.evidence.map((selector) => ({ source, selector }));
      const record: ClaimRecord = {
        ...claim,
        nodeType: 'Claim',
        id: `${source.slug}/${claim.key}`,
        source,
        evidenceSpans,
        quantityRange: claim.quantity ? quantityRange(claim.quantity) : null,
        quantityEvidence: locateWords(evidenceSpans, claim.quantity?.words),
        timeEvidence: locateWords(evidenceSpans, claim.time?.words),
        topicRecord: claim.topic ? (topicByKey.get(claim.topic) ?? null) : null,
        eventRecords: claim.events.flatMap((k) => eventByKey.get(k) ?? []),
        relations: [],
      };
      claims.push(record);
      source.claims.push(record);
      record.topicRecord?.claims.push(record);
      for (const event of record.eventRecords) event.claims.push(record);
      const named = new Set([...claim.claimants, ...claim.actors]);
      for (const key of named) actorByKey.get(key)?.claims.push(record);
      for (const key of claim.claimants) actorByKey.get(key)?.claimsAsClaimant.push(record);
      for (const key of claim.places) placeByKey.get(key)?.claims.push(record);
    }
  }
  claims.sort(byId);
  for (const list of [topics, events, actors, places] as Array<Array<{ id: string }>>) list.sort(byId);
  for (const list of [...sources, ...topics, ...events, ...actors, ...places].map((r) => r.claims)) list.sort(byId);
  for (const actor of actors) actor.claimsAsClaimant.sort(byId);
  const claimById = new Map(claims.map((c) => [c.id, c]));

  for (const event of events) {
    append(event.sources, uniqueSources(event.claims));
    for (const source of event.sources) source.events.push(event);
    for (const key of event.places) placeByKey.get(key)?.events.push(event);
    for (const { actor, role } of event.actors) actorByKey.get(actor)?.events.push({ event, role });
  }
  // A place's records include those of the places within it, at any depth (the loader refuses unknown `within` keys).
  for (const place of places) {
    const seen = new Set<PlaceRecord>();
    for (let p: PlaceRecord | undefined = place; p && !seen.has(p); p = p.within ? placeByKey.get(p.within) : undefined) {
      seen.add(p);
      append(p.claimsWithin, place.claims);
      append(p.eventsWithin, place.events);
    }
  }
  for (const place of places) {
    const claimsWithin = [...new Set(place.claimsWithin)].sort(byId);
    const eventsWithin = [...new Set(place.eventsWithin)].sort(byId);
    place.claimsWithin.length = 0;
    place.eventsWithin.length = 0;
    append(place.claimsWithin, claimsWithin);
    append(place.eventsWithin, eventsWithin);
  }

  // Agreement and the claim-to-claim relations follow from the claims' values; machine-made claims stay out.
  for (const topic of topics) {
    append(topic.sources, uniqueSources(topic.claims));
    // Machine-made (AUTO) claims stay out of the comparison until a curator marks them CURATED,
    // so a misreading never shows as a dispute between sources.
    const curated = topic.claims.filter((c) => c.curation === 'CURATED');
    const answers = curated.flatMap((c) => answerOf(topic, c, c.id, c.source.slug, c.source.publishedAt) ?? []);
    const comparison = compare(topic, answers);
    append(
      topic.positions,
      curated
        .map((claim) => ({ source: claim.source, claim, asOf: claim.time ? { start: claim.time.start, end: claim.time.end } : { start: claim.source.publishedAt, end: claim.source.publishedAt } }))
        .sort((a, b) => compareStrings(a.asOf.end, b.asOf.end) || compareStrings(a.asOf.start, b.asOf.start) || compareStrings(a.source.slug, b.source.slug) || byId(a.claim, b.claim)),
    );
    (topic as { agreement: Agreement }).agreement = comparison.agreement;
    for (const { a, b, relation } of comparison.relations) {
      const ca = claimById.get(a)!;
      const cb = claimById.get(b)!;
      ca.relations.push({ claim: cb, relation });
      cb.relations.push({ claim: ca, relation });
    }
  }

  const entityByAlias = new Map<string, ActorRecord | PlaceRecord>();
  for (const entity of [...actors, ...places]) {
    for (const alias of entity.aliases) entityByAlias.set(alias.toLowerCase(), entity);
  }
  const matcher = aliasMatcher([...entityByAlias.keys()]);
  const mentionsBySource = new Map<SourceRecord, Array<{ mention: Mention; entity: ActorRecord | PlaceRecord }>>();
  if (matcher) {
    for (const source of sources) {
      for (const m of source.text.matchAll(matcher)) {
        const entity = entityByAlias.get(m[0].toLowerCase().replace(/[\s\u00a0]+/g, ' '));
        if (!entity) continue;
        const mention: Mention = { source, alias: m[0], selector: selectorAt(source.text, m.index, m.index + m[0].length) };
        entity.mentions.push(mention);
        let found = mentionsBySource.get(source);
        if (!found) mentionsBySource.set(source, (found = []));
        found.push({ mention, entity });
      }
    }
  }
  for (const entity of [...actors, ...places]) append(entity.sources, uniqueSources(entity.mentions));
  for (const source of sources) append(source.annotations, annotationsOf(source, mentionsBySource.get(source) ?? []));

  const eventsByDate = [...events].sort((a, b) => (a.date.start !== b.date.start ? (a.date.start < b.date.start ? -1 : 1) : a.date.end !== b.date.end ? (a.date.end < b.date.end ? -1 : 1) : byId(a, b)));
  const claimsByTime = claims.filter((c) => c.time).sort((a, b) => (a.time!.start !== b.time!.start ? (a.time!.start < b.time!.start ? -1 : 1) : byId(a, b)));
  const spanDays = (r: { start: string; end: string }) => dayNumber(r.end) - dayNumber(r.start);

  const dataset = {
    version: data.version,
    sources,
    claims,
    events,
    topics,
    actors,
    places,
    sourceBySlug,
    claimById,
    eventByKey,
    topicByKey,
    actorByKey,
    placeByKey,
    entityByAlias,
    aliasPattern: matcher,
    eventsByDate,
    longestEventDays: events.reduce((longest, e) => Math.max(longest, spanDays(e.date)), 0),
    claimsByTime,
    longestClaimDays: claimsByTime.reduce((longest, c) => Math.max(longest, spanDays(c.time!)), 0),
  };
  return { ...dataset, search: buildSearchIndex(dataset) };
}

/** Every anchor of an article, sorted by offset (then by kind), built once at load. */
function annotationsOf(source: SourceRecord, mentions: Array<{ mention: Mention; entity: ActorRecord | PlaceRecord }>): AnnotationRecord[] {
  const out: AnnotationRecord[] = [];
  const add = (kind: AnnotationKind, evidence: Evidence, extra: Partial<AnnotationRecord> = {}) =>
    out.push({ kind, source, evidence, claim: null, entity: null, label: null, ...extra });
  for (const claim of source.claims) {
    for (const evidence of claim.evidenceSpans) add('CLAIM', evidence, { claim });
    if (claim.quantityEvidence) add('QUANTITY', claim.quantityEvidence, { claim });
    if (claim.timeEvidence) add('DATE', claim.timeEvidence, { claim });
  }
  for (const { mention, entity } of mentions) add('MENTION', mention, { entity });
  for (const b of source.boilerplateSpans) add('BOILERPLATE', b.evidence, { label: b.kind });
  for (const n of source.nonAssertions) add('NON_ASSERTION', { source, selector: n.selector }, { label: n.reason });
  return out.sort((a, b) => a.evidence.selector.start - b.evidence.selector.start || a.evidence.selector.end - b.evidence.selector.end || a.kind.localeCompare(b.kind));
}

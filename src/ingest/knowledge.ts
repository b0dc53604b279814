/**
 * What the extractor and the linker know, made from a loaded Store: the
 * server's own records (src/domain/store.ts), read only. The curation API
 * calls this with the store it serves, so an article drafted in-process and
 * one drafted by `npm run ingest` see the same knowledge.
 *
 * Cost: one pass over actors, places, topics and events, and over the curated
 * claims of topics and events (at most EVENT_CLAIMS_KEPT claims per event are
 * kept), so it is linear in the corpus and done once per data version; the
 * indexes the linker needs over it are built once per Knowledge (prepare()).
 */
import type { Event, Topic } from '../domain/format.js';
import type { ClaimRecord, EventRecord } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import { EVENT_CLAIMS_KEPT, type Knowledge, type KnownClaim, type PendingEvent } from './entities.js';

/** A claim as the linker reads it: links by key, evidence as words. */
export function knownClaim(c: ClaimRecord): KnownClaim {
  return {
    id: c.id,
    source: c.source.slug,
    publishedAt: c.source.publishedAt,
    words: c.evidence.map((e) => e.quote).join(' … '),
    ...(c.topic ? { topic: c.topic.key } : {}),
    events: c.events.map((e) => e.key),
    places: c.places.map((p) => p.key),
    actors: c.actors.map((a) => a.key),
    claimants: c.claimants.map((a) => a.key),
    ...(c.time?.words ? { time: { start: c.time.start, end: c.time.end } } : {}),
    ...(c.quantity ? { quantity: { value: c.quantity.value, unit: c.quantity.unit } } : {}),
  };
}

/** At most `n` items spread over the list (first, last and evenly between): a bounded, stable sample. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]!);
  return out;
}

/** A suggestion as a claim record or a draft carries it; read defensively. */
interface SuggestionLike {
  kind?: unknown;
  status?: unknown;
  target?: unknown;
  proposal?: { key?: unknown; name?: unknown; kind?: unknown; date?: { start: string; end: string }; places?: unknown } | null;
}

/** New events that AUTO claims propose and that no curator has created yet, merged by proposal key. */
export function pendingEventsOf(claims: Iterable<{ source: string; suggestions?: readonly SuggestionLike[] | undefined }>): PendingEvent[] {
  const byKey = new Map<string, PendingEvent>();
  for (const c of claims) {
    for (const s of c.suggestions ?? []) {
      if (s.kind !== 'EVENT' || (s.status !== undefined && s.status !== 'SUGGESTED') || !s.proposal || typeof s.proposal.key !== 'string') continue;
      const p = s.proposal;
      const key = p.key as string;
      const entry = byKey.get(key) ?? {
        key,
        name: typeof p.name === 'string' ? p.name : key,
        ...(typeof p.kind === 'string' ? { kind: p.kind } : {}),
        ...(p.date ? { date: { start: p.date.start, end: p.date.end } } : {}),
        ...(Array.isArray(p.places) ? { places: p.places.filter((x): x is string => typeof x === 'string') } : {}),
        sources: [],
      };
      if (p.date && entry.date) entry.date = { start: p.date.start < entry.date.start ? p.date.start : entry.date.start, end: p.date.end > entry.date.end ? p.date.end : entry.date.end };
      if (!entry.sources.includes(c.source)) entry.sources.push(c.source);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function eventOf(e: EventRecord): Event {
  return {
    key: e.key,
    title: e.title,
    description: e.description,
    type: e.type,
    subType: e.subType,
    date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
    places: e.places.map((p) => p.key),
    actors: e.actors.map((a) => ({ actor: a.actor.key, role: a.role })),
  };
}

/**
 * The Knowledge a draft is made with, from a loaded store: every actor and
 * place (AUTO ones too, so a name proposed by an earlier draft is recognised),
 * every topic with its curated answers, every event with up to
 * EVENT_CLAIMS_KEPT of its curated claims, and the new events earlier drafts
 * propose. Curated claims only: a draft is never compared with another draft.
 */
export function knowledgeFromStore(store: Store): Knowledge {
  const topicAnswers = new Map<string, Array<{ value?: number; start?: string; end?: string }>>();
  const topics: Topic[] = [];
  const topicClaims = new Map<string, KnownClaim[]>();
  for (const t of store.topics()) {
    topics.push({
      key: t.key,
      question: t.question,
      measure: t.measure,
      unit: t.unit,
      population: t.population,
      timeframe: t.timeframe,
      valueKind: t.valueKind,
      expectedChange: t.expectedChange,
    });
    const answers: Array<{ value?: number; start?: string; end?: string }> = [];
    const curated: ClaimRecord[] = [];
    for (const c of t.claims) {
      if (c.curation !== 'CURATED') continue;
      curated.push(c);
      answers.push({ ...(c.quantity ? { value: c.quantity.value } : {}), ...(c.time?.words ? { start: c.time.start, end: c.time.end } : {}) });
    }
    if (answers.length) topicAnswers.set(t.key, answers);
    if (curated.length) topicClaims.set(t.key, spread(curated, EVENT_CLAIMS_KEPT).map(knownClaim));
  }
  const events: Event[] = [];
  const eventClaims = new Map<string, KnownClaim[]>();
  for (const e of store.events()) {
    events.push(eventOf(e));
    const curated = e.claims.filter((c) => c.curation === 'CURATED');
    eventClaims.set(e.key, spread(curated, EVENT_CLAIMS_KEPT).map(knownClaim));
  }
  const auto = store.claims({ curation: 'AUTO' }).map((c) => ({ source: c.source.slug, suggestions: c.suggestions }));
  const pending = pendingEventsOf(auto);
  return {
    actors: store.actors().map((a) => ({
      key: a.key,
      name: a.name,
      kind: a.kind,
      description: a.description,
      aliases: [...a.aliases],
      ...(a.memberOf ? { memberOf: a.memberOf.key } : {}),
    })),
    places: store.places().map((p) => ({
      key: p.key,
      name: p.name,
      kind: p.kind,
      description: p.description,
      aliases: [...p.aliases],
      location: { lat: p.location.lat, lon: p.location.lon, precision: p.location.precision },
      ...(p.within ? { within: p.within.key } : {}),
    })),
    topics,
    topicAnswers,
    topicClaims,
    events,
    eventClaims,
    pendingEvents: pending,
  };
}

/**
 * The Knowledge after a draft is written, without reading the store again:
 * the same curated evidence (shared, so prepare() reuses its indexes), the
 * draft's new AUTO actors and places, and the new events its suggestions
 * propose. What a curator changes is only seen by knowledgeFromStore.
 */
export function knowledgeAfter(
  knowledge: Knowledge,
  draft: { slug: string; entities: { actors: Knowledge['actors']; places: Knowledge['places'] }; annotations: { claims: Array<{ suggestions?: readonly SuggestionLike[] | undefined }> } },
): Knowledge {
  const pending = new Map((knowledge.pendingEvents ?? []).map((p) => [p.key, { ...p, sources: [...p.sources] }]));
  for (const p of pendingEventsOf(draft.annotations.claims.map((c) => ({ source: draft.slug, suggestions: c.suggestions })))) {
    const old = pending.get(p.key);
    if (old) {
      for (const s of p.sources) if (!old.sources.includes(s)) old.sources.push(s);
      if (p.date && old.date) old.date = { start: p.date.start < old.date.start ? p.date.start : old.date.start, end: p.date.end > old.date.end ? p.date.end : old.date.end };
    } else pending.set(p.key, p);
  }
  return {
    ...knowledge,
    actors: [...knowledge.actors, ...draft.entities.actors],
    places: [...knowledge.places, ...draft.entities.places],
    pendingEvents: [...pending.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/**
 * The checks a data folder must pass before it is served, and that every
 * write must pass before it is made: each file against its zod schema
 * (src/domain/format.ts), then the rules that span records: anchors match the
 * text, references resolve, quantities say what their words say, dates are
 * plausible, every event and topic is supported by a claim. Every problem is
 * collected with its file and JSON path before giving up.
 *
 * Entities are checked first (`checkEntities`), then each article on its own
 * (`checkArticle`: its metadata, text and annotations), then what needs every
 * article (`EntitySupport.faults`): an article is checked and compacted as it
 * is read, so a large folder is never held whole as parsed JSON.
 */
import type { z } from 'zod';
import { verifySelector } from '../domain/anchor.js';
import {
  Actors,
  Events,
  Places,
  SourceAnnotations,
  SourceMeta,
  Topics,
  type Actor,
  type Claim,
  type Event,
  type Place,
  type Selector,
  type SourceMeta as SourceMetaType,
  type Topic,
} from '../domain/format.js';
import { readNumber } from '../domain/numbers.js';
import type { ResolvedReferences } from './compact.js';
import { jsonPath, type Fault } from './faults.js';

/** How far back a claim's or event's date may lie before the article that reports it. */
const PLAUSIBLE_YEARS_BEFORE = 15;
/** How far ahead a threat or prediction may look. */
const PLAUSIBLE_YEARS_AHEAD = 1;

const addYears = (isoDate: string, years: number) => `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;

export type Report = (file: string, path: string, message: string) => void;

/** Parses JSON text against a schema; reports every problem and gives null when there is one. */
export function parseJson<S extends z.ZodType>(file: string, text: string | undefined, schema: S, fault: Report): z.infer<S> | null {
  if (text === undefined) {
    fault(file, '$', 'file is missing');
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fault(file, '$', `not valid JSON: ${(e as Error).message}`);
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fault(file, jsonPath(issue.path), issue.message);
    return null;
  }
  return parsed.data;
}

export interface CheckedEntities {
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly topics: readonly Topic[];
  readonly events: readonly Event[];
  /** Each kind's keys to their index in the file, for resolving references. */
  readonly refs: ResolvedReferences & { has(kind: 'actor' | 'place' | 'event' | 'topic', key: string): boolean };
  readonly topicByKey: ReadonlyMap<string, Topic>;
  /** Whether every entity file passed its schema (cross-record checks need them all). */
  readonly complete: boolean;
}

/** The four entity files, as text (undefined when missing), checked on their own and against each other. */
export function checkEntities(texts: { actors?: string; places?: string; topics?: string; events?: string }, fault: Report): CheckedEntities {
  const actors = parseJson('entities/actors.json', texts.actors, Actors, fault);
  const places = parseJson('entities/places.json', texts.places, Places, fault);
  const topics = parseJson('entities/topics.json', texts.topics, Topics, fault);
  const events = parseJson('entities/events.json', texts.events, Events, fault);
  const indexOf = {
    actor: uniqueKeys('entities/actors.json', actors ?? [], fault),
    place: uniqueKeys('entities/places.json', places ?? [], fault),
    topic: uniqueKeys('entities/topics.json', topics ?? [], fault),
    event: uniqueKeys('entities/events.json', events ?? [], fault),
  };
  const ref = (kind: keyof typeof indexOf, key: string, file: string, path: string) => {
    if (!indexOf[kind].has(key)) fault(file, path, `unknown ${kind} "${key}"`);
  };
  const aliasOwner = new Map<string, string>();
  const checkAliases = (file: string, records: ReadonlyArray<Actor | Place>) =>
    records.forEach((r, i) =>
      r.aliases.forEach((alias, j) => {
        const normal = alias.toLowerCase();
        const owner = aliasOwner.get(normal);
        if (owner && owner !== r.key) fault(file, `$[${i}].aliases[${j}]`, `alias "${alias}" is claimed by both "${owner}" and "${r.key}"`);
        aliasOwner.set(normal, r.key);
      }),
    );
  checkAliases('entities/actors.json', actors ?? []);
  checkAliases('entities/places.json', places ?? []);
  (actors ?? []).forEach((a, i) => a.memberOf && ref('actor', a.memberOf, 'entities/actors.json', `$[${i}].memberOf`));
  (places ?? []).forEach((p, i) => p.within && ref('place', p.within, 'entities/places.json', `$[${i}].within`));
  checkWithinCycles(places ?? [], fault);
  (events ?? []).forEach((e, i) => {
    e.places.forEach((p, j) => ref('place', p, 'entities/events.json', `$[${i}].places[${j}]`));
    e.actors.forEach((a, j) => ref('actor', a.actor, 'entities/events.json', `$[${i}].actors[${j}].actor`));
  });
  return {
    actors: actors ?? [],
    places: places ?? [],
    topics: topics ?? [],
    events: events ?? [],
    refs: {
      actor: (key) => indexOf.actor.get(key)!,
      place: (key) => indexOf.place.get(key)!,
      event: (key) => indexOf.event.get(key)!,
      topic: (key) => indexOf.topic.get(key)!,
      has: (kind, key) => indexOf[kind].has(key),
    },
    topicByKey: new Map((topics ?? []).map((t) => [t.key, t])),
    complete: Boolean(actors && places && topics && events),
  };
}

function uniqueKeys(file: string, records: ReadonlyArray<{ key: string }>, fault: Report): Map<string, number> {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    if (seen.has(r.key)) fault(file, `$[${i}].key`, `duplicate id "${r.key}"`);
    else seen.set(r.key, i);
  });
  return seen;
}

/** A place may not lie within itself, at any depth. */
function checkWithinCycles(places: readonly Place[], fault: Report): void {
  const byKey = new Map(places.map((p) => [p.key, p]));
  places.forEach((place, i) => {
    const seen = new Set<string>([place.key]);
    for (let up = place.within ? byKey.get(place.within) : undefined; up; up = up.within ? byKey.get(up.within) : undefined) {
      if (seen.has(up.key)) {
        fault('entities/places.json', `$[${i}].within`, `"${place.key}" lies within itself (${[...seen, up.key].join(' → ')})`);
        return;
      }
      seen.add(up.key);
    }
  });
}

/** A checked article: its metadata, text, claims and non-assertions. */
export interface CheckedArticle {
  readonly meta: SourceMetaType;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly nonAssertions: ReadonlyArray<{ selector: Selector; reason: string }>;
}

/** What the claims of every article say about the entities: which events and topics they support. */
export class EntitySupport {
  private readonly eventReporters = new Map<string, string[]>();
  private readonly topicsAnswered = new Set<string>();

  report(claim: Claim, publishedAt: string): void {
    for (const key of claim.events) {
      const reporters = this.eventReporters.get(key);
      if (reporters) reporters.push(publishedAt);
      else this.eventReporters.set(key, [publishedAt]);
    }
    if (claim.topic) this.topicsAnswered.add(claim.topic);
  }

  /** Events and topics no claim supports would be answers without provenance; an event must be dated within its reports. */
  faults(entities: CheckedEntities, fault: Report): void {
    entities.events.forEach((e, i) => {
      const problem = eventSupportProblem(e, this.eventReporters.get(e.key) ?? []);
      if (problem) fault('entities/events.json', problem.date ? `$[${i}].date` : `$[${i}]`, problem.message);
    });
    entities.topics.forEach((t, i) => {
      if (!this.topicsAnswered.has(t.key)) fault('entities/topics.json', `$[${i}]`, topicUnsupported(t.key));
    });
  }
}

export const topicUnsupported = (key: string) => `topic "${key}" is answered by no claim`;

/** What is wrong with an event given the dates of the articles that report it, or null. */
export function eventSupportProblem(e: Pick<Event, 'key' | 'date'>, reportDates: readonly string[]): { message: string; date: boolean } | null {
  if (reportDates.length === 0) return { message: `event "${e.key}" is reported by no claim`, date: false };
  const lastReport = reportDates.reduce((a, b) => (a > b ? a : b));
  const earliest = addYears(reportDates.reduce((a, b) => (a < b ? a : b)), -PLAUSIBLE_YEARS_BEFORE);
  if (e.date.end > lastReport || e.date.start < earliest) {
    return { message: `${e.date.start}..${e.date.end} is outside the plausible range ${earliest}..${lastReport} of the articles reporting it`, date: true };
  }
  return null;
}

/**
 * One article: `sources/<slug>.json` with `sources/<slug>.txt` (whose bytes' SHA-256 is `sha256`), and
 * `annotations/<slug>.json` when there is one. Null when a file failed its schema (the faults say why).
 */
/** The kind of record each kind of suggestion points at. */
const SUGGESTION_TARGETS = { TOPIC: 'topic', EVENT: 'event', CLAIMANT: 'actor', ACTOR: 'actor', PLACE: 'place' } as const;

export function checkArticle(
  slug: string,
  files: { meta?: string; text: string; sha256: string; annotations?: string },
  entities: CheckedEntities,
  support: Pick<EntitySupport, 'report'>,
  fault: Report,
): CheckedArticle | null {
  const metaFile = `sources/${slug}.json`;
  const meta = parseJson(metaFile, files.meta, SourceMeta, fault);
  const { text, sha256 } = files;
  if (meta) {
    if (meta.slug !== slug) fault(metaFile, '$.slug', `is "${meta.slug}" but the file is named "${slug}"`);
    if (meta.sha256 !== sha256) fault(metaFile, '$.sha256', `does not match sources/${slug}.txt: the file's sha256 is ${sha256}`);
    if (meta.titleBasis === 'HEADLINE' && !text.includes(meta.title)) fault(metaFile, '$.title', 'titleBasis is HEADLINE but the title does not occur in the text');
    meta.boilerplate.forEach((b, i) => {
      const problem = verifySelector(text, b.selector);
      if (problem) fault(metaFile, `$.boilerplate[${i}].selector`, problem);
    });
  }
  if (files.annotations === undefined) return meta ? { meta, text, claims: [], nonAssertions: [] } : null;
  const file = `annotations/${slug}.json`;
  const doc = parseJson(file, files.annotations, SourceAnnotations, fault);
  if (!doc || !meta) return null;
  if (doc.source !== slug) fault(file, '$.source', `is "${doc.source}" but the file is named "${slug}.json"`);
  const anchor = (selector: Selector, path: string) => {
    const problem = verifySelector(text, selector);
    if (problem) fault(file, path, problem);
  };
  const ref = (kind: 'actor' | 'place' | 'event' | 'topic', key: string, path: string) => {
    if (entities.complete && !entities.refs.has(kind, key)) fault(file, path, `unknown ${kind} "${key}"`);
  };
  const seen = new Set<string>();
  doc.claims.forEach((claim, i) => {
    const at = `$.claims[${i}]`;
    if (seen.has(claim.key)) fault(file, `${at}.key`, `duplicate id "${slug}/${claim.key}"`);
    seen.add(claim.key);
    claim.evidence.forEach((s, j) => anchor(s, `${at}.evidence[${j}]`));
    const inEvidence = (words: string) => claim.evidence.some((s) => s.quote.includes(words));
    claim.claimants.forEach((k, j) => ref('actor', k, `${at}.claimants[${j}]`));
    claim.actors.forEach((k, j) => ref('actor', k, `${at}.actors[${j}]`));
    claim.places.forEach((k, j) => ref('place', k, `${at}.places[${j}]`));
    claim.events.forEach((k, j) => ref('event', k, `${at}.events[${j}]`));
    const suggestionKeys = new Set<string>();
    claim.suggestions.forEach((suggestion, j) => {
      const path = `${at}.suggestions[${j}]`;
      if (suggestionKeys.has(suggestion.key)) fault(file, `${path}.key`, `duplicate suggestion "${suggestion.key}" in claim "${claim.key}"`);
      suggestionKeys.add(suggestion.key);
      if (suggestion.target !== null) ref(SUGGESTION_TARGETS[suggestion.kind], suggestion.target, `${path}.target`);
    });
    support.report(claim, meta.publishedAt);
    if (claim.quantity) {
      const { words, value } = claim.quantity;
      if (!inEvidence(words)) fault(file, `${at}.quantity.words`, `"${words}" does not occur in the claim's evidence`);
      const read = readNumber(words);
      if (read === null) fault(file, `${at}.quantity.value`, `no number can be read from the words "${words}"`);
      else if (read !== value) fault(file, `${at}.quantity.value`, `is ${value} but the words "${words}" say ${read}`);
    }
    if (claim.time) {
      const { words, start, end } = claim.time;
      if (words && !inEvidence(words)) fault(file, `${at}.time.words`, `"${words}" does not occur in the claim's evidence`);
      const earliest = addYears(meta.publishedAt, -PLAUSIBLE_YEARS_BEFORE);
      const latest = ['THREATENED', 'PREDICTED'].includes(claim.modality) ? addYears(meta.publishedAt, PLAUSIBLE_YEARS_AHEAD) : meta.publishedAt;
      if (start < earliest || end > latest) fault(file, `${at}.time`, `${start}..${end} is outside the plausible range ${earliest}..${latest} for an article published ${meta.publishedAt}`);
    }
    if (claim.topic) {
      ref('topic', claim.topic, `${at}.topic`);
      const topic = entities.topicByKey.get(claim.topic);
      if (topic?.valueKind === 'QUANTITY') {
        if (!claim.quantity) fault(file, `${at}.quantity`, `topic "${topic.key}" asks for a quantity, the claim has none`);
        else if (claim.quantity.unit !== topic.unit) fault(file, `${at}.quantity.unit`, `is "${claim.quantity.unit}" but topic "${topic.key}" is measured in "${topic.unit}"`);
      }
      if (topic?.valueKind === 'DATE' && !claim.time) fault(file, `${at}.time`, `topic "${topic.key}" asks for a date, the claim has no time`);
      if (topic?.valueKind === 'CATEGORY' && !claim.answer) fault(file, `${at}.answer`, `topic "${topic.key}" asks for a categorical answer, the claim has none`);
    }
    if (claim.answer && !claim.topic) fault(file, `${at}.answer`, 'an answer needs a topic');
  });
  doc.nonAssertions.forEach((n, i) => anchor(n.selector, `$.nonAssertions[${i}].selector`));
  return { meta, text, claims: doc.claims, nonAssertions: doc.nonAssertions };
}

export type { Fault };

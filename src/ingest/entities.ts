/**
 * Linking actors and places through the dataset's alias tables, and proposing
 * new ones. Known spellings are matched exactly as the loader finds mentions
 * (aliases.ts: longest first, on word boundaries, any case). A capitalised
 * word that misses every alias by one letter of a known name of the same
 * length ("Saraqib" for "Saraqeb") is linked as a spelling variant, for a
 * curator to confirm. Names compromise recognises as people, places or
 * organisations that match nothing are proposed as new entities.
 */
import nlp from 'compromise';
import { aliasMatcher } from '../domain/aliases.js';
import type { z } from 'zod';
import type { Actor as ActorSchema, Event as EventSchema, Place as PlaceSchema, Topic } from '../domain/format.js';
import type { ActorKind, PlaceKind } from './types.js';
import { kindOfNew } from './claimants.js';
import { placeOrPerson } from './places.js';
import { overlaps, Tags, type Span } from './text.js';

export interface EntityRef {
  key: string;
  name: string;
  type: 'actor' | 'place';
  kind: ActorKind | PlaceKind;
}

/** A curated claim as the linker sees it: where it stands, what it links to, and its words. */
export interface KnownClaim {
  /** `<source slug>/<claim key>`. */
  id: string;
  source: string;
  publishedAt: string;
  /** Its evidence quotes, joined: the words an event's reports use. */
  words: string;
  topic?: string;
  events: string[];
  places: string[];
  actors: string[];
  claimants: string[];
  time?: { start: string; end: string };
  quantity?: { value: number; unit: string };
}

/** A new event that draft (AUTO) claims of articles already ingested propose, so the next article's claims can join it. */
export interface PendingEvent {
  key: string;
  name: string;
  /** `<EventType>/<EventSubType>`. */
  kind?: string;
  date?: { start: string; end: string };
  places?: string[];
  /** The articles whose claims propose it, by slug. */
  sources: string[];
}

/**
 * What the extractor and the linker know: the entities, topics and events they
 * may link to, the answers topics already have, and what the curated claims of
 * each event say. Built from a loaded Store (knowledge.ts, knowledgeFromStore)
 * or, for the leave-one-out evaluation, from the other articles' files
 * (evaluate.ts, knowledgeFor). Indexes over it are built once (prepare()).
 */
export interface Knowledge {
  actors: Array<z.input<typeof ActorSchema>>;
  places: Array<z.input<typeof PlaceSchema>>;
  topics: Topic[];
  /** Curated answers per topic key (their values and times), the context a new answer is compared with. */
  topicAnswers?: Map<string, Array<{ value?: number; start?: string; end?: string }>>;
  /** Curated claims per topic key (at most EVENT_CLAIMS_KEPT each): the words a question's answers use. */
  topicClaims?: Map<string, KnownClaim[]>;
  /** The events a claim may be suggested into. */
  events?: Array<z.input<typeof EventSchema>>;
  /** Curated claims per event key (at most EVENT_CLAIMS_KEPT each): the evidence an event is recognised by. */
  eventClaims?: Map<string, KnownClaim[]>;
  /** New events proposed by earlier drafts and not yet created by a curator. */
  pendingEvents?: PendingEvent[];
}

/** How many curated claims of one event the linker reads: enough words to recognise it, bounded at any corpus size. */
export const EVENT_CLAIMS_KEPT = 40;

export interface EntityMention extends Span {
  text: string;
  /** The linked entity; null for a proposed new one. */
  entity: EntityRef | null;
  via: 'alias' | 'spelling' | 'proposed';
  /** For a proposal: what kind of record a curator would add. */
  proposedType?: 'actor' | 'place';
  proposedKind?: ActorKind | PlaceKind;
}

const normal = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
/** A run of capitalised words, with the particles and hyphens of names ("Tel-Toukan", "Taher al-Omar", "Hayat Tahrir Al Sham"). */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*(?:(?:-|\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s]+)?)\p{Lu}[\p{L}'’]*)*(?![\p{L}\p{N}])/gu;
const PARTICLES = /(?:^|[\s-])(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)(?=[\s-])/gi;
const particleless = (name: string) => normal(name.replace(PARTICLES, ' ').replace(/-/g, ' '));

/** Levenshtein distance with transpositions, for names of equal length only (substitutions and swaps). */
function sameLengthDistance(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === b[i + 1] && a[i + 1] === b[i]) {
      d++;
      i++;
    } else d++;
  }
  return d;
}

/** Words never proposed as names on their own. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'on', 'in', 'since', 'after', 'under', 'meanwhile', 'however', 'already', 'only']);

export class EntityIndex {
  readonly byAlias = new Map<string, EntityRef>();
  private readonly matcher: RegExp | null;
  /** Names of several words without their particles ("bashar assad"). */
  private readonly byParticleless = new Map<string, EntityRef>();
  /** Single-word names of at least six letters, for spelling variants. */
  private readonly variants: Array<{ lower: string; entity: EntityRef }> = [];

  constructor(readonly knowledge: Knowledge) {
    const add = (alias: string, entity: EntityRef) => {
      const key = normal(alias);
      if (!this.byAlias.has(key)) this.byAlias.set(key, entity);
    };
    for (const a of knowledge.actors) for (const alias of a.aliases) add(alias, { key: a.key, name: a.name, type: 'actor', kind: a.kind });
    for (const p of knowledge.places) for (const alias of p.aliases) add(alias, { key: p.key, name: p.name, type: 'place', kind: p.kind });
    this.matcher = aliasMatcher([...this.byAlias.keys()]);
    for (const [alias, entity] of this.byAlias) if (/\s/.test(alias)) this.byParticleless.set(particleless(alias), entity);
    for (const [alias, entity] of this.byAlias) {
      if (/^\p{L}{6,}$/u.test(alias)) this.variants.push({ lower: alias, entity });
    }
  }

  entity(type: 'actor' | 'place', key: string): EntityRef | undefined {
    for (const e of this.byAlias.values()) if (e.type === type && e.key === key) return e;
    return undefined;
  }

  /** Known entities named in a span: alias matches first, then spelling variants. */
  link(text: string, span: Span = { start: 0, end: text.length }): EntityMention[] {
    const out: EntityMention[] = [];
    const slice = text.slice(span.start, span.end);
    if (this.matcher) {
      this.matcher.lastIndex = 0;
      for (const m of slice.matchAll(this.matcher)) {
        const entity = this.byAlias.get(normal(m[0]));
        if (entity) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0], entity, via: 'alias' });
      }
    }
    // A name that differs from a known one only by a particle ("Bashar Al Assad" for "Bashar Assad").
    for (const m of slice.matchAll(NAME)) {
      // Try the name and each ending of it ("President Bashar Al Assad" → "Bashar Al Assad").
      for (let from = 0; from < m[0].length; ) {
        const name = m[0].slice(from);
        const s = { start: span.start + m.index + from, end: span.start + m.index + m[0].length };
        const entity = /\s/.test(name) && !out.some((o) => overlaps(o, s)) ? this.byParticleless.get(particleless(name)) : undefined;
        if (entity) {
          out.push({ ...s, text: name, entity, via: 'spelling' });
          break;
        }
        const next = name.search(/\s/);
        if (next < 0) break;
        from += next + 1;
      }
    }
    for (const m of slice.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{5,}(?![\p{L}\p{N}])/gu)) {
      const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      if (out.some((o) => overlaps(o, s))) continue;
      const lower = m[0].toLowerCase();
      if (this.byAlias.has(lower)) continue;
      const close = this.variants.filter((v) => v.lower[0] === lower[0] && sameLengthDistance(v.lower, lower) === 1);
      if (close.length === 1) out.push({ ...s, text: m[0], entity: close[0]!.entity, via: 'spelling' });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The entity a phrase names: its last known name (the head of an English noun phrase: "Kremlin spokesman Dmitry Peskov"). */
  resolve(text: string, span: Span, type?: 'actor' | 'place'): EntityMention | null {
    const found = this.link(text, span).filter((m) => !type || m.entity?.type === type);
    return found.length ? found[found.length - 1]! : null;
  }
}

/**
 * New names in a span that no alias or variant covers: people, places and
 * organisations as compromise tags them, each proposed once per spelling.
 */
export function proposeEntities(text: string, span: Span, known: EntityMention[]): EntityMention[] {
  const slice = text.slice(span.start, span.end);
  const doc = nlp(slice);
  const groups: Array<{ type: 'actor' | 'place'; kind: ActorKind | PlaceKind; list: Array<{ text: string; offset: { start: number; length: number } }> }> = [
    { type: 'actor', kind: 'PERSON', list: doc.people().json({ offset: true }) as never },
    { type: 'place', kind: 'TOWN', list: doc.places().json({ offset: true }) as never },
    { type: 'actor', kind: 'GROUP', list: doc.organizations().json({ offset: true }) as never },
  ];
  const out: EntityMention[] = [];
  const runs = [...slice.matchAll(NAME)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  for (const g of groups) {
    for (const item of g.list) {
      let start = span.start + item.offset.start;
      let end = start + item.offset.length;
      // A name compromise reads in part ("Dara" of "Kesh Dara") is the whole run of capitalised words, when that run
      // does not open the sentence (where the first word is capitalised anyway).
      const run = runs.find((r) => r.start <= start && end <= r.end + 1 && (r.start < start || r.end > end));
      if (run && run.start > span.start && !/[.!?:"“]\s*$/.test(text.slice(Math.max(0, run.start - 3), run.start))) {
        const first = text.slice(run.start, run.end).split(/[\s-]+/)[0]!.toLowerCase();
        if (!TITLES.has(first) && !CALENDAR.has(first) && !COMMON.has(first) && !isDemonym(text.slice(run.start, run.end).split(/\s+/)[0]!)) [start, end] = [run.start, Math.max(end, run.end)];
      }
      // Trim punctuation and possessives compromise keeps ("Omar,", "Syria's").
      while (end > start && /[\s,.;:!?)"”’'/\\—–-]/.test(text[end - 1]!)) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s("“‘']/.test(text[start]!)) start++;
      const words = text.slice(start, end).split(/\s+/);
      while (words.length && NOT_NAMES.has(words[0]!.toLowerCase())) {
        start += words[0]!.length + 1;
        words.shift();
      }
      const name = text.slice(start, end);
      if (!/^\p{Lu}/u.test(name) || name.length < 3) continue;
      // A nationality or a month on its own is no name ("Turkish armoured vehicles").
      if (name.split(/\s+/).every((w) => isDemonym(w) || CALENDAR.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))) continue;
      const s = { start, end };
      if (known.some((k) => overlaps(k, s)) || out.some((o) => overlaps(o, s))) continue;
      out.push({ ...s, text: name, entity: null, via: 'proposed', proposedType: g.type, proposedKind: g.kind });
    }
  }
  // Capitalised names compromise did not recognise: places after a preposition of place, other names as actors.
  const tags = new Tags(text, span);
  for (const m of slice.matchAll(NAME)) {
    let start = span.start + m.index;
    let name = m[0];
    // Leading words that are not part of a name: a sentence's first word, titles, nationalities, calendar words.
    for (;;) {
      const first = /^([\p{L}'’.]+)(?:\s+|-|$)/u.exec(name);
      if (!first) break;
      const word = first[1]!;
      const atStart = start === span.start || /[.!?:"“]\s*$/.test(text.slice(Math.max(0, start - 3), start));
      const lower = word.toLowerCase();
      const more = name.length > first[0].length;
      const nationality = isDemonym(word);
      // A sentence's first word is capitalised anyway: it is part of a name only if compromise reads it as a proper noun.
      const common = atStart && (COMMON.has(lower) || !tags.is({ start, end: start + word.length }, 'ProperNoun'));
      if (!(TITLES.has(lower) || CALENDAR.has(lower) || (nationality && more) || common)) break;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    name = name.replace(/['’]s$/, '').replace(/(?:\s+(?:Photo|Photos|Video|Image|News))+$/, '');
    const end = start + name.length;
    if (name.length < 3 || !/^\p{Lu}/u.test(name)) continue;
    const words = name.split(/[\s-]+/);
    if (words.every((w) => CALENDAR.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()) || COMMON.has(w.toLowerCase()) || isDemonym(w))) continue;
    const s = { start, end };
    if (known.some((k) => overlaps(k, s)) || out.some((o) => overlaps(o, s))) continue;
    const before = text.slice(Math.max(span.start, start - 30), start);
    const place = /\b(?:in|near|at|into|from|outside|around|town of|village of|city of|area of|province of)\s+(?:the\s+)?$/i.test(before);
    out.push({ ...s, text: name, entity: null, via: 'proposed', proposedType: place ? 'place' : 'actor', proposedKind: place ? 'TOWN' : words.length >= 2 ? 'PERSON' : 'GROUP' });
  }
  // Places and people told apart by the words around the name and the shape of place names of the region (places.ts).
  for (const m of out) {
    const hint = placeOrPerson(text, m, m.text);
    if (hint === 'place') Object.assign(m, { proposedType: 'place', proposedKind: 'TOWN' });
    else if (hint === 'person') Object.assign(m, { proposedType: 'actor', proposedKind: 'PERSON' });
    // A name with an organisation's word ("World Health Organization", "Norwegian Refugee Council") is that kind of
    // body, whatever compromise or the words around it suggested.
    const kind = m.proposedType === 'actor' ? kindOfNew(m.text) : null;
    if (kind && kind !== 'PERSON' && kind !== 'GROUP') m.proposedKind = kind;
  }
  return out.sort((a, b) => a.start - b.start);
}

const demonyms = new Map<string, boolean>();
/** "Syrian", "Turkish", "Iranians": nationality words, which compromise knows. */
function isDemonym(word: string): boolean {
  let known = demonyms.get(word);
  if (known === undefined) {
    known = nlp(word).has('#Demonym');
    demonyms.set(word, known);
  }
  return known;
}

const TITLES = new Set('president prime minister foreign defence defense interior gen general mr mrs ms dr king queen prince sheikh colonel col lt major capt captain spokesman spokeswoman envoy special secretary senator ambassador chief head commander'.split(' '));
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const COMMON = new Set(
  'the a an in on at as but and or if after before since under over already only meanwhile however while when where with without from for by to of this that these those there it its he she they we his her their our some many most all both each every one two three four five six seven eight nine ten government forces army troops rebels officials witnesses experts state hours weeks days video photo breaking accessibility you add get solve steps areas children weeks tension pre-dawn early late already running'.split(' '),
);

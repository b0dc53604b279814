/**
 * The linker: for each draft claim, what it may be linked to, as suggestions
 * in the data format (`Suggestion`: kind, target or proposal, confidence,
 * reasons, status SUGGESTED). A pure function of the claims, what the
 * extractor read around them, and a Knowledge; the indexes it needs (events by
 * date, word weights, distances) are built once per Knowledge (prepare()).
 *
 * EVENT: every known event whose date fits is scored on evidence a curator
 *   would weigh: the kind of happening the claim's words describe against the
 *   event's type; the places (the same, one within the other, or within N km,
 *   from coordinates); the dates (overlap, or days apart); the actors and the
 *   claimant (the speaker of a statement); the words its reports use (tf-idf);
 *   the topic the claim answers when the event's reports answer it too; the
 *   same figure in its reports. The score becomes a confidence through a
 *   logistic curve fitted on the leave-one-out run (docs/ingest.md). Claims
 *   that describe a happening no known event fits are grouped into a proposed
 *   new event, shared with the other claims of the article (and of earlier
 *   drafts, `Knowledge.pendingEvents`) that describe the same one.
 * TOPIC: the topic matcher's ranking (topics.ts): only topics that pass every
 *   veto (unit, population, time, period, a part of the whole) are suggested.
 * CLAIMANT: the resolver's answer (claimants.ts) and its alternatives.
 * PLACE and ACTOR: the places and actors the claim names, by alias (certain),
 *   by spelling (one letter off), or new ones proposed.
 */
import { DEFAULT_SUGGESTION_CONFIDENCE, type Proposal, type Suggestion } from '../domain/format.js';
import type { Resolved } from './claimants.js';
import type { EntityMention, Knowledge, KnownClaim, PendingEvent } from './entities.js';
import { addDays, kebab } from './text.js';
import { stems } from './topics.js';

/** Suggestions below this calibrated confidence are not written (they are right less than one time in ten). */
export const MIN_KEPT = 0.1;

/** The confidence the API shows by default (one definition, in the data format): suggestions at or above it are counted for precision (docs/ingest.md). */
export const DEFAULT_CONFIDENCE = DEFAULT_SUGGESTION_CONFIDENCE;

/** What the extractor read around one claim, for the linker. */
export interface ClaimContext {
  /** The claim's own words. */
  unitText: string;
  /** Its sentence. */
  sentenceText: string;
  /** Entities the claim's evidence names (known by alias or spelling, or proposed). */
  mentions: EntityMention[];
  /** Known entities named in the sentence (a claim cut from it may say "the town"). */
  sentenceEntities: string[];
  /** Topics the claim may answer, best first within each kind, with the matchers' scores (only those passing every veto). */
  topics: Array<{ key: string; score: number; valueKind: 'QUANTITY' | 'DATE' | 'CATEGORY' }>;
  /** Countries and capitals the claim names as a party ("Ankara warned"), not as where. */
  parties: string[];
  /** Known places named elsewhere in its paragraph, and in the 600 characters before its sentence. */
  paragraphPlaces: string[];
  nearbyPlaces: string[];
  /** The place the article's body names most often. */
  articlePlace: string | null;
  /** How its claimant was resolved, when it has one. */
  claimant: Resolved | null;
  /** Further claimants of "X and Y". */
  moreClaimants: Resolved[];
  /** New places the draft adds (AUTO) or proposes, named in the claim: key or proposal. */
  newPlaces: Array<{ text: string; key: string | null; proposal?: Proposal; reasons: string[]; confidence: number }>;
  /** New actors the claim names (not as claimant), proposed. */
  newActors: Array<{ text: string; proposal: Proposal }>;
}

export interface LinkClaim {
  key: string;
  modality: string;
  quantity?: { value: number; unit: string } | undefined;
  time?: { start: string; end: string; words?: string | undefined } | undefined;
  claimants: string[];
  actors: string[];
  places: string[];
  topic?: string | undefined;
}

// ---------------------------------------------------------------------------
// Kinds of happening, read from a claim's words (ACLED's types and claimgraph's own).

const CUES: Array<{ re: RegExp; type: string; subType?: string; weight: number }> = [
  { re: /\b(?:took|taken|take|takes|taking) (?:full )?(?:control|over)\b|\b(?:captur|seiz|retak|retook|recaptur|regain|reclaim|overr[au]n)\w*|\bbroke into\b|\bstorm(?:ed|ing|s)?\b|\bswept through\b|\bpushed into\b|\bfell to\b|\bfall of\b|\bin (?:their|its|our) hands\b|\b(?:under|back under) (?:\w+ )?(?:government|state|army|our|their|full) control\b|\blink(?:ed|ing)? up\b|\bjoined up\b|\bcleared (?:\w+ )?villages\b|\badvanc\w+\b|\bentered\b|\bclose to controlling\b|\bcontrolling the whole\b|\bwhole (?:of the )?(?:road|highway)\b|\bentire (?:length of the )?(?:\w+ )?(?:road|highway|m\d)\b/i, type: 'BATTLES', subType: 'GOVERNMENT_REGAINS_TERRITORY', weight: 1 },
  { re: /\bclash\w*|\bfighting\b|\bfought\b|\bbattle\w*|\bexchange(?:d)? of fire\b|\bcounter-?attack\w*|\bconfrontation\b|\bstreet battles?\b|\bdeadly (?:exchange|attack)\b|\bkill(?:ed|ing)? (?:\w+ ){0,3}(?:soldiers|troops|personnel|fighters)\b|\b(?:soldiers|troops|personnel) (?:were |had been )?killed\b/i, type: 'BATTLES', subType: 'ARMED_CLASH', weight: 1 },
  { re: /\bshell(?:ing|ed|s)?\b|\bartillery\b|\bbombardment\b|\bmortar\w*|\brockets?\b|\bmissiles?\b/i, type: 'EXPLOSIONS_REMOTE_VIOLENCE', subType: 'SHELLING_ARTILLERY_MISSILE_ATTACK', weight: 0.8 },
  { re: /\bair ?strikes?\b|\bairstrikes?\b|\bjets? (?:struck|hit|bombed)\b|\bwarplanes?\b|\bair raids?\b|\bdrones?\b|\bbomb(?:ed|ing)\b/i, type: 'EXPLOSIONS_REMOTE_VIOLENCE', subType: 'AIR_DRONE_STRIKE', weight: 1 },
  { re: /\bcar bomb\b|\bexplosive device\b|\bied\b|\blandmine\b|\bexplo(?:ded|sion)\b/i, type: 'EXPLOSIONS_REMOTE_VIOLENCE', subType: 'REMOTE_EXPLOSIVE_LANDMINE_IED', weight: 1 },
  { re: /\bconvoys?\b|\breinforce\w*|\bmilitary vehicles\b|\barmou?red vehicles\b|\btanks\b|\bhowitzers\b|\bdeploy\w*|\bbuild-?up\b|\brushed\b|\bsent (?:\w+ ){0,4}(?:troops|vehicles|soldiers|reinforcements|forces)\b|\bcrossed into\b|\brolled into\b|\btook up positions\b|\bmoved (?:overnight|towards|into)\b|\bpour(?:ed|s|ing)? into\b/i, type: 'STRATEGIC_DEVELOPMENTS', subType: 'CHANGE_TO_GROUP_ACTIVITY', weight: 1 },
  { re: /\bset up (?:a |an )?(?:new )?(?:position|post|base|outpost)\b|\bestablish\w* (?:a |an )?(?:new )?(?:position|post|base)\b|\bnew (?:military )?(?:position|post|base)\b/i, type: 'STRATEGIC_DEVELOPMENTS', subType: 'HEADQUARTERS_OR_BASE_ESTABLISHED', weight: 1.2 },
  { re: /\bagreement\b|\bdeal\b|\baccord\b|\btruce\b|\bceasefire\b|\bunder (?:a|the) \d{4}\b/i, type: 'STRATEGIC_DEVELOPMENTS', subType: 'AGREEMENT', weight: 0.7 },
  { re: /\btalks\b|\bmet\b|\bmeeting\b|\bnegotiat\w*|\bdelegation\b|\bround of\b|\bcontacts\b/i, type: 'DIPLOMACY', subType: 'TALKS', weight: 1 },
  { re: /\bthreat\w*|\bultimatum\b|\bwarn\w*|\bwould (?:strike|hit|act|respond)\b|\bwill (?:strike|hit|act|respond)\b|\buntil the end of\b|\bgiven .* until\b|\bstronger response\b|\bunanswered\b/i, type: 'DIPLOMACY', subType: 'THREAT', weight: 1 },
  { re: /\brejected\b|\bdismissed\b|\baccus\w*|\bblamed\b|\bcondemn\w*|\bvow\w*|\bhollow\b|\bout of touch\b|\bnot kept its promise\b|\bfailed to\b|\bcomplicit\b/i, type: 'DIPLOMACY', subType: 'STATEMENT', weight: 0.8 },
  { re: /\bsecurity council\b|\bemergency session\b|\bun session\b/i, type: 'DIPLOMACY', subType: 'UN_SESSION', weight: 1.2 },
  { re: /\bby (?:tele)?phone\b|\bphone call\b|\bspoke by phone\b|\btelephone call\b/i, type: 'DIPLOMACY', subType: 'PHONE_CALL', weight: 1.2 },
  { re: /\bmediat\w*/i, type: 'DIPLOMACY', subType: 'MEDIATION_OFFER', weight: 1.2 },
  { re: /\bfled\b|\bflee\w*|\bdisplace\w*|\bforced from their homes\b|\bcamps?\b|\buprooted\b|\bhomeless\b|\brefugees?\b|\btents?\b|\bshelter\b/i, type: 'HUMANITARIAN', subType: 'DISPLACEMENT', weight: 1 },
  { re: /\bcivilians? (?:were |have been |had been )?killed\b|\bkill\w* (?:\w+ ){0,3}civilians\b|\bcivilian (?:deaths|casualties|toll)\b|\bchildren (?:dying|died|killed)\b/i, type: 'HUMANITARIAN', subType: 'CIVILIAN_CASUALTIES', weight: 1 },
];

export interface Cue {
  type: string;
  subType: string;
  weight: number;
  words: string;
}

/** The kinds of happening a claim's words describe, strongest first. */
export function happenings(text: string, modality: string): Cue[] {
  const out = new Map<string, Cue>();
  for (const c of CUES) {
    const m = c.re.exec(text);
    if (!m) continue;
    const key = `${c.type}/${c.subType}`;
    const old = out.get(key);
    if (!old || old.weight < c.weight) out.set(key, { type: c.type, subType: c.subType ?? '', weight: c.weight, words: m[0] });
  }
  if (modality === 'THREATENED' && !out.has('DIPLOMACY/THREAT')) out.set('DIPLOMACY/THREAT', { type: 'DIPLOMACY', subType: 'THREAT', weight: 0.8, words: 'a threat' });
  if ((modality === 'ALLEGED' || modality === 'DENIED') && !out.has('DIPLOMACY/STATEMENT')) out.set('DIPLOMACY/STATEMENT', { type: 'DIPLOMACY', subType: 'STATEMENT', weight: 0.4, words: modality === 'ALLEGED' ? 'an accusation' : 'a denial' });
  return [...out.values()].sort((a, b) => b.weight - a.weight);
}

// ---------------------------------------------------------------------------
// Geography

const RADIUS_KM = 6371;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places within this distance (both located to a locality or better) count as the same area. */
export const NEAR_KM = 25;

interface PlaceInfo {
  key: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  precision: string;
  /** Its key and every place it lies within, nearest first. */
  chain: string[];
}

const BROAD = new Set(['COUNTRY', 'PROVINCE', 'REGION']);

// ---------------------------------------------------------------------------
// The event index

interface EventProfile {
  key: string;
  title: string;
  type: string;
  subType: string;
  start: string;
  end: string;
  places: string[];
  actors: Map<string, string>;
  words: Map<string, number>;
  norm: number;
  /** Topics its reports answer, and how many of them. */
  topics: Map<string, number>;
  quantities: Array<{ value: number; unit: string; source: string }>;
  sources: Set<string>;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
/** The first index whose value is at least x, in a sorted list. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Days between two ranges; 0 when they overlap. */
const gap = (a: { start: string; end: string }, b: { start: string; end: string }) => Math.max(0, dayOf(a.start) - dayOf(b.end), dayOf(b.start) - dayOf(a.end));

function termFrequencies(texts: Array<[string, number]>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const [text, weight] of texts) for (const s of stems(text)) tf.set(s, (tf.get(s) ?? 0) + weight);
  return tf;
}

export class EventIndex {
  readonly places: Map<string, PlaceInfo>;
  private readonly profiles: EventProfile[];
  private readonly idf = new Map<string, number>();
  /** Topic → events its curated answers report, with counts. */
  private readonly topicEvents = new Map<string, Map<string, number>>();
  private readonly pending: PendingEvent[];
  /** The events sorted by start, as day numbers, and the longest event's length in days (for range queries). */
  private readonly startDays: number[];
  private readonly endDays: number[];
  private readonly longestDays: number;
  private readonly byKey = new Map<string, EventProfile>();
  /** Events at each specific place (not a province or a country). */
  private readonly atPlace = new Map<string, EventProfile[]>();

  /** The places of a Knowledge, with what each lies within. */
  private static placesOf(knowledge: Knowledge): Map<string, PlaceInfo> {
    const out = new Map<string, PlaceInfo>();
    const byKey = new Map(knowledge.places.map((p) => [p.key, p]));
    for (const p of knowledge.places) {
      const chain = [p.key];
      for (let w = p.within; w && !chain.includes(w) && chain.length < 10; w = byKey.get(w)?.within) chain.push(w);
      out.set(p.key, { key: p.key, name: p.name, kind: p.kind, lat: p.location.lat, lon: p.location.lon, precision: p.location.precision, chain });
    }
    return out;
  }

  /** The same event index over another Knowledge with the same events and evidence: its places and pending events are read again. */
  rebase(knowledge: Knowledge): EventIndex {
    const copy = Object.assign(Object.create(EventIndex.prototype) as EventIndex, this);
    (copy as { places: Map<string, PlaceInfo> }).places = EventIndex.placesOf(knowledge);
    (copy as unknown as { pending: PendingEvent[] }).pending = knowledge.pendingEvents ?? [];
    return copy;
  }

  constructor(knowledge: Knowledge) {
    this.places = EventIndex.placesOf(knowledge);
    const claims = knowledge.eventClaims ?? new Map<string, KnownClaim[]>();
    this.profiles = (knowledge.events ?? []).map((e) => {
      const known = claims.get(e.key) ?? [];
      const tf = termFrequencies([[`${e.title} ${e.title}`, 1], [e.description, 1], ...known.map((c) => [c.words, 1] as [string, number])]);
      const topics = new Map<string, number>();
      for (const c of known) if (c.topic) topics.set(c.topic, (topics.get(c.topic) ?? 0) + 1);
      return {
        key: e.key,
        title: e.title,
        type: e.type,
        subType: e.subType,
        start: e.date.start,
        end: e.date.end,
        places: e.places ?? [],
        actors: new Map((e.actors ?? []).map((a) => [a.actor, a.role])),
        words: tf,
        norm: 0,
        topics,
        quantities: known.flatMap((c) => (c.quantity ? [{ ...c.quantity, source: c.source }] : [])),
        sources: new Set(known.map((c) => c.source)),
      };
    });
    const df = new Map<string, number>();
    for (const p of this.profiles) for (const s of p.words.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    const n = Math.max(1, this.profiles.length);
    for (const [s, d] of df) this.idf.set(s, Math.log(1 + n / d));
    for (const p of this.profiles) {
      let sum = 0;
      for (const [s, f] of p.words) {
        const w = Math.sqrt(f) * (this.idf.get(s) ?? 0);
        p.words.set(s, w);
        sum += w * w;
      }
      p.norm = Math.sqrt(sum) || 1;
      for (const [topic, count] of p.topics) {
        const m = this.topicEvents.get(topic) ?? new Map<string, number>();
        m.set(p.key, count);
        this.topicEvents.set(topic, m);
      }
    }
    this.profiles.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
    this.startDays = this.profiles.map((p) => dayOf(p.start));
    this.endDays = this.profiles.map((p) => dayOf(p.end));
    this.longestDays = this.profiles.reduce((m, p, i) => Math.max(m, this.endDays[i]! - this.startDays[i]!), 0);
    for (const p of this.profiles) {
      this.byKey.set(p.key, p);
      for (const k of p.places) {
        if (BROAD.has(this.places.get(k)?.kind ?? 'COUNTRY')) continue;
        const list = this.atPlace.get(k) ?? [];
        list.push(p);
        this.atPlace.set(k, list);
      }
    }
    this.pending = knowledge.pendingEvents ?? [];
  }

  /** The places of a known event. */
  placesOf(key: string): string[] {
    return this.byKey.get(key)?.places ?? [];
  }

  /** How two places relate: the same, one within the other, or a distance. */
  relation(a: string, b: string): { kind: 'same' | 'within' | 'contains' | 'near' | 'far' | 'unrelated'; km?: number } {
    if (a === b) return { kind: 'same' };
    const pa = this.places.get(a);
    const pb = this.places.get(b);
    if (!pa || !pb) return { kind: 'unrelated' };
    if (pa.chain.includes(b)) return { kind: 'within' };
    if (pb.chain.includes(a)) return { kind: 'contains' };
    // Distances only between points that stand for a place (a road's or a border's point stands for nothing near).
    const precise = (p: PlaceInfo) => ['POINT', 'LOCALITY'].includes(p.precision) && !BROAD.has(p.kind);
    if (!precise(pa) || !precise(pb)) return { kind: 'unrelated' };
    const km = distanceKm(pa, pb);
    return { kind: km <= NEAR_KM ? 'near' : 'far', km };
  }

  /** A claim's words weighted once (tf-idf), to compare with every candidate event. */
  private weigh(words: Map<string, number>): { weights: Array<[string, number]>; norm: number } {
    const weights: Array<[string, number]> = [];
    let norm = 0;
    for (const [s, f] of words) {
      const w = Math.sqrt(f) * (this.idf.get(s) ?? 0);
      if (!w) continue;
      weights.push([s, w]);
      norm += w * w;
    }
    return { weights, norm: Math.sqrt(norm) };
  }

  private cosine(claim: { weights: Array<[string, number]>; norm: number }, p: EventProfile): { value: number; shared: string[] } {
    let dot = 0;
    const shared: Array<[string, number]> = [];
    for (const [s, w] of claim.weights) {
      const e = p.words.get(s);
      if (e) {
        dot += w * e;
        shared.push([s, w * e]);
      }
    }
    const value = claim.norm ? dot / (claim.norm * p.norm) : 0;
    return { value, shared: value >= 0.1 ? shared.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s]) => s) : [] };
  }

  /**
   * The events worth scoring for a claim: those whose dates come within a
   * month of the claim's (of the article's last two months when the claim
   * states no time), found by binary search over the events sorted by start;
   * and, for a claim without a time, events at a specific place it names.
   */
  private candidates(claim: LinkClaim, publishedAt: string, places: string[]): EventProfile[] {
    const from = claim.time ? dayOf(claim.time.start) - 30 : dayOf(publishedAt) - 60;
    const to = claim.time ? dayOf(claim.time.end) + 30 : dayOf(publishedAt) + 1;
    const first = lowerBound(this.startDays, from - this.longestDays);
    const last = lowerBound(this.startDays, to + 1);
    const out = new Set<EventProfile>();
    for (let i = first; i < last; i++) if (this.endDays[i]! >= from) out.add(this.profiles[i]!);
    if (!claim.time) for (const k of places) for (const p of this.atPlace.get(k) ?? []) out.add(p);
    return [...out];
  }

  /** Known events scored for a claim, best first (only those with a positive score). */
  rank(claim: LinkClaim, ctx: ClaimContext, publishedAt: string): Array<{ key: string; title: string; score: number; reasons: string[] }> {
    const cues = happenings(ctx.unitText, claim.modality);
    const sentenceCues = cues.length ? cues : happenings(ctx.sentenceText, claim.modality);
    const own = new Set(claim.places);
    const placeKeys = [...new Set([...claim.places, ...ctx.sentenceEntities.filter((k) => this.places.has(k))])];
    const actors = new Set([...claim.actors, ...ctx.sentenceEntities.filter((k) => !this.places.has(k))]);
    const window = claim.time ? { start: claim.time.start, end: claim.time.end } : { start: addDays(publishedAt, -10), end: publishedAt };
    const future = claim.modality === 'PREDICTED' || claim.modality === 'THREATENED';
    const words = this.weigh(termFrequencies([[ctx.unitText, 1], [ctx.sentenceText, 0.5]]));
    // Reasons quote the claim's own words, not their stems.
    const spelled = new Map<string, string>();
    for (const w of `${ctx.unitText} ${ctx.sentenceText}`.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) for (const st of stems(w)) if (!spelled.has(st)) spelled.set(st, w.toLowerCase());
    const topicEvents = ctx.topics.slice(0, 2).map((t) => ({ t, events: this.topicEvents.get(t.key) }));
    const out: Array<{ key: string; title: string; score: number; reasons: string[] }> = [];
    for (const p of this.candidates(claim, publishedAt, placeKeys)) {
      const reasons: string[] = [];
      let score = 0;
      // Dates.
      const days = gap(window, p);
      if (!future && dayOf(p.start) > dayOf(publishedAt) + 1) continue;
      if (claim.time) {
        if (days === 0) {
          score += 2;
          reasons.push(`dates overlap (${fmtRange(window)} and the event's ${fmtRange(p)})`);
        } else if (days <= 2) {
          score += 0.5;
          reasons.push(`${days} day${days > 1 ? 's' : ''} apart`);
        } else if (days > 30) continue; // a month or more from its dates: another happening
        else if (days > 7) score -= 3;
        else score -= 1;
      } else if (days === 0) score += 0.5;
      else if (days > 30) score -= 2;
      // Kind of happening.
      const same = sentenceCues.find((c) => c.subType === p.subType);
      const sameType = sentenceCues.find((c) => c.type === p.type);
      if (same) {
        score += 2.5 * same.weight * (cues.length ? 1 : 0.6);
        reasons.push(`same event type (${p.subType.toLowerCase().replace(/_/g, ' ')}: "${same.words}")`);
      } else if (sameType) {
        score += 1;
        reasons.push(`same kind of event (${p.type.toLowerCase().replace(/_/g, ' ')})`);
      } else if (cues.length) score -= 1.5;
      // Places.
      let best = 0;
      let why = '';
      for (const a of placeKeys) {
        for (const b of p.places) {
          const r = this.relation(a, b);
          const pa = this.places.get(a)!;
          const pb = this.places.get(b);
          const weight = own.has(a) ? 1 : 0.6;
          let v = 0;
          let w = '';
          if (r.kind === 'same') {
            v = BROAD.has(pa.kind) ? (pa.kind === 'COUNTRY' ? 0.3 : 1.2) : 3;
            w = `same place (${pa.name})`;
          } else if (r.kind === 'within') {
            v = BROAD.has(pb?.kind ?? '') ? 1.2 : 2;
            w = `${pa.name} is within ${pb?.name}`;
          } else if (r.kind === 'contains') {
            v = pa.kind === 'COUNTRY' ? 0.2 : 0.8;
            w = `${pb?.name} is within ${pa.name}`;
          } else if (r.kind === 'near') {
            v = r.km! <= 10 ? 2 : 1.3;
            w = `${pa.name} is ${Math.round(r.km!)} km from ${pb?.name} (within ${NEAR_KM} km)`;
          } else if (r.kind === 'far') v = r.km! > 100 ? -1.5 : -0.5;
          v *= weight;
          if (v > best || (best <= 0 && v < best)) [best, why] = [v, w];
        }
      }
      score += best;
      if (best > 0 && why) reasons.push(why);
      // Actors and the speaker.
      let actorScore = 0;
      const sharedActors: string[] = [];
      for (const a of actors) {
        if (p.actors.has(a)) {
          actorScore += 0.6;
          sharedActors.push(a);
        }
      }
      for (const c of claim.claimants) {
        const role = p.actors.get(c);
        if (role && (role === 'SPEAKER' || role === 'INITIATOR') && p.type === 'DIPLOMACY') {
          actorScore += 2;
          reasons.push(`the claimant is the event's ${role.toLowerCase()}`);
        }
      }
      if (sharedActors.length) reasons.push(`same actors (${sharedActors.slice(0, 3).join(', ')})`);
      score += Math.min(actorScore, 3);
      // Words its reports use.
      const cos = this.cosine(words, p);
      if (cos.value > 0.05) {
        score += 6 * cos.value;
        if (cos.value >= 0.1) reasons.push(`shares words with its reports (${cos.shared.map((x) => spelled.get(x) ?? x).join(', ')})`);
      }
      // The topic its reports answer.
      for (const { t, events } of topicEvents) {
        const count = events?.get(p.key);
        if (!count || !events) continue;
        const total = [...events.values()].reduce((a, b) => a + b, 0);
        score += 3 * (count / total);
        reasons.push(`its reports answer the same question (${t.key})`);
        break;
      }
      // The same figure.
      if (claim.quantity) {
        const q = claim.quantity;
        const hit = p.quantities.find((x) => x.unit === q.unit && Math.abs(x.value - q.value) <= 0.15 * Math.max(x.value, q.value));
        if (hit) {
          score += 1.5;
          reasons.push(`the same figure as a report of it (${hit.value} ${hit.unit})`);
        }
      }
      if (score > 0) out.push({ key: p.key, title: p.title, score, reasons });
    }
    return out.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  }

  /** A new event earlier drafts propose that this claim describes too (same kind, near, same days). */
  pendingFor(kind: string, places: string[], date: { start: string; end: string }): PendingEvent | null {
    for (const p of this.pending) {
      if (p.kind !== kind) continue;
      if (p.date && gap(p.date, date) > 2) continue;
      const near = !p.places?.length || !places.length || p.places.some((a) => places.some((b) => ['same', 'within', 'contains', 'near'].includes(this.relation(a, b).kind)));
      if (near) return p;
    }
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function fmtDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
}
function fmtRange(r: { start: string; end: string }): string {
  return r.start === r.end ? fmtDay(r.start) : `${fmtDay(r.start)}–${fmtDay(r.end)}`;
}

// ---------------------------------------------------------------------------
// Confidence: scores to calibrated shares (fitted on the leave-one-out run, docs/ingest.md).

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** An event score to a confidence. */
export const eventConfidence = (score: number, margin: number) => logistic((score - 6.5) / 1.6) * (margin < 1 ? 0.75 : 1);
/** A category topic's similarity score (topics.ts, CategoryMatcher) to a confidence. */
export const categoryConfidence = (score: number, margin: number) => logistic((score - 4.5) / 0.8) * (margin < 0.5 ? 0.7 : 1);
/** A topic score (topics.ts) to a confidence. */
export const topicConfidence = (score: number, margin: number) => logistic((score - 7) / 1.8) * (margin < 1 ? 0.7 : 1);

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * Calibration: a raw confidence (the curves above) to the share of such
 * suggestions that are right, per kind of suggestion and whether it links an
 * existing record or proposes a new one. Knots of a monotone piecewise-linear
 * map, fitted by isotonic regression on the leave-one-out run over the curated
 * articles, and for topics on the style sets already read as well (round 16:
 * on new outlets' text the curated articles' map over-rated topics), counts
 * and dates apart from categories (`calibrationKey`); `npm run eval:extract --
 * --fit-calibration` prints them, docs/ingest.md has the tables. The other
 * kinds' maps are as fitted before round 16. A kind without knots keeps its
 * raw value.
 */
export const CALIBRATION: Record<string, Array<[number, number]>> = {
  TOPIC: [[0.457, 0.257], [0.694, 0.371], [0.84, 0.471], [0.898, 0.734], [0.966, 0.778], [1, 0.887]],
  "TOPIC/category": [[0.05, 0.019], [0.06, 0.025], [0.07, 0.034], [0.08, 0.035], [0.1, 0.061], [0.125, 0.063], [0.145, 0.071], [0.164, 0.075], [0.189, 0.079], [0.21, 0.081], [0.244, 0.129], [0.294, 0.152], [0.353, 0.159], [0.405, 0.229], [0.43, 0.233], [0.466, 0.244], [0.505, 0.279], [0.614, 0.342], [0.748, 0.444], [0.795, 0.47], [0.824, 0.534], [0.85, 0.568], [0.902, 0.631], [0.975, 0.668]],
  EVENT: [[0.056, 0.006], [0.07, 0.01], [0.109, 0.07], [0.165, 0.089], [0.191, 0.106], [0.227, 0.134], [0.283, 0.134], [0.345, 0.209], [0.425, 0.249], [0.57, 0.425], [0.821, 0.601], [0.958, 0.865]],
  CLAIMANT: [[0.2, 0.054], [0.825, 0.634], [0.95, 0.94]],
  "CLAIMANT/new": [[0.65, 0.753], [0.763, 0.926]],
  PLACE: [[0.2, 0.036], [0.245, 0.238], [0.299, 0.299], [0.383, 0.315], [0.461, 0.388], [0.587, 0.526], [0.905, 0.935]],
  "PLACE/new": [[0.478, 0.571]],
};

/**
 * The calibration map a suggestion is read through: its kind, "/new" for a proposed record, and "TOPIC/category" for a
 * question answered by a category, whose raw confidence comes from another scorer (categoryConfidence) than a count's.
 */
export function calibrationKey(kind: string, isNew: boolean, category = false): string {
  return kind === 'TOPIC' && category ? 'TOPIC/category' : `${kind}${isNew ? '/new' : ''}`;
}

/** A raw confidence through its calibration map (`calibrationKey`). */
export function calibrated(key: string, raw: number): number {
  const knots = CALIBRATION[key];
  if (!knots?.length) return raw;
  if (raw <= knots[0]![0]) return knots[0]![1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    const [x0, y0] = knots[i - 1]!;
    if (raw <= x1) return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
  }
  return knots[knots.length - 1]![1];
}

// ---------------------------------------------------------------------------
// Suggestions for the claims of one article

export interface LinkOptions {
  publishedAt: string;
  source: string;
  events: EventIndex;
  /** Map raw confidences through CALIBRATION (default); false only to fit it (the evaluation). */
  calibrate?: boolean;
}

const MAX = { CLAIMANT: 3, TOPIC: 3, EVENT: 3, PLACE: 8, ACTOR: 3 } as const;

/** The suggestions of every claim of an article, in claim order. */
export function suggestLinks(claims: LinkClaim[], contexts: ClaimContext[], o: LinkOptions): Suggestion[][] {
  const out: Suggestion[][] = [];
  const newEvents: Array<{ proposal: Proposal; places: string[] }> = [];
  claims.forEach((claim, i) => {
    const ctx = contexts[i]!;
    const list: Suggestion[] = [];
    // Targets this draft itself adds (new AUTO actors and places): calibrated as proposals of new records.
    const drafted = new Set<string>([...[ctx.claimant, ...ctx.moreClaimants].filter((r) => r?.isNew).map((r) => r!.ref.key), ...ctx.newPlaces.flatMap((p) => (p.key ? [p.key] : []))]);
    const add = (s: Omit<Suggestion, 'key' | 'status'>) => {
      const key = kebab(`${s.kind} ${s.target ?? s.proposal!.key}`, 30);
      if (list.some((x) => x.key === key)) return;
      if (list.filter((x) => x.kind === s.kind).length >= MAX[s.kind]) return;
      list.push({ key, ...s, confidence: round(s.confidence), reasons: s.reasons.slice(0, 8), status: 'SUGGESTED' });
    };
    // CLAIMANT
    for (const r of [ctx.claimant, ...ctx.moreClaimants]) {
      if (!r) continue;
      add({ kind: 'CLAIMANT', target: r.ref.key, confidence: r.confidence, reasons: r.reasons });
      for (const alt of r.alternatives) add({ kind: 'CLAIMANT', target: alt.ref.key, confidence: alt.confidence, reasons: alt.reasons });
    }
    // TOPIC
    const counted = ctx.topics.filter((t) => t.valueKind !== 'CATEGORY');
    const category = ctx.topics.filter((t) => t.valueKind === 'CATEGORY');
    const categoryKeys = new Set(category.map((t) => t.key));
    const topicSuggestions: Array<{ key: string; confidence: number; reason: string }> = [];
    counted.forEach((t, j) => {
      const margin = Math.min(t.score - (counted[j + 1]?.score ?? -Infinity), j > 0 ? counted[j - 1]!.score - t.score : Infinity);
      const conf = topicConfidence(t.score, margin) * (j === 0 ? 1 : 0.6);
      topicSuggestions.push({ key: t.key, confidence: conf, reason: `same unit and question (${t.valueKind === 'DATE' ? 'a date' : 'a count'} in the question's unit, time and population; score ${t.score.toFixed(1)}${j === 0 ? '' : ', not the best'})` });
    });
    category.forEach((t, j) => {
      const margin = Math.min(t.score - (category[j + 1]?.score ?? 0), j > 0 ? category[j - 1]!.score - t.score : Infinity);
      topicSuggestions.push({ key: t.key, confidence: categoryConfidence(t.score, margin) * (j === 0 ? 1 : 0.6), reason: `shares the question's words and its answers' (similarity ${(t.score / 10).toFixed(2)}); a curator gives the answer` });
    });
    for (const t of topicSuggestions.sort((a, b) => b.confidence - a.confidence)) if (t.confidence >= 0.05) add({ kind: 'TOPIC', target: t.key, confidence: t.confidence, reasons: [t.reason] });
    // PLACE (added after EVENT, which places of a suggested event depend on)
    // ACTOR
    for (const m of ctx.mentions) {
      if (m.entity?.type !== 'actor' || m.via !== 'spelling' || claim.claimants.includes(m.entity.key)) continue;
      add({ kind: 'ACTOR', target: m.entity.key, confidence: 0.7, reasons: [`"${m.text}" read as a spelling of ${m.entity.name}`] });
    }
    for (const a of ctx.newActors) add({ kind: 'ACTOR', target: null, proposal: a.proposal, confidence: 0.4, reasons: [`"${a.text}" is a name no actor or place has`] });
    // EVENT
    const ranked = o.events.rank(claim, ctx, o.publishedAt);
    ranked.slice(0, MAX.EVENT).forEach((e, j) => {
      const margin = j === 0 ? e.score - (ranked[1]?.score ?? 0) : ranked[j - 1]!.score - e.score;
      const conf = eventConfidence(e.score, margin) * (j === 0 ? 1 : 0.7);
      if (conf >= 0.05) add({ kind: 'EVENT', target: e.key, confidence: conf, reasons: e.reasons.length ? e.reasons : ['a weak match'] });
    });
    // PLACE: named in the claim (by alias, by a spelling, or new); else where its paragraph, its event or its article is.
    const places = new Map<string, { confidence: number; reasons: string[] }>();
    const place = (key: string, confidence: number, reason: string) => {
      const old = places.get(key);
      if (!old || old.confidence < confidence) places.set(key, { confidence, reasons: [reason] });
    };
    const info = (key: string) => o.events.places.get(key);
    for (const m of ctx.mentions) {
      if (m.entity?.type !== 'place') continue;
      if (ctx.parties.includes(m.entity.key)) place(m.entity.key, 0.25, `"${m.text}" is named as a party (a country or its capital), not as where it happens`);
      else if (m.via === 'alias') place(m.entity.key, 0.92, `named by its alias "${m.text}"`);
      else place(m.entity.key, 0.75, `"${m.text}" read as a spelling of ${m.entity.name} (one letter or a particle apart)`);
    }
    const named = [...places.keys()].filter((k) => !ctx.parties.includes(k));
    for (const k of ctx.paragraphPlaces) place(k, 0.45, `named in the same paragraph`);
    for (const k of [...named, ...ctx.paragraphPlaces]) {
      const chain = info(k)?.chain ?? [];
      for (const parent of chain.slice(1)) {
        const p = info(parent);
        if (p && (p.kind === 'PROVINCE' || p.kind === 'REGION')) {
          place(parent, named.includes(k) ? 0.5 : 0.4, `${info(k)!.name} is within ${p.name}`);
          break;
        }
      }
    }
    const topEvent = list.filter((s) => s.kind === 'EVENT' && s.target).sort((a, b) => b.confidence - a.confidence)[0];
    if (topEvent && topEvent.confidence >= 0.3) {
      for (const k of o.events.placesOf(topEvent.target!)) place(k, Math.min(0.6, 0.7 * topEvent.confidence), `where the suggested event (${topEvent.target}) happened`);
    }
    for (const k of ctx.nearbyPlaces) place(k, 0.2, 'named just before');
    if (ctx.articlePlace && !named.length) place(ctx.articlePlace, 0.3, 'the place the article is about (named most often)');
    for (const [key, p] of [...places.entries()].sort((a, b) => b[1].confidence - a[1].confidence)) add({ kind: 'PLACE', target: key, confidence: p.confidence, reasons: p.reasons });
    for (const p of ctx.newPlaces) {
      if (p.key) add({ kind: 'PLACE', target: p.key, confidence: p.confidence, reasons: p.reasons });
      else if (p.proposal) add({ kind: 'PLACE', target: null, proposal: p.proposal, confidence: p.confidence, reasons: p.reasons });
    }
    // A new event when no known one is likely (calibrated: right less than one time in three).
    const bestEvent = list.filter((s) => s.kind === 'EVENT').reduce((m, s) => Math.max(m, calibrated('EVENT', s.confidence)), 0);
    if (bestEvent < 0.3) {
      const proposal = newEventFor(claim, ctx, o, newEvents);
      if (proposal) {
        // Room for it: the weakest known event gives way.
        const events = list.filter((x) => x.kind === 'EVENT');
        if (events.length >= MAX.EVENT) list.splice(list.indexOf(events.sort((a, b) => a.confidence - b.confidence)[0]!), 1);
        add(proposal);
      }
    }
    if (o.calibrate !== false) for (const x of list) x.confidence = round(calibrated(calibrationKey(x.kind, x.target === null || drafted.has(x.target), x.target !== null && categoryKeys.has(x.target)), x.confidence));
    // Suggestions right less than one time in ten are not kept: they would only bury the others.
    out.push(o.calibrate === false ? list : list.filter((x) => x.confidence >= MIN_KEPT));
  });
  return out;
}

/** How a proposed new event is named, by its sub-type. */
const HAPPENING_NAMES: Record<string, string> = {
  GOVERNMENT_REGAINS_TERRITORY: 'government forces take ground',
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'armed group takes ground',
  ARMED_CLASH: 'clash',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'shelling',
  AIR_DRONE_STRIKE: 'air strike',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'explosion',
  CHANGE_TO_GROUP_ACTIVITY: 'deployment',
  HEADQUARTERS_OR_BASE_ESTABLISHED: 'new position',
  AGREEMENT: 'agreement',
  TALKS: 'talks',
  STATEMENT: 'statement',
  THREAT: 'threat',
  UN_SESSION: 'UN session',
  PHONE_CALL: 'phone call',
  MEDIATION_OFFER: 'mediation offer',
  DISPLACEMENT: 'displacement',
  CIVILIAN_CASUALTIES: 'civilians killed',
};

/** A proposed new event for a claim that describes a happening no known event fits; shared by the claims that describe the same one. */
function newEventFor(claim: LinkClaim, ctx: ClaimContext, o: LinkOptions, made: Array<{ proposal: Proposal; places: string[] }>): Omit<Suggestion, 'key' | 'status'> | null {
  const cues = happenings(ctx.unitText, claim.modality).filter((c) => c.subType !== 'AGREEMENT' && !(c.type === 'DIPLOMACY' && c.subType === 'STATEMENT' && c.weight < 0.5));
  const cue = cues[0];
  if (!cue || (!claim.time && !claim.places.length)) return null;
  const kind = `${cue.type}/${cue.subType}`;
  const date = claim.time ? { start: claim.time.start, end: claim.time.end } : { start: o.publishedAt, end: o.publishedAt };
  // The new places the claim names first: a happening no event fits is most likely where no known place is.
  const fresh = ctx.newPlaces.flatMap((p) => (p.key ? [p.key] : []));
  const places = [...new Set([...fresh, ...claim.places])].filter((p) => fresh.includes(p) || !BROAD.has(o.events.places.get(p)?.kind ?? '')).slice(0, 3);
  const reasons = [`describes a happening (${cue.subType.toLowerCase().replace(/_/g, ' ')}: "${cue.words}") that no known event fits`];
  const pending = o.events.pendingFor(kind, claim.places, date);
  if (pending) {
    return {
      kind: 'EVENT',
      target: null,
      proposal: { key: pending.key, name: pending.name, kind, date: pending.date ?? date, ...(pending.places?.length ? { places: pending.places } : {}) },
      confidence: 0.55,
      reasons: [...reasons, `also proposed by ${pending.sources.slice(0, 3).join(', ')} (same type, place and days)`],
    };
  }
  const same = made.find(
    (m) =>
      m.proposal.kind === kind &&
      m.proposal.date &&
      gap(m.proposal.date, date) <= 2 &&
      (!m.places.length || !claim.places.length || m.places.some((a) => claim.places.some((b) => ['same', 'within', 'contains', 'near'].includes(o.events.relation(a, b).kind)))),
  );
  if (same) return { kind: 'EVENT', target: null, proposal: same.proposal, confidence: 0.35, reasons: [...reasons, 'grouped with the article\'s other claims on it'] };
  const where = places[0] ? (o.events.places.get(places[0])?.name ?? ctx.newPlaces.find((p) => p.key === places[0])?.text) : undefined;
  const label = HAPPENING_NAMES[cue.subType] ?? cue.subType.toLowerCase().replace(/_/g, ' ');
  // A statement or a threat is named by who makes it; a happening by where it is.
  const who = cue.type === 'DIPLOMACY' ? ctx.claimant?.ref.name : undefined;
  const what = who ? `${label} by ${who}` : `${label}${where ? ` at ${where}` : ''}`;
  const proposal: Proposal = {
    key: kebab(`new ${what} ${date.start}`, 12),
    name: `${what.charAt(0).toUpperCase()}${what.slice(1)}, ${fmtRange(date)} ${date.start.slice(0, 4)}`,
    kind,
    date,
    ...(places.length ? { places } : {}),
  };
  made.push({ proposal, places: claim.places });
  return { kind: 'EVENT', target: null, proposal, confidence: 0.3, reasons };
}

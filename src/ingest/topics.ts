/**
 * Topic proposals: which existing comparable question a new claim answers.
 * A QUANTITY topic is only ever proposed for a quantity in the topic's own
 * unit; a DATE topic for a claim with a time. Among those, the context
 * decides: words shared with the topic's measure, population and question
 * (after a light stemming and a few synonym classes: "fled" ~ "displaced",
 * "home to" ~ "population"), entities both name, and agreement with the
 * answers the topic already has: the time must overlap theirs and span a
 * comparable length, and a value must be within a factor of ten of theirs.
 * A claim whose best topic does not clear the threshold gets none.
 */
import * as chrono from 'chrono-node';
import type { Topic } from '../domain/format.js';
import type { TimeValue } from './dates.js';
import type { EntityIndex, EntityRef, Knowledge } from './entities.js';
import { addDays, isoOf, mondayOf, monthEnd } from './text.js';

/** Word classes that mean the same for comparing a claim with a topic. */
const CLASSES: Record<string, string> = {};
const classes: Record<string, string> = {
  displace: 'fled flee flees fleeing flight displaced displacement displace uprooted homeless',
  kill: 'killed kill kills killing died dead death deaths casualties lost',
  wound: 'wounded wound wounds injured injury injuries hurt',
  populat: 'population populated home live lives living residents inhabitants',
  soldier: 'soldiers soldier troops troop personnel military army servicemen',
  turk: 'turkish turkey turks ankara',
  syria: 'syrian syria syrians damascus regime',
  vehicl: 'vehicles vehicle convoy convoys',
  control: 'control controlled held hands seized captured retaken retake rebel-held',
  highway: 'highway motorway freeway road',
  post: 'posts post outposts',
  civilian: 'civilians civilian',
  clash: 'clash clashes clashed fighting exchanged escalation',
  talk: 'talks talk meeting negotiations',
};
for (const [stem, words] of Object.entries(classes)) for (const w of words.split(' ')) CLASSES[w] = stem;

const STOP = new Set(
  (
    'the a an of in on at to for from by with and or but as that which who whom whose this these those there it its they their them he she his her ' +
    'how many much what when where did do does were was is are be been being has have had will would can could not no yet still only also more ' +
    'than some about around over under nearly almost since until into onto between within during after before per each all any other such ' +
    'report reported reports date dates question answer number figure january february march april may june july august september october november december'
  ).split(' '),
);

const stemOf = new Map<string, string | null>();
function stem(word: string): string | null {
  let s = stemOf.get(word);
  if (s !== undefined) return s;
  const w = word.toLowerCase().replace(/['’]s$/, '');
  s = STOP.has(w) || w.length < 3 || /^\d/.test(w) ? null : (CLASSES[w] ?? (w.replace(/(?:ing|ed|es|s)$/, '') || w));
  if (stemOf.size > 200_000) stemOf.clear();
  stemOf.set(word, s);
  return s;
}

/** Stems of a text, memoised: the linker asks for the same claim's and question's words many times. */
const stemsOf = new Map<string, ReadonlySet<string>>();
export function stems(text: string): ReadonlySet<string> {
  const cached = stemsOf.get(text);
  if (cached) return cached;
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    for (const part of m[0].split('-')) {
      const s = stem(part);
      if (s) out.add(s);
    }
    const whole = stem(m[0]);
    if (whole) out.add(whole);
  }
  if (stemsOf.size > 20_000) stemsOf.clear();
  stemsOf.set(text, out);
  return out;
}

/** Word classes that say what happened to what is counted. */
const EVENTS = new Set(['kill', 'displace', 'populat', 'wound']);
const SPECIFIC = new Set(['CITY', 'TOWN', 'VILLAGE', 'DISTRICT', 'HIGHWAY', 'SITE']);
const DAY = 86_400_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const days = (t: { start: string; end: string }) => (Date.parse(t.end) - Date.parse(t.start)) / DAY + 1;

interface Profile {
  topic: Topic;
  weights: Map<string, number>;
  entities: Set<string>;
  /** Towns, roads, sites the question names: a claim must name one of them too. */
  specific: Set<string>;
  /** What the topic counts happening (killing, displacement, living somewhere), from its measure and question. */
  events: Set<string>;
  /** The dates the topic's timeframe spans, when they can be read. */
  timeframe: { start: string; end: string } | null;
  answers: Array<{ value?: number; start?: string; end?: string }>;
}

/** The dates a timeframe in words spans ("the clash of 3 February 2020", "7–12 February 2020", "February 2020"). */
const timeframes = new Map<string, { start: string; end: string } | null>();
export function readTimeframe(words: string, reference?: string): { start: string; end: string } | null {
  const id = `${words}|${reference ?? ''}`;
  if (!timeframes.has(id)) {
    if (timeframes.size > 50_000) timeframes.clear();
    timeframes.set(id, parseTimeframe(words, reference));
  }
  const found = timeframes.get(id)!;
  return found && { ...found };
}

function parseTimeframe(words: string, reference?: string): { start: string; end: string } | null {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date();
  const found: Array<{ start: string; end: string }> = [];
  const iso = (c: chrono.ParsedComponents) => isoOf(c.get('year')!, c.get('month')!, c.isCertain('day') ? c.get('day')! : 1);
  for (const r of chrono.parse(words, { instant: ref, timezone: 0 })) {
    if (!r.start.isCertain('month')) continue;
    const start = iso(r.start);
    const end = r.end && r.end.isCertain('month') ? (r.end.isCertain('day') ? iso(r.end) : monthEnd(iso(r.end))) : r.start.isCertain('day') ? start : monthEnd(start);
    found.push({ start, end: end < start ? start : end });
  }
  // "7–12 February 2020": chrono reads the second day; the first is a bare number before a dash.
  for (const m of words.matchAll(/\b(\d{1,2})\s*[–-]\s*(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})/g)) {
    const r = chrono.parseDate(`${m[2]} ${m[3]} ${m[4]}`, ref);
    if (r) found.push({ start: isoOf(r.getUTCFullYear(), r.getUTCMonth() + 1, Number(m[1])), end: isoOf(r.getUTCFullYear(), r.getUTCMonth() + 1, Number(m[2])) });
  }
  if (!found.length) return null;
  const span = { start: found.map((f) => f.start).sort()[0]!, end: found.map((f) => f.end).sort().pop()! };
  // "the week of 3 February 2020"
  if (/\bweek of\b/i.test(words) && span.start === span.end) return { start: mondayOf(span.start), end: addDays(mondayOf(span.start), 6) };
  return span;
}

export interface TopicContext {
  /** The words of the quantity ("seven Turkish soldiers"), weighed double. */
  focus?: string;
  /** The claim's own words. */
  text: string;
  /** Keys of the entities the claim's evidence names. */
  entities: string[];
  /** Keys of the entities named just before the claim (a claim may say "the freeway" for the M5 named before). */
  context?: string[];
  time?: TimeValue;
  value?: number;
  unit?: string;
  /** The quantity counts a part of something counted before ("three of them", "among them", "alone"). */
  part?: boolean;
}

/** The score a topic must reach to be proposed. */
export const TOPIC_THRESHOLD = 6;

export class TopicMatcher {
  private readonly profiles: Profile[];
  /** QUANTITY topics by unit, and DATE topics with a dated answer: the only candidates a claim is scored against. */
  private readonly byUnit = new Map<string, Profile[]>();
  private readonly dated: Profile[];

  constructor(knowledge: Knowledge, index: EntityIndex) {
    // Questions repeat their words (and copies of a corpus repeat whole questions): each text is linked once.
    const links = new Map<string, EntityRef[]>();
    const linked = (text: string) => {
      let found = links.get(text);
      if (!found) links.set(text, (found = index.link(text).flatMap((m) => (m.entity ? [m.entity] : []))));
      return found;
    };
    this.profiles = knowledge.topics
      .filter((t) => t.valueKind !== 'CATEGORY')
      .map((topic) => {
        const weights = new Map<string, number>();
        // What a topic leaves out ("(civilians not counted)") is not what it is about.
        const without = (words: string) => words.replace(/\([^()]*\b(?:not|excluded|excluding|except)\b[^()]*\)/gi, ' ');
        for (const s of stems(without(`${topic.measure} ${topic.population}`))) weights.set(s, 2);
        for (const s of stems(without(topic.question))) if (!weights.has(s)) weights.set(s, 1);
        const named = linked(`${topic.question} ${topic.population}`);
        const entities = new Set(named.map((e) => e.key));
        const asked = linked(topic.question);
        const specific = new Set(asked.filter((e) => e.type === 'place' && SPECIFIC.has(e.kind)).map((e) => e.key));
        const answers = knowledge.topicAnswers?.get(topic.key) ?? [];
        const latest = answers.map((a) => a.end).filter((d): d is string => !!d).sort().pop();
        const events = new Set([...stems(`${topic.measure} ${topic.question}`)].filter((x) => EVENTS.has(x)));
        return { topic, weights, entities, specific, events, answers, timeframe: readTimeframe(topic.timeframe, latest) };
      });
    for (const p of this.profiles) {
      if (p.topic.valueKind !== 'QUANTITY') continue;
      const list = this.byUnit.get(p.topic.unit ?? '') ?? [];
      list.push(p);
      this.byUnit.set(p.topic.unit ?? '', list);
    }
    this.dated = this.profiles.filter((p) => p.topic.valueKind === 'DATE' && p.answers.some((a) => a.start && a.end));
  }

  /** What a claim context gives every topic it is scored against, computed once per call. */
  private words(c: TopicContext): { focus: ReadonlySet<string>; all: string[]; entities: string[]; context: Set<string>; happened: string[] } {
    const focus = c.focus ? stems(c.focus) : new Set<string>();
    return {
      focus,
      all: [...new Set([...stems(c.text), ...focus])],
      entities: [...new Set(c.entities)],
      context: new Set([...c.entities, ...(c.context ?? [])]),
      happened: [...stems(`${c.focus ?? ''} ${c.text}`)].filter((s) => EVENTS.has(s)),
    };
  }

  private score(p: Profile, c: TopicContext, pre = this.words(c)): number {
    let score = 0;
    const focus = pre.focus;
    for (const s of pre.all) {
      const w = p.weights.get(s);
      if (w) score += w * (focus.has(s) ? 3 : 1);
    }
    for (const e of pre.entities) if (p.entities.has(e)) score += 2;
    const context = pre.context;
    // What happened must be what the topic measures: a claim about deaths does not answer a question about displacement.
    const happened = pre.happened;
    if (happened.length && !happened.some((s) => p.events.has(s))) return -Infinity;
    // A question about a particular town, road or site is only answered by a claim that names one (or just did).
    if (p.specific.size && ![...p.specific].some((e) => context.has(e))) return -Infinity;
    // Counts of people are the ambiguous kind (soldiers, civilians, residents): the quantity's own noun must fit.
    if (c.unit === 'person' && c.focus && ![...stems(c.focus)].some((s) => p.weights.get(s) === 2)) return -Infinity;
    const timed = p.answers.filter((a) => a.start && a.end) as Array<{ start: string; end: string }>;
    if (!c.time) {
      // A question about a moment that cannot change (a clash, a day's count) needs a claim that says when.
      if (timed.length && p.topic.expectedChange === 'NONE') return -Infinity;
    } else {
      const overlap = (a: { start: string; end: string }) => a.start <= c.time!.end && c.time!.start <= a.end;
      // A count that cannot change holds for the span its answers give: "since December" does not answer a question about one day.
      if (timed.length && p.topic.expectedChange === 'NONE' && days(c.time) > Math.max(7, 3 * Math.max(...timed.map(days)))) return -Infinity;
      // An answer that cannot change must hold when every other answer holds; a changing one, when some does.
      if (timed.length && !(p.topic.expectedChange === 'NONE' ? timed.every(overlap) : timed.some(overlap))) return -Infinity;
      if (p.timeframe) {
        if (!overlap(p.timeframe)) return -Infinity;
        const length = days(p.timeframe);
        if (length <= 1 || p.topic.valueKind === 'DATE') {
          // A question about one day (a clash) or a date: the claim must pin it down to a week at most.
          if (days(c.time) > 7) return -Infinity;
        } else if (p.topic.expectedChange === 'NONE' || p.topic.expectedChange === 'INCREASING') {
          // A count over a period (24 hours, a week, since December) compares with counts over a similar period.
          const ratio = days(c.time) / length;
          if (ratio > 3 || ratio < 1 / 4) return -Infinity;
        }
      }
      score += 2;
    }
    const values = p.answers.map((a) => a.value).filter((v): v is number => typeof v === 'number' && v > 0);
    if (c.value && c.value > 0 && values.length) {
      const distance = Math.abs(Math.log10(c.value / median(values)));
      if (distance > 1) return -Infinity;
      // A fixed count (posts Turkey has, soldiers killed that day) a third or three times off is another count:
      // "Three Turkish observation posts are encircled" is not how many posts there are.
      if (p.topic.expectedChange === 'NONE' && distance > 0.5) return -Infinity;
      score += 2 * (1 - distance);
    }
    return score;
  }

  private scored(candidates: Profile[], c: TopicContext): Array<{ topic: Topic; score: number }> {
    const pre = this.words(c);
    return candidates
      .map((p) => ({ topic: p.topic, score: this.score(p, c, pre) }))
      .filter((x) => Number.isFinite(x.score))
      .sort((a, b) => b.score - a.score || a.topic.key.localeCompare(b.topic.key));
  }

  private best(scored: Array<{ topic: Topic; score: number }>): Topic | null {
    const top = scored[0];
    if (!top || top.score < TOPIC_THRESHOLD) return null;
    if (scored[1] && scored[1].score === top.score) return null; // a tie is no answer
    return top.topic;
  }

  private quantityCandidates(c: TopicContext): Profile[] {
    if (c.part) return []; // a count of a part ("three of them", "more than 100 children" among the dead) answers no question about the whole
    return this.byUnit.get(c.unit ?? '') ?? [];
  }

  private dateCandidates(c: TopicContext): Profile[] {
    if (!c.time) return [];
    const words = [...stems(c.text)];
    const named = [...c.entities, ...(c.context ?? [])];
    const measured = (p: Profile) => words.some((s) => p.weights.get(s) === 2);
    const shared = (p: Profile) => named.some((e) => p.entities.has(e));
    return this.dated.filter((p) => measured(p) && shared(p));
  }

  /** The QUANTITY topic a quantity answers, if one clears the threshold. */
  forQuantity(c: TopicContext): Topic | null {
    return this.best(this.scored(this.quantityCandidates(c), c));
  }

  /** The DATE topic a time answers, if one clears the threshold. */
  forDate(c: TopicContext): Topic | null {
    return this.best(this.scored(this.dateCandidates(c), c));
  }

  /** Every QUANTITY topic that passes the vetoes, with its score, best first (the linker's candidates). */
  rankQuantity(c: TopicContext): Array<{ topic: Topic; score: number }> {
    return this.scored(this.quantityCandidates(c), c);
  }

  /** Every DATE topic that passes the vetoes, with its score, best first. */
  rankDate(c: TopicContext): Array<{ topic: Topic; score: number }> {
    return this.scored(this.dateCandidates(c), c);
  }
}

/**
 * Questions whose answer is a category ("Who backs the rebels?", "Is Idlib the
 * last rebel stronghold?"): the extractor gives no answer, so a claim is only
 * suggested to one, for a curator to answer. Scored on the words the question
 * and its curated answers use (tf-idf, cosine) and the entities both name.
 */
export class CategoryMatcher {
  private readonly profiles: Array<{ topic: Topic; words: Map<string, number>; norm: number; entities: Set<string> }> = [];
  private readonly idf = new Map<string, number>();
  /** Stem → the questions whose words hold it, with its weight there. */
  private readonly postings = new Map<string, Array<[number, number]>>();

  constructor(knowledge: Knowledge, index: EntityIndex) {
    const links = new Map<string, string[]>();
    const raw = knowledge.topics
      .filter((t) => t.valueKind === 'CATEGORY')
      .map((topic) => {
        const claims = knowledge.topicClaims?.get(topic.key) ?? [];
        const tf = new Map<string, number>();
        const add = (text: string, weight: number) => {
          for (const s of stems(text)) tf.set(s, (tf.get(s) ?? 0) + weight);
        };
        add(topic.question, 2);
        add(`${topic.measure} ${topic.population}`, 1);
        for (const c of claims) add(c.words, 1);
        const text = `${topic.question} ${topic.population}`;
        let named = links.get(text);
        if (!named) links.set(text, (named = index.link(text).flatMap((m) => (m.entity ? [m.entity.key] : []))));
        const entities = new Set([...named, ...claims.flatMap((c) => [...c.places, ...c.actors])]);
        return { topic, tf, entities };
      });
    const df = new Map<string, number>();
    for (const r of raw) for (const s of r.tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    const n = Math.max(1, raw.length);
    for (const [s, d] of df) this.idf.set(s, Math.log(1 + n / d));
    for (const r of raw) {
      const words = new Map<string, number>();
      let sum = 0;
      for (const [s, f] of r.tf) {
        const w = Math.sqrt(f) * (this.idf.get(s) ?? 0);
        words.set(s, w);
        sum += w * w;
      }
      this.profiles.push({ topic: r.topic, words, norm: Math.sqrt(sum) || 1, entities: r.entities });
      for (const [s, w] of words) {
        const list = this.postings.get(s) ?? [];
        list.push([this.profiles.length - 1, w]);
        this.postings.set(s, list);
      }
    }
  }

  /** Category topics by similarity, best first: score = 10 x cosine + 0.5 per entity both name (at most 2). */
  rank(text: string, entities: string[]): Array<{ topic: Topic; score: number }> {
    let norm = 0;
    const weights = new Map<string, number>();
    for (const s of stems(text)) {
      const w = this.idf.get(s) ?? 0;
      weights.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    // Only the questions that share a word with the claim (an inverted index), each scored once.
    const dots = new Map<number, number>();
    for (const [s, w] of weights) for (const [i, v] of this.postings.get(s) ?? []) dots.set(i, (dots.get(i) ?? 0) + w * v);
    const out: Array<{ topic: Topic; score: number }> = [];
    for (const [i, dot] of dots) {
      const p = this.profiles[i]!;
      const cos = dot / (norm * p.norm);
      if (cos < 0.08) continue;
      const shared = new Set(entities.filter((e) => p.entities.has(e))).size;
      out.push({ topic: p.topic, score: 10 * cos + Math.min(2, 0.5 * shared) });
    }
    return out.sort((a, b) => b.score - a.score || a.topic.key.localeCompare(b.topic.key));
  }
}

/**
 * Time expressions, normalised against the article's publication date.
 * chrono-node reads calendar expressions (weekdays, month names, explicit
 * dates: "on Saturday", "Friday evening", "Feb. 3", "Wednesday Feb. 5, 2020");
 * a short list of rules reads the relative ranges news copy is full of and
 * chrono does not turn into ranges ("since December", "earlier this week",
 * "in the past nine days", "overnight", "since last weekend", "in 2018").
 *
 * A time is a range with a precision, as in the data format: "on Saturday" in
 * an article of Sunday 9 February 2020 is 2020-02-08 (DAY); "since December"
 * runs from 2019-12-01 to the publication date (MONTH); "earlier this week"
 * from that week's Monday to the publication date (WEEK). A weekday with no
 * "next" is the latest such day on or before the publication date.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../domain/format.js';
import { readNumber } from '../domain/numbers.js';
import { addDays, addMonths, isoOf, mondayOf, monthEnd, monthStart, overlaps, weekdayOf, type Span } from './text.js';

export interface TimeValue {
  start: string;
  end: string;
  precision: Precision;
}

export interface TimeMention extends Span {
  /** The exact words, `text.slice(start, end)`. */
  words: string;
  time: TimeValue;
  /** The range reaches past the publication date (a threat, a plan, a deadline). */
  future: boolean;
  /** A bare year before a noun ("a 2018 truce"): it dates the thing, not the clause. */
  modifier?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';
const COUNT = '(a\\s+few|few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d+)';
const YEAR = '((?:19|20)\\d{2})';

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function countOf(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (w === 'a' || w === 'an') return 1;
  if (/few|several/.test(w)) return 3;
  return readNumber(w);
}

/** The latest date with this month (and day) on or before the reference date. */
function latestMonth(month: number, ref: string, day = 1): string {
  const year = Number(ref.slice(0, 4));
  const candidate = isoOf(year, month, day);
  return candidate <= ref ? candidate : isoOf(year - 1, month, day);
}

/** The first day of the earliest month with this number that has not ended by the reference date. */
function nextMonth(month: number, ref: string): string {
  const year = Number(ref.slice(0, 4));
  return month >= Number(ref.slice(5, 7)) ? isoOf(year, month, 1) : isoOf(year + 1, month, 1);
}

/** A past duration "in two months" ends at the reference date; in a sentence about the future it starts there. */
function isFutureContext(sentence: string): boolean {
  return /\b(will|would|shall|to be|is to|are to|plans? to|expected to|going to|next|coming|deadline|until|by the end)\b/i.test(sentence);
}

function shift(ref: string, n: number, unit: string): string {
  if (unit.startsWith('hour')) return addDays(ref, Math.sign(n) * Math.max(1, Math.ceil(Math.abs(n) / 24)));
  if (unit.startsWith('day')) return addDays(ref, n);
  if (unit.startsWith('week')) return addDays(ref, 7 * n);
  if (unit.startsWith('month')) return addMonths(ref, n);
  return addMonths(ref, 12 * n);
}

const precisionOf = (unit: string): Precision =>
  unit.startsWith('hour') || unit.startsWith('day') ? 'DAY' : unit.startsWith('week') ? 'WEEK' : unit.startsWith('month') ? 'MONTH' : 'YEAR';

/**
 * `ref` is the publication date; `now` the narrative date: the latest single
 * day the text has just spoken of (the sentence itself or the two before it),
 * which open ranges ("since Friday", "in the last 24 hours", "overnight") in a
 * past-tense sentence run up to, as readers understand them.
 */
type Context = { ref: string; now: string; sentence: string };
type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, ctx: Context) => TimeValue | null };

const range = (start: string, end: string, precision: Precision): TimeValue => (start <= end ? { start, end, precision } : { start: end, end: start, precision });

/** Rules for what chrono does not read as a range; tried in order, the first to claim words keeps them. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:since|from)\\s+the\\s+(beginning|start|middle|end)\\s+of\\s+${MONTH_NAME}(?:\\s+${YEAR})?`, 'gi'),
    resolve: (m, { ref, now }) => {
      const month = monthIndex(m[2]!);
      const day = m[1] === 'middle' ? 15 : m[1] === 'end' ? 25 : 1;
      const start = m[3] ? isoOf(Number(m[3]), month, day) : latestMonth(month, ref, day);
      return range(start, now, 'MONTH');
    },
  },
  {
    pattern: new RegExp(`\\bsince\\s+(early|mid|late)[-\\s]${MONTH_NAME}(?:\\s+${YEAR})?`, 'gi'),
    resolve: (m, { ref, now }) => {
      const month = monthIndex(m[2]!);
      const day = m[1]!.toLowerCase() === 'mid' ? 15 : m[1]!.toLowerCase() === 'late' ? 21 : 1;
      const start = m[3] ? isoOf(Number(m[3]), month, day) : latestMonth(month, ref, day);
      return range(start, now, 'MONTH');
    },
  },
  {
    // "since it started in 2011", "since the war began in 2011"
    pattern: new RegExp(`\\bsince\\s+(?:it|they|the\\s+[\\w-]+(?:\\s+[\\w-]+){0,2})\\s+(?:started|began|erupted|broke\\s+out)\\s+in\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, { now }) => range(`${m[1]}-01-01`, now, 'YEAR'),
  },
  { pattern: new RegExp(`\\bsince\\s+${YEAR}\\b(?![-/:]\\d)`, 'gi'), resolve: (m, { now }) => range(`${m[1]}-01-01`, now, 'YEAR') },
  {
    pattern: new RegExp(`\\b(?:in|over|during|for|within)\\s+the\\s+(?:past|last|previous)\\s+${COUNT}\\s+(hours|days|weeks|months|years)\\b`, 'gi'),
    resolve: (m, { now }) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      const unit = m[2]!.toLowerCase();
      if (/few|several/i.test(m[1]!) && unit === 'days') return range(addDays(now, -7), now, 'WEEK');
      return range(shift(now, -n, unit), now, precisionOf(unit));
    },
  },
  {
    pattern: /\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(day|week|month|year)\b/gi,
    resolve: (m, { now }) => {
      const unit = m[1]!.toLowerCase();
      return range(shift(now, -1, unit), now, precisionOf(unit));
    },
  },
  {
    pattern: /\b(?:in|over|during)\s+recent\s+(days|weeks|months)\b|\brecently\b/gi,
    resolve: (m, { now }) => {
      const unit = (m[1] ?? 'days').toLowerCase();
      if (unit === 'days') return range(addDays(now, -7), now, 'WEEK');
      if (unit === 'weeks') return range(addDays(now, -28), now, 'MONTH');
      return range(addMonths(now, -6), now, 'MONTH');
    },
  },
  {
    pattern: new RegExp(`\\b(?:in|within|over)\\s+the\\s+(?:next|coming)\\s+${COUNT}\\s+(hours|days|weeks|months)\\b`, 'gi'),
    resolve: (m, { ref }) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      const unit = m[2]!.toLowerCase();
      if (/few|several/i.test(m[1]!) && unit === 'days') return range(addDays(ref, 1), addDays(ref, 7), 'WEEK');
      return range(addDays(ref, 1), shift(ref, n, unit), precisionOf(unit));
    },
  },
  {
    pattern: /\b(earlier|later)?\s*this\s+week\b/gi,
    resolve: (m, { ref }) => (m[1]?.toLowerCase() === 'later' ? range(ref, addDays(mondayOf(ref), 6), 'WEEK') : range(mondayOf(ref), ref, 'WEEK')),
  },
  { pattern: /\blast\s+week\b/gi, resolve: (_m, { ref }) => range(addDays(mondayOf(ref), -7), addDays(mondayOf(ref), -1), 'WEEK') },
  { pattern: /\bnext\s+week\b/gi, resolve: (_m, { ref }) => range(addDays(mondayOf(ref), 7), addDays(mondayOf(ref), 13), 'WEEK') },
  { pattern: /\bnext\s+month\b/gi, resolve: (_m, { ref }) => range(monthStart(addMonths(monthStart(ref), 1)), monthEnd(addMonths(monthStart(ref), 1)), 'MONTH') },
  {
    pattern: /\b(since\s+)?(?:last|this\s+past|the\s+past)\s+weekend\b/gi,
    resolve: (m, { ref }) => {
      const wd = weekdayOf(ref);
      const saturday = wd === 6 ? addDays(ref, -7) : wd === 0 ? addDays(ref, -8) : addDays(ref, -(wd + 1));
      return m[1] ? range(saturday, ref, 'WEEK') : range(saturday, addDays(saturday, 1), 'WEEK');
    },
  },
  { pattern: /\bovernight\b/gi, resolve: (_m, { now }) => range(addDays(now, -1), now, 'DAY') },
  {
    pattern: new RegExp(`\\b${COUNT}\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
    resolve: (m, { ref }) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      const unit = m[2]!.toLowerCase();
      const d = shift(ref, -n, unit);
      const p = precisionOf(unit);
      if (p === 'DAY') return range(d, d, p);
      if (p === 'WEEK') return range(mondayOf(d), addDays(mondayOf(d), 6), p);
      if (p === 'MONTH') return range(monthStart(d), monthEnd(d), p);
      return range(`${d.slice(0, 4)}-01-01`, `${d.slice(0, 4)}-12-31`, p);
    },
  },
  {
    // "has pushed 586,000 people from their homes in two months"; "will be done in two weeks"
    pattern: new RegExp(`\\b(?:in|within|over)\\s+(?:the\\s+)?${COUNT}\\s+(days|weeks|months|years)\\b`, 'gi'),
    resolve: (m, { ref, now, sentence }) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      const unit = m[2]!.toLowerCase();
      return isFutureContext(sentence) ? range(ref, shift(ref, n, unit), precisionOf(unit)) : range(shift(now, -n, unit), now, precisionOf(unit));
    },
  },
  {
    pattern: /\b(?:until|by|before)\s+the\s+end\s+of\s+the\s+(month|year)\b/gi,
    resolve: (m, { ref }) => {
      const end = m[1]!.toLowerCase() === 'month' ? monthEnd(ref) : `${ref.slice(0, 4)}-12-31`;
      return range(end, end, 'DAY');
    },
  },
  { pattern: /\ba\s+day\s+(?:after|earlier|before)\b|\bthe\s+(?:day|night)\s+before\b|\bthe\s+previous\s+day\b|\byesterday\b/gi, resolve: (_m, { ref }) => range(addDays(ref, -1), addDays(ref, -1), 'DAY') },
  { pattern: /\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b|\bafter\s+midnight\b/gi, resolve: (_m, { ref }) => range(ref, ref, 'DAY') },
  { pattern: /\btomorrow\b/gi, resolve: (_m, { ref }) => range(addDays(ref, 1), addDays(ref, 1), 'DAY') },
  {
    pattern: new RegExp(`\\b(?:(?:in|during|of|by|from|since|until)\\s+)?${YEAR}\\b(?![-/:.,]?\\d)(?!\\s+[a-z]+s\\b)`, 'gi'),
    resolve: (m) => range(`${m[1]}-01-01`, `${m[1]}-12-31`, 'YEAR'),
  },
];

/** Words a calendar date is made of: a weekday, a month, or digits. */
const CALENDAR = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?|\d/i;

/** Words that may stand before a date and belong to its words ("on Saturday", "early on Thursday"). */
const LEAD = /(?:\b(?:early|late|earlier|later)\s+)?(?:\b(?:on|since|from|until|by|in|during|before|after)\s+)?$/i;

function chronoMentions(text: string, span: Span, ref: string, now: string): TimeMention[] {
  const out: TimeMention[] = [];
  const slice = text.slice(span.start, span.end);
  const [y, mo, d] = ref.split('-').map(Number) as [number, number, number];
  const results = chrono.parse(slice, { instant: new Date(Date.UTC(y, mo - 1, d, 12)), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    // chrono's text may carry a leading count ("17 on Thursday") or trailing punctuation: the words are the date's own.
    const own = /^(?:\d+(?:[.,]\d+)?\s+(?=on\b))?([\s\S]*?)[\s,.;:]*$/.exec(r.text)!;
    let start = span.start + r.index + (r.text.length - r.text.replace(/^\d+(?:[.,]\d+)?\s+(?=on\b)/, '').length);
    const end = start + own[1]!.length;
    if (/^(?:now|right now|then|the|a|an|\d+)$/i.test(own[1]!.trim())) continue;
    // Relative expressions ("after a day", "in two months") are the rules' job: chrono reads them as points.
    if (!CALENDAR.test(own[1]!)) continue;
    const c = r.start;
    let value: TimeValue | null = null;
    let future = false;
    const before = text.slice(Math.max(span.start, start - 24), start);
    if (c.isCertain('day') && c.isCertain('month')) {
      const iso = isoOf(c.get('year')!, c.get('month')!, c.get('day')!);
      const e = r.end;
      const endIso = e && e.isCertain('day') ? isoOf(e.get('year')!, e.get('month')!, e.get('day')!) : iso;
      value = range(iso, endIso, 'DAY');
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      const weekday = c.get('weekday')!;
      const wdRef = weekdayOf(ref);
      if (/\b(?:next|coming)\s+$/i.test(before)) {
        const iso = addDays(ref, (weekday - wdRef + 7) % 7 || 7);
        value = range(iso, iso, 'DAY');
      } else {
        const back = (wdRef - weekday + 7) % 7 || (/\blast\s+$/i.test(before) ? 7 : 0);
        const iso = addDays(ref, -back);
        value = range(iso, iso, 'DAY');
      }
    } else if (c.isCertain('month') && !c.isCertain('day')) {
      const month = c.get('month')!;
      // "the talks could take place in March": a month a modal or a schedule points ahead to is the next one, not the last.
      const ahead = /\b(?:will|could|would|may|might|shall|due|expected|scheduled|planned|set)\b[^,.;:]{0,60}\b(?:in|by|until|from|for)\s+$/i.test(text.slice(span.start, start));
      const first = c.isCertain('year') ? isoOf(c.get('year')!, month, 1) : ahead ? nextMonth(month, ref) : latestMonth(month, ref);
      value = range(first, monthEnd(first), 'MONTH');
    } else if (c.isCertain('year') && !c.isCertain('month')) {
      const year = c.get('year')!;
      value = range(`${year}-01-01`, `${year}-12-31`, 'YEAR');
    }
    if (!value) continue;
    const lead = LEAD.exec(before);
    if (lead && lead[0]) {
      start -= lead[0].length;
      if (/\bsince\s+$|\bfrom\s+$/i.test(lead[0])) value = range(value.start, now > value.start ? now : ref > value.start ? ref : value.end, value.precision);
      if (/\b(?:until|by)\s+$/i.test(lead[0])) future = value.end > ref;
    }
    out.push({ start, end, words: text.slice(start, end), time: value, future: future || value.end > ref });
  }
  return out;
}

/** Every time expression in the span, normalised against `publishedAt`, in text order. */
export function findTimes(text: string, span: Span, publishedAt: string, narrative?: string): TimeMention[] {
  const sentence = text.slice(span.start, span.end);
  // The present perfect ("have fled since December") speaks from the time of the report; the past and past perfect
  // ("had crossed in the last 24 hours") from the day the narrative has reached.
  const presentPerfect = /\b(?:has|have)\b/i.test(sentence) && !/\bhad\b/i.test(sentence);
  const ctx: Context = { ref: publishedAt, now: narrative && narrative <= publishedAt && !presentPerfect ? narrative : publishedAt, sentence };
  const found: TimeMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(rule.pattern)) {
      const lead = m[0].length - m[0].trimStart().length;
      const s = { start: span.start + m.index + lead, end: span.start + m.index + m[0].trimEnd().length };
      if (found.some((f) => overlaps(f, s))) continue;
      const time = rule.resolve(m as RegExpExecArray, ctx);
      if (!time) continue;
      const modifier = /^(?:19|20)\d{2}$/.test(m[0].trim()) && /^\s+[a-z]/.test(text.slice(s.end, s.end + 3));
      found.push({ ...s, words: text.slice(s.start, s.end), time, future: time.end > publishedAt, ...(modifier ? { modifier } : {}) });
    }
  }
  // chrono's full dates ("Feb. 5, 2020") win over a bare year the rules took from inside them.
  const fromChrono = chronoMentions(text, span, publishedAt, ctx.now);
  const all = [...found];
  for (const c of fromChrono) {
    const clashing = all.filter((f) => overlaps(f, c));
    if (clashing.every((f) => f.end - f.start < c.end - c.start && f.time.precision === 'YEAR')) {
      for (const f of clashing) all.splice(all.indexOf(f), 1);
      all.push(c);
    }
  }
  const earliest = `${Number(publishedAt.slice(0, 4)) - 15}${publishedAt.slice(4)}`;
  const latest = `${Number(publishedAt.slice(0, 4)) + 1}${publishedAt.slice(4)}`;
  return all.filter((t) => t.time.start >= earliest && t.time.end <= latest).sort((a, b) => a.start - b.start);
}

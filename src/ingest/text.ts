/**
 * Small text and date helpers shared by the extractor's modules. Offsets are
 * JavaScript string indices (UTF-16 code units), as everywhere in claimgraph.
 */
import nlp from 'compromise';

export interface Span {
  start: number;
  end: number;
}

/** The icons a browser copies with page controls and shots (pictographs, geometric shapes, arrows), as a character-class body. */
export const ICON_CHARS = '\\p{Extended_Pictographic}\\u25A0-\\u25FF\\u2190-\\u21FF\\u2900-\\u297F\\u2B00-\\u2BFF\\uFE0F';
/** A verb that reports someone's words or findings: a line with one is a sentence of the body, not furniture. */
export const REPORTING_VERB = /\b(?:said|says|say|told|tells|according|added|adds|stated|claimed|claims|insisted|warned|reported|reports)\b/i;

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The span with white space (and the given extra characters) trimmed off both ends. */
export function trimSpan(text: string, span: Span, extra = ''): Span {
  let { start, end } = span;
  const skip = (c: string | undefined) => c !== undefined && (/\s/.test(c) || extra.includes(c));
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return { start, end };
}

/** A token: a number ("600,000", "3.6"), a word ("Syria's"), or one punctuation character. */
export interface Token extends Span {
  text: string;
  lower: string;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/**
 * Part-of-speech tags from compromise for every character of a span: the
 * extractor's own tokens look their tags up by offset, so compromise's
 * tokenisation never decides an anchor.
 */
export class Tags {
  private readonly byChar = new Map<number, string[]>();

  constructor(text: string, span: Span) {
    const slice = text.slice(span.start, span.end);
    const json = nlp(slice).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
    }>;
    for (const sentence of json) {
      for (const term of sentence.terms) {
        for (let i = term.offset.start; i < term.offset.start + Math.max(1, term.offset.length); i++) {
          if (!this.byChar.has(span.start + i)) this.byChar.set(span.start + i, term.tags);
        }
      }
    }
  }

  of(token: Span): string[] {
    return this.byChar.get(token.start) ?? [];
  }

  is(token: Span, tag: string): boolean {
    return this.of(token).includes(tag);
  }
}

/** A plural noun's singular ("vehicles" → "vehicle", "cities" → "city"). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const viaNlp = (nlp(lower).nouns().toSingular().text() as string).trim();
  if (viaNlp && !/\s/.test(viaNlp)) return viaNlp;
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** A lower-case kebab-case slug of at most `words` words. */
export function kebab(text: string, words = 6): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

// Dates as ISO strings (YYYY-MM-DD), computed in UTC so no time zone moves a day.
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return toIso(d);
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string) => toDate(iso).getUTCDay();
export const isoOf = (year: number, month: number, day: number) => toIso(new Date(Date.UTC(year, month - 1, day)));
export const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
export function monthEnd(iso: string): string {
  const d = toDate(iso);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}
/** The Monday of the week (Monday to Sunday) containing the date. */
export const mondayOf = (iso: string) => addDays(iso, -((weekdayOf(iso) + 6) % 7));

/**
 * A fronted place that says whose body speaks: "In Damascus, the foreign ministry said", "And in Moscow the defence
 * ministry". Read on the words before the speaker's phrase, which may end right after the place.
 */
export const FRONTED_PLACE = /^\s*(?:(?:And|But)\s+)?(?:[Ii]n|[Ff]rom)\s+(\p{Lu}[\p{L}'’-]+)(?:\s*,\s*|\s+(?=the\s)|\s*$)/u;

/** A quantifier before a relative pronoun ("all of which", "two of whom"): the clause after it has a subject of its own. */
export const OF_WHICH = String.raw`(?:all|most|some|each|both|none|many|several|one|two|three)\s+of\s+(?:which|whom)`;

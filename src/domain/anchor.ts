/**
 * Anchors: finding a quote's exact offsets in an article, and checking a stored
 * selector against the text. Curators write quotes, never offsets; these
 * functions turn a quote into a selector (scripts/anchor.ts) and verify it at load.
 */
import type { DraftSelector, Selector } from './format.js';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** prefix/suffix of a span: the context that disambiguates a quote printed more than once. */
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

export function selectorAt(text: string, start: number, end: number): Selector {
  return { start, end, quote: text.slice(start, end), ...contextOf(text, start, end) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that matches the quote as typed by a curator against the text as
 * published: any run of spaces matches spaces, no-break spaces or newlines, and
 * straight quotes match curly ones (and the two-apostrophe closing quote).
 */
function tolerantPattern(quote: string): RegExp {
  let source = '';
  for (const part of quote.trim().split(/(\s+|''|["'“”‘’])/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) source += '[\\s\\u00a0]+';
    else if (part === '"' || part === '“' || part === '”' || part === "''") source += `(?:["“”]|'')`;
    else if (part === "'" || part === '‘' || part === '’') source += "['‘’]";
    else source += escapeRegExp(part);
  }
  return new RegExp(source, 'g');
}

/** Every [start, end) where the quote occurs in the text, tolerant of spacing and quote marks. */
export function findQuote(text: string, quote: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(tolerantPattern(quote))) found.push([m.index, m.index + m[0].length]);
  return found;
}

export type LocateResult = { ok: true; selector: Selector } | { ok: false; message: string };

/**
 * Resolves a curator's quote to a selector. A quote that occurs more than once
 * is disambiguated by its prefix/suffix, or by a previous start offset.
 */
export function locate(text: string, draft: DraftSelector): LocateResult {
  if (draft.start !== undefined && draft.end !== undefined && text.slice(draft.start, draft.end) === draft.quote) {
    return { ok: true, selector: selectorAt(text, draft.start, draft.end) };
  }
  let hits = findQuote(text, draft.quote);
  if (hits.length === 0) return { ok: false, message: `quote not found in the text: ${JSON.stringify(draft.quote)}` };
  if (hits.length > 1 && (draft.prefix || draft.suffix)) {
    hits = hits.filter(
      ([s, e]) =>
        (!draft.prefix || text.slice(0, s).endsWith(draft.prefix)) && (!draft.suffix || text.slice(e).startsWith(draft.suffix)),
    );
  }
  if (hits.length > 1 && draft.start !== undefined) {
    const wanted = draft.start;
    hits = [hits.reduce((best, h) => (Math.abs(h[0] - wanted) < Math.abs(best[0] - wanted) ? h : best))];
  }
  if (hits.length !== 1) {
    return {
      ok: false,
      message: `quote occurs ${hits.length} times; add a prefix or suffix to choose one: ${JSON.stringify(draft.quote)}`,
    };
  }
  const [start, end] = hits[0]!;
  return { ok: true, selector: selectorAt(text, start, end) };
}

/**
 * Checks a stored selector against the text. On a mismatch, when the quote with
 * its prefix/suffix occurs exactly once elsewhere, the message gives the
 * corrected offsets so a curator can fix the file.
 */
export function verifySelector(text: string, selector: Selector): string | null {
  const { start, end, quote } = selector;
  if (end > text.length) return `anchor [${start}, ${end}) is out of range: the text has ${text.length} characters`;
  const actual = text.slice(start, end);
  if (actual === quote) {
    // prefix and suffix are the context of that very place: a copy from elsewhere would anchor wrongly in other tools.
    if (!text.slice(0, start).endsWith(selector.prefix)) return `prefix does not match the text before [${start}, ${end}): the text has ${JSON.stringify(contextOf(text, start, end).prefix)}`;
    if (!text.slice(end).startsWith(selector.suffix)) return `suffix does not match the text after [${start}, ${end}): the text has ${JSON.stringify(contextOf(text, start, end).suffix)}`;
    return null;
  }
  const elsewhere: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (text.slice(0, i).endsWith(selector.prefix) && text.slice(i + quote.length).startsWith(selector.suffix)) elsewhere.push(i);
  }
  const hint =
    elsewhere.length === 1
      ? `; the quote with its prefix/suffix occurs once, at start=${elsewhere[0]} end=${elsewhere[0]! + quote.length}`
      : elsewhere.length > 1
        ? `; the quote with its prefix/suffix occurs ${elsewhere.length} times, so the right place cannot be told`
        : '; the quote with its prefix/suffix does not occur in the text';
  return `quote does not match the text at [${start}, ${end}): expected ${JSON.stringify(quote)}, the text has ${JSON.stringify(actual)}${hint}`;
}

/**
 * The words of the search index: letters and digits, diacritics folded
 * ("Çavuşoğlu" = "cavusoglu"), case-folded, possessive 's dropped, thousands
 * separators dropped ("586,000" = "586000"), hyphenated words split, a few
 * English stop words left out.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'into',
  'is', 'it', 'its', 'of', 'on', 'or', 's', 'she', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'were', 'which',
  'will', 'with',
]);

/** Words recur (a corpus has far fewer distinct words than words): each is normalised once. */
const normalized = new Map<string, string | null>();
const MAX_MEMO = 500_000;

/** The index term of a word, or null for a stop word. */
export function normalizeWord(word: string): string | null {
  const known = normalized.get(word);
  if (known !== undefined) return known;
  const term = normalizeUncached(word);
  if (normalized.size >= MAX_MEMO) normalized.clear();
  normalized.set(word, term);
  return term;
}

function normalizeUncached(word: string): string | null {
  const term = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    .replace(/(?<=\p{N}),(?=\p{N})/gu, '');
  return term === '' || STOP_WORDS.has(term) ? null : term;
}

/** A word of a text at its offsets (UTF-16 code units). */
export interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words are read by a scanner rather than by a regular expression: the index build reads every word of the
 * corpus, and a regex match makes an array per word (a fifth of the build was garbage collection). It
 * finds exactly the matches of `[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\p{N}+)*` (flag u) over text[from, to):
 * a run of letters and digits, then any number of an apostrophe followed by letters, or a point or comma
 * followed by digits (tests/domain/search-words.test.ts compares the two on random texts).
 */
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
/** Each BMP code unit's class, found once (0: not yet). */
const CLASSES = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;
const classOf = (char: string) => (IS_LETTER.test(char) ? LETTER : IS_DIGIT.test(char) ? DIGIT : OTHER);
/** How many code units the last `classAt` read: 2 for a surrogate pair. */
let width = 1;

/** The class of the code point at text[i], read no further than `to`. */
function classAt(text: string, i: number, to: number): number {
  const unit = text.charCodeAt(i);
  width = 1;
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      width = 2;
      return classOf(text.slice(i, i + 2));
    }
  }
  const known = CLASSES[unit]!;
  return known !== 0 ? known : (CLASSES[unit] = classOf(String.fromCharCode(unit)));
}

/** Calls `each` with the [start, end) of every word of text[from, to), in order. */
export function forEachWord(text: string, from: number, to: number, each: (text: string, start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (classAt(text, i, to) === OTHER) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < to && classAt(text, i, to) !== OTHER) i += width;
    while (i + 1 < to) {
      const unit = text.charCodeAt(i);
      const follows = unit === 39 || unit === 0x2019 ? LETTER : unit === 46 || unit === 44 ? DIGIT : 0;
      if (follows === 0 || classAt(text, i + 1, to) !== follows) break;
      i += 1 + width;
      while (i < to && classAt(text, i, to) === follows) i += width;
    }
    each(text, start, i);
  }
}

/** The words of text[from, to) with their absolute offsets; stop words left out. */
export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, from, to, (_, start, end) => {
    const term = normalizeWord(text.slice(start, end));
    if (term) tokens.push({ term, start, end });
  });
  return tokens;
}

/** Calls `each` with every index term of text[from, to), in order. */
export function forEachTerm(text: string, each: (term: string) => void, from = 0, to = text.length): void {
  forEachWord(text, from, to, (_, start, end) => {
    const term = normalizeWord(text.slice(start, end));
    if (term) each(term);
  });
}

/** The index terms of a text, in order. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

/** Prefix search for words of 2+ characters. */
export const prefixFor = (term: string) => term.length >= 2;
/** Typo tolerance: 1 edit from 4 letters, 2 from 8; none for numbers. */
export const fuzzyFor = (term: string) => (term.length < 4 || /\p{N}/u.test(term) ? 0 : term.length < 8 ? 1 : 2);

/**
 * The words of the search index: letters and digits, diacritics folded
 * ("Çavuşoğlu" = "cavusoglu"), case-folded, possessive 's dropped, thousands
 * separators dropped ("586,000" = "586000"), hyphenated words split, a few
 * English stop words left out.
 */

/** A word: letters and digits, with an inner apostrophe ("Syria's") or digit group ("586,000", "2.5"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\p{N}+)*/gu;

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

/** The words of text[from, to) with their absolute offsets; stop words left out. */
export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const term = normalizeWord(m[0]);
    if (term) tokens.push({ term, start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}

/** The same pattern, for `forEachTerm`'s exec loop (its own lastIndex: `each` may call tokensOf). */
const EACH_WORD = new RegExp(WORD.source, WORD.flags);

/**
 * Calls `each` (which must not call forEachTerm itself) with every index term of a text, in order. An exec
 * loop rather than matchAll, which makes a regex and an iterator per text: the index build calls it for
 * every field of every record.
 */
export function forEachTerm(text: string, each: (term: string) => void): void {
  EACH_WORD.lastIndex = 0;
  for (let m = EACH_WORD.exec(text); m !== null; m = EACH_WORD.exec(text)) {
    const term = normalizeWord(m[0]);
    if (term) each(term);
  }
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

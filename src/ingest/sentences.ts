/**
 * Sentence splitting. Intl.Segmenter (ICU's sentence rules, built into Node,
 * the same splitter `data:report` counts coverage with) does the splitting;
 * two repairs follow, because ICU ends a sentence at every full stop that is
 * followed by a capital or a digit: after an abbreviation ("Gen. Ali Mayhoub",
 * "Feb. 9, 2020") the next segment is glued back on, and so is a segment
 * that starts in lower case. A line break always ends a sentence.
 */
import type { Span } from './text.js';

export interface Sentence extends Span {
  /** Position among the text's sentences, from 0. */
  index: number;
  text: string;
  /** Index of the line (text between line breaks) the sentence starts on. */
  line: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'gen', 'brig', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'cpt', 'adm', 'cmdr', 'cdr', 'pte', 'pvt', 'insp', 'supt', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'st', 'rev', 'hon', 'sheikh',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'approx', 'est', 'jr', 'sr', 'mt', 'ft', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
]);

/** An abbreviation with its full stop ("Dr.", "Gen."), for patterns that stop at a full stop: `(?:${ABBREVIATED}|[^.])+`. */
export const ABBREVIATED = String.raw`\b(?:${[...ABBREVIATIONS].filter((a) => /^[a-z]+$/.test(a)).join('|')})\.`;

function endsWithAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"‘'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  return !!m && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const raw: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineSpan = { start: lineStart, end: lineStart + line.length };
    lineStart += line.length + 1;
    const pieces: Span[] = [];
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const piece = { start: lineSpan.start + index + lead, end: lineSpan.start + index + lead + body.length };
      const previous = pieces[pieces.length - 1];
      if (previous && (endsWithAbbreviation(text.slice(previous.start, previous.end)) || /^[a-z]/.test(body))) {
        previous.end = piece.end;
      } else {
        pieces.push(piece);
      }
    }
    raw.push(...pieces);
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  return raw.map((s, index) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= s.start) line++;
    return { ...s, index, text: text.slice(s.start, s.end), line };
  });
}

/**
 * Quantities: a number with its qualifier and unit, read from the words
 * ("around 600,000 people", "30 km", "430 vehicles", "more than 300
 * civilians", "hundreds of military vehicles", "a few kilometers").
 *
 * The number is found by the extractor's own tokens; compromise's
 * part-of-speech tags (looked up by offset) decide how far the noun phrase
 * after it runs, and its head noun gives the unit: people of any kind are
 * `person`, lengths `km`, areas `km2`, anything else the head noun's singular
 * ("vehicle", "village", "post"). A number with no noun of its own ("including
 * 17 on Thursday", "to well over 1,000", "Ten of those killed") takes the unit
 * of the quantity before it. The stored value is always `readNumber(words)`,
 * the loader's own reading, so what the extractor writes passes the check.
 */
import type { Qualifier } from '../domain/format.js';
import { readNumber } from '../domain/numbers.js';
import { overlaps, singular, Tags, tokenize, type Span, type Token } from './text.js';

export interface QuantityMention extends Span {
  /** The exact words, `text.slice(start, end)`; `readNumber(words) === value`. */
  words: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The unit came from an earlier quantity, not from a noun of this one. */
  unitInherited: boolean;
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion']);
const VAGUE: Record<string, Qualifier> = { dozens: 'DOZENS_OF', scores: 'SCORES_OF', hundreds: 'HUNDREDS_OF', thousands: 'THOUSANDS_OF' };

/** Qualifier phrases before a number, longest first. */
const QUALIFIERS: Array<[string[], Qualifier]> = (
  [
    [['no', 'fewer', 'than'], 'AT_LEAST'],
    [['no', 'less', 'than'], 'AT_LEAST'],
    [['no', 'more', 'than'], 'AT_MOST'],
    [['well', 'over'], 'MORE_THAN'],
    [['well', 'above'], 'MORE_THAN'],
    [['just', 'over'], 'MORE_THAN'],
    [['more', 'than'], 'MORE_THAN'],
    [['upwards', 'of'], 'MORE_THAN'],
    [['at', 'least'], 'AT_LEAST'],
    [['at', 'most'], 'AT_MOST'],
    [['up', 'to'], 'AT_MOST'],
    [['less', 'than'], 'LESS_THAN'],
    [['fewer', 'than'], 'LESS_THAN'],
    [['just', 'under'], 'LESS_THAN'],
    [['close', 'to'], 'NEARLY'],
    [['an', 'estimated'], 'APPROXIMATELY'],
    [['over'], 'MORE_THAN'],
    [['above'], 'MORE_THAN'],
    [['under'], 'LESS_THAN'],
    [['nearly'], 'NEARLY'],
    [['almost'], 'NEARLY'],
    [['around'], 'APPROXIMATELY'],
    [['about'], 'APPROXIMATELY'],
    [['some'], 'APPROXIMATELY'],
    [['roughly'], 'APPROXIMATELY'],
    [['approximately'], 'APPROXIMATELY'],
    [['estimated'], 'APPROXIMATELY'],
  ] as Array<[string[], Qualifier]>
).sort((a, b) => b[0].length - a[0].length);

/** Nouns that count people: the unit `person`. */
const PERSON_NOUNS = new Set(
  (
    'people persons person civilians civilian soldiers soldier troops troop personnel residents resident fighters fighter militants militant ' +
    'rebels rebel children child refugees refugee members member men man women woman inhabitants casualties victims dead wounded injured ' +
    'officers officer policemen police staff workers journalists migrants displaced individuals adults babies students protesters demonstrators ' +
    'prisoners detainees hostages servicemen jihadists extremists insurgents combatants recruits volunteers doctors nurses medics patients ' +
    'citizens nationals villagers families survivors'
  ).split(' '),
);
const LENGTH: Record<string, string> = {
  km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  m: 'm', meter: 'm', meters: 'm', metre: 'm', metres: 'm', mile: 'mile', miles: 'mile',
};
const UNIT_NOUNS: Record<string, string> = {
  ...LENGTH,
  percent: 'percent', '%': 'percent', hours: 'hour', hour: 'hour', days: 'day', day: 'day', weeks: 'week', week: 'week',
  months: 'month', month: 'month', years: 'year', year: 'year', hectares: 'hectare', tonnes: 'tonne', tons: 'tonne',
};

/** Words that end a noun phrase even when compromise calls them nouns. */
const STOP = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'into', 'near', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'than', 'since', 'including', 'it', 'they', 'we', 'he', 'she', 'there', 'those', 'them', 'whom']);

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const isNumberToken = (t: Token) => /^\d/.test(t.text) || NUMBER_WORDS.has(t.lower);
const isYearLike = (t: Token) => /^(1[89]|20)\d{2}$/.test(t.text);

function unitOfHead(head: Token, tags: Tags): string {
  const lower = head.lower;
  if (PERSON_NOUNS.has(lower)) return 'person';
  if (UNIT_NOUNS[lower]) return UNIT_NOUNS[lower]!;
  if (tags.is(head, 'Demonym') && /s$/.test(lower)) return 'person'; // "Three Iranians"
  return singular(lower);
}

/**
 * The quantities of a span (a sentence). `exclude` holds spans whose numbers
 * are not quantities (dates, times); `previousUnit` is the unit of the last
 * quantity before the span, for a number with no noun of its own.
 */
export function findQuantities(text: string, span: Span, options: { exclude?: Span[]; previousUnit?: string | null; tags?: Tags } = {}): QuantityMention[] {
  const tokens = tokenize(text, span);
  const tags = options.tags ?? new Tags(text, span);
  const exclude = options.exclude ?? [];
  const out: QuantityMention[] = [];
  let previousUnit = options.previousUnit ?? null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const charBefore = text[t.start - 1] ?? ' ';
    const charAfter = text[t.end] ?? ' ';
    let numberStart = i;
    let numberEnd = i; // inclusive
    let vague: Qualifier | null = null;
    let aFew = false;

    if (t.lower === 'a' && tokens[i + 1]?.lower === 'few') {
      aFew = true;
      numberEnd = i + 1;
    } else if (VAGUE[t.lower]) {
      vague = VAGUE[t.lower]!;
      // "hundreds of thousands"
      if (tokens[i + 1]?.lower === 'of' && VAGUE[tokens[i + 2]?.lower ?? '']) numberEnd = i + 2;
    } else if (isNumberToken(t)) {
      if (/[\p{L}]/u.test(charBefore) || /[:/+=×]/.test(charBefore + charAfter) || /^[+=]/.test(text.slice(t.end).trimStart())) {
        i++;
        continue; // "M5", "11:01", "2 + 5"
      }
      // A number that ends a name ("Route 9", "Resolution 2254"): a capitalised word before it, not at a sentence's start.
      const previous = tokens[i - 1];
      if (/^\d/.test(t.text) && previous && /^\p{Lu}\p{Ll}+$/u.test(previous.text) && i - 1 > 0 && !CALENDAR_WORDS.test(previous.text) && !/[.!?]/.test(tokens[i - 2]?.text ?? '')) {
        i++;
        continue;
      }
      // "the two countries", "the three men": a definite small number refers back, it does not count.
      if (/^(?:two|three|both)$/.test(t.lower) && tokens[i - 1]?.lower === 'the') {
        i++;
        continue;
      }
      if (t.lower === 'one' && !PERSON_NOUNS.has(tokens[i + 1]?.lower ?? '') && !UNIT_NOUNS[tokens[i + 1]?.lower ?? '']) {
        i++;
        continue; // "one of the", "the one"
      }
      if (isYearLike(t) && !/^[,.]/.test(charAfter)) {
        const next = tokens[i + 1];
        if (!next || !(PERSON_NOUNS.has(next.lower) || /s$/.test(next.lower))) {
          i++;
          continue;
        }
      }
      // "three million", "twenty five", "3.6 million"
      while (tokens[numberEnd + 1] && (SCALE_WORDS.has(tokens[numberEnd + 1]!.lower) || (NUMBER_WORDS.has(tokens[numberEnd + 1]!.lower) && !/^\d/.test(t.text)))) numberEnd++;
    } else {
      i++;
      continue;
    }
    const numberSpan = { start: tokens[numberStart]!.start, end: tokens[numberEnd]!.end };
    if (exclude.some((e) => overlaps(e, numberSpan))) {
      i = numberEnd + 1;
      continue;
    }
    // A conversion in brackets after another quantity: "30 kilometer (20 mile)".
    if (charBefore === '(' && out.length && text.slice(out[out.length - 1]!.end, t.start).trim() === '(') {
      i = numberEnd + 1;
      continue;
    }

    // The qualifier before the number.
    let qualifier: Qualifier = vague ?? (aFew ? 'A_FEW' : 'EXACT');
    if (!vague && !aFew) {
      for (const [phrase, q] of QUALIFIERS) {
        const from = numberStart - phrase.length;
        if (from < 0) continue;
        if (phrase.every((w, k) => tokens[from + k]!.lower === w)) {
          qualifier = q;
          numberStart = from;
          break;
        }
      }
    }

    // The noun phrase after the number, and its head.
    let j = numberEnd + 1;
    let head: Token | null = null;
    let unit: string | null = null;
    const glued = tokens[j] && tokens[j]!.start === tokens[numberEnd]!.end ? tokens[j]! : null;
    if (glued && (LENGTH[glued.lower] || glued.text === '%')) {
      unit = UNIT_NOUNS[glued.lower] ?? 'percent';
      head = null; // "16km": the words stop at the number, readNumber cannot read "16km"
    } else if (tokens[j]?.lower === 'per' && tokens[j + 1]?.lower === 'cent') {
      unit = 'percent';
      head = tokens[j + 1]!;
    } else if (tokens[j]?.lower === 'percent' || tokens[j]?.text === '%') {
      unit = 'percent';
      head = tokens[j]!;
    } else if (tokens[j]?.lower === 'square' && LENGTH[tokens[j + 1]?.lower ?? '']) {
      unit = `${LENGTH[tokens[j + 1]!.lower]}2`;
      head = tokens[j + 1]!;
    } else {
      if ((vague || aFew) && tokens[j]?.lower === 'of') j++;
      if (tokens[j]?.text === '-') j++; // "nine-year"
      let lastNoun: Token | null = null;
      for (let steps = 0; j < tokens.length && steps < 6; j++, steps++) {
        const w = tokens[j]!;
        const between = text.slice(tokens[j - 1]!.end, w.start);
        if (/[,;:()"“”]/.test(between)) break;
        // "23 Syrian and foreign fighters": an "and" between two modifiers stays inside the phrase.
        if (w.lower === 'and' && lastNoun === null && steps > 0 && tokens[j + 1] && tags.is(tokens[j + 1]!, 'Adjective')) continue;
        if (STOP.has(w.lower)) break;
        if (w.text === '-') continue;
        if (PERSON_NOUNS.has(w.lower) || UNIT_NOUNS[w.lower]) {
          lastNoun = w;
          if (!(tokens[j + 1] && (tags.is(tokens[j + 1]!, 'Plural') || PERSON_NOUNS.has(tokens[j + 1]!.lower)) && !STOP.has(tokens[j + 1]!.lower))) break;
          continue;
        }
        const ws = tags.of(w);
        const plural = ws.includes('Plural') || (ws.includes('Noun') && /[^s]s$/.test(w.lower) && !ws.includes('Singular'));
        if (ws.includes('Pronoun') || ws.includes('Determiner') || ws.includes('Preposition') || ws.includes('Conjunction')) break;
        if (ws.includes('Copula') || ws.includes('Auxiliary') || ws.includes('Modal')) break;
        if (plural && ws.includes('Noun')) {
          lastNoun = w;
          break;
        }
        if (ws.includes('Noun') || ws.includes('Adjective') || ws.includes('Gerund') || ws.includes('Demonym') || (ws.includes('PastTense') && text[w.start - 1] === '-')) {
          if (ws.includes('Noun') && !ws.includes('Demonym') && !ws.includes('Adjective')) lastNoun = w;
          else if (ws.includes('Noun') && ws.includes('Demonym') && /s$/.test(w.lower)) {
            lastNoun = w;
            break;
          }
          continue;
        }
        if (ws.includes('Value') || ws.includes('Date')) break;
        // "12 observation posts it set up": a plural after a noun modifier, which compromise took for a verb.
        if (lastNoun && ws.includes('Verb') && /[^s]s$/.test(w.lower)) {
          const next = tokens[j + 1];
          if (!next || STOP.has(next.lower) || !/\p{L}/u.test(next.text) || tags.is(next, 'Pronoun') || tags.is(next, 'Preposition')) lastNoun = w;
        }
        break;
      }
      head = lastNoun;
      if (head) unit = unitOfHead(head, tags);
    }

    let inherited = false;
    if (!unit) {
      if (!previousUnit) {
        i = numberEnd + 1;
        continue;
      }
      unit = previousUnit;
      inherited = true;
      head = null;
    }
    const end = head ? head.end : tokens[numberEnd]!.end;
    const start = tokens[numberStart]!.start;
    const words = text.slice(start, end);
    const value = readNumber(words);
    if (value === null || !Number.isFinite(value)) {
      i = numberEnd + 1;
      continue;
    }
    out.push({ start, end, words, value, unit, qualifier, unitInherited: inherited });
    previousUnit = unit;
    i = Math.max(numberEnd + 1, head ? tokens.indexOf(head) + 1 : 0);
  }
  return out;
}

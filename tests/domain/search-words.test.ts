/**
 * The search index's word scanner against the regular expression it replaced: the same words at the same
 * offsets, on hand-picked texts and on random ones drawn from an alphabet of every class it tells apart.
 */
import { describe, expect, it } from 'vitest';
import { forEachWord, termsOf, tokensOf } from '../../src/domain/search/words.js';

/** The definition of a word, as a regular expression: what the scanner must find. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\p{N}+)*/gu;

function expected(text: string, from: number, to: number): Array<[number, number]> {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => [from + m.index, from + m.index + m[0].length]);
}

function scanned(text: string, from: number, to: number): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  forEachWord(text, from, to, (_, start, end) => words.push([start, end]));
  return words;
}

/** A small deterministic generator (mulberry32), so a failure names a text that can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters (ASCII, Latin-1, Turkish, Arabic, CJK, an astral one), digits (ASCII, Arabic-Indic, a superscript
// No, an astral one), a combining mark, the separators the pattern knows, other punctuation and space, and
// both halves of a surrogate pair alone.
const ALPHABET = ['a', 'Z', 'q', 'é', 'ß', 'ş', 'ğ', 'س', '中', '𝒜', '5', '0', '٣', '²', '𝟙', '\u0301', "'", '’', '.', ',', '-', ' ', '\n', '"', '(', '\ud835', '\udc9c', '!'];

describe('the word scanner', () => {
  it('finds the words the pattern finds on hand-picked texts', () => {
    const texts = [
      "Syria's army took 586,000 km² near Saraqib, the U.N. said.",
      "Çavuşoğlu: ‘rock'n'roll’ 2.5 vs 1,2,3 and 3.x; o'clock '90s",
      'a’b’ 9., ,9 .5 x.5 5.x 12,345.678 l’Orient',
      '𝒜𝒜 𝟙𝟙 é́ 中文 ١٢٣,٤٥٦',
      '',
      "'''...,,,",
    ];
    const found = texts.map((text) => scanned(text, 0, text.length));
    expect(found.flat().length).toBeGreaterThan(20);
    texts.forEach((text, i) => expect(found[i], text).toEqual(expected(text, 0, text.length)));
  });

  it('finds the words the pattern finds on 3,000 random texts and windows of them', () => {
    const next = random(20_260_212);
    let words = 0;
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const from = Math.floor(next() * (text.length + 1));
      const to = from + Math.floor(next() * (text.length - from + 1));
      const want = expected(text, from, to);
      words += want.length;
      expect(scanned(text, from, to), JSON.stringify({ text, from, to })).toEqual(want);
      expect(scanned(text, 0, text.length), JSON.stringify(text)).toEqual(expected(text, 0, text.length));
    }
    expect(words).toBeGreaterThan(3000);
  });

  it('gives the index terms and their offsets', () => {
    const text = "The army's convoy: 586,000 people near Saraqeb.";
    expect(termsOf(text)).toEqual(['army', 'convoy', '586000', 'people', 'near', 'saraqeb']);
    expect(tokensOf(text, 4, 26)).toEqual([
      { term: 'army', start: 4, end: 10 },
      { term: 'convoy', start: 11, end: 17 },
      { term: '586000', start: 19, end: 26 },
    ]);
  });
});

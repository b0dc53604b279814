/**
 * Claimant forms of round 16, on pages written for these tests (fictional places, people and media). Each test also holds a
 * sentence that only resembles the form and must keep its claimants.
 */
import { describe, expect, it } from 'vitest';
import { names, read } from './fixtures.js';

describe('claimants18: what follows "said" after a speaker and an apposition', () => {
  it('reads "X, a farmer near Y, said the water rose fast" as X speaking, not the clause after the verb', () => {
    const x = read([
      'Valley Radio news',
      'Sandvik, a farmer near Dorvik, said the water rose fast.',
      // A look-alike: a statement before ", said the monitor" keeps the speaker after the verb.
      'The river has fallen by a metre, said the Valley Monitor.',
    ]);
    expect(names(x, /water rose fast/)).toEqual(['Sandvik']);
    expect(names(x, /fallen by a metre/)).toEqual(['Valley Monitor']);
  });
});

describe('claimants18: a place over a quotation', () => {
  it('reads "Karst Valley, Northland:" over a quotation as where it was said, not who said it', () => {
    const x = read([
      'Valley Radio news',
      'The river burst its banks on Monday.',
      'Karst Valley, Northland:',
      '“The water came at night.”',
      // A look-alike: a person with a role over a quotation is its speaker.
      'Lena Barakat, farmer:',
      '“We lost the harvest.”',
    ]);
    expect(names(x, /water came at night/)).toEqual([]);
    expect(names(x, /lost the harvest/)).toEqual(['Lena Barakat']);
  });
});

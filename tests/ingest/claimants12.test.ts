/**
 * Claimant forms of round 12, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, read } from './fixtures.js';

describe('claimants12: the outlet\'s caveat after a speaker\'s words', () => {
  it('leaves "without giving details" and "a claim X could not verify" to the outlet, and keeps the speaker\'s own clauses', () => {
    const x = read([
      'Hollis and the Monitor\'s director met in Norden on Tuesday, the Northland presidency said, without giving details of what was agreed.',
      'Fishermen said they had pulled nine bodies from the river near Dorvik, a claim Valley Radio could not verify.',
      'Rebels said they had retaken two villages east of Marbek, but the claim could not be independently verified.',
      'Rebels said they had crossed the river near Dorvik, and the Northland army lost two boats in the fighting.',
      'The Monitor said 40 people died in Marbek, a figure that rose to 45 by Friday.',
    ]);
    expect(nameOf(x, /met in Norden on Tuesday/)).toBe('north-presidency');
    expect(nameOf(x, /without giving details/)).toBeNull();
    expect(nameOf(x, /pulled nine bodies/)).toBe('Fishermen');
    expect(nameOf(x, /Valley Radio could not verify/)).toBeNull();
    expect(nameOf(x, /retaken two villages/)).toBe('Rebels');
    expect(nameOf(x, /claim could not be independently verified/)).toBeNull();
    // The speaker's own second clause stays the speaker's.
    expect(nameOf(x, /lost two boats/)).toBe('Rebels');
  });
});

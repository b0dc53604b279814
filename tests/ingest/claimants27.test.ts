/**
 * Round 25: misreadings found by drafting pages written here in new styles (panels, briefings, press reviews, fact-checks,
 * social-media roundups) and on unrelated stories, and a few from the read sets' misses (never an unread set's). Each test
 * also holds a sentence that only resembles the case and must keep its claimants (or its lack of one).
 */
import { describe, expect, it } from 'vitest';
import { names, read } from './fixtures.js';

describe('claimants27: a one-word name a tagger reads as a verb, before its apposition', () => {
  const x = read([
    'Valley Radio news',
    'Labour, the main opposition party, accused the government of hiding the cost.',
    'Reform, the smallest party in the chamber, said it would vote against.',
    // Look-alike: an opening word before a comma that is no name.
    'Still, the plan was approved on Tuesday.',
  ]);

  it('gives the verb the name before the apposition', () => {
    expect(names(x, /hiding the cost/)).toEqual(['Labour']);
    expect(names(x, /vote against/)).toEqual(['Reform']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /plan was approved/)).toEqual([]);
  });
});

/**
 * Claimant forms of round 17, on pages written for these tests. Each test also holds a sentence that only resembles the
 * form and must keep its claimants.
 */
import { describe, expect, it } from 'vitest';
import { actors, claim, knowledge, names, read } from './fixtures.js';

describe('claimants19: a country\'s body the graph knows by another spelling', () => {
  // A world that knows one country's defence ministry, by a name and an alias that are not "<demonym> defence ministry".
  const world = () => {
    const k = knowledge();
    return { ...k, actors: [...actors, { key: 'zambia-defence', name: 'Zambian Ministry of Defence', kind: 'GOVERNMENT_BODY' as const, description: 'A ministry.', aliases: ["Zambia's Defense Ministry"] }] };
  };

  it('reads "its defence ministry" in a report about Zambia as the known ministry, not a new one', () => {
    const x = read(['Valley Radio news', 'Zambia says five of its soldiers were killed near the border with Malawi on Monday, the deadliest day for Zambian troops in years.', 'Its defence ministry said the army had hit back.'], 'Valley Radio', '2021-03-05', world());
    expect(names(x, /army had hit back/)).toEqual(['zambia-defence']);
  });

  it('still proposes a new ministry for a country whose ministry the graph does not know', () => {
    const x = read(['Valley Radio news', 'Malawi says five of its soldiers were killed near the border with Zambia on Monday, the deadliest day for Malawian troops in years.', 'Its defence ministry said the army had hit back.'], 'Valley Radio', '2021-03-05', world());
    expect(names(x, /army had hit back/)).toEqual(['Malawian defence ministry']);
  });
});

describe('claimants19: a clip label in brackets before its quotation on one line', () => {
  const x = read([
    'Valley TV',
    'PRESENTER: The river rose again overnight.',
    '[SOT — ANNA BERG, FARMER NEAR DORVIK] "We lost everything. The water came at night."',
    'The dam held on Sunday, engineers said.',
    // A look-alike: a bracket with no clip mark before a quotation names no speaker; the sentence names its own.
    '[ARCHIVE, 2019] "The river will rise again," Mayor Ilse Dunn said.',
  ]);

  it('gives the quotation to the speaker the label names, in the case the page prints', () => {
    expect(names(x, /lost everything/)).toEqual(['Anna Berg']);
    expect(names(x, /came at night/)).toEqual(['Anna Berg']);
  });

  it('keeps the label out of the claim and the next paragraph out of the clip', () => {
    const quotes = claim(x, /lost everything/).evidence.map((e) => e.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).not.toMatch(/SOT|ANNA BERG/);
    expect(names(x, /dam held/)).toEqual(['Engineers']);
    expect(names(x, /will rise again/)).toEqual(['Ilse Dunn']);
  });
});

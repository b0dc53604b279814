/**
 * Claimant forms of round 10, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../../src/ingest/extract.js';
import { knowledge, nameOf, read } from './fixtures.js';

describe('claimants10: a field reporter speaks for their own first-person account', () => {
  it('gives "I counted ..." under a live post byline to the reporter, not a sentence without "I" nor a quotation', () => {
    const x = read([
      'Marbek live: convoys head for the river',
      '16:10 GMT · post 7 Jana Kolar · Dorvik',
      'I counted more than 40 lorries heading for the bridge this afternoon alone. Dozens of families waited at the checkpoint on Friday.',
      '14:05 Tomas Brenner',
      '"I have lost everything," a farmer shouted at the gate.',
      '12:30 GMT',
      "I've just watched another column cross at Marbek.",
      'MIRA STEN, REPORTING FROM MARBEK: I have stopped counting the trucks on the bridge. Shops in the square stayed shut on Friday.',
    ]);
    expect(nameOf(x, /counted more than 40 lorries/)).toBe('Jana Kolar');
    expect(x.newActors.find((a) => a.name === 'Jana Kolar')?.kind).toBe('PERSON');
    expect(nameOf(x, /stopped counting the trucks/)).toBe('Mira Sten');
    // The outlet's own sentence in the same post, a quotation, and an unsigned post stay as they were.
    expect(nameOf(x, /Dozens of families waited/)).toBeNull();
    expect(nameOf(x, /lost everything/)).not.toBe('Tomas Brenner');
    expect(nameOf(x, /just watched another column/)).toBeNull();
    // Under a reporter's label every line of theirs is theirs, first person or not (docs/annotating.md, "Speaker turns").
    expect(nameOf(x, /Shops in the square/)).toBe('Mira Sten');
  });
});

describe('claimants10: the reporter\'s contact clause is not part of the sayer', () => {
  it('names "farmers I have spoken to here in Dorvik" and "nurses I reached overnight" by their noun', () => {
    const x = read([
      'Farmers I have spoken to here in Dorvik say the wells ran dry in March.',
      'Nurses I reached overnight said the clinic in Marbek had no fuel left.',
      'The bridge I reached overnight was closed to lorries, the Monitor said.',
    ]);
    expect(nameOf(x, /wells ran dry/)).toBe('Farmers');
    expect(nameOf(x, /no fuel left/)).toBe('Nurses');
    expect(nameOf(x, /closed to lorries/)).toBe('monitor');
  });
});

describe('claimants10: reporting forms with no "said"', () => {
  it('a label given to "all of them", a congratulation and what visiting reporters found', () => {
    const x = read([
      'The government in Norden calls all of them terrorists.',
      'Most of them call the ferry at dawn.',
      'Omar Haddad congratulated him on the vote in Marbek.',
      'Reporters taken to Dorvik by the army on Sunday found it deserted.',
      'Troops taken to Dorvik on Sunday found the bridge intact.',
    ]);
    expect(nameOf(x, /calls all of them terrorists/)).toBe('northland');
    expect(nameOf(x, /call the ferry/)).toBeNull();
    expect(nameOf(x, /congratulated him/)).toBe('omar-haddad');
    expect(nameOf(x, /found it deserted/)).toBe('Reporters');
    expect(x.newActors.find((a) => a.name === 'Reporters')?.kind).toBe('GROUP');
    expect(nameOf(x, /bridge intact/)).toBeNull();
  });
});

describe('claimants10: lawmakers and parties are not an armed group\'s members', () => {
  it('proposes "opposition lawmakers" and "opposition parties" but keeps "opposition commanders" with the armed opposition', () => {
    const k = knowledge();
    k.actors = [...k.actors, { key: 'river-rebels', name: 'River rebels', kind: 'ARMED_GROUP', description: 'Armed opposition groups.', aliases: ['River rebels', 'rebels', 'opposition'] }];
    const x = extract(
      ['Opposition lawmakers accused the ministry in Norden of reacting too slowly.', 'Opposition parties said the vote in Marbek had been rigged.', 'Opposition commanders said they had pulled back from Dorvik.'].join('\n\n') + '\n',
      { publishedAt: '2021-03-05', knowledge: k, publisher: 'Valley Radio', slug: 'valley-radio-test' },
    );
    expect(nameOf(x, /reacting too slowly/)).toBe('Opposition lawmakers');
    expect(nameOf(x, /had been rigged/)).toBe('Opposition parties');
    expect(x.newActors.find((a) => a.name === 'Opposition parties')?.kind).toBe('GROUP');
    expect(nameOf(x, /pulled back from Dorvik/)).toBe('river-rebels');
  });
});

describe('claimants10: "one of them added" refers back to the plural speakers', () => {
  it('gives "..., one of them added" to the officials named before, not "one of them" as a subject', () => {
    const x = read([
      'Two Northland officials said the talks in Norden broke up without a deal. Another round is planned for next week, one of them added.',
      'One of them was hurt near Dorvik, the Monitor said.',
    ]);
    expect(nameOf(x, /Another round is planned/)).toBe('Northland officials');
    expect(nameOf(x, /was hurt near Dorvik/)).toBe('monitor');
  });
});

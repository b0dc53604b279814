/**
 * Claimant forms of round 13, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, read } from './fixtures.js';

describe('claimants13: a reporter\'s signature over a numbered post or a bracketed role label', () => {
  it('gives "I ..." under "#4 · 11:20 Ida Lorn, in Dorvik" and under "[REPORTER — Tomas Vale, Marbek]" to that reporter', () => {
    const x = read([
      'Marbek live: the river keeps rising',
      '#4 · 11:20 Ida Lorn, in Dorvik\nI have just seen two boats pull a family off a roof near the mill. Water covered the square by noon.',
      '#3 · 10:05\nI have just heard the sirens again along the river.',
      '[REPORTER — Tomas Vale, Marbek]\n[SOUND: rain, engines]\nI met a baker who has lost his shop twice this year. Shops in the square stayed shut on Friday.',
      '[Marbek, Tuesday]\nI have seen nothing like it, one farmer said.',
    ]);
    expect(nameOf(x, /two boats pull a family/)).toBe('Ida Lorn');
    expect(nameOf(x, /met a baker/)).toBe('Tomas Vale');
    // The outlet's own sentences, an unsigned post and a place line over a quoted speaker stay as they were; under a
    // reporter's label every line of theirs is theirs (docs/annotating.md, "Speaker turns").
    expect(nameOf(x, /Water covered the square/)).toBeNull();
    expect(nameOf(x, /heard the sirens again/)).toBeNull();
    expect(nameOf(x, /Shops in the square/)).toBe('Tomas Vale');
    expect(nameOf(x, /nothing like it/)).not.toBe('Marbek');
  });
});

describe('claimants13: a role after the verb, then the person\'s name', () => {
  it('gives \'"...," said the shadow treasurer, Ida Lorn.\' to Ida Lorn, not to the role', () => {
    const x = read([
      '"The budget is a fantasy," said the shadow treasurer, Ida Lorn.',
      'The bridge at Dorvik will reopen in May, said the river authority, which runs the crossing.',
      '"We will not move," said a farmer near Marbek.',
      'The dam will hold, added the Monitor, Northland TV reported.',
    ]);
    expect(nameOf(x, /budget is a fantasy/)).toBe('Ida Lorn');
    expect(x.newActors.find((a) => a.name === 'Ida Lorn')?.kind).toBe('PERSON');
    // A role with a clause after it, a role alone, and a known body followed by another clause keep their speaker.
    expect(nameOf(x, /reopen in May/)).toMatch(/river authority/i);
    expect(nameOf(x, /will not move/)).toMatch(/farmer/i);
    expect(nameOf(x, /dam will hold/)).not.toBe('Northland TV');
  });
});

describe('claimants13: the outlet\'s own reckoning names no one', () => {
  it('leaves "By Valley\'s count" on Valley Radio\'s page and "Taken together, the figures put ..." without a claimant', () => {
    const x = read([
      'The river rose again at Marbek on Friday, the Monitor said. By Valley\'s count, at least 21 people drowned on both banks. By the Monitor\'s count, 30 boats sank. By Dorvik Farmers\' count, 12 cows drowned.',
      'Northland TV put the dead in Dorvik at 9. Taken together, the figures put the dead on both banks at 40. The Monitor\'s figures put the missing at 12.',
    ]);
    expect(nameOf(x, /21 people drowned/)).toBeNull();
    expect(nameOf(x, /dead on both banks at 40/)).toBeNull();
    // Another's count and figures keep their author.
    expect(nameOf(x, /30 boats sank/)).toBe('monitor');
    expect(nameOf(x, /12 cows drowned/)).toBe('Dorvik Farmers');
    expect(nameOf(x, /missing at 12/)).toBe('monitor');
    expect(nameOf(x, /dead in Dorvik at 9/)).toBe('north-tv');
  });
});

describe('claimants13: the outlet sets one figure against another', () => {
  it('leaves ", far fewer than the president\'s figure" to the outlet and keeps the speaker\'s own comparison', () => {
    const x = read([
      'The river rose again at Marbek on Friday. The Monitor said 13 people drowned in Dorvik, far fewer than the president\'s figure. Rebels said 30 boats sank, more than in any year since 2010.',
    ]);
    expect(nameOf(x, /13 people drowned/)).toBe('monitor');
    expect(nameOf(x, /far fewer than the president/)).toBeNull();
    expect(nameOf(x, /more than in any year/)).toBe('Rebels');
  });
});

describe('claimants13: a part of the speaker\'s count after a dash', () => {
  it('gives "— five of them in Friday\'s storm" to the speaker of the count before it, not a dash after an unattributed clause', () => {
    const x = read([
      'The river rose again at Marbek on Friday. Northland has lost 14 boats since March, the Monitor says — five of them in Friday\'s storm. Some 9,000 people have fled since March, according to UN figures, — more than 1,000 of them in the past three days alone.',
      'Some 400 families live in Dorvik — most of them in the old town.',
    ]);
    expect(nameOf(x, /five of them in Friday/)).toBe('monitor');
    expect(nameOf(x, /1,000 of them in the past three days/)).toBe('un');
    expect(nameOf(x, /most of them in the old town/)).toBeNull();
  });
});

describe('claimants13: "police" before the reporting verb is the speaker\'s noun', () => {
  it('reads "Dorvik police say ..." as the police speaking, not "Crews police the banks and say ..."', () => {
    const x = read([
      'The river rose again at Marbek on Friday. Dorvik police say around thirty people were hurt. Crews police the river banks and say the water is falling.',
    ]);
    expect(nameOf(x, /thirty people were hurt/)).toBe('Dorvik police');
    expect(nameOf(x, /water is falling/)).toBeNull();
  });
});

describe('claimants13: a named speaker in apposition goes on with "adding that"', () => {
  it('gives ", a river police commander, Capt Ida Lorn, told Valley Radio, adding that ..." to Ida Lorn in both clauses', () => {
    const x = read([
      'The river rose again at Marbek on Friday. More than 70 people were pulled from the water, a river police commander, Capt Ida Lorn, told Valley Radio, adding that the search would go on through the night.',
      'Boats were pulled from the water near Dorvik, adding to the pile of wrecks on the bank.',
    ]);
    expect(x.claims.filter((c) => c.evidence.some((e) => /More than 70 people/.test(e.quote))).every((c) => x.newActors.find((a) => a.key === c.claimants[0])?.name === 'Ida Lorn')).toBe(true);
    expect(nameOf(x, /search would go on/)).toBe('Ida Lorn');
    expect(nameOf(x, /pile of wrecks/)).toBeNull();
  });
});

describe('claimants13: "he added" after a spokesman for a body', () => {
  it('gives "..., he added." to the body whose spokesman spoke in the sentence before, and "she said" after a named person to her', () => {
    const x = read([
      'The river rose again at Marbek on Friday. The boats sank near Dorvik during a rescue, a spokesman for the Northland army told Valley Radio. Two crews swam ashore, he added.',
      'Ilona Kovacs visited Dorvik on Saturday. The bridge will reopen in May, a spokesman for the Monitor said. Kovacs met the mayor of Dorvik. The water is falling, she said.',
    ]);
    expect(nameOf(x, /Two crews swam ashore/)).toBe('north-army');
    expect(nameOf(x, /water is falling/)).toBe('kovacs');
  });
});

describe('claimants13: ", she went on." closes a speaker\'s sentence', () => {
  it('gives ", she went on." to the speaker before, not "the flood went on" nor ", and the search continued"', () => {
    const x = read([
      'The river rose again at Marbek on Friday. Ilona Kovacs said the dam would hold. The water was falling every hour, she went on. The rain stopped on Sunday and the flood went on. Boats reached Dorvik, and the search continued.',
    ]);
    expect(nameOf(x, /falling every hour/)).toBe('kovacs');
    expect(nameOf(x, /flood went on/)).toBeNull();
    expect(nameOf(x, /search continued/)).toBeNull();
  });
});

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

  it('gives the quotation to the speaker the label names, in ordinary case', () => {
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

describe('claimants19: what the round-16 review left', () => {
  it('gives "a statement from last Tuesday said" no speaker: a time is no author, and the statement is none either', () => {
    const x = read(['Valley Radio news', 'A statement from last Tuesday said the dam would hold.', 'A statement from the Northland army said the bridge would reopen.']);
    expect(names(x, /dam would hold/)).toEqual([]);
    expect(names(x, /bridge would reopen/)).toEqual(['north-army']);
  });

  it('reads "Dorvik Heights, Northland:" over a quotation as where it was said, since the graph knows Dorvik and Northland', () => {
    const x = read([
      'Valley Radio news',
      'The river burst its banks on Monday.',
      'Dorvik Heights, Northland:',
      '“The water came at night.”',
      // A look-alike: a person with a role over a quotation is its speaker, even with a known place in the role.
      'Lena Barakat, farmer near Dorvik:',
      '“We lost the harvest.”',
      // And so is a person with their town.
      'Jonas Brekke, Dorvik:',
      '“The bridge is gone.”',
    ]);
    expect(names(x, /water came at night/)).toEqual([]);
    expect(names(x, /lost the harvest/)).toEqual(['Lena Barakat']);
    expect(names(x, /bridge is gone/)).toEqual(['Jonas Brekke']);
  });
});

describe('claimants19: an international organisation\'s parts, and an army\'s command', () => {
  const x = read([
    'Valley Radio news',
    'About 800 families have fled Marbek, the UN humanitarian office OCHA said.',
    'Roughly half, UN officials add, had fled once before.',
    'Some 300 people sleep in tents near Dorvik, according to the U.N. refugee office.',
    // A look-alike: an envoy named by the organisation speaks as herself.
    'UN envoy Pia Moll said talks would resume.',
    'Northland troops took the bridge at Dorvik, the army\'s general command said on Tuesday.',
    // A look-alike: another side's command is no army the graph knows.
    'The rebels\' high command said the bridge would be retaken.',
  ]);

  it('gives the UN its humanitarian office with its acronym, its officials, and its office behind a dotted acronym', () => {
    expect(names(x, /800 families/)).toEqual(['un']);
    expect(names(x, /Roughly half/)).toEqual(['un']);
    expect(names(x, /sleep in tents/)).toEqual(['un']);
    expect(names(x, /talks would resume/)).toEqual(['Pia Moll']);
  });

  it('gives "the army\'s general command" to the army the page names, and no other side\'s command to it', () => {
    expect(names(x, /took the bridge/)).toEqual(['north-army']);
    expect(names(x, /would be retaken/)).not.toContain('north-army');
    expect(names(x, /would be retaken/).length).toBe(1);
  });
});

describe('claimants19: a part of the figure the sentence before gave', () => {
  const x = read([
    'Valley Radio news',
    'More than 600 homes were flooded on Sunday, the Monitor said. Of those, 40 were in Marbek.',
    'Northland says 14 of its soldiers have been killed since March 1. Five of them died near Dorvik.',
    // Look-alikes: a share in words speaks of people, not of the count; a part of a figure the outlet gave has no source.
    'About 300 families reached Dorvik on Monday, the Monitor said. Most of them crossed the river by boat.',
    'The storm killed 12 people. Of the dead, nine were in Marbek.',
  ]);

  it('carries the source of the figure to "Of those, ..." and "Five of them ...", reported in its voice', () => {
    expect(names(x, /40 were in Marbek/)).toEqual(['monitor']);
    expect(claim(x, /40 were in Marbek/).modality).toBe('REPORTED');
    expect(names(x, /died near Dorvik/)).toEqual(['northland']);
  });

  it('carries nothing to a share in words, nor from a sentence with no source', () => {
    expect(names(x, /crossed the river by boat/)).toEqual([]);
    expect(names(x, /nine were in Marbek/)).toEqual([]);
  });
});

describe('claimants19: "she says" after a person the page has only named', () => {
  it('gives the pronoun the person named just before, whom the graph does not know', () => {
    const x = read(['Valley Radio news', 'In a field near Dorvik, Lena Barakat and her three children sleep in a tent.', '"We left Marbek with nothing," she says.']);
    expect(names(x, /left Marbek with nothing/)).toEqual(['Lena Barakat']);
  });

  it('gives it no one when the page named no person before it', () => {
    const x = read(['Valley Radio news', 'The river rose again near Dorvik overnight.', '"We left Marbek with nothing," she says.']);
    expect(names(x, /left Marbek with nothing/)).toEqual([]);
  });
});

describe('claimants19: what a review of round 17 found (each fails on the round before its mend)', () => {
  it('keeps an organisation\'s capitalised office its own, and a later source after a document of a time', () => {
    const x = read([
      'Valley Radio news',
      'The UN Mission said talks would resume.',
      'A video from Friday shows troops entering Marbek, according to the Monitor.',
      'A statement from last Tuesday said the dam would hold, the Monitor reported.',
    ]);
    expect(names(x, /talks would resume/)).toEqual(['un']);
    expect(names(x, /troops entering Marbek/)).toEqual(['monitor']);
    expect(names(x, /dam would hold/)).toEqual(['monitor']);
  });

  it('gives "she says" the person named before the quotation, not one named inside it', () => {
    const x = read(['Valley Radio news', 'Lena Barakat fled Marbek on Monday.', '"Jonas Brekke lost his home and his goats," she says.']);
    expect(names(x, /his goats/)).toEqual(['Lena Barakat']);
  });

  it('carries a figure\'s source only to a number of it, after a sentence that gave a figure, not a date', () => {
    const x = read([
      'Valley Radio news',
      'More than 600 homes were flooded, the Monitor said. Of those, most were in Marbek.',
      'Some 300 people fled Marbek, the Monitor said. Of the two roads out, one is mined.',
      'Aid convoys reached Marbek on 4 March, the Monitor said. Of the trucks, nine were turned back at Dorvik.',
      'More than 600 homes burned, the Monitor said. Of the 600 homes, 40 were in Dorvik.',
    ]);
    expect(names(x, /most were in Marbek/)).toEqual([]);
    expect(names(x, /one is mined/)).toEqual([]);
    expect(names(x, /turned back at Dorvik/)).toEqual([]);
    expect(names(x, /40 were in Dorvik/)).toEqual(['monitor']);
  });

  it('reads a person whose first name is a known place, or whose surname ends as a place, over a timecode, as that person', () => {
    const k = knowledge();
    const dorvik = k.places.find((p) => p.key === 'dorvik')!;
    const world = { ...k, places: [...k.places, { ...dorvik, key: 'florence', name: 'Florence', aliases: ['Florence'], description: 'A city.' }] };
    const x = read(['Valley Radio news', 'The river rose.', 'Florence Adeyemi, Dorvik:', '“The bridge went at night.”', '[00:14] Julia River:', '“We waited for hours.”'], 'Valley Radio', '2021-03-05', world);
    expect(names(x, /bridge went at night/)).toEqual(['Florence Adeyemi']);
    expect(names(x, /waited for hours/)).toEqual(['Julia River']);
  });

  it('reads a bracketed clip label before a short quotation or a single quotation mark, and a name with an apostrophe', () => {
    const x = read(['Valley TV', 'PRESENTER: The river rose.', '[SOT — SEAN O\'BRIEN, FARMER] "Everything is gone."', '[SOT — ANNA BERG, FARMER] ‘The water came at night.’']);
    expect(names(x, /Everything is gone/)).toEqual(["Sean O'Brien"]);
    expect(names(x, /water came at night/)).toEqual(['Anna Berg']);
    const quotes = [...claim(x, /Everything is gone/).evidence, ...claim(x, /water came at night/).evidence].map((e) => e.quote);
    expect(quotes.length).toBe(2);
    for (const q of quotes) expect(q).not.toMatch(/SOT/);
  });
});

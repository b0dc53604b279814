import { describe, expect, it } from 'vitest';
import { findAttribution, modalityOf, resolvePronoun } from '../../src/ingest/attribution.js';
import { splitUnits } from '../../src/ingest/clauses.js';
import { inherits } from '../../src/ingest/extract.js';
import { EntityIndex, proposeEntities } from '../../src/ingest/entities.js';
import { findQuantities } from '../../src/ingest/quantities.js';
import { Tags } from '../../src/ingest/text.js';
import { TopicMatcher } from '../../src/ingest/topics.js';
import { knowledge } from './fixtures.js';

const index = new EntityIndex(knowledge());
const all = (text: string) => ({ start: 0, end: text.length });

describe('entity links through the alias table', () => {
  it('links every alias, longest first, in any case', () => {
    const text = 'The Regional Monitor for Civil Rights said Northland troops entered marbek; the Monitor counted.';
    expect(index.link(text).map((m) => [m.text, m.entity?.key, m.via])).toEqual([
      ['Regional Monitor for Civil Rights', 'monitor', 'alias'],
      ['Northland troops', 'north-army', 'alias'],
      ['marbek', 'marbek', 'alias'],
      ['the Monitor', 'monitor', 'alias'],
    ]);
  });

  it('links a spelling that differs from a known name by one letter, or by a particle', () => {
    const text = 'Troops entered Marbak. Minister Omar al-Haddad spoke.';
    expect(index.link(text).map((m) => [m.text, m.entity?.key, m.via])).toEqual([
      ['Marbak', 'marbek', 'spelling'],
      ['Omar al-Haddad', 'omar-haddad', 'spelling'],
    ]);
    // A longer word is not a spelling of a shorter name ("Northlander" is not "Northland").
    expect(index.link('A Northlanders group.').map((m) => m.text)).toEqual([]);
  });

  it('proposes names it does not know, and not the ones it does', () => {
    const text = 'Troops reached the village of Tel Halab near Marbek, where Northland army commander Yusuf Demir met Ilona Kovacs.';
    const known = index.link(text);
    const proposed = proposeEntities(text, all(text), known).map((m) => [m.text, m.proposedType]);
    expect(proposed).toEqual(expect.arrayContaining([['Tel Halab', 'place'], ['Yusuf Demir', 'actor']]));
    expect(proposed.map(([name]) => name)).not.toContain('Marbek');
    expect(proposed.map(([name]) => name)).not.toContain('Ilona Kovacs');
  });

  it('proposes a body named with an organisation\'s word as that kind of body, and a person as a person', () => {
    const text = 'In Marbek, the World Health Organization and the Kestrel Health Ministry said clinics were full, as did Yusuf Demir.';
    const kinds = Object.fromEntries(proposeEntities(text, all(text), index.link(text)).map((m) => [m.text, m.proposedKind]));
    expect(kinds['World Health Organization']).toBe('INTERNATIONAL_ORGANISATION');
    expect(kinds['Kestrel Health Ministry']).toBe('GOVERNMENT_BODY');
    expect(kinds['Yusuf Demir']).toBe('PERSON');
  });
});

describe('attribution and claimant', () => {
  const attribution = (text: string) => {
    const a = findAttribution(text, all(text), new Tags(text, all(text)), index);
    return a && { phrase: text.slice(a.phrase.start, a.phrase.end), claimant: a.claimant?.key ?? null, verb: a.verb, pronoun: a.pronoun };
  };

  it('finds "X said", ", X said." and "according to X"', () => {
    expect(attribution('The Monitor said that 40 people died.')).toEqual({ phrase: 'The Monitor', claimant: 'monitor', verb: 'said', pronoun: false });
    expect(attribution('Forty people died in Marbek, the Regional Monitor for Civil Rights said.')).toMatchObject({ claimant: 'monitor', verb: 'said' });
    expect(attribution('Some 40,000 people have fled, according to the United Nations, since January.')).toMatchObject({ claimant: 'un', verb: 'according to' });
    expect(attribution('On Friday, the Northland army warned it would respond.')).toMatchObject({ claimant: 'north-army', verb: 'warned' });
  });

  it('finds "X told Y" after a quotation, and "Y quoted X as saying"', () => {
    expect(attribution('"We will clear the road," Ilona Kovacs told reporters.')).toMatchObject({ claimant: 'kovacs', verb: 'told' });
    expect(attribution('"The road is open," state radio quoted the Northland army as saying.')).toMatchObject({ claimant: 'north-army', verb: 'quoted' });
  });

  it('takes the head of the phrase: a role after a known name is someone else, to be proposed', () => {
    expect(attribution('A Northland army source said the road was open.')).toMatchObject({ phrase: 'A Northland army source', claimant: null });
    expect(attribution('Northland army spokeswoman Ilona Kovacs said the road was open.')).toMatchObject({ claimant: 'kovacs' });
    expect(attribution('The Monitor and UN officials said the road was open.')).toMatchObject({ claimant: 'monitor' });
  });

  it('resolves "he" and "it" to the last claimant of the right kind', () => {
    const a = findAttribution('It said 12 died.', all('It said 12 died.'), new Tags('It said 12 died.', all('It said 12 died.')), index)!;
    expect(a.pronoun).toBe(true);
    const history = [index.entity('actor', 'monitor')!, index.entity('actor', 'kovacs')!];
    expect(resolvePronoun(a, 'It said 12 died.', history)?.key).toBe('monitor');
    const he = findAttribution('He said 12 died.', all('He said 12 died.'), new Tags('He said 12 died.', all('He said 12 died.')), index)!;
    expect(resolvePronoun(he, 'He said 12 died.', history)?.key).toBe('kovacs');
  });

  it('tells the modality from the verb and the words', () => {
    const m = (text: string, future = false) => modalityOf(text, [all(text)], findAttribution(text, all(text), new Tags(text, all(text)), index), future);
    expect(m('The Monitor said 40 people died.')).toBe('REPORTED');
    expect(m('"We have cleared the whole road today," Ilona Kovacs told reporters.')).toBe('QUOTED');
    expect(m('The Northland army threatened to strike the town.')).toBe('THREATENED');
    expect(m('The Monitor accused the army of shelling the town.')).toBe('ALLEGED');
    expect(m('The Northland army denied the report.')).toBe('DENIED');
    expect(m('Its capture will secure the road.')).toBe('PREDICTED');
    expect(m('A delegation goes to the capital soon.', true)).toBe('PREDICTED');
    expect(m('Rain flooded the town.')).toBe('ASSERTED');
  });
});

describe('claim units', () => {
  const units = (text: string) => {
    const tags = new Tags(text, all(text));
    const q = findQuantities(text, all(text), { tags });
    return splitUnits(text, all(text), tags, index.link(text), q).map((u) => ({ kind: u.kind, quotes: u.spans.map((s) => text.slice(s.start, s.end)) }));
  };

  it('cuts before ", which" and ", but", never inside a quotation', () => {
    expect(units('Rebels hold much of River province, which is home to 3 million people.')).toEqual([
      { kind: 'clause', quotes: ['Rebels hold much of River province'] },
      { kind: 'relative', quotes: ['which is home to 3 million people.'] },
    ]);
    expect(units('The army declined to comment, but the Monitor has counted repeated strikes on the town.')).toEqual([
      { kind: 'clause', quotes: ['The army declined to comment'] },
      { kind: 'clause', quotes: ['but the Monitor has counted repeated strikes on the town.'] },
    ]);
    expect(units('"We tried hard, but the road is still closed," Ilona Kovacs said.')).toEqual([
      { kind: 'sentence', quotes: ['"We tried hard, but the road is still closed," Ilona Kovacs said.'] },
    ]);
  });

  it('keeps the subject of a relative clause in the middle of a sentence with both parts', () => {
    expect(units('Northland, which has troops near the border, has repeatedly called for talks.')).toEqual([
      { kind: 'relative', quotes: ['Northland, which has troops near the border'] },
      { kind: 'clause', quotes: ['Northland', 'has repeatedly called for talks.'] },
    ]);
  });

  it('cuts coordinated predicates and gives the second its subject, and an "as" clause with its own subject', () => {
    expect(units('The shelling has killed more than 300 civilians and sent some 5,000 people fleeing to the border.')).toEqual([
      { kind: 'clause', quotes: ['The shelling has killed more than 300 civilians'] },
      { kind: 'clause', quotes: ['The shelling', 'sent some 5,000 people fleeing to the border.'] },
    ]);
    expect(units('The army took new ground in the north as the Northland army sends more troops to the region.')).toEqual([
      { kind: 'clause', quotes: ['The army took new ground in the north'] },
      { kind: 'clause', quotes: ['as the Northland army sends more troops to the region.'] },
    ]);
    expect(units('Government forces took the town on Thursday as they pushed north.')).toEqual([
      { kind: 'sentence', quotes: ['Government forces took the town on Thursday as they pushed north.'] },
    ]);
  });

  it('makes an apposition that states a count or stands between dashes a unit of its own', () => {
    const found = units('Fighters were seen in Marbek, a town of 110,000 residents now almost empty.');
    expect(found).toContainEqual({ kind: 'appositive', quotes: ['Marbek, a town of 110,000 residents now almost empty'] });
    expect(units('The army holds Marbek — the last rebel town in the north — with heavy guns.')).toContainEqual({
      kind: 'appositive',
      quotes: ['Marbek — the last rebel town in the north'],
    });
  });
});

describe('topic proposals', () => {
  const matcher = new TopicMatcher(knowledge(), index);
  const time = (start: string, end: string) => ({ start, end, precision: 'DAY' as const });

  it('proposes a topic only for a quantity in its unit whose context fits', () => {
    const displaced = { focus: 'some 52,000 people', text: 'Some 52,000 people have fled their homes in River province since January.', entities: ['river-province'], time: time('2021-01-01', '2021-03-10'), value: 52_000, unit: 'person' };
    expect(matcher.forQuantity(displaced)?.key).toBe('displaced-since-january');
    expect(matcher.forQuantity({ ...displaced, unit: 'vehicle' })).toBeNull();
  });

  it('refuses a value ten times off, a time that does not fit, a count of other people, and a road not named', () => {
    const base = { focus: 'nine Northland soldiers', text: 'An ambush killed nine Northland soldiers on Monday.', entities: ['north-army'], time: time('2021-03-01', '2021-03-01'), value: 9, unit: 'person' };
    expect(matcher.forQuantity(base)?.key).toBe('soldiers-killed-march-1');
    expect(matcher.forQuantity({ ...base, value: 900 })).toBeNull();
    expect(matcher.forQuantity({ ...base, time: time('2021-03-05', '2021-03-05') })).toBeNull();
    expect(matcher.forQuantity({ ...base, time: undefined })).toBeNull();
    expect(matcher.forQuantity({ ...base, focus: 'nine civilians', text: 'An ambush killed nine civilians on Monday.' })).toBeNull();
    const road = { focus: '10 km', text: 'Only 10 km of the road is still blocked by mud.', entities: [] as string[], time: undefined, value: 10, unit: 'km' };
    expect(matcher.forQuantity(road)).toBeNull();
    const named = { ...road, text: 'Only 10 km of Route 9 is still blocked by mud.', entities: ['route-9'] };
    expect(matcher.forQuantity(named)?.key).toBe('route-9-blocked');
    // Named a sentence before counts for "a claim must name the road", not for the score: "the road" alone is too little.
    expect(matcher.forQuantity({ ...road, context: ['route-9'] })).toBeNull();
  });
});

describe('which units a sentence\'s speaker says', () => {
  it('gives a speaker coordinated after ", but" only the clause after it', () => {
    const text = 'Northland and Norden held three hours of talks in Dorvik on Saturday, but it was reported by Northland TV that the talks ended without a deal.';
    const tags = new Tags(text, all(text));
    const units = splitUnits(text, all(text), tags, index.link(text), findQuantities(text, all(text), { tags }));
    const a = findAttribution(text, all(text), tags, index);
    expect(a && text.slice(a.phrase.start, a.phrase.end)).toBe('Northland TV');
    const said = units.map((u) => [text.slice(u.body.start, u.body.end), inherits(text, all(text), u, a!)] as const);
    expect(said.length).toBeGreaterThan(1);
    expect(said.find(([t]) => /^Northland and Norden held/.test(t))?.[1]).toBe(false);
    expect(said.find(([t]) => /ended without a deal/.test(t))?.[1]).toBe(true);
  });
});

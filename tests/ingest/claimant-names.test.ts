/**
 * New actors named as the article names them (round 11), on pages written for these tests: a short form takes the
 * full name the article prints, a description takes the medium or person it refers back to. Each test also holds a
 * look-alike that must keep its own name.
 */
import { describe, expect, it } from 'vitest';
import { claim, knowledge, nameOf, read } from './fixtures.js';

describe('claimant names: a short form takes the full name the article prints', () => {
  it('reads "Mr Sánchez" as Pedro Sánchez, and "Calloway" as Calloway News Service', () => {
    const x = read([
      'Prime Minister Pedro Sánchez met the regional president, Quim Torra, in Marbek on Thursday.',
      'Mr Sánchez called the meeting "a first step" after years of confrontation.',
      'Mr Torra told reporters afterwards that he had pressed for a referendum.',
      'Calloway News Service and Northland TV agree that the army holds Marbek.',
      'Calloway, citing its man at the border, put the convoy at some 350 vehicles.',
      'Mr Brennan, a shopkeeper in Dorvik, said the price of bread had doubled.',
      'Ashby, a farmer who lives on Ashby Lane, said the convoy passed at dawn.',
    ]);
    expect(nameOf(x, /a first step/)).toBe('Pedro Sánchez');
    expect(nameOf(x, /pressed for a referendum/)).toBe('Quim Torra');
    expect(nameOf(x, /some 350 vehicles/)).toBe('Calloway News Service');
    // No full name is printed: the short form stays; a street is no organisation.
    expect(nameOf(x, /price of bread/)).toBe('Mr Brennan');
    expect(nameOf(x, /passed at dawn/)).toBe('Ashby');
  });

  it('keeps a newspaper\'s name whole and of its kind, so "it" and "the paper" find it', () => {
    const x = read([
      'The Bellbird Post said the build-up had done nothing to slow the army.',
      'Citing officers at the front, the Ashcombe Herald reports that Northland troops hold all of Route 9.',
      'The paper notes that the road joins Marbek with Dorvik.',
      'The Cairnfield Gazette says the army moved at night. It describes the front as quiet.',
      "The Northland army's latest figures put the dead at 12.",
    ]);
    expect(nameOf(x, /build-up had done nothing/)).toBe('Bellbird Post');
    expect(nameOf(x, /road joins Marbek/)).toBe('Ashcombe Herald');
    expect(nameOf(x, /describes the front/)).toBe('Cairnfield Gazette');
    const gazette = x.newActors.find((a) => a.name === 'Cairnfield Gazette');
    expect(gazette?.kind).toBe('MEDIA');
    // A body's figures still speak for the body.
    expect(nameOf(x, /put the dead at 12/)).toBe('north-army');
  });
});

describe('claimant names: a possessive mouthpiece and a placed group', () => {
  it('reads "his office said" as the person the sentence names, or the body that serves them when the graph knows it', () => {
    const x = read([
      'Governor Talia Brandt condemned the killings and ordered an inquiry, her office said in a statement.',
      'President Vesna Hollis will visit Marbek on Friday, her office said.',
    ]);
    expect(nameOf(x, /ordered an inquiry/)).toBe('Talia Brandt');
    expect(claim(x, /will visit Marbek/).claimants).toEqual(['north-presidency']);
  });

  it('keeps "in Binnesh" of "Witnesses in Binnesh, north-east of Dorvik," and not the apposition', () => {
    const x = read([
      'Witnesses in Binnesh, north-east of Dorvik, said a column of 40 vehicles drove through the town.',
      'Farmers near Marbek, some 8 km from Dorvik, said the shelling had stopped.',
    ]);
    expect(nameOf(x, /column of 40 vehicles/)).toBe('Witnesses in Binnesh');
    expect(nameOf(x, /shelling had stopped/)).toBe('Farmers near Marbek');
  });
});

describe('claimant names: bare residents and witnesses take the town the sentence names', () => {
  it('names "residents" of the town and "witnesses" in it, and leaves them bare without a town', () => {
    const x = read([
      'A column of 60 armoured vehicles rolled into Marbek on Tuesday, residents said.',
      'Shelling hit the market in Dorvik at noon, witnesses said.',
      'Bread ran out across River province, residents said.',
      'The convoy moved at night, witnesses said.',
    ]);
    expect(nameOf(x, /rolled into Marbek/)).toBe('Residents of Marbek');
    expect(nameOf(x, /market in Dorvik/)).toBe('Witnesses in Dorvik');
    // A province is no town, and a sentence without a place keeps the bare noun.
    expect(nameOf(x, /Bread ran out/)).toBe('Residents');
    expect(nameOf(x, /moved at night/)).toBe('Witnesses');
  });
});

describe("claimant names: a state's body named by what it does", () => {
  const world = () => {
    const k = knowledge();
    const more: typeof k.actors = [
      { key: 'southland', name: 'Southland', kind: 'STATE', description: 'A state.', aliases: ['Southland', 'Southlander'] },
      { key: 'south-defence', name: 'Southland defence ministry', kind: 'GOVERNMENT_BODY', description: 'A ministry.', aliases: ["Southland's defence ministry"], memberOf: 'southland' },
      { key: 'south-troops', name: 'Southland troops', kind: 'MILITARY', description: 'An army.', aliases: ['Southland troops', 'Southland soldiers'], memberOf: 'southland' },
    ];
    // The river country is Northland: its places lie in it, and its army belongs to it.
    const country = { key: 'northland-country', name: 'Northland', kind: 'COUNTRY' as const, description: 'A country.', aliases: ['Northland'], location: { lat: 37, lon: 34, precision: 'COUNTRY' as const } };
    const places = k.places.map((p) => (p.key === 'river-province' ? { ...p, within: 'northland-country' } : p));
    const actors = k.actors.map((a) => (a.key === 'north-army' ? { ...a, memberOf: 'northland' } : a));
    return { ...k, places: [...places, country], actors: [...actors, ...more] };
  };
  const page = (lines: string[]) => read(lines, undefined, undefined, world());

  it('reads "its defence ministry" as the ministry of the state named before, and "the army" as the army of the country where it happens', () => {
    const x = page([
      'Southland has lost nine soldiers near Marbek this week, its defence ministry said.',
      'Twelve Southland soldiers have died since March, according to the defence ministry.',
      'Southland troops dug in near Dorvik overnight. The army said it held Marbek by noon.',
      'Omar Haddad visited Marbek on Monday, his foreign ministry said.',
    ]);
    expect(claim(x, /lost nine soldiers/).claimants).toEqual(['south-defence']);
    expect(claim(x, /Twelve Southland soldiers/).claimants).toEqual(['south-defence']);
    // The nearest troops named are Southland's, but Marbek lies in Northland.
    expect(claim(x, /held Marbek by noon/).claimants).toEqual(['north-army']);
    // No known place, in the sentence or the paragraph before: the army stays a description.
    const y = page(['The army said it had lost two helicopters over the sea.']);
    expect(y.newActors.find((a) => a.key === claim(y, /two helicopters/).claimants[0])?.name).toBe('Army');
    // A person with no state in the graph has no ministry to give: the description stays a new actor.
    expect(x.newActors.find((a) => a.key === claim(x, /visited Marbek/).claimants[0])?.name).toBe('Foreign ministry');
  });
});

describe("claimant names: an outlet's reporter speaks for the outlet", () => {
  it('reads "our political correspondent" as the outlet and "its correspondent" as the newspaper named before', () => {
    const x = read([
      'Our political correspondent said two more ministers had resigned.',
      'The Bellbird Post has followed the siege from the start. Its correspondent writes that the army now wants Route 9 as well.',
      'Our correspondents Ana Brisk and Tom Lee said the road was empty.',
    ]);
    expect(nameOf(x, /two more ministers/)).toBe('Valley Radio');
    expect(nameOf(x, /wants Route 9/)).toBe('Bellbird Post');
    // Named correspondents speak for themselves.
    expect(nameOf(x, /road was empty/)).not.toBe('Valley Radio');
  });
});

describe("claimant names: a capital or a leader's government speaks for the state", () => {
  it('reads a capital the graph does not know as its government, and "Hollis\'s government" as her state', () => {
    const x = read([
      'Madrid has ruled out a second referendum.',
      'The government in Athens has promised to close the camp by June.',
      "Vesna Hollis's government said it would rebuild the bridge at Marbek.",
      'Sofia said the bridge had been closed since Monday.',
    ]);
    expect(nameOf(x, /second referendum/)).toBe('Spanish government');
    expect(nameOf(x, /close the camp/)).toBe('Greek government');
    expect(claim(x, /rebuild the bridge/).claimants).toEqual(['northland']);
    // A capital that is also a given name stays a person's name.
    expect(nameOf(x, /closed since Monday/)).not.toBe('Bulgarian government');
  });
});

describe('claimant names: people near a body are not the body', () => {
  it('reads "sources close to the Northland army" as a new group, and "Northland army sources" as the army\'s', () => {
    const x = read([
      'Sources close to the Northland army said part of the force had dug in near Marbek.',
      'A source familiar with the talks said a deal was near.',
      'The Northland army said it had lost two helicopters.',
    ]);
    expect(nameOf(x, /dug in near Marbek/)).toBe('Sources close to the Northland army');
    expect(nameOf(x, /deal was near/)).toBe('Source familiar with the talks');
    expect(claim(x, /two helicopters/).claimants).toEqual(['north-army']);
  });
});

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

describe('claimants18: what a review of the round found (each passed on the code before the round, or fails without its fix)', () => {
  it('keeps a statement without a verb before an inverted "said" as the statement, not the speaker', () => {
    const x = read([
      'Valley Radio news',
      'A catastrophe for the whole valley, said the mayor of Dorvik.',
      'Forty homes, maybe more, said Omar Haddad.',
      'Water everywhere, said Sandvik, a farmer near Dorvik.',
      // The speaker and an apposition before "said" (the round's fix) still read the clause after it as what was said.
      'Sandvik, who farms near Dorvik, said the river was still rising.',
    ]);
    expect(names(x, /catastrophe for the whole valley/)).toEqual(['Mayor of Dorvik']);
    expect(names(x, /Forty homes/)).toEqual(['omar-haddad']);
    expect(names(x, /Water everywhere/)).toEqual(['Sandvik']);
    expect(names(x, /river was still rising/)).toEqual(['Sandvik']);
  });

  it('takes surnames that are also place words (Hills, Church, Bay) as surnames, and a first name for its full name', () => {
    const x = read([
      'Valley Radio news',
      'Dorvik farmer Carla Hills said the harvest was lost.',
      'Its founder, Lima Church, spoke on Monday. Lima said the clinic was full.',
      'Lena Bay, farmer:',
      '“We lost the harvest.”',
    ]);
    expect(names(x, /harvest was lost/)).toEqual(['Carla Hills']);
    expect(names(x, /clinic was full/)).toEqual(['Lima Church']);
    expect(names(x, /We lost the harvest/)).toEqual(['Lena Bay']);
  });

  it('finds the full name behind a surname printed with a bare apostrophe or a "-led"', () => {
    const x = read([
      'Valley Radio news',
      'Ana Moss’ farm was flooded on Monday. “We lost everything,” Moss said.',
      'The Tarek Aziz-led council met on Tuesday. Aziz said the bridge was safe.',
    ]);
    expect(names(x, /We lost everything/)).toEqual(['Ana Moss']);
    expect(names(x, /bridge was safe/)).toEqual(['Tarek Aziz']);
  });

  it('places a full name where it is printed, whatever the spaces between its words', async () => {
    const { fullNamesEndingIn } = await import('../../src/ingest/claimants.js');
    const text = 'That was Deniz  Ergun in Dorvik. Then Mira\u00a0Ergun spoke.';
    const found = fullNamesEndingIn(text, 'ERGUN', true);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Deniz  Ergun', 'Mira\u00a0Ergun']);
    expect(found.map((f) => f.name)).toEqual(['Deniz Ergun', 'Mira Ergun']);
  });

  it('reads no author in "the video from Friday showed", and the author in "footage by X, carried by Y, showed"', () => {
    const x = read(['Valley Radio news', 'The video from Friday showed soldiers on the bridge.', 'Footage by the Regional Monitor, carried by the Kestrel Courier, showed the bridge.']);
    expect(names(x, /soldiers on the bridge/)).toEqual([]);
    expect(names(x, /Footage by the Regional Monitor/)[0]).toBe('Regional Monitor');
  });
});

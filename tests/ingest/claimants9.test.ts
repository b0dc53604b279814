/**
 * Claimant forms of round 9, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { claim, nameOf, read } from './fixtures.js';

describe('claimants9: a new sayer keeps the place that tells it apart', () => {
  it('names "farmers in Velsk", "a ferry captain near Dorvik", but not "county" nor the place after a personal name', () => {
    const x = read([
      'Farmers in Velsk said the frost had killed the young wheat.',
      'Villagers in Ostrava county told the station that the wells had run dry.',
      '"The ice came early," a ferry captain near Dorvik said.',
      'Jana Kolar in Marbek said the school had closed.',
      'The bakeries reopened in Velsk on Friday, the traders said.',
    ]);
    expect(nameOf(x, /frost had killed/)).toBe('Farmers in Velsk');
    expect(nameOf(x, /wells had run dry/)).toBe('Villagers in Ostrava');
    expect(nameOf(x, /ice came early/)).toBe('Ferry captain near Dorvik');
    // One person in a role, whatever place follows the role.
    expect(x.newActors.find((a) => a.name === 'Ferry captain near Dorvik')?.kind).toBe('PERSON');
    // A personal name with where the person was is the person.
    expect(nameOf(x, /school had closed/)).toBe('Jana Kolar');
    // A place in the reported words is not the sayer's.
    expect(nameOf(x, /bakeries reopened/)).toBe('Traders');
  });
});

describe('claimants9: a pronoun sayer and statements made', () => {
  it('reads "He repeated that", "It made the pledge", and a commission as a body that "it" refers back to', () => {
    const x = read([
      'The Marbek Electoral Commission said on Monday that the Unity List had won 40 of the 60 seats. Turnout was 52 percent, it added.',
      'Mayor Tomas Reval said the bridge at Dorvik would reopen. He repeated that the ferries would run until then, and accused the Northland army of blocking the road.',
      'The Dorvik port authority promised to clear the harbour. It made the pledge in a statement on Friday.',
      'The ferry crews repeated the drill at dawn, the sirens sounding twice.',
    ]);
    const commission = x.newActors.find((a) => a.name === 'Marbek Electoral Commission');
    expect(commission?.kind).not.toBe('PERSON');
    expect(claim(x, /Turnout was 52 percent/).claimants).toEqual([commission!.key]);
    const mayor = claim(x, /bridge at Dorvik would reopen/).claimants;
    expect(mayor).toHaveLength(1);
    expect(claim(x, /ferries would run until then/).claimants).toEqual(mayor);
    expect(claim(x, /It made the pledge/).claimants).toEqual(claim(x, /promised to clear the harbour/).claimants);
    expect(claim(x, /It made the pledge/).claimants).toHaveLength(1);
    // A thing that repeats something is no sayer.
    expect(claim(x, /ferry crews repeated the drill/).claimants).toEqual([]);
  });
});

describe('claimants9: the speaker going on after a mid-sentence attribution', () => {
  it('carries ", X said, a day after securing ..." and "a day after they took ...", not "a day after the town fell"', () => {
    const x = read([
      'Northland troops pushed into villages west of Marbek, the Monitor said, a day after securing the whole of Route 9.',
      'Northland troops entered Velsk, the Monitor said, a day after they took the bridge at Dorvik.',
      'Shops in Dorvik reopened, the Monitor said, a day after the curfew ended.',
      "Northland's army vowed on Sunday to keep up its campaign, days after capturing the bridge at Velsk.",
    ]);
    expect(claim(x, /a day after securing the whole of Route 9/).claimants).toEqual(['monitor']);
    expect(claim(x, /a day after they took the bridge/).claimants).toEqual(['monitor']);
    expect(claim(x, /a day after the curfew ended/).claimants).toEqual([]);
    // After an opening speaker the circumstance stays the outlet's.
    expect(claim(x, /days after capturing the bridge at Velsk/).claimants).toEqual([]);
  });
});

describe('claimants9: a figure put by someone', () => {
  it("reads \"X put Northland's army's losses at 40\" as X's figure, not \"put the town's sandbags at the gate\"", () => {
    const x = read([
      "The Monitor put Northland's army's losses at 40 dead since Friday.",
      "Volunteers put the town's sandbags at the river gate on Friday.",
    ]);
    expect(claim(x, /army's losses at 40/).claimants).toEqual(['monitor']);
    expect(claim(x, /sandbags at the river gate/).claimants).toEqual([]);
  });
});

describe("claimants9: by X's account", () => {
  it("reads \"By the Monitor's account, ...\" as the Monitor's, not a payment \"by the council's account\"", () => {
    const x = read(["By the Monitor's account, 30 houses burned in Velsk on Friday.", "The ferry fee was paid by the council's account at the Dorvik bank."]);
    expect(claim(x, /30 houses burned in Velsk/).claimants).toEqual(['monitor']);
    expect(claim(x, /ferry fee was paid/).claimants).toEqual([]);
  });
});

/**
 * Claimant forms of round 11, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, read } from './fixtures.js';

describe('claimants11: soundbite headers and labels in other shapes', () => {
  it('reads a numbered SB header ending on a dash, a bulleted SOT with its language, and a same-line interpreted or voiced label', () => {
    const x = read([
      'SOUNDBITES:',
      'SB1 — Mira Tallon, mother of three — Dorvish —',
      '"We left Marbek in the night. There was no bread left."',
      'SB2 — Ferry captain Oskar Velde — Dorvish — (engine noise under)',
      '"Forty boats come in every morning, and none of them leave full."',
      '• 0:41 (SOT, Low Dorvish) Hanne Brask, teacher in Dorvik:',
      '"The school has no roof since Tuesday."',
      'ACTUALITY — FORMER FERRYMAN, BY PHONE (Dorvish, interpreted): "Nobody crosses the river any more."',
      'LINA ORSK (voiced): We ran at night. We did not even close the door.',
      '▪ 01.02 — (SOUNDBITE) (Dorvish) Ferry hand near Marbek, name withheld:',
      '"The boats waited until morning."',
      'PETRA LUND (host): The river rose by two metres at Marbek on Friday.',
      'Ferry traffic (Dorvish: ferjan) stopped at Marbek on Friday.',
    ]);
    expect(nameOf(x, /no bread left/)).toBe('Mira Tallon');
    expect(nameOf(x, /Forty boats come in/)).toBe('Oskar Velde');
    expect(nameOf(x, /none of them leave full/)).toBe('Oskar Velde');
    expect(nameOf(x, /no roof since Tuesday/)).toBe('Hanne Brask');
    expect(nameOf(x, /Nobody crosses the river/)).toBe('Former Ferryman');
    expect(nameOf(x, /We ran at night/)).toBe('Lina Orsk');
    expect(nameOf(x, /did not even close the door/)).toBe('Lina Orsk');
    expect(nameOf(x, /boats waited until morning/)).toBe('Ferry hand near Marbek');
    // A host's label and a bracketed gloss in the outlet's own sentence are no soundbite.
    expect(nameOf(x, /river rose by two metres/)).toBeNull();
    expect(nameOf(x, /Ferry traffic/)).toBeNull();
  });
});

describe('claimants11: a field reporter\'s first-person account under other signatures', () => {
  it('reads a signature line with no time, a "(reporting)" label and a fronted place before "I"', () => {
    const x = read([
      'Vera Holm, near Dorvik',
      'The ferry stopped running at noon. I counted more than 30 lorries at the quay this afternoon.',
      '— Aksel Rude, Marbek',
      'From the hillside here I\'ve counted 12 boats in the last hour alone.',
      'OLA BRENN (reporting): Rebels say they crossed the river. I watched another column head north this morning.',
      'Harbour Closes, Ferries Stop',
      'I have seen nothing like it, a fisherman said.',
      'The Bridge At Marbek',
      'I counted the days until the river fell.',
    ]);
    expect(nameOf(x, /counted more than 30 lorries/)).toBe('Vera Holm');
    expect(nameOf(x, /counted 12 boats/)).toBe('Aksel Rude');
    expect(nameOf(x, /watched another column/)).toBe('Ola Brenn');
    // The outlet's own sentence under the signature, and a title-case headline with no place after a comma, name no reporter.
    expect(nameOf(x, /ferry stopped running/)).toBeNull();
    expect(nameOf(x, /counted the days/)).toBeNull();
  });
});

describe('claimants11: reporting verbs and clauses the speaker keeps', () => {
  it('reads "reckons", "describe ... as", "repeated on <day> that", a quoted word in "put the number at", "which calls" and "raising its tally"', () => {
    const x = read([
      'The Monitor reckons about 40,000 people live in Marbek.',
      'Diplomats describe relations between Marbek and Dorvik as their worst in a decade.',
      'Omar Haddad repeated on Friday that the ferry must stop by March.',
      'Troops repeated the drill on Friday at the quay.',
      'Omar Haddad, speaking before he flew to Dorvik, put the number of boats "seized" at between 30 and 35.',
      'About 9,000 people have left Marbek since May, according to the Monitor, which calls the exodus a disaster.',
      'Ferries stop at Dorvik, which calls itself the capital of the river.',
      'Four fishermen drowned on Friday, the Monitor said, raising its tally since May to 31.',
      'Rain fell all week, raising its level to four metres.',
      'They asked us to describe the road to Marbek.',
    ]);
    expect(nameOf(x, /40,000 people live/)).toBe('monitor');
    expect(nameOf(x, /worst in a decade/)).toBe('Diplomats');
    expect(nameOf(x, /ferry must stop/)).toBe('omar-haddad');
    expect(nameOf(x, /between 30 and 35/)).toBe('omar-haddad');
    expect(nameOf(x, /exodus a disaster/)).toBe('monitor');
    expect(nameOf(x, /tally since May/)).toBe('monitor');
    // Resembling sentences that name no speaker.
    expect(nameOf(x, /repeated the drill/)).toBeNull();
    expect(nameOf(x, /capital of the river/)).toBeNull();
    expect(nameOf(x, /raising its level/)).toBeNull();
    expect(nameOf(x, /describe the road/)).toBeNull();
  });
});

describe('claimants11: a message described as blunt names its sender', () => {
  it('gives "X\'s message to Y was blunt: ..." and "His message ... was blunt:" to the sender, not a message that is only described', () => {
    const x = read([
      "Hollis's message to Norden yesterday was blunt: pull the troops back from Marbek by March.",
      'Omar Haddad said on Friday that the ferry would stop at Dorvik.',
      'His message to Marbek was blunt: "Whoever shells the ferry will regret it."',
      'The message to Marbek was delayed for two days by the floods.',
      "The ferry's answer to the floods was simple: it stopped running.",
    ]);
    expect(nameOf(x, /pull the troops back/)).toBe('vesna-hollis');
    expect(nameOf(x, /Whoever shells the ferry/)).toBe('omar-haddad');
    expect(nameOf(x, /delayed for two days/)).toBeNull();
    expect(nameOf(x, /it stopped running/)).toBeNull();
  });
});

describe('claimants11: a state body named by its capital, and a lettered shot before a soundbite header', () => {
  it('gives "the presidency in Norden" to the state\'s own presidency, not diplomats posted there nor a body in a town that is no capital', () => {
    const x = read([
      'The ferry will not run before March, the presidency in Norden said.',
      'The army in Norden said two boats had been seized at Marbek.',
      'Diplomats in Norden said the talks would go on.',
      'Officials in Marbek said the quay had flooded.',
    ]);
    expect(nameOf(x, /ferry will not run/)).toBe('north-presidency');
    expect(nameOf(x, /two boats had been seized/)).toBe('north-army');
    expect(nameOf(x, /talks would go on/)).not.toBe('northland');
    expect(nameOf(x, /talks would go on/)).not.toBe('north-presidency');
    expect(nameOf(x, /quay had flooded/)).not.toBe('north-presidency');
  });
  it('reads past a shot\'s letter "(d) 1:02" before the soundbite marker', () => {
    const x = read(['(d) 1:02 SOUNDBITE (Dorvish) Ferry hand, declined to give name:', '"The boats waited until morning."']);
    expect(nameOf(x, /boats waited until morning/)).toBe('Ferry hand');
  });
});

describe('claimants11: a transcript label with its role in lower-case brackets, and a source who spoke to the reporter', () => {
  it('reads past "NAME (reporting): " to the speaker, and gives "X spoke to me by phone:" to the reporter', () => {
    const x = read([
      'OLA BRENN (reporting): Fishermen say they lost six boats near Marbek. A ferry hand who left Dorvik on Friday spoke to me by phone:',
      'PETRA LUND (host): The ferry stopped on Friday. A ferry hand spoke to the council by phone on Friday.',
    ]);
    expect(nameOf(x, /lost six boats/)).toBe('Fishermen');
    expect(nameOf(x, /spoke to me by phone/)).toBe('Ola Brenn');
    // The host's own sentences, and someone who spoke to another, stay the outlet's.
    expect(nameOf(x, /ferry stopped on Friday/)).toBeNull();
    expect(nameOf(x, /spoke to the council/)).toBeNull();
  });
});

describe('claimants11: an apposition opened by an adverb between the speaker and the verb', () => {
  it('gives "Northland, already home to 9,000 refugees, says ..." to Northland, not a sentence where the apposition is the subject', () => {
    const x = read([
      'Northland, already home to 9,000 refugees from Marbek, says it will not open the bridge.',
      'Dorvik, already home to 9,000 refugees, has no school left.',
    ]);
    expect(nameOf(x, /will not open the bridge/)).toBe('northland');
    expect(nameOf(x, /no school left/)).toBeNull();
  });
});

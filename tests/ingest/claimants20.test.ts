/**
 * Claimant forms of round 18, on pages written for these tests. Each test also holds a sentence that only resembles the
 * form and must keep its claimants (or its lack of one).
 */
import { describe, expect, it } from 'vitest';
import { claim, names, read } from './fixtures.js';

describe('claimants20: a speaker described by a participle or a clause of its own', () => {
  const x = read([
    'Valley Radio news',
    'Campaigners opposed to the dam say they have gathered 85,000 signatures.',
    'Families I met at a camp near Dorvik said they had moved three times.',
    // Look-alikes: a participle that is the sentence's own verb, coordinated with the reporting verb.
    'The Northland army moved to the town and said it held it.',
    'Officials met for three hours in Norden on Saturday, the Monitor said.',
  ]);

  it('reads "campaigners opposed to the dam" and "families I met at a camp" as the speakers', () => {
    expect(names(x, /85,000 signatures/)).toEqual(['Campaigners opposed to the dam']);
    expect(names(x, /moved three times/)).toEqual(['Families I met at a camp near Dorvik']);
    expect(names(read(['Valley Radio news', 'Soldiers he saw near Marbek said the road was open.']), /road was open/)).toEqual(['Soldiers he saw near Marbek']);
  });

  it('still reads a verb before "and said", or before a place, as the verb', () => {
    expect(names(x, /moved to the town/)).toEqual(['north-army']);
    expect(names(x, /three hours in Norden/)).toEqual(['monitor']);
  });
});

describe('claimants20: a statement read on television, and comments carried by a medium', () => {
  const x = read([
    'Valley Radio news',
    'The Northland army took full control of Marbek on Saturday, a military statement read on Northland state television said.',
    'A military statement read on Northland TV on Sunday said troops had cleared Dorvik.',
    'Northland, in comments carried by Northland state television, called the rebels "terrorists".',
    // A look-alike: a statement read on television with no author before it names the medium only.
    'Troops reached Route 9, a statement read on Northland state television said.',
  ]);

  it('gives the army and the channel for "a military statement read on state television said"', () => {
    expect(names(x, /full control of Marbek/)).toEqual(['north-army', 'north-tv']);
    expect(names(x, /cleared Dorvik/)).toEqual(['north-army', 'north-tv']);
  });

  it('gives the speaker and the medium for "X, in comments carried by Y, called ..."', () => {
    expect(names(x, /"terrorists"/)).toEqual(['northland', 'north-tv']);
  });

  it('names the channel alone when the statement has no author', () => {
    expect(names(x, /reached Route 9/)).toEqual(['north-tv']);
  });
});

describe('claimants20: a count given, a report found, an ultimatum in the present', () => {
  const x = read([
    'Valley Radio news',
    'The Monitor put the number of army vehicles that entered River province in the 24 hours to Saturday morning at 430, bringing the total since Tuesday to 1,200.',
    'A UN report found that 300 homes had been destroyed.',
    'Wed 5 Feb — Vesna Hollis gives the rebels until the end of February to pull back behind Route 9.',
    'Mon 10 Feb — Five more soldiers die in an attack near Dorvik, the Monitor says.',
    'The Monitor, for its part, blames the army for the floods.',
    // Look-alikes: a report named by its month, and a present headline with no source.
    'The February report found that 20 homes had been destroyed.',
    'Thu 6 Feb — Five soldiers die in an attack near Marbek.',
  ]);

  it('reads "X put the number of ... at 430" over a long noun phrase, and the running total after it', () => {
    expect(names(x, /at 430/)).toEqual(['monitor']);
    expect(names(x, /1,200/)).toEqual(['monitor']);
  });

  it('reads "A UN report found" as the UN\'s, and not "The February report found"', () => {
    expect(names(x, /300 homes/)).toEqual(['un']);
    expect(names(x, /20 homes/)).toEqual([]);
  });

  it('reads a timeline entry\'s ultimatum and its closing source', () => {
    expect(names(x, /gives the rebels/)).toEqual(['vesna-hollis']);
    expect(names(x, /Five more soldiers/)).toEqual(['monitor']);
    expect(names(x, /near Marbek/)).toEqual([]);
  });

  it('keeps a fronted description before its speaker a claim of its own ("Already host to ...", not a present verb)', () => {
    const y = read(['Valley Radio news', 'Already host to 3.6 million refugees, Northland said it could take no more.']);
    expect(claim(y, /Already host to/).evidence.map((e) => e.quote)).toEqual(['Already host to 3.6 million refugees, Northland']);
  });

  it('reads "X, for its part, blames ..." and "X, which works from Y, counts ..." as X\'s', () => {
    expect(names(x, /for the floods/)).toEqual(['monitor']);
    expect(names(read(['Valley Radio news', 'The Monitor, which works from Norden, counts 30 dead in Marbek.']), /30 dead/)).toEqual(['monitor']);
  });
});

describe('claimants20: a relative clause with a speaker of its own', () => {
  const x = read([
    'Valley Radio news',
    'Omar Haddad, 77, faces 16 charges of fraud linked to a 1990s arms deal, all of which he denies.',
    // A look-alike: "of whom" with no subject of its own is part of the count.
    'Floods killed 12 people in Dorvik, three of whom were children, the Monitor said.',
  ]);

  it('gives "all of which he denies" to the person, and the charges to the outlet', () => {
    expect(names(x, /he denies/)).toEqual(['omar-haddad']);
    expect(names(x, /faces 16 charges/)).toEqual([]);
  });

  it('keeps a count\'s "three of whom were children" with its source', () => {
    expect(names(x, /Floods killed 12/)).toEqual(['monitor']);
    expect(names(x, /three of whom/)).toEqual(['monitor']);
  });
});

describe('claimants20: "he said" after an organisation\'s unnamed spokesman', () => {
  const x = read([
    'Valley Radio news',
    'Nearly 690,000 people have fled their homes since December, a United Nations spokesman said in Geneva on Monday. More than 140,000 of them left in the past week alone, he said.',
  ]);

  it('gives "he said" to the organisation the spokesman speaks for', () => {
    expect(names(x, /690,000/)).toEqual(['un']);
    expect(names(x, /140,000/)).toEqual(['un']);
  });
});

describe('claimants20: relays and places around the speaker', () => {
  const x = read([
    'Valley Radio news',
    'A meeting of the two presidents is "not on the agenda", Ilona Kovacs was cited by Northland TV as saying.',
    'Part of the column set up a position at Dorvik, according to two residents reached by telephone.',
    'Vesna Hollis gave the rebels until the end of February to withdraw, the Bellbird Post reports, quoting her speech to lawmakers in Norden.',
    'The Monitor accused the army of shelling Marbek. And in Norden the presidency blamed the rebels for the floods.',
    "Norden's presidency says seven soldiers were killed.",
    // A look-alike: a capital's office that is no state body stays a new actor of its own.
    "Norden's mayor says the bridge will reopen.",
  ]);

  it('reads "X was cited by Y as saying" as X through Y', () => {
    expect(names(x, /not on the agenda/)).toEqual(['kovacs', 'north-tv']);
  });

  it('takes no channel from the means of a call ("reached by telephone")', () => {
    expect(names(x, /reached by telephone/)).toEqual(['Residents of Dorvik']);
  });

  it('gives "quoting her speech" to the person whose speech it is, named in the sentence', () => {
    expect(names(x, /until the end of February/)).toEqual(['vesna-hollis', 'Bellbird Post']);
  });

  it('reads a capital fronted without its comma, and a capital\'s possessive, as the state\'s body', () => {
    expect(names(x, /blamed the rebels/)).toEqual(['north-presidency']);
    expect(names(x, /seven soldiers/)).toEqual(['north-presidency']);
    expect(names(x, /bridge will reopen/)).toEqual(["Norden's mayor"]);
  });
});

describe('claimants20: "the same estimates" and a quotation after a body\'s words', () => {
  const x = read([
    'Valley Radio news',
    'About 3 million people live in River province, UN estimates show. About half of them had already fled once, the same estimates suggest.',
    // A look-alike: "the same estimates" after a sentence that gave none is not that sentence's speaker's.
    'Kovacs rejected the count. A third of them are children, the same estimates suggest.',
    'The national disaster agency, NDA, said more than 200 neighbourhoods were under water.',
    '“Water at the Marbek floodgate has reached alert level 1. Residents along the river should move to higher ground now.”',
    '04 — Karin Ruppelt, witness:',
    '“He did not brake. He just kept going.”',
    // A look-alike: a quotation after a paragraph in the outlet's own voice has no speaker.
    'The floodgate was built in 1931.',
    '“Nobody expected the water to rise so fast.”',
  ]);

  it('gives "the same estimates suggest" to the source of the sentence before that gave them', () => {
    expect(names(x, /half of them/)).toEqual(['un']);
    expect(names(x, /A third of them/)).not.toContain('kovacs');
  });

  it('gives a quotation paragraph to the body whose words close the paragraph before', () => {
    expect(names(x, /alert level 1/)).toEqual(['NDA']);
    expect(names(x, /higher ground/)).toEqual(['NDA']);
  });

  it('gives a quotation to the person a numbered header line names, a blank line above it', () => {
    expect(names(x, /did not brake/)).toEqual(['Karin Ruppelt']);
    expect(names(x, /kept going/)).toEqual(['Karin Ruppelt']);
  });

  it('gives no speaker to a quotation after the outlet\'s own voice', () => {
    expect(names(x, /Nobody expected/)).toEqual([]);
  });
});

describe('claimants20: look-alikes the round\'s review found', () => {
  const x = read([
    'Valley Radio news',
    'A Marbek report found that 20 homes had been destroyed.',
    'A Northland army report found that 300 homes had been destroyed.',
    'The Monitor gives shelter to 300 families until the end of March.',
    'The new law gives tenants until June to leave their homes.',
    'In Dorvik, a small town, reports of looting spread quickly.',
    'A former general who still commands respect, Kovacs said the army would withdraw.',
    'About 40,000 people have fled River province, UN figures show.',
    '“We left with nothing.”',
    'Northland TV showed troops entering Marbek.',
    '“Victory is ours.”',
  ]);

  it('reads a report\'s author only when the graph knows it', () => {
    expect(names(x, /20 homes/)).toEqual([]);
    expect(names(x, /300 homes/)).toEqual(['north-army']);
  });

  it('reads no ultimatum in "gives shelter ... until" or in a law that "gives tenants until June"', () => {
    expect(names(x, /gives shelter/)).toEqual([]);
    expect(names(x, /gives tenants/)).toEqual([]);
  });

  it('reads a plural noun after two commas as a noun ("reports of looting")', () => {
    expect(names(x, /looting/)).toEqual([]);
  });

  it('keeps the speaker after a fronted description with a relative clause in the present', () => {
    expect(names(x, /would withdraw/)).toEqual(['kovacs']);
  });

  it('gives a quotation paragraph no speaker after figures or pictures', () => {
    expect(names(x, /left with nothing/)).toEqual([]);
    expect(names(x, /Victory is ours/)).toEqual([]);
  });
});

describe('claimants20: one list of the participles a speaker speaks in', () => {
  it('reads "X shrugged it off, telling reporters ..." as X\'s, as "..., saying ..." was', () => {
    const x = read(['Valley Radio news', 'Vesna Hollis shrugged it off, telling reporters the dam would hold.', 'Omar Haddad defended the plan, saying the river would fall.']);
    expect(names(x, /dam would hold/)).toEqual(['vesna-hollis']);
    expect(names(x, /river would fall/)).toEqual(['omar-haddad']);
  });
});


/**
 * Claimant forms of round 12, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, read } from './fixtures.js';

describe('claimants12: the outlet\'s caveat after a speaker\'s words', () => {
  it('leaves "without giving details" and "a claim X could not verify" to the outlet, and keeps the speaker\'s own clauses', () => {
    const x = read([
      'Hollis and the Monitor\'s director met in Norden on Tuesday, the Northland presidency said, without giving details of what was agreed.',
      'Fishermen said they had pulled nine bodies from the river near Dorvik, a claim Valley Radio could not verify.',
      'Rebels said they had retaken two villages east of Marbek, but the claim could not be independently verified.',
      'Rebels said they had crossed the river near Dorvik, and the Northland army lost two boats in the fighting.',
      'The Monitor said 40 people died in Marbek, a figure that rose to 45 by Friday.',
    ]);
    expect(nameOf(x, /met in Norden on Tuesday/)).toBe('north-presidency');
    expect(nameOf(x, /without giving details/)).toBeNull();
    expect(nameOf(x, /pulled nine bodies/)).toBe('Fishermen');
    expect(nameOf(x, /Valley Radio could not verify/)).toBeNull();
    expect(nameOf(x, /retaken two villages/)).toBe('Rebels');
    expect(nameOf(x, /claim could not be independently verified/)).toBeNull();
    // The speaker's own second clause stays the speaker's.
    expect(nameOf(x, /lost two boats/)).toBe('Rebels');
  });
});

describe('claimants12: clips and on-screen names over a recorded voice', () => {
  it('reads a SUPER with the language spoken, a barred [CLIP | ...] header, a voiced-over label and a read-by note', () => {
    const x = read([
      'ANCHOR: The river has risen again at Marbek.',
      '01:10 SUPER: Captain Aldo Brisk, river police (Dorvish)',
      '"The water came through every door. By noon the square was a lake."',
      '01:30 SUPER: Marbek, River province',
      '"Nobody here has seen a flood like it."',
      '[CLIP | Col. Tarek Vosk, army spokesman | Dorvish, voiced]',
      '"Our boats will stay until the last family is out."',
      '[IDA LORN | Dorvish, voiced]',
      '"We waited on the roof for two days."',
      '[Marbek | Tuesday]',
      '"Bread ran out on Monday."',
      'ARCHIVE CLIP — GEN. PAVO REN, ARMY CHIEF (Dorvish, voiced over): "The bridge will be rebuilt by spring."',
      'EMMA SOLT (her words read by a Valley Radio producer): We slept in the school. There were no blankets left.',
      'MARKET TRADERS (in the square): prices doubled overnight.',
    ]);
    expect(nameOf(x, /water came through every door/)).toBe('Aldo Brisk');
    expect(nameOf(x, /square was a lake/)).toBe('Aldo Brisk');
    expect(nameOf(x, /last family is out/)).toBe('Tarek Vosk');
    expect(nameOf(x, /waited on the roof/)).toBe('Ida Lorn');
    expect(nameOf(x, /rebuilt by spring/)).toBe('Pavo Ren');
    expect(nameOf(x, /slept in the school/)).toBe('Emma Solt');
    expect(nameOf(x, /no blankets left/)).toBe('Emma Solt');
    // A place's super with no language, a bracketed place and day, and a bracket that is no voicing note name no speaker.
    expect(nameOf(x, /seen a flood like it/)).toBeNull();
    expect(nameOf(x, /Bread ran out/)).toBeNull();
    expect(nameOf(x, /prices doubled overnight/)).toBeNull();
  });
});

describe('claimants12: the plural present of reporting verbs after their subject', () => {
  it('reads "X dispute that", "X also report that", "Polls suggest", "Most analysts think", and leaves the nouns alone', () => {
    const x = read([
      'Northland TV says troops now hold the market in Marbek. Rebel sources dispute that. They tell us fighting goes on in the old town.',
      'Local media also report that troops entered Dorvik earlier this week.',
      'Polls suggest voters in River province remain split on the dam.',
      'Most analysts think the first aim is Route 9 rather than the whole province.',
      'The gunman, a soldier, opened fire on Saturday after a dispute over a debt, police said.',
      'Results of the vote were still unknown on Tuesday after an app used to report them failed, party officials said.',
      'The weekly report that the ministry issued was late.',
      'They think of nothing else, a fisherman said.',
    ]);
    expect(nameOf(x, /Rebel sources dispute that/)).toBe('Rebel sources');
    expect(nameOf(x, /fighting goes on in the old town/)).toBe('Rebel sources');
    expect(nameOf(x, /troops entered Dorvik/)).toBe('Local media');
    expect(nameOf(x, /remain split on the dam/)).toBe('Polls');
    expect(nameOf(x, /first aim is Route 9/)).toBe('Most analysts');
    // A noun or an infinitive of the same words, and "think of", leave the sentence to whoever closes it.
    expect(nameOf(x, /dispute over a debt/)).toBe('Police');
    expect(nameOf(x, /app used to report them/)).toBe('Party officials');
    expect(nameOf(x, /weekly report that the ministry issued/)).toBeNull();
    expect(nameOf(x, /think of nothing else/)).toBe('Fisherman');
  });
});

describe('claimants12: conceding, insisting, warning and fearing in the plural present', () => {
  it('reads them after an opening subject and closing a sentence, and leaves an infinitive or a pronoun\'s belief alone', () => {
    const x = read([
      'Several of those boats are now stranded behind the flood line, Northland officials concede.',
      'Aid groups warn that the dam could fail within days.',
      'Officials fear food shortages in a region where many already go hungry.',
      'Residents insist the bridge was never inspected.',
      'Most are heading north, because they believe the water will not reach the hills.',
      'The army used loudspeakers to warn residents, a soldier said.',
      'The council has no reason to deny it.',
    ]);
    expect(nameOf(x, /stranded behind the flood line/)).toBe('Northland officials');
    expect(nameOf(x, /dam could fail/)).toBe('Aid groups');
    expect(nameOf(x, /food shortages/)).toBe('Officials');
    expect(nameOf(x, /never inspected/)).toBe('Residents');
    expect(nameOf(x, /Most are heading north/)).toBeNull();
    expect(nameOf(x, /loudspeakers to warn/)).toBe('Soldier');
    expect(nameOf(x, /no reason to deny/)).toBeNull();
  });
});

describe('claimants12: a personal pronoun inside the sentence that names its person', () => {
  it('reads "X went further: ..., she said" as X even after another person spoke', () => {
    const x = read([
      'The toll rose to 40 overnight, Omar Haddad told Valley Radio.',
      'On Wednesday Vesna Hollis went further: the dam, she said, would be opened by force.',
      'Kovacs spoke in Norden. The river, she said, was falling.',
    ]);
    expect(nameOf(x, /opened by force/)).toBe('vesna-hollis');
    // Named in an earlier sentence only: the last person who spoke.
    expect(nameOf(x, /river, she said, was falling/)).toBe('kovacs');
  });
});

describe('claimants12: a closing speaker with a relative clause of its own', () => {
  it('reads "..., NAME, who runs the X, told Y." and "..., the Monitor, which ..., said."', () => {
    const x = read([
      'Some 150 of them crossed on Wednesday, Omar Haddad, who runs the ferry office, told Valley Radio.',
      'The toll rose to 40 overnight, the Monitor, which has a network of sources in the province, said.',
      'Troops reached Marbek, which lies on the river, on Tuesday.',
    ]);
    expect(nameOf(x, /150 of them crossed/)).toBe('omar-haddad');
    expect(nameOf(x, /toll rose to 40/)).toBe('monitor');
    expect(nameOf(x, /Troops reached Marbek/)).toBeNull();
  });
});

describe('claimants12: a subject that only looks like a sayer', () => {
  it('leaves a passive subject ("was declared the winner") to the outlet', () => {
    const x = read(['Hollis was declared the winner in May with 38 percent of the vote, setting off months of protests.', 'Northland TV declared the town taken on Friday.']);
    expect(nameOf(x, /declared the winner/)).toBeNull();
    expect(nameOf(x, /declared the town taken/)).toBe('north-tv');
  });
  it('reads "Casualty counts mostly come from ..." as a plural noun, and "The Monitor counts 40 dead" as a count', () => {
    const x = read(['Casualty counts mostly come from the Monitor; official ones from Northland TV.', 'The Monitor counts 40 dead in Marbek.']);
    expect(nameOf(x, /Casualty counts mostly come/)).toBeNull();
    expect(nameOf(x, /counts 40 dead/)).toBe('monitor');
  });
  it('gives "in what analysts called ..." its label only, not the clause before it', () => {
    const x = read(['The Monitor put the army\'s losses at 13. Taken together, that makes at least 21 dead, in what analysts called the worst clash in years.']);
    expect(nameOf(x, /that makes at least 21 dead/)).toBeNull();
    expect(nameOf(x, /in what analysts called/)).toBe('Analysts');
  });
});

describe('claimants12: a superlative label given with "call"', () => {
  it('reads "X call relations between A and B the worst since ..." and "X call the flood the largest ...", not a name given', () => {
    const x = read([
      'Diplomats call relations between Norden and Marbek the worst since the war.',
      'Aid groups call the flood the largest in a century.',
      'Residents call the bridge the Old Span.',
    ]);
    expect(nameOf(x, /relations between Norden and Marbek/)).toBe('Diplomats');
    expect(nameOf(x, /largest in a century/)).toBe('Aid groups');
    expect(nameOf(x, /the Old Span/)).toBeNull();
  });
});

describe('claimants12: "according to" a named author\'s figures', () => {
  it('reads "according to UN figures" as the UN\'s, and leaves unnamed "official figures" alone', () => {
    const x = read([
      'Some 70,000 people have fled their homes since January, according to UN figures.',
      'Turnout was low, according to official figures.',
    ]);
    expect(nameOf(x, /fled their homes since January/)).toBe('un');
    expect(nameOf(x, /Turnout was low/)).toBeNull();
  });
});

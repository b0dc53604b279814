/**
 * Claimant forms of round 12, on pages written for these tests (fictional places and people). Each test also holds a
 * sentence that only resembles the form and must keep its claimant (or lack of one).
 */
import { describe, expect, it } from 'vitest';
import { claim, knowledge, nameOf, read } from './fixtures.js';

describe('claimants14: a question put to the speaker, or how the outlet reached them, between speaker and verb', () => {
  it('reads "X, asked about Y, repeated that" and "X reached by telephone insisted"', () => {
    const x = read([
      'The Northland Interior Ministry, asked about the convoy, repeated that the bridge was closed.',
      'A ferry captain reached by telephone insisted that the crossing was safe.',
      'Farm leaders reached by the Dorvik Courier disputed that account.',
      'Villagers reached by boat found the bridge gone.',
    ]);
    expect(nameOf(x, /repeated that the bridge/)).toBe('Northland Interior Ministry');
    expect(nameOf(x, /crossing was safe/)).toMatch(/^(?:a )?ferry captain$/i);
    expect(nameOf(x, /disputed that account/)).toMatch(/^farm leaders$/i);
    // Reaching a place is no speech.
    expect(nameOf(x, /found the bridge gone/)).toBeNull();
  });
});

describe("claimants14: another medium's staff, camera and pictures", () => {
  it("gives what a medium's cameraman or camera filmed, and its pictures showed, to that medium; the outlet's own camera to the outlet", () => {
    const x = read(
      [
        'Ravenhill Newsfilm, a video agency, sent two crews to the river.',
        "Ravenhill's camera filmed tanks moving towards Marbek.",
        "Kestrel TV's cameraman filmed soldiers near Dorvik on Monday.",
        "Valley Radio's camera filmed boats in the square.",
        'Northland TV aired pictures of the dam. The channel\'s pictures showed a town emptied of its people.',
        "Ida Lorn's team watched the count.",
      ],
      'Valley Radio',
    );
    const kindOf = (name: string) => x.newActors.find((a) => a.name === name)?.kind;
    expect(nameOf(x, /tanks moving towards Marbek/)).toBe('Ravenhill Newsfilm');
    expect(kindOf('Ravenhill Newsfilm')).toBe('NEWS_AGENCY');
    expect(nameOf(x, /soldiers near Dorvik/)).toBe('Kestrel TV');
    expect(kindOf('Kestrel TV')).toBe('BROADCASTER');
    expect(nameOf(x, /boats in the square/)).toBe('Valley Radio');
    expect(nameOf(x, /town emptied of its people/)).toBe('north-tv');
    // A person's team is no medium.
    const team = x.newActors.find((a) => a.key === claim(x, /watched the count/).claimants[0]);
    expect(team).toBeDefined();
    expect(['MEDIA', 'NEWS_AGENCY', 'BROADCASTER']).not.toContain(team!.kind);
  });

  it('names no new actor "Channel" when no channel was named before', () => {
    const x = read(["The channel's pictures showed a town emptied of its people."]);
    expect(nameOf(x, /town emptied/)).toBeNull();
    expect(x.newActors.map((a) => a.name)).not.toContain('Channel');
  });
});

describe('claimants14: a figure put at a vague amount, a label given, a medium that had shown', () => {
  it('reads "X put the march at several hundred", "X calls what is happening the worst", "X brands every Y a Z", "X had earlier shown"', () => {
    const x = read([
      'Ostrava 24 put the march at several hundred people.',
      'The floods put the harvest at risk.',
      'The Monitor calls what is happening the worst crisis in years.',
      'Norden brands every armed group there a terrorist organisation.',
      'The terms of the deal were kept secret.',
      'Northland TV had earlier shown soldiers raising a flag over Marbek.',
      'The survey had shown a rise in prices.',
    ]);
    expect(nameOf(x, /march at several hundred/)).toBe('Ostrava 24');
    expect(nameOf(x, /worst crisis in years/)).toBe('monitor');
    expect(nameOf(x, /terrorist organisation/)).toBe('northland');
    expect(nameOf(x, /raising a flag/)).toBe('north-tv');
    // A thing put at risk, the terms of a deal and a survey are nobody speaking.
    expect(nameOf(x, /harvest at risk/)).toBeNull();
    expect(nameOf(x, /deal were kept secret/)).toBeNull();
    expect(nameOf(x, /rise in prices/)).toBeNull();
  });
});

describe('claimants14: two states referred back to together', () => {
  const world = () => {
    const w = knowledge();
    return {
      ...w,
      actors: [
        ...w.actors,
        { key: 'southland', name: 'Southland', kind: 'STATE' as const, description: 'A state.', aliases: ['Southland'] },
        { key: 'ada-brenn', name: 'Ada Brenn', kind: 'PERSON' as const, description: 'President of Southland.', aliases: ['Ada Brenn', 'Brenn'], memberOf: 'southland' },
      ],
      places: [...w.places, { key: 'sudburg', name: 'Sudburg', kind: 'CITY' as const, description: 'Capital of Southland; on the coast.', aliases: ['Sudburg'], location: { lat: 30, lon: 30, precision: 'LOCALITY' as const } }],
    };
  };

  it('gives "both governments said" after two leaders, and "Both capitals insist" after two capitals, to the two states', () => {
    const x = read(
      [
        'Vesna Hollis and Ada Brenn discussed the dam by phone on Friday, both governments said.',
        'Norden backs the farmers and Sudburg the fishermen. Both capitals insist they still work together.',
      ],
      'Valley Radio',
      '2021-03-05',
      world(),
    );
    expect(claim(x, /discussed the dam/).claimants.sort()).toEqual(['northland', 'southland']);
    expect(claim(x, /still work together/).claimants.sort()).toEqual(['northland', 'southland']);
    // With fewer than two named before, no one, and no new actor "Both governments".
    const one = read(['Vesna Hollis spoke to farmers in Marbek on Friday.', 'Talks on the dam will resume in May, both governments said.'], 'Valley Radio', '2021-03-05', world());
    expect(claim(one, /resume in May/).claimants).toEqual([]);
    expect(one.newActors.map((a) => a.name)).not.toContain('Both governments');
  });
});

describe("claimants14: an army's command", () => {
  it('gives "the Northland army\'s general command vowed" and a later "the general command said" to the army, not another side\'s command', () => {
    const x = read([
      "The Northland army's general command vowed to hold Marbek.",
      'In a statement read on Northland TV, the general command said its units had reached Dorvik.',
      "The rebels' high command said its fighters had left the river.",
    ]);
    expect(nameOf(x, /vowed to hold Marbek/)).toBe('north-army');
    expect(nameOf(x, /units had reached Dorvik/)).toBe('north-army');
    expect(nameOf(x, /fighters had left the river/)).not.toBe('north-army');
  });
});

describe("claimants14: the outlet's comment resuming what it reports in a noun", () => {
  it('keeps ", a step Norden has pressed for" and ", a move the Monitor and the UN have demanded" as the outlet\'s, not the speaker\'s', () => {
    const x = read([
      'Vesna Hollis said she would reopen the bridge at Dorvik, a step Norden has pressed for.',
      'Omar Haddad promised to free the prisoners, a move the Monitor and the UN have demanded for months.',
      'The Monitor said the dam would hold, a step towards calm that the ministry disputed.',
    ]);
    expect(nameOf(x, /reopen the bridge at Dorvik/)).toBe('vesna-hollis');
    expect(nameOf(x, /a step Norden has pressed for/)).toBeNull();
    expect(nameOf(x, /free the prisoners/)).toBe('omar-haddad');
    expect(claim(x, /a move the Monitor and the UN/).claimants).toEqual([]);
    // "a step towards ..." is no resumptive comment: the speaker's clause goes on.
    expect(nameOf(x, /dam would hold/)).toBe('monitor');
  });
});

describe('claimants14: a circumstance after a pledge is the outlet\'s; after a report of what happened, the speaker\'s', () => {
  it('splits ", after troops ... met ..." off a pledge as the outlet\'s, and keeps it in a report of what happened', () => {
    const x = read([
      'The Northland army says it will keep fighting until it holds Route 9, after troops pushing north from Marbek met units in Dorvik.',
      'The Monitor said the army had taken Marbek, after troops pushed the rebels out of the last streets.',
    ]);
    expect(nameOf(x, /keep fighting until it holds Route 9/)).toBe('north-army');
    expect(nameOf(x, /after troops pushing north from Marbek/)).toBeNull();
    expect(nameOf(x, /after troops pushed the rebels out/)).toBe('monitor');
  });
});

describe('claimants14: closing forms and a speaker after a colon', () => {
  it('reads "in its words", "in the words of X", "if X is to be believed", "confirmed to Y by a role, Name", ", the role, Name, announced" and a subject after a colon', () => {
    const x = read([
      'The Monitor said 40 people fled. That is the largest exodus of the year, in its words.',
      'The river will rise again, in the words of Omar Haddad.',
      'The talks ended with nothing, if the Dorvik press is to be believed.',
      'The verdict was confirmed to Valley Radio by a prosecutor, Ida Lorn.',
      "Sixty of the 120 deputies voted for the cabinet, the assembly's speaker, Vera Osk, announced.",
      'The toll keeps rising: the Monitor now counts 300 dead.',
      'Farmers and the Monitor blame the dam for the floods.',
      'The bridge was built by a Dorvik firm, Ostrander Works.',
      'The list of his words is long: more boats are needed.',
    ]);
    expect(nameOf(x, /largest exodus/)).toBe('monitor');
    expect(nameOf(x, /rise again/)).toBe('omar-haddad');
    expect(nameOf(x, /ended with nothing/)).toBe('Dorvik press');
    expect(nameOf(x, /verdict was confirmed/)).toBe('Ida Lorn');
    expect(nameOf(x, /voted for the cabinet/)).toBe('Vera Osk');
    expect(nameOf(x, /now counts 300 dead/)).toBe('monitor');
    expect(claim(x, /blame the dam/).claimants).toEqual(expect.arrayContaining(['monitor']));
    // Built by a firm is no speech; a colon after no speaker names none.
    expect(nameOf(x, /built by a Dorvik firm/)).toBeNull();
    expect(nameOf(x, /more boats are needed/)).toBeNull();
  });
});

describe('claimants14: common reporting verbs of news English', () => {
  it('reads stressed, emphasised, retorted, pointed out, went on to say, posted on Telegram that, slammed, decried, admits, argues, hinted, disclosed, lamented, clarified', () => {
    const x = read([
      'Soldiers posted to Marbek took control of the bridge.',
      'The stressed engineers left the dam at noon.',
      'The Monitor stressed that the dam was safe.',
      'Omar Haddad emphasised that the bridge would reopen.',
      'Vesna Hollis retorted that the river was calm.',
      'Omar Haddad pointed out that the road was closed.',
      'The Monitor went on to say that the toll had risen.',
      'The Monitor posted on Telegram that 12 boats had sunk.',
      'Vesna Hollis slammed the decision as reckless.',
      'The Monitor decried the shelling of Marbek.',
      'Omar Haddad admits the plan has failed.',
      'The Monitor argues that the toll is higher.',
      'Vesna Hollis hinted that talks could resume.',
      'Omar Haddad disclosed that 30 soldiers had died.',
      'Vesna Hollis lamented that nobody had helped.',
      'The Monitor clarified that 12 people had died.',
      'Vesna Hollis and Omar Haddad met in Norden, the Monitor said, adding that both had stressed the need for calm.',
    ]);
    const speakers: Array<[RegExp, string]> = [
      [/dam was safe/, 'monitor'], [/bridge would reopen/, 'omar-haddad'], [/river was calm/, 'vesna-hollis'], [/road was closed/, 'omar-haddad'],
      [/toll had risen/, 'monitor'], [/12 boats had sunk/, 'monitor'], [/decision as reckless/, 'vesna-hollis'], [/shelling of Marbek/, 'monitor'],
      [/plan has failed/, 'omar-haddad'], [/toll is higher/, 'monitor'], [/talks could resume/, 'vesna-hollis'], [/30 soldiers had died/, 'omar-haddad'],
      [/nobody had helped/, 'vesna-hollis'], [/12 people had died/, 'monitor'],
    ];
    for (const [words, speaker] of speakers) expect(nameOf(x, words), String(words)).toBe(speaker);
    // A participle before another verb and an adjective name no one; "both" after "adding that" is the speaker's report.
    expect(nameOf(x, /took control of the bridge/)).toBeNull();
    expect(nameOf(x, /left the dam at noon/)).toBeNull();
    expect(claim(x, /stressed the need for calm/).claimants).toEqual(['monitor']);
    expect(x.newActors.map((a) => a.name.toLowerCase())).not.toContain('adding that both');
  });
});

describe('claimants14: passives of judgement, views, "as X put it", "per X", data and reports by X, a dash signature', () => {
  it('names the author in each form, and no one in the look-alikes', () => {
    const x = read([
      'The bridge was built by a Dorvik firm in 1990.',
      'In the morning, the river rose again.',
      'As the water rose, families left Marbek.',
      'The move was welcomed by the Monitor.',
      'The plan was criticised by Omar Haddad as reckless.',
      "In the Monitor's view, the dam is unsafe.",
      'In the view of Omar Haddad, talks will fail.',
      'As Vesna Hollis put it, the river has won.',
      'Per the Monitor, 40 people died in Marbek.',
      'The death toll stands at 40, per Northland TV.',
      'Data from the Monitor show 300 deaths since January.',
      'A report by the United Nations found 12 schools destroyed.',
      'Northland TV cited Omar Haddad as saying the dam held.',
      '“The dam will hold” – Omar Haddad.',
    ]);
    const speakers: Array<[RegExp, string]> = [
      [/move was welcomed/, 'monitor'], [/criticised by Omar Haddad/, 'omar-haddad'], [/dam is unsafe/, 'monitor'], [/talks will fail/, 'omar-haddad'],
      [/river has won/, 'vesna-hollis'], [/Per the Monitor/, 'monitor'], [/toll stands at 40/, 'north-tv'], [/300 deaths since January/, 'monitor'],
      [/12 schools destroyed/, 'un'], [/cited Omar Haddad/, 'omar-haddad'], [/dam will hold/, 'omar-haddad'],
    ];
    for (const [words, speaker] of speakers) expect(nameOf(x, words), String(words)).toBe(speaker);
    expect(nameOf(x, /built by a Dorvik firm/)).toBeNull();
    expect(nameOf(x, /river rose again/)).toBeNull();
    expect(nameOf(x, /families left Marbek/)).toBeNull();
  });
});

describe('claimants14: a quotation that runs on, an object pronoun, an age after a name', () => {
  it('gives the sentences of a quotation to its speaker, also into a paragraph the one before left open, and into a quotation alone after it closed (round 14)', () => {
    const x = read([
      '"The water came fast," said Omar Haddad, who runs the ferry office. "We lost everything in an hour. The boats are gone.',
      '"Nobody came to help us for two days."',
      '"The dam will be rebuilt."',
      'Omar Haddad said the bridge would reopen. According to him, repairs will take a week.',
      'Vesna Hollis, 54, a former engineer, said the dam was safe.',
    ]);
    expect(nameOf(x, /lost everything in an hour/)).toBe('omar-haddad');
    expect(nameOf(x, /boats are gone/)).toBe('omar-haddad');
    expect(nameOf(x, /Nobody came to help/)).toBe('omar-haddad');
    expect(nameOf(x, /dam will be rebuilt/)).toBe('omar-haddad');
    expect(nameOf(x, /repairs will take a week/)).toBe('omar-haddad');
    expect(x.newActors.map((a) => a.name)).not.toContain('Him');
    expect(nameOf(x, /dam was safe/)).toBe('vesna-hollis');
  });
});

describe('claimants14: "X, quoting Y, said" and "X and Y both said"', () => {
  it('names the one quoted, not a new actor "Quoting ...", and drops "both" from the last name', () => {
    const x = read([
      'Kestrel Wire, quoting the Monitor, said the dam had cracked.',
      'Kestrel TV and Ravenhill News both aired pictures of families leaving Marbek.',
    ]);
    expect(nameOf(x, /dam had cracked/)).toBe('monitor');
    expect(x.newActors.map((a) => a.name)).toEqual(expect.arrayContaining(['Kestrel TV', 'Ravenhill News']));
    expect(x.newActors.map((a) => a.name).filter((n) => /^Quoting|\bboth$/.test(n))).toEqual([]);
  });
});

describe('claimants14: a plural after a preposition is a noun, and "echoed by X" is a passive with its agent (review after measuring)', () => {
  it('keeps "..., in remarks carried by Northland TV" with its speaker, and gives "The claim was echoed by the Monitor" to the Monitor', () => {
    const x = read([
      "In Norden, a ministry spokesman dismissed Omar Haddad's words as “empty” and “cut off from reality”, in remarks carried by Northland TV.",
      'The claim was echoed by the Monitor.',
    ]);
    expect(x.newActors.map((a) => a.name)).not.toContain('In');
    expect(x.newActors.map((a) => a.name)).not.toContain('Claim');
    expect(nameOf(x, /echoed by the Monitor/)).toBe('monitor');
  });
});

/**
 * Round 24: misreadings found by drafting pages written here in the styles of urgents, bulletins, print interviews,
 * situation reports and reaction roundups, and a few from the read sets' misses (never an unread set's). Each test also
 * holds a sentence that only resembles the case and must keep its claimants (or its lack of one).
 */
import { describe, expect, it } from 'vitest';
import { knowledge, names, read } from './fixtures.js';

/** The fixture world with the monitor also known by a common noun, as the graph's war monitor is ("observatory"). */
const withCommonNounAlias = () => {
  const base = knowledge();
  return { ...base, actors: base.actors.map((a) => (a.key === 'monitor' ? { ...a, aliases: [...a.aliases, 'monitor'] } : a)) };
};

describe('claimants26: an adverb of time or manner between the auxiliary and the verb of speech', () => {
  const x = read([
    'Valley Radio news',
    'The Marbek Farmers Union said it would appeal.\nIt has always denied any role in the blockade.',
    'The Northland army said the road was open.\nThe army has long argued that the checkpoints are needed.',
    'Ilona Kovacs has flatly rejected the account.',
    // Look-alike: the same adverbs before a verb that reports nothing.
    'Farmers have long grown cotton along Route 9.',
  ]);

  it('gives "It has always denied" the body named before', () => {
    expect(names(x, /denied any role/)).toEqual(['Marbek Farmers Union']);
  });

  it('gives "The army has long argued" the army', () => {
    expect(names(x, /checkpoints are needed/)).toEqual(['north-army']);
  });

  it('gives "X has flatly rejected" X', () => {
    expect(names(x, /flatly rejected/)).toEqual(['kovacs']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /grown cotton/)).toEqual([]);
  });
});

describe('claimants26: a subject and its verb before "but said" or "and accused"', () => {
  const x = read([
    'Valley Radio news',
    'The opposition Green Party backed the budget but accused the government of hiding the cost.',
    // Look-alike: an apposition before the coordinated verbs keeps its known speaker.
    'Northland, already home to 40,000 displaced people, has closed the crossing and says it can take no more.',
  ]);

  it('gives the second verb the subject of the first', () => {
    expect(names(x, /hiding the cost/)).toEqual(['Opposition Green Party']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /can take no more/)).toEqual(['northland']);
  });
});

describe('claimants26: a radio script\'s clip in brackets over unquoted words', () => {
  const x = read([
    'Valley Radio news',
    '[READER: IDA LORN]\nNorthland troops entered Marbek overnight.',
    '[CLIP — TOMAS VELD, DORVIK]',
    'Ambulances have been crossing all day with wounded from Marbek.',
    '[END OF CLIP]',
    'The bridge at Dorvik reopened at noon.',
    "[CLIP: ANA ROSS -- MARBEK FARMERS -- 0'19\"]",
    'IN: "The harvest..."\nThe harvest is lost this year and nobody has come to help.\nOUT: "...to help."',
    '[READER]',
    'The road to Norden stays closed.',
    // Look-alike: a clip over a quotation holds that quotation only; the reader's words after it are the outlet's.
    '[SOT — Ivo Hart, farmer]',
    '"We lost the whole herd in one night."',
    'Schools in Dorvik will open on Monday.',
  ]);

  it('gives the unquoted words under the clip label to its speaker, to the end mark', () => {
    expect(names(x, /Ambulances have been crossing/)).toEqual(['Tomas Veld']);
    expect(names(x, /bridge at Dorvik reopened/)).toEqual([]);
  });

  it('reads a typed double hyphen in the label as a dash, and cue lines as part of the clip', () => {
    expect(names(x, /harvest is lost/)).toEqual(['Ana Ross']);
    expect(names(x, /road to Norden/)).toEqual([]);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /lost the whole herd/)).toEqual(['Ivo Hart']);
    expect(names(x, /Schools in Dorvik/)).toEqual([]);
  });
});

describe('claimants26: a print interview\'s answers under the interviewee\'s surname', () => {
  const x = read([
    'The Valley Review',
    'Tomas Veld runs the farmers\' union in Dorvik. We met him on Monday.',
    'The Valley Review: Is the harvest lost?\nVeld: Most of it. The river took the lower fields in one night.',
    'The Valley Review: The river rose two metres on Sunday.\nVeld: We will go to court if the ministry does not pay by March.',
    'The Valley Review: And the bridge?\nVeld: It is open again, but only for tractors.',
    'The union has 400 members across River province.',
  ]);

  it('gives each answer to the interviewee the page names in full', () => {
    expect(names(x, /lower fields in one night/)).toEqual(['Tomas Veld']);
    expect(names(x, /only for tractors/)).toEqual(['Tomas Veld']);
  });

  it('leaves the questions and the prose after the last answer to the outlet', () => {
    expect(names(x, /river rose two metres/)).toEqual([]);
    expect(names(x, /400 members/)).toEqual([]);
  });
});

describe('claimants26: a participle clause between the speaker and the verb', () => {
  const x = read([
    'Valley Radio news',
    'Tomas Veld, appearing before the committee for the first time since taking office in January, said the dam was safe.',
    'Aid workers, fearing more floods, said the camps should move to higher ground.',
    // Look-alike: a participle with no comma before it belongs to the speaker's name ("Residents living near the dam").
    'Families living below the dam said they had not been warned.',
  ]);

  it('gives the verb the name before the participle clause', () => {
    expect(names(x, /dam was safe/)).toEqual(['Tomas Veld']);
  });

  it('gives the verb the group before the participle clause', () => {
    expect(names(x, /camps should move/)).toEqual(['Aid workers']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /not been warned/)).toEqual(['Families living below the dam']);
  });
});

describe('claimants26: "it" after a body the outlet\'s own sentence names as its subject', () => {
  const x = read([
    'Valley Radio news',
    'Ilona Kovacs told Northland TV that the road was open.',
    'The Marbek Water Board published new figures on Friday. It says 3,000 homes have no water.',
    // Look-alikes: a place as the subject, and a subject that is no proper name, leave "it" to the last speaker.
    'Ilona Kovacs told Northland TV that the bridge was safe.',
    'Marbek lost power on Saturday. It says the lines will be fixed by Monday.',
  ]);

  it('gives "It says" the body named as the subject just before, new to the graph', () => {
    expect(names(x, /3,000 homes/)).toEqual(['Marbek Water Board']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /lines will be fixed/)).toEqual(['north-tv']);
  });
});

describe('claimants26: "she" after a sentence whose subject is a person named in full, a medium named after it', () => {
  const x = read([
    'Valley Radio news',
    'Ilona Kovacs said the river would fall by Monday.',
    "Dorvik's mayor, Councillor Ana Ross, has been speaking to Valley Radio Wales.\nShe said 40 people had spent the night in the school.",
    'Ilona Kovacs said the river would fall by Tuesday.',
    // Look-alike: another person named after the subject leaves "she" to the last speaker, as before.
    'The mayor, Ana Ross, met Health Minister Vera Holm on Sunday.\nShe said the school would stay open.',
  ]);

  it('gives "She said" the subject, not the last speaker', () => {
    expect(names(x, /40 people had spent/)).toEqual(['Ana Ross']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /school would stay open/)).toEqual(['kovacs']);
  });
});

describe('claimants26: a denial of what the sentence before said', () => {
  const x = read([
    'Valley Radio news',
    'Northland says the dam is safe.',
    'Farmers in Dorvik dispute that picture.',
    "Marbek's council rejects that.",
    'Residents in Dorvik disagree; they say the warnings came late.',
    // Look-alike: the noun "dispute" before a demonstrative is no verb.
    'The dispute that followed lasted two years.',
  ]);

  it('gives "X disputes that picture", "X rejects that" and "X disagree" their subject', () => {
    expect(names(x, /dispute that picture/)).toEqual(['Farmers in Dorvik']);
    expect(names(x, /rejects that/)).toEqual(["Marbek's council"]);
    expect(names(x, /Residents in Dorvik disagree/)).toEqual(['Residents in Dorvik']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /dispute that followed/)).toEqual([]);
  });
});

describe('claimants26: a one-word alias closing a longer proper name', () => {
  const x = read([
    'Valley Radio news',
    'The Dorvik Conflict Monitor said 20 people had died.',
    // Look-alikes: the known body by its alias alone, and a lower-case alias after a capitalised modifier.
    'The Monitor said 12 people had died.',
    'The Norden-based Monitor said 7 people had died.',
    'Northland troops said they had retaken the bridge.',
  ], 'Valley Radio', '2021-03-05', withCommonNounAlias());

  it('proposes the longer name, not the known body whose alias is its last word', () => {
    expect(names(x, /20 people had died/)).toEqual(['Dorvik Conflict Monitor']);
  });

  it('leaves the look-alikes as they were', () => {
    expect(names(x, /12 people had died/)).toEqual(['monitor']);
    expect(names(x, /7 people had died/)).toEqual(['monitor']);
    expect(names(x, /retaken the bridge/)).toEqual(['north-army']);
  });
});

describe('claimants26: the speaker\'s account going on after ", X said," with any small number of days', () => {
  const x = read([
    'Valley Radio news',
    'Northland troops took full control of Marbek on Saturday, Northland TV said, four days after first breaking into the town.',
    // Look-alike (from the review): after an opening speaker's report of what happened, the circumstance stays part of it.
    'The Northland army said it had secured Route 9, five days after troops pushed the rebels out of Dorvik.',
  ]);

  it('gives "four days after first breaking into the town" the speaker of the clause before', () => {
    expect(names(x, /four days after first breaking/)).toEqual(['north-tv']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /five days after troops pushed/)).toEqual(['north-army']);
  });
});

describe('claimants26: a verb of speech inside a quotation that runs on', () => {
  const x = read([
    'Valley Radio news',
    '"The river is falling," Mayor Ana Ross told reporters in Dorvik. "The worst is over."',
    '"People want the bridge back, and they expect us to deliver it."',
    'Ilona Kovacs said the army would stay.',
    // Look-alike: a speaker named after the quotation closes is that sentence's own.
    '"The road is open," Kovacs said.\n"We will reopen the school," the mayor said.',
  ]);

  it('gives the quotation alone the speaker of the quotation before, whatever verbs its words hold', () => {
    expect(names(x, /they expect us to deliver/)).toEqual(['Ana Ross']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /reopen the school/)).toEqual(['Ana Ross']);
  });
});

describe('claimants26: a day alone before the second verb of a coordinated subject', () => {
  const x = read([
    'Valley Radio news',
    'Vesna Hollis has given the rebels until Friday to leave Marbek, and on Wednesday said the army would move in.',
    // Look-alike: a named speaker after the day speaks for the second clause.
    'Northland closed the bridge, and on Thursday Ilona Kovacs said it would stay shut.',
  ]);

  it('gives the second clause the subject of the first, not "on Wednesday"', () => {
    expect(names(x, /army would move in/)).toEqual(['vesna-hollis']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /would stay shut/)).toEqual(['kovacs']);
  });
});

describe('claimants26: abbreviated ranks before a name in a transcript label', () => {
  const x = read([
    'Valley Radio news',
    'Inspector Tomas Veld of the Marbek police spoke to reporters on Tuesday.',
    'INSP. TOMAS VELD: The road will stay closed tonight.',
    'VELD: We have two people in custody.',
    'DET. SGT. ANA ROSS: We are asking drivers for their camera footage.',
    // Look-alike: an initialism of a country before a role is no rank, and a label the page does not place names no one.
    'U.S. ENVOY: The talks will resume.',
  ]);

  it('reads the label as the person the page names, a guest', () => {
    expect(names(x, /road will stay closed/)).toEqual(['Tomas Veld']);
    expect(names(x, /two people in custody/)).toEqual(['Tomas Veld']);
    expect(names(x, /camera footage/)).toEqual(['Ana Ross']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /talks will resume/)).toEqual([]);
  });
});

describe('claimants26: "They" going on after a group\'s report in the same paragraph', () => {
  const x = read([
    'Valley Radio news',
    'The two delegations ended talks in Norden without agreement, Northland officials said.\nThey are due to meet again on Monday.',
    // Look-alikes: after a monitor's count "They" is the outlet's, and so after a quotation.
    'The Monitor counted 40 armoured vehicles on Route 9.\nThey have not slowed the advance.',
    '"We want a ceasefire," farmers in Dorvik said.\nThey left the square at noon.',
  ]);

  it('gives "They are due to meet again" the group that reported the talks', () => {
    expect(names(x, /due to meet again/)).toEqual(['Northland officials']);
  });

  it('leaves the look-alikes as they were', () => {
    expect(names(x, /not slowed the advance/)).toEqual([]);
    expect(names(x, /left the square/)).toEqual([]);
  });
});

/**
 * Over-readings a review found by drafting about 400 sentences of its own with the code before and after this round's
 * mends: each sentence read right before them and wrongly after, and reads right again.
 */
describe('claimants26: the review\'s look-alikes', () => {
  const x = read([
    'Valley Radio news',
    // A name after "Now" or a possessive is still that name; only a common-noun alias closes another name.
    'Now Northland says the border will stay closed.',
    // A name ending in -ing between commas is no participle clause, nor is a list opened by "including".
    'The planemaker, Fielding Aero, said the plant would reopen.',
    'Aid groups, including the Monitor, said 30 people had died.',
    // "long" only after "has": "Patients waiting too long said" keeps its words.
    'Patients waiting too long said the clinic should open at night.',
    // A vote or a check is no denial.
    'Voters in Dorvik reject the dam plan by 60 percent, final results show.',
    // A sentence's first word is no body's name.
    'Ilona Kovacs said the dam would hold.\nVoters punished both parties.\nIt said the dam would be inspected.',
  ], 'Valley Radio', '2021-03-05', withCommonNounAlias());

  it('keeps the readings from before the round', () => {
    expect(names(x, /border will stay closed/)).toEqual(['northland']);
    expect(names(x, /plant would reopen/)).toEqual(['Fielding Aero']);
    expect(names(x, /30 people had died/)).toEqual(['monitor']);
    expect(names(x, /clinic should open at night/)).toEqual(['Patients waiting too long']);
    expect(names(x, /reject the dam plan/)).toEqual([]);
  });

  it('does not make a sentence\'s first word the body "It" refers to', () => {
    expect(names(x, /dam would be inspected/)).not.toContain('Voters');
  });

  // A radio clip that prints only its cues: the reader's paragraphs after the OUT cue are the outlet's.
  const clip = read([
    'Valley Radio news',
    '[CLIP — TOMAS VELD, DORVIK]',
    'IN: "The water came..."\nOUT: "...by morning."\nDUR: 0\'21"',
    'The bridge at Dorvik reopened at noon.',
  ]);

  it('ends a clip at its OUT cue', () => {
    expect(names(clip, /bridge at Dorvik reopened/)).toEqual([]);
  });

  // A phone-in transcript that credits its host and guest: the guest's answers run to the next label, whatever labels a
  // caller's questions.
  const phoneIn = read([
    'Valley Radio phone-in transcript',
    "Farmers' Hour. Presented by Ida Lorn. Studio guest: Tomas Veld, Dorvik farmers' union.",
    'Lorn: Good morning. The river is still rising at Dorvik.\nVeld: It rose another half metre overnight.\nThe lower fields are gone and the upper ones are soaked.',
    'Caller: My farm is in Norden. Will the water reach us?\nVeld: Not this week. The dykes were raised in 2018.',
    'Caller: Why has the ministry not paid?\nVeld: Because it calls the flood a natural event.\nWe say the dam operators opened the gates too late.',
  ]);

  it('lets a transcript guest\'s answer run on over its paragraphs', () => {
    expect(names(phoneIn, /lower fields are gone/)).toEqual(['Tomas Veld']);
    expect(names(phoneIn, /opened the gates too late/)).toEqual(['Tomas Veld']);
  });
});

/**
 * Claimant forms of round 13, on pages written for these tests (fictional places, people and media): the medium a statement
 * came through is listed after its speaker (docs/annotating.md, "a claim carried through a channel"). Each test also holds a
 * sentence that only resembles the form and must keep its claimants.
 */
import { describe, expect, it } from 'vitest';
import { speakerWords } from '../../src/ingest/claimants.js';
import { claim, knowledge, names, read } from './fixtures.js';

const kindOf = (x: ReturnType<typeof read>, name: string) => x.newActors.find((a) => a.name === name)?.kind;

describe('claimants15: a relaying medium after its speaker', () => {
  it('lists the medium of "quoted by", "X quoted Y as saying", "X, citing Y," and a closing ", X reported, citing Y"', () => {
    const x = read([
      'The Regional Monitor for Civil Rights, quoted by Northland TV, said the bridge at Dorvik had collapsed.',
      'The Dorvik Courier quoted Omar Haddad as saying the road would reopen on Monday.',
      'Floodwater reached the Marbek market on Tuesday, the Kestrel agency reported, citing a council engineer.',
      'Villagers in Marbek said the water was still rising.',
    ]);
    expect(names(x, /bridge at Dorvik had collapsed/)).toEqual(['monitor', 'north-tv']);
    expect(names(x, /road would reopen/)).toEqual(['omar-haddad', 'Dorvik Courier']);
    expect(kindOf(x, 'Dorvik Courier')).toBe('MEDIA');
    // "the Kestrel agency" is the agency Kestrel, proposed as a news agency.
    expect(names(x, /reached the Marbek market/)).toEqual(['Council engineer', 'Kestrel']);
    expect(kindOf(x, 'Kestrel')).toBe('NEWS_AGENCY');
    // No medium: the villagers speak for themselves.
    expect(claim(x, /water was still rising/).claimants).toHaveLength(1);
  });

  it('pairs a speaker opening the sentence with a medium closing it, but not a happening with its medium', () => {
    const x = read([
      'Omar Haddad warned that the dam would not hold another week, Northland TV reported.',
      'Government forces entered Marbek on Monday, Northland TV reported.',
      'Omar Haddad said the convoy had turned back, officials said.',
    ]);
    expect(names(x, /dam would not hold/)).toEqual(['omar-haddad', 'north-tv']);
    expect(names(x, /entered Marbek/)).toEqual(['north-tv']);
    // The closing speakers are no medium: nothing is added to the one the sentence gives.
    expect(claim(x, /convoy had turned back/).claimants).not.toContain('north-tv');
    expect(claim(x, /convoy had turned back/).claimants).toHaveLength(1);
  });

  it('lists a medium told, but not reporters, a news conference or the outlet itself', () => {
    const x = read([
      'Omar Haddad told Northland TV that the ferry would run again on Friday.',
      'Ilona Kovacs told reporters that the army had reached the river.',
      'Vesna Hollis told a news conference that aid was on its way.',
      'Omar Haddad told Valley Radio that the crossing was safe.',
    ]);
    expect(names(x, /ferry would run again/)).toEqual(['omar-haddad', 'north-tv']);
    expect(names(x, /army had reached the river/)).toEqual(['kovacs']);
    expect(names(x, /aid was on its way/)).toEqual(['vesna-hollis']);
    // Valley Radio is the page's own outlet (fixtures' publisher): its own interview names only the speaker.
    expect(names(x, /crossing was safe/)).toEqual(['omar-haddad']);
  });
});

describe('claimants15: whose count, figures or pictures a sentence goes by, and judgements in a few more words', () => {
  it('reads "by the count of X", "on X\'s figures", "going by pictures released by X" and "X has it that"', () => {
    const x = read([
      'Some 400 families left Marbek between Friday and Sunday, by the count of the Regional Monitor for Civil Rights.',
      'On the Monitor’s figures the day’s dead topped 20.',
      'Troops entered Dorvik early in the week, going by pictures released by Northland TV.',
      'Northland TV has it that the army finished taking Dorvik on Saturday.',
      'Legend has it that the old bridge was built in a single night.',
      'On the ferry’s deck the passengers waited for news.',
    ]);
    expect(claim(x, /400 families left Marbek/).claimants).toEqual(['monitor']);
    expect(claim(x, /topped 20/).claimants).toEqual(['monitor']);
    expect(claim(x, /entered Dorvik early/).claimants).toEqual(['north-tv']);
    expect(claim(x, /finished taking Dorvik/).claimants).toEqual(['north-tv']);
    // A legend and a ferry's deck are no source.
    expect(claim(x, /built in a single night/).claimants).toEqual([]);
    expect(claim(x, /passengers waited/).claimants).toEqual([]);
  });

  it('reads "repeated in <place> that", "quotes X as repeating", "X estimates that", "struck a calmer note" and "called the charge <judgement>"', () => {
    const x = read([
      'Vesna Hollis repeated in Dorvik that the troops must withdraw by the end of the month.',
      'Northland TV quotes Omar Haddad as repeating the offer to mediate.',
      'The UN estimates that some 3 million people live in the region.',
      'The Northland army struck a calmer note.',
      'Her lawyer, Ida Lorn, called the charge politically motivated.',
      'Engineers repeated the test in Dorvik twice.',
      'Official estimates vary widely.',
    ]);
    expect(claim(x, /troops must withdraw/).claimants).toEqual(['vesna-hollis']);
    expect(names(x, /offer to mediate/)).toEqual(['omar-haddad', 'north-tv']);
    expect(claim(x, /3 million people/).claimants).toEqual(['un']);
    expect(claim(x, /calmer note/).claimants).toEqual(['north-army']);
    expect(names(x, /politically motivated/)).toEqual(['Ida Lorn']);
    expect(claim(x, /repeated the test/).claimants).toEqual([]);
    expect(claim(x, /estimates vary/).claimants).toEqual([]);
  });
});

describe('claimants15: a state\'s institution named without its country, and a medium described in apposition', () => {
  it('gives "the government", "police" and "the finance ministry" the country of the story the graph does not know', () => {
    const x = read([
      'MASERU, Feb 4 — Lesotho’s first lady was charged with murder on Tuesday.',
      'The government said in a short statement that the law would take its course.',
      'Police said she had crossed into South Africa last month.',
      'The finance ministry said the budget would be cut.',
      'Lesotho has been ruled by a fragile coalition since 2017.',
    ]);
    expect(names(x, /law would take its course/)).toEqual(['Basotho government']);
    // South Africa is where she went, not whose police speak.
    expect(names(x, /crossed into South Africa/)).toEqual(['Basotho police']);
    expect(names(x, /budget would be cut/)).toEqual(['Basotho finance ministry']);
    // Two countries in the sentence: whose ministry speaks is not guessed.
    const two = read(['The Philippines notified the United States that the pact would end, the foreign ministry said.', 'Manila and Washington signed the pact in 1998.']);
    expect(names(two, /pact would end/)).toEqual(['Foreign ministry']);
  });

  it('leaves an institution of a country the graph knows to the graph, and a subordinator out of a name', () => {
    const x = read([
      'Northland troops shelled Marbek on Monday, the government said.',
      'All four prosecutors handling the case quit on Tuesday, after the Justice Department said it would ask for a lighter sentence than they had recommended.',
    ]);
    expect(names(x, /shelled Marbek/)).not.toContain('Northland government');
    expect(names(x, /lighter sentence/)).toEqual(['Justice Department']);
    // A clause cut at its subordinator ("..., after the Justice Department said ...") gives the phrase with it.
    expect(speakerWords('after the Justice Department')).toBe('Justice Department');
    expect(speakerWords('While the Regional Monitor')).toBe('Regional Monitor');
  });

  it('reads "X, a Moscow daily," as a medium, so "the paper" and "told the paper" after it are X', () => {
    const x = read([
      'Kestrel, a Dorvik daily, says the talks stalled on Monday.',
      'The paper adds that Marbek sees no reason to halt the advance.',
      'Officials told the paper that about 100 remain in custody.',
      'Villagers told the mayor that the road was closed.',
    ]);
    expect(names(x, /talks stalled/)).toEqual(['Kestrel']);
    expect(kindOf(x, 'Kestrel')).toBe('MEDIA');
    expect(names(x, /no reason to halt/)).toEqual(['Kestrel']);
    expect(names(x, /100 remain in custody/)).toEqual(['Officials', 'Kestrel']);
    // A mayor is no medium.
    expect(names(x, /road was closed/)).toEqual(['Villagers']);
  });
});

describe('claimants15: what a place or a body is, in apposition at the sentence\'s end', () => {
  it('is the outlet\'s background, a unit of its own, whoever speaks in the clause before it', () => {
    const x = read([
      'Northland TV said on Saturday that the army had taken full control of Marbek, the town where Route 9 and Route 4 meet.',
      'The Northland army says it is within a few kilometres of holding Route 9, the road that links Dorvik with Marbek, Northland’s second city.',
      'The Monitor said the shelling hit Dorvik, a town the army says it will never give up.',
    ]);
    expect(claim(x, /taken full control of Marbek/).claimants).toEqual(['north-tv']);
    expect(claim(x, /town where Route 9/).claimants).toEqual([]);
    expect(claim(x, /few kilometres of holding/).claimants).toEqual(['north-army']);
    expect(claim(x, /road that links Dorvik/).claimants).toEqual([]);
    expect(claim(x, /second city/).claimants).toEqual([]);
    // An apposition with a speaker of its own is no background.
    expect(claim(x, /never give up/).claimants.length).toBeGreaterThan(0);
  });

  it('keeps an apposition after a common noun, or one saying what a body does, in the speaker\'s words', () => {
    const x = read([
      'The Monitor said the money went to Hope Line, a charity that smuggles weapons.',
      'Omar Haddad said the army had shelled the camp, a base near Marbek.',
    ]);
    expect(claim(x, /charity that smuggles/).claimants).toEqual(['monitor']);
    expect(claim(x, /base near Marbek/).claimants).toEqual(['omar-haddad']);
  });
});

describe('claimants15: closing sources, figures, broadcasts, "officials here", "one of the sources" and a fronted capital', () => {
  it('gives a closing "according to" source the words, and lists a closing medium after the speaker', () => {
    const x = read([
      'Vesna Hollis stressed the importance of the river pact, according to a presidency readout.',
      'Omar Haddad promised new bridges, according to Northland TV.',
    ]);
    expect(names(x, /river pact/)).toEqual(['Presidency readout']);
    expect(names(x, /new bridges/)).toEqual(['omar-haddad', 'north-tv']);
  });

  it('reads "X\'s figure is N", "the broadcast added" and "one of the sources added"', () => {
    const x = read([
      'The Monitor\'s figure is 40 dead in the shelling near Marbek.',
      'Northland TV showed soldiers in Dorvik. Engineers were clearing mines, the broadcast added.',
      'Northland officials said on Monday that the talks in Dorvik went well. Both sides want to meet again, one of the officials added.',
      'The figure is far higher than last year.',
    ]);
    expect(claim(x, /40 dead/).claimants).toEqual(['monitor']);
    expect(claim(x, /clearing mines/).claimants).toEqual(['north-tv']);
    expect(names(x, /meet again/)).toEqual(['Northland officials']);
    expect(claim(x, /far higher/).claimants).toEqual([]);
  });

  it('gives "officials here" the country the report names most, and a body after a fronted capital that capital\'s side', () => {
    const x = read([
      'ZARAN, Feb 4 — Zambian troops crossed the river on Monday, and Zambia says more will follow.',
      'Officials here tell me the crossing took all night.',
    ]);
    expect(names(x, /took all night/)).toEqual(['Zambian officials']);
    const y = read(['Omar Haddad blamed Norden for the flood. In Norden, the government said the dam was sound.']);
    expect(names(y, /dam was sound/)).not.toContain('northland');
  });
});

describe('claimants15: counts, estimates and crews in a few more forms', () => {
  it('reads "by the count of", "by X\'s count", "put ... at" over a long figure, "X estimate that" and a crew placed near a town', () => {
    const x = read([
      'By the count of the Regional Monitor for Civil Rights, 300 homes in Marbek were flooded.',
      'Some 70 families were moved out of Dorvik, by the Monitor’s count.',
      'Aid workers in Marbek estimate that half the town has no power.',
      'The Monitor put the number of people sleeping in tents in and around the town of Marbek at 9,000.',
      'Near Dorvik, north-east of Marbek, Northland TV crews filmed soldiers laying pontoons.',
      'Near the border, villagers watched the convoy pass.',
      'Northland crews repaired the bridge overnight.',
    ]);
    expect(claim(x, /300 homes in Marbek/).claimants).toEqual(['monitor']);
    expect(claim(x, /70 families/).claimants).toEqual(['monitor']);
    expect(names(x, /half the town has no power/)).toEqual(['Aid workers in Marbek']);
    expect(claim(x, /sleeping in tents/).claimants).toEqual(['monitor']);
    expect(claim(x, /laying pontoons/).claimants).toEqual(['north-tv']);
    // Villagers watching and crews repairing are the story, not a source.
    expect(claim(x, /convoy pass/).claimants).toEqual([]);
    expect(claim(x, /repaired the bridge/).claimants).toEqual([]);
  });
});

describe('claimants15: who relays is a medium only when the words make it one', () => {
  it('keeps a person or an official who quotes or cites as themselves, and a person described by a job with a medium\'s word', () => {
    const x = read([
      'Mayor Ida Lorn quoted Omar Haddad as saying the road would reopen.',
      'Citing hospital sources, opposition leader Pavel Strand said 12 people had died in Marbek.',
      'A farmer quoted by the mayor said the wells were dry.',
      'Vera Sandor, a daily commuter on the line, said the trains were late.',
      'Tomas Reid, a radio engineer, said the mast had fallen.',
      'Kestrel quoted Omar Haddad as saying the talks had failed.',
      'The Independent Electoral Commission, quoted by Skerry Radio, said the count would resume.',
    ]);
    expect(names(x, /road would reopen/)).toEqual(['omar-haddad', 'Ida Lorn']);
    expect(kindOf(x, 'Ida Lorn')).toBe('PERSON');
    expect(names(x, /12 people had died/)).toEqual(['Hospital sources', 'Pavel Strand']);
    expect(kindOf(x, 'Pavel Strand')).toBe('PERSON');
    expect(names(x, /wells were dry/)).toEqual(['Farmer', 'Mayor']);
    expect(kindOf(x, 'Mayor')).toBe('PERSON');
    expect(kindOf(x, 'Vera Sandor')).toBe('PERSON');
    expect(kindOf(x, 'Tomas Reid')).toBe('PERSON');
    // A name that quotes someone "as saying" is a medium; a commission is never one, a radio is one whatever its case.
    expect(kindOf(x, 'Kestrel')).toBe('MEDIA');
    expect(kindOf(x, 'Independent Electoral Commission')).not.toMatch(/MEDIA|BROADCASTER|NEWS_AGENCY/);
    expect(kindOf(x, 'Skerry Radio')).toBe('BROADCASTER');
  });
});

describe('claimants15: a rule or a plan is no source', () => {
  it('keeps the speaker before "according to the terms of ..." and gives "according to the constitution" no claimant', () => {
    const x = read([
      'Omar Haddad said the troops would leave Marbek by June, according to the terms of the March agreement.',
      'According to the constitution, the president must call an election within 60 days.',
      'The convoy left Dorvik on time, according to plan.',
      'Northland troops entered Marbek, according to the Monitor.',
    ]);
    expect(claim(x, /leave Marbek by June/).claimants).toEqual(['omar-haddad']);
    expect(claim(x, /within 60 days/).claimants).toEqual([]);
    expect(claim(x, /on time/).claimants).toEqual([]);
    expect(claim(x, /troops entered Marbek/).claimants).toEqual(['monitor']);
  });
});

describe('claimants15: which words name a country', () => {
  it('counts capitalised country words only, not first names, and only those up to the speaker in its sentence', () => {
    const x = read([
      'LUSAKA, Feb 4 — Zambia’s parliament met on Tuesday as Chad Miller, a farmer, and Jordan Pike, a trader, waited outside.',
      'Chad Miller said the harvest was lost. Jordan Pike said prices had doubled. Chad Miller said the roads were closed.',
      'The finance ministry said two Russian diplomats had left the country.',
      'Police said a wild turkey had blocked the road for an hour.',
      'Zambia has held elections every five years since 1991.',
    ]);
    expect(names(x, /Russian diplomats/)).toEqual(['Zambian finance ministry']);
    expect(names(x, /wild turkey/)).toEqual(['Zambian police']);
  });
});

describe('claimants15: forms that only look like a source', () => {
  it('gives no claimant to a place\'s toll, figures used by others, a version or a wisdom, a call-off, a repeat in time and a siren', () => {
    const x = read([
      'Northland’s death toll rose to 40 on Monday.',
      'Aid groups focused on the Monitor’s figures for the north.',
      'Conventional wisdom in Dorvik has it that the dam will hold.',
      'One version has it that the bridge fell by itself.',
      'Omar Haddad called the operation off on Tuesday.',
      'The attack was repeated in Dorvik that evening.',
      'The factory siren sounded a warning at noon.',
      'The Monitor’s toll rose to 300.',
    ]);
    for (const words of [/death toll rose to 40/, /focused on/, /dam will hold/, /fell by itself/, /operation off/, /repeated in Dorvik/, /siren/]) expect(claim(x, words).claimants, String(words)).toEqual([]);
    expect(claim(x, /toll rose to 300/).claimants).toEqual(['monitor']);
  });

  it('reads a fronted "Judging by pictures released by X" and a medium spoken on, before or after the speaker', () => {
    const x = read([
      'Judging by pictures released by Northland TV, the bridge is gone.',
      'Omar Haddad, speaking on Northland TV, said the talks would resume.',
      'Speaking on Northland TV, Vesna Hollis said the dam was safe.',
      'Speaking to reporters, Vesna Hollis said the road was open.',
      'Shelling went on all day, and on the Monitor’s figures the dead topped 30.',
    ]);
    expect(claim(x, /dead topped 30/).claimants).toEqual(['monitor']);
    expect(claim(x, /bridge is gone/).claimants).toEqual(['north-tv']);
    expect(claim(x, /talks would resume/).claimants).toEqual(['omar-haddad', 'north-tv']);
    expect(claim(x, /dam was safe/).claimants).toEqual(['vesna-hollis', 'north-tv']);
    expect(claim(x, /road was open/).claimants).toEqual(['vesna-hollis']);
  });
});

describe('claimants15: "state television" of a country the graph does not know', () => {
  it('is that country\'s, not the known state television, while in a story about the known country it stays the known one', () => {
    const world = knowledge();
    world.actors = world.actors.map((a) => (a.key === 'north-tv' ? { ...a, aliases: [...a.aliases, 'state television'] } : a));
    const x = read(['LUSAKA, Feb 4 — Zambia’s president visited the flooded south.', 'President Edgar Lungu, speaking on state television, said aid was coming.', 'Zambia has had floods every year since 2019.'], 'Valley Radio', '2021-03-05', world);
    expect(names(x, /aid was coming/)).toEqual(['Edgar Lungu', 'Zambian state television']);
    expect(kindOf(x, 'Zambian state television')).toBe('BROADCASTER');
    const y = read(['Northland’s president visited Marbek.', 'Omar Haddad, speaking on state television, said aid was coming.'], 'Valley Radio', '2021-03-05', world);
    expect(claim(y, /aid was coming/).claimants).toEqual(['omar-haddad', 'north-tv']);
  });
});

describe('claimants15: a figure in quotes, writing after acting, a statement as the means, and a newspaper\'s name', () => {
  it('reads "put ... at “three or four”", "went further, writing that", "thanked X in a statement" and a closing "the Morava Observer reported"', () => {
    const x = read([
      'Skerry News put the number of open points at “three or four”.',
      'The pro-government daily Harbour Star went further, writing that soldiers were “combing” the last streets.',
      'Hope Mills thanked the Justice Department in a statement.',
      'The court jailed him for six years, the Morava Observer reported.',
      'Troops entered the town in a convoy of 40 trucks.',
    ]);
    expect(names(x, /open points/)).toEqual(['Skerry News']);
    expect(names(x, /combing/)).toEqual(['Harbour Star']);
    expect(kindOf(x, 'Harbour Star')).toBe('MEDIA');
    expect(names(x, /thanked the Justice Department/)).toEqual(['Hope Mills']);
    expect(kindOf(x, 'Morava Observer')).toBe('MEDIA');
    expect(claim(x, /convoy of 40 trucks/).claimants).toEqual([]);
  });
});

describe('claimants15: a speaker coordinated after a clause', () => {
  it('is the subject after ", and", not the clause before it', () => {
    const x = read([
      'Last year the fair drew about 9,000 visitors, according to the organisers, and local hoteliers say the town stands to lose a fortune.',
      'Three towns have refused the convoy, and on Tuesday Northland’s health minister, Ivo Lund, said it could not stop in Marbek either.',
    ]);
    expect(names(x, /stands to lose/)).toEqual(['Local hoteliers']);
    expect(names(x, /could not stop in Marbek/)).toEqual(['Ivo Lund']);
  });

  it('gives no claimant to "not everyone", what a group seldom claims, or a reporter\'s sign-off', () => {
    const x = read([
      'Not everyone welcomed the troops.',
      'The militia seldom claims its attacks.',
      'Ana Brisk reports from the border town of Marbek.',
      'Ana Brisk reported from Marbek that the water was rising.',
    ]);
    expect(claim(x, /welcomed the troops/).claimants).toEqual([]);
    expect(claim(x, /seldom claims/).claimants).toEqual([]);
    expect(claim(x, /reports from the border town/).claimants).toEqual([]);
    expect(names(x, /water was rising/)).toEqual(['Ana Brisk']);
  });
});

describe('claimants15: a judgement of someone\'s words', () => {
  it('reads "X called Y\'s remarks empty, <medium> said" as X through the medium, and "called Y\'s army in" as no judgement', () => {
    const x = read([
      'Northland’s foreign ministry called Hollis’s remarks empty and disconnected from reality, Northland TV said.',
      'Omar Haddad called Norden’s threats hollow.',
      'Omar Haddad called Norden’s army in to help.',
    ]);
    expect(names(x, /remarks empty/)).toEqual(['Northland’s foreign ministry', 'north-tv']);
    expect(claim(x, /threats hollow/).claimants).toEqual(['omar-haddad']);
    expect(claim(x, /army in to help/).claimants).toEqual([]);
  });
});

describe('claimants15: the agency a story is bylined to', () => {
  it('is not listed as the medium of "told <agency>" when another paper prints the agency\'s story', () => {
    const x = read(['Floods cut the Marbek road', 'By Kestrel Wire - Mar 4, 2021', '“The road is closed,” Omar Haddad told Kestrel Wire.', '“The bridge is gone,” Vesna Hollis told Skerry Radio.']);
    expect(claim(x, /road is closed/).claimants).toEqual(['omar-haddad']);
    expect(names(x, /bridge is gone/)).toEqual(['vesna-hollis', 'Skerry Radio']);
  });
});

describe('claimants15: a page tried as a new user would', () => {
  it('reads "X, quoted by Y, called Z unhelpful", pictures provided by X, and "the Haberlik daily" as Haberlik', () => {
    const x = read([
      'Northland officials, quoted by the Skerry agency, called the reinforcements unhelpful.',
      'Pictures provided by the Northland army showed a column of armoured vehicles on the road to Dorvik.',
      'Norden sent another 300 vehicles into Marbek overnight, the Haberlik daily reported, citing military sources.',
      'Pictures of the flood showed a column of cars.',
      'Omar Haddad, quoted by Northland TV, was seen in Dorvik.',
    ]);
    expect(names(x, /reinforcements unhelpful/)).toEqual(['Northland officials', 'Skerry']);
    expect(claim(x, /armoured vehicles/).claimants).toEqual(['north-army']);
    expect(names(x, /300 vehicles/)).toEqual(['Military sources', 'Haberlik']);
    expect(kindOf(x, 'Haberlik')).toBe('MEDIA');
    expect(claim(x, /Pictures of the flood/).claimants).toEqual([]);
    expect(claim(x, /was seen in Dorvik/).claimants).not.toContain('omar-haddad');
  });
});

describe('claimants15: a live page\'s times, police figures, "all of the" and a crew at a place', () => {
  it('reads the speaker after an entry time, "according to police figures", "call all of the X terrorists" and "an Arclight crew at Marbek filmed"', () => {
    const x = read([
      '16:48 Northland TV says the army now controls the whole of Route 9.',
      '15:20 Our correspondent in Dorvik, Lena Voss, says car horns could be heard in the western districts.',
      'Thefts fell to 812 last year from 1,020 in 2018, according to police figures.',
      'Northland and the UN call all of the armed groups terrorists.',
      'On Sunday an Arclight crew at Marbek filmed dozens more armoured vehicles heading south.',
      'On Sunday a Lakeside Rail crew at Marbek repaired the line.',
    ]);
    expect(claim(x, /whole of Route 9/).claimants).toEqual(['north-tv']);
    expect(names(x, /car horns/)).toEqual(['Lena Voss']);
    expect(names(x, /Thefts fell/)).toEqual(['Police']);
    expect(claim(x, /armed groups terrorists/).claimants).toEqual(['northland', 'un']);
    expect(names(x, /armoured vehicles heading south/)).toEqual(['Arclight']);
    expect(kindOf(x, 'Arclight')).toBe('MEDIA');
    expect(claim(x, /repaired the line/).claimants).toEqual([]);
  });
});

describe('claimants15: a paper\'s editor and correspondent, and sources quoted by a paper', () => {
  it('gives a daily\'s correspondent and a political editor to their medium, and "according to residents quoted by X" to the residents', () => {
    const x = read([
      'Schools in Dorvik stayed shut on Thursday, Verdant Daily’s correspondent reported.',
      'Troops were posted at the crossroads in Marbek on Thursday morning, according to residents quoted by Verdant Daily.',
      'The talks will resume next week, Bellmark’s political editor said.',
    ]);
    expect(names(x, /Schools in Dorvik/)).toEqual(['Verdant Daily']);
    expect(kindOf(x, 'Verdant Daily')).toBe('MEDIA');
    expect(names(x, /posted at the crossroads/)).toEqual(['Residents of Marbek', 'Verdant Daily']);
    expect(names(x, /talks will resume/)).toEqual(['Bellmark']);
  });
});

describe('claimants15: a statement read on a medium, and a quoted judgement', () => {
  it('gives a statement read on a medium to its speaker, then the medium (docs/annotating.md, round 14), and reads a judgement in quotation marks', () => {
    const x = read([
      'In a statement read on Northland TV on Sunday, the Monitor vowed to keep counting.',
      'Omar Haddad called Hollis’s remarks "empty".',
    ]);
    expect(claim(x, /keep counting/).claimants).toEqual(['monitor', 'north-tv']);
    expect(claim(x, /remarks "empty"/).claimants).toEqual(['omar-haddad']);
  });
});

describe('claimants15: "one of them, X, said" and a body\'s statement read out on a medium', () => {
  it('gives the words to the name after "one of them", and to the body whose statement a medium read out, through that medium', () => {
    const x = read([
      'Their fighters were still dug in on the western edge of Marbek, one of them, Tomas Reid, said by telephone.',
      'Army engineers were clearing mines in the streets, according to a military statement read out on Northland TV.',
      'One of them was wounded in the leg.',
    ]);
    expect(names(x, /still dug in/)).toEqual(['Tomas Reid']);
    // A state medium's "military statement" is its own state's army's (round 14).
    expect(names(x, /clearing mines/)).toEqual(['north-army', 'north-tv']);
    expect(claim(x, /wounded in the leg/).claimants).toEqual([]);
  });
});

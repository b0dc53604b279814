/**
 * Claimant forms of round 15, on pages written for these tests (fictional places, people and media). Each test also holds a
 * sentence that only resembles the form and must keep its claimants.
 */
import { describe, expect, it } from 'vitest';
import { claim, knowledge, names, read } from './fixtures.js';

/** This world with an unnamed source of the Northland army, as the graph knows "Syrian army source". */
function withArmySource() {
  const world = knowledge();
  world.actors = [...world.actors, { key: 'north-army-source', name: 'Northland army source (unnamed)', kind: 'PERSON', description: 'An unnamed source.', aliases: ['Northland army source'] }];
  return world;
}

describe('claimants17: a medium that quotes a speaker', () => {
  it('keeps "X quoted Y as denying ..." one statement, the speaker first and the medium after', () => {
    const x = read(['Valley Radio news', 'Instead, Northland TV quoted Omar Haddad as denying that the dam had been damaged.', 'Northland TV quoted Omar Haddad as calling the report "a fable".']);
    expect(names(x, /dam had been damaged/)).toEqual(['omar-haddad', 'north-tv']);
    expect(claim(x, /dam had been damaged/).evidence).toHaveLength(1);
    expect(names(x, /a fable/)).toEqual(['omar-haddad', 'north-tv']);
  });

  it('reads "Y quoted by X" without commas when a verb follows the medium, not when the medium is an adjective', () => {
    const x = read([
      'Valley Radio news',
      'Farmers quoted by the Kestrel Courier put their losses at 2,000 sheep.',
      // A look-alike: "Northland media" is no medium by name.
      'Analysts quoted by Northland media expect the bridge at Dorvik to reopen.',
    ]);
    expect(names(x, /2,000 sheep/)).toEqual(['Farmers', 'Kestrel Courier']);
    expect(names(x, /bridge at Dorvik to reopen/)).toEqual(['Analysts']);
  });

  it('reads "..., X was quoted as saying by Y." closing the sentence', () => {
    const x = read(['Valley Radio news', 'The dam at Marbek is safe, engineer Petra Lind was quoted as saying by Northland TV.']);
    expect(names(x, /dam at Marbek is safe/)).toEqual(['Petra Lind', 'north-tv']);
  });

  it("gives a state medium's unnamed military source to that state's army source, whatever the words it carries name", () => {
    const world = withArmySource();
    const x = read(
      [
        'Valley Radio news',
        'Northland TV quoted a military source as denying that Southland fire had killed anyone.',
        'In Marbek, troops had taken the square by noon, Northland TV said, citing a military source.',
        // A look-alike: no state medium carries these words.
        'A military source in Dorvik said the bridge was closed.',
      ],
      'Valley Radio',
      '2021-03-05',
      world,
    );
    expect(names(x, /Southland fire/)).toEqual(['north-army-source', 'north-tv']);
    expect(names(x, /taken the square/)).toEqual(['north-army-source', 'north-tv']);
    expect(names(x, /bridge was closed/)).not.toContain('north-army-source');
  });
});

describe('claimants17: where the speaker stands in the sentence', () => {
  it('drops a fronted adverb without its comma: "Later the presidency said"', () => {
    const x = read(['Valley Radio news', 'Later the Northland presidency said the talks would resume.', 'Later that day the river rose again.']);
    expect(names(x, /talks would resume/)).toEqual(['north-presidency']);
    expect(names(x, /river rose again/)).toEqual([]);
  });

  it('gives "X called ... and said ..." to the subject of the first verb, but not "X supports ... and fears ..."', () => {
    const x = read([
      'Valley Radio news',
      "Northland's foreign ministry called the governor's words hollow and said the talks were over, Northland TV reported.",
      // A look-alike: fearing is no statement here.
      'Northland supports the dam project and fears a flood in the spring.',
    ]);
    expect(names(x, /talks were over/)).toEqual(["Northland's foreign ministry", 'north-tv']);
    expect(names(x, /fears a flood/)).toEqual([]);
  });

  it('reads "according to Dr. X at the hospital, who said ..." as X, the title and the workplace left out', () => {
    const x = read(['Valley Radio news', "At least 12 people were hurt, according to Dr. Anna Berg at the town's hospital, who said two were in a critical condition."]);
    expect(names(x, /12 people were hurt/)).toEqual(['Anna Berg']);
    expect(names(x, /critical condition/)).toEqual(['Anna Berg']);
  });

  it('reads "X describes Y as Z" as X\'s judgement, but not a report that describes something', () => {
    const x = read(['Valley Radio news', 'Northland describes the rebels in Marbek as bandits.', 'The new report describes the camps near Dorvik in detail.']);
    expect(names(x, /as bandits/)).toEqual(['northland']);
    expect(names(x, /camps near Dorvik/)).toEqual([]);
  });

  it('gives "Its press affairs spokeswoman said" to the body named in the sentence before', () => {
    const x = read(['Valley Radio news', 'The opposition Green Alliance disputes that. Its press affairs spokeswoman said the dam was never inspected.']);
    expect(names(x, /never inspected/)).toEqual(['Opposition Green Alliance']);
  });
});

describe('claimants17: statements that are acts', () => {
  it('reads a figure given, a warning issued, an inquiry ordered, a vow and an accusation as statements; a figure never given as none', () => {
    const x = read([
      'Valley Radio news',
      'The Regional Monitor for Civil Rights gave a far lower figure, 9 soldiers killed.',
      'The Weather Bureau issued a red warning for rain across River province.',
      'Omar Haddad, who visited Marbek on Tuesday morning, ordered an investigation.',
      'Northland, for its part, vows to win back every village.',
      'Prosecutors in Norden accuse him of fraud.',
      // Look-alikes: a figure not given, and a plant that gives power.
      'Northland never gave a number.',
      'The plant at Dorvik gave power to 9,000 homes.',
    ]);
    expect(names(x, /far lower figure/)).toEqual(['monitor']);
    expect(names(x, /red warning/)).toEqual(['Weather Bureau']);
    expect(names(x, /ordered an investigation/)).toEqual(['omar-haddad']);
    expect(names(x, /win back every village/)).toEqual(['northland']);
    expect(names(x, /accuse him of fraud/)).toEqual(['Prosecutors in Norden']);
    expect(names(x, /never gave a number/)).toEqual([]);
    expect(names(x, /9,000 homes/)).toEqual([]);
  });

  it("gives what a named reporter watched, and the footage she filmed, to that reporter", () => {
    const x = read([
      'Valley Radio news',
      'Our correspondent Lina Brandt reports that troops are near Marbek. Footage she filmed shows families on the road north.',
      'Our reporter Jonas Eke watched parents wait outside the hospital until midnight.',
      // A look-alike: a resident who watched is no reporter.
      'A farmer near Dorvik watched the water rise.',
    ]);
    expect(names(x, /families on the road north/)).toEqual(['Lina Brandt']);
    expect(names(x, /parents wait outside/)).toEqual(['Jonas Eke']);
    expect(names(x, /watched the water rise/)).toEqual([]);
  });
});

describe("claimants17: a clip's label in more shapes", () => {
  it('reads a bracketed label with its running time and a numbered bite with its time range over the quotation under it', () => {
    const x = read([
      'Valley Radio news',
      "[CLIP — Mira Sandvik, farmer — 0'12\"]\n“The water took everything. We have nothing left.”",
      'BITE 2 [01:10–01:25] Karl Oster, ferry pilot, Dorvik crossing (English)\n"Nobody crosses at night any more."',
      // The outlet's own line after the clips is no one's.
      'The river crested at Marbek on Thursday.',
    ]);
    expect(names(x, /water took everything/)).toEqual(['Mira Sandvik']);
    expect(names(x, /nothing left/)).toEqual(['Mira Sandvik']);
    expect(names(x, /Nobody crosses at night/)).toEqual(['Karl Oster']);
    expect(names(x, /river crested/)).toEqual([]);
  });
});

describe('claimants17: a line naming a person over a quotation', () => {
  it('gives the quotation under any header that opens on a name to that person, unless the quotation names its own speaker', () => {
    const x = read([
      'Valley Radio news',
      'Northland troops reached Marbek on Monday after a week of fighting, the Regional Monitor for Civil Rights said.',
      'Interview (translated subtitles):\nColonel Rami Oster, Northland army, at a checkpoint on Route 9\n"The road is open from Norden to Marbek. Not one kilometre is left to the bandits."',
      // Look-alikes: a reporter's credit over a quotation that names its speaker, and a byline.
      'Lina Brandt, Norden correspondent\n"We will hit them everywhere," Vesna Hollis said on Tuesday.',
      'By Karl Oster\n"Nobody is left in Dorvik," a farmer said.',
    ]);
    expect(names(x, /road is open/)).toEqual(['Rami Oster']);
    expect(names(x, /Not one kilometre/)).toEqual(['Rami Oster']);
    expect(names(x, /hit them everywhere/)).toEqual(['vesna-hollis']);
    expect(names(x, /Nobody is left in Dorvik/)).toEqual(['Farmer']);
  });

  it('gives "She said" after "X spoke to Y, who ..." to the one spoken to', () => {
    const x = read(['Valley Radio news', 'Lina Brandt spoke to Mira Sandvik, who runs a clinic in Marbek, from a camp near Dorvik.', 'She said the camp had run out of tents.']);
    expect(names(x, /run out of tents/)).toEqual(['Mira Sandvik']);
  });
});

describe('claimants17: more speakers in the sentence', () => {
  const world = withArmySource();

  it('reads "X, citing Y, called ...", "a statement by X, carried by Y, said" and "X\'s readout said"', () => {
    const x = read(
      [
        'Valley Radio news',
        'Northland TV, citing a military source, called the strike an act of aggression.',
        'But a statement by the river authority, carried by the Kestrel Courier, said the dam had held.',
        "The Northland presidency's readout said Hollis had stressed the need for calm.",
      ],
      'Valley Radio',
      '2021-03-05',
      world,
    );
    expect(names(x, /act of aggression/)).toEqual(['north-army-source', 'north-tv']);
    expect(names(x, /dam had held/)).toEqual(['River authority', 'Kestrel Courier']);
    expect(names(x, /need for calm/)).toEqual(['north-presidency']);
  });

  it('reads "X was blunter, blaming ..." and "an official briefed on the meeting said", not "the winter was colder, killing ..."', () => {
    const x = read([
      'Valley Radio news',
      "Northland's foreign ministry was blunter, blaming the rebels for the collapse of the truce.",
      'A Northland official briefed on the meeting said the two sides would meet again.',
      'The winter was colder, killing half the crops near Dorvik.',
    ]);
    expect(names(x, /blaming the rebels/)).toEqual(["Northland's foreign ministry"]);
    expect(names(x, /would meet again/)).toEqual(['Northland official']);
    expect(names(x, /half the crops/)).toEqual([]);
  });

  it('reads "the judges ruled that ..." as theirs, not "the party ruled the province"', () => {
    const x = read(['Valley Radio news', 'The judges ruled that the loan was an illegal donation.', 'The party ruled River province for a decade.']);
    expect(names(x, /illegal donation/)).toEqual(['Judges']);
    expect(names(x, /for a decade/)).toEqual([]);
  });

  it('gives U.N. figures, a U.N. mission and "the mission" to the United Nations', () => {
    const x = read([
      'Valley Radio news',
      'Violence in River province has killed hundreds since 2018, according to U.N. figures.',
      'The U.N. peacekeeping mission, UNMORV, said it had flown a patrol to Marbek.',
      '"Those responsible must answer for this," the mission said in a statement.',
    ]);
    expect(names(x, /killed hundreds/)).toEqual(['un']);
    expect(names(x, /flown a patrol/)).toEqual(['un']);
    expect(names(x, /must answer for this/)).toEqual(['un']);
  });

  it('keeps a title-cased name with "of ... and ..." whole, and a pair of names two', () => {
    const x = read(['Valley Radio news', 'The Academy of Fine Arts and Sciences called him "a giant".', 'The Regional Monitor for Civil Rights and Northland TV said the bridge was shut.']);
    expect(names(x, /a giant/)).toEqual(['Academy of Fine Arts and Sciences']);
    expect(names(x, /bridge was shut/)).toEqual(['monitor', 'north-tv']);
  });
});

describe('claimants17: names and times', () => {
  it('reads a bare first name as the person the page named in full, and "reported by midday" as no one', () => {
    const x = read([
      'Valley Radio news',
      'The court ruled that a loan from its founder, Arno Veldkamp, broke the law.',
      'Arno told supporters in Norden that the ruling was meant to silence dissent.',
      'Soldiers were posted at crossroads across Marbek, but no violence had been reported by midday on Sunday.',
    ]);
    expect(names(x, /silence dissent/)).toEqual(['Arno Veldkamp']);
    expect(names(x, /reported by midday/)).toEqual([]);
  });

  it("keeps a reporter's contacts as the speakers under the reporter's label", () => {
    const x = read(['Valley Radio news', 'JONAS EKE, CORRESPONDENT:\nAll afternoon we have watched armour heading south. Rebels I reached by phone say they have mined the approaches.']);
    expect(names(x, /heading south/)).toEqual(['Jonas Eke']);
    expect(names(x, /mined the approaches/)).toEqual(['Rebels']);
  });
});

describe('claimants17: words said aloud', () => {
  it('gives a quotation to whoever shouted it after it, not to who shouted inside it', () => {
    const x = read(['Valley Radio news', '"I have lost everything," a farmer shouted at the gate.', '"The ushers shouted at us to move back, but the people behind kept pushing," said Mira Sten.', 'The crowd shouted at the police in Marbek.']);
    expect(names(x, /lost everything/)).toEqual(['Farmer']);
    expect(names(x, /ushers shouted/)).toEqual(['Mira Sten']);
    expect(names(x, /crowd shouted/)).toEqual([]);
  });
});

describe('claimants17: names of several words, and media named with their standing', () => {
  it('keeps "the London School of Hygiene and Tropical Medicine" and "a search and rescue agency" whole, and "the army and state media" two', () => {
    const x = read([
      'Valley Radio news',
      'About 4,000 people died in the war, according to researchers at the Norden School of Hygiene and Tropical Medicine.',
      "Ten pupils drowned near Dorvik on Friday, Northland's search and rescue agency said.",
      'By Saturday the Northland army and Northland TV said Marbek was entirely theirs.',
    ]);
    expect(names(x, /4,000 people died/)).toEqual(['Researchers at the Norden School of Hygiene and Tropical Medicine']);
    expect(names(x, /Ten pupils drowned/)).toHaveLength(1);
    expect(names(x, /entirely theirs/)).toEqual(['north-army', 'north-tv']);
  });

  it('names "the official Xinhua news agency" Xinhua, a news agency, but not "Islamic State\'s Amaq news agency" by the possessive alone', () => {
    const x = read(['Valley Radio news', 'About 1,400 medics have been sent to Marbek, according to the official Kestrel news agency.', "The Veldt Front's Amaq news agency claimed the attacker was one of its fighters."]);
    expect(names(x, /1,400 medics/)).toEqual(['Kestrel']);
    expect(x.newActors.find((a) => a.name === 'Kestrel')?.kind).toBe('NEWS_AGENCY');
    expect(names(x, /one of its fighters/)).not.toEqual(['Veldt Front\'s Amaq']);
  });

  it('lists the medium of "according to a statement carried by X" after the speaker', () => {
    const x = read(['Valley Radio news', 'The Northland army called the strikes "criminal", according to a statement carried by the Kestrel Courier.']);
    expect(names(x, /strikes "criminal"/)).toEqual(['north-army', 'Kestrel Courier']);
  });
});

describe('claimants17: more ways a sentence names its speaker', () => {
  it('reads \'"...," police chief X was quoted as saying\', "Through his lawyer, X denied", "Its first statement said", "UN officials add" and "X put it differently:"', () => {
    const x = read([
      'Valley Radio news',
      'Marbek police said the guide had been named a suspect, the Kestrel Courier reported. "He ignored the warnings about the rain," district police chief Arno Veldkamp was quoted as saying.',
      'Through his lawyer, the guide denied any wrongdoing.',
      "Northland's defence ministry says its soldiers came under fire early on Monday. Its first statement said four soldiers had been killed.",
      'About 40,000 people live in Marbek, according to the UN. Roughly half, UN officials add, had already fled from elsewhere.',
      'A Northland diplomat cited by the Kestrel Courier put it differently: the sides "agreed to meet again".',
    ]);
    expect(names(x, /warnings about the rain/)).toEqual(['Arno Veldkamp']);
    expect(names(x, /denied any wrongdoing/)).toEqual(['Guide']);
    expect(names(x, /four soldiers had been killed/)).toEqual(["Northland's defence ministry"]);
    // An international organisation's officials speak for it (round 17), as the one set's writer who met the form had it.
    expect(names(x, /Roughly half/)).toEqual(['un']);
    expect(names(x, /put it differently/)).toEqual(['Northland diplomat', 'Kestrel Courier']);
  });

  it('reads "said nothing" as a silence, but "said nothing had been agreed" as a statement', () => {
    const x = read(['Valley Radio news', 'Northland, as is its habit, said nothing.', 'The Northland presidency said nothing had been agreed at the talks in Norden.']);
    expect(names(x, /as is its habit/)).toEqual([]);
    expect(names(x, /nothing had been agreed/)).toEqual(['north-presidency']);
  });

  it("keeps the families a reporter met as the speakers of what they expect, under the reporter's label", () => {
    const x = read(['Valley Radio news', 'MIRA STEN, CORRESPONDENT: Troops took several more villages on Tuesday. Families I met in the camps this afternoon expect the army to reach Marbek within weeks.']);
    expect(names(x, /several more villages/)).toEqual(['Mira Sten']);
    expect(names(x, /reach Marbek within weeks/)).toEqual(['Families']);
  });
});

describe('claimants17: look-alikes a review of the round found (each gave a claimant before its fix)', () => {
  it('reads no header over a quotation in a byline, a dated credit, a related link or a paragraph that goes on after the quotation', () => {
    const pages = [
      ['Valley Radio news', 'Karl Oster, Norden correspondent\n"We had ten minutes to leave."\nThat was all the warning Mira Sandvik got.'],
      ['Valley Radio news', 'Karl Oster — 4 March 2021\n"It is the worst flood in living memory." Farmers in Dorvik are counting their losses.'],
      ['Valley Radio news', 'Omar Haddad: a minister under fire\n"We will not negotiate with bandits." With those words the president ended the first round.'],
    ];
    for (const page of pages) {
      const x = read(page);
      const quoted = x.claims.filter((c) => c.evidence.some((e) => /^["“]/.test(e.quote)));
      expect(quoted.length).toBeGreaterThan(0);
      for (const c of quoted) expect(c.claimants, c.evidence[0]!.quote).toEqual([]);
    }
  });

  it('keeps "She said" after "X spoke to Y by phone" for X, and reads narration after "was rising," or "were higher," as no one\'s', () => {
    const x = read(['Valley Radio news', 'Vesna Hollis spoke to Omar Haddad by phone on Monday.', 'She said the talks would resume.', 'The river was rising, threatening homes near Dorvik.', 'Turnout was low, dismissing hopes of a recount.']);
    expect(names(x, /talks would resume/)).toEqual(['vesna-hollis']);
    expect(names(x, /threatening homes/)).toEqual([]);
    expect(names(x, /dismissing hopes/)).toEqual([]);
  });

  it('keeps a weekday, a street or a second claimant out of a name, and "that province" out of a ruling', () => {
    const x = read([
      'Valley Radio news',
      'The bridge on Sandvik Road was shut by the flood.',
      'Sandvik said in a statement that the company would rebuild it.',
      'The Mayor of Norden and Omar Haddad said the bridge would reopen.',
      'The University of Norden and Northland TV said the dam held.',
      "Northland's army and intelligence service said the border was calm.",
      'The party ruled that province for a decade.',
      'Floods add to the misery in Marbek.',
      'The new law gives the army a number of powers.',
    ]);
    expect(names(x, /company would rebuild/)).not.toContain('Sandvik Road');
    expect(names(x, /bridge would reopen/)).toEqual(['Mayor of Norden', 'omar-haddad']);
    expect(names(x, /the dam held/)).toEqual(['University of Norden', 'north-tv']);
    expect(names(x, /border was calm/)).toHaveLength(2);
    expect(names(x, /for a decade/)).toEqual([]);
    expect(names(x, /add to the misery/)).toEqual([]);
    expect(names(x, /number of powers/)).toEqual([]);
  });

  it('does not read across a relative clause, a song title or "said nothing on the ground had changed"', () => {
    const x = read([
      'Valley Radio news',
      'The truce that Northland signed in March and said it would honour collapsed on Friday.',
      'Mourners sang "River Home" as the widow sobbed.',
      'The Northland army said nothing on the ground had changed overnight.',
      'A statement by the river authority, carried by the Kestrel Courier, said the dam had held.',
    ]);
    expect(names(x, /collapsed on Friday/)).not.toContain('northland');
    expect(names(x, /widow sobbed/)).toEqual([]);
    expect(names(x, /nothing on the ground/)).toEqual(['north-army']);
    expect(names(x, /dam had held/)).toEqual(['River authority', 'Kestrel Courier']);
  });
});

describe('claimants17: names of new actors', () => {
  it('reads the government in more capitals as its country\'s, keeps an acronym in capitals, and a capital that is a name a person', () => {
    const x = read([
      'Valley Radio news',
      'The government in Juba said the deadline would be met.',
      'The government in Bangui said the town of Birao had been retaken.',
      'FPRC said its fighters still held the road to Marbek.',
      'Lima Oster, a nurse at the Marbek clinic, said the ward had flooded.',
      'Lima said the ward had no power for two days.',
    ]);
    expect(names(x, /deadline would be met/)).toEqual(['South Sudanese government']);
    expect(names(x, /Birao had been retaken/)).toEqual(['Central African government']);
    expect(names(x, /still held the road/)).toEqual(['FPRC']);
    expect(names(x, /no power for two days/)).toEqual(['Lima Oster']);
  });
});

/**
 * Claimant forms of round 15, on pages written for these tests (fictional places, people and media). Each test also holds a
 * sentence that only resembles the form and must keep its claimants.
 */
import { describe, expect, it } from 'vitest';
import { claim, knowledge, names, read } from './fixtures.js';

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
    const world = knowledge();
    world.actors = [...world.actors, { key: 'north-army-source', name: 'Northland army source (unnamed)', kind: 'PERSON', description: 'An unnamed source.', aliases: ['Northland army source'] }];
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

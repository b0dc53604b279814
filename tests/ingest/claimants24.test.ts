/**
 * Round 22: misreadings found by drafting pages written here in the styles of features, press reviews, court copy and
 * press-conference transcripts (not forms read from a held-out set). Each test also holds a sentence that only resembles
 * the case and must keep its claimants (or its lack of one).
 */
import { describe, expect, it } from 'vitest';
import { names, read } from './fixtures.js';

const kindOf = (x: ReturnType<typeof read>, name: string) => x.newActors.find((a) => a.name === name)?.kind;

describe('claimants24: people by what they are to someone, and the medium they spoke to', () => {
  const x = read([
    'Valley Radio news',
    'The Monitor said its volunteers had pulled 12 bodies from the rubble.',
    'His neighbour, a 60-year-old farmer, says he will not leave.',
    '"This is my land," he says.',
    'Speaking to the Courier by phone, her brother Tarek Saleh said the family had moved.',
    // Look-alike: what follows "Speaking on" is no medium, and the speaker named after it speaks alone.
    'Speaking on the sidelines of a summit in Norden, Omar Haddad said the talks would go on.',
  ]);

  it('makes "his neighbour" one person, so that "he says" after it is the neighbour, not the body named before', () => {
    expect(kindOf(x, 'Neighbour')).toBe('PERSON');
    expect(names(x, /This is my land/)).toEqual(['Neighbour']);
  });

  it('names the medium of "Speaking to the Courier by phone" without how it was reached', () => {
    expect(names(x, /family had moved/)).toEqual(['Tarek Saleh', 'Courier']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /talks would go on/)).toEqual(['omar-haddad']);
  });
});

describe('claimants24: "it" after a medium named in an own-voice sentence', () => {
  const x = read([
    'Valley Radio news',
    'The Norden daily Vecer leads on the talks.',
    'In an editorial, it says Northland cannot trust its neighbours.',
  ]);
  // Look-alikes: a person keeps being a person, and "it" after them is not them.
  const y = read([
    'Valley Radio news',
    'The Monitor counted 40 dead in Marbek.',
    'President Lidija Brankovic accused the Northland army of shelling Marbek.',
    'It wants the UN to investigate.',
  ]);

  it('gives "it" after an own-voice sentence on "The Norden daily Vecer" to that paper', () => {
    expect(names(x, /cannot trust its neighbours/)).toEqual(['Vecer']);
    expect(kindOf(x, 'Vecer')).toBe('MEDIA');
  });

  it('keeps a titled person a person', () => {
    expect(kindOf(y, 'Lidija Brankovic')).toBe('PERSON');
    expect(names(y, /wants the UN/)).not.toEqual(['Lidija Brankovic']);
  });
});

describe('claimants24: titles and letters around a name', () => {
  const x = read([
    'Valley Radio news',
    'Rear Admiral Petar Lukic told a briefing that the talks had failed.',
    'Prosecutor Ana Ruzic QC told the court that the money was gone.',
    'Presidential Communications Director Zoran Pavic condemned the attack.',
    // Look-alike: a name that is no title keeps its first word.
    'Marko Director said the road was shut.',
  ]);

  it('drops a rank, an office and the letters after a name from the person proposed', () => {
    expect(names(x, /talks had failed/)).toEqual(['Petar Lukic']);
    expect(names(x, /money was gone/)).toEqual(['Ana Ruzic']);
    expect(names(x, /condemned the attack/)).toEqual(['Zoran Pavic']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /road was shut/)).toEqual(['Marko Director']);
  });
});

describe('claimants24: a press conference transcript', () => {
  const x = read([
    'NORDEN DIPLOMATIC OBSERVER | Transcripts',
    'Press conference by Foreign Minister Omar Haddad after the talks',
    'FOREIGN MINISTER HADDAD: Thank you. The attacks on our posts are unacceptable, and we have told our friends this very clearly.',
    'QUESTION (Mira Lenz, Valley Radio): Minister, did the talks fail?',
    'HADDAD: The other side brought a new map. We rejected it.',
    'Q (Anton Berg, Sandvik Courier): Will troops move?',
    'HADDAD: That is a question for the army.',
  ]);
  // Look-alike: "we" inside a quotation with its speaker named keeps that speaker.
  const y = read(['Valley Radio news', '"We rejected the map," Omar Haddad said.']);

  it('gives a titled surname label ("FOREIGN MINISTER HADDAD:") to the whole name the page prints', () => {
    expect(names(x, /attacks on our posts/)).toEqual(['omar-haddad']);
    expect(names(x, /brought a new map/)).toEqual(['omar-haddad']);
    expect(names(x, /question for the army/)).toEqual(['omar-haddad']);
  });

  it('reads "we" in a speaker\'s turn as the speaker, never as a new actor "We"', () => {
    expect(names(x, /told our friends/)).toEqual(['omar-haddad']);
    expect(names(x, /We rejected it/)).toEqual(['omar-haddad']);
    expect(x.newActors.map((a) => a.name)).not.toContain('We');
  });

  it('leaves the look-alike as it was', () => {
    expect(names(y, /rejected the map/)).toEqual(['omar-haddad']);
  });
});

describe('claimants24: a briefing note and an agency story', () => {
  const x = read([
    'Valley Radio news',
    'The WHO says it has shipped masks to 24 countries.',
    'Its Director-General, Dr. Lena Marsh, told a briefing that the risk was high.',
    'Turning to the floods, the Spokesperson said aid had reached Marbek.',
    'The Northland army rejected as groundless claims that its jets had struck a hospital.',
    'According to Omar Haddad, the talks will go on. He did not rule out that the two presidents could meet.',
    "Norden, the rebels' main enemy, blames the Monitor for the failure.",
    // Look-alike: a relative "who" in lower case still ends the speaker's name.
    'A soldier who asked not to be named said the road was shut.',
  ]);

  it('reads "The WHO" as the acronym, not a relative "who"', () => {
    expect(names(x, /shipped masks/)).toEqual(['un']);
  });

  it('gives "Its Director-General, Dr. X, told" to X', () => {
    expect(names(x, /risk was high/)).toEqual(['Lena Marsh']);
  });

  it('reads "Turning to ..." as a fronted phrase, not a speaker', () => {
    expect(names(x, /aid had reached Marbek/)).toEqual(['Spokesperson']);
  });

  it('keeps "claims" after "rejected as groundless" a noun: no new actor "Groundless"', () => {
    expect(names(x, /its jets had struck/)).toEqual(['north-army']);
    expect(x.newActors.map((a) => a.name)).not.toContain('Groundless');
  });

  it('reads "did not rule out that" as a statement of the one named before', () => {
    expect(names(x, /presidents could meet/)).toEqual(['omar-haddad']);
  });

  it('finds the verb after a name and its apposition ("Norden, the rebels\' main enemy, blames")', () => {
    expect(names(x, /blames the Monitor/)).toEqual(['northland']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /road was shut/)).toEqual(['Soldier']);
  });
});

describe('claimants24: a live page and court copy', () => {
  const x = read([
    'Valley Radio news',
    'The Monitor counted 40 dead in Marbek.',
    'Lidija Brankovic left Norden before the polls closed. Speaking in Marbek, she said the first results meant nothing.',
    'A former Marbek official accused of stealing aid has been cleared of all charges.',
    'The family of one victim said it was disappointed.',
    '"We still do not know where the money went," it said.',
    // Look-alike: one accused who then speaks keeps speaking.
    'The man accused of killing the mayor said he was innocent.',
  ]);

  it('gives "she" after an own-voice sentence on a person by whole name to that person', () => {
    expect(names(x, /first results meant nothing/)).toEqual(['Lidija Brankovic']);
  });

  it('reads "X accused of Y has been cleared" in the outlet\'s voice: the accused accuses no one', () => {
    expect(names(x, /has been cleared/)).toEqual([]);
  });

  it('gives \'"We ...," it said.\' to the body that spoke before', () => {
    expect(names(x, /where the money went/)).toEqual(['Family of one victim']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /he was innocent/)).toEqual(['Man']);
  });
});

describe('claimants24: documents, "the country\'s" body, and bodies named like people', () => {
  const x = read([
    'Valley Radio news',
    'Omar Haddad stressed the alliance, according to a Foreign Office readout of a call with Vesna Hollis.',
    "Chile sent more troops to the border. The country's National Defense Ministry said the posts would stay.",
    'The toll rose to 12, according to the Marbek Civil Defence.',
    'The Health Department said the virus had spread.',
  ]);
  // Look-alike: a document with no named owner before it stays as it was read.
  const y = read(['Valley Radio news', 'The talks ended, according to a transcript of the briefing.']);

  it('gives "according to a X readout of a call with Y" to X, not to Y', () => {
    expect(names(x, /stressed the alliance/)).toEqual(['Foreign Office']);
  });

  it('reads "the country\'s" as the country named before', () => {
    expect(names(x, /posts would stay/)).toEqual(['Chilean national defense ministry']);
  });

  it('proposes a civil defence and a department as bodies, not people', () => {
    expect(kindOf(x, 'Marbek Civil Defence')).toBe('GROUP');
    expect(kindOf(x, 'Health Department')).toBe('GOVERNMENT_BODY');
  });

  it('leaves the look-alike as it was', () => {
    expect(names(y, /talks ended/)).toEqual(['Transcript of the briefing']);
  });
});

describe('claimants24: a TV transcript, a shot list and a press review', () => {
  const x = read([
    'SHOTLIST',
    '1. WIDE OF MARBEK',
    '(SOUNDBITE) (Arabic) TAREK SALEH, REBEL SPOKESMAN:\nWe will defend our land. The army will not pass.',
    'STORYLINE:',
    'The minister of health, Jana Petrova, said the camps were full. Two more camps will open, according to the minister.',
    'Our correspondent Martin Ashdown, reporting from Marbek, says the mood has changed.',
    'The Dorvik Sentinel, a local daily, praises the army.',
    '"Norden has won," its editorial concludes.',
    // Look-alikes: an unquoted line after a blank line under a header is no clip; "the official" after officials stays theirs.
    'Northland officials said the road was open. "We will not close it," the official said.',
  ]);
  const y = read(['SHOTLIST', '(SOUNDBITE) (Arabic) TAREK SALEH, REBEL SPOKESMAN:', 'Troops reached the outskirts of Dorvik on Monday.']);
  const clip = read(['SHOTLIST', '1. WIDE OF MARBEK', '(SOUNDBITE) (Arabic) CAMP ADMINISTRATOR, AHMAD QASSEM, SAYING:\n"The camp has run out of tents and blankets."', 'STORYLINE:']);

  it('gives the unquoted words right under a marked soundbite header to its speaker', () => {
    expect(names(x, /defend our land/)).toEqual(['Tarek Saleh']);
    expect(names(x, /army will not pass/)).toEqual(['Tarek Saleh']);
  });

  it('reads "ROLE, NAME, SAYING:" as the name, not the role', () => {
    expect(names(clip, /run out of tents/)).toEqual(['Ahmad Qassem']);
  });

  it('gives "according to the minister" to the person named before in that role', () => {
    expect(names(x, /Two more camps/)).toEqual(['Jana Petrova']);
  });

  it('cuts ", reporting from X," from the speaker\'s name', () => {
    expect(names(x, /mood has changed/)).toEqual(['Martin Ashdown']);
  });

  it('gives "its editorial" to the paper the sentence before named', () => {
    expect(names(x, /Norden has won/)).toEqual(['Dorvik Sentinel']);
  });

  it('leaves the look-alikes as they were', () => {
    expect(names(x, /will not close it/)).toEqual(['Northland officials']);
    expect(names(y, /outskirts of Dorvik/)).toEqual([]);
  });
});

describe('claimants24: a person referred back to by age', () => {
  const x = read([
    'Valley Radio news',
    'Rana Idris, 34, fled Marbek with her three children. "We had nothing left," the 34-year-old mother of three told the Courier.',
    'Tarek Saleh, a 52-year-old baker, left Dorvik on Monday. The 52-year-old said the shelling never stopped.',
    // Look-alike: an age no one was named with before is a new person by that description.
    'A 60-year-old farmer said he would not leave Marbek.',
  ]);

  it('gives "the 34-year-old mother of three" and "The 52-year-old" to the person named before with that age', () => {
    expect(names(x, /We had nothing left/)).toEqual(['Rana Idris', 'Courier']);
    expect(names(x, /shelling never stopped/)).toEqual(['Tarek Saleh']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /would not leave Marbek/)).toEqual(['60-year-old farmer']);
  });
});

describe("claimants24: a titled owner's spokesperson", () => {
  const x = read(['Valley Radio news', "President Hollis's spokeswoman said the talks would continue.", "A ministry spokeswoman said the road was open."]);

  it('gives "President X\'s spokeswoman" to X as the graph names X, without the title', () => {
    expect(names(x, /talks would continue/)).toEqual(['vesna-hollis']);
  });

  it('leaves the look-alike as it was', () => {
    expect(names(x, /road was open/)).toEqual(['Ministry spokeswoman']);
  });
});

describe('claimants24: look-alikes the round\'s review found (each was drafted wrong by an earlier form of a rule above)', () => {
  const x = read([
    'Valley Radio news',
    'The Marbek coast guard said 40 migrants were rescued.',
    'The Economist reported that the talks had stalled.',
    'Emir Kovac, the film director, said the festival would go ahead. Kovac said tickets had sold out.',
    'Acme Mining announced the closure of its Dorvik mine. Paul Rowe said the mine was no longer profitable. It said 400 jobs would go.',
    'Lidija Brankovic called Anton Berg on Monday. He said the talks would resume.',
    'The injury did not rule out a return next month, doctors said.',
    'In Marbek, the last rebel stronghold, reports of new shelling emerged.',
    'After talks in Norden, Chile\'s president returned home. The country\'s foreign ministry said the visit had gone well.',
  ]);
  const clip = read(['SHOTLIST', '1. WIDE OF MARBEK', '(SOUNDBITE) (Arabic) RESIDENT, TOM BAKER, SAYING:\n"The shelling went on all night in the old town."', 'STORYLINE:']);
  const story = read(['SHOTLIST', '(SOUNDBITE) (English) Ana Lobo, Mayor of Marbek:', 'STORY: More than 600,000 people have fled, according to the United Nations.']);

  it('keeps a coast guard a body and The Economist no person', () => {
    expect(kindOf(x, 'Marbek coast guard')).not.toBe('PERSON');
    expect(kindOf(x, 'Economist')).not.toBe('PERSON');
  });

  it('keeps a given name that is also a title ("Emir Kovac") for the surname after it', () => {
    expect(names(x, /tickets had sold out/)).toEqual(['Emir Kovac']);
  });

  it('never retypes a person as a body for an "It" after them', () => {
    expect(kindOf(x, 'Paul Rowe')).toBe('PERSON');
    expect(names(x, /400 jobs would go/)).not.toContain('Paul Rowe');
  });

  it('gives no "he" to the subject when the sentence names another person after it', () => {
    expect(names(x, /talks would resume/)).not.toEqual(['Lidija Brankovic']);
  });

  it('keeps a closing speaker after a thing that "did not rule out"', () => {
    expect(names(x, /return next month/)).toEqual(['Doctors']);
  });

  it('reads no speaker into a fronted place and its apposition before "reports of"', () => {
    expect(names(x, /reports of new shelling/)).toEqual([]);
  });

  it('reads "the country\'s" as the last country named before it', () => {
    expect(names(x, /visit had gone well/)).toEqual(['Chilean foreign ministry']);
  });

  it('keeps a surname that is a role word in "ROLE, NAME, SAYING:"', () => {
    expect(names(clip, /went on all night/)).toEqual(['Tom Baker']);
  });

  it('leaves a labelled, attributed line under a soundbite header to its own source', () => {
    expect(names(story, /600,000 people have fled/)).toEqual(['un']);
  });
});

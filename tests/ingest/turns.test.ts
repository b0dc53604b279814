/**
 * A broadcast page's speaker turns (src/ingest/turns.ts; docs/annotating.md, "Speaker turns"), on pages written for these
 * tests (fictional places and people). A reporter's or a guest's own lines are theirs; a presenter's, a cue's and a
 * back-announcement's are the outlet's; a line that names its own source keeps it.
 */
import { describe, expect, it } from 'vitest';
import { speakerTurns } from '../../src/ingest/turns.js';
import { claim, nameOf, read } from './fixtures.js';

describe('speaker turns: a transcript with its labels on the line', () => {
  it("gives a reporter's lines to the reporter across paragraphs, and the presenter's to no one", () => {
    const x = read([
      'Valley Radio · The Morning Round',
      'Presented by Ada Quill · Reporting by Ben Tarr',
      "ADA QUILL: The Monitor says 40 families have left Marbek. Dorvik's bridge reopened on Monday.",
      'BEN TARR: Most of the shops in the square are shut.',
      'Bread has run out in two bakeries near the river.',
      'The water is said to be rising again upstream.',
      'QUILL: Talks on the dam resume on Friday.',
    ]);
    expect(nameOf(x, /Most of the shops/)).toBe('Ben Tarr');
    expect(x.newActors.find((a) => a.name === 'Ben Tarr')?.kind).toBe('PERSON');
    expect(nameOf(x, /Bread has run out/)).toBe('Ben Tarr');
    // Their own lines are reported in their voice, not asserted by the outlet (docs/annotating.md).
    expect(claim(x, /Most of the shops/).modality).toBe('REPORTED');
    // A line that names its own source keeps it; a hedge relays someone unnamed; the presenter, also by surname, is the outlet.
    expect(nameOf(x, /40 families have left/)).toBe('monitor');
    expect(nameOf(x, /said to be rising/)).toBeNull();
    expect(nameOf(x, /bridge reopened on Monday/)).toBeNull();
    expect(nameOf(x, /Talks on the dam/)).toBeNull();
  });
});

describe('speaker turns: a script with its labels on lines of their own', () => {
  it('reads the reporter from the credits, the guest from a role, and the cue and back-announcement as the outlet', () => {
    const x = read([
      'STORY: RIVER FLOODS\nReporter: Cara Dunn (Marbek) · Producer: Eli Fenn',
      'CUE:\nThe river has burst its banks at Marbek. Cara Dunn reports.',
      'CARA DUNN:\nThe water reached the square by noon.',
      '[SOUND: rain, engines]\nBoats came for the last families in the afternoon.',
      'GORAN VASK, ferry operator:\n"Nobody here has seen a flood like it."',
      'BACK-ANNOUNCE:\nSchools in Marbek will stay shut this week.',
      'SHOT LIST:\nSoldiers carry sandbags along Route 9.',
    ]);
    expect(nameOf(x, /water reached the square/)).toBe('Cara Dunn');
    expect(nameOf(x, /Boats came for the last families/)).toBe('Cara Dunn');
    expect(nameOf(x, /seen a flood like it/)).toBe('Goran Vask');
    expect(nameOf(x, /burst its banks/)).toBeNull();
    expect(nameOf(x, /Schools in Marbek/)).toBeNull();
    expect(nameOf(x, /carry sandbags/)).toBeNull();
  });

  it("keeps a correspondent's quotation set in a web page to the quotation, and the page's own text after it the outlet's", () => {
    const x = read([
      'Floods close the bridge at Marbek',
      'DANA ROOK, RIVER CORRESPONDENT:\n"The water has never been this high in March."',
      'The bridge at Dorvik was closed on Monday.',
    ]);
    expect(nameOf(x, /never been this high/)).toBe('Dana Rook');
    expect(nameOf(x, /bridge at Dorvik was closed/)).toBeNull();
  });
});

describe('speakerTurns', () => {
  it('opens a turn at a person\'s label only, and ends it at the next label or heading', () => {
    const turns = speakerTurns(['HOST (ADA QUILL): Good morning.', 'TX DATE: 2 March', 'Soldiers walk in.', 'CORRESPONDENT — BEN TARR, MARBEK: Shops are shut.', 'Floods In The North', 'Water rose.'].join('\n'));
    expect(turns).toHaveLength(6);
    expect(turns.map((t) => (t ? `${t.role} ${t.name}` : null))).toEqual(['PRESENTER Ada Quill', null, null, 'REPORTER Ben Tarr', null, null]);
  });
});

describe('speaker turns: a role with no name, a name in ordinary case with its role, and credits that open no turn', () => {
  it("gives a bare REPORTER's lines to the outlet, 'Ana Brisk, correspondent:' to her, and reads 'Reporter: X · Producer: Y' as a credit", () => {
    const x = read([
      'Reporter: Cara Dunn · Producer: Eli Fenn',
      'The bridge at Dorvik was closed on Monday.',
      'Hollis Kemper, river correspondent · Video producer: Ines Valt',
      'Boats were moored along the quay.',
      'REPORTER:\nThe water reached the square by noon.',
      'Ana Brisk, correspondent: Shops in Marbek stayed shut.',
      'Ida Lorn (presenter): Talks on the dam resume on Friday.',
    ]);
    expect(nameOf(x, /bridge at Dorvik was closed/)).toBeNull();
    expect(nameOf(x, /Boats were moored/)).toBeNull();
    expect(nameOf(x, /water reached the square/)).toBe('Valley Radio');
    expect(nameOf(x, /Shops in Marbek stayed shut/)).toBe('Ana Brisk');
    expect(nameOf(x, /Talks on the dam/)).toBeNull();
  });
});

describe('speaker turns (round 13): a clip\'s or a guest\'s speaker on a line of their own', () => {
  it('gives the quotation under a soundbite, a timecoded shot or a "From the report" label to the person it names, and only that quotation', () => {
    const x = read([
      'SOUNDBITE: Tomas Reyl, ferry captain\n“The river rose two metres overnight. We lost the lower jetty.”',
      'ENDS',
      '00:41 Mira Santel, baker in Marbek, speaking Northish:\n“Nobody has slept. The water is at the door.”\n01:02 Boats moored by the bridge',
      '00:00:52:10  (SOT) (Northish) Ivo Brandt, shopkeeper:\n// Northish, translated by the desk //\n“Three lorries came through before dawn.”',
      'From the report — Ana Brisk:\n“Through the night we watched the pumps fail one by one.”',
      'The Northland army said the bridge would reopen on Friday.',
      'SOUNDBITE: Lena Vogt, volunteer\nVolunteers filled sandbags all afternoon.',
    ]);
    expect(nameOf(x, /lost the lower jetty/)).toBe('Tomas Reyl');
    expect(nameOf(x, /water is at the door/)).toBe('Mira Santel');
    expect(nameOf(x, /Three lorries came through/)).toBe('Ivo Brandt');
    expect(nameOf(x, /pumps fail one by one/)).toBe('Ana Brisk');
    // The page's own line after the quotation keeps its own speaker.
    expect(nameOf(x, /bridge would reopen/)).toBe('north-army');
    // A clip label over words that are no quotation gives them nobody.
    expect(nameOf(x, /filled sandbags/)).toBeNull();
  });

  it('opens a guest\'s turn from "GUEST (Name, affiliation):" that runs over the lines under it', () => {
    const turns = speakerTurns(['GUEST (Hana Roe, Dorvik Institute, Marbek):', 'I do not think the dam will fail.', 'It was built for worse.', 'PRESENTER:', 'Thank you.'].join('\n'));
    expect(turns.map((t) => t?.name ?? null)).toEqual(['Hana Roe', 'Hana Roe', 'Hana Roe', null, null]);
    expect(turns[1]?.role).toBe('GUEST');
  });
});

describe('speaker turns (round 13): a colon alone labels a person', () => {
  it('reads "Omar Haddad:" over a quotation as his, but not a heading such as "What Residents Say:" or "Northland Army Statement:"', () => {
    const turns = speakerTurns(
      ['What Residents Say:', '“The water came at night.”', 'Northland Army Statement:', '“The bridge will reopen.”', 'Omar Haddad:', '“We will rebuild.”'].join('\n'),
    );
    expect(turns.map((t) => t?.name ?? null)).toEqual([null, null, null, null, 'Omar Haddad', 'Omar Haddad']);
  });
});

describe('speaker turns (round 14): a surname label names the person the page introduces', () => {
  it('reads "TARR, MARBEK CORRESPONDENT:" and "PENN:" as the people the text names in full, and the presenter by surname as the outlet', () => {
    const x = read([
      'Valley Radio · Podcasts · The River Hour',
      'Presented by Ada Quill. Produced by Eli Fenn.',
      'QUILL: The dam talks ended without a deal. Ben Tarr has been following them for us in Marbek.',
      'TARR, MARBEK CORRESPONDENT: The delegations met for four hours on Monday. Another round is planned.',
      'QUILL: Cole Penn teaches hydrology at a college in Dorvik.',
      'PENN: The reservoir is lower than it has been in ten years. That has not changed.',
    ]);
    expect(nameOf(x, /delegations met for four hours/)).toBe('Ben Tarr');
    expect(nameOf(x, /Another round is planned/)).toBe('Ben Tarr');
    expect(nameOf(x, /reservoir is lower/)).toBe('Cole Penn');
    expect(nameOf(x, /That has not changed/)).toBe('Cole Penn');
    expect(x.newActors.find((a) => a.name === 'Cole Penn')?.kind).toBe('PERSON');
    expect(nameOf(x, /dam talks ended/)).toBeNull();
  });

  it('reads a surname in capitals against its printed spelling ("IŞIK:" is Hakan Işık), and a field label in capitals as no one', () => {
    const turns = speakerTurns(
      ['Newsreader: Mira Lund · Reporter in Dorvik: Hakan Işık', 'LUND: The bridge is closed.', 'IŞIK: Boats are moored along the quay.', 'PERMISSIONS: pool pictures, no resale', 'Water rose.'].join('\n'),
    );
    expect(turns.map((t) => (t ? `${t.role} ${t.name}` : null))).toEqual([null, 'PRESENTER Mira Lund', 'REPORTER Hakan Işık', null, null]);
  });
});

describe('speaker turns (round 14): a script\'s labels in brackets on lines of their own', () => {
  it('reads "[VT — NAME REPORTING]", "[NAME, CORRESPONDENT]" and "[SOT — Name, role]", keeps a turn over a caption, and ends it at "[READER]"', () => {
    const x = read([
      'VALLEY TELEVISION — EVENING NEWS — ITEM 2',
      '[ANCHOR — ON CAM]\nThe river burst its banks at Marbek on Monday.',
      '[VT — CARA DUNN REPORTING]\n[SUPER: Cara Dunn, Marbek]\nThe water reached the square by noon. Boats came for the last families.',
      '[SOT — Eli Moss, farmer]\n"We lost the whole harvest."',
      '[READER]\nThe bridge at Dorvik reopened on Tuesday.',
      '[NOOR VALE, CORRESPONDENT]\nThe dam gates were opened at dawn.',
      '[ANCHOR — BACK ANNO]\nTalks on the dam resume on Friday.',
    ]);
    expect(nameOf(x, /water reached the square/)).toBe('Cara Dunn');
    expect(nameOf(x, /Boats came for the last/)).toBe('Cara Dunn');
    expect(nameOf(x, /whole harvest/)).toBe('Eli Moss');
    expect(nameOf(x, /dam gates were opened/)).toBe('Noor Vale');
    expect(nameOf(x, /river burst its banks/)).toBeNull();
    expect(nameOf(x, /bridge at Dorvik reopened/)).toBeNull();
    expect(nameOf(x, /Talks on the dam resume/)).toBeNull();
  });
});

describe('speaker turns (round 14): a guest the presenter introduces by name', () => {
  it('gives "NAME:" to the guest the presenter\'s line names in its text, and keeps "Presenter: X" a credit only when the name ends it', () => {
    const x = read([
      'Valley Radio · World Tonight',
      'Presenter: Ada Quill · Producer: Eli Fenn',
      'PRESENTER: Cole Penn runs the flood shelters in Marbek.',
      'COLE PENN: We are taking in forty families a day. The tents ran out on Monday.',
      // A name in capitals the page never prints otherwise stays no one's.
      'RIVER DESK: The bridge at Dorvik reopened on Tuesday.',
    ]);
    expect(nameOf(x, /forty families a day/)).toBe('Cole Penn');
    expect(nameOf(x, /tents ran out/)).toBe('Cole Penn');
    expect(nameOf(x, /bridge at Dorvik reopened/)).toBeNull();
  });
});

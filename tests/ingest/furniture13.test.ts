/**
 * Page furniture of round 13, on pages written for these tests (fictional outlets, people and places): notes on how a page
 * was made, its makers and terms, an aggregator's source lines, a feed's rundown header, a live page's marks, a
 * newsletter's greeting, a link marker closing a paragraph and a related-links line. Each test holds body lines that
 * resemble the furniture and must stay body.
 */
import { describe, expect, it } from 'vitest';
import { detectBoilerplate, inBoilerplate, withoutLeadingFurniture } from '../../src/ingest/boilerplate.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const page = (lines: string[]) => lines.join('\n\n') + '\n';
const furniture = (text: string) => detectBoilerplate(text, { outlet: null }).map((b) => text.slice(b.start, b.end));
const body = (text: string) => {
  const b = detectBoilerplate(text, { outlet: null });
  return withoutLeadingFurniture(text, b, splitSentences(text))
    .filter((s) => !inBoilerplate(text, b, s))
    .map((s) => text.slice(s.start, s.end));
};

describe('furniture13: notes on how the page was made, its makers and its terms', () => {
  const text = page([
    'Floods close the Marbek road',
    'This transcript was produced with speech recognition and lightly checked; the audio is the record.',
    'Floodwater closed Route 9 near Marbek on Thursday, the Regional Monitor said.',
    'The report was prepared by engineers from the Northland water board and found the dam sound.',
    'Transcripts are generated automatically and checked by our producers. They may contain errors.',
    'Presented by Tessa Marrow. Produced by Ivo Lund.',
    'The programme was produced by a team of volunteers, the mayor said.',
    'Summary written by Harbour editors from the reports linked below.',
    'Translation supplied by the producer.',
    'Lakeside Wire copy is for subscribers under licence LW-2021 only.',
    'Lakeside Video Pool. All footage subject to licence terms. Not for archive.',
  ]);
  it('marks each note, credit and term as furniture', () => {
    const f = furniture(text);
    for (const line of [
      'This transcript was produced with speech recognition and lightly checked; the audio is the record.',
      'Transcripts are generated automatically and checked by our producers. They may contain errors.',
      'Presented by Tessa Marrow. Produced by Ivo Lund.',
      'Summary written by Harbour editors from the reports linked below.',
      'Translation supplied by the producer.',
      'Lakeside Wire copy is for subscribers under licence LW-2021 only.',
      'Lakeside Video Pool. All footage subject to licence terms. Not for archive.',
    ])
      expect(f).toContain(line);
  });
  it('keeps body sentences about reports and programmes as body', () => {
    const b = body(text);
    expect(b).toContain('Floodwater closed Route 9 near Marbek on Thursday, the Regional Monitor said.');
    expect(b).toContain('The report was prepared by engineers from the Northland water board and found the dam sound.');
    expect(b).toContain('The programme was produced by a team of volunteers, the mayor said.');
  });
});

describe('furniture13: an aggregator, a feed, a live page and a newsletter', () => {
  const text = page([
    'HARBOUR VIDEO NEWS — DAILY RUNDOWN, ITEM 4 OF 11',
    'Good morning. Three things from the weekend: the dam, the road and the count of the displaced.',
    'LIVE',
    'Posted by Ana Brisk',
    'Floodwater closed Route 9 near Marbek on Thursday, the Regional Monitor said. [read at source]',
    'Some 900 families left their homes overnight, according to the Monitor.',
    'Dorvik Courier · Floods cut Marbek off from Route 9 · 3h',
    'Kestrel Herald — “Why the dam held” — 1d ago',
    'The Marbek team won 3 - 1 on Sunday — the third win in a row.',
    'Live coverage has now ended. Follow our Northland desk for updates.',
    'Related coverage: Who runs the dam? | Marbek in five maps',
  ]);
  it('marks the header, greeting, marks, source lines, marker and related links', () => {
    const f = furniture(text);
    for (const line of [
      'HARBOUR VIDEO NEWS — DAILY RUNDOWN, ITEM 4 OF 11',
      'Good morning. Three things from the weekend: the dam, the road and the count of the displaced.',
      'LIVE',
      'Posted by Ana Brisk',
      '[read at source]',
      'Dorvik Courier · Floods cut Marbek off from Route 9 · 3h',
      'Kestrel Herald — “Why the dam held” — 1d ago',
      'Live coverage has now ended. Follow our Northland desk for updates.',
      'Related coverage: Who runs the dam? | Marbek in five maps',
    ])
      expect(f).toContain(line);
  });
  it('keeps the paragraph before a link marker, and a score line with dashes, as body', () => {
    const b = body(text);
    expect(b.some((s) => s.startsWith('Floodwater closed Route 9 near Marbek on Thursday, the Regional Monitor said.'))).toBe(true);
    expect(b).toContain('Some 900 families left their homes overnight, according to the Monitor.');
    expect(b).toContain('The Marbek team won 3 - 1 on Sunday — the third win in a row.');
  });
});

describe('furniture13: a credit ends at its maker', () => {
  it('keeps body sentences that name who made, hosted or licensed something and go on to say more', () => {
    const lines = [
      'The footage, filmed by residents on Tuesday, shows tanks on the Marbek road.',
      'Pictures provided by the army showed the bridge intact.',
      'Material supplied by the Monitor shows 40 graves.',
      'A summary of the findings, prepared by UN investigators, lists 12 attacks on schools.',
      'The programme, hosted by Omar Haddad, was taken off air in March.',
      'Operation Dawn was directed by General Ivo Lund.',
      'Omar Haddad was reported by Northland TV to have resigned.',
      'The radio station operated under licence from the ministry until 2019.',
      'Monitors work under the ceasefire protocol and may enter any village.',
      'Written by the Dorvik council staff, the letter asks for more tents.',
      'Not for sale: the family refused every offer for the farm.',
      'The video was shot by a resident of Marbek and shows the market burning.',
    ];
    const credits = ['Presented by Tessa Marrow, Northland TV.', 'This transcript was produced by an outside contractor and may contain errors.', 'Footage used under licence from Kestrel.', 'Our reporters work under the Harbour code of conduct.', 'Written by the Harbour desk.', 'Not for sale.'];
    const text = page(['Floods close the Marbek road', ...lines, ...credits]);
    const b = body(text);
    for (const line of lines) expect(b).toContain(line);
    const f = furniture(text);
    for (const line of credits) expect(f).toContain(line);
  });
});

describe('furniture13: a live page\'s entry times', () => {
  it('marks a time on a line of its own as a dateline, and keeps a sentence that starts with a time as body', () => {
    const text = page(['LIVE: floods in Marbek', '14:05', 'The river rose again overnight, the Regional Monitor said.', '13:40 GMT', '9.30 the next morning was when the bridge fell, residents said.']);
    const kinds = detectBoilerplate(text, { outlet: null }).map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(kinds).toContainEqual(['DATELINE', '14:05']);
    expect(kinds).toContainEqual(['DATELINE', '13:40 GMT']);
    expect(body(text)).toContain('9.30 the next morning was when the bridge fell, residents said.');
  });

  it('keeps a question titling a live entry under its time a heading', () => {
    const text = page(['LIVE: floods in Marbek', '20:15\nHow high?\nThe river rose two metres overnight, the Regional Monitor said.', '19:40\nRoads closed?\nRoute 9 is shut north of Dorvik, police said.']);
    const f = furniture(text);
    expect(f).toContain('How high?');
    expect(f).toContain('Roads closed?');
    expect(body(text)).toContain('The river rose two metres overnight, the Regional Monitor said.');
  });
});

import { describe, expect, it } from 'vitest';
import { detectBoilerplate, inBoilerplate } from '../../src/ingest/boilerplate.js';
import { splitSentences } from '../../src/ingest/sentences.js';

describe('splitSentences', () => {
  it('splits at full stops but not after abbreviations, and keeps exact offsets', () => {
    const text = 'Army spokesman Gen. Lena Ortiz spoke on Feb. 9, 2021. Mr Haddad said 3.5 million people live there. It rained.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Army spokesman Gen. Lena Ortiz spoke on Feb. 9, 2021.',
      'Mr Haddad said 3.5 million people live there.',
      'It rained.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after a rank abbreviated as Brig., Cpt. or Supt.', () => {
    const text = 'A statement read by Brig. Gen. Lena Ortiz said the road was open. Supt. Omar Vale and Cpt. Ana Rios agreed. It rained.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['A statement read by Brig. Gen. Lena Ortiz said the road was open.', 'Supt. Omar Vale and Cpt. Ana Rios agreed.', 'It rained.']);
  });

  it('ends a sentence at a line break and numbers lines', () => {
    const text = 'A headline without a stop\nThe body starts here. And goes on.\n\nA new paragraph.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.line])).toEqual([
      ['A headline without a stop', 0],
      ['The body starts here.', 1],
      ['And goes on.', 1],
      ['A new paragraph.', 3],
    ]);
  });
});

describe('detectBoilerplate', () => {
  const page = [
    'Accessibility links',
    '',
    'Floods hit Marbek as rain goes on',
    'Updated 09:30, 10-Mar-2021',
    'A flooded street in Marbek on Tuesday. /AP Photo',
    '',
    'A flooded street in Marbek on Tuesday. /AP Photo',
    '',
    'Heavy rain flooded the town of Marbek on Tuesday, the Monitor said.',
    '',
    'Rescue teams arrive',
    '',
    'Rescue teams reached the town on Wednesday.',
    '',
    'Video: rescuers at work',
    '',
    '12 users have voted.',
    '',
    'Add new comment',
    '',
    'This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.',
    '3 + 4 =',
  ].join('\n');
  const found = detectBoilerplate(page).map((b) => ({ kind: b.kind, quote: page.slice(b.start, b.end), note: b.note }));

  it('marks navigation, the headline, the dateline and captions, a repeated caption with a note', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'NAVIGATION', quote: 'Accessibility links', note: undefined },
        { kind: 'HEADLINE', quote: 'Floods hit Marbek as rain goes on', note: undefined },
        { kind: 'DATELINE', quote: 'Updated 09:30, 10-Mar-2021', note: undefined },
        { kind: 'PHOTO_CAPTION', quote: 'A flooded street in Marbek on Tuesday. /AP Photo', note: undefined },
        { kind: 'PHOTO_CAPTION', quote: 'A flooded street in Marbek on Tuesday. /AP Photo', note: 'The same caption printed a second time.' },
      ]),
    );
  });

  it('marks subheadings, video titles, vote counts and the comment form, but not the body', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'SUBHEADING', quote: 'Rescue teams arrive', note: undefined },
        { kind: 'VIDEO_CAPTION', quote: 'Video: rescuers at work', note: undefined },
        { kind: 'SOCIAL', quote: '12 users have voted.', note: undefined },
        {
          kind: 'COMMENT_FORM',
          quote: 'Add new comment\n\nThis question is for testing whether or not you are a human visitor and to prevent automated spam submissions.\n3 + 4 =',
          note: undefined,
        },
      ]),
    );
    expect(found.some((b) => b.quote.includes('Heavy rain flooded'))).toBe(false);
    expect(found.some((b) => b.quote.includes('Rescue teams reached'))).toBe(false);
  });

  it('splits a header line into its dateline and advertisement, and covers a sentence made of both', () => {
    const text = ' date 2021-03-10 Advertisement\n\nThe body.';
    const spans = detectBoilerplate(text);
    expect(spans.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['DATELINE', 'date 2021-03-10'],
      ['ADVERTISEMENT', 'Advertisement'],
    ]);
    expect(inBoilerplate(text, spans, { start: 1, end: 30 })).toBe(true);
    expect(inBoilerplate(text, spans, { start: 32, end: 41 })).toBe(false);
  });

  it('does not take a first body paragraph for a headline', () => {
    const text = 'The army said on Monday that it had taken the town.\n\nIt gave no figures.';
    expect(detectBoilerplate(text)).toEqual([]);
  });
});

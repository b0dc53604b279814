import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifySelector } from '../../src/domain/anchor.js';
import { Claim, Key } from '../../src/domain/format.js';
import { readNumber } from '../../src/domain/numbers.js';
import { knowledgeFor, matchSpans, spanIoU, type Entities } from '../../src/ingest/evaluate.js';
import { extract } from '../../src/ingest/extract.js';
import { DATA_DIR } from '../helpers/api.js';
import { knowledge } from './fixtures.js';
import { expectEach } from '../helpers/expect.js';

const ARTICLE = [
  'Floods force thousands from homes in River province',
  'Updated 08:00, 10-Mar-2021',
  'Families wait on a road near Marbek on Tuesday. /AP Photo',
  '',
  'Families wait on a road near Marbek on Tuesday. /AP Photo',
  '',
  'Some 52,000 people have fled their homes in River province since January, the United Nations said.',
  '',
  'The Regional Monitor for Civil Rights said that 30 km of Route 9 was still under water on Monday, which has cut Marbek off from the coast.',
  '',
  'An ambush near Marbek on March 1 killed nine Northland soldiers, Ilona Kovacs told reporters.',
  '',
  'Farmers in the village of Tel Halab said the water had destroyed their crops.',
  '',
  'Will the dam hold?',
  '',
  'Add new comment',
].join('\n');

describe('extract (a short article written for the test)', () => {
  const result = extract(ARTICLE, { publishedAt: '2021-03-10', knowledge: knowledge() });

  it('anchors every claim exactly, marks it AUTO, and gives it a content key', () => {
    expect(result.claims.length).toBeGreaterThanOrEqual(5);
    const keys = new Set<string>();
    for (const c of result.claims) {
      expect(Claim.safeParse(c).success, c.key).toBe(true);
      expect(c.curation).toBe('AUTO');
      expect(c.events).toEqual([]);
      expect(Key.safeParse(c.key).success).toBe(true);
      expect(c.key).toMatch(/^auto-s\d+-/);
      expect(keys.has(c.key)).toBe(false);
      keys.add(c.key);
      for (const e of c.evidence) expect(verifySelector(ARTICLE, e)).toBeNull();
      if (c.quantity) {
        expect(c.evidence.some((e) => e.quote.includes(c.quantity!.words))).toBe(true);
        expect(readNumber(c.quantity.words)).toBe(c.quantity.value);
      }
      if (c.time?.words) expect(c.evidence.some((e) => e.quote.includes(c.time!.words!))).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(extract(ARTICLE, { publishedAt: '2021-03-10', knowledge: knowledge() })).toEqual(result);
  });

  it('reads the attributed figures with claimant, quantity, time and topic', () => {
    const fled = result.claims.find((c) => c.quantity?.value === 52_000)!;
    expect(fled).toMatchObject({
      claimants: ['un'],
      attribution: 'ATTRIBUTED',
      modality: 'REPORTED',
      quantity: { unit: 'person', qualifier: 'APPROXIMATELY', words: 'Some 52,000 people' },
      time: { start: '2021-01-01', end: '2021-03-10', precision: 'MONTH', words: 'since January' },
      topic: 'displaced-since-january',
      places: ['river-province'],
    });
    const road = result.claims.find((c) => c.quantity?.unit === 'km')!;
    expect(road).toMatchObject({ claimants: ['monitor'], quantity: { value: 30, qualifier: 'EXACT' }, time: { start: '2021-03-08', end: '2021-03-08' }, topic: 'route-9-blocked' });
    expect(road.evidence.map((e) => e.quote)).toEqual(['The Regional Monitor for Civil Rights said that 30 km of Route 9 was still under water on Monday']);
    const relative = result.claims.find((c) => c.evidence[0]!.quote.startsWith('which has cut Marbek off'))!;
    expect(relative).toMatchObject({ claimants: ['monitor'], places: ['marbek'] });
    const ambush = result.claims.find((c) => c.quantity?.value === 9)!;
    expect(ambush).toMatchObject({ claimants: ['kovacs'], time: { start: '2021-03-01', precision: 'DAY' }, topic: 'soldiers-killed-march-1' });
  });

  it('makes no claims from page furniture or a repeated caption, and lists a question as a non-assertion', () => {
    const quotes = result.claims.flatMap((c) => c.evidence.map((e) => e.quote));
    expect(quotes.some((q) => /Floods force|Updated|Families wait|Add new comment|Will the dam/.test(q))).toBe(false);
    expect(result.nonAssertions.map((n) => [n.selector.quote, n.reason])).toEqual([['Will the dam hold?', 'a question']]);
    expect(result.boilerplate.map((b) => b.kind)).toEqual(['HEADLINE', 'DATELINE', 'PHOTO_CAPTION', 'PHOTO_CAPTION', 'COMMENT_FORM']);
  });

  it('makes a claimant no alias names a new AUTO actor of the kind its words say, and proposes a new place', () => {
    const farmers = result.claims.find((c) => c.evidence[0]!.quote.startsWith('Farmers'))!;
    // "Farmers in the village of Tel Halab": the speaker is the farmers (where they are is not who), a group.
    const actor = result.newActors.find((a) => a.key === farmers.claimants[0])!;
    expect(actor).toMatchObject({ name: 'Farmers', kind: 'GROUP', curation: 'AUTO', aliases: ['Farmers'] });
    expect(farmers).toMatchObject({ attribution: 'ATTRIBUTED', modality: 'REPORTED' });
    expect(farmers.statement).toMatch(/^Farmers, as reported on 2021-03-10: /);
    const proposed = result.proposals.entities.find((e) => e.key === actor.key)!;
    expect(proposed).toMatchObject({ type: 'actor', auto: true, kind: 'GROUP', claims: [farmers.key] });
    // Tel Halab is a place ("the village of"), proposed, not a person.
    expect(result.mentions.some((m) => m.entity === null && m.text === 'Tel Halab' && m.proposedType === 'place')).toBe(true);
    expect(result.proposals.entities).toContainEqual(expect.objectContaining({ type: 'place', name: 'Tel Halab', kind: 'VILLAGE' }));
  });
});

describe('evaluation', () => {
  it('scores spans by overlap over union, one to one', () => {
    expect(spanIoU([{ start: 0, end: 10 }], [{ start: 0, end: 10 }])).toBe(1);
    expect(spanIoU([{ start: 0, end: 10 }], [{ start: 5, end: 15 }])).toBeCloseTo(5 / 15);
    // Two evidence spans make one set of characters.
    expect(spanIoU([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 0, end: 30 }])).toBeCloseTo(20 / 30);
    // Half of the union is enough; two curated claims on one span need two proposals.
    const gold = [[{ start: 0, end: 10 }], [{ start: 0, end: 10 }], [{ start: 50, end: 60 }]];
    expect(matchSpans(gold, [[{ start: 0, end: 10 }]])).toHaveLength(1);
    const pairs = matchSpans(gold, [[{ start: 0, end: 10 }], [{ start: 0, end: 5 }], [{ start: 50, end: 70 }]]);
    expect(pairs).toHaveLength(3);
    expect(pairs).toContainEqual([2, 2]);
    expect(new Set(pairs.map(([, p]) => p)).size).toBe(3);
    expect(matchSpans(gold, [[{ start: 0, end: 4 }]])).toEqual([]);
  });

  it('knows, for one article, only what the other articles teach (leave-one-out)', () => {
    const read = (f: string) => JSON.parse(readFileSync(`${DATA_DIR}${f}`, 'utf8'));
    const entities: Entities = { actors: read('entities/actors.json'), places: read('entities/places.json'), topics: read('entities/topics.json'), events: read('entities/events.json') };
    const slugs = ['000_2ac73e63980c6d56', '001_339d68250403d35f', '002_4a8960a6481a085a', '003_c85c82e5940e43a6', '004_e8d984abd824f73b'];
    const others = (held: string) => slugs.filter((s) => s !== held).map((s) => ({ text: readFileSync(`${DATA_DIR}sources/${s}.txt`, 'utf8'), annotations: read(`annotations/${s}.json`) }));
    const for004 = knowledgeFor(entities, others('004_e8d984abd824f73b'));
    const saraqeb = for004.places.find((p) => p.key === 'saraqeb')!;
    expect(saraqeb.aliases).toEqual(['Saraqeb']); // "Saraqib" is spelled only in 004
    expect(for004.places.some((p) => p.key === 'taftanaz')).toBe(false); // named only in 004
    const for002 = knowledgeFor(entities, others('002_4a8960a6481a085a'));
    // Every topic is answered by two articles or more since the editorial pass: 000's "recently conquered" answers this one too.
    expect(for002.topics.some((t) => t.key === 'saraqeb-full-control-date')).toBe(true);
    // 002's own "some 586,000" is left out; 004's "around 586,000" and "hundreds of thousands" stay.
    expect(for002.topicAnswers!.get('displaced-since-december')!.map((a) => a.value).sort((a, b) => a! - b!)).toEqual([100_000, 586_000, 600_000, 600_000]);
    // Events: those the other articles report, with their claims as evidence and none of 002's.
    const events002 = new Set(for002.events!.map((e) => e.key));
    expect(events002.has('saraqeb-capture')).toBe(true);
    const evidence = [...for002.eventClaims!.values()].flat();
    expect(evidence.length).toBeGreaterThan(0);
    expectEach(evidence, (c) => c.source !== '002_4a8960a6481a085a', 'evidence of the events');
    // An event only 004 reports is not known when 004 is read.
    const reporters = new Map<string, Set<string>>();
    for (const s of slugs) for (const c of read(`annotations/${s}.json`).claims) for (const e of c.events ?? []) reporters.set(e, (reporters.get(e) ?? new Set()).add(s));
    const only004 = [...reporters.entries()].filter(([, r]) => r.size === 1 && r.has('004_e8d984abd824f73b')).map(([e]) => e);
    expect(only004.length).toBeGreaterThan(0);
    expect(for004.events!.some((e) => only004.includes(e.key))).toBe(false);
  });
});

describe('extract on a site page: consent text, a caption label and credit, and headlines under a caption carry no claim', () => {
  const PAGE = [
    'Marbek Courier',
    'We value your privacy',
    'We and our 412 partners store and access information on your device, such as cookies, to measure audiences. You can change your choices at any time in Privacy settings.',
    'Accept all',
    '',
    'Floods force thousands from homes in River province',
    '',
    'Image caption',
    'Families wait on a road near Marbek, 9 March 2021',
    'Courier/Dorvik Images',
    'The ferry that never came',
    '',
    'Some 52,000 people have fled their homes in River province since January, the United Nations said.',
    '',
    'Features',
    'The baker feeding the rescuers',
    'The ferry that never came',
    '',
  ].join('\n');
  const result = extract(PAGE, { publishedAt: '2021-03-10', knowledge: knowledge() });
  const quotes = result.claims.map((c) => c.evidence.map((e) => e.quote).join(' '));

  it('drafts the body and the caption, and nothing of the page around them', () => {
    expect(quotes).toContain('Some 52,000 people have fled their homes in River province since January, the United Nations said.');
    expect(quotes).toContain('Families wait on a road near Marbek, 9 March 2021');
    for (const junk of ['partners', 'Privacy settings', 'Image caption', 'Courier/Dorvik Images', 'The baker feeding', 'The ferry that never came']) {
      expect(quotes.some((q) => q.includes(junk)), junk).toBe(false);
    }
  });
});

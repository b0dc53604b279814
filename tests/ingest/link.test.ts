/**
 * The linker on articles written for these tests, in the small world of
 * fixtures.ts: a new article's claims are suggested into the events and
 * topics the curated articles already hold, a part of a count is not
 * suggested as an answer about the whole, and happenings no event fits are
 * grouped into a proposed new event, across articles too.
 */
import { describe, expect, it } from 'vitest';
import { Suggestion } from '../../src/domain/format.js';
import { draftArticle, type Draft } from '../../src/ingest/draft.js';
import type { Knowledge } from '../../src/ingest/entities.js';
import { pendingEventsOf } from '../../src/ingest/knowledge.js';
import { calibrated, DEFAULT_CONFIDENCE, distanceKm, EventIndex, happenings, MIN_KEPT } from '../../src/ingest/link.js';
import { expectEach } from '../helpers/expect.js';
import { knowledge } from './fixtures.js';

const draft = (text: string, k: Knowledge = knowledge(), publishedAt = '2021-03-05', slug = 'valley-post-report') =>
  draftArticle({ text, bytes: Buffer.from(text), slug, publisher: 'Valley Post', publishedAt, knowledge: k });
const claimOf = (d: Draft, words: RegExp) => {
  const c = d.annotations.claims.find((x) => x.evidence.some((e) => words.test(e.quote)));
  expect(c, `a claim quoting ${words}`).toBeDefined();
  return c!;
};
const best = (c: { suggestions?: Suggestion[] }, kind: string) =>
  (c.suggestions ?? []).filter((s) => s.kind === kind).sort((a, b) => b.confidence - a.confidence)[0];

const ARTICLE = [
  'Army enters Marbak after days of fighting',
  '',
  'Northland troops took control of the town of Marbak on Wednesday after two days of street battles, residents said.',
  '',
  'An ambush near Marbek on Monday killed nine Northland soldiers, three of them officers, the Regional Monitor for Civil Rights said.',
  '',
  'A car bomb exploded in the market of the village of Kesh Dara, 4 km north of Dorvik, on Thursday, the Monitor said.',
  '',
  'The explosion also destroyed the road between Kesh Dara and Dorvik on Thursday, villagers said.',
  '',
].join('\n');

describe('suggestions of a new article (draftArticle)', () => {
  const d = draft(ARTICLE);

  it('every claim carries suggestions in the data format, with keys unique in the claim and words for reasons', () => {
    expectEach(d.annotations.claims, (c) => (c.suggestions?.length ?? 0) > 0, 'claims with suggestions');
    for (const c of d.annotations.claims) {
      const keys = c.suggestions!.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(c.suggestions!.length).toBeLessThanOrEqual(20);
      for (const s of c.suggestions!) {
        expect(Suggestion.safeParse(s).success, JSON.stringify(s)).toBe(true);
        expect(s.status).toBe('SUGGESTED');
        expect(s.confidence).toBeGreaterThanOrEqual(MIN_KEPT);
        expect(s.reasons.join(' ').length).toBeGreaterThan(10);
      }
    }
  });

  it('suggests the known event a claim reports, with the evidence in words: place, date, type', () => {
    const taken = claimOf(d, /took control of the town of Marbak/);
    const event = best(taken, 'EVENT')!;
    expect(event.target).toBe('marbek-capture');
    expect(event.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE);
    const reasons = event.reasons.join('; ');
    expect(reasons).toMatch(/dates overlap/);
    expect(reasons).toMatch(/same event type \(government regains territory/);
    // "Marbak" is one letter off "Marbek": a PLACE suggestion that says so (not a link made by itself).
    const place = taken.suggestions!.find((s) => s.kind === 'PLACE' && s.target === 'marbek')!;
    expect(place.reasons[0]).toMatch(/"Marbak" read as a spelling of Marbek/);
    expect(taken.places).not.toContain('marbek');
    expect(d.proposals.spellings).toContainEqual(expect.objectContaining({ entity: 'marbek', spelling: 'Marbak' }));
  });

  it('suggests the topic a count answers, and not for a count of a part of it', () => {
    const nine = d.annotations.claims.find((c) => c.quantity?.value === 9)!;
    expect(nine.quantity).toMatchObject({ unit: 'person' });
    expect(best(nine, 'TOPIC')?.target).toBe('soldiers-killed-march-1');
    expect(best(nine, 'EVENT')?.target).toBe('route-9-ambush');
    const three = d.annotations.claims.find((c) => c.quantity?.value === 3)!;
    expect(three).toBeDefined();
    expect(three.suggestions!.filter((s) => s.kind === 'TOPIC' && s.target === 'soldiers-killed-march-1')).toEqual([]);
    expect(three.topic).toBeUndefined();
  });

  it('groups the claims of a happening no event fits into one proposed new event', () => {
    const flood = claimOf(d, /car bomb exploded/);
    const cut = claimOf(d, /explosion also destroyed the road/);
    const a = flood.suggestions!.find((s) => s.kind === 'EVENT' && s.proposal);
    const b = cut.suggestions!.find((s) => s.kind === 'EVENT' && s.proposal);
    expect(a?.proposal).toBeDefined();
    expect(b?.proposal?.key).toBe(a!.proposal!.key);
    expect(a!.target).toBeNull();
    expect(a!.proposal).toMatchObject({ date: { start: '2021-03-04', end: '2021-03-04' } });
    expect(d.proposals.events).toContainEqual(expect.objectContaining({ key: a!.proposal!.key, claims: expect.arrayContaining([flood.key, cut.key]) }));
    // No known event is suggested with confidence for it.
    expect(flood.suggestions!.filter((s) => s.kind === 'EVENT' && s.target && s.confidence >= DEFAULT_CONFIDENCE)).toEqual([]);
  });

  it('ties a new place to the known one the text places it by, as an AUTO place at that point', () => {
    const place = d.entities.places.find((p) => p.name === 'Kesh Dara')!;
    expect(place).toMatchObject({ kind: 'VILLAGE', curation: 'AUTO', aliases: ['Kesh Dara'] });
    // Its point is Dorvik's, with a precision that says it is only near it.
    expect(place.location).toMatchObject({ lat: 36.17, lon: 36.2, precision: 'DISTRICT' });
    expect(place.description).toMatch(/Dorvik/);
    const flood = claimOf(d, /car bomb exploded/);
    expect(flood.places).toContain(place.key);
  });

  it('a later article on the same new happening joins the proposal of the first (pending events)', () => {
    const pending = pendingEventsOf(d.annotations.claims.map((c) => ({ source: d.slug, suggestions: c.suggestions })));
    expect(pending.length).toBeGreaterThan(0);
    const k = { ...knowledge(), places: [...knowledge().places, ...d.entities.places], pendingEvents: pending };
    const later = draft(['Market blast toll rises', '', 'The bomb that exploded in Kesh Dara on Thursday killed four shoppers, the Monitor said.', ''].join('\n'), k, '2021-03-06', 'river-news-blast');
    const toll = claimOf(later, /bomb that exploded in Kesh Dara/);
    const joined = toll.suggestions!.find((s) => s.kind === 'EVENT' && s.proposal)!;
    const first = claimOf(d, /car bomb exploded/).suggestions!.find((s) => s.kind === 'EVENT' && s.proposal)!;
    expect(joined.proposal!.key).toBe(first.proposal!.key);
    expect(joined.reasons.join(' ')).toMatch(/also proposed by valley-post-report/);
    expect(joined.confidence).toBeGreaterThan(first.confidence);
  });
});

describe('the evidence the linker weighs', () => {
  it('reads the kind of happening from the words', () => {
    expect(happenings('Troops captured the town on Friday.', 'ASSERTED')[0]).toMatchObject({ subType: 'GOVERNMENT_REGAINS_TERRITORY' });
    expect(happenings('Thousands fled their homes towards the border.', 'ASSERTED')[0]).toMatchObject({ subType: 'DISPLACEMENT' });
    expect(happenings('The minister said the weather was cold.', 'REPORTED')).toEqual([]);
    expect(happenings('The army will respond to any attack.', 'THREATENED').map((c) => c.subType)).toContain('THREAT');
  });

  it('measures places by coordinates and by what they lie within', () => {
    expect(distanceKm({ lat: 36.1, lon: 36.2 }, { lat: 36.17, lon: 36.2 })).toBeCloseTo(7.8, 0);
    const index = new EventIndex(knowledge());
    expect(index.relation('marbek', 'marbek')).toEqual({ kind: 'same' });
    expect(index.relation('marbek', 'river-province')).toEqual({ kind: 'within' });
    expect(index.relation('river-province', 'marbek')).toEqual({ kind: 'contains' });
    expect(index.relation('marbek', 'dorvik')).toMatchObject({ kind: 'near' });
    expect(index.relation('marbek', 'north-capital')).toMatchObject({ kind: 'far' });
  });

  it('does not suggest an event that happened after the article, nor one far from its dates', () => {
    const index = new EventIndex(knowledge());
    const ctx = { unitText: 'Northland troops took control of Marbek.', sentenceText: 'Northland troops took control of Marbek.', mentions: [], sentenceEntities: ['marbek', 'north-army'], topics: [], claimant: null, moreClaimants: [], newPlaces: [], newActors: [], parties: [], paragraphPlaces: [], nearbyPlaces: [], articlePlace: null };
    const claim = { key: 'c', modality: 'ASSERTED', claimants: [], actors: ['north-army'], places: ['marbek'] };
    expect(index.rank(claim, ctx, '2021-02-20').map((e) => e.key)).not.toContain('marbek-capture');
    expect(index.rank({ ...claim, time: { start: '2020-06-01', end: '2020-06-01' } }, ctx, '2021-03-05').map((e) => e.key)).not.toContain('marbek-capture');
    expect(index.rank(claim, ctx, '2021-03-05')[0]?.key).toBe('marbek-capture');
  });

  it('maps raw confidences through a monotone calibration into 0..1', () => {
    for (const kind of ['TOPIC', 'TOPIC/category', 'EVENT', 'CLAIMANT', 'CLAIMANT/new', 'PLACE']) {
      let previous = -1;
      for (let raw = 0; raw <= 1.0001; raw += 0.05) {
        const c = calibrated(kind, raw);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(c).toBeGreaterThanOrEqual(previous);
        previous = c;
      }
    }
  });
});

/**
 * A small world for the extractor's tests, written for them: a few actors,
 * places and topics with curated answers. Nothing here comes from data/.
 */
import type { Event, Topic } from '../../src/domain/format.js';
import { expect } from 'vitest';
import type { Knowledge, KnownClaim } from '../../src/ingest/entities.js';
import { extract, type Extraction } from '../../src/ingest/extract.js';

type Actor = Knowledge['actors'][number];
type Place = Knowledge['places'][number];

export const actors: Actor[] = [
  { key: 'monitor', name: 'Regional Monitor for Civil Rights', kind: 'MONITOR', description: 'A war monitor.', aliases: ['Regional Monitor for Civil Rights', 'the Monitor', 'RMCR'] },
  { key: 'north-army', name: 'Northland army', kind: 'MILITARY', description: 'The army of Northland.', aliases: ['Northland army', 'Northland troops', 'government forces'] },
  { key: 'northland', name: 'Northland', kind: 'STATE', description: 'A state.', aliases: ['Northland'] },
  { key: 'un', name: 'United Nations', kind: 'INTERNATIONAL_ORGANISATION', description: 'The UN.', aliases: ['United Nations', 'UN'] },
  { key: 'kovacs', name: 'Ilona Kovacs', kind: 'PERSON', description: 'A spokeswoman.', aliases: ['Ilona Kovacs', 'Kovacs'], memberOf: 'north-army' },
  { key: 'omar-haddad', name: 'Omar Haddad', kind: 'PERSON', description: 'A minister.', aliases: ['Omar Haddad'] },
  { key: 'vesna-hollis', name: 'Vesna Hollis', kind: 'PERSON', description: 'President of Northland.', aliases: ['Vesna Hollis', 'Hollis', "Northland's president"], memberOf: 'northland' },
  { key: 'north-presidency', name: 'Northland presidency', kind: 'GOVERNMENT_BODY', description: 'The office of the president of Northland.', aliases: ['Northland presidency'], memberOf: 'northland' },
  { key: 'north-tv', name: 'Northland state television', kind: 'MEDIA', description: 'The state broadcaster of Northland.', aliases: ['Northland state television', 'Northland TV'], memberOf: 'northland' },
];

const at = (lat: number, lon: number) => ({ lat, lon, precision: 'LOCALITY' as const });
export const places: Place[] = [
  { key: 'river-province', name: 'River province', kind: 'PROVINCE', description: 'A province.', aliases: ['River province', 'River region'], location: at(36, 36) },
  { key: 'marbek', name: 'Marbek', kind: 'TOWN', description: 'A town.', aliases: ['Marbek'], location: at(36.1, 36.2), within: 'river-province' },
  { key: 'route-9', name: 'Route 9', kind: 'HIGHWAY', description: 'A highway.', aliases: ['Route 9'], location: at(36, 36.1) },
  { key: 'dorvik', name: 'Dorvik', kind: 'TOWN', description: 'A town 8 km from Marbek.', aliases: ['Dorvik'], location: at(36.17, 36.2), within: 'river-province' },
  { key: 'north-capital', name: 'Norden', kind: 'CITY', description: 'Capital of Northland; far from the river.', aliases: ['Norden'], location: at(39, 32) },
];

/** Happenings the curated articles of this small world report, with what those articles say of them. */
export const events: Event[] = [
  {
    key: 'marbek-capture',
    title: 'Northland army takes Marbek',
    description: 'Government forces enter and take the river town of Marbek after two days of street fighting.',
    type: 'BATTLES',
    subType: 'GOVERNMENT_REGAINS_TERRITORY',
    date: { start: '2021-03-02', end: '2021-03-04', precision: 'DAY' },
    places: ['marbek'],
    actors: [{ actor: 'north-army', role: 'INITIATOR' }],
  },
  {
    key: 'route-9-ambush',
    title: 'Ambush on Route 9 kills Northland soldiers',
    description: 'An ambush on a convoy on Route 9 near Marbek kills nine soldiers.',
    type: 'BATTLES',
    subType: 'ARMED_CLASH',
    date: { start: '2021-03-01', end: '2021-03-01', precision: 'DAY' },
    places: ['route-9', 'marbek'],
    actors: [{ actor: 'north-army', role: 'TARGET' }],
  },
  {
    key: 'river-displacement',
    title: 'Families flee River province',
    description: 'Tens of thousands of people flee the fighting in River province since January.',
    type: 'HUMANITARIAN',
    subType: 'DISPLACEMENT',
    date: { start: '2021-01-01', end: '2021-03-05', precision: 'MONTH' },
    places: ['river-province'],
    actors: [],
  },
];

const known = (id: string, words: string, links: Partial<KnownClaim>): KnownClaim => ({ id, source: id.split('/')[0]!, publishedAt: '2021-03-05', words, events: [], places: [], actors: [], claimants: [], ...links });
export const eventClaims = new Map<string, KnownClaim[]>([
  ['marbek-capture', [known('a/1', 'Northland troops took full control of Marbek on Wednesday after two days of street battles', { events: ['marbek-capture'], places: ['marbek'], actors: ['north-army'], time: { start: '2021-03-03', end: '2021-03-03' } })]],
  [
    'route-9-ambush',
    [known('a/2', 'An ambush on Route 9 near Marbek killed nine Northland soldiers on March 1', { events: ['route-9-ambush'], topic: 'soldiers-killed-march-1', places: ['route-9', 'marbek'], quantity: { value: 9, unit: 'person' }, time: { start: '2021-03-01', end: '2021-03-01' } })],
  ],
  ['river-displacement', [known('b/1', 'Some 40,000 people have fled their homes in River province since January, the United Nations said', { events: ['river-displacement'], topic: 'displaced-since-january', places: ['river-province'], claimants: ['un'], quantity: { value: 40_000, unit: 'person' }, time: { start: '2021-01-01', end: '2021-03-05' } })]],
]);

export const topics: Topic[] = [
  {
    key: 'displaced-since-january',
    question: 'How many people have fled their homes in River province since January 2021?',
    measure: 'people displaced',
    unit: 'person',
    population: 'civilians of River province',
    timeframe: 'from 1 January 2021 to the report date (March 2021)',
    valueKind: 'QUANTITY',
    expectedChange: 'INCREASING',
  },
  {
    key: 'route-9-blocked',
    question: 'How much of Route 9 is blocked?',
    measure: 'length of Route 9 blocked',
    unit: 'km',
    population: 'Route 9 in River province',
    timeframe: '1–10 March 2021',
    valueKind: 'QUANTITY',
    expectedChange: 'DECREASING',
  },
  {
    key: 'soldiers-killed-march-1',
    question: 'How many Northland soldiers were killed in the ambush of 1 March 2021?',
    measure: 'Northland soldiers killed',
    unit: 'person',
    population: 'Northland soldiers',
    timeframe: 'the ambush of 1 March 2021',
    valueKind: 'QUANTITY',
    expectedChange: 'NONE',
  },
];

export function knowledge(): Knowledge {
  return {
    actors,
    places,
    topics,
    events,
    eventClaims,
    topicClaims: new Map([...eventClaims.values()].flat().filter((c) => c.topic).map((c) => [c.topic!, [c]])),
    pendingEvents: [],
    topicAnswers: new Map([
      ['displaced-since-january', [{ value: 40_000, start: '2021-01-01', end: '2021-03-05' }]],
      ['route-9-blocked', [{ value: 12 }]],
      ['soldiers-killed-march-1', [{ value: 9, start: '2021-03-01', end: '2021-03-01' }]],
    ]),
  };
}

/** An invented page of paragraphs, extracted as a claimant test reads it: one outlet, one date, this world's knowledge. */
export const read = (lines: string[], publisher = 'Valley Radio', publishedAt = '2021-03-05', world: Knowledge = knowledge()) =>
  extract(lines.join('\n\n') + '\n', { publishedAt, knowledge: world, publisher, slug: 'valley-radio-test' });
/** The draft claim quoting these words (the test fails, naming them, when there is none). */
export const claim = (x: Extraction, words: RegExp) => {
  const c = x.claims.find((c) => c.evidence.some((e) => words.test(e.quote)));
  expect(c, `a claim quoting ${words}`).toBeDefined();
  return c!;
};
/** Every claimant of the claim quoting these words, in order: a new actor's name, else the known actor's key. */
export const names = (x: Extraction, words: RegExp) => claim(x, words).claimants.map((k) => x.newActors.find((a) => a.key === k)?.name ?? k);
/** The name of the first claimant of the claim quoting these words: a new actor's name, else the known actor's key. */
export const nameOf = (x: Extraction, words: RegExp) => {
  const key = claim(x, words).claimants[0];
  return x.newActors.find((a) => a.key === key)?.name ?? key ?? null;
};

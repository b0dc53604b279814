/**
 * A small world for the extractor's tests, written for them: a few actors,
 * places and topics with curated answers. Nothing here comes from data/.
 */
import type { Topic } from '../../src/domain/format.js';
import type { Knowledge } from '../../src/ingest/entities.js';

type Actor = Knowledge['actors'][number];
type Place = Knowledge['places'][number];

export const actors: Actor[] = [
  { key: 'monitor', name: 'Regional Monitor for Civil Rights', kind: 'MONITOR', description: 'A war monitor.', aliases: ['Regional Monitor for Civil Rights', 'the Monitor', 'RMCR'] },
  { key: 'north-army', name: 'Northland army', kind: 'MILITARY', description: 'The army of Northland.', aliases: ['Northland army', 'Northland troops', 'government forces'] },
  { key: 'northland', name: 'Northland', kind: 'STATE', description: 'A state.', aliases: ['Northland'] },
  { key: 'un', name: 'United Nations', kind: 'INTERNATIONAL_ORGANISATION', description: 'The UN.', aliases: ['United Nations', 'UN'] },
  { key: 'kovacs', name: 'Ilona Kovacs', kind: 'PERSON', description: 'A spokeswoman.', aliases: ['Ilona Kovacs', 'Kovacs'], memberOf: 'north-army' },
  { key: 'omar-haddad', name: 'Omar Haddad', kind: 'PERSON', description: 'A minister.', aliases: ['Omar Haddad'] },
];

const at = (lat: number, lon: number) => ({ lat, lon, precision: 'LOCALITY' as const });
export const places: Place[] = [
  { key: 'river-province', name: 'River province', kind: 'PROVINCE', description: 'A province.', aliases: ['River province', 'River region'], location: at(36, 36) },
  { key: 'marbek', name: 'Marbek', kind: 'TOWN', description: 'A town.', aliases: ['Marbek'], location: at(36.1, 36.2), within: 'river-province' },
  { key: 'route-9', name: 'Route 9', kind: 'HIGHWAY', description: 'A highway.', aliases: ['Route 9'], location: at(36, 36.1) },
];

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
    topicAnswers: new Map([
      ['displaced-since-january', [{ value: 40_000, start: '2021-01-01', end: '2021-03-05' }]],
      ['route-9-blocked', [{ value: 12 }]],
      ['soldiers-killed-march-1', [{ value: 9, start: '2021-03-01', end: '2021-03-01' }]],
    ]),
  };
}

import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/domain/numbers.js';
import { findTimes } from '../../src/ingest/dates.js';
import { findQuantities } from '../../src/ingest/quantities.js';

const all = (text: string) => ({ start: 0, end: text.length });

describe('findTimes (dates relative to the publication date)', () => {
  // Wednesday 10 March 2021.
  const published = '2021-03-10';
  const times = (text: string, narrative?: string) =>
    findTimes(text, all(text), published, narrative).map((t) => ({ words: t.words, ...t.time, future: t.future }));

  it('resolves weekdays to the latest such day on or before the publication date', () => {
    expect(times('The army said on Saturday that the town fell on Wednesday.')).toEqual([
      { words: 'on Saturday', start: '2021-03-06', end: '2021-03-06', precision: 'DAY', future: false },
      { words: 'on Wednesday', start: '2021-03-10', end: '2021-03-10', precision: 'DAY', future: false },
    ]);
    expect(times('Convoys have crossed since Friday evening.')).toEqual([{ words: 'since Friday evening', start: '2021-03-05', end: '2021-03-10', precision: 'DAY', future: false }]);
  });

  it('reads "since December", "since mid-January", "since the beginning of ..." as ranges up to the report', () => {
    expect(times('Some 40,000 people have fled since December.')).toEqual([{ words: 'since December', start: '2020-12-01', end: '2021-03-10', precision: 'MONTH', future: false }]);
    expect(times('It has killed 300 since mid-January.')[0]).toMatchObject({ start: '2021-01-15', end: '2021-03-10', precision: 'MONTH' });
    expect(times('They fled since the beginning of February.')[0]).toMatchObject({ words: 'since the beginning of February', start: '2021-02-01', precision: 'MONTH' });
  });

  it('reads a month a modal or a schedule points ahead to as the next one, and a month reported in the past as the last', () => {
    expect(times('The talks could take place in January.')[0]).toMatchObject({ start: '2022-01-01', precision: 'MONTH', future: true });
    expect(times('A second round is scheduled for June.')[0]).toMatchObject({ start: '2021-06-01', future: true });
    expect(times('He said in January that the army would advance.')[0]).toMatchObject({ start: '2021-01-01', future: false });
    expect(times('The bridge was closed in May.')[0]).toMatchObject({ start: '2020-05-01', future: false });
  });

  it('reads weeks and weekends', () => {
    expect(times('A clash earlier this week killed nine.')[0]).toMatchObject({ words: 'earlier this week', start: '2021-03-08', end: '2021-03-10', precision: 'WEEK' });
    expect(times('Vehicles entered since last weekend.')[0]).toMatchObject({ words: 'since last weekend', start: '2021-03-06', end: '2021-03-10', precision: 'WEEK' });
    expect(times('Troops arrived in the past week.')[0]).toMatchObject({ start: '2021-03-03', end: '2021-03-10', precision: 'WEEK' });
  });

  it('reads counted periods, overnight, years and explicit dates', () => {
    expect(times('They lost 14 soldiers in the past nine days.')[0]).toMatchObject({ words: 'in the past nine days', start: '2021-03-01', end: '2021-03-10', precision: 'DAY' });
    expect(times('Reinforcements came overnight.')[0]).toMatchObject({ start: '2021-03-09', end: '2021-03-10', precision: 'DAY' });
    expect(times('A truce was agreed in 2018.')[0]).toMatchObject({ words: 'in 2018', start: '2018-01-01', end: '2018-12-31', precision: 'YEAR' });
    expect(times('The road was closed since 2012.')[0]).toMatchObject({ start: '2012-01-01', end: '2021-03-10', precision: 'YEAR' });
    expect(times('A clash on March 1 killed nine.')[0]).toMatchObject({ words: 'on March 1', start: '2021-03-01', end: '2021-03-01', precision: 'DAY' });
    expect(times('It pushed 5,000 people from their homes in two months.')[0]).toMatchObject({ start: '2021-01-10', end: '2021-03-10', precision: 'MONTH' });
  });

  it('marks the future as such, and keeps numbers that are not dates out', () => {
    expect(times('A delegation will go to the capital in the next few days.')[0]).toMatchObject({ start: '2021-03-11', end: '2021-03-17', future: true });
    expect(times('He gave them until the end of the month.')[0]).toMatchObject({ start: '2021-03-31', end: '2021-03-31', future: true });
    expect(times('It killed 17 on Thursday.')).toEqual([{ words: 'on Thursday', start: '2021-03-04', end: '2021-03-04', precision: 'DAY', future: false }]);
    expect(times('After a day of heavy battles the town fell.')).toEqual([]);
  });

  it('ends open ranges at the narrative date when the text has just named a day', () => {
    expect(times('Convoys crossed in the last 24 hours.', '2021-03-06')[0]).toMatchObject({ start: '2021-03-05', end: '2021-03-06' });
    expect(times('Convoys crossed in the last 24 hours.')[0]).toMatchObject({ start: '2021-03-09', end: '2021-03-10' });
    // The present perfect speaks from the day of the report.
    expect(times('Some 5,000 people have fled since February.', '2021-03-06')[0]).toMatchObject({ start: '2021-02-01', end: '2021-03-10' });
  });
});

describe('findQuantities (value, unit, qualifier)', () => {
  const quantities = (text: string, previousUnit?: string) =>
    findQuantities(text, all(text), { exclude: findTimes(text, all(text), '2021-03-10'), previousUnit: previousUnit ?? null }).map((q) => ({
      words: q.words,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
    }));

  it('reads counts of people with their qualifier', () => {
    expect(quantities('Around 600,000 people have fled.')).toEqual([{ words: 'Around 600,000 people', value: 600_000, unit: 'person', qualifier: 'APPROXIMATELY' }]);
    expect(quantities('The shelling killed more than 300 civilians.')).toEqual([{ words: 'more than 300 civilians', value: 300, unit: 'person', qualifier: 'MORE_THAN' }]);
    expect(quantities('It killed seven Northland soldiers and 13 Southland troops.')).toEqual([
      { words: 'seven Northland soldiers', value: 7, unit: 'person', qualifier: 'EXACT' },
      { words: '13 Southland troops', value: 13, unit: 'person', qualifier: 'EXACT' },
    ]);
    expect(quantities('Nearly 3.6 million refugees live there.')[0]).toMatchObject({ value: 3_600_000, unit: 'person', qualifier: 'NEARLY' });
  });

  it('reads lengths, areas, vehicles and vague plurals', () => {
    expect(quantities('They still had to clear 30 km of the road.')).toEqual([{ words: '30 km', value: 30, unit: 'km', qualifier: 'EXACT' }]);
    expect(quantities('A convoy of 430 vehicles arrived.')).toEqual([{ words: '430 vehicles', value: 430, unit: 'vehicle', qualifier: 'EXACT' }]);
    expect(quantities('It seized more than 600 square kilometers (230 square miles).')).toEqual([
      { words: 'more than 600 square kilometers', value: 600, unit: 'km2', qualifier: 'MORE_THAN' },
    ]);
    expect(quantities('Troops were only a few kilometers from the road.')).toEqual([{ words: 'a few kilometers', value: 3, unit: 'km', qualifier: 'A_FEW' }]);
    expect(quantities('They sent hundreds of military vehicles.')).toEqual([
      { words: 'hundreds of military vehicles', value: 100, unit: 'vehicle', qualifier: 'HUNDREDS_OF' },
    ]);
    expect(quantities('Taftan lies about 16km north of Marbek.')).toEqual([{ words: 'about 16', value: 16, unit: 'km', qualifier: 'APPROXIMATELY' }]);
  });

  it('gives a number without a noun the unit of the quantity before it', () => {
    expect(quantities('A convoy of 430 vehicles raised the total to well over 1,000.')).toEqual([
      { words: '430 vehicles', value: 430, unit: 'vehicle', qualifier: 'EXACT' },
      { words: 'well over 1,000', value: 1000, unit: 'vehicle', qualifier: 'MORE_THAN' },
    ]);
    expect(quantities('Ten of those killed died in an air strike.', 'person')).toEqual([{ words: 'Ten', value: 10, unit: 'person', qualifier: 'EXACT' }]);
    expect(quantities('Ten of those killed died in an air strike.')).toEqual([]);
  });

  it('leaves out years, dates, road names, "the two ..." and conversions', () => {
    expect(quantities('Under a 2018 deal the M5 and M4 reopened on March 1, 2021.')).toEqual([]);
    expect(quantities('The two countries met.')).toEqual([]);
    expect(quantities('Only a 30 kilometer (20 mile) section remains.')).toEqual([{ words: '30 kilometer', value: 30, unit: 'km', qualifier: 'EXACT' }]);
    expect(quantities('They lost 14 soldiers in the past nine days.')).toEqual([{ words: '14 soldiers', value: 14, unit: 'person', qualifier: 'EXACT' }]);
  });

  it('always stores what the loader reads from the words', () => {
    const text = 'Some 586,000 fleeing civilians, three million people, dozens of towns, scores of troops and 3.6 million refugees.';
    const found = quantities(text);
    expect(found.length).toBe(5);
    for (const q of found) expect(readNumber(q.words)).toBe(q.value);
  });
});

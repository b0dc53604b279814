import { describe, expect, it } from 'vitest';
import { compare, quantityRange, roundingHalfUnit, type Answer } from '../../src/domain/agreement.js';
import type { Topic } from '../../src/domain/format.js';
import { readNumber } from '../../src/domain/numbers.js';

const topic = (expectedChange: Topic['expectedChange'], valueKind: Topic['valueKind'] = 'QUANTITY'): Topic => ({
  key: 't', question: 'How many of something?', measure: 'm', unit: 'person', population: 'p', timeframe: 'f', valueKind, expectedChange,
});
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
function answer(id: string, source: string, value: number, qualifier: Parameters<typeof quantityRange>[0]['qualifier'], start: string, end = start): Answer {
  return { claimId: id, sourceSlug: source, range: quantityRange({ value, qualifier }), point: String(value), asOf: { low: day(start), high: day(end), lowExclusive: false, highExclusive: false } };
}

describe('reading numbers from words', () => {
  it.each([
    ['around 600,000', 600000], ['seven Turkish soldiers', 7], ['three million people', 3_000_000], ['3.6 million', 3_600_000],
    ['hundreds of military vehicles', 100], ['hundreds of thousands', 100_000], ['a few kilometers', 3], ['completely', 0],
    ['well over 1,000', 1000], ['Ten of those killed', 10], ['twenty five', 25], ['dozens of towns', 12],
  ])('%s → %d', (words, value) => expect(readNumber(words)).toBe(value));
  it('finds no number in words without one', () => expect(readNumber('several reports')).toBeNull());
});

describe('the bounds a qualifier implies', () => {
  it('spans half a unit of the last significant digit for a plain number', () => {
    expect(roundingHalfUnit(600_000)).toBe(50_000);
    expect(roundingHalfUnit(586_000)).toBe(500);
    expect(roundingHalfUnit(7)).toBe(0.5);
    expect(roundingHalfUnit(3.6)).toBeCloseTo(0.05);
    expect(quantityRange({ value: 7, qualifier: 'EXACT' })).toEqual({ low: 6.5, high: 7.5, lowExclusive: false, highExclusive: true });
  });
  it('widens approximations, bounds "nearly" above and leaves "more than" open', () => {
    expect(quantityRange({ value: 586_000, qualifier: 'APPROXIMATELY' })).toMatchObject({ low: 527_400, high: 644_600 });
    expect(quantityRange({ value: 600_000, qualifier: 'NEARLY' })).toMatchObject({ low: 540_000, high: 600_000 });
    expect(quantityRange({ value: 300, qualifier: 'MORE_THAN' })).toMatchObject({ low: 300, high: Infinity, lowExclusive: true });
    expect(quantityRange({ value: 100, qualifier: 'HUNDREDS_OF' })).toMatchObject({ low: 200, high: 999 });
    expect(quantityRange({ value: 3, qualifier: 'A_FEW' })).toMatchObject({ low: 2, high: 9 });
  });
});

describe('comparing answers', () => {
  it('AGREE when every value is the same', () => {
    expect(compare(topic('NONE'), [answer('a', 's1', 13, 'EXACT', '2020-02-03'), answer('b', 's2', 13, 'EXACT', '2020-02-03')]).agreement).toBe('AGREE');
  });
  it('APPROXIMATE when the ranges overlap', () => {
    const r = compare(topic('INCREASING'), [answer('a', 's1', 600_000, 'APPROXIMATELY', '2020-02-08'), answer('b', 's2', 586_000, 'APPROXIMATELY', '2020-02-06')]);
    expect(r.agreement).toBe('APPROXIMATE');
    expect(r.relations).toEqual([{ a: 0, b: 1, relation: 'CORROBORATES' }]);
  });
  it('CONFLICT when the ranges are disjoint for the same time', () => {
    const r = compare(topic('NONE'), [answer('a', 's1', 7, 'EXACT', '2020-02-03', '2020-02-08'), answer('b', 's2', 8, 'EXACT', '2020-02-03')]);
    expect(r.agreement).toBe('CONFLICT');
  });
  it('EVOLVING when disjoint values at different times follow the expected change, CONFLICT when they go against it', () => {
    const shrinking = [answer('a', 's1', 30, 'EXACT', '2020-02-08'), answer('b', 's2', 0, 'EXACT', '2020-02-12')];
    expect(compare(topic('DECREASING'), shrinking).agreement).toBe('EVOLVING');
    expect(compare(topic('INCREASING'), shrinking).agreement).toBe('CONFLICT');
    expect(compare(topic('NONE'), shrinking).agreement).toBe('CONFLICT');
    expect(compare(topic('ANY'), shrinking).agreement).toBe('EVOLVING');
  });
  it('SINGLE_SOURCE when one article gives every answer', () => {
    expect(compare(topic('NONE'), [answer('a', 's1', 7, 'EXACT', '2020-02-03'), answer('b', 's1', 9, 'EXACT', '2020-02-03')]).agreement).toBe('SINGLE_SOURCE');
  });
  it('compares categories by equality', () => {
    const cat = (id: string, s: string, point: string): Answer => ({ claimId: id, sourceSlug: s, range: null, point, asOf: { low: 0, high: 0, lowExclusive: false, highExclusive: false } });
    expect(compare(topic('NONE', 'CATEGORY'), [cat('a', 's1', 'no agreement'), cat('b', 's2', 'no agreement')]).agreement).toBe('AGREE');
    expect(compare(topic('NONE', 'CATEGORY'), [cat('a', 's1', 'no agreement'), cat('b', 's2', 'agreement')]).agreement).toBe('CONFLICT');
  });
});

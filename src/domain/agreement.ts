/**
 * How sources are compared. A topic's agreement is computed here from its
 * claims' structured values, never typed by hand. docs/agreement.md states the
 * rule with the corpus's own examples; tests/data/agreement.test.ts checks it.
 *
 * 1. Every answer becomes a range: a quantity's bounds follow from its value and
 *    qualifier (a round number spans half a unit of its last significant
 *    digit), a date's from its start and end, a category is its own value.
 * 2. Two answers from different claims are related:
 *    - CORROBORATES when their ranges overlap (the same category);
 *    - EVOLVES when they are disjoint but hold for different times, in the
 *      direction the topic allows (a road's length left to take only shrinks);
 *    - CONTRADICTS otherwise: disjoint for the same time, or against the
 *      direction, or for a topic whose answer cannot change.
 * 3. The topic's agreement: SINGLE_SOURCE when fewer than two sources answer;
 *    CONFLICT when any pair contradicts; EVOLVING when some pair evolves;
 *    AGREE when every answer has the same value; APPROXIMATE otherwise.
 */
import type { ExpectedChange, Qualifier, Quantity, ValueKind } from './format.js';

/** What a comparison needs of a topic. */
export interface ComparedTopic {
  readonly valueKind: ValueKind;
  readonly expectedChange: ExpectedChange;
}

/** What a comparison needs of a claim: its value and the time it holds for. */
export interface ComparedClaim {
  readonly quantity?: Pick<Quantity, 'value' | 'qualifier'> | null;
  readonly time?: { readonly start: string; readonly end: string } | null;
  readonly answer?: string | null;
}

/** A closed or open interval; `high` may be Infinity (unbounded above). */
export interface Range {
  low: number;
  high: number;
  lowExclusive: boolean;
  highExclusive: boolean;
}

export type Agreement = 'AGREE' | 'APPROXIMATE' | 'CONFLICT' | 'EVOLVING' | 'SINGLE_SOURCE';
export type ClaimRelation = 'CORROBORATES' | 'CONTRADICTS' | 'EVOLVES';

const closed = (low: number, high: number): Range => ({ low, high, lowExclusive: false, highExclusive: false });

/** Half a unit of the last significant digit: 600,000 → 50,000; 586,000 → 500; 7 → 0.5; 3.6 → 0.05. */
export function roundingHalfUnit(value: number): number {
  if (value === 0) return 0;
  const magnitude = Math.abs(value);
  if (Number.isInteger(magnitude)) {
    let unit = 1;
    while (magnitude % (unit * 10) === 0) unit *= 10;
    return unit / 2;
  }
  const decimals = (String(magnitude).split('.')[1] ?? '').length;
  return 10 ** -decimals / 2;
}

/** The range a qualified quantity stands for (Wikidata's lower and upper bounds). */
export function quantityRange(q: Pick<Quantity, 'value' | 'qualifier'>): Range {
  const v = q.value;
  const half = roundingHalfUnit(v);
  const byQualifier: Record<Qualifier, () => Range> = {
    // Half-open, as rounding is: 7 stands for [6.5, 7.5), so 7 and 8 do not overlap.
    EXACT: () => ({ low: v - half, high: v + half, lowExclusive: false, highExclusive: half > 0 }),
    APPROXIMATELY: () => closed(Math.min(v - half, v * 0.9), Math.max(v + half, v * 1.1)),
    NEARLY: () => closed(v * 0.9, v),
    AT_LEAST: () => closed(v, Infinity),
    MORE_THAN: () => ({ low: v, high: Infinity, lowExclusive: true, highExclusive: false }),
    AT_MOST: () => closed(0, v),
    LESS_THAN: () => ({ low: 0, high: v, lowExclusive: false, highExclusive: true }),
    A_FEW: () => closed(2 * (v / 3), 9 * (v / 3)),
    // "dozens" (12): 24 to 99; "scores" (20): 40 to 199; "hundreds" (100): 200 to 999; "thousands": 2,000 to 9,999
    DOZENS_OF: () => closed(2 * v, (100 / 12) * v - v / 12),
    SCORES_OF: () => closed(2 * v, 10 * v - v / 20),
    HUNDREDS_OF: () => closed(2 * v, 10 * v - v / 100),
    THOUSANDS_OF: () => closed(2 * v, 10 * v - v / 1000),
  };
  return byQualifier[q.qualifier]();
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of an ISO date. Dates recur (many claims, few days): each is parsed once. */
const days = new Map<string, number>();
export function dayNumber(isoDate: string): number {
  let day = days.get(isoDate);
  if (day === undefined) {
    day = Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
    if (days.size > 100_000) days.clear();
    days.set(isoDate, day);
  }
  return day;
}

/** A date range as days, inclusive at both ends. */
export function dateRange(span: { start: string; end: string }): Range {
  return closed(dayNumber(span.start), dayNumber(span.end));
}

export function overlaps(a: Range, b: Range): boolean {
  const aBelowB = a.high < b.low || (a.high === b.low && (a.highExclusive || b.lowExclusive));
  const bBelowA = b.high < a.low || (b.high === a.low && (b.highExclusive || a.lowExclusive));
  return !aBelowB && !bBelowA;
}

/** One claim's answer to a topic, in comparable form. */
export interface Answer {
  claimId: string;
  sourceSlug: string;
  /** The value's range (a category has none). */
  range: Range | null;
  /** The stated value: a number, a date range, or a category, as text for equality. */
  point: string;
  /** When the answer holds: the claim's time, or its article's date. */
  asOf: Range;
}

/** The comparable answer a claim gives to its topic, or null when it gives none (wrong kind, or no value). */
export function answerOf(topic: ComparedTopic, claim: ComparedClaim, claimId: string, sourceSlug: string, publishedAt: string): Answer | null {
  const reported = dateRange({ start: publishedAt, end: publishedAt });
  const asOf = claim.time ? dateRange(claim.time) : reported;
  const base = { claimId, sourceSlug };
  switch (topic.valueKind) {
    case 'QUANTITY':
      return claim.quantity ? { ...base, range: quantityRange(claim.quantity), point: String(claim.quantity.value), asOf } : null;
    case 'DATE':
      // A date answers "when"; it holds as of the day it was reported.
      return claim.time ? { ...base, range: dateRange(claim.time), point: `${claim.time.start}/${claim.time.end}`, asOf: reported } : null;
    case 'CATEGORY':
      return claim.answer ? { ...base, range: null, point: claim.answer.trim().toLowerCase(), asOf } : null;
  }
}

function agreeOnValue(a: Answer, b: Answer): boolean {
  return a.range && b.range ? overlaps(a.range, b.range) : a.point === b.point;
}

/** How a later answer may differ from an earlier one under the topic's expected change. */
function consistentChange(topic: ComparedTopic, earlier: Answer, later: Answer): boolean {
  if (topic.expectedChange === 'ANY') return true;
  if (topic.expectedChange === 'NONE' || !earlier.range || !later.range) return false;
  return topic.expectedChange === 'INCREASING' ? later.range.low >= earlier.range.high : later.range.high <= earlier.range.low;
}

export function relate(topic: ComparedTopic, a: Answer, b: Answer): ClaimRelation {
  if (agreeOnValue(a, b)) return 'CORROBORATES';
  if (overlaps(a.asOf, b.asOf)) return 'CONTRADICTS';
  const [earlier, later] = a.asOf.low <= b.asOf.low ? [a, b] : [b, a];
  return consistentChange(topic, earlier, later) ? 'EVOLVES' : 'CONTRADICTS';
}

export interface TopicComparison {
  agreement: Agreement;
  /** Relations between every pair of answers, by their positions in the answers given (both directions are the same relation). */
  relations: Array<{ a: number; b: number; relation: ClaimRelation }>;
}

export function compare(topic: ComparedTopic, answers: Answer[]): TopicComparison {
  const relations: TopicComparison['relations'] = [];
  for (let i = 0; i < answers.length; i++) {
    for (let j = i + 1; j < answers.length; j++) {
      relations.push({ a: i, b: j, relation: relate(topic, answers[i]!, answers[j]!) });
    }
  }
  const sources = new Set(answers.map((x) => x.sourceSlug));
  let agreement: Agreement;
  if (sources.size < 2) agreement = 'SINGLE_SOURCE';
  else if (relations.some((r) => r.relation === 'CONTRADICTS')) agreement = 'CONFLICT';
  else if (relations.some((r) => r.relation === 'EVOLVES')) agreement = 'EVOLVING';
  else if (new Set(answers.map((x) => x.point)).size === 1) agreement = 'AGREE';
  else agreement = 'APPROXIMATE';
  return { agreement, relations };
}

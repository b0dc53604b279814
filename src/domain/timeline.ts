/**
 * Timeline buckets over events. An event is placed only in buckets it can be
 * pinned to without inventing precision: a DAY event goes in each day (or week)
 * its range covers; a WEEK event goes in a WEEK bucket only when its range lies
 * within that one week; anything less precise than the bucket comes back
 * `unplaced`, with its own precision.
 */
import { dayNumber } from './agreement.js';
import type { EventRecord, SourceRecord } from './records.js';

export type Granularity = 'DAY' | 'WEEK';
export const MAX_BUCKETS = 366;

export interface Bucket {
  start: string;
  end: string;
  events: EventRecord[];
  /** Articles behind the bucket's events, by slug: what provenance counts. */
  sources: readonly SourceRecord[];
}

export interface Timeline {
  buckets: Bucket[];
  unplaced: EventRecord[];
}

const DAY_MS = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weeks start on Monday. */
const mondayOf = (day: number) => day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);

export function bucketCount(from: string, to: string, granularity: Granularity): number {
  const first = granularity === 'DAY' ? dayNumber(from) : mondayOf(dayNumber(from));
  return Math.floor((dayNumber(to) - first) / (granularity === 'DAY' ? 1 : 7)) + 1;
}

export function buildTimeline(events: readonly EventRecord[], from: string, to: string, granularity: Granularity): Timeline {
  const step = granularity === 'DAY' ? 1 : 7;
  const first = granularity === 'DAY' ? dayNumber(from) : mondayOf(dayNumber(from));
  const last = dayNumber(to);
  const buckets: Bucket[] = [];
  for (let day = first; day <= last; day += step) buckets.push({ start: isoOf(day), end: isoOf(day + step - 1), events: [], sources: [] });
  const unplaced: EventRecord[] = [];
  for (const event of events) {
    const start = dayNumber(event.date.start);
    const end = dayNumber(event.date.end);
    if (end < first || start > last) continue;
    const precise = event.date.precision === 'DAY' || (granularity === 'WEEK' && event.date.precision === 'WEEK' && mondayOf(start) === mondayOf(end));
    if (!precise) {
      unplaced.push(event);
      continue;
    }
    const lo = Math.max(0, Math.floor((start - first) / step));
    const hi = Math.min(buckets.length - 1, Math.floor((end - first) / step));
    for (let i = lo; i <= hi; i++) buckets[i]!.events.push(event);
  }
  for (const bucket of buckets) {
    bucket.sources = [...new Set(bucket.events.flatMap((e) => e.sources))].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  }
  return { buckets, unplaced };
}

/**
 * `timeline`: events in day or week buckets with their counts and sources;
 * events too imprecise for a bucket come back unplaced, never pinned to a
 * false day. `geojson`: the same events on a map (RFC 7946).
 */
import { z } from 'zod';
import { eventsGeoJSON, featureCount, type FeatureCollection } from '../../domain/geojson.js';
import type { EventRecord } from '../../domain/records.js';
import { bucketCount, buildTimeline, MAX_BUCKETS, type Bucket, type Granularity, type Timeline } from '../../domain/timeline.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField } from '../connection.js';
import type { Context } from '../context.js';
import { invalidArgument } from '../errors.js';
import { EventConnection, EventRef, SourceConnection, SourceRef } from '../refs.js';
import { EventFiltersInput, selectEvents } from './event.js';
import { globalIdOf } from './node-ids.js';

const GranularityEnum = builder.enumType('TimelineGranularity', {
  description: 'The size of a timeline bucket.',
  values: { DAY: { description: 'One calendar day.' }, WEEK: { description: 'One ISO week, Monday to Sunday.' } } satisfies Record<Granularity, unknown>,
});

const BucketRef = builder.objectRef<Bucket>('TimelineBucket').implement({
  description: 'The events of one day or week.',
  provenance: { articles: (bucket) => bucket.sources },
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'First day of the bucket.', resolve: (b) => b.start }),
    end: t.field({ type: 'Date', description: 'Last day of the bucket (inclusive).', resolve: (b) => b.end }),
    count: t.int({ description: 'How many events the bucket holds.', resolve: (b) => b.events.length }),
    events: t.field({ type: [EventRef], description: 'The events pinned to this bucket, by date then key.', ...cappedList('eventsConnection'), resolve: (b) => capped(b.events, 'TimelineBucket.events', 'eventsConnection') }),
    eventsConnection: connectionField(t, EventConnection, { description: 'The events pinned to this bucket, by date then key. O(page).', resolve: (b) => b.events }),
    sources: t.field({ type: [SourceRef], description: 'The articles reporting them, by slug.', ...cappedList('sourcesConnection'), resolve: (b) => capped(b.sources, 'TimelineBucket.sources', 'sourcesConnection') }),
    sourcesConnection: connectionField(t, SourceConnection, { description: 'The articles reporting them, by slug. O(page).', resolve: (b) => b.sources }),
  }),
});

const UNPLACED = 'Events overlapping the range whose date is less precise than a bucket (a WEEK event on a DAY timeline, a MONTH event): see their own `date.precision`.';

const TimelineRef = builder.objectRef<Timeline>('Timeline').implement({
  description: 'Events in buckets, and the events too imprecise to pin to a bucket.',
  provenance: { none: 'its buckets and unplaced events count their articles as they are returned' },
  fields: (t) => ({
    buckets: t.field({ type: [BucketRef], description: 'Every bucket from `from` to `to`, empty ones included, in order.', ...boundedList(MAX_BUCKETS, 'the timeline allows this many buckets'), resolve: (x) => x.buckets }),
    unplaced: t.field({ type: [EventRef], description: UNPLACED, ...cappedList('unplacedConnection'), resolve: (x) => capped(x.unplaced, 'Timeline.unplaced', 'unplacedConnection') }),
    unplacedConnection: connectionField(t, EventConnection, { description: `${UNPLACED} By date then key. O(page).`, resolve: (x) => x.unplaced }),
  }),
});

/** Marks the events a map was made from, out of the JSON a client receives (a symbol key is never serialised). */
const MAP_EVENTS = Symbol('events');
type MapAnswer = FeatureCollection & { [MAP_EVENTS]: readonly EventRecord[] };

/** The events a `geojson` filter selects, or none when the filter names an unknown record (the resolver reports it). */
function mapEvents(context: Context, filterBy: typeof EventFiltersInput.$inferInput | null | undefined): readonly EventRecord[] {
  try {
    return selectEvents(context.store, filterBy, { field: 'DATE', direction: 'ASC' });
  } catch {
    return [];
  }
}

builder.queryFields((t) => ({
  timeline: t.field({
    type: TimelineRef,
    description: `Events from \`from\` to \`to\` in day or week buckets (at most ${MAX_BUCKETS}). O(k + buckets) for k events in the range (a binary search over dates).`,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day of the timeline.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the timeline (inclusive).' }),
      granularity: t.arg({ type: GranularityEnum, required: false, defaultValue: 'DAY', description: 'Bucket size (default DAY).' }),
      filterBy: t.arg({ type: EventFiltersInput, required: false, description: 'Conditions the events must meet (its `date` is replaced by from/to).' }),
    },
    validate: { schema: z.looseObject({ from: z.string(), to: z.string() }).refine((a) => a.from <= a.to, { path: ['to'], message: 'to must not be before from' }) },
    resolve: (_root, { from, to, granularity, filterBy }, { store }) => {
      const size = granularity ?? 'DAY';
      const buckets = bucketCount(from, to, size);
      if (buckets > MAX_BUCKETS) throw invalidArgument('to', `the range makes ${buckets} ${size} buckets, at most ${MAX_BUCKETS} are allowed`);
      const events = selectEvents(store, { ...filterBy, date: { from, to } }, { field: 'DATE', direction: 'ASC' });
      return buildTimeline(events, from, to, size);
    },
  }),
  geojson: t.field({
    type: 'JSON',
    description:
      "Events at their places as a GeoJSON FeatureCollection (RFC 7946, WGS84 [lon, lat]): one Point feature per event and place, with the event's provenance (article slugs and quotes) in its properties. Ready for Leaflet, MapLibre or geopandas. Cost: the number of features the filter matches.",
    args: { filterBy: t.arg({ type: EventFiltersInput, required: false, description: 'Conditions the events must meet (all events when omitted).' }) },
    // A map is one document, not a page: the budget counts its features, so it refuses a map too large like any other field.
    complexity: (args: { filterBy?: typeof EventFiltersInput.$inferInput | null }, context: Context) => ({ field: 1 + featureCount(mapEvents(context, args.filterBy)), multiplier: 1 }),
    provenance: { articles: (map: MapAnswer) => map[MAP_EVENTS].flatMap((e) => e.sources) },
    resolve: (_root, { filterBy }, { store }): MapAnswer => {
      const events = selectEvents(store, filterBy, { field: 'DATE', direction: 'ASC' });
      return Object.assign(eventsGeoJSON(events, globalIdOf), { [MAP_EVENTS]: events });
    },
  }),
}));

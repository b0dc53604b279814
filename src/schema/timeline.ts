/**
 * `timeline`: events in day or week buckets with their counts and sources;
 * events too imprecise for a bucket come back unplaced, never pinned to a
 * false day. `geojson`: the same events on a map (RFC 7946).
 */
import { z } from 'zod';
import { badUserInput, builder } from '../builder.js';
import { eventsGeoJSON } from '../data/geojson.js';
import { bucketCount, buildTimeline, MAX_BUCKETS, type Bucket, type Granularity } from '../data/timeline.js';
import { EventFiltersInput, selectEvents } from './event.js';
import { globalIdOf } from './node.js';
import { EventRef, SourceRef } from './refs.js';

const GranularityEnum = builder.enumType('TimelineGranularity', {
  description: 'The size of a timeline bucket.',
  values: { DAY: { description: 'One calendar day.' }, WEEK: { description: 'One ISO week, Monday to Sunday.' } } satisfies Record<Granularity, unknown>,
});

const BucketRef = builder.objectRef<Bucket>('TimelineBucket').implement({
  description: 'The events of one day or week.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'First day of the bucket.', resolve: (b) => b.start }),
    end: t.field({ type: 'Date', description: 'Last day of the bucket (inclusive).', resolve: (b) => b.end }),
    count: t.int({ description: 'How many events the bucket holds.', resolve: (b) => b.events.length }),
    events: t.field({ type: [EventRef], description: 'The events pinned to this bucket, by date then key.', resolve: (b) => b.events }),
    sources: t.field({ type: [SourceRef], description: 'The articles reporting them, by slug.', resolve: (b) => b.sources }),
  }),
});

const TimelineRef = builder.objectRef<ReturnType<typeof buildTimeline>>('Timeline').implement({
  description: 'Events in buckets, and the events too imprecise to pin to a bucket.',
  fields: (t) => ({
    buckets: t.field({ type: [BucketRef], description: 'Every bucket from `from` to `to`, empty ones included, in order.', resolve: (x) => x.buckets }),
    unplaced: t.field({ type: [EventRef], description: 'Events overlapping the range whose date is less precise than a bucket (a WEEK event on a DAY timeline, a MONTH event): see their own `date.precision`.', resolve: (x) => x.unplaced }),
  }),
});

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
    resolve: (_root, { from, to, granularity, filterBy }, { dataset }) => {
      const size = granularity ?? 'DAY';
      const buckets = bucketCount(from, to, size);
      if (buckets > MAX_BUCKETS) {
        throw badUserInput(`Invalid argument: to: the range makes ${buckets} ${size} buckets, at most ${MAX_BUCKETS} are allowed`, [{ path: 'to', message: `at most ${MAX_BUCKETS} buckets` }]);
      }
      const events = selectEvents(dataset, { ...filterBy, date: { from, to } }, { field: 'DATE', direction: 'ASC' });
      return buildTimeline(events, from, to, size);
    },
  }),
  geojson: t.field({
    type: 'JSON',
    description:
      'Events at their places as a GeoJSON FeatureCollection (RFC 7946, WGS84 [lon, lat]): one Point feature per event and place, with the event’s provenance (article slugs and quotes) in its properties. Ready for Leaflet, MapLibre or geopandas. Cost as `events`.',
    args: { filterBy: t.arg({ type: EventFiltersInput, required: false, description: 'Conditions the events must meet (all events when omitted).' }) },
    resolve: (_root, { filterBy }, { dataset, provenance }) => {
      const events = selectEvents(dataset, filterBy, { field: 'DATE', direction: 'ASC' });
      // A JSON value carries no record for the provenance wrapper to see: count its articles here.
      for (const event of events) for (const source of event.sources) provenance.add(source);
      return eventsGeoJSON(dataset, events, globalIdOf);
    },
  }),
}));

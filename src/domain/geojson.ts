/**
 * Events at their places as a GeoJSON FeatureCollection (RFC 7946): one Point
 * feature per event and place, [longitude, latitude] in WGS84, with the
 * event's provenance (article slugs and quotes) in its properties.
 */
import type { EventRecord } from './records.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** How many features a list of events makes: one per event and place. */
export const featureCount = (events: readonly EventRecord[]) => events.reduce((n, e) => n + e.places.length, 0);

export function eventsGeoJSON(events: readonly EventRecord[], globalId: (e: EventRecord) => string): FeatureCollection {
  const features: Feature[] = [];
  for (const event of events) {
    for (const place of event.places) {
      features.push({
        type: 'Feature',
        id: `${event.key}@${place.key}`,
        geometry: { type: 'Point', coordinates: [place.location.lon, place.location.lat] },
        properties: {
          eventId: globalId(event),
          event: event.key,
          title: event.title,
          type: event.type,
          subType: event.subType,
          dateStart: event.date.start,
          dateEnd: event.date.end,
          datePrecision: event.date.precision,
          place: place.key,
          placeName: place.name,
          locationPrecision: place.location.precision,
          sourceCount: event.sources.length,
          sources: event.sources.map((s) => s.slug),
          quotes: event.evidence.map((e) => ({ source: e.source.slug, start: e.start, end: e.end, quote: e.quote })),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

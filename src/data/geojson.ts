/**
 * Events at their places as a GeoJSON FeatureCollection (RFC 7946): one Point
 * feature per event and place, [longitude, latitude] in WGS84, with the
 * event's provenance (article slugs and quotes) in its properties.
 */
import type { Dataset, EventRecord } from './dataset.js';

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

export function eventsGeoJSON(dataset: Dataset, events: readonly EventRecord[], globalId: (e: EventRecord) => string): FeatureCollection {
  const features: Feature[] = [];
  for (const event of events) {
    for (const placeKey of event.places) {
      const place = dataset.placeByKey.get(placeKey)!;
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
          quotes: event.claims.flatMap((c) => c.evidenceSpans.map((e) => ({ source: e.source.slug, start: e.selector.start, end: e.selector.end, quote: e.selector.quote }))),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

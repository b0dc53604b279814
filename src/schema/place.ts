/**
 * Place: a canonical location with WGS84 coordinates and their precision,
 * every alias the texts spell it by (Saraqeb / Saraqib) and every mention.
 * Root field `places`.
 */
import { builder } from '../builder.js';
import { LocationPrecision, PlaceKind } from '../data/format.js';
import type { PlaceRecord } from '../data/dataset.js';
import { enumFrom } from './enums.js';
import { connectionArgsSchema, paginate } from './pagination.js';
import { ClaimConnection, ClaimRef, EventConnection, EventRef, EvidenceRef, PlaceConnection, PlaceRef, SourceRef } from './refs.js';

export const PlaceKindEnum = enumFrom('PlaceKind', 'What kind of place.', PlaceKind, {
  COUNTRY: 'A country.',
  PROVINCE: 'A province (governorate).',
  REGION: 'A region without formal borders.',
  CITY: 'A city.',
  TOWN: 'A town.',
  VILLAGE: 'A village.',
  DISTRICT: 'A district of a city or area.',
  HIGHWAY: 'A road; its point is a representative stretch.',
  BORDER: 'A border; its point is a crossing.',
  SITE: 'Any other site.',
});

export const LocationPrecisionEnum = enumFrom('LocationPrecision', 'How far a place\'s coordinates may be from what they stand for.', LocationPrecision, {
  POINT: 'Within a few hundred metres.',
  LOCALITY: 'The centre of a town or city.',
  DISTRICT: 'Somewhere in a district-sized area.',
  PROVINCE: 'The centre of a province.',
  COUNTRY: 'The centre of a country.',
  ROUTE: 'A representative point of a road.',
});

const LocationRef = builder.objectRef<PlaceRecord['location']>('Location').implement({
  description: 'WGS84 (EPSG:4326) coordinates of a representative point, with their precision.',
  fields: (t) => ({
    lat: t.exposeFloat('lat', { description: 'Latitude in decimal degrees.' }),
    lon: t.exposeFloat('lon', { description: 'Longitude in decimal degrees.' }),
    precision: t.field({ type: LocationPrecisionEnum, description: 'How far the point may be from the place.', resolve: (l) => l.precision }),
  }),
});

builder.node(PlaceRef, {
  description: 'A canonical place, with coordinates, every spelling the texts use and every mention.',
  id: { resolve: (p) => p.key },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Place',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the place.' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    kind: t.field({ type: PlaceKindEnum, description: 'What kind of place.', resolve: (p) => p.kind }),
    description: t.exposeString('description', { description: 'What and where the place is.' }),
    aliases: t.exposeStringList('aliases', { description: 'Every spelling used in the texts (matched case-insensitively on word boundaries).' }),
    location: t.field({ type: LocationRef, description: 'Coordinates and their precision.', resolve: (p) => p.location }),
    within: t.field({ type: PlaceRef, nullable: true, description: 'The place this one lies in.', resolve: (p, _a, { dataset }) => (p.within ? dataset.placeByKey.get(p.within)! : null) }),
    mentions: t.field({ type: [EvidenceRef], description: 'Every place an alias occurs in the articles, by article and offset.', resolve: (p) => p.mentions }),
    claims: t.connection(
      {
        type: ClaimRef,
        description: 'Claims about this place, by id. O(page).',
        validate: { schema: connectionArgsSchema },
        resolve: (p, args) => paginate(p.claims, args),
      },
      ClaimConnection,
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events that happened here, by key. O(page).',
        validate: { schema: connectionArgsSchema },
        resolve: (p, args) => paginate(p.events, args),
      },
      EventConnection,
    ),
    sources: t.field({ type: [SourceRef], description: 'The articles that mention it, by slug.', resolve: (p) => p.sources }),
  }),
});

builder.queryFields((t) => ({
  places: t.connection(
    {
      type: PlaceRef,
      description: 'Every place, ordered by key. O(page).',
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => paginate(dataset.places, args),
    },
    PlaceConnection,
  ),
}));

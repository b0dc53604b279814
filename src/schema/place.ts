/**
 * Place: a canonical location with WGS84 coordinates and their precision,
 * every alias the texts spell it by (Saraqeb / Saraqib) and every mention.
 * Root field `places`.
 */
import { builder } from '../builder.js';
import { LocationPrecision, PlaceKind } from '../data/format.js';
import type { PlaceRecord } from '../data/dataset.js';
import { enumFrom } from './enums.js';
import { named } from './inputs.js';
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

const PlaceFiltersInput = builder.inputType('PlaceFilters', {
  description: 'Conditions on places; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [PlaceKindEnum], required: false, description: 'Places of any of these kinds.' }),
    names: t.stringList({ required: false, description: 'The places named (id, key or any alias, any case: "Saraqib" is Saraqeb).' }),
    within: t.string({ required: false, description: 'Places inside this place, at any depth (id, key or alias).' }),
  }),
});

builder.queryFields((t) => ({
  places: t.connection(
    {
      type: PlaceRef,
      description: 'Places, filtered, ordered by key. O(page) for `names` (alias table built at load), O(n) for `kinds` and `within`.',
      args: { filterBy: t.arg({ type: PlaceFiltersInput, required: false, description: 'Conditions the places must meet.' }) },
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => {
        const f = args.filterBy ?? {};
        const kinds = f.kinds?.length ? new Set<string>(f.kinds) : null;
        const chosen = named(dataset, 'Place', f.names, 'filterBy.names');
        const container = f.within ? named(dataset, 'Place', [f.within], 'filterBy.within')![0]! : null;
        const inside = (p: PlaceRecord) => {
          for (let up = p.within ? dataset.placeByKey.get(p.within) : undefined, depth = 0; up && depth < 32; up = up.within ? dataset.placeByKey.get(up.within) : undefined, depth++) if (up === container) return true;
          return false;
        };
        const base = chosen ? [...new Set(chosen)].sort((a, b) => a.key.localeCompare(b.key)) : dataset.places;
        return paginate(base.filter((p) => (!kinds || kinds.has(p.kind)) && (!container || inside(p))), args);
      },
    },
    PlaceConnection,
  ),
}));

/**
 * Place: a canonical location with WGS84 coordinates and their precision,
 * every alias the texts spell it by (Saraqeb / Saraqib) and every mention.
 * Root field `places`.
 */
import { LIST_BOUNDS, LocationPrecision, PlaceKind } from '../../domain/format.js';
import type { PlaceRecord } from '../../domain/records.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField } from '../connection.js';
import { enumFrom, named } from '../inputs.js';
import { ClaimConnection, EventConnection, EvidenceConnection, EvidenceRef, PlaceConnection, PlaceRef, SourceConnection, SourceRef } from '../refs.js';

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

export const LocationPrecisionEnum = enumFrom('LocationPrecision', "How far a place's coordinates may be from what they stand for.", LocationPrecision, {
  POINT: 'Within a few hundred metres.',
  LOCALITY: 'The centre of a town or city.',
  DISTRICT: 'Somewhere in a district-sized area.',
  PROVINCE: 'The centre of a province.',
  COUNTRY: 'The centre of a country.',
  ROUTE: 'A representative point of a road.',
});

const LocationRef = builder.objectRef<PlaceRecord['location']>('Location').implement({
  description: 'WGS84 (EPSG:4326) coordinates of a representative point, with their precision.',
  provenance: { none: 'part of its place' },
  fields: (t) => ({
    lat: t.exposeFloat('lat', { description: 'Latitude in decimal degrees.' }),
    lon: t.exposeFloat('lon', { description: 'Longitude in decimal degrees.' }),
    precision: t.field({ type: LocationPrecisionEnum, description: 'How far the point may be from the place.', resolve: (l) => l.precision }),
  }),
});

builder.node(PlaceRef, {
  description: 'A canonical place, with coordinates, every spelling the texts use and every mention.',
  id: { resolve: (p) => p.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Place',
  provenance: { none: 'a curated entity: the mentions and sources a query reads from it count their articles' },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the place.' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    kind: t.field({ type: PlaceKindEnum, description: 'What kind of place.', resolve: (p) => p.kind }),
    description: t.exposeString('description', { description: 'What and where the place is.' }),
    aliases: t.stringList({
      description: 'Every spelling used in the texts (matched case-insensitively on word boundaries).',
      ...boundedList(LIST_BOUNDS.aliases, 'the data format allows this many aliases an entity'),
      resolve: (p) => p.aliases,
    }),
    location: t.field({ type: LocationRef, description: 'Coordinates and their precision.', resolve: (p) => p.location }),
    within: t.field({ type: PlaceRef, nullable: true, description: 'The place this one lies in.', resolve: (p) => p.within }),
    mentions: t.field({ type: [EvidenceRef], description: 'Every place an alias occurs in the articles, by article and offset.', ...cappedList('mentionsConnection'), resolve: (p) => capped(p.mentions, 'Place.mentions', 'mentionsConnection') }),
    mentionsConnection: connectionField(t, EvidenceConnection, { description: 'Every place an alias occurs in the articles, by article slug and offset. O(page): offsets indexed at load.', resolve: (p) => p.mentions }),
    claims: connectionField(t, ClaimConnection, { description: 'Claims about this place, by id. O(page).', resolve: (p) => p.claims }),
    events: connectionField(t, EventConnection, { description: 'Events that happened here, by key. O(page).', resolve: (p) => p.events }),
    sources: t.field({ type: [SourceRef], description: 'The articles that mention it, by slug.', ...cappedList('sourcesConnection'), resolve: (p) => capped(p.sources, 'Place.sources', 'sourcesConnection') }),
    sourcesConnection: connectionField(t, SourceConnection, { description: 'The articles that mention it, by slug. O(page).', resolve: (p) => p.sources }),
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
  places: connectionField(t, PlaceConnection, {
    description: 'Places, filtered, ordered by key. O(page) for `names` (alias table built at load), O(k) for the k places of the named kinds or within the named place (both indexed at load).',
    args: { filterBy: t.arg({ type: PlaceFiltersInput, required: false, description: 'Conditions the places must meet.' }) },
    resolve: (_root, args, { store }) => {
      const f = args.filterBy ?? {};
      return store.places({ kinds: f.kinds, names: named(store, 'Place', f.names, 'filterBy.names'), within: f.within ? named(store, 'Place', [f.within], 'filterBy.within')![0] : null });
    },
  }),
}));

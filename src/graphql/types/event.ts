/**
 * Event: a real-world happening the articles report, typed after ACLED's
 * taxonomy, with its own date (not the reports' dates), places, actors with
 * roles, and the claims of every article that reports it. Root field `events`.
 */
import { EVENT_SUBTYPES, EventRole, EventSubType, EventType, LIST_BOUNDS } from '../../domain/format.js';
import type { EventActorRecord, EventRecord } from '../../domain/records.js';
import type { EventOrderField, Order, Store } from '../../domain/store.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField } from '../connection.js';
import { DateRangeInput, dateRange, enumFrom, named, orderInput } from '../inputs.js';
import { ActorRef, ClaimConnection, EventConnection, EventRef, EvidenceConnection, EvidenceRef, PlaceRef, SourceConnection, SourceRef } from '../refs.js';
import { PrecisionEnum } from './claim.js';

const subTypesOf = (type: keyof typeof EVENT_SUBTYPES) => EVENT_SUBTYPES[type].join(', ');

export const EventTypeEnum = enumFrom('EventType', "Event types after ACLED (Armed Conflict Location & Event Data); DIPLOMACY and HUMANITARIAN are claimgraph's additions for what ACLED does not code.", EventType, {
  BATTLES: `Armed clashes and territorial changes. Sub-types: ${subTypesOf('BATTLES')}.`,
  EXPLOSIONS_REMOTE_VIOLENCE: `Air strikes, shelling, mines. Sub-types: ${subTypesOf('EXPLOSIONS_REMOTE_VIOLENCE')}.`,
  VIOLENCE_AGAINST_CIVILIANS: `Violence aimed at civilians. Sub-types: ${subTypesOf('VIOLENCE_AGAINST_CIVILIANS')}.`,
  PROTESTS: `Protests. Sub-types: ${subTypesOf('PROTESTS')}.`,
  STRATEGIC_DEVELOPMENTS: `Deployments, new bases, agreements. Sub-types: ${subTypesOf('STRATEGIC_DEVELOPMENTS')}.`,
  DIPLOMACY: `Talks, statements, threats, UN sessions, calls, mediation offers. Sub-types: ${subTypesOf('DIPLOMACY')}.`,
  HUMANITARIAN: `Displacement and civilian casualties over time. Sub-types: ${subTypesOf('HUMANITARIAN')}.`,
});

export const EventSubTypeEnum = enumFrom(
  'EventSubType',
  'Event sub-types; each belongs to one EventType (see its description).',
  EventSubType,
  Object.fromEntries(Object.entries(EVENT_SUBTYPES).flatMap(([type, subs]) => subs.map((s) => [s, `A sub-type of ${type}.`]))) as Record<string, string>,
);

export const EventRoleEnum = enumFrom('EventRole', 'The part an actor plays in an event.', EventRole, {
  INITIATOR: 'Starts or carries out the action (ACLED actor 1).',
  TARGET: 'The action is aimed at it (ACLED actor 2).',
  PARTICIPANT: 'Takes part on an equal footing (talks, a clash).',
  SPEAKER: 'Makes the statement or threat.',
  ADDRESSEE: 'The statement or threat is aimed at it.',
  MEDIATOR: 'Offers or leads mediation.',
  SUPPORTER: 'Backs one side.',
  VICTIM: 'Suffers the harm.',
});

const EventActorRef = builder.objectRef<EventActorRecord>('EventActor').implement({
  description: 'An actor of an event, with its role.',
  provenance: { none: 'part of its event' },
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (a) => a.actor }),
    role: t.field({ type: EventRoleEnum, description: 'Its role in the event.', resolve: (a) => a.role }),
  }),
});

const EventDateRef = builder.objectRef<EventRecord['date']>('EventDate').implement({
  description: 'When an event happened, as a range with a precision.',
  provenance: { none: 'part of its event' },
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'First day.', resolve: (d) => d.start }),
    end: t.field({ type: 'Date', description: 'Last day (inclusive).', resolve: (d) => d.end }),
    precision: t.field({ type: PrecisionEnum, description: 'How precisely the date is known.', resolve: (d) => d.precision }),
  }),
});

export const EventFiltersInput = builder.inputType('EventFilters', {
  description: 'Conditions on events; all given conditions must hold. Entities may be named by global id, key or any alias.',
  fields: (t) => ({
    date: t.field({ type: DateRangeInput, required: false, description: "Events whose own date range (not the reports' dates) overlaps this range." }),
    types: t.field({ type: [EventTypeEnum], required: false, description: 'Events of any of these types.' }),
    subTypes: t.field({ type: [EventSubTypeEnum], required: false, description: 'Events of any of these sub-types.' }),
    places: t.stringList({ required: false, description: 'Events at any of these places or at a place within them (id, key or alias: "Saraqib" finds Saraqeb; "Idlib province" includes Saraqeb).' }),
    actors: t.stringList({ required: false, description: 'Events any of these actors take part in (id, key or alias: "SOHR", "Erdogan").' }),
    actorRole: t.field({ type: EventRoleEnum, required: false, description: 'With `actors`: only events where the actor has this role.' }),
    sources: t.stringList({ required: false, description: 'Events reported by any of these articles (id or slug).' }),
    minSourceCount: t.int({ required: false, description: 'Events reported by at least this many articles (1 or more).', validate: { min: [1, { message: 'must be 1 or more' }] } }),
    disputed: t.boolean({ required: false, description: 'Events with (true) or without (false) a claim in a conflicting topic.' }),
  }),
});

const EventOrderFieldEnum = builder.enumType('EventOrderField', {
  description: 'What to order events by.',
  values: {
    DATE: { description: "The event's own date: start, then end." },
    SOURCE_COUNT: { description: 'How many articles report it.' },
    KEY: { description: 'Its key.' },
  } satisfies Record<EventOrderField, unknown>,
});

export const EventOrderInput = orderInput('EventOrder', 'events', 'key', EventOrderFieldEnum);

type EventFiltersShape = typeof EventFiltersInput.$inferInput;

/** The events a filter selects, ordered; names are resolved with errors naming the argument. */
export function selectEvents(store: Store, filterBy: EventFiltersShape | null | undefined, orderBy?: Order<EventOrderField> | null, path = 'filterBy'): readonly EventRecord[] {
  const f = filterBy ?? {};
  return store.events(
    {
      date: dateRange(f.date, `${path}.date`),
      types: f.types,
      subTypes: f.subTypes,
      places: named(store, 'Place', f.places, `${path}.places`),
      actors: named(store, 'Actor', f.actors, `${path}.actors`),
      actorRole: f.actorRole,
      sources: named(store, 'Source', f.sources, `${path}.sources`),
      minSourceCount: f.minSourceCount,
      disputed: f.disputed,
    },
    orderBy,
  );
}

builder.node(EventRef, {
  description: 'A real-world happening reported by one or more articles: one event, however many articles tell of it.',
  id: { resolve: (e) => e.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Event',
  provenance: { articles: (event) => event.sources },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the event.' }),
    title: t.exposeString('title', { description: 'A short title.' }),
    description: t.exposeString('description', { description: 'What happened, in a few sentences.' }),
    type: t.field({ type: EventTypeEnum, description: 'Event type (ACLED-style).', resolve: (e) => e.type }),
    subType: t.field({ type: EventSubTypeEnum, description: 'Event sub-type, within `type`.', resolve: (e) => e.subType }),
    date: t.field({ type: EventDateRef, description: 'When it happened (not when it was reported).', resolve: (e) => e.date }),
    places: t.field({
      type: [PlaceRef],
      description: 'Where it happened.',
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.eventPlaces, 'the data format allows this many places an event'),
      resolve: (e) => e.places,
    }),
    actors: t.field({
      type: [EventActorRef],
      description: 'Who took part, with their roles.',
      ...boundedList(LIST_BOUNDS.eventActors, 'the data format allows this many actors an event'),
      resolve: (e) => e.actors,
    }),
    claims: connectionField(t, ClaimConnection, { description: 'The claims that report this event, from every article, by id. O(page).', resolve: (e) => e.claims }),
    evidence: t.field({ type: [EvidenceRef], description: 'The anchors of all its claims, by article and offset.', ...cappedList('evidenceConnection'), resolve: (e) => capped(e.evidence, 'Event.evidence', 'evidenceConnection') }),
    evidenceConnection: connectionField(t, EvidenceConnection, { description: 'The anchors of all its claims, by claim id, then in each claim\'s order. O(page).', resolve: (e) => e.evidence }),
    sources: t.field({ type: [SourceRef], description: 'The articles that report it, by slug.', ...cappedList('sourcesConnection'), resolve: (e) => capped(e.sources, 'Event.sources', 'sourcesConnection') }),
    sourcesConnection: connectionField(t, SourceConnection, { description: 'The articles that report it, by slug. O(page).', resolve: (e) => e.sources }),
    sourceCount: t.int({ description: 'How many articles report it.', resolve: (e) => e.sources.length }),
    disputed: t.exposeBoolean('disputed', { description: 'Whether any of its claims sits in a topic whose sources conflict.' }),
  }),
});

builder.queryFields((t) => ({
  events: connectionField(t, EventConnection, {
    description:
      "Events, filtered and ordered (by key unless `orderBy` says otherwise). O(k + page) for k events in the smallest index the filter names (a place's, an actor's or an article's events, the events of a type or sub-type, the disputed ones, those with enough sources, or a binary search over dates); O(n) only when it names none; ordering adds O(k log k).",
    args: {
      filterBy: t.arg({ type: EventFiltersInput, required: false, description: 'Conditions the events must meet.' }),
      orderBy: t.arg({ type: EventOrderInput, required: false, description: 'How to order the events (default: by key, ascending).' }),
    },
    resolve: (_root, args, { store }) => selectEvents(store, args.filterBy, args.orderBy),
  }),
}));

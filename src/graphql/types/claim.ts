/**
 * Claim: one thing an article asserts, with who it is attributed to, how it is
 * put, the number and the time it states, and the exact spans it stands on.
 * Root field `claims`.
 */
import { Attribution, Curation, LIST_BOUNDS, Modality, Precision, Qualifier } from '../../domain/format.js';
import type { QuantityRecord, TimeRecord } from '../../domain/records.js';
import type { ClaimOrderField } from '../../domain/store.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField } from '../connection.js';
import { invalidArgument } from '../errors.js';
import { DateRangeInput, dateRange, enumFrom, named, orderInput } from '../inputs.js';
import { ActorRef, ClaimConnection, ClaimRef, EventRef, EvidenceRef, PlaceRef, SourceRef, TopicRef } from '../refs.js';
import { OFFSETS_NOTE } from './evidence.js';

export const AttributionEnum = enumFrom('Attribution', 'Whether the article attributes a claim to someone.', Attribution, {
  ATTRIBUTED: 'The article attributes the claim to a claimant (a monitor, an official, state media...).',
  UNATTRIBUTED: 'The outlet states the claim in its own voice.',
});

export const ModalityEnum = enumFrom('Modality', 'How a claim is put.', Modality, {
  ASSERTED: "Stated as fact in the outlet's own voice.",
  REPORTED: 'Reported from a claimant, paraphrased.',
  QUOTED: 'A direct quotation of the claimant.',
  ALLEGED: 'An accusation.',
  DENIED: 'A denial.',
  THREATENED: 'A threat or warning of future action.',
  PREDICTED: 'A prediction or announced plan.',
});

export const QualifierEnum = enumFrom('Qualifier', 'How exactly a number is stated; decides the bounds `low`/`high`.', Qualifier, {
  EXACT: 'A plain number: it spans half a unit of its last significant digit (7 → [6.5, 7.5), 600,000 → [550,000, 650,000)).',
  APPROXIMATELY: '"around", "about", "some": the rounding span widened to at least ±10%.',
  NEARLY: '"nearly", "almost": from 90% of the value up to the value.',
  AT_LEAST: '"at least": the value or more.',
  MORE_THAN: '"more than", "over", "well over": above the value, unbounded.',
  AT_MOST: '"at most": up to the value.',
  LESS_THAN: '"less than", "under": below the value.',
  A_FEW: '"a few" (value 3): 2 to 9.',
  DOZENS_OF: '"dozens of" (value 12): 24 to 99.',
  SCORES_OF: '"scores of" (value 20): 40 to 199.',
  HUNDREDS_OF: '"hundreds of" (value 100): 200 to 999.',
  THOUSANDS_OF: '"thousands of" (value 1,000): 2,000 to 9,999.',
});

export const PrecisionEnum = enumFrom('Precision', 'How precisely a date is known. A WEEK or MONTH date is a range, never pinned to a false day.', Precision, {
  DAY: 'Known to the day.',
  WEEK: 'Known to the week.',
  MONTH: 'Known to the month.',
  YEAR: 'Known to the year.',
});

export const CurationEnum = enumFrom('Curation', 'Who made a record.', Curation, {
  CURATED: 'Written or checked by a curator.',
  AUTO: 'Proposed by the extractor and not yet reviewed: left out of agreement and disputes.',
});

const finite = (n: number) => (Number.isFinite(n) ? n : null);

const QuantityRef = builder.objectRef<QuantityRecord>('Quantity').implement({
  description: 'A number a claim states, with its unit, its qualifier, the bounds the qualifier implies (as Wikidata models quantities) and the words it was read from.',
  provenance: { none: 'part of its claim, which counts its article' },
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The number as stated ("around 600,000" → 600000; "hundreds" → 100).' }),
    unit: t.exposeString('unit', { description: 'Singular unit: "person", "km", "vehicle"...' }),
    qualifier: t.field({ type: QualifierEnum, description: 'How exactly the number is stated.', resolve: (q) => q.qualifier }),
    low: t.float({ nullable: true, description: 'Lower bound implied by value and qualifier. Null when unbounded below.', resolve: (q) => finite(q.range.low) }),
    high: t.float({ nullable: true, description: 'Upper bound implied by value and qualifier. Null when unbounded (e.g. "more than").', resolve: (q) => finite(q.range.high) }),
    words: t.exposeString('words', { description: 'The exact words the number was read from.' }),
    evidence: t.field({ type: EvidenceRef, description: `Where the words stand in the article. ${OFFSETS_NOTE}`, resolve: (q) => q.evidence }),
  }),
});

const TimeSpanRef = builder.objectRef<TimeRecord>('TimeSpan').implement({
  description: 'When a claimed fact happened or holds (not when it was reported), as a date range with a precision.',
  provenance: { none: 'part of its claim, which counts its article' },
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'First day of the range.', resolve: (s) => s.start }),
    end: t.field({ type: 'Date', description: 'Last day of the range (inclusive).', resolve: (s) => s.end }),
    precision: t.field({ type: PrecisionEnum, description: 'How precisely the time is known.', resolve: (s) => s.precision }),
    words: t.string({ nullable: true, description: 'The words the time was read from ("on Saturday"); null when only the dateline gives it.', resolve: (s) => s.words }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'Where the words stand in the article.', resolve: (s) => s.evidence }),
  }),
});

const RELATED = {
  corroborates: "Claims of the same topic whose answer agrees with this one (derived from the topic's agreement rule)",
  contradicts: 'Claims of the same topic whose answer conflicts with this one for the same time',
  supersedes: 'Claims of the same topic that give an earlier value this one updates (an EVOLVING topic)',
} as const;

builder.node(ClaimRef, {
  description: 'One thing an article asserts, anchored to its exact words. Its id is built from the article slug and a chosen key, so it never changes when other records are added.',
  id: { resolve: (c) => c.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Claim',
  provenance: { article: (claim) => claim.source },
  fields: (t) => ({
    key: t.exposeString('key', { description: "The claim's key within its article." }),
    statement: t.exposeString('statement', { description: 'The claim in one self-contained sentence, readable without the article.' }),
    source: t.field({ type: SourceRef, description: 'The article that reports the claim.', resolve: (c) => c.source }),
    claimant: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The first actor the article attributes the claim to (see `claimants` for all); null when the outlet says it in its own voice.',
      resolve: (c) => c.claimants[0] ?? null,
    }),
    claimants: t.field({
      type: [ActorRef],
      description: 'Every actor the article attributes the claim to, in the order the text names them ("according to the Observatory and Al Watan"); empty when the outlet says it in its own voice.',
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.claimants, 'the data format allows this many claimants a claim'),
      resolve: (c) => c.claimants,
    }),
    attribution: t.field({ type: AttributionEnum, description: 'Whether the claim is attributed.', resolve: (c) => c.attribution }),
    modality: t.field({ type: ModalityEnum, description: 'How the claim is put.', resolve: (c) => c.modality }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The spans of the article the claim stands on (at least one).',
      provenance: 'parent',
      ...boundedList(LIST_BOUNDS.evidence, 'the data format allows this many spans a claim'),
      resolve: (c) => c.evidence,
    }),
    quantity: t.field({ type: QuantityRef, nullable: true, description: 'The number the claim states, if any.', resolve: (c) => c.quantity }),
    time: t.field({ type: TimeSpanRef, nullable: true, description: 'When the claimed fact happened or holds, if stated.', resolve: (c) => c.time }),
    topic: t.field({ type: TopicRef, nullable: true, description: 'The comparable question this claim answers, if any.', resolve: (c) => c.topic }),
    answer: t.string({ nullable: true, description: 'The categorical answer, for a topic whose answers are categories.', resolve: (c) => c.answer }),
    events: t.field({
      type: [EventRef],
      description: 'The events the claim reports.',
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.claimEvents, 'the data format allows this many events a claim'),
      resolve: (c) => c.events,
    }),
    places: t.field({
      type: [PlaceRef],
      description: 'The places the claim is about.',
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.claimPlaces, 'the data format allows this many places a claim'),
      resolve: (c) => c.places,
    }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actors the claim is about.',
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.claimActors, 'the data format allows this many actors a claim'),
      resolve: (c) => c.actors,
    }),
    corroborates: t.field({ type: [ClaimRef], description: `${RELATED.corroborates}.`, ...cappedList('corroboratesConnection'), resolve: (c) => capped(c.corroborates, 'Claim.corroborates', 'corroboratesConnection') }),
    contradicts: t.field({ type: [ClaimRef], description: `${RELATED.contradicts}.`, ...cappedList('contradictsConnection'), resolve: (c) => capped(c.contradicts, 'Claim.contradicts', 'contradictsConnection') }),
    supersedes: t.field({ type: [ClaimRef], description: `${RELATED.supersedes}.`, ...cappedList('supersedesConnection'), resolve: (c) => capped(c.supersedes, 'Claim.supersedes', 'supersedesConnection') }),
    corroboratesConnection: connectionField(t, ClaimConnection, { description: `${RELATED.corroborates}, by id. O(page).`, resolve: (c) => c.corroborates }),
    contradictsConnection: connectionField(t, ClaimConnection, { description: `${RELATED.contradicts}, by id. O(page).`, resolve: (c) => c.contradicts }),
    supersedesConnection: connectionField(t, ClaimConnection, { description: `${RELATED.supersedes}, by id. O(page).`, resolve: (c) => c.supersedes }),
    curation: t.field({ type: CurationEnum, description: 'Whether a curator made or checked the claim.', resolve: (c) => c.curation }),
  }),
});

const QuantityRangeInput = builder.inputType('QuantityRangeInput', {
  description: 'Claims whose quantity, with the bounds its qualifier implies, overlaps [min, max] ("more than 300" overlaps min: 500).',
  fields: (t) => ({
    min: t.float({ required: false, description: 'Lowest value wanted; open when omitted.' }),
    max: t.float({ required: false, description: 'Highest value wanted; open when omitted.' }),
    unit: t.string({ required: false, description: 'Only quantities in this unit ("person", "km", "vehicle").' }),
  }),
});

export const ClaimFiltersInput = builder.inputType('ClaimFilters', {
  description: 'Conditions on claims; all given conditions must hold. Entities may be named by global id, key or any alias.',
  fields: (t) => ({
    sources: t.stringList({ required: false, description: 'Claims reported by any of these articles (id or slug).' }),
    claimants: t.stringList({ required: false, description: 'Claims attributed to any of these actors (id, key or alias: "the Observatory" is SOHR).' }),
    topics: t.stringList({ required: false, description: 'Claims answering any of these topics (id or key).' }),
    events: t.stringList({ required: false, description: 'Claims reporting any of these events (id or key).' }),
    places: t.stringList({ required: false, description: 'Claims about any of these places or a place within them (id, key or alias).' }),
    actors: t.stringList({ required: false, description: 'Claims made by or naming any of these actors (id, key or alias).' }),
    modalities: t.field({ type: [ModalityEnum], required: false, description: 'Claims put in any of these ways.' }),
    attribution: t.field({ type: AttributionEnum, required: false, description: 'Only attributed, or only unattributed, claims.' }),
    curation: t.field({ type: CurationEnum, required: false, description: 'Only curated, or only machine-proposed, claims.' }),
    time: t.field({ type: DateRangeInput, required: false, description: 'Claims whose stated time overlaps this range (claims without a time never match).' }),
    hasQuantity: t.boolean({ required: false, description: 'Claims with (true) or without (false) a number.' }),
    quantity: t.field({ type: QuantityRangeInput, required: false, description: 'Claims whose quantity overlaps a range.' }),
  }),
});

const ClaimOrderFieldEnum = builder.enumType('ClaimOrderField', {
  description: 'What to order claims by.',
  values: {
    ID: { description: 'Its id: article slug, then key.' },
    TIME: { description: 'The time the claim states (claims without one come last).' },
    PUBLISHED_AT: { description: 'The publication date of its article.' },
    QUANTITY: { description: 'The value of its quantity (claims without one come last).' },
  } satisfies Record<ClaimOrderField, unknown>,
});

export const ClaimOrderInput = orderInput('ClaimOrder', 'claims', 'id', ClaimOrderFieldEnum);

builder.queryFields((t) => ({
  claims: connectionField(t, ClaimConnection, {
    description:
      "Claims, filtered and ordered (by id unless `orderBy` says otherwise). O(k + page) for k claims in the smallest index the filter names (an article's, claimant's, topic's, event's, place's or actor's claims, the claims of a modality, an attribution or a curation state, the claims with a quantity, or a binary search over times); O(n) only when it names none; ordering adds O(k log k).",
    args: {
      filterBy: t.arg({ type: ClaimFiltersInput, required: false, description: 'Conditions the claims must meet.' }),
      orderBy: t.arg({ type: ClaimOrderInput, required: false, description: 'How to order the claims (default: by id, ascending).' }),
    },
    resolve: (_root, args, { store }) => {
      const f = args.filterBy ?? {};
      const q = f.quantity;
      if (q?.min != null && q.max != null && q.min > q.max) throw invalidArgument('filterBy.quantity', `min (${q.min}) must not be more than max (${q.max})`);
      return store.claims(
        {
          sources: named(store, 'Source', f.sources, 'filterBy.sources'),
          claimants: named(store, 'Actor', f.claimants, 'filterBy.claimants'),
          topics: named(store, 'Topic', f.topics, 'filterBy.topics'),
          events: named(store, 'Event', f.events, 'filterBy.events'),
          places: named(store, 'Place', f.places, 'filterBy.places'),
          actors: named(store, 'Actor', f.actors, 'filterBy.actors'),
          modalities: f.modalities,
          attribution: f.attribution,
          curation: f.curation,
          time: dateRange(f.time, 'filterBy.time'),
          hasQuantity: f.hasQuantity,
          quantity: q,
        },
        args.orderBy,
      );
    },
  }),
}));

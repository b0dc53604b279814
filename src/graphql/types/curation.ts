/**
 * Curation: the mutations that grow and correct the graph. Relay style: one
 * `input` argument, a payload with the changed records, the new `dataVersion`
 * and the change-log entry. Each takes an optional `expectedDataVersion`: a
 * stale one is refused (STALE_DATA_VERSION, 409) and nothing is written.
 *
 * Writing needs a curator: `Authorization: Bearer <token>` with a token of
 * CLAIMGRAPH_CURATOR_TOKENS (UNAUTHENTICATED, 401, without; FORBIDDEN, 403,
 * on a server with no curators). The read API stays public.
 *
 * Every write is planned as file edits (src/write/plans.ts), checked with the
 * loader's own checks (BAD_USER_INPUT listing every fault), committed through
 * the journal and applied to the store in place (src/write/writer.ts).
 */
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { Key, Quantity as QuantitySchema, TimeSpan as TimeSpanSchema, type Event } from '../../domain/format.js';
import type { ClaimRecord, NodeKind, RecordOf } from '../../domain/records.js';
import type { Store } from '../../domain/store.js';
import { GateTimeoutError } from '../../write/gate.js';
import { LockTimeoutError } from '../../write/lock.js';
import * as plans from '../../write/plans.js';
import { WriteRefused, type Committed } from '../../write/writer.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badUserInput, invalidArgument, notFound, writeRefused } from '../errors.js';
import { named } from '../inputs.js';
import { ActorRef, ClaimRef, EventRef, PlaceRef, SourceRef, TopicRef } from '../refs.js';
import { ActorKindEnum } from './actor.js';
import { ChangeRef } from './change.js';
import { ModalityEnum, PrecisionEnum, QualifierEnum } from './claim.js';
import { EventRoleEnum, EventSubTypeEnum, EventTypeEnum } from './event.js';
import { decodeGlobalId } from './node-ids.js';
import { LocationPrecisionEnum, PlaceKindEnum } from './place.js';
import { SuggestionRef } from './suggestion.js';
import { ExpectedChangeEnum, ValueKindEnum } from './topic.js';

builder.mutationType({
  description: 'Curation: writes to the graph. Each needs a curator token (`Authorization: Bearer <token>`); README, "Curation".',
});

/** Runs a write as the request's curator, the request stepping out of the read gate meanwhile. */
async function write(context: Context, expected: string | null | undefined, plan: Parameters<NonNullable<Context['curation']['writer']>['write']>[2]): Promise<Committed> {
  const { curation } = context;
  if (!curation.enabled) {
    throw writeRefused('FORBIDDEN', 'Writes are disabled on this server: set CLAIMGRAPH_CURATOR_TOKENS (or CLAIMGRAPH_CURATOR_TOKENS_FILE) to "name:token" pairs to enable curation');
  }
  if (!curation.curator) throw writeRefused('UNAUTHENTICATED', 'A mutation needs a curator token: send "Authorization: Bearer <token>" with a token of CLAIMGRAPH_CURATOR_TOKENS');
  const writer = curation.writer;
  if (!writer) throw writeRefused('FORBIDDEN', 'This server has no data folder to write to');
  const run = () => writer.write(curation.curator!, expected, plan);
  try {
    return curation.hold ? await curation.hold.suspend(run) : await run();
  } catch (e) {
    if (e instanceof WriteRefused) {
      if (e.code === 'STALE_DATA_VERSION') throw writeRefused('STALE_DATA_VERSION', e.message, { expected, current: writer.store.version });
      throw badUserInput(e.message, e.issues);
    }
    if (e instanceof LockTimeoutError || e instanceof GateTimeoutError) {
      throw writeRefused('SERVICE_UNAVAILABLE', `The write could not start, nothing was written: ${e.message}. Retry.`);
    }
    throw e;
  }
}

/** A record by global id (or its key), for an input field; BAD_USER_INPUT or NOT_FOUND naming it. */
function byId<K extends NodeKind>(store: Store, kind: K, value: string, path: string): RecordOf<K> {
  const decoded = decodeGlobalId(value);
  if (decoded && decoded.kind !== kind) throw invalidArgument(path, `is the id of a ${decoded.kind}, not of a ${kind}`);
  const key = decoded?.key ?? value;
  const record = store.record(kind, key);
  if (!record) throw notFound(kind, 'id', value);
  return record;
}

const one = <K extends 'Actor' | 'Place' | 'Event' | 'Topic'>(store: Store, kind: K, name: string, path: string) => named(store, kind, [name], path)![0]!;
const claimsOf = (store: Store, ids: readonly string[], path: string): ClaimRecord[] => ids.map((id, i) => byId(store, 'Claim', String(id), `${path}[${i}]`));

const expectedDataVersion = { expectedDataVersion: { description: 'The dataVersion the write is based on: refused with STALE_DATA_VERSION (409) when the data has changed since.' } };

const QuantityInput = builder.inputType('QuantityInput', {
  description: "A claim's number, as the data format stores it.",
  fields: (t) => ({
    value: t.float({ required: true, description: 'The number.' }),
    unit: t.string({ required: true, description: 'Singular unit, shared with the topic.' }),
    qualifier: t.field({ type: QualifierEnum, required: true, description: 'How exactly the number is stated.' }),
    words: t.string({ required: true, description: "The words it is read from, exactly as in the claim's evidence." }),
  }),
});

const TimeInput = builder.inputType('TimeInput', {
  description: 'When a claimed fact holds, as a range with a precision.',
  fields: (t) => ({
    start: t.field({ type: 'Date', required: true, description: 'First day.' }),
    end: t.field({ type: 'Date', required: true, description: 'Last day.' }),
    precision: t.field({ type: PrecisionEnum, required: true, description: 'How precisely it is known.' }),
    words: t.string({ description: "The words it is read from, exactly as in the claim's evidence." }),
  }),
});

const keyField = (what: string) => ({ required: true as const, description: `The new ${what}'s key: kebab-case, unique.`, validate: { schema: Key } });

// ---- reviewClaim ----

const ReviewDecisionEnum = builder.enumType('ReviewDecision', {
  description: "A curator's decision on a machine-made claim.",
  values: { CONFIRM: { description: 'The claim is right: it becomes CURATED and enters agreement and disputes.' }, REJECT: { description: 'The claim is wrong: it is removed from the graph (the change log keeps it).' } },
});

const ReviewClaimInput = builder.inputType('ReviewClaimInput', {
  description: 'Confirm or reject a claim.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The claim's id." }),
    decision: t.field({ type: ReviewDecisionEnum, required: true, description: 'CONFIRM or REJECT.' }),
    note: t.string({ description: 'Why, for the change log.', validate: { maxLength: 2000 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const ClaimPayload = builder.objectRef<{ claim: ClaimRecord | null; committed: Committed }>('ClaimPayload').implement({
  description: 'A claim after a write (null when it was rejected), the new dataVersion and the change.',
  provenance: { articles: (p) => (p.claim ? [p.claim.source] : []) },
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, nullable: true, description: 'The claim as it is now; null when the write removed it.', resolve: (p) => p.claim }),
    dataVersion: t.string({ description: 'The dataVersion the write made.', resolve: (p) => p.committed.entry.dataVersionAfter }),
    change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (p) => p.committed.entry }),
  }),
});

// ---- editClaim ----

const EditClaimInput = builder.inputType('EditClaimInput', {
  description: 'Any subset of a claim\'s fields; a field given as null is removed (quantity, time, topic, answer). Evidence is given as quotes of the article, anchored by the server.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The claim's id." }),
    statement: t.string({ description: 'Readable without the article: who, what, where and when.', validate: { minLength: 10, maxLength: 2000 } }),
    claimants: t.stringList({ description: 'Actors (id, key or alias) the article attributes it to; attribution follows.', validate: { maxLength: 5 } }),
    modality: t.field({ type: ModalityEnum, description: 'How it is put.' }),
    quantity: t.field({ type: QuantityInput, description: 'Its number; null removes it.' }),
    time: t.field({ type: TimeInput, description: 'When it holds; null removes it.' }),
    topic: t.string({ description: 'The topic (id or key) it answers; null removes it.' }),
    answer: t.string({ description: "A CATEGORY topic's answer; null removes it." }),
    events: t.stringList({ description: 'Events (id or key) it reports.', validate: { maxLength: 5 } }),
    places: t.stringList({ description: 'Places (id, key or alias) it names.', validate: { maxLength: 10 } }),
    actors: t.stringList({ description: 'Actors (id, key or alias) it names.', validate: { maxLength: 10 } }),
    evidence: t.stringList({ description: 'Quotes of the article (1 to 5), each found in its text and anchored.', validate: { minLength: 1, maxLength: 5 } }),
    note: t.string({ description: 'Why, for the change log.', validate: { maxLength: 2000 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

// ---- reviewSuggestion ----

const SuggestionDecisionEnum = builder.enumType('SuggestionDecision', {
  description: "A curator's decision on a suggestion.",
  values: { ACCEPT: { description: 'Link the claim to the suggested record (made first when the suggestion proposes a new event).' }, REJECT: { description: 'Leave the claim unlinked; the suggestion is kept as REJECTED.' } },
});

const ReviewSuggestionInput = builder.inputType('ReviewSuggestionInput', {
  description: 'Accept or reject a suggestion.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The suggestion's id." }),
    decision: t.field({ type: SuggestionDecisionEnum, required: true, description: 'ACCEPT or REJECT.' }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const SuggestionPayload = builder.objectRef<{ suggestion: string; claim: ClaimRecord; committed: Committed; store: Store }>('SuggestionPayload').implement({
  description: 'A suggestion after review, its claim, the new dataVersion and the change.',
  provenance: { articles: (p) => [p.claim.source] },
  fields: (t) => ({
    suggestion: t.field({ type: SuggestionRef, nullable: true, description: 'The suggestion as it is now.', resolve: (p) => p.store.record('Suggestion', p.suggestion) ?? null }),
    claim: t.field({ type: ClaimRef, description: 'Its claim as it is now.', resolve: (p) => p.store.record('Claim', p.claim.id) ?? p.claim }),
    dataVersion: t.string({ description: 'The dataVersion the write made.', resolve: (p) => p.committed.entry.dataVersionAfter }),
    change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (p) => p.committed.entry }),
  }),
});

// ---- entities ----

/** `<Name>Payload { <field>, dataVersion, change }` for a write about one record. */
function recordPayload<T>(name: string, field: string, type: typeof TopicRef | typeof EventRef | typeof ActorRef | typeof PlaceRef | typeof SourceRef, description: string) {
  return builder.objectRef<{ record: T; committed: Committed }>(name).implement({
    description,
    provenance: { none: 'the record returned counts its own articles as it is read' },
    fields: (t) => ({
      [field]: t.field({ type: type as typeof TopicRef, description: `The ${field} as it is now.`, provenance: 'answer', resolve: (p) => p.record as never }),
      dataVersion: t.string({ description: 'The dataVersion the write made.', resolve: (p) => p.committed.entry.dataVersionAfter }),
      change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (p) => p.committed.entry }),
    }),
  });
}

const TopicPayload = recordPayload('TopicPayload', 'topic', TopicRef, 'A topic after a write, the new dataVersion and the change.');
const EventPayload = recordPayload('EventPayload', 'event', EventRef, 'An event after a write, the new dataVersion and the change.');
const ActorPayload = recordPayload('ActorPayload', 'actor', ActorRef, 'An actor after a write, the new dataVersion and the change.');
const PlacePayload = recordPayload('PlacePayload', 'place', PlaceRef, 'A place after a write, the new dataVersion and the change.');
const IngestPayload = recordPayload('IngestArticlePayload', 'source', SourceRef, 'The article ingested with its machine-made claims and their suggestions, the new dataVersion and the change.');

const CreateTopicInput = builder.inputType('CreateTopicInput', {
  description: 'A new topic, with the claims that answer it (a topic no claim answers would be an answer without provenance).',
  fields: (t) => ({
    key: t.string(keyField('topic')),
    question: t.string({ required: true, description: 'The question, precise enough to compare answers.', validate: { minLength: 10, maxLength: 1000 } }),
    measure: t.string({ required: true, description: 'What is measured.', validate: { minLength: 1, maxLength: 500 } }),
    unit: t.string({ description: "The unit every QUANTITY answer uses; null for dates and categories.", validate: { minLength: 1, maxLength: 50 } }),
    population: t.string({ required: true, description: 'Who or what is counted.', validate: { minLength: 1, maxLength: 500 } }),
    timeframe: t.string({ required: true, description: 'The time the question holds for, in words.', validate: { minLength: 1, maxLength: 500 } }),
    valueKind: t.field({ type: ValueKindEnum, required: true, description: 'What kind of answer it takes.' }),
    expectedChange: t.field({ type: ExpectedChangeEnum, required: true, description: 'How its true answer may change over time.' }),
    claims: t.idList({ required: true, description: 'Claims (ids) that answer it: 1 to 100; each is linked to it.', validate: { minLength: 1, maxLength: 100 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const DateRangeInput = builder.inputType('EventDateInput', {
  description: 'When an event happened.',
  fields: (t) => ({
    start: t.field({ type: 'Date', required: true, description: 'First day.' }),
    end: t.field({ type: 'Date', required: true, description: 'Last day.' }),
    precision: t.field({ type: PrecisionEnum, required: true, description: 'How precisely it is known.' }),
  }),
});

const EventActorInput = builder.inputType('EventActorInput', {
  description: 'An actor of an event, with its role.',
  fields: (t) => ({
    actor: t.string({ required: true, description: 'The actor: id, key or alias.' }),
    role: t.field({ type: EventRoleEnum, required: true, description: 'Its role.' }),
  }),
});

const CreateEventInput = builder.inputType('CreateEventInput', {
  description: 'A new event, with the claims that report it (an event no claim reports would be an answer without provenance).',
  fields: (t) => ({
    key: t.string(keyField('event')),
    title: t.string({ required: true, description: 'A short title.', validate: { minLength: 5, maxLength: 300 } }),
    description: t.string({ required: true, description: 'What happened.', validate: { minLength: 1, maxLength: 5000 } }),
    type: t.field({ type: EventTypeEnum, required: true, description: 'ACLED event type.' }),
    subType: t.field({ type: EventSubTypeEnum, required: true, description: 'ACLED sub-event type, of that type.' }),
    date: t.field({ type: DateRangeInput, required: true, description: 'When it happened.' }),
    places: t.stringList({ description: 'Places (id, key or alias).', validate: { maxLength: 10 } }),
    actors: t.field({ type: [EventActorInput], description: 'Actors and their roles.', validate: { maxLength: 10 } }),
    claims: t.idList({ required: true, description: 'Claims (ids) that report it: 1 to 100; each is linked to it.', validate: { minLength: 1, maxLength: 100 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description: "Any subset of an event's fields.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The event's id (or key)." }),
    title: t.string({ description: 'A short title.', validate: { minLength: 5, maxLength: 300 } }),
    description: t.string({ description: 'What happened.', validate: { minLength: 1, maxLength: 5000 } }),
    type: t.field({ type: EventTypeEnum, description: 'ACLED event type.' }),
    subType: t.field({ type: EventSubTypeEnum, description: 'ACLED sub-event type, of that type.' }),
    date: t.field({ type: DateRangeInput, description: 'When it happened.' }),
    places: t.stringList({ description: 'Places (id, key or alias).', validate: { maxLength: 10 } }),
    actors: t.field({ type: [EventActorInput], description: 'Actors and their roles.', validate: { maxLength: 10 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const CreateActorInput = builder.inputType('CreateActorInput', {
  description: 'A new actor.',
  fields: (t) => ({
    key: t.string(keyField('actor')),
    name: t.string({ required: true, description: 'Its name.', validate: { minLength: 1, maxLength: 300 } }),
    kind: t.field({ type: ActorKindEnum, required: true, description: 'What kind of actor.' }),
    description: t.string({ required: true, description: 'Who it is.', validate: { minLength: 1, maxLength: 2000 } }),
    aliases: t.stringList({ description: 'Every spelling the texts use (2 characters or more), each belonging to this actor only.', validate: { maxLength: 50, items: { minLength: 2, maxLength: 200 } } }),
    memberOf: t.string({ description: 'The actor it belongs to (id, key or alias).' }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const LocationInput = builder.inputType('LocationInput', {
  description: 'WGS84 coordinates of a representative point.',
  fields: (t) => ({
    lat: t.float({ required: true, description: 'Latitude, -90 to 90.', validate: { min: -90, max: 90 } }),
    lon: t.float({ required: true, description: 'Longitude, -180 to 180.', validate: { min: -180, max: 180 } }),
    precision: t.field({ type: LocationPrecisionEnum, required: true, description: 'How far the point may be from the place.' }),
  }),
});

const CreatePlaceInput = builder.inputType('CreatePlaceInput', {
  description: 'A new place.',
  fields: (t) => ({
    key: t.string(keyField('place')),
    name: t.string({ required: true, description: 'Its name.', validate: { minLength: 1, maxLength: 300 } }),
    kind: t.field({ type: PlaceKindEnum, required: true, description: 'What kind of place.' }),
    description: t.string({ required: true, description: 'Where it is.', validate: { minLength: 1, maxLength: 2000 } }),
    aliases: t.stringList({ description: 'Every spelling the texts use (2 characters or more).', validate: { maxLength: 50, items: { minLength: 2, maxLength: 200 } } }),
    location: t.field({ type: LocationInput, required: true, description: 'Where it is.' }),
    within: t.string({ description: 'The place it lies in (id, key or alias).' }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const AddAliasInput = builder.inputType('AddAliasInput', {
  description: 'A new spelling of an actor or a place.',
  fields: (t) => ({
    entity: t.string({ required: true, description: 'The actor or place: id or key.' }),
    alias: t.string({ required: true, description: 'The spelling, 2 to 200 characters, not already an alias of another entity.', validate: { minLength: 2, maxLength: 200 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const MergeEntitiesInput = builder.inputType('MergeEntitiesInput', {
  description: 'Two actors (or two places) that are one: `remove` is merged into `keep`.',
  fields: (t) => ({
    keep: t.string({ required: true, description: 'The actor or place kept: id or key.' }),
    remove: t.string({ required: true, description: 'The one merged into it: id or key. Its id keeps resolving, to `keep`.' }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

const EntityPayload = builder.objectRef<{ actor: RecordOf<'Actor'> | null; place: RecordOf<'Place'> | null; committed: Committed }>('EntityPayload').implement({
  description: 'An actor or a place after a write (the other field is null), the new dataVersion and the change.',
  provenance: { none: 'the record returned counts its own articles as it is read' },
  fields: (t) => ({
    actor: t.field({ type: ActorRef, nullable: true, description: 'The actor, when the entity is one.', provenance: 'answer', resolve: (p) => p.actor }),
    place: t.field({ type: PlaceRef, nullable: true, description: 'The place, when the entity is one.', provenance: 'answer', resolve: (p) => p.place }),
    dataVersion: t.string({ description: 'The dataVersion the write made.', resolve: (p) => p.committed.entry.dataVersionAfter }),
    change: t.field({ type: ChangeRef, description: 'The change-log entry of the write.', resolve: (p) => p.committed.entry }),
  }),
});

/** An actor or a place by id or key. */
function entity(store: Store, value: string, path: string): RecordOf<'Actor'> | RecordOf<'Place'> {
  const decoded = decodeGlobalId(value);
  if (decoded && decoded.kind !== 'Actor' && decoded.kind !== 'Place') throw invalidArgument(path, `is the id of a ${decoded.kind}, not of an actor or a place`);
  const found = decoded ? store.record(decoded.kind as 'Actor' | 'Place', decoded.key) : (store.record('Actor', value) ?? store.record('Place', value));
  if (!found) throw notFound('Actor or Place', 'id', value);
  return found as RecordOf<'Actor'> | RecordOf<'Place'>;
}

const entityPayload = (record: RecordOf<'Actor'> | RecordOf<'Place'>, committed: Committed) => ({
  actor: record.nodeKind === 'Actor' ? record : null,
  place: record.nodeKind === 'Place' ? record : null,
  committed,
});

// ---- ingestArticle ----

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to add: its text as published, and what the text alone may not say. The same pipeline and checks as `npm run ingest`.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text (UTF-8), as published: page furniture is detected and set apart.', validate: { minLength: 1, maxLength: 500_000 } }),
    publisher: t.string({ required: true, description: 'Who published it.', validate: { minLength: 1, maxLength: 300 } }),
    publishedAt: t.field({ type: 'Date', required: true, description: 'When it was published.' }),
    url: t.string({ description: 'Where it was published (an absolute URL).', validate: { url: true, maxLength: 2000 } }),
    slug: t.string({ required: true, description: 'Its slug: lower-case letters, digits, "_" or "-"; new.', validate: { regex: /^[a-z0-9][a-z0-9_-]*$/, maxLength: 200 } }),
    expectedDataVersion: t.string(expectedDataVersion.expectedDataVersion),
  }),
});

// ---- the mutations ----

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestPayload,
    description: 'Adds an article: its text, metadata, machine-made (AUTO) claims with their suggestions, and any actor it names as a source that the graph does not know (as an AUTO actor). The same pipeline as `npm run ingest`.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      // Loaded by the first ingest (or at start when curation is on): a read-only server never loads the extractor.
      const committed = await write(context, input.expectedDataVersion, async (store) => {
        const { planIngest, prepareLinker } = await import('../../write/ingest.js');
        prepareLinker(context.curation.writer!);
        return planIngest(context.curation.writer!.dataDir, store, { text: input.text, publisher: input.publisher, publishedAt: input.publishedAt, url: input.url ?? null, slug: input.slug });
      });
      return { record: committed.store.record('Source', input.slug)!, committed };
    },
  }),
  reviewClaim: t.field({
    type: ClaimPayload,
    description: 'CONFIRM makes a machine-made claim CURATED (it enters agreement and disputes); REJECT removes it from the graph (the change log keeps it).',
    args: { input: t.arg({ type: ReviewClaimInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const claim = byId(context.store, 'Claim', String(input.id), 'input.id');
      const committed = await write(context, input.expectedDataVersion, () => plans.reviewClaim(context.curation.writer!.dataDir, { claim, decision: input.decision, note: input.note }));
      return { claim: committed.store.record('Claim', claim.id) ?? null, committed };
    },
  }),
  editClaim: t.field({
    type: ClaimPayload,
    description: 'Changes any subset of a claim\'s fields. Evidence is given as quotes, anchored by the server; every check the loader makes applies.',
    args: { input: t.arg({ type: EditClaimInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const store = context.store;
      const claim = byId(store, 'Claim', String(input.id), 'input.id');
      const parse = <S extends z.ZodType>(schema: S, value: unknown, path: string): z.infer<S> => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) throw invalidArgument(path, parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '));
        return parsed.data;
      };
      const edit: plans.ClaimEdit = {
        ...(input.statement != null ? { statement: input.statement } : {}),
        ...(input.claimants != null ? { claimants: named(store, 'Actor', input.claimants, 'input.claimants') ?? [] } : {}),
        ...(input.modality != null ? { modality: input.modality } : {}),
        ...(input.quantity !== undefined ? { quantity: input.quantity === null ? null : parse(QuantitySchema, input.quantity, 'input.quantity') } : {}),
        ...(input.time !== undefined ? { time: input.time === null ? null : parse(TimeSpanSchema, { ...input.time, words: input.time.words ?? undefined }, 'input.time') } : {}),
        ...(input.topic !== undefined ? { topic: input.topic === null ? null : one(store, 'Topic', input.topic, 'input.topic') } : {}),
        ...(input.answer !== undefined ? { answer: input.answer } : {}),
        ...(input.events != null ? { events: named(store, 'Event', input.events, 'input.events') ?? [] } : {}),
        ...(input.places != null ? { places: named(store, 'Place', input.places, 'input.places') ?? [] } : {}),
        ...(input.actors != null ? { actors: named(store, 'Actor', input.actors, 'input.actors') ?? [] } : {}),
        ...(input.evidence != null ? { evidence: input.evidence } : {}),
        note: input.note ?? null,
      };
      const committed = await write(context, input.expectedDataVersion, () => plans.editClaim(context.curation.writer!.dataDir, claim, edit));
      return { claim: committed.store.record('Claim', claim.id) ?? null, committed };
    },
  }),
  reviewSuggestion: t.field({
    type: SuggestionPayload,
    description: 'ACCEPT links the claim to the suggested topic, event, claimant, actor or place; REJECT records the decision. Either way the suggestion keeps its new status.',
    args: { input: t.arg({ type: ReviewSuggestionInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const suggestion = byId(context.store, 'Suggestion', String(input.id), 'input.id');
      const committed = await write(context, input.expectedDataVersion, () => plans.reviewSuggestion(context.curation.writer!.dataDir, { suggestion, decision: input.decision }));
      return { suggestion: suggestion.id, claim: suggestion.claim, committed, store: committed.store };
    },
  }),
  createTopic: t.field({
    type: TopicPayload,
    description: 'Adds a topic and links the claims that answer it.',
    args: { input: t.arg({ type: CreateTopicInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const claims = claimsOf(context.store, input.claims.map(String), 'input.claims');
      const topic = {
        key: input.key,
        question: input.question,
        measure: input.measure,
        unit: input.unit ?? null,
        population: input.population,
        timeframe: input.timeframe,
        valueKind: input.valueKind,
        expectedChange: input.expectedChange,
      };
      const committed = await write(context, input.expectedDataVersion, () => plans.createTopic(context.curation.writer!.dataDir, { topic, claims }));
      return { record: committed.store.record('Topic', input.key)!, committed };
    },
  }),
  createEvent: t.field({
    type: EventPayload,
    description: 'Adds an event and links the claims that report it.',
    args: { input: t.arg({ type: CreateEventInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const store = context.store;
      const claims = claimsOf(store, input.claims.map(String), 'input.claims');
      const event: Event = {
        key: input.key,
        title: input.title,
        description: input.description,
        type: input.type,
        subType: input.subType,
        date: input.date,
        places: (named(store, 'Place', input.places ?? [], 'input.places') ?? []).map((p) => p.key),
        actors: (input.actors ?? []).map((a, i) => ({ actor: one(store, 'Actor', a.actor, `input.actors[${i}].actor`).key, role: a.role })),
      };
      const committed = await write(context, input.expectedDataVersion, () => plans.createEvent(context.curation.writer!.dataDir, { event, claims }));
      return { record: committed.store.record('Event', input.key)!, committed };
    },
  }),
  updateEvent: t.field({
    type: EventPayload,
    description: "Changes any subset of an event's fields.",
    args: { input: t.arg({ type: UpdateEventInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const store = context.store;
      const event = byId(store, 'Event', String(input.id), 'input.id');
      const changes: Partial<Omit<Event, 'key'>> = {
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.type != null ? { type: input.type } : {}),
        ...(input.subType != null ? { subType: input.subType } : {}),
        ...(input.date != null ? { date: input.date } : {}),
        ...(input.places != null ? { places: (named(store, 'Place', input.places, 'input.places') ?? []).map((p) => p.key) } : {}),
        ...(input.actors != null ? { actors: input.actors.map((a, i) => ({ actor: one(store, 'Actor', a.actor, `input.actors[${i}].actor`).key, role: a.role })) } : {}),
      };
      const committed = await write(context, input.expectedDataVersion, () => plans.updateEvent(context.curation.writer!.dataDir, event, changes));
      return { record: committed.store.record('Event', event.key)!, committed };
    },
  }),
  createActor: t.field({
    type: ActorPayload,
    description: 'Adds an actor.',
    args: { input: t.arg({ type: CreateActorInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const memberOf = input.memberOf ? one(context.store, 'Actor', input.memberOf, 'input.memberOf').key : undefined;
      const actor = { key: input.key, name: input.name, kind: input.kind, description: input.description, aliases: input.aliases ?? [], ...(memberOf ? { memberOf } : {}), curation: 'CURATED' as const, mergedKeys: [] };
      const committed = await write(context, input.expectedDataVersion, () => plans.createActor(context.curation.writer!.dataDir, actor));
      return { record: committed.store.record('Actor', input.key)!, committed };
    },
  }),
  createPlace: t.field({
    type: PlacePayload,
    description: 'Adds a place.',
    args: { input: t.arg({ type: CreatePlaceInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const within = input.within ? one(context.store, 'Place', input.within, 'input.within').key : undefined;
      const place = { key: input.key, name: input.name, kind: input.kind, description: input.description, aliases: input.aliases ?? [], location: input.location, ...(within ? { within } : {}), curation: 'CURATED' as const, mergedKeys: [] };
      const committed = await write(context, input.expectedDataVersion, () => plans.createPlace(context.curation.writer!.dataDir, place));
      return { record: committed.store.record('Place', input.key)!, committed };
    },
  }),
  addAlias: t.field({
    type: EntityPayload,
    description: 'Adds a spelling to an actor or a place: its mentions are found again in every article that uses it.',
    args: { input: t.arg({ type: AddAliasInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const record = entity(context.store, input.entity, 'input.entity');
      const committed = await write(context, input.expectedDataVersion, () => plans.addAlias(context.curation.writer!.dataDir, { entity: record, alias: input.alias }));
      return entityPayload(committed.store.record(record.nodeKind, record.key)! as typeof record, committed);
    },
  }),
  mergeEntities: t.field({
    type: EntityPayload,
    description: "Merges one actor into another (or one place into another): every reference moves to `keep`, which takes the aliases; the removed id resolves to `keep` from then on.",
    args: { input: t.arg({ type: MergeEntitiesInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const keep = entity(context.store, input.keep, 'input.keep');
      const remove = entity(context.store, input.remove, 'input.remove');
      const committed = await write(context, input.expectedDataVersion, (store) =>
        plans.mergeEntities(context.curation.writer!.dataDir, { keep, remove, autoClaims: store.claims({ curation: 'AUTO' }) }),
      );
      return entityPayload(committed.store.record(keep.nodeKind, keep.key)! as typeof keep, committed);
    },
  }),
}));

/**
 * Suggestion: a link the extractor proposes for an AUTO claim (to a topic,
 * an event, a claimant, an actor or a place), with how confident it is and
 * why, until a curator accepts or rejects it (`reviewSuggestion`). Also
 * `Claim.suggestions`. How suggestions are made and scored: docs/ingest.md.
 */
import { LIST_BOUNDS, SuggestionKind, SuggestionStatus, type Proposal } from '../../domain/format.js';
import type { SuggestionRecord } from '../../domain/records.js';
import { builder } from '../builder.js';
import { boundedList } from '../connection.js';
import { enumFrom } from '../inputs.js';
import { ActorRef, ClaimRef, EventRef, PlaceRef, TopicRef } from '../refs.js';

export const SuggestionKindEnum = enumFrom('SuggestionKind', 'What a suggestion links a claim to.', SuggestionKind, {
  TOPIC: 'The topic (comparable question) the claim answers.',
  EVENT: 'An event the claim reports.',
  CLAIMANT: 'The actor the article attributes the claim to.',
  ACTOR: 'An actor the claim names.',
  PLACE: 'A place the claim names.',
});

export const SuggestionStatusEnum = enumFrom('SuggestionStatus', 'Where a suggestion stands.', SuggestionStatus, {
  SUGGESTED: 'Proposed by the extractor; no curator has reviewed it.',
  ACCEPTED: 'A curator accepted it: the claim is linked.',
  REJECTED: 'A curator rejected it.',
});

const ProposalRef = builder.objectRef<Proposal>('Proposal').implement({
  description: 'A record a suggestion proposes to create, when no existing one fits. Claims of several articles proposed into one new event share its key.',
  provenance: { none: 'part of its suggestion: counted with the suggestion' },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The key the record would have.' }),
    name: t.exposeString('name', { description: 'Its name (actor, place), title (event) or question (topic).' }),
    kind: t.string({ nullable: true, description: 'ActorKind, PlaceKind, or `<EventType>/<EventSubType>`; null for a topic.', resolve: (p) => p.kind ?? null }),
    dateStart: t.field({ type: 'Date', nullable: true, description: "Start of the event's proposed date.", resolve: (p) => p.date?.start ?? null }),
    dateEnd: t.field({ type: 'Date', nullable: true, description: "End of the event's proposed date.", resolve: (p) => p.date?.end ?? null }),
    unit: t.string({ nullable: true, description: "A proposed topic's unit.", resolve: (p) => p.unit ?? null }),
    places: t.stringList({ description: 'Keys of the places a proposed event is at.', ...boundedList(LIST_BOUNDS.eventPlaces, "an event's places"), resolve: (p) => p.places ?? [] }),
  }),
});

const SuggestionTargetRef = builder.unionType('SuggestionTarget', {
  description: 'The existing record a suggestion proposes.',
  types: [TopicRef, EventRef, ActorRef, PlaceRef],
  resolveType: (value) => ({ Topic: TopicRef, Event: EventRef, Actor: ActorRef, Place: PlaceRef })[(value as { nodeKind: 'Topic' | 'Event' | 'Actor' | 'Place' }).nodeKind],
});

export const SuggestionRef = builder.objectRef<SuggestionRecord>('Suggestion');

builder.node(SuggestionRef, {
  description: 'A link the extractor proposes for a machine-made (AUTO) claim, with its confidence and reasons, until a curator reviews it.',
  id: { resolve: (s) => s.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Suggestion',
  provenance: { article: (s) => s.claim.source },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The suggestion key within its claim.' }),
    kind: t.field({ type: SuggestionKindEnum, description: 'What it links the claim to.', resolve: (s) => s.kind }),
    claim: t.field({ type: ClaimRef, description: 'The claim it is about.', resolve: (s) => s.claim }),
    target: t.field({ type: SuggestionTargetRef, nullable: true, description: 'The existing record proposed; null when it proposes a new one (`proposal`).', resolve: (s) => s.target }),
    proposal: t.field({ type: ProposalRef, nullable: true, description: 'The record proposed, when no existing one fits.', resolve: (s) => s.proposal }),
    confidence: t.float({
      description: 'From 0 to 1, calibrated: of the suggestions at or above this confidence, about this share are right (docs/ingest.md has the measured table).',
      resolve: (s) => s.confidence,
    }),
    reasons: t.stringList({ description: 'The evidence, in words: a shared place within some km, overlapping dates, the same event type, unit and question, an alias or spelling.', ...boundedList(LIST_BOUNDS.reasons, 'reasons of one suggestion'), resolve: (s) => [...s.reasons] }),
    status: t.field({ type: SuggestionStatusEnum, description: 'Proposed, accepted or rejected.', resolve: (s) => s.status }),
  }),
});

builder.objectField(ClaimRef, 'suggestions', (t) =>
  t.field({
    type: [SuggestionRef],
    description: 'What the extractor proposes to link this claim to, most confident first. Empty for curated claims made by hand.',
    provenance: 'parent',
    ...boundedList(LIST_BOUNDS.suggestions, 'suggestions of one claim'),
    resolve: (c) => [...c.suggestions],
  }),
);

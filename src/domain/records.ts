/**
 * The records a data folder becomes once loaded: every reference is an object
 * (a claim's claimants, topic, events, places and actors; an event's places and
 * actors; an actor's `memberOf`; a place's `within`), every list is sorted, and
 * everything a query needs is computed once per dataVersion (src/load/link.ts).
 * Nothing here changes while a version is served, so resolvers only read.
 *
 * Anchors are held as offsets: a Span keeps its article and [start, end), and
 * reads its quote, prefix and suffix back from the article text when asked.
 */
import type { Agreement, ClaimRelation, Range } from './agreement.js';
import { CONTEXT_LENGTH } from './anchor.js';
import type {
  ActorKind,
  Attribution,
  BoilerplateKind,
  Curation,
  EventRole,
  EventSubType,
  EventType,
  ExpectedChange,
  LocationPrecision,
  Modality,
  PlaceKind,
  Precision,
  Proposal,
  Qualifier,
  SuggestionKind,
  SuggestionStatus,
  TitleBasis,
  ValueKind,
} from './format.js';

/** The kinds of record with a global id (`node(id:)`), listed once. */
export const NODE_KINDS = ['Source', 'Claim', 'Event', 'Topic', 'Actor', 'Place', 'Suggestion'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export type RecordOf<K extends NodeKind> = {
  Source: SourceRecord;
  Claim: ClaimRecord;
  Event: EventRecord;
  Topic: TopicRecord;
  Actor: ActorRecord;
  Place: PlaceRecord;
  Suggestion: SuggestionRecord;
}[K];
export type AnyRecord = RecordOf<NodeKind>;
export type EntityRecord = ActorRecord | PlaceRecord;

/**
 * A list read a page at a time. An array is one; a compact list (an entity's
 * mentions) materialises only the slice asked for.
 */
export interface Listing<T> {
  readonly length: number;
  slice(start?: number, end?: number): readonly T[];
}

/**
 * An exact span of an article (W3C Web Annotation: TextPositionSelector with
 * the TextQuoteSelector read back from the text). Offsets are UTF-16 code units.
 */
export class Span {
  constructor(
    readonly source: SourceRecord,
    readonly start: number,
    readonly end: number,
  ) {}

  get quote(): string {
    return this.source.text.slice(this.start, this.end);
  }

  /** Up to CONTEXT_LENGTH characters before the span. */
  get prefix(): string {
    return this.source.text.slice(Math.max(0, this.start - CONTEXT_LENGTH), this.start);
  }

  /** Up to CONTEXT_LENGTH characters after the span. */
  get suffix(): string {
    return this.source.text.slice(this.end, this.end + CONTEXT_LENGTH);
  }
}

export interface BoilerplateRecord {
  readonly kind: BoilerplateKind;
  /** Why the span is not article body, when the kind alone does not say. */
  readonly note: string | null;
  readonly span: Span;
}

export interface NonAssertionRecord {
  readonly reason: string;
  readonly span: Span;
}

export interface SourceRecord {
  readonly nodeKind: 'Source';
  /** The slug. */
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly titleBasis: TitleBasis;
  readonly publisher: string;
  readonly publisherBasis: string;
  readonly byline: string | null;
  readonly agencies: readonly string[];
  readonly publishedAt: string;
  readonly publishedAtBasis: string;
  readonly url: string | null;
  readonly language: string;
  readonly sha256: string;
  readonly text: string;
  /** Page furniture, in text order. */
  readonly boilerplate: readonly BoilerplateRecord[];
  /** Body sentences a curator marked as asserting nothing, in text order. */
  readonly nonAssertions: readonly NonAssertionRecord[];
  /** Its claims, by id. */
  readonly claims: readonly ClaimRecord[];
  /** The events its claims report, by key. */
  readonly events: readonly EventRecord[];
  /** The topics its claims answer, by key. */
  readonly topics: readonly TopicRecord[];
}

export interface QuantityRecord {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The words the value was read from. */
  readonly words: string;
  /** The bounds the qualifier implies (agreement.ts). */
  readonly range: Range;
  /** Where the words stand in the article. */
  readonly evidence: Span;
}

export interface TimeRecord {
  readonly start: string;
  readonly end: string;
  readonly precision: Precision;
  /** The words the time was read from; null when only the dateline gives it. */
  readonly words: string | null;
  readonly evidence: Span | null;
}

export interface ClaimRecord {
  readonly nodeKind: 'Claim';
  /** `<source slug>/<claim key>`: stable across edits of other records. */
  readonly id: string;
  readonly key: string;
  readonly statement: string;
  readonly source: SourceRecord;
  /** Every actor the article attributes it to, in the order the text names them. */
  readonly claimants: readonly ActorRecord[];
  readonly attribution: Attribution;
  readonly modality: Modality;
  readonly quantity: QuantityRecord | null;
  readonly time: TimeRecord | null;
  readonly topic: TopicRecord | null;
  /** The categorical answer to a CATEGORY topic. */
  readonly answer: string | null;
  readonly events: readonly EventRecord[];
  readonly places: readonly PlaceRecord[];
  readonly actors: readonly ActorRecord[];
  readonly curation: Curation;
  readonly evidence: readonly Span[];
  /** Claims of the same topic this one agrees with, contradicts, or gives an earlier or later value than; by id. */
  readonly corroborates: readonly ClaimRecord[];
  readonly contradicts: readonly ClaimRecord[];
  /** Claims of an EVOLVING pair that give an earlier value this one updates. */
  readonly supersedes: readonly ClaimRecord[];
  /** What the extractor proposes to link this claim to (AUTO claims; docs/ingest.md), most confident first. */
  readonly suggestions: readonly SuggestionRecord[];
}

/** A link the extractor proposes for a claim, for a curator to accept or reject. */
export interface SuggestionRecord {
  readonly nodeKind: 'Suggestion';
  /** `<claim id>/<suggestion key>`. */
  readonly id: string;
  readonly key: string;
  readonly claim: ClaimRecord;
  readonly kind: SuggestionKind;
  /** The existing record proposed; null when the suggestion is to create one (`proposal`). */
  readonly target: TopicRecord | EventRecord | ActorRecord | PlaceRecord | null;
  readonly proposal: Proposal | null;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly status: SuggestionStatus;
}

export interface EventActorRecord {
  readonly actor: ActorRecord;
  readonly role: EventRole;
}

export interface EventRecord {
  readonly nodeKind: 'Event';
  readonly id: string;
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly type: EventType;
  readonly subType: EventSubType;
  readonly date: { readonly start: string; readonly end: string; readonly precision: Precision };
  readonly places: readonly PlaceRecord[];
  readonly actors: readonly EventActorRecord[];
  /** The claims reporting it, from every article, by id. */
  readonly claims: readonly ClaimRecord[];
  /** The spans of its claims, by claim id then span (made when read). */
  readonly evidence: readonly Span[];
  /** The articles reporting it, by slug. */
  readonly sources: readonly SourceRecord[];
  /** Whether any of its claims answers a topic whose sources conflict. */
  readonly disputed: boolean;
}

/** One article's answer to a topic: a row of the side-by-side comparison. */
export interface PositionRecord {
  readonly claim: ClaimRecord;
  readonly source: SourceRecord;
  /** When the answer holds: the claim's time, or its article's date. */
  readonly asOf: { readonly start: string; readonly end: string };
  /** Whether a curator made or checked the claim (false for an unreviewed, machine-made one). */
  readonly curated: boolean;
}

/** A comparison that also counts the unreviewed claims suggested for a topic: labelled provisional in the API. */
export interface ProvisionalComparison {
  readonly agreement: Agreement;
  readonly positions: Listing<PositionRecord>;
  /** The unreviewed (AUTO) claims counted: linked to the topic, or suggested for it at the default confidence or more. */
  readonly suggested: readonly ClaimRecord[];
}

export interface TopicRecord {
  readonly nodeKind: 'Topic';
  readonly id: string;
  readonly key: string;
  readonly question: string;
  readonly measure: string;
  readonly unit: string | null;
  readonly population: string;
  readonly timeframe: string;
  readonly valueKind: ValueKind;
  readonly expectedChange: ExpectedChange;
  readonly claims: readonly ClaimRecord[];
  readonly sources: readonly SourceRecord[];
  /** Computed from the curated claims (agreement.ts). */
  readonly agreement: Agreement;
  /** The curated claims' answers in time order, then by article (each row made when read). */
  readonly positions: Listing<PositionRecord>;
  /** The comparison with the unreviewed suggested claims too; null when none is suggested (the curated one stands). */
  readonly provisional: ProvisionalComparison | null;
}

export interface ActorRecord {
  readonly nodeKind: 'Actor';
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly description: string;
  readonly aliases: readonly string[];
  readonly memberOf: ActorRecord | null;
  /** AUTO: proposed by the extractor, until a curator confirms it. */
  readonly curation: Curation;
  /** Keys of actors merged into this one: they resolve to it. */
  readonly mergedKeys: readonly string[];
  /** Every occurrence of an alias in the articles, by article slug then offset. */
  readonly mentions: Listing<Span>;
  /** Claims it makes or is named in, by id. */
  readonly claims: readonly ClaimRecord[];
  /** Claims the articles attribute to it, by id. */
  readonly claimsAsClaimant: readonly ClaimRecord[];
  /** Events it takes part in, with its role, by event key. */
  readonly events: ReadonlyArray<{ readonly event: EventRecord; readonly role: EventRole }>;
  /** The articles that mention it, by slug. */
  readonly sources: readonly SourceRecord[];
}

export interface PlaceRecord {
  readonly nodeKind: 'Place';
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly description: string;
  readonly aliases: readonly string[];
  readonly location: { readonly lat: number; readonly lon: number; readonly precision: LocationPrecision };
  readonly within: PlaceRecord | null;
  readonly curation: Curation;
  /** Keys of places merged into this one: they resolve to it. */
  readonly mergedKeys: readonly string[];
  readonly mentions: Listing<Span>;
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
  /** Claims and events at this place or at any place within it (Saraqeb is within Idlib province), by id. */
  readonly claimsWithin: readonly ClaimRecord[];
  readonly eventsWithin: readonly EventRecord[];
  /** The places inside this one, at any depth, by key. */
  readonly placesWithin: readonly PlaceRecord[];
  readonly sources: readonly SourceRecord[];
}

export type { Agreement, ClaimRelation };

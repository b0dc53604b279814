/**
 * The one definition of claimgraph's data format. Every file under `data/` is
 * validated against these zod schemas at load, and every TypeScript type of a
 * stored record is inferred from them. docs/data-format.md describes the same
 * format for curators, with an example of each record kind.
 *
 * Layout of a data folder:
 *   sources/<slug>.txt          an article's text, byte for byte as collected
 *   sources/<slug>.json         its metadata (SourceMeta)
 *   annotations/<slug>.json     its claims and non-assertions (SourceAnnotations)
 *   entities/actors.json        Actor[]
 *   entities/places.json        Place[]
 *   entities/topics.json        Topic[]
 *   entities/events.json        Event[]
 *   changes.jsonl               ChangeEntry, one a line (curation writes; not part of the dataVersion)
 *   .claimgraph/                the writers' lock and journal (not data; not part of the dataVersion)
 */
import { z } from 'zod';

/**
 * The most items each short list of a record may hold. The API serves these
 * lists whole, so their bounds are part of the format: the loader refuses a
 * longer list, and the query cost counts each list at its bound.
 */
export const LIST_BOUNDS = {
  agencies: 10,
  boilerplate: 200,
  evidence: 5,
  claimants: 5,
  claimEvents: 5,
  claimPlaces: 10,
  claimActors: 10,
  eventPlaces: 10,
  eventActors: 10,
  aliases: 50,
  suggestions: 20,
  reasons: 8,
} as const;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A source's slug: its text file's name without `.txt`. */
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "_" or "-"');

/** A chosen, stable key: ids are built from keys, never from positions in a file. */
export const Key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by "-"');

/**
 * An anchor into an article's text, after the W3C Web Annotation model's
 * TextPositionSelector + TextQuoteSelector. `start`/`end` are JavaScript string
 * indices (UTF-16 code units) into the text; `quote` must equal
 * `text.slice(start, end)`; `prefix`/`suffix` are up to 32 characters of context.
 * Never typed by hand: `npm run data:anchor` fills them in from `quote`.
 */
export const Selector = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });

/** What a curator writes before `npm run data:anchor` resolves the offsets. */
export const DraftSelector = z
  .object({
    quote: z.string().min(1),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    prefix: z.string().max(64).optional(),
    suffix: z.string().max(64).optional(),
  })
  .strict();

export const BoilerplateKind = z.enum([
  'HEADLINE',
  'STANDFIRST',
  'DATELINE',
  'BYLINE',
  'ADVERTISEMENT',
  'NAVIGATION',
  'PHOTO_CAPTION',
  'VIDEO_CAPTION',
  'RELATED_LINK',
  'SUBHEADING',
  'TRANSLATION_NOTICE',
  'CREDIT_LINE',
  'COMMENT_FORM',
  'SOCIAL',
]);

export const Boilerplate = z
  .object({
    kind: BoilerplateKind,
    selector: Selector,
    /** Why this span is not article body, when the kind alone does not say. */
    note: z.string().optional(),
  })
  .strict();

export const TitleBasis = z.enum(['HEADLINE', 'CURATOR']);

export const SourceMeta = z
  .object({
    slug: Slug,
    /** The headline as it stands in the text (titleBasis HEADLINE), or a curator's title when the text has none. */
    title: z.string().min(1),
    titleBasis: TitleBasis,
    publisher: z.string().min(1),
    /** How the publisher is known: stated in the text, or inferred (and from what). */
    publisherBasis: z.string().min(1),
    byline: z.string().min(1).nullable(),
    agencies: z.array(z.string().min(1)).max(LIST_BOUNDS.agencies),
    publishedAt: IsoDate,
    /** The clue the date was derived from: an explicit dateline, or a weekday worked out from the text. */
    publishedAtBasis: z.string().min(1),
    url: z.url().nullable(),
    /** BCP 47 language tag. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag such as "en"'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    boilerplate: z.array(Boilerplate).max(LIST_BOUNDS.boilerplate),
  })
  .strict();

export const Attribution = z.enum(['ATTRIBUTED', 'UNATTRIBUTED']);
export const Modality = z.enum(['ASSERTED', 'REPORTED', 'QUOTED', 'ALLEGED', 'DENIED', 'THREATENED', 'PREDICTED']);
export const Qualifier = z.enum([
  'EXACT',
  'APPROXIMATELY',
  'NEARLY',
  'AT_LEAST',
  'MORE_THAN',
  'AT_MOST',
  'LESS_THAN',
  'A_FEW',
  'DOZENS_OF',
  'SCORES_OF',
  'HUNDREDS_OF',
  'THOUSANDS_OF',
]);
/** How precisely a date is known. A WEEK or MONTH date is a range, never pinned to a false day. */
export const Precision = z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const Curation = z.enum(['CURATED', 'AUTO']);

/** A number stated in a claim. `low`/`high` are not stored: they follow from value, qualifier and words (see agreement.ts). */
export const Quantity = z
  .object({
    value: z.number().finite(),
    /** Singular unit, shared with the topic it answers: "person", "km", "vehicle", "km2". */
    unit: z.string().min(1),
    qualifier: Qualifier,
    /** The words the value is read from, exactly as in the claim's evidence: "around 600,000", "seven". */
    words: z.string().min(1),
  })
  .strict();

/** When the claimed fact holds or happened, as a range with a precision, and the words it was read from. */
export const TimeSpan = z
  .object({
    start: IsoDate,
    end: IsoDate,
    precision: Precision,
    /** The words the time is read from, exactly as in the claim's evidence ("on Saturday"); omitted when only the dateline gives it. */
    words: z.string().min(1).optional(),
  })
  .strict()
  .refine((t) => t.start <= t.end, { message: 'start must not be after end', path: ['end'] });

/**
 * The confidence from which a suggestion counts: the API shows suggestions at or above it by default,
 * and a provisional comparison counts the claims suggested for a topic at or above it (docs/ingest.md).
 */
export const DEFAULT_SUGGESTION_CONFIDENCE = 0.6;

export const SuggestionKind = z.enum(['TOPIC', 'EVENT', 'CLAIMANT', 'ACTOR', 'PLACE']);
export const SuggestionStatus = z.enum(['SUGGESTED', 'ACCEPTED', 'REJECTED']);

/**
 * A record a suggestion proposes to create when no existing one fits. Claims of
 * several new articles proposed into the same new event share its `key`, so a
 * curator accepts one event, not one per claim.
 */
export const Proposal = z
  .object({
    key: Key,
    /** The name (actor, place), title (event) or question (topic) proposed. */
    name: z.string().min(1),
    /** ActorKind, PlaceKind or `<EventType>/<EventSubType>`; absent for a topic. */
    kind: z.string().min(1).optional(),
    /** An event's or a claim's date range, when the proposal has one. */
    date: z.object({ start: IsoDate, end: IsoDate }).strict().optional(),
    /** A topic's unit, when it asks for a quantity. */
    unit: z.string().min(1).optional(),
    /** Place keys an event proposal is at. */
    places: z.array(Key).max(LIST_BOUNDS.eventPlaces).optional(),
  })
  .strict();

export const Suggestion = z
  .object({
    /** Unique within its claim: `<kind>-<target or proposal key>` by convention. */
    key: Key,
    kind: SuggestionKind,
    /** The existing record's key (a topic, event, actor or place), or null with a `proposal` to create one. */
    target: Key.nullable(),
    proposal: Proposal.optional(),
    /** 0 to 1, calibrated: of the suggestions at or above a confidence, the share that are right (docs/ingest.md). */
    confidence: z.number().min(0).max(1),
    /** The evidence, in words: "same place (Saraqib)", "dates overlap", "same unit and question"... */
    reasons: z.array(z.string().min(1)).min(1).max(LIST_BOUNDS.reasons),
    status: SuggestionStatus.default('SUGGESTED'),
  })
  .strict()
  .refine((s) => (s.target === null) === (s.proposal !== undefined), {
    message: 'a suggestion names either an existing target or a proposal, not both and not neither',
    path: ['target'],
  });

const claimFields = {
  key: Key,
  /** Readable without the article: names who, what, where and when. */
  statement: z.string().min(10),
  /**
   * Every actor the article attributes the claim to, in the order the text names them
   * ("according to the Observatory and Al Watan": both); empty when the outlet says it in its own voice.
   */
  claimants: z.array(Key).max(LIST_BOUNDS.claimants).default([]),
  attribution: Attribution,
  modality: Modality,
  quantity: Quantity.optional(),
  time: TimeSpan.optional(),
  /** The topic (comparable question) this claim answers. */
  topic: Key.optional(),
  /** The categorical answer, for a topic whose valueKind is CATEGORY. */
  answer: z.string().min(1).optional(),
  events: z.array(Key).max(LIST_BOUNDS.claimEvents).default([]),
  places: z.array(Key).max(LIST_BOUNDS.claimPlaces).default([]),
  actors: z.array(Key).max(LIST_BOUNDS.claimActors).default([]),
  curation: Curation.default('CURATED'),
  /** What the extractor proposes to link an AUTO claim to, for a curator to accept or reject (docs/ingest.md). */
  suggestions: z.array(z.lazy(() => Suggestion)).max(LIST_BOUNDS.suggestions).default([]),
};

function attributionMatchesClaimants(c: { claimants: string[]; attribution: string }): boolean {
  return (c.claimants.length === 0) === (c.attribution === 'UNATTRIBUTED');
}
const attributionRule = {
  message: 'attribution must be ATTRIBUTED with at least one claimant, UNATTRIBUTED with none',
  path: ['attribution'],
};

/** Files written before claims took several claimants carry one `claimant` (or null): read it as `claimants`. */
function legacyClaimant(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || !('claimant' in raw) || 'claimants' in raw) return raw;
  const { claimant, ...rest } = raw as { claimant: unknown };
  return { ...rest, claimants: claimant === null ? [] : [claimant] };
}

export const Claim = z.preprocess(
  legacyClaimant,
  z
    .object({ ...claimFields, evidence: z.array(Selector).min(1).max(LIST_BOUNDS.evidence) })
    .strict()
    .refine(attributionMatchesClaimants, attributionRule),
);

export const NonAssertion = z
  .object({
    selector: Selector,
    /** Why the sentence asserts nothing (a question, a heading inside the body, a call to action...). */
    reason: z.string().min(3),
  })
  .strict();

export const SourceAnnotations = z
  .object({
    source: Slug,
    claims: z.array(Claim),
    nonAssertions: z.array(NonAssertion).default([]),
  })
  .strict();

/** The same file before anchoring: quotes only, offsets optional. */
export const DraftSourceAnnotations = z
  .object({
    source: Slug,
    claims: z.array(
      z.preprocess(
        legacyClaimant,
        z
          .object({ ...claimFields, evidence: z.array(DraftSelector).min(1).max(LIST_BOUNDS.evidence) })
          .strict()
          .refine(attributionMatchesClaimants, attributionRule),
      ),
    ),
    nonAssertions: z.array(z.object({ selector: DraftSelector, reason: z.string().min(3) }).strict()).default([]),
  })
  .strict();

export const ActorKind = z.enum([
  'STATE',
  'GOVERNMENT_BODY',
  'MILITARY',
  'ARMED_GROUP',
  'MONITOR',
  'INTERNATIONAL_ORGANISATION',
  'MEDIA',
  /** A news or video agency (wire service) whose reports others carry. */
  'NEWS_AGENCY',
  /** A television or radio broadcaster. */
  'BROADCASTER',
  'PERSON',
  'GROUP',
]);

export const Actor = z
  .object({
    key: Key,
    name: z.string().min(1),
    kind: ActorKind,
    description: z.string().min(1),
    /** Every spelling used in the texts. Matched case-insensitively on word boundaries; each alias belongs to one entity. */
    aliases: z.array(z.string().min(2)).max(LIST_BOUNDS.aliases),
    /** The actor this one belongs to (a spokesman to his ministry, an army to its state). */
    memberOf: Key.optional(),
    /** AUTO: proposed by the extractor for an attributed claim, until a curator confirms, renames or merges it. */
    curation: Curation.default('CURATED'),
    /** Keys of actors a curator merged into this one (mergeEntities): ids made from them resolve to this actor. */
    mergedKeys: z.array(Key).default([]),
  })
  .strict();

export const PlaceKind = z.enum(['COUNTRY', 'PROVINCE', 'REGION', 'CITY', 'TOWN', 'VILLAGE', 'DISTRICT', 'HIGHWAY', 'BORDER', 'SITE']);
/** How far the coordinates may be from what they stand for. */
export const LocationPrecision = z.enum(['POINT', 'LOCALITY', 'DISTRICT', 'PROVINCE', 'COUNTRY', 'ROUTE']);

export const Place = z
  .object({
    key: Key,
    name: z.string().min(1),
    kind: PlaceKind,
    description: z.string().min(1),
    aliases: z.array(z.string().min(2)).max(LIST_BOUNDS.aliases),
    /** WGS84 coordinates (EPSG:4326) of a representative point. */
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        precision: LocationPrecision,
      })
      .strict(),
    within: Key.optional(),
    /** AUTO: proposed by the extractor, until a curator confirms it. */
    curation: Curation.default('CURATED'),
    /** Keys of places a curator merged into this one (mergeEntities): ids made from them resolve to this place. */
    mergedKeys: z.array(Key).default([]),
  })
  .strict();

export const ValueKind = z.enum(['QUANTITY', 'DATE', 'CATEGORY']);
/** How the true answer may change over time; decides whether differing answers at different times are EVOLVING or a CONFLICT. */
export const ExpectedChange = z.enum(['NONE', 'INCREASING', 'DECREASING', 'ANY']);

export const Topic = z
  .object({
    key: Key,
    /** The question, precise enough to compare answers. */
    question: z.string().min(10),
    /** What is measured. */
    measure: z.string().min(1),
    /** The unit every QUANTITY answer must use. */
    unit: z.string().min(1).nullable(),
    population: z.string().min(1),
    /** The time the question holds for, in words. */
    timeframe: z.string().min(1),
    valueKind: ValueKind,
    expectedChange: ExpectedChange,
  })
  .strict();

/** Event types after ACLED's taxonomy; DIPLOMACY and HUMANITARIAN are claimgraph's own additions (docs/data-format.md). */
export const EVENT_SUBTYPES = {
  BATTLES: ['ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY'],
  EXPLOSIONS_REMOTE_VIOLENCE: ['AIR_DRONE_STRIKE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
  VIOLENCE_AGAINST_CIVILIANS: ['ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE'],
  PROTESTS: ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION'],
  STRATEGIC_DEVELOPMENTS: [
    'AGREEMENT',
    'CHANGE_TO_GROUP_ACTIVITY',
    'HEADQUARTERS_OR_BASE_ESTABLISHED',
    'NON_VIOLENT_TRANSFER_OF_TERRITORY',
    'DISRUPTED_WEAPONS_USE',
    'OTHER',
  ],
  DIPLOMACY: ['TALKS', 'STATEMENT', 'THREAT', 'UN_SESSION', 'PHONE_CALL', 'MEDIATION_OFFER'],
  HUMANITARIAN: ['DISPLACEMENT', 'CIVILIAN_CASUALTIES'],
} as const;
export const EventType = z.enum(Object.keys(EVENT_SUBTYPES) as [keyof typeof EVENT_SUBTYPES, ...(keyof typeof EVENT_SUBTYPES)[]]);
export const EventSubType = z.enum(Object.values(EVENT_SUBTYPES).flat() as [string, ...string[]]);
export const EventRole = z.enum(['INITIATOR', 'TARGET', 'PARTICIPANT', 'SPEAKER', 'ADDRESSEE', 'MEDIATOR', 'SUPPORTER', 'VICTIM']);

export const Event = z
  .object({
    key: Key,
    title: z.string().min(5),
    description: z.string().min(1),
    type: EventType,
    subType: EventSubType,
    /** When the event happened (not when it was reported). */
    date: z
      .object({ start: IsoDate, end: IsoDate, precision: Precision })
      .strict()
      .refine((d) => d.start <= d.end, { message: 'start must not be after end', path: ['end'] }),
    places: z.array(Key).max(LIST_BOUNDS.eventPlaces),
    actors: z.array(z.object({ actor: Key, role: EventRole }).strict()).max(LIST_BOUNDS.eventActors),
  })
  .strict()
  .refine((e) => (EVENT_SUBTYPES[e.type] as readonly string[]).includes(e.subType), {
    message: 'subType does not belong to type',
    path: ['subType'],
  });

/** What a curation write did (src/write/plans.ts): the mutation's name. */
export const ChangeKind = z.enum([
  'INGEST_ARTICLE',
  'REVIEW_CLAIM',
  'EDIT_CLAIM',
  'REVIEW_SUGGESTION',
  'CREATE_TOPIC',
  'CREATE_EVENT',
  'UPDATE_EVENT',
  'CREATE_ACTOR',
  'CREATE_PLACE',
  'ADD_ALIAS',
  'MERGE_ENTITIES',
]);

/** A record a change names: its kind and key (a claim's `<slug>/<key>`, a suggestion's `<claim>/<key>`). */
export const ChangeTarget = z.object({ kind: z.enum(['Source', 'Claim', 'Event', 'Topic', 'Actor', 'Place', 'Suggestion']), key: z.string().min(1) }).strict();

/**
 * One line of `changes.jsonl`, the data folder's append-only change log: who changed what, the record's
 * fields as the data files held them before and after (null for a record made or removed), and the
 * dataVersion before and after. The log is not part of the dataVersion (each entry names both).
 */
export const ChangeEntry = z
  .object({
    /** Sortable and unique: `<time in ms, base 36>-<counter>`. */
    id: z.string().regex(/^[0-9a-z]+-[0-9a-z]+$/),
    at: z.iso.datetime(),
    curator: z.string().min(1),
    kind: ChangeKind,
    /** The record the write was about. */
    target: ChangeTarget,
    /** Every other record whose fields it changed (a merge moves references; an ingest adds claims). */
    touched: z.array(ChangeTarget).default([]),
    /** REJECT of a claim, ACCEPT of a suggestion...: the decision, when the mutation takes one. */
    decision: z.string().min(1).optional(),
    note: z.string().optional(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    dataVersionBefore: z.string().regex(/^[0-9a-f]{64}$/),
    dataVersionAfter: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const Actors = z.array(Actor);
export const Places = z.array(Place);
export const Topics = z.array(Topic);
export const Events = z.array(Event);

export type Selector = z.infer<typeof Selector>;
export type DraftSelector = z.infer<typeof DraftSelector>;
export type SourceMeta = z.infer<typeof SourceMeta>;
export type Boilerplate = z.infer<typeof Boilerplate>;
export type BoilerplateKind = z.infer<typeof BoilerplateKind>;
export type Claim = z.infer<typeof Claim>;
export type Quantity = z.infer<typeof Quantity>;
export type Qualifier = z.infer<typeof Qualifier>;
export type TimeSpan = z.infer<typeof TimeSpan>;
export type Precision = z.infer<typeof Precision>;
export type SourceAnnotations = z.infer<typeof SourceAnnotations>;
export type NonAssertion = z.infer<typeof NonAssertion>;
export type Actor = z.infer<typeof Actor>;
export type Place = z.infer<typeof Place>;
export type Topic = z.infer<typeof Topic>;
export type Event = z.infer<typeof Event>;
export type EventType = z.infer<typeof EventType>;
export type EventSubType = z.infer<typeof EventSubType>;
export type EventRole = z.infer<typeof EventRole>;
export type Attribution = z.infer<typeof Attribution>;
export type Modality = z.infer<typeof Modality>;
export type Curation = z.infer<typeof Curation>;
export type TitleBasis = z.infer<typeof TitleBasis>;
export type ActorKind = z.infer<typeof ActorKind>;
export type ChangeEntry = z.infer<typeof ChangeEntry>;
export type ChangeKind = z.infer<typeof ChangeKind>;
export type ChangeTarget = z.infer<typeof ChangeTarget>;
export type Suggestion = z.infer<typeof Suggestion>;
export type SuggestionKind = z.infer<typeof SuggestionKind>;
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;
export type Proposal = z.infer<typeof Proposal>;
export type PlaceKind = z.infer<typeof PlaceKind>;
export type LocationPrecision = z.infer<typeof LocationPrecision>;
export type ValueKind = z.infer<typeof ValueKind>;
export type ExpectedChange = z.infer<typeof ExpectedChange>;

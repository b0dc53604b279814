/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of actor. */
export type ActorKind =
  /** A non-state armed group. */
  | 'ARMED_GROUP'
  /** A ministry, presidency or other government body. */
  | 'GOVERNMENT_BODY'
  /** An unnamed group of people (officials, activists, witnesses). */
  | 'GROUP'
  /** The UN, its bodies and other international organisations. */
  | 'INTERNATIONAL_ORGANISATION'
  /** A news outlet or agency. */
  | 'MEDIA'
  /** A state's armed forces. */
  | 'MILITARY'
  /** A conflict monitor (the Syrian Observatory for Human Rights). */
  | 'MONITOR'
  /** A named or unnamed individual. */
  | 'PERSON'
  /** A state as a political actor (Turkey, Russia). */
  | 'STATE';

/** How the sources' answers to a topic compare, computed from the claims' values (docs/agreement.md). */
export type Agreement =
  /** Every source gives the same value. */
  | 'AGREE'
  /** The values differ but their ranges overlap (around 600,000 against some 586,000). */
  | 'APPROXIMATE'
  /** Some values cannot both be true: disjoint ranges for the same time (seven against eight soldiers killed on 3 February). */
  | 'CONFLICT'
  /** Values differ for different times, consistently with a change (30 km of the M5 left on 8 February, none by 12 February). */
  | 'EVOLVING'
  /** Only one article answers: nothing to compare yet. */
  | 'SINGLE_SOURCE';

/** Whether the article attributes a claim to someone. */
export type Attribution =
  /** The article attributes the claim to a claimant (a monitor, an official, state media...). */
  | 'ATTRIBUTED'
  /** The outlet states the claim in its own voice. */
  | 'UNATTRIBUTED';

/** What a span of page boilerplate is: text on the page that is not the article body. */
export type BoilerplateKind =
  /** An advertisement marker. */
  | 'ADVERTISEMENT'
  /** The author or agency line. */
  | 'BYLINE'
  /** A reader comment form. */
  | 'COMMENT_FORM'
  /** A credit line (outlet name, "With input from ..."). */
  | 'CREDIT_LINE'
  /** A publication or update date line. */
  | 'DATELINE'
  /** The article's headline. */
  | 'HEADLINE'
  /** Site navigation or promotion text. */
  | 'NAVIGATION'
  /** A photo caption (often printed twice on the page). */
  | 'PHOTO_CAPTION'
  /** The headline of a link to another article. */
  | 'RELATED_LINK'
  /** Votes, shares and other social widgets. */
  | 'SOCIAL'
  /** The summary line under the headline. */
  | 'STANDFIRST'
  /** A heading inside the article. */
  | 'SUBHEADING'
  /** A notice about machine translation. */
  | 'TRANSLATION_NOTICE'
  /** The title of an embedded video. */
  | 'VIDEO_CAPTION';

/** Who made a record. */
export type Curation =
  /** Proposed by the extractor and not yet reviewed: left out of agreement and disputes. */
  | 'AUTO'
  /** Written or checked by a curator. */
  | 'CURATED';

/** The part an actor plays in an event. */
export type EventRole =
  /** The statement or threat is aimed at it. */
  | 'ADDRESSEE'
  /** Starts or carries out the action (ACLED actor 1). */
  | 'INITIATOR'
  /** Offers or leads mediation. */
  | 'MEDIATOR'
  /** Takes part on an equal footing (talks, a clash). */
  | 'PARTICIPANT'
  /** Makes the statement or threat. */
  | 'SPEAKER'
  /** Backs one side. */
  | 'SUPPORTER'
  /** The action is aimed at it (ACLED actor 2). */
  | 'TARGET'
  /** Suffers the harm. */
  | 'VICTIM';

/** Event sub-types; each belongs to one EventType (see its description). */
export type EventSubType =
  /** A sub-type of VIOLENCE_AGAINST_CIVILIANS. */
  | 'ABDUCTION_FORCED_DISAPPEARANCE'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'AGREEMENT'
  /** A sub-type of EXPLOSIONS_REMOTE_VIOLENCE. */
  | 'AIR_DRONE_STRIKE'
  /** A sub-type of BATTLES. */
  | 'ARMED_CLASH'
  /** A sub-type of VIOLENCE_AGAINST_CIVILIANS. */
  | 'ATTACK'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'CHANGE_TO_GROUP_ACTIVITY'
  /** A sub-type of HUMANITARIAN. */
  | 'CIVILIAN_CASUALTIES'
  /** A sub-type of HUMANITARIAN. */
  | 'DISPLACEMENT'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'DISRUPTED_WEAPONS_USE'
  /** A sub-type of BATTLES. */
  | 'GOVERNMENT_REGAINS_TERRITORY'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'HEADQUARTERS_OR_BASE_ESTABLISHED'
  /** A sub-type of DIPLOMACY. */
  | 'MEDIATION_OFFER'
  /** A sub-type of BATTLES. */
  | 'NON_STATE_ACTOR_OVERTAKES_TERRITORY'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'NON_VIOLENT_TRANSFER_OF_TERRITORY'
  /** A sub-type of STRATEGIC_DEVELOPMENTS. */
  | 'OTHER'
  /** A sub-type of PROTESTS. */
  | 'PEACEFUL_PROTEST'
  /** A sub-type of DIPLOMACY. */
  | 'PHONE_CALL'
  /** A sub-type of PROTESTS. */
  | 'PROTEST_WITH_INTERVENTION'
  /** A sub-type of EXPLOSIONS_REMOTE_VIOLENCE. */
  | 'REMOTE_EXPLOSIVE_LANDMINE_IED'
  /** A sub-type of EXPLOSIONS_REMOTE_VIOLENCE. */
  | 'SHELLING_ARTILLERY_MISSILE_ATTACK'
  /** A sub-type of DIPLOMACY. */
  | 'STATEMENT'
  /** A sub-type of DIPLOMACY. */
  | 'TALKS'
  /** A sub-type of DIPLOMACY. */
  | 'THREAT'
  /** A sub-type of DIPLOMACY. */
  | 'UN_SESSION';

/** Event types after ACLED (Armed Conflict Location & Event Data); DIPLOMACY and HUMANITARIAN are claimgraph's additions for what ACLED does not code. */
export type EventType =
  /** Armed clashes and territorial changes. Sub-types: ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY. */
  | 'BATTLES'
  /** Talks, statements, threats, UN sessions, calls, mediation offers. Sub-types: TALKS, STATEMENT, THREAT, UN_SESSION, PHONE_CALL, MEDIATION_OFFER. */
  | 'DIPLOMACY'
  /** Air strikes, shelling, mines. Sub-types: AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE_ATTACK, REMOTE_EXPLOSIVE_LANDMINE_IED. */
  | 'EXPLOSIONS_REMOTE_VIOLENCE'
  /** Displacement and civilian casualties over time. Sub-types: DISPLACEMENT, CIVILIAN_CASUALTIES. */
  | 'HUMANITARIAN'
  /** Protests. Sub-types: PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION. */
  | 'PROTESTS'
  /** Deployments, new bases, agreements. Sub-types: AGREEMENT, CHANGE_TO_GROUP_ACTIVITY, HEADQUARTERS_OR_BASE_ESTABLISHED, NON_VIOLENT_TRANSFER_OF_TERRITORY, DISRUPTED_WEAPONS_USE, OTHER. */
  | 'STRATEGIC_DEVELOPMENTS'
  /** Violence aimed at civilians. Sub-types: ATTACK, ABDUCTION_FORCED_DISAPPEARANCE. */
  | 'VIOLENCE_AGAINST_CIVILIANS';

/** How far a place's coordinates may be from what they stand for. */
export type LocationPrecision =
  /** The centre of a country. */
  | 'COUNTRY'
  /** Somewhere in a district-sized area. */
  | 'DISTRICT'
  /** The centre of a town or city. */
  | 'LOCALITY'
  /** Within a few hundred metres. */
  | 'POINT'
  /** The centre of a province. */
  | 'PROVINCE'
  /** A representative point of a road. */
  | 'ROUTE';

/** How a claim is put. */
export type Modality =
  /** An accusation. */
  | 'ALLEGED'
  /** Stated as fact in the outlet's own voice. */
  | 'ASSERTED'
  /** A denial. */
  | 'DENIED'
  /** A prediction or announced plan. */
  | 'PREDICTED'
  /** A direct quotation of the claimant. */
  | 'QUOTED'
  /** Reported from a claimant, paraphrased. */
  | 'REPORTED'
  /** A threat or warning of future action. */
  | 'THREATENED';

/** What kind of place. */
export type PlaceKind =
  /** A border; its point is a crossing. */
  | 'BORDER'
  /** A city. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** A district of a city or area. */
  | 'DISTRICT'
  /** A road; its point is a representative stretch. */
  | 'HIGHWAY'
  /** A province (governorate). */
  | 'PROVINCE'
  /** A region without formal borders. */
  | 'REGION'
  /** Any other site. */
  | 'SITE'
  /** A town. */
  | 'TOWN'
  /** A village. */
  | 'VILLAGE';

/** How precisely a date is known. A WEEK or MONTH date is a range, never pinned to a false day. */
export type Precision =
  /** Known to the day. */
  | 'DAY'
  /** Known to the month. */
  | 'MONTH'
  /** Known to the week. */
  | 'WEEK'
  /** Known to the year. */
  | 'YEAR';

/** How exactly a number is stated; decides the bounds `low`/`high`. */
export type Qualifier =
  /** "around", "about", "some": the rounding span widened to at least ±10%. */
  | 'APPROXIMATELY'
  /** "at least": the value or more. */
  | 'AT_LEAST'
  /** "at most": up to the value. */
  | 'AT_MOST'
  /** "a few" (value 3): 2 to 9. */
  | 'A_FEW'
  /** "dozens of" (value 12): 24 to 99. */
  | 'DOZENS_OF'
  /** A plain number: it spans half a unit of its last significant digit (7 → [6.5, 7.5), 600,000 → [550,000, 650,000)). */
  | 'EXACT'
  /** "hundreds of" (value 100): 200 to 999. */
  | 'HUNDREDS_OF'
  /** "less than", "under": below the value. */
  | 'LESS_THAN'
  /** "more than", "over", "well over": above the value, unbounded. */
  | 'MORE_THAN'
  /** "nearly", "almost": from 90% of the value up to the value. */
  | 'NEARLY'
  /** "scores of" (value 20): 40 to 199. */
  | 'SCORES_OF'
  /** "thousands of" (value 1,000): 2,000 to 9,999. */
  | 'THOUSANDS_OF';

/** Where a source title comes from. */
export type TitleBasis =
  /** Written by a curator: the text has no headline. */
  | 'CURATOR'
  /** The headline as it stands in the text. */
  | 'HEADLINE';

/** What kind of answer a topic takes. */
export type ValueKind =
  /** A categorical value (Claim.answer). */
  | 'CATEGORY'
  /** A date or date range (Claim.time). */
  | 'DATE'
  /** A number in the topic's unit (Claim.quantity). */
  | 'QUANTITY';

export type ClaimAnchorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimAnchorsQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, statement: string, attribution: Attribution, modality: Modality, curation: Curation, claimant: { key: string, name: string } | null, source: { slug: string }, evidence: Array<{ start: number, end: number, quote: string, prefix: string, suffix: string, source: { slug: string } }>, quantity: { value: number, unit: string, qualifier: Qualifier, low: number | null, high: number | null, words: string, evidence: { start: number, end: number, quote: string } } | null, time: { start: string, end: string, precision: Precision, words: string | null, evidence: { start: number, end: number, quote: string } | null } | null, topic: { key: string } | null, events: Array<{ key: string }>, places: Array<{ key: string }>, actors: Array<{ key: string }> }> } };

export type SourceTextsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceTextsQuery = { sources: { nodes: Array<{ slug: string, text: string }> } };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: { totalCount: number, nodes: Array<{ id: string, key: string, question: string, unit: string | null, valueKind: ValueKind, agreement: Agreement, sources: Array<{ slug: string }>, claims: { nodes: Array<{ id: string, answer: string | null, evidence: Array<{ start: number, end: number, source: { slug: string } }>, quantity: { value: number, low: number | null, high: number | null } | null, time: { start: string, end: string, precision: Precision } | null, corroborates: Array<{ id: string }>, contradicts: Array<{ id: string }>, supersedes: Array<{ id: string }> }> } }> } };

export type EventsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventsQuery = { events: { totalCount: number, nodes: Array<{ id: string, key: string, title: string, type: EventType, subType: EventSubType, sourceCount: number, disputed: boolean, date: { start: string, end: string, precision: Precision }, sources: Array<{ slug: string }>, places: Array<{ key: string }>, actors: Array<{ role: EventRole, actor: { key: string } }>, evidence: Array<{ start: number, end: number, quote: string, source: { slug: string } }>, claims: { totalCount: number, nodes: Array<{ id: string, evidence: Array<{ start: number, end: number, source: { slug: string } }> }> } }> } };

export type EntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesQuery = { actors: { totalCount: number, nodes: Array<{ id: string, key: string, name: string, kind: ActorKind, aliases: Array<string>, mentions: Array<{ start: number, end: number, quote: string, source: { slug: string } }> }> }, places: { totalCount: number, nodes: Array<{ id: string, key: string, name: string, kind: PlaceKind, aliases: Array<string>, location: { lat: number, lon: number, precision: LocationPrecision }, mentions: Array<{ start: number, end: number, quote: string, source: { slug: string } }> }> } };

export type PlaceMentionsOnlyQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceMentionsOnlyQuery = { node:
    | { name: string, mentions: Array<{ quote: string, source: { slug: string } }> }
    | Record<PropertyKey, never>
   | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Actor', name: string, id: string }
    | { __typename: 'Claim', statement: string, id: string, source: { slug: string } }
    | { __typename: 'Event', title: string, id: string }
    | { __typename: 'Place', name: string, id: string }
    | { __typename: 'Source', slug: string, id: string }
    | { __typename: 'Topic', question: string, agreement: Agreement, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Actor', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Topic', id: string }
   | null> };

export type ClaimStatementsOnlyQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ClaimStatementsOnlyQuery = { claims: { nodes: Array<{ id: string, statement: string }> } };

export type SourcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, titleBasis: TitleBasis, publisher: string, publisherBasis: string, byline: string | null, agencies: Array<string>, publishedAt: string, publishedAtBasis: string, url: string | null, language: string, sha256: string, length: number, boilerplate: Array<{ kind: BoilerplateKind, note: string | null, evidence: { start: number, end: number, quote: string } }> } }> } };

export type SourceTotalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceTotalCountQuery = { sources: { totalCount: number } };

export type SourceBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type SourceBySlugQuery = { source: { id: string, slug: string, title: string, text: string } | null };

export type ExcerptQueryVariables = Exact<{
  slug: string;
  start: number;
  end: number;
}>;


export type ExcerptQuery = { source: { slug: string, excerpt: string } | null };

export type TwoSourcesQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type TwoSourcesQuery = { a: { slug: string, title: string } | null, b: { slug: string, title: string } | null };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };


export const ClaimAnchorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimAnchors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"curation"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimAnchorsQuery, ClaimAnchorsQueryVariables>;
export const SourceTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SourceTextsQuery, SourceTextsQueryVariables>;
export const TopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"corroborates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contradicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesQuery, EntitiesQueryVariables>;
export const PlaceMentionsOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceMentionsOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceMentionsOnlyQuery, PlaceMentionsOnlyQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ClaimStatementsOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimStatementsOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimStatementsOnlyQuery, ClaimStatementsOnlyQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleBasis"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publisherBasis"}},{"kind":"Field","name":{"kind":"Name","value":"byline"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAtBasis"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"boilerplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const SourceTotalCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceTotalCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SourceTotalCountQuery, SourceTotalCountQueryVariables>;
export const SourceBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SourceBySlugQuery, SourceBySlugQueryVariables>;
export const ExcerptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Excerpt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}]}]}}]}}]} as unknown as DocumentNode<ExcerptQuery, ExcerptQueryVariables>;
export const TwoSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TwoSourcesQuery, TwoSourcesQueryVariables>;
export const TypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Typename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TypenameQuery, TypenameQueryVariables>;
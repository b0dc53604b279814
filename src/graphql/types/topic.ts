/**
 * Topic: one question several claims answer, fixed precisely enough to compare
 * the answers, and the agreement between sources computed from them
 * (src/domain/agreement.ts). Root field `topics`.
 */
import { DEFAULT_SUGGESTION_CONFIDENCE, ExpectedChange, LIST_BOUNDS, ValueKind } from '../../domain/format.js';
import type { PositionRecord } from '../../domain/records.js';
import type { TopicOrderField } from '../../domain/store.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField, connectionType } from '../connection.js';
import { enumFrom, named, orderInput } from '../inputs.js';
import { ActorRef, ClaimConnection, ClaimRef, EvidenceRef, SourceConnection, SourceRef, TopicConnection, TopicRef } from '../refs.js';
import { QualifierEnum } from './claim.js';

export const AgreementEnum = builder.enumType('Agreement', {
  description: "How the sources' answers to a topic compare, computed from the claims' values (docs/agreement.md).",
  values: {
    AGREE: { description: 'Every source gives the same value.' },
    APPROXIMATE: { description: 'The values differ but their ranges overlap (around 600,000 against some 586,000).' },
    CONFLICT: { description: 'Some values cannot both be true: disjoint ranges for the same time (seven against eight soldiers killed on 3 February).' },
    EVOLVING: { description: 'Values differ for different times, consistently with a change (30 km of the M5 left on 8 February, none by 12 February).' },
    SINGLE_SOURCE: { description: 'Only one article answers: nothing to compare yet.' },
  },
});

export const ValueKindEnum = enumFrom('ValueKind', 'What kind of answer a topic takes.', ValueKind, {
  QUANTITY: "A number in the topic's unit (Claim.quantity).",
  DATE: 'A date or date range (Claim.time).',
  CATEGORY: 'A categorical value (Claim.answer).',
});

export const ExpectedChangeEnum = enumFrom('ExpectedChange', "How a topic's true answer may change over time.", ExpectedChange, {
  NONE: 'It cannot change: any disjoint answers conflict.',
  INCREASING: 'It can only grow (a cumulative count).',
  DECREASING: 'It can only shrink (road left to take).',
  ANY: 'It may change either way.',
});

const finiteOrNull = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : null);

const PositionRef = builder.objectRef<PositionRecord>('TopicPosition').implement({
  description: "One article's answer to a topic: a row of the side-by-side comparison.",
  provenance: { article: (p) => p.source },
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The article giving this answer.', resolve: (p) => p.source }),
    claim: t.field({ type: ClaimRef, description: 'The claim that gives it (quantity, time, answer, evidence).', resolve: (p) => p.claim }),
    claimant: t.field({ type: ActorRef, nullable: true, description: "The first actor the article attributes it to (see `claimants`); null for the outlet's own voice.", resolve: (p) => p.claim.claimants[0] ?? null }),
    claimants: t.field({
      type: [ActorRef],
      description: "Every actor the article attributes it to; empty for the outlet's own voice.",
      provenance: 'reference',
      ...boundedList(LIST_BOUNDS.claimants, 'the data format allows this many claimants a claim'),
      resolve: (p) => p.claim.claimants,
    }),
    value: t.float({ nullable: true, description: 'The number given (QUANTITY topics).', resolve: (p) => p.claim.quantity?.value ?? null }),
    qualifier: t.field({ type: QualifierEnum, nullable: true, description: 'How exactly the number is stated.', resolve: (p) => p.claim.quantity?.qualifier ?? null }),
    low: t.float({ nullable: true, description: 'Lower bound the qualifier implies; null when unbounded or not a number.', resolve: (p) => finiteOrNull(p.claim.quantity?.range.low) }),
    high: t.float({ nullable: true, description: 'Upper bound the qualifier implies; null when unbounded or not a number.', resolve: (p) => finiteOrNull(p.claim.quantity?.range.high) }),
    answer: t.string({
      nullable: true,
      description: 'The categorical answer (CATEGORY topics), or the date range (DATE topics) as `start/end`.',
      resolve: (p) => p.claim.answer ?? (p.claim.time && p.claim.topic?.valueKind === 'DATE' ? `${p.claim.time.start}/${p.claim.time.end}` : null),
    }),
    words: t.string({ nullable: true, description: 'The words the value was read from.', resolve: (p) => p.claim.quantity?.words ?? p.claim.time?.words ?? null }),
    curated: t.boolean({ description: 'Whether a curator made or checked the claim; false for an unreviewed machine-made (AUTO) one, counted only when `include` asks for SUGGESTED.', resolve: (p) => p.curated }),
    asOfStart: t.field({ type: 'Date', description: "First day the answer holds for (the claim's time, or its article's date).", resolve: (p) => p.asOf.start }),
    asOfEnd: t.field({ type: 'Date', description: 'Last day the answer holds for.', resolve: (p) => p.asOf.end }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The spans the answer stands on.',
      provenance: 'parent',
      ...boundedList(LIST_BOUNDS.evidence, 'the data format allows this many spans a claim'),
      resolve: (p) => p.claim.evidence,
    }),
  }),
});

const PositionConnection = connectionType(PositionRef, 'topic positions');

export const InclusionEnum = builder.enumType('Inclusion', {
  description: 'Which claims a comparison counts.',
  values: {
    CURATED: { description: 'Claims a curator made or checked (the default, and what `agreement` counts).' },
    SUGGESTED: {
      description: `Unreviewed machine-made (AUTO) claims linked to the topic or suggested for it at the default confidence (${DEFAULT_SUGGESTION_CONFIDENCE}) or more: a provisional comparison, labelled so (\`provisionalAgreement\`, \`TopicPosition.curated\`).`,
    },
  },
});

/** Whether an `include` argument asks for the provisional comparison. */
const provisional = (include: readonly string[] | null | undefined) => Boolean(include?.includes('SUGGESTED'));

export const TopicFiltersInput = builder.inputType('TopicFilters', {
  description: 'Conditions on topics; all given conditions must hold.',
  fields: (t) => ({
    agreement: t.field({ type: [AgreementEnum], required: false, description: 'Topics with any of these agreements: `[CONFLICT]` is the disputes view.' }),
    valueKinds: t.field({ type: [ValueKindEnum], required: false, description: 'Topics taking any of these kinds of answer.' }),
    sources: t.stringList({ required: false, description: 'Topics answered by any of these articles (id or slug).' }),
    include: t.field({
      type: [InclusionEnum],
      required: false,
      description: '`[CURATED, SUGGESTED]` matches `agreement` against the provisional agreement (unreviewed suggested claims counted): "which topics may now be disputed?". Default `[CURATED]`.',
    }),
  }),
});

const TopicOrderFieldEnum = builder.enumType('TopicOrderField', {
  description: 'What to order topics by.',
  values: {
    KEY: { description: 'Its key.' },
    SOURCE_COUNT: { description: 'How many articles answer it.' },
    CLAIM_COUNT: { description: 'How many claims answer it.' },
  } satisfies Record<TopicOrderField, unknown>,
});

export const TopicOrderInput = orderInput('TopicOrder', 'topics', 'key', TopicOrderFieldEnum);

const POSITIONS =
  'Every curated answer side by side (machine-made AUTO claims stay out until reviewed): one row per claim, in the order of the time it holds for (its end, then its start), then by article slug. Ready for a comparison table.';

builder.node(TopicRef, {
  description: 'A question several claims answer (what is measured, in what unit, for which population and time), and whether the sources agree.',
  id: { resolve: (t) => t.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Topic',
  provenance: { articles: (topic) => topic.sources },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the topic.' }),
    question: t.exposeString('question', { description: 'The question, precise enough to compare answers.' }),
    measure: t.exposeString('measure', { description: 'What is measured.' }),
    unit: t.string({ nullable: true, description: 'The unit of every quantity answer; null for dates and categories.', resolve: (x) => x.unit }),
    population: t.exposeString('population', { description: 'Whom or what the question counts.' }),
    timeframe: t.exposeString('timeframe', { description: 'The time the question holds for.' }),
    valueKind: t.field({ type: ValueKindEnum, description: 'What kind of answer it takes.', resolve: (x) => x.valueKind }),
    expectedChange: t.field({ type: ExpectedChangeEnum, description: 'How the true answer may change over time.', resolve: (x) => x.expectedChange }),
    agreement: t.field({ type: AgreementEnum, description: "How the sources compare, computed from the curated claims' values only.", resolve: (x) => x.agreement }),
    provisionalAgreement: t.field({
      type: AgreementEnum,
      description:
        'How the sources would compare if the unreviewed machine-made claims linked to or suggested for this topic were right ("this topic may now be a CONFLICT"): the same as `agreement` when none is. Provisional until a curator reviews them.',
      resolve: (x) => x.provisional?.agreement ?? x.agreement,
    }),
    suggestedClaims: connectionField(t, ClaimConnection, {
      description: 'The unreviewed claims `provisionalAgreement` counts, by id. O(page).',
      resolve: (x) => x.provisional?.suggested ?? [],
    }),
    claims: connectionField(t, ClaimConnection, { description: 'The claims that answer the topic, by id. O(page).', resolve: (x) => x.claims }),
    sources: t.field({ type: [SourceRef], description: 'The articles that answer it, by slug.', ...cappedList('sourcesConnection'), resolve: (x) => capped(x.sources, 'Topic.sources', 'sourcesConnection') }),
    sourcesConnection: connectionField(t, SourceConnection, { description: 'The articles that answer it, by slug. O(page).', resolve: (x) => x.sources }),
    positions: t.field({ type: [PositionRef], description: POSITIONS, ...cappedList('positionsConnection'), resolve: (x) => capped(x.positions, 'Topic.positions', 'positionsConnection') }),
    positionsConnection: connectionField(t, PositionConnection, {
      description: `${POSITIONS} With \`include: [CURATED, SUGGESTED]\`, the provisional comparison's rows, each saying whether it is curated. O(page).`,
      args: { include: t.arg({ type: [InclusionEnum], required: false, description: 'Which claims to list: `[CURATED]` (default) or `[CURATED, SUGGESTED]`.' }) },
      resolve: (x, args) => (provisional(args.include) ? (x.provisional?.positions ?? x.positions) : x.positions),
    }),
  }),
});

builder.queryFields((t) => ({
  topics: connectionField(t, TopicConnection, {
    description:
      'Topics, filtered and ordered (by key unless `orderBy` says otherwise). `filterBy: { agreement: [CONFLICT] }` is the disputes view. O(k + page) for k topics of the named agreements, value kinds or articles (each an index built at load); ordering adds O(k log k).',
    args: {
      filterBy: t.arg({ type: TopicFiltersInput, required: false, description: 'Conditions the topics must meet.' }),
      orderBy: t.arg({ type: TopicOrderInput, required: false, description: 'How to order the topics (default: by key, ascending).' }),
    },
    resolve: (_root, args, { store }) => {
      const f = args.filterBy ?? {};
      return store.topics({ agreements: f.agreement, provisional: provisional(f.include), valueKinds: f.valueKinds, sources: named(store, 'Source', f.sources, 'filterBy.sources') }, args.orderBy);
    },
  }),
}));

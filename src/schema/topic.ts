/**
 * Topic: one question several claims answer, fixed precisely enough to compare
 * the answers, and the agreement between sources computed from them
 * (src/data/agreement.ts). Root field `topics`.
 */
import { builder } from '../builder.js';
import { ExpectedChange, ValueKind } from '../data/format.js';
import { enumFrom } from './enums.js';
import { connectionArgsSchema, paginate } from './pagination.js';
import { ClaimConnection, ClaimRef, SourceRef, TopicConnection, TopicRef } from './refs.js';

export const AgreementEnum = builder.enumType('Agreement', {
  description: 'How the sources\' answers to a topic compare, computed from the claims\' values (docs/agreement.md).',
  values: {
    AGREE: { description: 'Every source gives the same value.' },
    APPROXIMATE: { description: 'The values differ but their ranges overlap (around 600,000 against some 586,000).' },
    CONFLICT: { description: 'Some values cannot both be true: disjoint ranges for the same time (seven against eight soldiers killed on 3 February).' },
    EVOLVING: { description: 'Values differ for different times, consistently with a change (30 km of the M5 left on 8 February, none by 12 February).' },
    SINGLE_SOURCE: { description: 'Only one article answers: nothing to compare yet.' },
  },
});

export const ValueKindEnum = enumFrom('ValueKind', 'What kind of answer a topic takes.', ValueKind, {
  QUANTITY: 'A number in the topic\'s unit (Claim.quantity).',
  DATE: 'A date or date range (Claim.time).',
  CATEGORY: 'A categorical value (Claim.answer).',
});

export const ExpectedChangeEnum = enumFrom('ExpectedChange', 'How a topic\'s true answer may change over time.', ExpectedChange, {
  NONE: 'It cannot change: any disjoint answers conflict.',
  INCREASING: 'It can only grow (a cumulative count).',
  DECREASING: 'It can only shrink (road left to take).',
  ANY: 'It may change either way.',
});

builder.node(TopicRef, {
  description: 'A question several claims answer (what is measured, in what unit, for which population and time), and whether the sources agree.',
  id: { resolve: (t) => t.key },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Topic',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the topic.' }),
    question: t.exposeString('question', { description: 'The question, precise enough to compare answers.' }),
    measure: t.exposeString('measure', { description: 'What is measured.' }),
    unit: t.string({ nullable: true, description: 'The unit of every quantity answer; null for dates and categories.', resolve: (x) => x.unit }),
    population: t.exposeString('population', { description: 'Whom or what the question counts.' }),
    timeframe: t.exposeString('timeframe', { description: 'The time the question holds for.' }),
    valueKind: t.field({ type: ValueKindEnum, description: 'What kind of answer it takes.', resolve: (x) => x.valueKind }),
    expectedChange: t.field({ type: ExpectedChangeEnum, description: 'How the true answer may change over time.', resolve: (x) => x.expectedChange }),
    agreement: t.field({ type: AgreementEnum, description: 'How the sources compare, computed at load from the curated claims\' values.', resolve: (x) => x.agreement }),
    claims: t.connection(
      {
        type: ClaimRef,
        description: 'The claims that answer the topic, by id. O(page).',
        validate: { schema: connectionArgsSchema },
        resolve: (x, args) => paginate(x.claims, args),
      },
      ClaimConnection,
    ),
    sources: t.field({ type: [SourceRef], description: 'The articles that answer it, by slug.', resolve: (x) => x.sources }),
  }),
});

builder.queryFields((t) => ({
  topics: t.connection(
    {
      type: TopicRef,
      description: 'Every topic, ordered by key. O(page).',
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => paginate(dataset.topics, args),
    },
    TopicConnection,
  ),
}));

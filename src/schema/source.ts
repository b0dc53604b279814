/**
 * Source: an article, its metadata, its text and the page boilerplate around
 * the body. Root fields `sources` and `source(slug:)`.
 */
import { z } from 'zod';
import { badUserInput, builder, ErrorCode } from '../builder.js';
import { BoilerplateKind, TitleBasis } from '../data/format.js';
import type { Boilerplate, BoilerplateKind as BoilerplateKindName } from '../data/format.js';
import type { AnnotationKind, AnnotationRecord, Evidence } from '../data/dataset.js';
import { DateRangeInput, dateRange, orderInput } from './inputs.js';
import { GraphQLError } from 'graphql';
import { OFFSETS_NOTE } from './evidence.js';
import { connectionArgsSchema, paginate } from './pagination.js';
import { ActorRef, ClaimConnection, ClaimRef, EventRef, EvidenceRef, PlaceRef, SourceConnection, SourceRef } from './refs.js';

export const MAX_EXCERPT_LENGTH = 2000;

const BOILERPLATE_DESCRIPTIONS: Record<BoilerplateKindName, string> = {
  HEADLINE: 'The article\'s headline.',
  STANDFIRST: 'The summary line under the headline.',
  DATELINE: 'A publication or update date line.',
  BYLINE: 'The author or agency line.',
  ADVERTISEMENT: 'An advertisement marker.',
  NAVIGATION: 'Site navigation or promotion text.',
  PHOTO_CAPTION: 'A photo caption (often printed twice on the page).',
  VIDEO_CAPTION: 'The title of an embedded video.',
  RELATED_LINK: 'The headline of a link to another article.',
  SUBHEADING: 'A heading inside the article.',
  TRANSLATION_NOTICE: 'A notice about machine translation.',
  CREDIT_LINE: 'A credit line (outlet name, "With input from ...").',
  COMMENT_FORM: 'A reader comment form.',
  SOCIAL: 'Votes, shares and other social widgets.',
};

const BoilerplateKindEnum = builder.enumType('BoilerplateKind', {
  description: 'What a span of page boilerplate is: text on the page that is not the article body.',
  values: Object.fromEntries(BoilerplateKind.options.map((k) => [k, { description: BOILERPLATE_DESCRIPTIONS[k] }])),
});

const TitleBasisEnum = builder.enumType('TitleBasis', {
  description: 'Where a source title comes from.',
  values: {
    HEADLINE: { description: 'The headline as it stands in the text.' },
    CURATOR: { description: 'Written by a curator: the text has no headline.' },
  } satisfies Record<(typeof TitleBasis.options)[number], unknown>,
});

const BoilerplateSpanRef = builder.objectRef<Boilerplate & { evidence: Evidence }>('BoilerplateSpan').implement({
  description: 'A span of page boilerplate (photo caption, comment form, navigation...), so the article body can be told apart from the page around it.',
  fields: (t) => ({
    kind: t.field({ type: BoilerplateKindEnum, description: 'What kind of page text this is.', resolve: (b) => b.kind }),
    note: t.string({ nullable: true, description: 'Why the span is boilerplate, when the kind alone does not say (e.g. "printed a second time").', resolve: (b) => b.note ?? null }),
    evidence: t.field({ type: EvidenceRef, description: 'Where the span is.', resolve: (b) => b.evidence }),
  }),
});

const AnnotationKindEnum = builder.enumType('AnnotationKind', {
  description: 'What an anchor in an article marks.',
  values: {
    CLAIM: { description: 'A span a claim stands on.' },
    MENTION: { description: 'A mention of an actor or a place (any alias).' },
    QUANTITY: { description: 'The words a claim\'s number was read from.' },
    DATE: { description: 'The words a claim\'s time was read from.' },
    BOILERPLATE: { description: 'Page boilerplate (caption, comment form, navigation...).' },
    NON_ASSERTION: { description: 'A body sentence a curator marked as asserting nothing.' },
  } satisfies Record<AnnotationKind, unknown>,
});

const AnnotationRef = builder.objectRef<AnnotationRecord>('Annotation').implement({
  description: 'One anchor in an article, for rendering the text with highlights without any text processing of one\'s own.',
  fields: (t) => ({
    kind: t.field({ type: AnnotationKindEnum, description: 'What the anchor marks.', resolve: (a) => a.kind }),
    evidence: t.field({ type: EvidenceRef, description: 'The span.', resolve: (a) => a.evidence }),
    claim: t.field({ type: ClaimRef, nullable: true, description: 'The claim, for CLAIM, QUANTITY and DATE anchors.', resolve: (a) => a.claim }),
    actor: t.field({ type: ActorRef, nullable: true, description: 'The actor, for a MENTION of an actor.', resolve: (a) => (a.entity?.nodeType === 'Actor' ? a.entity : null) }),
    place: t.field({ type: PlaceRef, nullable: true, description: 'The place, for a MENTION of a place.', resolve: (a) => (a.entity?.nodeType === 'Place' ? a.entity : null) }),
    label: t.string({ nullable: true, description: 'The boilerplate kind, or why a sentence asserts nothing.', resolve: (a) => a.label }),
  }),
});

const SourceOrderFieldEnum = builder.enumType('SourceOrderField', {
  description: 'What to order sources by.',
  values: { SLUG: { description: 'Its slug.' }, PUBLISHED_AT: { description: 'Its publication date.' } },
});

const SourceOrderInput = orderInput('SourceOrder', 'sources', 'slug', SourceOrderFieldEnum);

const SourceFiltersInput = builder.inputType('SourceFilters', {
  description: 'Conditions on sources; all given conditions must hold.',
  fields: (t) => ({
    publishedAt: t.field({ type: DateRangeInput, required: false, description: 'Articles published in this range.' }),
    publishers: t.stringList({ required: false, description: 'Articles of any of these publishers (exact names, any case).' }),
  }),
});

builder.node(SourceRef, {
  description: 'A news article: its text byte for byte as collected, and its metadata. Every claim, event, topic, actor and place points back into sources.',
  id: { resolve: (s) => s.slug },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Source',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key: the text file name without `.txt`.' }),
    title: t.exposeString('title', { description: 'The headline as it stands in the text, or a curator\'s title when the text has none (see `titleBasis`).' }),
    titleBasis: t.field({ type: TitleBasisEnum, description: 'Whether `title` is the text\'s own headline.', resolve: (s) => s.titleBasis }),
    publisher: t.exposeString('publisher', { description: 'The outlet that published the article ("Unknown" when nothing tells).' }),
    publisherBasis: t.exposeString('publisherBasis', { description: 'How the publisher is known: stated in the text, or inferred and from what.' }),
    byline: t.string({ nullable: true, description: 'The byline as the text states it ("By AFP"), if any.', resolve: (s) => s.byline }),
    agencies: t.stringList({ description: 'Wire agencies the text credits ("With input from AFP and Reuters").', resolve: (s) => s.agencies }),
    publishedAt: t.field({ type: 'Date', description: 'Publication date.', resolve: (s) => s.publishedAt }),
    publishedAtBasis: t.exposeString('publishedAtBasis', { description: 'The clue the date was derived from: an explicit dateline, or a weekday worked out from the text.' }),
    url: t.string({ nullable: true, description: 'Where the article was published, when known.', resolve: (s) => s.url }),
    language: t.exposeString('language', { description: 'BCP 47 language tag of the text.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the text file\'s bytes, checked at every start.' }),
    text: t.exposeString('text', { description: `The full text, byte for byte as collected (boilerplate included). ${OFFSETS_NOTE}` }),
    length: t.int({ description: 'Length of `text` in UTF-16 code units.', resolve: (s) => s.text.length }),
    boilerplate: t.field({ type: [BoilerplateSpanRef], description: 'Page boilerplate spans in the text, in text order.', resolve: (s) => [...s.boilerplateSpans].sort((a, b) => a.selector.start - b.selector.start) }),
    excerpt: t.string({
      description: `The text between two offsets (at most ${MAX_EXCERPT_LENGTH} characters). ${OFFSETS_NOTE}`,
      args: {
        start: t.arg.int({ required: true, description: 'Start offset, inclusive (0 or more).' }),
        end: t.arg.int({ required: true, description: `End offset, exclusive: more than \`start\`, at most \`start + ${MAX_EXCERPT_LENGTH}\` and at most the text length.` }),
      },
      validate: {
        schema: z
          .object({ start: z.number().int().min(0, 'start must be 0 or more'), end: z.number().int() })
          .refine((a) => a.end > a.start, { path: ['end'], message: 'end must be greater than start' })
          .refine((a) => a.end - a.start <= MAX_EXCERPT_LENGTH, { path: ['end'], message: `end - start must be at most ${MAX_EXCERPT_LENGTH}` }),
      },
      resolve: (s, { start, end }) => {
        if (end > s.text.length) {
          const message = `end must be at most the text length (${s.text.length})`;
          throw badUserInput(`Invalid argument: end: ${message}`, [{ path: 'end', message }]);
        }
        return s.text.slice(start, end);
      },
    }),
    annotations: t.field({
      type: [AnnotationRef],
      description: 'Every anchor in the article (claim evidence, entity mentions, quantities, dates, boilerplate, non-assertions), sorted by start offset. Built once at load: O(anchors).',
      args: { kinds: t.arg({ type: [AnnotationKindEnum], required: false, description: 'Only anchors of these kinds (all when omitted).' }) },
      resolve: (s, { kinds }) => (kinds?.length ? s.annotations.filter((a) => kinds.includes(a.kind)) : s.annotations),
    }),
    events: t.field({ type: [EventRef], description: 'The events its claims report, by key.', resolve: (s) => s.events }),
    claims: t.connection(
      {
        type: ClaimRef,
        description: 'The claims anchored in this article, by id. O(page): a slice of a list built at load.',
        validate: { schema: connectionArgsSchema },
        resolve: (s, args) => paginate(s.claims, args),
      },
      ClaimConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  sources: t.connection(
    {
      type: SourceRef,
      description: 'Articles, filtered and ordered (by slug unless `orderBy` says otherwise). O(n) over articles, plus ordering.',
      args: {
        filterBy: t.arg({ type: SourceFiltersInput, required: false, description: 'Conditions the articles must meet.' }),
        orderBy: t.arg({ type: SourceOrderInput, required: false, description: 'How to order the articles (default: by slug, ascending).' }),
      },
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => {
        const range = dateRange(args.filterBy?.publishedAt, 'filterBy.publishedAt');
        const publishers = args.filterBy?.publishers?.length ? new Set(args.filterBy.publishers.map((p) => p.toLowerCase())) : null;
        let sources = dataset.sources.filter(
          (s) => (!range?.from || s.publishedAt >= range.from) && (!range?.to || s.publishedAt <= range.to) && (!publishers || publishers.has(s.publisher.toLowerCase())),
        );
        if (args.orderBy) {
          const sign = args.orderBy.direction === 'ASC' ? 1 : -1;
          const field = args.orderBy.field;
          sources = [...sources].sort((a, b) => sign * ((field === 'PUBLISHED_AT' ? a.publishedAt.localeCompare(b.publishedAt) : 0) || a.slug.localeCompare(b.slug)));
        }
        return paginate(sources, args);
      },
    },
    SourceConnection,
  ),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'An article by its slug. Null, with a NOT_FOUND error, when no article has that slug. O(1).',
    args: { slug: t.arg.string({ required: true, description: 'The article\'s slug (its file name without `.txt`).' }) },
    resolve: (_root, { slug }, { dataset }) => {
      const source = dataset.sourceBySlug.get(slug);
      if (!source) {
        const shown = slug.length > 80 ? `${slug.slice(0, 80)}…` : slug;
        throw new GraphQLError(`No Source with slug ${JSON.stringify(shown)}`, { extensions: { code: ErrorCode.NOT_FOUND, slug: shown } });
      }
      return source;
    },
  }),
}));

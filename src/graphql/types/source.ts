/**
 * Source: an article, its metadata, its text, the page boilerplate around the
 * body and every anchor in it. Root fields `sources` and `source(slug:)`.
 */
import { z } from 'zod';
import type { AnnotationKind, AnnotationRecord } from '../../domain/annotations.js';
import { BoilerplateKind, LIST_BOUNDS, TitleBasis, type BoilerplateKind as BoilerplateKindName } from '../../domain/format.js';
import type { BoilerplateRecord } from '../../domain/records.js';
import type { SourceOrderField } from '../../domain/store.js';
import { builder } from '../builder.js';
import { boundedList, connectionField } from '../connection.js';
import { invalidArgument, notFound } from '../errors.js';
import { DateRangeInput, dateRange, enumFrom, orderInput } from '../inputs.js';
import { ActorRef, ClaimConnection, ClaimRef, EventRef, EvidenceRef, PlaceRef, SourceConnection, SourceRef } from '../refs.js';
import { OFFSETS_NOTE } from './evidence.js';

export const MAX_EXCERPT_LENGTH = 2000;

const BoilerplateKindEnum = enumFrom('BoilerplateKind', 'What a span of page boilerplate is: text on the page that is not the article body.', BoilerplateKind, {
  HEADLINE: "The article's headline.",
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
} satisfies Record<BoilerplateKindName, string>);

const TitleBasisEnum = enumFrom('TitleBasis', 'Where a source title comes from.', TitleBasis, {
  HEADLINE: 'The headline as it stands in the text.',
  CURATOR: 'Written by a curator: the text has no headline.',
});

const BoilerplateSpanRef = builder.objectRef<BoilerplateRecord>('BoilerplateSpan').implement({
  description: 'A span of page boilerplate (photo caption, comment form, navigation...), so the article body can be told apart from the page around it.',
  provenance: { article: (b) => b.span.source },
  fields: (t) => ({
    kind: t.field({ type: BoilerplateKindEnum, description: 'What kind of page text this is.', resolve: (b) => b.kind }),
    note: t.string({ nullable: true, description: 'Why the span is boilerplate, when the kind alone does not say (e.g. "printed a second time").', resolve: (b) => b.note }),
    evidence: t.field({ type: EvidenceRef, description: 'Where the span is.', resolve: (b) => b.span }),
  }),
});

const AnnotationKindEnum = builder.enumType('AnnotationKind', {
  description: 'What an anchor in an article marks.',
  values: {
    CLAIM: { description: 'A span a claim stands on.' },
    MENTION: { description: 'A mention of an actor or a place (any alias).' },
    QUANTITY: { description: "The words a claim's number was read from." },
    DATE: { description: "The words a claim's time was read from." },
    BOILERPLATE: { description: 'Page boilerplate (caption, comment form, navigation...).' },
    NON_ASSERTION: { description: 'A body sentence a curator marked as asserting nothing.' },
  } satisfies Record<AnnotationKind, unknown>,
});

const AnnotationRef = builder.objectRef<AnnotationRecord>('Annotation').implement({
  description: "One anchor in an article, for rendering the text with highlights without any text processing of one's own.",
  provenance: { article: (a) => a.span.source },
  fields: (t) => ({
    kind: t.field({ type: AnnotationKindEnum, description: 'What the anchor marks.', resolve: (a) => a.kind }),
    evidence: t.field({ type: EvidenceRef, description: 'The span.', resolve: (a) => a.span }),
    claim: t.field({ type: ClaimRef, nullable: true, description: 'The claim, for CLAIM, QUANTITY and DATE anchors.', resolve: (a) => a.claim }),
    actor: t.field({ type: ActorRef, nullable: true, description: 'The actor, for a MENTION of an actor.', resolve: (a) => (a.entity?.nodeKind === 'Actor' ? a.entity : null) }),
    place: t.field({ type: PlaceRef, nullable: true, description: 'The place, for a MENTION of a place.', resolve: (a) => (a.entity?.nodeKind === 'Place' ? a.entity : null) }),
    label: t.string({ nullable: true, description: 'The boilerplate kind, or why a sentence asserts nothing.', resolve: (a) => a.label }),
  }),
});

builder.node(SourceRef, {
  description: 'A news article: its text byte for byte as collected, and its metadata. Every claim, event, topic, actor and place points back into sources.',
  id: { resolve: (s) => s.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Source',
  provenance: { article: (source) => source },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key: the text file name without `.txt`.' }),
    title: t.exposeString('title', { description: "The headline as it stands in the text, or a curator's title when the text has none (see `titleBasis`)." }),
    titleBasis: t.field({ type: TitleBasisEnum, description: "Whether `title` is the text's own headline.", resolve: (s) => s.titleBasis }),
    publisher: t.exposeString('publisher', { description: 'The outlet that published the article ("Unknown" when nothing tells).' }),
    publisherBasis: t.exposeString('publisherBasis', { description: 'How the publisher is known: stated in the text, or inferred and from what.' }),
    byline: t.string({ nullable: true, description: 'The byline as the text states it ("By AFP"), if any.', resolve: (s) => s.byline }),
    agencies: t.stringList({
      description: 'Wire agencies the text credits ("With input from AFP and Reuters").',
      ...boundedList(LIST_BOUNDS.agencies, 'the data format allows this many agencies an article'),
      resolve: (s) => s.agencies,
    }),
    publishedAt: t.field({ type: 'Date', description: 'Publication date.', resolve: (s) => s.publishedAt }),
    publishedAtBasis: t.exposeString('publishedAtBasis', { description: 'The clue the date was derived from: an explicit dateline, or a weekday worked out from the text.' }),
    url: t.string({ nullable: true, description: 'Where the article was published, when known.', resolve: (s) => s.url }),
    language: t.exposeString('language', { description: 'BCP 47 language tag of the text.' }),
    sha256: t.exposeString('sha256', { description: "SHA-256 of the text file's bytes, checked at every start." }),
    text: t.exposeString('text', { description: `The full text, byte for byte as collected (boilerplate included). ${OFFSETS_NOTE}` }),
    length: t.int({ description: 'Length of `text` in UTF-16 code units.', resolve: (s) => s.text.length }),
    boilerplate: t.field({
      type: [BoilerplateSpanRef],
      description: 'Page boilerplate spans in the text, in text order.',
      provenance: 'parent',
      ...boundedList(LIST_BOUNDS.boilerplate, 'the data format allows this many boilerplate spans an article'),
      resolve: (s) => s.boilerplate,
    }),
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
        if (end > s.text.length) throw invalidArgument('end', `end must be at most the text length (${s.text.length})`);
        return s.text.slice(start, end);
      },
    }),
    annotations: t.field({
      type: [AnnotationRef],
      description: 'Every anchor in the article (claim evidence, entity mentions, quantities, dates, boilerplate, non-assertions), sorted by start offset. Built on first use per article and kept: O(anchors).',
      args: { kinds: t.arg({ type: [AnnotationKindEnum], required: false, description: 'Only anchors of these kinds (all when omitted).' }) },
      provenance: 'parent',
      ...boundedList((context) => context.store.largest.annotationsPerSource, "an article's anchors: at most those of the data version's most annotated article"),
      resolve: (s, { kinds }, { store }) => {
        const all = store.annotations(s);
        return kinds?.length ? all.filter((a) => kinds.includes(a.kind)) : all;
      },
    }),
    events: t.field({
      type: [EventRef],
      description: 'The events its claims report, by key.',
      provenance: 'reference',
      ...boundedList((context) => context.store.largest.eventsPerSource, "the events of one article's claims: at most those of the data version's article with the most"),
      resolve: (s) => s.events,
    }),
    claims: connectionField(t, ClaimConnection, {
      description: 'The claims anchored in this article, by id. O(page): a slice of a list built at load.',
      resolve: (s) => s.claims,
    }),
  }),
});

const SourceOrderFieldEnum = builder.enumType('SourceOrderField', {
  description: 'What to order sources by.',
  values: { SLUG: { description: 'Its slug.' }, PUBLISHED_AT: { description: 'Its publication date.' } } satisfies Record<SourceOrderField, unknown>,
});

const SourceOrderInput = orderInput('SourceOrder', 'sources', 'slug', SourceOrderFieldEnum);

const SourceFiltersInput = builder.inputType('SourceFilters', {
  description: 'Conditions on sources; all given conditions must hold.',
  fields: (t) => ({
    publishedAt: t.field({ type: DateRangeInput, required: false, description: 'Articles published in this range.' }),
    publishers: t.stringList({ required: false, description: 'Articles of any of these publishers (exact names, any case).' }),
  }),
});

builder.queryFields((t) => ({
  sources: connectionField(t, SourceConnection, {
    description:
      'Articles, filtered and ordered (by slug unless `orderBy` says otherwise). O(k + page) for k articles in a publication-date range (binary search) or of the named publishers; ordering adds O(k log k).',
    args: {
      filterBy: t.arg({ type: SourceFiltersInput, required: false, description: 'Conditions the articles must meet.' }),
      orderBy: t.arg({ type: SourceOrderInput, required: false, description: 'How to order the articles (default: by slug, ascending).' }),
    },
    resolve: (_root, args, { store }) =>
      store.sources({ publishedAt: dateRange(args.filterBy?.publishedAt, 'filterBy.publishedAt'), publishers: args.filterBy?.publishers }, args.orderBy),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'An article by its slug. Null, with a NOT_FOUND error, when no article has that slug. O(1).',
    args: { slug: t.arg.string({ required: true, description: "The article's slug (its file name without `.txt`)." }) },
    resolve: (_root, { slug }, { store }) => {
      const source = store.record('Source', slug);
      if (!source) throw notFound('Source', 'slug', slug);
      return source;
    },
  }),
}));


/**
 * Source: an article, its metadata, its text and the page boilerplate around
 * the body. Root fields `sources` and `source(slug:)`.
 */
import { z } from 'zod';
import { badUserInput, builder, ErrorCode } from '../builder.js';
import { BoilerplateKind, TitleBasis } from '../data/format.js';
import type { Boilerplate, BoilerplateKind as BoilerplateKindName } from '../data/format.js';
import type { Evidence } from '../data/dataset.js';
import { GraphQLError } from 'graphql';
import { OFFSETS_NOTE } from './evidence.js';
import { connectionArgsSchema, paginate } from './pagination.js';
import { ClaimConnection, ClaimRef, EvidenceRef, SourceConnection, SourceRef } from './refs.js';

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
      description: 'Every article, ordered by slug. O(page).',
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => paginate(dataset.sources, args),
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
      if (!source) throw new GraphQLError(`No Source with slug ${JSON.stringify(slug)}`, { extensions: { code: ErrorCode.NOT_FOUND, slug } });
      return source;
    },
  }),
}));

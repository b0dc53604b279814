/**
 * Search: ranked full-text search over claims, events, sources, actors and
 * places, prefix, typo and alias tolerant, each hit with the spans of the
 * articles it matched in. Root field `search`. The index and the ranking are
 * src/domain/search.ts; this module only exposes them.
 */
import { z } from 'zod';
import { MAX_QUERY_LENGTH, type SearchKind } from '../../domain/search/index.js';
import { MAX_SNIPPETS, MENTIONS_READ, WINDOW_LENGTH, type Highlight, type SearchHit, type Snippet } from '../../domain/search/results.js';
import { LIST_BOUNDS } from '../../domain/format.js';
import { builder } from '../builder.js';
import { boundedList, connectionField, connectionType } from '../connection.js';
import { ActorRef, ClaimRef, EventRef, EvidenceRef, PlaceRef, SourceRef } from '../refs.js';
import { OFFSETS_NOTE } from './evidence.js';

export const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'A kind of record `search` can return.',
  values: {
    CLAIM: { value: 'Claim', description: 'Claims: matched on their statement and the words of their evidence spans.' },
    EVENT: { value: 'Event', description: 'Events: matched on their title, description and the evidence spans of their claims.' },
    SOURCE: { value: 'Source', description: 'Articles: matched on their title and body text (advertisements, navigation, comment forms and other page furniture left out).' },
    ACTOR: { value: 'Actor', description: 'Actors: matched on their name, every alias and their description.' },
    PLACE: { value: 'Place', description: 'Places: matched on their name, every alias and their description.' },
  } as const satisfies Record<string, { value: SearchKind; description: string }>,
});

export const SearchResultUnion = builder.unionType('SearchResult', {
  description: 'A record `search` found: a claim, an event, an article, an actor or a place.',
  types: [ClaimRef, EventRef, SourceRef, ActorRef, PlaceRef],
  resolveType: (record) => record.nodeKind,
});

const HighlightRef = builder.objectRef<Highlight>('Highlight').implement({
  description: `Where a matched word stands, inside its snippet's evidence span. ${OFFSETS_NOTE}`,
  provenance: { none: 'offsets inside its snippet, which counts its article' },
  fields: (t) => ({
    start: t.exposeInt('start', { description: `Start offset of the word (inclusive). ${OFFSETS_NOTE}` }),
    end: t.exposeInt('end', { description: `End offset of the word (exclusive). ${OFFSETS_NOTE}` }),
  }),
});

/** Most matched words a snippet marks: a snippet is a span of at most a few hundred characters. */
const MAX_HIGHLIGHTS = 200;

const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'A span of an article that shows why a record matched, with the matched words marked.',
  provenance: { article: (s) => s.evidence.source },
  fields: (t) => ({
    evidence: t.field({ type: EvidenceRef, description: 'The span: its article, offsets and exact text.', resolve: (s) => s.evidence }),
    highlights: t.field({
      type: [HighlightRef],
      description: `The matched words inside the span, in text order: a word of the query (or a word it begins, or one within a typo of it) anywhere, and a spelling of an actor or place the query names where all its words stand together. Each lies within \`evidence\`. ${OFFSETS_NOTE}`,
      ...boundedList(MAX_HIGHLIGHTS, "the words of one snippet's span"),
      resolve: (s) => s.highlights.slice(0, MAX_HIGHLIGHTS),
    }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result: the record, its relevance score and where in the articles it matched.',
  provenance: { articles: (hit) => hit.sources },
  fields: (t) => ({
    node: t.field({ type: SearchResultUnion, description: 'The record found.', resolve: (h) => h.node }),
    score: t.float({
      description:
        'Relevance (higher is better): the BM25+ scores of the matched query units (each query word, by its best form; each actor or place the query names, by its best spelling), summed and multiplied by how many units matched. Comparable only within one search.',
      resolve: (h) => h.score,
    }),
    snippets: t.field({
      type: [SnippetRef],
      description: `Where the record matched: for a claim, its evidence spans holding a matched word (at least its first span); for an event, up to ${MAX_SNIPPETS} evidence spans of its claims holding the most matched words; for an article, up to ${MAX_SNIPPETS} windows of about ${WINDOW_LENGTH} characters around matched words, richest first; for an actor or place, up to ${MAX_SNIPPETS} mentions that matched, among its first ${MENTIONS_READ} mentions. May be empty when only a description, a title or an alias the first mentions do not print matched.`,
      ...boundedList(Math.max(MAX_SNIPPETS, LIST_BOUNDS.evidence), "a claim's spans, or at most 3 passages of another record"),
      resolve: (h, _args, { store }) => store.snippets(h),
    }),
  }),
});

export const SearchHitConnection = connectionType(SearchHitRef, 'search hits');

const queryLength = `must be between 1 and ${MAX_QUERY_LENGTH} characters long once leading and trailing spaces are trimmed`;

builder.queryFields((t) => ({
  search: connectionField(t, SearchHitConnection, {
    description: [
      'Ranked full-text search over claims, events, articles, actors and places, best first (equal scores by kind, then id).',
      'Tolerant of prefixes ("Cavus" finds Cavusoglu), typos ("Erdogn" finds Erdogan: 1 edit from 4 letters, 2 from 8; numbers exactly) and case and diacritics.',
      'Alias-aware: when the query contains a spelling of an actor or place, its name and every alias are searched too ("SOHR" finds "the Observatory" and "war monitor"; "Saraqib" finds "Saraqeb").',
      'Each hit carries the spans it matched in. The index is built once at load.',
      "Complexity: top-k, not every match: each query unit (each word with the words it begins and those a typo away, found in the index's radix-tree vocabulary; each actor or place the query names, precomputed) is a list of documents in descending score; one unit's best k are its first k, several are merged by the threshold algorithm, which stops once no unread document can enter the page. `totalCount` counts the matches (not scored) only when selected. Snippets for the returned page only, from the words of each hit's passages.",
    ].join(' '),
    args: {
      query: t.arg.string({
        required: true,
        description: `What to search for: words, numbers ("586,000"), names. 1 to ${MAX_QUERY_LENGTH} characters once trimmed.`,
        validate: { schema: z.string().refine((q) => q.trim().length >= 1 && q.trim().length <= MAX_QUERY_LENGTH, queryLength) },
      }),
      types: t.arg({ type: [SearchTypeEnum], required: false, description: 'Kinds of records to return; every kind when omitted or null (an empty list returns nothing).' }),
    },
    resolve: (_root, args, { store }) => store.search(args.query, { types: args.types }),
  }),
}));

/**
 * The claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * for any annotation tool that reads the standard:
 *   GET /export/annotations.jsonld          an AnnotationCollection, its first page embedded
 *   GET /export/annotations.jsonld?page=N   its AnnotationPage N (from 0), 100 annotations a page
 * with the filters of /export/claims.csv (sources, claimants, topics, events,
 * places, actors). One Annotation per claim: its body the statement (a
 * TextualBody) with claimant, modality, topic and quantity under claimgraph's
 * own context; one target per evidence span, on the article's text as served
 * at /sources/<slug>.txt (the article's own URL is the target's source when it
 * is known, the text its `TimeState.cached` copy), selected twice: a
 * TextQuoteSelector (exact, and a prefix and suffix long enough to make it
 * unique) and a TextPositionSelector.
 *
 * The standard counts text positions in Unicode code points; the API counts
 * UTF-16 code units (JavaScript string indices). Offsets are converted here:
 * each character outside the Basic Multilingual Plane before an offset counts
 * one code point but two code units.
 *
 * Like the other exports it runs stored operations (examples/operations/exports.graphql)
 * through the server's own yoga, so filters, limits, errors and provenance are the API's own.
 */
import type { OperationDefinitionNode } from 'graphql';
import { ExportAnnotationSourcesDocument, ExportAnnotationsDocument, type ExportAnnotationSourcesQuery, type ExportAnnotationsQuery } from '../generated/graphql.js';
import { errorResponse } from '../graphql/errors.js';
import { encodeCursor, PAGE_SIZE } from '../graphql/page-rules.js';
import type { Provenance } from '../graphql/provenance.js';
import { requestOf, variablesOf, type Execute } from './exports.js';

export const ANNOTATIONS_PATH = '/export/annotations.jsonld';
/** The media type of the W3C Web Annotation Protocol. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const PAGE = PAGE_SIZE.max;

/** The standard's context, then claimgraph's own terms (a URN namespace: nothing to resolve). */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    claimgraph: 'urn:claimgraph:',
    claim: 'claimgraph:claim',
    claimant: 'claimgraph:claimant',
    attribution: 'claimgraph:attribution',
    modality: 'claimgraph:modality',
    topic: 'claimgraph:topic',
    question: 'claimgraph:question',
    quantity: 'claimgraph:quantity',
    unit: 'claimgraph:unit',
    qualifier: 'claimgraph:qualifier',
    low: 'claimgraph:low',
    high: 'claimgraph:high',
    words: 'claimgraph:words',
    key: 'claimgraph:key',
    dataVersion: 'claimgraph:dataVersion',
  },
] as const;

type Claim = ExportAnnotationsQuery['claims']['nodes'][number];
type SourceNode = Extract<ExportAnnotationSourcesQuery['nodes'][number], { slug: string }>;

/** UTF-16 offsets of one text as Unicode code points: the pairs (astral characters) before an offset are counted once each. */
export function codePointOffsets(text: string): (offset: number) => number {
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairStarts.push(i++);
    }
  }
  return (offset) => {
    // How many pairs end at or before the offset (binary search).
    let lo = 0;
    let hi = pairStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairStarts[mid]! + 2 <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Text before and after a span, never splitting a character, grown until prefix + exact + suffix occurs once in the text. */
export function quoteContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  for (let n = 32; ; n *= 2) {
    let from = Math.max(0, start - n);
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
    let to = Math.min(text.length, end + n);
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to++;
    const prefix = text.slice(from, start);
    const suffix = text.slice(end, to);
    const whole = prefix + text.slice(start, end) + suffix;
    const first = text.indexOf(whole);
    if (text.indexOf(whole, first + 1) === -1 || (from === 0 && to === text.length)) return { prefix, suffix };
  }
}

interface PageOfAnnotations {
  total: number;
  items: unknown[];
  dataVersion: string;
  slugs: Set<string>;
}

/** What the API answered, when it is an error: the export answers it as the API did. */
class ApiError {
  constructor(readonly response: Response) {}
}

async function run<R>(execute: Execute, request: ReturnType<typeof requestOf>, variables: Record<string, unknown>): Promise<{ data: R; provenance?: Provenance }> {
  const response = await execute({ ...request, variables });
  const body = (await response.json()) as { data?: R; errors?: unknown[]; extensions?: { provenance?: Provenance } };
  if (!response.ok || body.errors?.length || !body.data) throw new ApiError(new Response(JSON.stringify(body), { status: response.ok ? 400 : response.status, headers: { 'content-type': 'application/json; charset=utf-8' } }));
  return { data: body.data, provenance: body.extensions?.provenance };
}

function annotationOf(claim: Claim, source: SourceNode, origin: string): unknown {
  const textUrl = `${origin}/sources/${encodeURIComponent(source.slug)}.txt`;
  const toCodePoints = codePointOffsets(source.text);
  const targets = claim.evidence.map((span) => {
    const { prefix, suffix } = quoteContext(source.text, span.start, span.end);
    return {
      type: 'SpecificResource',
      source: source.url ?? textUrl,
      // The selectors select in the text as stored: with an article URL, that text is its cached state.
      ...(source.url ? { state: { type: 'TimeState', cached: textUrl, sourceDate: `${source.publishedAt}T00:00:00Z` } } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: span.quote, prefix, suffix },
        { type: 'TextPositionSelector', start: toCodePoints(span.start), end: toCodePoints(span.end) },
      ],
    };
  });
  return {
    id: `${origin}${ANNOTATIONS_PATH}#${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'describing',
    claim: claim.id,
    body: {
      type: 'TextualBody',
      value: claim.statement,
      format: 'text/plain',
      purpose: 'describing',
      claimant: claim.claimant ? { key: claim.claimant.key, name: claim.claimant.name } : null,
      attribution: claim.attribution,
      modality: claim.modality,
      topic: claim.topic ? { key: claim.topic.key, question: claim.topic.question } : null,
      quantity: claim.quantity ? { value: claim.quantity.value, unit: claim.quantity.unit, qualifier: claim.quantity.qualifier, low: claim.quantity.low, high: claim.quantity.high, words: claim.quantity.words } : null,
    },
    // One target per span; JSON-LD reads one value and a list of one alike.
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/** One page of claims (from `offset`) with their articles, as annotations. */
async function pageOfAnnotations(execute: Execute, variables: Record<string, unknown>, offset: number, origin: string): Promise<PageOfAnnotations> {
  const claims = await run<ExportAnnotationsQuery>(execute, requestOf(ExportAnnotationsDocument), { ...variables, first: PAGE, ...(offset > 0 ? { after: encodeCursor(offset - 1) } : {}) });
  const nodes = claims.data.claims.nodes;
  const ids = [...new Set(nodes.map((c) => c.source.id))];
  const sources = new Map<string, SourceNode>();
  let provenance = claims.provenance;
  if (ids.length) {
    const found = await run<ExportAnnotationSourcesQuery>(execute, requestOf(ExportAnnotationSourcesDocument), { ids });
    for (const node of found.data.nodes) if (node && 'slug' in node) sources.set(node.id, node as SourceNode);
    provenance ??= found.provenance;
  }
  return {
    total: claims.data.claims.totalCount,
    items: nodes.map((claim) => annotationOf(claim, sources.get(claim.source.id)!, origin)),
    dataVersion: provenance?.dataVersion ?? '',
    slugs: new Set([...sources.values()].map((s) => s.slug)),
  };
}

/** Answers GET /export/annotations.jsonld[?page=N&filters]. */
export async function answerAnnotations(url: URL, execute: Execute): Promise<Response> {
  const operation = ExportAnnotationsDocument.definitions[0] as OperationDefinitionNode;
  const parsed = variablesOf(operation, url.searchParams, ['first', 'after'], ['page']);
  if ('error' in parsed) return errorResponse(400, parsed.error, 'BAD_USER_INPUT');
  const pageParam = url.searchParams.getAll('page');
  const pageOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);
  if (pageParam.length > 1 || (pageParam.length === 1 && pageOf(pageParam[0]!) === null)) {
    return errorResponse(400, `Invalid parameter: page must be one whole number from 0 (the first page), got ${pageParam.map((p) => JSON.stringify(p)).join(', ')}`, 'BAD_USER_INPUT');
  }
  const page = pageParam.length ? pageOf(pageParam[0]!)! : null;

  // The collection's id is the URL with its filters and without a page; a page's is that with ?page=N.
  const filters = new URLSearchParams(url.searchParams);
  filters.delete('page');
  const collectionId = `${url.origin}${ANNOTATIONS_PATH}${filters.size ? `?${filters}` : ''}`;
  const pageId = (n: number) => `${url.origin}${ANNOTATIONS_PATH}?${new URLSearchParams([...filters, ['page', String(n)]])}`;

  let result: PageOfAnnotations;
  try {
    result = await pageOfAnnotations(execute, parsed.variables, (page ?? 0) * PAGE, url.origin);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A page past the end makes a cursor past the end: say which pages there are.
    if (page === null || page === 0) return error.response;
    const count = await pageOfAnnotations(execute, parsed.variables, 0, url.origin).catch(() => null);
    if (!count) return error.response;
    return pastTheEnd(page, count.total);
  }
  const lastPage = Math.max(0, Math.ceil(result.total / PAGE) - 1);
  if (page !== null && page > lastPage) return pastTheEnd(page, result.total);

  const n = page ?? 0;
  const annotationPage = {
    id: pageId(n),
    type: 'AnnotationPage',
    startIndex: n * PAGE,
    ...(n < lastPage ? { next: pageId(n + 1) } : {}),
    ...(n > 0 ? { prev: pageId(n - 1) } : {}),
    items: result.items,
  };
  const collection = { id: collectionId, type: 'AnnotationCollection', label: 'claimgraph: claims as annotations of their articles', total: result.total };
  const body =
    page === null
      ? { '@context': ANNOTATION_CONTEXT, ...collection, dataVersion: result.dataVersion, first: annotationPage, last: pageId(lastPage) }
      : { '@context': ANNOTATION_CONTEXT, ...annotationPage, partOf: { ...collection, first: pageId(0), last: pageId(lastPage) }, dataVersion: result.dataVersion };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: {
      'content-type': ANNOTATION_MEDIA_TYPE,
      'x-claimgraph-data-version': result.dataVersion,
      'x-claimgraph-sources': [...result.slugs].sort().join(','),
    },
  });
}

function pastTheEnd(page: number, total: number): Response {
  const last = Math.max(0, Math.ceil(total / PAGE) - 1);
  return errorResponse(400, `Invalid parameter: page ${page} is past the last page, ${last} (${total} annotation${total === 1 ? '' : 's'}, ${PAGE} a page, from page 0)`, 'BAD_USER_INPUT');
}

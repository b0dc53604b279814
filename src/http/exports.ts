/**
 * File exports for tools that read files rather than GraphQL:
 *   GET /export/claims.csv   one row per claim, with its source slug and quotes
 *   GET /export/events.csv   one row per event and claim, with source slug and quote
 *   GET /export/events.geojson   the `geojson` field's FeatureCollection
 * Each runs a stored operation (examples/operations/exports.graphql) through
 * yoga itself, with the URL's query parameters as its variables, so filters,
 * limits, errors and provenance are the API's own. Lists are fetched page by
 * page (100 a page) unless `first` is given. Each operation is sent by its
 * trusted document id, so the exports work on a server that runs only trusted
 * documents (src/http/trusted-documents.ts).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { ExportClaimsDocument, ExportEventsDocument, ExportEventsGeoJsonDocument, type ExportClaimsQuery, type ExportEventsQuery } from '../generated/graphql.js';
import { errorResponse } from '../graphql/errors.js';
import type { Provenance } from '../graphql/provenance.js';
import { documentIdOfDocument } from './trusted-documents.js';

/** The host of the server's own GraphQL requests (yoga.ts): tracing.ts makes them spans of the export's trace. */
export const INTERNAL_HOST = 'claimgraph.internal';

/** A GraphQL request of the server's own: a document or the id of a trusted one, and its variables. */
export type ExecuteBody = ({ query: string } | { documentId: string }) & { variables: Record<string, unknown> };
export type Execute = (body: ExecuteBody) => Promise<Response>;

/** How an export sends a stored operation: by its trusted document id (codegen's hash), or in full if it has none. */
export const requestOf = (document: DocumentNode): { query: string } | { documentId: string } => {
  const id = documentIdOfDocument(document);
  return id ? { documentId: id } : { query: print(document) };
};

interface Export<R> {
  document: TypedDocumentNode<R, Record<string, unknown>>;
  contentType: string;
  /** Whether the operation is paged with first/after. */
  paged: boolean;
  render: (pages: R[]) => string;
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
export const csv = (header: string[], rows: unknown[][]) => [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** An export of any result type, as the route handles it: its pages are the stored operation's own results. */
type AnyExport = Export<unknown>;
const defineExport = <R>(spec: Export<R>): AnyExport => spec as unknown as AnyExport;

const EXPORTS: Record<string, AnyExport> = {
  'claims.csv': defineExport({
    document: ExportClaimsDocument,
    contentType: 'text/csv; charset=utf-8',
    paged: true,
    render: (pages: ExportClaimsQuery[]) =>
      csv(
        ['id', 'source', 'publisher', 'published_at', 'statement', 'claimant', 'attribution', 'modality', 'topic', 'value', 'unit', 'qualifier', 'low', 'high', 'quantity_words', 'time_start', 'time_end', 'time_precision', 'events', 'places', 'start', 'end', 'quote'],
        pages.flatMap((p) =>
          p.claims.nodes.map((c) => [
            c.id, c.source.slug, c.source.publisher, c.source.publishedAt, c.statement, c.claimant?.key, c.attribution, c.modality, c.topic?.key,
            c.quantity?.value, c.quantity?.unit, c.quantity?.qualifier, c.quantity?.low, c.quantity?.high, c.quantity?.words,
            c.time?.start, c.time?.end, c.time?.precision, c.events.map((e) => e.key), c.places.map((x) => x.key),
            c.evidence[0]!.start, c.evidence[0]!.end, c.evidence.map((e) => e.quote).join(' … '),
          ]),
        ),
      ),
  }),
  'events.csv': defineExport({
    document: ExportEventsDocument,
    contentType: 'text/csv; charset=utf-8',
    paged: true,
    render: (pages: ExportEventsQuery[]) =>
      csv(
        ['event', 'title', 'type', 'sub_type', 'date_start', 'date_end', 'date_precision', 'places', 'lat', 'lon', 'source_count', 'disputed', 'claim', 'source', 'start', 'end', 'quote'],
        pages.flatMap((p) =>
          p.events.nodes.flatMap((e) =>
            e.claims.nodes.flatMap((c) =>
              c.evidence.map((q) => [
                e.key, e.title, e.type, e.subType, e.date.start, e.date.end, e.date.precision, e.places.map((x) => x.key),
                e.places[0]?.location.lat, e.places[0]?.location.lon, e.sourceCount, e.disputed, c.id, c.source.slug, q.start, q.end, q.quote,
              ]),
            ),
          ),
        ),
      ),
  }),
  'events.geojson': defineExport({
    document: ExportEventsGeoJsonDocument,
    contentType: 'application/geo+json; charset=utf-8',
    paged: false,
    render: (pages: Array<{ geojson: unknown }>) => JSON.stringify(pages[0]!.geojson),
  }),
};

const PAGE = 100;
const MAX_PAGES = 1000;

function namedType(type: TypeNode): { name: string; list: boolean } {
  if (type.kind === 'NonNullType') return namedType(type.type);
  if (type.kind === 'ListType') return { name: namedType(type.type).name, list: true };
  return { name: type.name.value, list: false };
}

/**
 * The URL's parameters as the operation's variables: lists from repeated or comma-separated values, Ints as numbers.
 * `reserved` variables are the export's own business (the cursor), never the URL's; `extra` parameters are the
 * export's own too (the annotation export's `page`), named in the list of what it takes.
 */
export function variablesOf(operation: OperationDefinitionNode, params: URLSearchParams, reserved: readonly string[] = ['after'], extra: readonly string[] = []): { variables: Record<string, unknown> } | { error: string } {
  const declared = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, namedType(d.type)]));
  const variables: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (extra.includes(key)) continue;
    const type = declared.get(key);
    if (!type || reserved.includes(key)) return { error: `unknown parameter "${key}"; this export takes: ${[...declared.keys()].filter((k) => !reserved.includes(k)).concat(extra).join(', ')}` };
    const values = params.getAll(key).flatMap((v) => (type.list ? v.split(',') : [v])).map((v) => v.trim());
    const one = values[0]!;
    variables[key] = type.list ? values : type.name === 'Int' && /^-?\d+$/.test(one) ? Number(one) : one;
  }
  return { variables };
}

/** Answers one export request, or null when the path is not an export. */
export async function answerExport(name: string, params: URLSearchParams, execute: Execute): Promise<Response | null> {
  const spec = EXPORTS[name];
  if (!spec) return null;
  const operation = spec.document.definitions[0] as OperationDefinitionNode;
  const parsed = variablesOf(operation, params);
  if ('error' in parsed) return errorResponse(400, parsed.error, 'BAD_USER_INPUT');
  const request = requestOf(spec.document);
  const pages: unknown[] = [];
  const used = new Map<string, Provenance['sources'][number]>();
  let dataVersion = '';
  let after: string | null = null;
  const single = !spec.paged || parsed.variables.first !== undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables = { ...(spec.paged && !single ? { first: PAGE } : {}), ...parsed.variables, ...(after ? { after } : {}) };
    const response = await execute({ ...request, variables });
    const body = (await response.json()) as { data?: Record<string, { pageInfo?: { hasNextPage: boolean; endCursor: string | null } } | null>; errors?: unknown[]; extensions?: { provenance?: Provenance } };
    // An error of the API stays the API's own: same status, same body.
    if (!response.ok || body.errors?.length || !body.data) return new Response(JSON.stringify(body), { status: response.ok ? 400 : response.status, headers: { 'content-type': 'application/json; charset=utf-8' } });
    pages.push(body.data);
    for (const s of body.extensions?.provenance?.sources ?? []) used.set(s.slug, s);
    dataVersion = body.extensions?.provenance?.dataVersion ?? dataVersion;
    const info = Object.values(body.data)[0]?.pageInfo;
    if (single || !info?.hasNextPage) break;
    after = info.endCursor;
  }
  return new Response(spec.render(pages), {
    status: 200,
    headers: {
      'content-type': spec.contentType,
      'content-disposition': `inline; filename="claimgraph-${name}"`,
      'x-claimgraph-data-version': dataVersion,
      'x-claimgraph-sources': [...used.keys()].sort().join(','),
    },
  });
}

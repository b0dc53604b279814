/**
 * HTTP caching, so that any CDN or reverse proxy can serve the answers of GET
 * requests, and a client can revalidate what it has:
 *
 * - a GET /graphql answer without errors carries `Cache-Control: public,
 *   max-age=<CLAIMGRAPH_CACHE_MAX_AGE>`, `Vary: Accept` and a strong `ETag`
 *   derived from the document (or its trusted `documentId`), the operation
 *   name, the variables, the accepted media type and the dataVersion the
 *   answer read: the same on every replica over the same data, with the
 *   response cache on or off;
 * - an `If-None-Match` naming that ETag gets a 304 before anything is parsed
 *   or executed (an answer is a function of those inputs);
 * - POST answers and error answers are `no-store`;
 * - GET answers of the exports and of /sources/<slug>.txt are cached the same
 *   way, their ETag from the URL and the dataVersion.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { StoreSource } from '../graphql/context.js';
import type { Provenance } from '../graphql/provenance.js';
import { normalizeDocumentId } from './trusted-documents.js';

/** The strong ETag of an answer: quoted SHA-256 of what determines its bytes. */
const etagOf = (parts: unknown[]) => `"${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}"`;

/**
 * The inputs of a GET /graphql answer, from its URL and Accept header, or null when its variables are not a JSON
 * object (request-errors.ts answers that with a 400).
 */
function graphqlInputs(request: Request, url: URL): unknown[] | null {
  const params = url.searchParams;
  let variables: unknown = {};
  try {
    variables = JSON.parse(params.get('variables') || '{}') ?? {};
  } catch {
    return null;
  }
  const documentId = params.get('documentId');
  return [documentId ? normalizeDocumentId(documentId) : null, params.get('query'), params.get('operationName') || null, variables, request.headers.get('accept') ?? ''];
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

const cachedPath = (graphqlPath: string, pathname: string) => pathname === graphqlPath || pathname.startsWith('/export/') || (pathname.startsWith('/sources/') && pathname.endsWith('.txt'));

interface Answered {
  errors: boolean;
  dataVersion?: string;
}

export function httpCachePlugin(stores: StoreSource, graphqlPath: string, maxAge: number): Plugin {
  const answered = new WeakMap<Request, Answered>();
  /** Each request's URL as yoga parsed it: parsed once, not again for the answer. */
  const urls = new WeakMap<Request, URL>();
  const cacheControl = `public, max-age=${maxAge}`;

  /** A GET's ETag for a data version, or null when the request is not one this module caches. */
  function etagFor(request: Request, url: URL, dataVersion: string): string | null {
    if (url.pathname === graphqlPath) {
      const inputs = graphqlInputs(request, url);
      if (!inputs || (inputs[0] === null && inputs[1] === null)) return null;
      return etagOf([...inputs, dataVersion]);
    }
    return etagOf([url.pathname, url.search, dataVersion]);
  }

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      urls.set(request, url);
      if (request.method !== 'GET' || !cachedPath(graphqlPath, url.pathname)) return;
      const ifNoneMatch = request.headers.get('if-none-match');
      if (!ifNoneMatch) return;
      const etag = etagFor(request, url, stores.current().version);
      if (etag && matches(ifNoneMatch, etag)) {
        const headers: Record<string, string> = { etag, 'cache-control': cacheControl };
        if (url.pathname === graphqlPath) headers.vary = 'Accept';
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
    onResultProcess({ request, result }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const dataVersion = (result.extensions?.provenance as Provenance | undefined)?.dataVersion;
      answered.set(request, { errors: Boolean(result.errors?.length), dataVersion });
    },
    onResponse({ request, response }) {
      const url = urls.get(request) ?? new URL(request.url);
      if (response.status === 304 || !cachedPath(graphqlPath, url.pathname)) return;
      // GraphiQL's page is yoga's to cache.
      if ((response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      const headers = response.headers;
      // The response cache sets its own ETag and Last-Modified on the answers it stores: the ETag is this module's.
      headers.delete('last-modified');
      const result = answered.get(request);
      const ok = request.method === 'GET' && response.status === 200 && !result?.errors;
      const etag = ok ? etagFor(request, url, result?.dataVersion ?? headers.get('x-claimgraph-data-version') ?? stores.current().version) : null;
      if (!etag) {
        headers.delete('etag');
        headers.set('cache-control', 'no-store');
        return;
      }
      headers.set('etag', etag);
      headers.set('cache-control', cacheControl);
      if (url.pathname === graphqlPath) headers.append('vary', 'Accept');
    },
  };
}

/**
 * Identical requests answered from memory (CLAIMGRAPH_RESPONSE_CACHE=true).
 * The key is the document, operation name, variables, accepted media type and
 * the dataVersion the request reads, so an answer never outlives its data. GET
 * answers carry an ETag from the same key, and a matching If-None-Match gets 304.
 */
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { StoreSource } from '../graphql/context.js';

export function responseCachePlugin(stores: StoreSource): Plugin {
  const keyOf = (query: string, operationName: unknown, variables: unknown, accept: string) =>
    createHash('sha256').update(JSON.stringify([query, operationName ?? null, variables ?? {}, accept, stores.current().version])).digest('hex');
  /** The key of a GET request, from its URL: what its ETag is. */
  const keyOfGet = (request: Request) => {
    const params = new URL(request.url).searchParams;
    let variables: unknown = {};
    try {
      variables = JSON.parse(params.get('variables') || '{}');
    } catch {
      return null;
    }
    return keyOf(params.get('query') ?? '', params.get('operationName'), variables, request.headers.get('accept') ?? '');
  };
  return useResponseCache({
    session: () => null,
    ttl: Infinity,
    includeExtensionMetadata: false,
    // The plugin answers 304 to any If-None-Match naming any cached entry; only this request's own ETag may do that.
    enabled: (request) => {
      const tag = request.headers.get('if-none-match');
      return !tag || (request.method === 'GET' && tag === keyOfGet(request));
    },
    // A cached answer is serialised and UTF-8-encoded once: every hit sends the same bytes. (yoga hands
    // the stringifier's value to `new Response(...)`, which takes bytes as well as a string.)
    shouldCacheResult: ({ result }) => {
      if (result.errors?.length) return false;
      let bytes: Uint8Array | undefined;
      (result as { stringify?: (r: unknown) => unknown }).stringify = (sanitized) => (bytes ??= Buffer.from(JSON.stringify(sanitized)));
      return true;
    },
    buildResponseCacheKey: ({ documentString, variableValues, operationName, ...rest }) =>
      keyOf(documentString, operationName, variableValues, (rest as { request?: Request }).request?.headers.get('accept') ?? ''),
  }) as Plugin;
}

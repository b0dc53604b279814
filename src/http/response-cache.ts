/**
 * Identical requests answered from memory (CLAIMGRAPH_RESPONSE_CACHE=true).
 * The key is the trusted document id (if the request named one), the
 * document, operation name, variables, accepted media type and the dataVersion
 * the request reads, so an answer never outlives its data. ETags and 304s are
 * http-cache.ts's, the same with the cache on or off.
 */
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { StoreSource } from '../graphql/context.js';
import { requestDocumentId } from './trusted-documents.js';

/** Told of each hit and miss (metrics.ts counts them). */
export interface CacheObserver {
  hit(): void;
  miss(): void;
}

const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

export function responseCachePlugin(stores: StoreSource, observer?: CacheObserver): Plugin {
  const keyOf = (documentId: string | undefined, query: string, operationName: unknown, variables: unknown, accept: string) =>
    createHash('sha256').update(JSON.stringify([documentId ?? null, query, operationName ?? null, variables ?? {}, accept, stores.current().version])).digest('hex');
  const cache = useResponseCache({
    session: () => null,
    ttl: Infinity,
    includeExtensionMetadata: false,
    // A request that still carries If-None-Match here did not match its own ETag (http-cache.ts answers a match
    // with 304 first). The plugin would answer 304 to a tag naming any cached entry, so such a request skips the cache.
    enabled: (request) => !request.headers.has('if-none-match'),
    // A cached answer is serialised and UTF-8-encoded once: every hit sends the same bytes. (yoga hands
    // the stringifier's value to `new Response(...)`, which takes bytes as well as a string.)
    shouldCacheResult: ({ result }) => {
      observer?.miss();
      if (result.errors?.length) return false;
      let bytes: Uint8Array | undefined;
      (result as { stringify?: (r: unknown) => unknown }).stringify = (sanitized) => (bytes ??= Buffer.from(JSON.stringify(sanitized)));
      return true;
    },
    buildResponseCacheKey: ({ documentString, variableValues, operationName, ...rest }) => {
      const request = (rest as { request?: Request }).request;
      return keyOf(request && requestDocumentId(request), documentString, operationName, variableValues, request?.headers.get('accept') ?? '');
    },
  }) as Plugin;
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(cache);
    },
    onResultProcess({ result }) {
      if (observer && !Array.isArray(result) && (result as Record<symbol, unknown>)[SERVED_FROM_CACHE]) observer.hit();
    },
  };
}

/**
 * The configured yoga: schema, per-request context, provenance and GraphiQL.
 * Importable by tests, which call `yoga.fetch` with no network.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { print } from 'graphql';
import { createHash } from 'node:crypto';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import { configFromEnv, type Config } from './config.js';
import type { Dataset } from './data/dataset.js';
import { limitPlugins } from './limits.js';
import { provenancePlugin } from './provenance.js';
import * as operations from './generated/graphql.js';
import { requestLogPlugin } from './request-log.js';
import { requestErrorsPlugin } from './request-errors.js';
import { routesPlugin } from './routes.js';
import { schema } from './schema/index.js';

export const GRAPHQL_PATH = '/graphql';

/**
 * GraphiQL opens with one tab per curated example (examples/operations/examples.graphql,
 * typed by codegen like every operation): the questions a new user asks first.
 */
export const EXAMPLE_TABS = [
  operations.DisputesSideBySideDocument,
  operations.TheSourcesDocument,
  operations.EventWithClaimsDocument,
  operations.SearchTheObservatoryDocument,
  operations.TimelineFebruaryDocument,
  operations.MapOfEventsDocument,
].map((document) => ({ query: print(document) }));

/**
 * Identical requests answered from memory: the dataset is immutable while the
 * process runs, so an answer never goes stale. The key is the document,
 * operation name, variables, accepted media type and dataVersion; GET answers
 * carry an ETag from the same key and a matching If-None-Match gets 304.
 */
function responseCachePlugin(dataset: Dataset): Plugin {
  const keyOf = (query: string, operationName: unknown, variables: unknown, accept: string) =>
    createHash('sha256').update(JSON.stringify([query, operationName ?? null, variables ?? {}, accept, dataset.version])).digest('hex');
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

export type ClaimgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** The yoga of a dataset. Settings default to the environment's (src/config.ts); tests pass their own. */
export interface YogaOptions {
  /** The HTTP server enforces the body limit itself (src/body-limit.ts), more cheaply than yoga's stream. */
  bodyLimitAtEdge?: boolean;
}

export function createClaimgraphYoga(dataset: Dataset, config: Config = configFromEnv(), options: YogaOptions = {}): ClaimgraphYoga {
  // Exports run their stored operations through this very yoga: same limits, errors and provenance.
  const execute = (body: { query: string; variables: Record<string, unknown> }) =>
    Promise.resolve(yoga.fetch(`http://claimgraph.internal${GRAPHQL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) }));
  const yoga: ClaimgraphYoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ dataset, provenance: new Set() }),
    plugins: [
      ...(config.requestLog ? [requestLogPlugin()] : []),
      routesPlugin(execute),
      // Before the limits: it labels every request error, the budget's included, with a 400 and a code.
      requestErrorsPlugin(GRAPHQL_PATH),
      ...limitPlugins(schema, config),
      // Executors wrap one another in this order: the compiled executor (each document is compiled once),
      // then provenance, then the response cache, which so stores and serves answers with their provenance.
      useGraphQlJit() as Plugin,
      provenancePlugin(dataset),
      ...(config.responseCache ? [responseCachePlugin(dataset)] : []),
    ],
    renderGraphiQL,
    graphiql: { title: 'claimgraph', defaultTabs: EXAMPLE_TABS, defaultEditorToolsVisibility: false },
    // A public, read-only API: any listed origin may read it; cookies and credentials are never involved.
    cors: { origin: config.corsOrigins.length === 1 ? config.corsOrigins[0] : config.corsOrigins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'] },
    maxRequestBodySize: options.bodyLimitAtEdge ? false : config.maxBodyBytes,
    // Batching stays off (yoga's default): one operation per request keeps the limits per request meaningful.
    batching: false,
    // Nothing to upload to a read-only API: multipart bodies are refused (415).
    multipart: false,
    maskedErrors: true,
    landingPage: false,
    logging: false,
  });
  return yoga;
}

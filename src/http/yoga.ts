/**
 * The configured yoga: schema, per-request context, provenance and GraphiQL.
 * Importable by tests, which call `yoga.fetch` with no network.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { print } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { configFromEnv, type Config } from '../config.js';
import * as operations from '../generated/graphql.js';
import { createContext, type Context, type StoreSource } from '../graphql/context.js';
import type { Hold } from '../write/gate.js';
import { useProvenance } from '../graphql/provenance.js';
import { schema } from '../graphql/schema.js';
import { compiledExecution, type CompiledExecution } from './compiled-execution.js';
import { curationOf, curationPlugin, type Writes } from './curation.js';
import { INTERNAL_HOST, type ExecuteBody } from './exports.js';
import { httpCachePlugin } from './http-cache.js';
import { limitPlugins } from './limits.js';
import type { Metrics } from './metrics.js';
import { requestErrorsPlugin } from './request-errors.js';
import { requestLogPlugin } from './request-log.js';
import { responseCachePlugin } from './response-cache.js';
import { routesPlugin } from './routes.js';
import type { Tracing } from './tracing.js';
import { trustedDocuments, trustedDocumentsPlugins } from './trusted-documents.js';

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

export type ClaimgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** The yoga of a store. Settings default to the environment's (src/config.ts); tests pass their own. */
export interface YogaOptions {
  /** The HTTP server enforces the body limit itself (src/body-limit.ts), more cheaply than yoga's stream. */
  bodyLimitAtEdge?: boolean;
  /** Curation: the writer, its gate and feed, and the curators; none for a read-only yoga (most tests). */
  writes?: Writes | null;
  /** Prometheus metrics (metrics.ts), when the server serves /metrics. */
  metrics?: Metrics | null;
  /** OpenTelemetry traces (tracing.ts), when an OTLP endpoint is configured. */
  tracing?: Tracing | null;
  /** The compiled execution, when the caller also answers known requests with it (known-requests.ts). */
  compiled?: CompiledExecution;
}

export function createClaimgraphYoga(stores: StoreSource, config: Config = configFromEnv(), options: YogaOptions = {}): ClaimgraphYoga {
  // Exports run their stored operations through this very yoga: same limits, errors and provenance.
  const execute = (body: ExecuteBody) =>
    Promise.resolve(yoga.fetch(`http://${INTERNAL_HOST}${GRAPHQL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) }));
  const writes = options.writes ?? null;
  const compiled = options.compiled ?? compiledExecution();
  const holds = new WeakMap<Request, Hold>();
  const yoga: ClaimgraphYoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext(stores, curationOf(request, writes, holds)),
    plugins: [
      // First, so that their spans and timings hold the whole request.
      ...(options.tracing ? [options.tracing.plugin()] : []),
      ...(options.metrics ? [options.metrics.plugin()] : []),
      ...(config.requestLog ? [requestLogPlugin()] : []),
      // Before the routes: a GET that revalidates an ETag still current gets its 304 before any work.
      httpCachePlugin(stores, GRAPHQL_PATH, config.cacheMaxAge),
      routesPlugin(execute),
      // Before the response cache, whose key then holds the document id, and before the request errors, which then see the document.
      ...trustedDocumentsPlugins(trustedDocuments(), { only: config.trustedDocumentsOnly }),
      // After the routes (a page or an export holds nothing; an export's own queries do): auth, the read gate, subscription events.
      curationPlugin(writes, holds),
      // Before the limits: it labels every request error, the budget's included, with a 400 and a code.
      requestErrorsPlugin(GRAPHQL_PATH),
      ...limitPlugins(schema, config),
      // Executors wrap one another in this order: the compiled executor (each document is compiled once),
      // then provenance, then the response cache, which so stores and serves answers with their provenance.
      compiled.plugin(),
      useProvenance(),
      ...(config.responseCache ? [responseCachePlugin(stores, options.metrics?.responseCache)] : []),
    ],
    renderGraphiQL,
    graphiql: { title: 'claimgraph', defaultTabs: EXAMPLE_TABS, defaultEditorToolsVisibility: false },
    // A public API: any listed origin may read it; cookies and credentials are never involved (a curator's
    // token is a header a script sends, not a credential a browser attaches).
    cors: {
      origin: config.corsOrigins.length === 1 ? config.corsOrigins[0] : config.corsOrigins,
      credentials: false,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'accept'],
    },
    maxRequestBodySize: options.bodyLimitAtEdge ? false : config.maxBodyBytes,
    // Batching stays off (yoga's default): one operation per request keeps the limits per request meaningful.
    batching: false,
    // Nothing to upload (an article is text in a JSON body): multipart bodies are refused (415).
    multipart: false,
    maskedErrors: true,
    landingPage: false,
    logging: false,
  });
  return yoga;
}

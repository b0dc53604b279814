/**
 * The configured yoga: schema, per-request context, provenance and GraphiQL.
 * Importable by tests, which call `yoga.fetch` with no network.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { print } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import { configFromEnv, type Config } from './config.js';
import type { Dataset } from './data/dataset.js';
import { limitPlugins } from './limits.js';
import { provenancePlugin } from './provenance.js';
import * as operations from './generated/graphql.js';
import { requestLogPlugin } from './request-log.js';
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

export type ClaimgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** The yoga of a dataset. Settings default to the environment's (src/config.ts); tests pass their own. */
export function createClaimgraphYoga(dataset: Dataset, config: Config = configFromEnv()): ClaimgraphYoga {
  // Exports run their stored operations through this very yoga: same limits, errors and provenance.
  const execute = (body: { query: string; variables: Record<string, unknown> }) =>
    Promise.resolve(yoga.fetch(`http://claimgraph.internal${GRAPHQL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) }));
  const yoga: ClaimgraphYoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ dataset, provenance: new Set() }),
    plugins: [...(config.requestLog ? [requestLogPlugin()] : []), routesPlugin(execute), ...limitPlugins(schema, config), provenancePlugin(dataset)],
    renderGraphiQL,
    graphiql: { title: 'claimgraph', defaultTabs: EXAMPLE_TABS, defaultEditorToolsVisibility: false },
    // A public, read-only API: any listed origin may read it; cookies and credentials are never involved.
    cors: { origin: config.corsOrigins.length === 1 ? config.corsOrigins[0] : config.corsOrigins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'] },
    maxRequestBodySize: config.maxBodyBytes,
    // Batching stays off (yoga's default): one operation per request keeps the limits per request meaningful.
    batching: false,
    maskedErrors: true,
    landingPage: false,
    logging: false,
  });
  return yoga;
}

/**
 * The configured yoga: schema, per-request context, provenance and GraphiQL.
 * Importable by tests, which call `yoga.fetch` with no network.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import { configFromEnv, type Config } from './config.js';
import type { Dataset } from './data/dataset.js';
import { limitPlugins } from './limits.js';
import { provenancePlugin } from './provenance.js';
import { requestLogPlugin } from './request-log.js';
import { schema } from './schema/index.js';

export const GRAPHQL_PATH = '/graphql';

/** The first query a new user sees in GraphiQL. */
export const DEFAULT_QUERY = `# Welcome to claimgraph: every answer says which article, and which span of it, it came from.
# Run this, then look at "extensions.provenance" at the bottom of the result.

query DisputesSideBySide {
  topics(first: 20) {
    totalCount
    nodes {
      question
      agreement
      claims(first: 10) {
        nodes {
          statement
          quantity { value unit qualifier low high words }
          source { slug publisher publishedAt }
          evidence { start end quote }
        }
      }
    }
  }
}
`;

export type ClaimgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** The yoga of a dataset. Settings default to the environment's (src/config.ts); tests pass their own. */
export function createClaimgraphYoga(dataset: Dataset, config: Config = configFromEnv()): ClaimgraphYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ dataset, provenance: new Set() }),
    plugins: [...(config.requestLog ? [requestLogPlugin()] : []), ...limitPlugins(schema, config), provenancePlugin(dataset)],
    renderGraphiQL,
    graphiql: { title: 'claimgraph', defaultQuery: DEFAULT_QUERY },
    // A public, read-only API: any listed origin may read it; cookies and credentials are never involved.
    cors: { origin: config.corsOrigins.length === 1 ? config.corsOrigins[0] : config.corsOrigins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'] },
    maxRequestBodySize: config.maxBodyBytes,
    // Batching stays off (yoga's default): one operation per request keeps the limits per request meaningful.
    batching: false,
    maskedErrors: true,
    landingPage: false,
    logging: false,
  });
}

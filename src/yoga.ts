/**
 * The configured yoga: schema, per-request context, provenance and GraphiQL.
 * Importable by tests, which call `yoga.fetch` with no network.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import type { Dataset } from './data/dataset.js';
import { provenancePlugin } from './provenance.js';
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

export function createClaimgraphYoga(dataset: Dataset): ClaimgraphYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ dataset, provenance: new Set() }),
    plugins: [provenancePlugin(dataset)],
    renderGraphiQL,
    graphiql: { title: 'claimgraph', defaultQuery: DEFAULT_QUERY },
    landingPage: false,
    logging: false,
  });
}

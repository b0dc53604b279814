/**
 * Peer (c): Apollo Server 5 on its standalone node:http integration, serving
 * claimgraph's Pothos schema object and data. No response cache, no persisted
 * query (APQ) cache, no cache-control hint computation, landing page off.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { announce, exitOnSignals, HOST, PORT } from './lifecycle.js';
import { makeContext, schema, type Context } from './shared.js';

const server = new ApolloServer<Context>({
  schema,
  persistedQueries: false,
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
});

const { url } = await startStandaloneServer(server, {
  listen: { port: PORT, host: HOST },
  context: async () => makeContext(),
});
exitOnSignals(() => server.stop());
announce('apollo', Number(new URL(url).port));

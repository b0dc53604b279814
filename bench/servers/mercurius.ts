/**
 * Peer (d): mercurius on fastify 5 with graphql-jit (`jit: 1`: a query is compiled
 * with graphql-jit after its first run), serving claimgraph's Pothos schema
 * object and data. GraphiQL off, fastify's logger off.
 */
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { announce, exitOnSignals, HOST, PORT } from './lifecycle.js';
import { makeContext, schema } from './shared.js';

const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema,
  jit: 1,
  graphiql: false,
  path: '/graphql',
  context: () => makeContext(),
});
await app.listen({ port: PORT, host: HOST });
exitOnSignals(() => app.close());
const address = app.server.address();
announce('mercurius', typeof address === 'object' && address ? address.port : PORT);

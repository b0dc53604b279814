/**
 * The server's answers, byte for byte, are those of plain graphql-js: for
 * every example operation (examples/operations/*.graphql, with the variables
 * of examples/operations/variables.json) and every benchmark query, the body
 * the real server sends over HTTP equals `JSON.stringify` of graphql-js's
 * `execute` over the same schema and data, with `extensions.provenance` made
 * from the articles that execution noted. However the server executes and
 * serialises (compiled plans, bytes written directly), this is what it must
 * produce. Asked twice, the second answer is a known request's (answered
 * from its plan without yoga): the same bytes. With the response cache on,
 * the first and the cached answer are the same bytes too.
 */
import { execute, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, fixedStore } from '../../src/graphql/context.js';
import { provenanceOf } from '../../src/graphql/provenance.js';
import { schema } from '../../src/graphql/schema.js';
import { post } from '../../tools/harness.js';
import { REQUEST_HEADERS } from '../../bench/queries.js';
import { bundled } from '../helpers/api.js';
import { exampleCases, type Case } from '../helpers/examples.js';
import { startServer, type RunningServer } from '../helpers/server.js';

const { store } = bundled();
const cases = await exampleCases(store);

/** graphql-js's answer, with the provenance its resolvers noted, as JSON.stringify writes it. */
async function referenceBytes(c: Case): Promise<Buffer> {
  const document: DocumentNode = parse(c.query);
  const context = createContext(fixedStore(store));
  const result = await execute({ schema, document, operationName: c.operationName, variableValues: c.variables, contextValue: context });
  expect(result.errors, `${c.name}: the example answers without errors`).toBeUndefined();
  return Buffer.from(JSON.stringify({ ...result, extensions: { provenance: provenanceOf(context.provenance, store.version) } }));
}

const body = (c: Case) => JSON.stringify({ query: c.query, ...(c.operationName ? { operationName: c.operationName } : {}), ...(c.variables ? { variables: c.variables } : {}) });

describe('answer bytes: the server against plain graphql-js', () => {
  let plain: RunningServer;
  let cached: RunningServer;
  beforeAll(async () => {
    [plain, cached] = await Promise.all([startServer({ NODE_ENV: 'production', CLAIMGRAPH_REQUEST_LOG: 'false' }), startServer({ NODE_ENV: 'production', CLAIMGRAPH_REQUEST_LOG: 'false', CLAIMGRAPH_RESPONSE_CACHE: 'true' })]);
  });
  afterAll(async () => {
    await Promise.all([plain?.stop(), cached?.stop()]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const expected = await referenceBytes(c);
    for (const accept of [REQUEST_HEADERS.accept, 'application/graphql-response+json']) {
      const headers = { ...REQUEST_HEADERS, accept };
      // Twice: yoga's answer, then the known request's (src/http/known-requests.ts).
      for (const round of ['yoga', 'known']) {
        const answer = await post(`${plain.origin}/graphql`, body(c), { headers });
        expect(answer.problems, `${accept} ${round}`).toEqual([]);
        expect(answer.bytes.equals(expected), `${accept} ${round}: ${answer.text.slice(0, 200)} …`).toBe(true);
      }
      // Twice from the cached server: the miss, then the hit.
      for (const round of ['miss', 'hit']) {
        const fromCache = await post(`${cached.origin}/graphql`, body(c), { headers });
        expect(fromCache.bytes.equals(expected), `${accept} response cache ${round}`).toBe(true);
      }
    }
  });
});

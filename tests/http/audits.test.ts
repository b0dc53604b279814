/**
 * GraphQL-over-HTTP compliance: graphql-http's server audits against the real
 * server on a free loopback port. Every MUST and every SHOULD passes (README,
 * "GraphQL over HTTP"), so every audit is asserted ok.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false' });
});
afterAll(async () => {
  await server?.stop();
});

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  const audits = serverAudits({ url: () => `${server.origin}/graphql` });
  it('runs the full audit list', () => {
    expect(audits.length).toBeGreaterThan(50);
    expect(audits.some((a) => a.name.startsWith('MUST'))).toBe(true);
    expect(audits.some((a) => a.name.startsWith('SHOULD'))).toBe(true);
  });
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? String(result.reason) : '').toBe('ok');
    });
  }
});

/**
 * A real server that runs only trusted documents
 * (CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY=true), with curation writes enabled (so
 * GET answers are max-age=0) and metrics off: the frontend example (urql,
 * sending ids over GET), GraphiQL's example tabs, every export and the article
 * texts still work; any other document is refused with its code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsAbout, createClient, disputes } from '../../examples/frontend/src/main.js';
import { TheSourcesDocument } from '../../src/generated/graphql.js';
import { EXAMPLE_TABS } from '../../src/http/yoga.js';
import { startServer, type RunningServer } from '../helpers/server.js';

const GR = 'application/graphql-response+json';
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false', CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY: 'true', CLAIMGRAPH_CURATOR_TOKENS: 'tester:test-curator-token', CLAIMGRAPH_METRICS: 'false' });
});
afterAll(async () => {
  await server?.stop();
});

const post = (body: object) => fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify(body) });

describe('a server that runs only trusted documents', () => {
  it('refuses a document of the client\'s own, over POST and GET, with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    const viaPost = await post({ query: '{ sources { totalCount } }' });
    const viaGet = await fetch(`${server.origin}/graphql?query=${encodeURIComponent('{ sources { totalCount } }')}`, { headers: { accept: GR } });
    for (const response of [viaPost, viaGet]) {
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(body.errors[0]!.message).toContain('This server runs only trusted documents');
    }
    // No document at all: still GraphQL over HTTP's 400.
    const none = await fetch(`${server.origin}/graphql`, { headers: { accept: GR } });
    expect(none.status).toBe(400);
  });

  it('answers trusted documents by id, max-age=0 while curation writes are enabled', async () => {
    const response = await fetch(`${server.origin}/graphql?documentId=${idOf(TheSourcesDocument)}`, { headers: { accept: GR } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=0');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it('runs the frontend example, which sends ids over GET', async () => {
    const sent: string[] = [];
    const client = createClient(`${server.origin}/graphql`);
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const lines = await disputes(client);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.some((l) => l.includes('Turkish'))).toBe(true);
      expect(await claimsAbout('Saraqib', client)).toBeGreaterThan(0);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      const url = new URL(request.slice(request.indexOf(' ') + 1));
      expect(request.startsWith('GET ')).toBe(true);
      expect(url.searchParams.get('documentId')).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(url.searchParams.has('query')).toBe(false);
    }
  });

  it("runs GraphiQL's example tabs, sent in full as GraphiQL sends them", async () => {
    expect(EXAMPLE_TABS.length).toBeGreaterThan(0);
    for (const tab of EXAMPLE_TABS) {
      const response = await post({ query: tab.query });
      expect(response.status, tab.query.slice(0, 60)).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
  });

  it('serves every export and the article texts', async () => {
    for (const path of ['/export/claims.csv?claimants=SOHR', '/export/events.csv?places=Saraqib', '/export/events.geojson', '/export/annotations.jsonld', '/sources/001_339d68250403d35f.txt']) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect((await response.text()).length, path).toBeGreaterThan(100);
    }
  });

  it('has no /metrics when CLAIMGRAPH_METRICS=false', async () => {
    expect((await fetch(`${server.origin}/metrics`)).status).toBe(404);
  });
});

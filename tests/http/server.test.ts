import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic.js';
import { DEFAULTS } from '../../src/config.js';
import { DATA_DIR } from '../helpers/api.js';
import { dataCopy, editJson } from '../helpers/fixtures.js';
import { startServer, type RunningServer } from '../helpers/server.js';

describe('the server process', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${server.origin}/ready`);
    expect(ready.status).toBe(200);
  });

  it('serves GraphQL at /graphql with provenance', async () => {
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sources(first: 10) { totalCount edges { node { id slug title publisher publishedAt } } } }' }),
    });
    const body = (await response.json()) as { data: { sources: { totalCount: number } }; extensions: { provenance: { sources: unknown[] } } };
    expect(body.data.sources.totalCount).toBe(5);
    expect(body.extensions.provenance.sources).toHaveLength(5);
  });

  it('serves GraphiQL with its scripts bundled (no CDN) and an example query', async () => {
    const page = await (await fetch(`${server.origin}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('claimgraph');
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
    expect(page).toContain('DisputesSideBySide');
  });

  it('enforces the request body limit at the HTTP edge: a declared length, and a chunked body as it arrives', async () => {
    const limit = DEFAULTS.maxBodyBytes;
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limit) } });
    const declared = await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    const chunked = (text: string) =>
      fetch(`${server.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(text)), c.close()) }),
        duplex: 'half',
      } as RequestInit);
    expect((await chunked(big)).status).toBe(413);
    const small = await chunked(JSON.stringify({ query: '{ sources { totalCount } }' }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as { data: unknown }).data).toEqual({ sources: { totalCount: 5 } });
  });

  it('prints the GraphiQL URL of the port it listens on, and stops cleanly on SIGTERM', async () => {
    const printed = /GraphiQL at http:\/\/localhost:(\d+)\/graphql/.exec(server.output());
    expect(printed?.[1]).toBe(new URL(server.origin).port);
    const other = await startServer();
    expect(await other.stop()).toBe(0);
    expect(other.output()).toContain('SIGTERM received');
  });
});

describe('start-up: listen first, then load', () => {
  let corpus: string;
  beforeAll(async () => {
    // A corpus that takes a second or two to load, so the load is seen from outside.
    corpus = mkdtempSync(join(tmpdir(), 'claimgraph-corpus-'));
    await generateCorpus(DATA_DIR, corpus, 40);
  }, 120_000);
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('answers /health 200 and /ready 503 while the data loads, then /ready 200', async () => {
    const server = await startServer({ CLAIMGRAPH_DATA_DIR: join(corpus, 'data') }, { until: 'listening' });
    try {
      expect((await fetch(`${server.origin}/health`)).status).toBe(200);
      const loading = await fetch(`${server.origin}/ready`);
      expect(loading.status).toBe(503);
      expect(await loading.text()).toBe('loading data\n');
      expect((await fetch(`${server.origin}/graphql?query=%7B__typename%7D`)).status).toBe(503);
      await server.ready;
      expect((await fetch(`${server.origin}/ready`)).status).toBe(200);
      const answer = await fetch(`${server.origin}/graphql?query=${encodeURIComponent('{ sources { totalCount } }')}`);
      expect(((await answer.json()) as { data: unknown }).data).toEqual({ sources: { totalCount: 200 } });
    } finally {
      await server.stop();
    }
  });
});

describe('start-up on invalid data', () => {
  it('refuses to start, exits non-zero and lists every problem', async () => {
    const dir = dataCopy();
    editJson(dir, 'sources/000_2ac73e63980c6d56.json', (m) => (m.sha256 = '0'.repeat(64)));
    editJson(dir, 'entities/actors.json', (a) => (a[0].kind = 'WIZARD'));
    const failure = await startServer({ CLAIMGRAPH_DATA_DIR: dir }).then(
      () => null,
      (e: { code: number; output: string }) => e,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(1);
    expect(failure!.output).toContain('refusing to start');
    expect(failure!.output).toContain(join('sources', '000_2ac73e63980c6d56.json').replace(/\\/g, '/') + ' $.sha256');
    expect(failure!.output).toContain('entities/actors.json $[0].kind');
  });
});

/**
 * Known requests (src/http/known-requests.ts): a POST yoga answered from a
 * plan is answered again without yoga, with the same status, headers and
 * bytes; only such requests are, and a new data version forgets them. Part
 * one drives the module over loopback HTTP in-process, so that it can count
 * which path answered; part two checks, on the real server, that a known
 * answer is still counted by the metrics and written to the request log.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import type { MemoryStore } from '../../src/domain/store.js';
import { readWithin } from '../../src/http/body-limit.js';
import { compiledExecution, type CompiledExecution } from '../../src/http/compiled-execution.js';
import { knownRequests, type KnownRequests } from '../../src/http/known-requests.js';
import { createClaimgraphYoga, GRAPHQL_PATH } from '../../src/http/yoga.js';
import { loadStore } from '../../src/load/index.js';
import { bundled } from '../helpers/api.js';
import { exampleCases } from '../helpers/examples.js';
import { dataCopy, editJson } from '../helpers/fixtures.js';
import { startServer, type RunningServer } from '../helpers/server.js';

const { store } = bundled();
const cases = await exampleCases(store);
const bodyOf = (c: (typeof cases)[number]) => JSON.stringify({ query: c.query, ...(c.operationName ? { operationName: c.operationName } : {}), ...(c.variables ? { variables: c.variables } : {}) });

interface Reply {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

async function send(origin: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(`${origin}${GRAPHQL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const sent: Record<string, string> = {};
  response.headers.forEach((value, name) => name !== 'date' && (sent[name] = value));
  return { status: response.status, headers: sent, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('known requests, in-process over loopback', () => {
  let current: MemoryStore = store;
  let planRuns = 0;
  let known: KnownRequests;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const stores = { current: () => current };
    const compiled = compiledExecution();
    // Counts the answers made without yoga.
    const counting: CompiledExecution = { ...compiled, answer: (planned, context) => (planRuns++, compiled.answer(planned, context)) };
    const yoga = createClaimgraphYoga(stores, { ...DEFAULTS, requestLog: false, corsOrigins: ['http://a.example', 'http://b.example'] }, { compiled, bodyLimitAtEdge: true });
    known = knownRequests({ yoga, compiled: counting, stores, graphqlPath: GRAPHQL_PATH, writes: null, metrics: null, log: null });
    server = createServer((req, res) => {
      if (!known.eligible(req)) return void yoga(req, res);
      void readWithin(req, DEFAULTS.maxBodyBytes).then((body) => known.serve(req, res, body!));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers every example query the second time from its plan, with the status, headers and bytes yoga sent', async () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) {
      for (const headers of [{ accept: 'application/json' }, { accept: 'application/graphql-response+json', origin: 'http://a.example' }] as Array<Record<string, string>>) {
        const before = planRuns;
        const first = await send(origin, bodyOf(c), headers);
        expect(first.status, c.name).toBe(200);
        expect(planRuns, `${c.name}: the first answer is yoga's`).toBe(before);
        const second = await send(origin, bodyOf(c), headers);
        expect(planRuns, `${c.name}: the second answer is the plan's`).toBe(before + 1);
        expect(second.headers, c.name).toEqual(first.headers);
        expect(second.bytes.equals(first.bytes), c.name).toBe(true);
      }
    }
  });

  it('keeps each origin and Accept apart: a new one is answered by yoga first, with its own CORS headers', async () => {
    const body = bodyOf(cases[0]!);
    await send(origin, body, { origin: 'http://a.example' });
    const before = planRuns;
    const other = await send(origin, body, { origin: 'http://b.example' });
    expect(planRuns).toBe(before);
    expect(other.headers['access-control-allow-origin']).toBe('http://b.example');
    const again = await send(origin, body, { origin: 'http://b.example' });
    expect(planRuns).toBe(before + 1);
    expect(again.headers['access-control-allow-origin']).toBe('http://b.example');
  });

  it('never knows an answer with errors, a curator\'s request, or a mutation', async () => {
    const runs = planRuns;
    const size = known.size;
    const failing = JSON.stringify({ query: '{ node(id: "no-such-id") { id } }' });
    const refused = JSON.stringify({ query: '{ claims(first: 100000) { totalCount } }' });
    const mutation = JSON.stringify({ query: 'mutation { reviewClaim(input: { id: "x", status: CONFIRMED, expectedDataVersion: "y" }) { claim { id } } }' });
    for (const body of [failing, refused, mutation]) {
      const [a, b] = [await send(origin, body), await send(origin, body)];
      expect(a.bytes.equals(b.bytes)).toBe(true);
      expect(JSON.parse(a.bytes.toString()).errors?.length, body).toBeGreaterThan(0);
    }
    const withToken = bodyOf(cases[0]!);
    await send(origin, withToken, { authorization: 'Bearer t' });
    await send(origin, withToken, { authorization: 'Bearer t' });
    expect(planRuns).toBe(runs);
    expect(known.size).toBe(size);
  });

  it('forgets every known request when the data version changes, and answers from the new data', async () => {
    const body = JSON.stringify({ query: '{ sources(first: 1) { nodes { slug title } } }' });
    await send(origin, body);
    const known1 = await send(origin, body);
    expect(known.size).toBeGreaterThan(0);
    const copy = dataCopy();
    const slug = JSON.parse(known1.bytes.toString()).data.sources.nodes[0].slug as string;
    editJson(copy, `sources/${slug}.json`, (source) => (source.title = 'A title changed by the test'));
    current = await loadStore(copy);
    expect(current.version).not.toBe(store.version);
    const runs = planRuns;
    const after = await send(origin, body);
    expect(planRuns, "the new version's first answer is yoga's").toBe(runs);
    expect(known.size).toBe(1);
    expect(JSON.parse(after.bytes.toString()).data.sources.nodes[0].title).toBe('A title changed by the test');
    const again = await send(origin, body);
    expect(planRuns).toBe(runs + 1);
    expect(again.bytes.equals(after.bytes)).toBe(true);
    current = store;
  });
});

describe('known requests on the real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ NODE_ENV: 'production', CLAIMGRAPH_REQUEST_LOG: 'true', CLAIMGRAPH_METRICS: 'true' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('counts known answers in the metrics and writes them to the request log, as yoga does', async () => {
    const named = cases.find((c) => c.operationName && !c.variables);
    expect(named).toBeDefined();
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await send(server.origin, bodyOf(named!)));
    for (const reply of replies) expect(reply.bytes.equals(replies[0]!.bytes)).toBe(true);
    const metrics = await (await fetch(`${server.origin}/metrics`)).text();
    const count = new RegExp(`^graphql_requests_total\\{operation="${named!.operationName}",outcome="success"\\} (\\d+)$`, 'm').exec(metrics);
    expect(count?.[1]).toBe('3');
    const histogram = new RegExp(`^graphql_request_duration_seconds_count\\{operation="${named!.operationName}",outcome="success"\\} (\\d+)$`, 'm').exec(metrics);
    expect(histogram?.[1]).toBe('3');
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes(`"operation":"${named!.operationName}"`));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ method: 'POST', path: GRAPHQL_PATH, status: 200 });
  });
});

/**
 * Running it in production, against the real server on loopback started with
 * OTEL_EXPORTER_OTLP_ENDPOINT pointing at a throwaway OTLP/HTTP receiver
 * (tests/helpers/otlp-receiver.ts) and resolver spans on:
 * - a trusted document fetched by id over GET carries Cache-Control, Vary and
 *   an ETag that gives 304; a GET answer equals its POST twin byte for byte;
 * - /metrics parses as Prometheus text, with the request histogram, bounded
 *   labels, errors by code, limit refusals, the dataset and process metrics;
 * - every selector of /export/annotations.jsonld re-anchors in the article
 *   text served at its target;
 * - the receiver gets the traces: an HTTP server span per request, parse,
 *   validate and execute spans with the operation name, resolver spans; and
 *   nothing of OpenTelemetry is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TheSourcesDocument, ViewerArticleDocument } from '../../src/generated/graphql.js';
import { trustedDocuments } from '../../src/http/trusted-documents.js';
import { expectEach } from '../helpers/expect.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver.js';
import { startServer, type RunningServer } from '../helpers/server.js';
import { reanchor, targetsOf, textUrlOf, type Annotation } from '../helpers/web-annotations.js';

const GR = 'application/graphql-response+json';
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

let receiver: OtlpReceiver;
let server: RunningServer;
/** The requests this test sends to /graphql: each must make one HTTP server span. */
let graphqlRequests = 0;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  server = await startServer({
    CLAIMGRAPH_REQUEST_LOG: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_SERVICE_NAME: 'claimgraph-under-test',
    // Standard variables, honoured by the SDK: export often, and keep every span of this test.
    OTEL_BSP_SCHEDULE_DELAY: '200',
    OTEL_BSP_MAX_QUEUE_SIZE: '100000',
    CLAIMGRAPH_TRACE_RESOLVERS: 'true',
  });
});
afterAll(async () => {
  await server?.stop();
  await receiver?.close();
});

async function graphql(path: string, init: RequestInit = {}): Promise<Response> {
  graphqlRequests++;
  return fetch(`${server.origin}${path}`, init);
}
const getById = (id: string, variables?: object, headers: Record<string, string> = {}) =>
  graphql(`/graphql?${new URLSearchParams({ documentId: id, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`, { headers: { accept: GR, ...headers } });
const post = (body: object, headers: Record<string, string> = {}) => graphql('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GR, ...headers }, body: JSON.stringify(body) });

describe('caching behind a proxy', () => {
  it('a variable-free document from the manifest, by id over GET: Cache-Control with max-age, Vary, and an ETag that gives 304', async () => {
    const first = await getById(idOf(TheSourcesDocument), undefined, { traceparent: TRACEPARENT });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toContain('Accept');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(((await first.json()) as { data: { sources: { totalCount: number } } }).data.sources.totalCount).toBe(5);
    const again = await getById(idOf(TheSourcesDocument), undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('answers a GET exactly as its POST twin, byte for byte, by id as by query; the POST is no-store', async () => {
    const slug = '001_339d68250403d35f';
    const twins: Array<{ get: () => Promise<Response>; post: () => Promise<Response> }> = [
      { get: () => getById(idOf(TheSourcesDocument)), post: () => post({ documentId: idOf(TheSourcesDocument) }) },
      { get: () => getById(idOf(ViewerArticleDocument), { slug }), post: () => post({ documentId: idOf(ViewerArticleDocument), variables: { slug } }) },
      {
        get: () => graphql(`/graphql?${new URLSearchParams({ query: 'query ($n: Int) { claims(first: $n) { nodes { id statement } } }', variables: '{"n":3}' })}`, { headers: { accept: GR } }),
        post: () => post({ query: 'query ($n: Int) { claims(first: $n) { nodes { id statement } } }', variables: { n: 3 } }),
      },
    ];
    for (const twin of twins) {
      const viaGet = await twin.get();
      const viaPost = await twin.post();
      expect(viaGet.status).toBe(200);
      expect(viaPost.status).toBe(200);
      const [getBytes, postBytes] = [Buffer.from(await viaGet.arrayBuffer()), Buffer.from(await viaPost.arrayBuffer())];
      expect(getBytes.length).toBeGreaterThan(100);
      expect(getBytes.equals(postBytes)).toBe(true);
      expect(viaGet.headers.get('content-type')).toBe(viaPost.headers.get('content-type'));
      expect(viaPost.headers.get('cache-control')).toBe('no-store');
      expect(viaPost.headers.get('etag')).toBeNull();
    }
  });
});

/** A minimal reader of the Prometheus text exposition format: every line must be a comment or a sample. */
function parsePrometheus(text: string): { types: Map<string, string>; samples: Array<{ name: string; labels: Record<string, string>; value: number }> } {
  const types = new Map<string, string>();
  const samples: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line.startsWith('#')) {
      expect(line, 'a comment is HELP or TYPE').toMatch(/^# (HELP|TYPE) /);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+]+|NaN|\+Inf|-Inf)$/.exec(line);
    expect(sample, `a sample line: ${line}`).not.toBeNull();
    const labels = Object.fromEntries([...(sample![2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    samples.push({ name: sample![1]!, labels, value: Number(sample![3]) });
  }
  return { types, samples };
}

describe('Prometheus metrics at /metrics', () => {
  it('counts requests by bounded operation and outcome, errors by code, limit refusals by limit; dataset and process metrics', async () => {
    // A named operation of no trusted document, a syntax error, a depth over the limit, a body over the limit.
    expect((await post({ query: 'query MyOwnNameX1 { sources { totalCount } }' })).status).toBe(200);
    expect((await post({ query: '{ sources {' })).status).toBe(400);
    expect((await post({ query: `{ places { nodes { ${'within { '.repeat(14)}key${' }'.repeat(14)} } } }` })).status).toBe(400);
    // (Refused at the HTTP edge, before yoga: no trace, so not counted in graphqlRequests.)
    const tooLarge = await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(70_000) } }) });
    expect(tooLarge.status).toBe(413);

    const response = await fetch(`${server.origin}/metrics`, { headers: { origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    // Never readable by another origin's page.
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const { types, samples } = parsePrometheus(await response.text());
    const value = (name: string, labels: Record<string, string> = {}) => samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

    expect(types.get('graphql_request_duration_seconds')).toBe('histogram');
    expect(types.get('graphql_requests_total')).toBe('counter');
    const buckets = samples.filter((s) => s.name === 'graphql_request_duration_seconds_bucket' && s.labels.operation === 'TheSources' && s.labels.outcome === 'success');
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets.at(-1)!.labels.le).toBe('+Inf');
    expect(value('graphql_request_duration_seconds_count', { operation: 'TheSources', outcome: 'success' })).toBeGreaterThanOrEqual(2);
    expect(value('graphql_requests_total', { operation: 'TheSources', outcome: 'not_modified' })).toBe(1);
    // A client's own operation name is never a label value.
    expect(value('graphql_requests_total', { operation: 'other', outcome: 'success' })).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.includes('MyOwnNameX1') || v.includes('/graphql') || v.includes('{')))).toBe(false);
    const operations = new Set(samples.filter((s) => s.name === 'graphql_requests_total').map((s) => s.labels.operation!));
    expectEach([...operations], (o) => o === 'other' || o === 'anonymous' || trustedDocuments().operationNames.has(o), 'operation labels');

    expect(value('graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(value('graphql_errors_total', { code: 'LIMIT_EXCEEDED' })).toBeGreaterThanOrEqual(1);
    expect(value('graphql_errors_total', { code: 'REQUEST_ENTITY_TOO_LARGE' })).toBe(1);
    expect(value('graphql_limit_refusals_total', { limit: 'depth' })).toBe(1);
    expect(value('graphql_limit_refusals_total', { limit: 'body' })).toBe(1);
    expect(value('graphql_response_cache_hits_total')).toBe(0);

    expect(value('graphql_dataset_records', { kind: 'sources' })).toBe(5);
    const api = (await (await post({ query: '{ claims { totalCount } events { totalCount } }' })).json()) as { data: { claims: { totalCount: number }; events: { totalCount: number } }; extensions: { provenance: { dataVersion: string } } };
    expect(value('graphql_dataset_records', { kind: 'claims' })).toBe(api.data.claims.totalCount);
    expect(value('graphql_dataset_records', { kind: 'events' })).toBe(api.data.events.totalCount);
    expect(value('graphql_dataset_info', { data_version: api.extensions.provenance.dataVersion })).toBe(1);
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) expect(types.has(name), name).toBe(true);
  });
});

describe('the W3C Web Annotation export', () => {
  it('re-anchors every selector of every page in the text its target serves', async () => {
    const collection = (await (await fetch(`${server.origin}/export/annotations.jsonld`)).json()) as { total: number; last: string; first: { items: Annotation[]; next?: string } };
    const annotations: Annotation[] = [...collection.first.items];
    for (let next = collection.first.next; next; ) {
      const page = (await (await fetch(next)).json()) as { items: Annotation[]; next?: string };
      annotations.push(...page.items);
      next = page.next;
    }
    expect(annotations).toHaveLength(collection.total);
    const targets = annotations.flatMap(targetsOf);
    expect(targets.length).toBeGreaterThanOrEqual(annotations.length);
    const texts = new Map<string, string>();
    for (const target of targets) {
      const textUrl = textUrlOf(target);
      if (!texts.has(textUrl)) {
        const response = await fetch(textUrl);
        expect(response.status, textUrl).toBe(200);
        texts.set(textUrl, await response.text());
      }
      reanchor(texts.get(textUrl)!, target);
    }
    expect(texts.size).toBe(5);
  });
});

describe('OpenTelemetry traces', () => {
  const byName = (name: string) => receiver.spans.filter((s) => s.name === name);

  it('exports a trace per request: an HTTP server span, parse, validate and execute spans with the operation name, resolver spans', async () => {
    expect((await fetch(`${server.origin}/export/claims.csv?sources=001_339d68250403d35f`)).status).toBe(200);
    // The SDK exports what it buffered when the server stops (SIGTERM).
    expect(await server.stop()).toBe(0);
    expect(receiver.exports()).toBeGreaterThan(0);
    // Traces only: no metrics or logs are exported.
    expect(receiver.otherPaths).toEqual([]);
    expectEach(receiver.spans, (s) => s.service === 'claimgraph-under-test', 'spans: the service name of OTEL_SERVICE_NAME');

    const serverSpans = receiver.spans.filter((s) => s.kind === 2 && s.attributes['url.path'] === '/graphql');
    expect(serverSpans).toHaveLength(graphqlRequests);
    expectEach(serverSpans, (s) => /^(GET|POST) \/graphql$/.test(s.name) && s.attributes['http.route'] === '/graphql' && typeof s.attributes['http.response.status_code'] === 'number');

    // The first request came with a W3C traceparent: its trace continues it.
    const first = await receiver.waitFor((s) => s.kind === 2 && s.parentSpanId === '00f067aa0ba902b7');
    expect(first).toMatchObject({ name: 'GET /graphql', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });
    expect(first.attributes['graphql.document.id']).toBe(idOf(TheSourcesDocument));
    const inTrace = receiver.spans.filter((s) => s.traceId === first.traceId);
    for (const name of ['graphql.parse', 'graphql.validate', 'graphql.execute']) {
      const span = inTrace.find((s) => s.name === name);
      expect(span, name).toBeDefined();
      expect(span!.parentSpanId).toBe(first.spanId);
      expect(span!.attributes).toMatchObject({ 'graphql.operation.name': 'TheSources', 'graphql.operation.type': 'query' });
    }
    const execute = inTrace.find((s) => s.name === 'graphql.execute')!;
    expect(inTrace.find((s) => s.name === 'graphql.resolve Query.sources')).toMatchObject({ parentSpanId: execute.spanId, attributes: { 'graphql.field.path': 'sources' } });

    // An export's own GraphQL request is part of the export's trace.
    const exportSpan = byName('GET /export/claims.csv')[0]!;
    expect(exportSpan.kind).toBe(2);
    const inner = receiver.spans.find((s) => s.traceId === exportSpan.traceId && s.name === 'POST /graphql');
    expect(inner).toMatchObject({ kind: 1, parentSpanId: exportSpan.spanId });
    expect(receiver.spans.some((s) => s.traceId === exportSpan.traceId && s.name === 'graphql.execute' && s.attributes['graphql.operation.name'] === 'ExportClaims')).toBe(true);

    // A request refused in validation has a validate span marked as an error, and no execute span.
    const failed = receiver.spans.filter((s) => s.name === 'graphql.validate' && s.attributes['graphql.validation.errors']);
    expect(failed.length).toBeGreaterThan(0);

    // Nothing of OpenTelemetry on stdout or stderr: every line is the server's own.
    const lines = server.output().split('\n').filter(Boolean);
    expectEach(lines, (l) => l.startsWith('claimgraph: '), 'server output lines');
  });
});

export type { ReceivedSpan };

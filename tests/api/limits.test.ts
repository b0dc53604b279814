import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, DEFAULTS } from '../../src/config.js';
import { requestLogPlugin } from '../../src/request-log.js';
import { createClaimgraphYoga } from '../../src/yoga.js';
import { createYoga } from 'graphql-yoga';
import { schema } from '../../src/schema/index.js';
import { bundled, post } from '../helpers/api.js';

const { dataset } = bundled();
const small = createClaimgraphYoga(
  dataset,
  configFromEnv({
    CLAIMGRAPH_MAX_DEPTH: '3',
    CLAIMGRAPH_MAX_ALIASES: '2',
    CLAIMGRAPH_MAX_TOKENS: '30',
    CLAIMGRAPH_MAX_DIRECTIVES: '1',
    CLAIMGRAPH_MAX_COST: '100',
    CLAIMGRAPH_MAX_BODY_BYTES: '300',
    CLAIMGRAPH_INTROSPECTION: 'false',
    CLAIMGRAPH_REQUEST_LOG: 'false',
  }),
);
const ask = (query: string, yoga = small) => post({ query }, {}, yoga);

describe('limits, enforced before execution, each configurable by environment', () => {
  it.each([
    ['depth', '{ sources { nodes { claims { nodes { id } } } } }', 'Query depth limit of 3 exceeded, found 5.'],
    ['aliases', '{ a: sources { totalCount } b: sources { totalCount } c: sources { totalCount } }', 'Aliases limit of 2 exceeded, found 3.'],
    ['directives', '{ sources { totalCount @include(if: true) nodes { slug @skip(if: false) } } }', 'Directives limit of 1 exceeded, found 2.'],
    ['cost', '{ claims(first: 100) { nodes { id } } }', 'Query cost limit of 100 exceeded, found 101. Lists count by their page size (first/last): ask for smaller pages.'],
  ])('%s: a clear error naming the limit and its value', async (limit, query, message) => {
    const result = await ask(query);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ message, extensions: { code: 'LIMIT_EXCEEDED', limit } });
  });

  it('tokens: counted while parsing', async () => {
    const query = `{ sources(first: 1) { nodes { ${'slug '.repeat(30)} } } }`;
    const result = await ask(query);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toBe('Token limit of 30 exceeded.');
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 30 });
  });

  it('cost counts list fields by their page size, and one error answers many root fields', async () => {
    const ten = await ask('{ claims(first: 10) { nodes { id } } }');
    expect(ten.errors).toBeUndefined();
    const twoRoots = await post({ query: '{ a: claims(first: 60) { nodes { id } } b: claims(first: 60) { nodes { id } } }' }, {}, small);
    expect(twoRoots.errors).toHaveLength(1);
    expect(twoRoots.errors![0]!.message).toContain('found 122');
  });

  it('request body: 413 naming the problem', async () => {
    const result = await post({ query: '{ sources { totalCount } }', variables: { padding: 'x'.repeat(400) } }, {}, small);
    expect(result.status).toBe(413);
    expect(result.errors![0]).toMatchObject({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('introspection can be turned off, and is on by default', async () => {
    const off = await ask('{ __schema { queryType { name } } }');
    expect(off.status).toBe(400);
    expect(off.errors![0]!.message).toContain('introspection has been disabled');
    const on = await post({ query: '{ __schema { queryType { name } } }' });
    expect(on.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('field suggestions are hidden unless NODE_ENV=development', async () => {
    const hidden = await post({ query: '{ sourcs { totalCount } }' });
    expect(hidden.errors![0]!.message).toBe('Cannot query field "sourcs" on type "Query". [Suggestion hidden]');
    const dev = createClaimgraphYoga(dataset, configFromEnv({ NODE_ENV: 'development', CLAIMGRAPH_REQUEST_LOG: 'false' }));
    const shown = await post({ query: '{ sourcs { totalCount } }' }, {}, dev);
    expect(shown.errors![0]!.message).toContain('Did you mean "source", "sources"');
  });

  it('the defaults are the documented ones, and a malformed setting names its variable', () => {
    expect(configFromEnv({})).toEqual({ ...DEFAULTS });
    expect(DEFAULTS).toMatchObject({ maxDepth: 12, maxAliases: 15, maxTokens: 1000, maxDirectives: 10, maxCost: 500_000, maxBodyBytes: 65_536, introspection: true, corsOrigins: ['*'] });
    expect(() => configFromEnv({ CLAIMGRAPH_MAX_DEPTH: 'deep' })).toThrow(new ConfigError('CLAIMGRAPH_MAX_DEPTH must be a positive integer, got "deep"'));
    expect(() => configFromEnv({ CLAIMGRAPH_MAX_COST: '0' })).toThrow(/CLAIMGRAPH_MAX_COST must be a positive integer/);
    expect(() => configFromEnv({ CLAIMGRAPH_INTROSPECTION: 'maybe' })).toThrow('CLAIMGRAPH_INTROSPECTION must be true or false, got "maybe"');
  });
});

describe('CORS', () => {
  const preflight = (yoga: ReturnType<typeof createClaimgraphYoga>, origin: string) =>
    yoga.fetch('http://claimgraph.test/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('allows any origin without credentials by default', async () => {
    const response = await preflight(bundled().yoga, 'http://localhost:5173');
    expect(['*', 'http://localhost:5173']).toContain(response.headers.get('access-control-allow-origin'));
    expect(response.headers.get('access-control-allow-credentials')).not.toBe('true');
  });

  it('restricts to CLAIMGRAPH_CORS_ORIGINS when set', async () => {
    const yoga = createClaimgraphYoga(dataset, configFromEnv({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example', CLAIMGRAPH_REQUEST_LOG: 'false' }));
    expect((await preflight(yoga, 'https://b.example')).headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect((await preflight(yoga, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('request log', () => {
  it('writes one JSON line per request with operation name, status and duration', async () => {
    const lines: string[] = [];
    const yoga = createYoga({ schema, context: () => ({ dataset, provenance: new Set() }), plugins: [requestLogPlugin((l) => lines.push(l))], logging: false });
    await yoga.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Count { sources { totalCount } }', operationName: 'Count' }) });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ method: 'POST', path: '/graphql', operation: 'Count', status: 200 });
    expect(typeof entry.ms).toBe('number');
    expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
  });
});

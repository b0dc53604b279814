import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, configFromEnv, ENV_NAMES } from '../../src/config.js';
import { requestLogPlugin } from '../../src/http/request-log.js';
import { createClaimgraphYoga } from '../../src/http/yoga.js';
import { createYoga } from 'graphql-yoga';
import { createContext, fixedStore } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import { bundled, post } from '../helpers/api.js';

const { store } = bundled();
const small = createClaimgraphYoga(
  fixedStore(store),
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

/** README's limits table: each variable with its documented default (numbers without separators). */
function readmeLimits(): Map<string, string> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\| [^|]+ \| ([^|]+) \| `(CLAIMGRAPH_[A-Z_]+)` \|/gm)) rows.set(match[2]!, match[1]!.trim().replace(/,/g, '').split(' ')[0]!);
  return rows;
}

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
    const dev = createClaimgraphYoga(fixedStore(store), configFromEnv({ NODE_ENV: 'development', CLAIMGRAPH_REQUEST_LOG: 'false' }));
    const shown = await post({ query: '{ sourcs { totalCount } }' }, {}, dev);
    expect(shown.errors![0]!.message).toContain('Did you mean "source", "sources"');
  });

  it('the defaults are the documented ones, and a malformed setting names its variable', () => {
    const documented = readmeLimits();
    expect(documented.size).toBeGreaterThan(5);
    const defaults = configFromEnv({});
    for (const [variable, value] of documented) {
      const key = (Object.keys(ENV_NAMES) as Array<keyof typeof ENV_NAMES>).find((k) => ENV_NAMES[k] === variable);
      expect(key, `README names ${variable}, which src/config.ts does not read`).toBeDefined();
      expect(String(defaults[key!]), variable).toBe(value);
    }
    expect(defaults).toMatchObject({ maxDepth: 12, maxAliases: 15, maxTokens: 1000, maxDirectives: 10, maxCost: 500_000, maxBodyBytes: 65_536, introspection: true, corsOrigins: ['*'], responseCache: false, requestLog: true });
    expect(() => configFromEnv({ CLAIMGRAPH_MAX_DEPTH: 'deep' })).toThrow(new ConfigError('CLAIMGRAPH_MAX_DEPTH must be a positive integer, got "deep"'));
    expect(() => configFromEnv({ CLAIMGRAPH_MAX_COST: '0' })).toThrow(/CLAIMGRAPH_MAX_COST must be a positive integer/);
    expect(() => configFromEnv({ CLAIMGRAPH_INTROSPECTION: 'maybe' })).toThrow('CLAIMGRAPH_INTROSPECTION must be true or false, got "maybe"');
  });
});

describe('the cost budget', () => {
  const tight = createClaimgraphYoga(fixedStore(store), configFromEnv({ CLAIMGRAPH_MAX_COST: '10', CLAIMGRAPH_REQUEST_LOG: 'false' }));

  it('counts a map by the features its filter matches, so a whole map is refused like a large page', async () => {
    const features = store.events().reduce((n, e) => n + e.places.length, 0);
    expect(features).toBeGreaterThan(10);
    const whole = await post({ query: '{ geojson }' }, {}, tight);
    expect(whole.status).toBe(400);
    expect(whole.errors?.[0]).toMatchObject({ message: `Query cost limit of 10 exceeded, found ${1 + features}. Lists count by their page size (first/last): ask for smaller pages.`, extensions: { code: 'LIMIT_EXCEEDED', limit: 'cost' } });
    const tehran = store.events({ places: [store.record('Place', 'tehran')!] });
    const small = await post({ query: '{ geojson(filterBy: { places: ["tehran"] }) }' }, {}, tight);
    expect(tehran.reduce((n, e) => n + e.places.length, 0)).toBeLessThan(10);
    expect(small.status).toBe(200);
    expect((small.data as { geojson: { features: unknown[] } }).geojson.features).toHaveLength(tehran.reduce((n, e) => n + e.places.length, 0));
  });

  it('refuses a page of a page as its product, while the same fields in a small page pass', async () => {
    expect((await post({ query: '{ events(first: 3) { totalCount } }' }, {}, tight)).status).toBe(200);
    const nested = await post({ query: '{ events(first: 3) { nodes { claims(first: 5) { totalCount } } } }' }, {}, tight);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', max: 10 });
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
    const yoga = createClaimgraphYoga(fixedStore(store), configFromEnv({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example', CLAIMGRAPH_REQUEST_LOG: 'false' }));
    expect((await preflight(yoga, 'https://b.example')).headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect((await preflight(yoga, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('request log', () => {
  it('writes one JSON line per request with operation name, status and duration', async () => {
    const lines: string[] = [];
    const yoga = createYoga({ schema, context: () => createContext(fixedStore(store)), plugins: [requestLogPlugin((l) => lines.push(l))], logging: false });
    await yoga.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Count { sources { totalCount } }', operationName: 'Count' }) });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ method: 'POST', path: '/graphql', operation: 'Count', status: 200 });
    expect(typeof entry.ms).toBe('number');
    expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
  });
});

/**
 * HTTP caching headers through `yoga.fetch`: what a CDN or reverse proxy sees
 * on GET answers, POST answers and errors, with the response cache on and off,
 * and the max-age settings. The same over real HTTP, with a GET answer
 * compared byte for byte with its POST twin, is tests/http/production.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/config.js';
import { TheSourcesDocument, ViewerArticleDocument } from '../../src/generated/graphql.js';
import { bundled, yogaOf } from '../helpers/api.js';

const GR = 'application/graphql-response+json';
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const { store, yoga } = bundled();
const cached = yogaOf(store, { responseCache: true });
const url = (params: Record<string, string>) => `http://claimgraph.test/graphql?${new URLSearchParams(params)}`;
const get = (params: Record<string, string>, headers: Record<string, string> = {}, y = yoga) => y.fetch(url(params), { headers: { accept: GR, ...headers } });

describe('HTTP caching', () => {
  it('a GET answer is public for max-age, varies by Accept, and has a strong ETag, the same with the response cache on or off', async () => {
    const cases: Array<Record<string, string>> = [{ documentId: idOf(TheSourcesDocument) }, { query: '{ sources { totalCount } }' }, { documentId: idOf(ViewerArticleDocument), variables: JSON.stringify({ slug: store.sources()[0]!.slug }) }];
    for (const params of cases) {
      const plain = await get(params);
      const fromCache = await (await get(params, {}, cached), get(params, {}, cached));
      expect(plain.status).toBe(200);
      expect(plain.headers.get('cache-control')).toBe('public, max-age=60');
      expect(plain.headers.get('vary')).toContain('Accept');
      expect(plain.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
      expect(plain.headers.get('last-modified')).toBeNull();
      expect(fromCache.headers.get('etag')).toBe(plain.headers.get('etag'));
      expect(fromCache.headers.get('cache-control')).toBe('public, max-age=60');
      expect(fromCache.headers.get('last-modified')).toBeNull();
      expect(await fromCache.text()).toBe(await plain.text());
    }
  });

  it('derives the ETag from the document or its id, the variables and the media type', async () => {
    const etag = async (params: Record<string, string>, accept = GR) => (await get(params, { accept })).headers.get('etag');
    const slugs = store.sources().map((s) => s.slug);
    const tags = [
      await etag({ documentId: idOf(TheSourcesDocument) }),
      await etag({ documentId: idOf(TheSourcesDocument) }, 'application/json'),
      await etag({ query: '{ sources { totalCount } }' }),
      await etag({ query: '{ sources { totalCount nodes { slug } } }' }),
      await etag({ documentId: idOf(ViewerArticleDocument), variables: JSON.stringify({ slug: slugs[0] }) }),
      await etag({ documentId: idOf(ViewerArticleDocument), variables: JSON.stringify({ slug: slugs[1] }) }),
    ];
    expect(tags.every((t) => t !== null)).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    // The same inputs, the same tag; a bare hash is the same id.
    expect(await etag({ documentId: idOf(TheSourcesDocument).slice('sha256:'.length) })).toBe(tags[0]);
  });

  it('answers If-None-Match with 304 before any work, by id as by query, for a weak or listed tag too', async () => {
    const cases: Array<Record<string, string>> = [{ documentId: idOf(TheSourcesDocument) }, { query: '{ sources { totalCount } }' }];
    for (const params of cases) {
      const first = await get(params);
      const etag = first.headers.get('etag')!;
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const again = await get(params, { 'if-none-match': ifNoneMatch });
        expect(again.status, ifNoneMatch).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('cache-control')).toBe('public, max-age=60');
      }
      const stale = await get(params, { 'if-none-match': '"0000"' });
      expect(stale.status).toBe(200);
      expect(stale.headers.get('etag')).toBe(etag);
    }
  });

  it('makes POST answers and error answers no-store, without an ETag', async () => {
    const posted = await yoga.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify({ documentId: idOf(TheSourcesDocument) }) });
    expect(posted.status).toBe(200);
    const fromCache = await cached.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify({ query: '{ sources { totalCount } }' }) });
    const errors = [
      await get({ query: '{ sources { nope } }' }),
      await get({ documentId: 'sha256:0000' }),
      await get({ query: '{ source(slug: "no-such-article") { slug } }' }),
      await get({ query: 'query ($n: Int) { sources(first: $n) { totalCount } }', variables: '{not-json' }),
      await yoga.fetch('http://claimgraph.test/export/claims.csv?colour=red'),
    ];
    expect(errors.map((r) => r.status)).toEqual([400, 400, 200, 400, 400]);
    for (const response of [posted, fromCache, ...errors]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it('caches the exports and the article texts the same way, their ETag from the URL and the data version', async () => {
    for (const path of ['/export/claims.csv?claimants=SOHR', '/export/events.geojson', '/export/annotations.jsonld?page=1', `/sources/${store.sources()[0]!.slug}.txt`]) {
      const first = await yoga.fetch(`http://claimgraph.test${path}`);
      expect(first.status, path).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
      const again = await yoga.fetch(`http://claimgraph.test${path}`, { headers: { 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
    }
  });

  it('takes max-age from CLAIMGRAPH_CACHE_MAX_AGE: 60 by default, 0 when curation writes are enabled', async () => {
    expect(configFromEnv({}).cacheMaxAge).toBe(60);
    expect(configFromEnv({ CLAIMGRAPH_CURATOR_TOKENS: 'a-token' }).cacheMaxAge).toBe(0);
    expect(configFromEnv({ CLAIMGRAPH_CURATOR_TOKENS_FILE: '/run/secrets/curators' }).cacheMaxAge).toBe(0);
    expect(configFromEnv({ CLAIMGRAPH_CURATOR_TOKENS: 'a-token', CLAIMGRAPH_CACHE_MAX_AGE: '5' }).cacheMaxAge).toBe(5);
    expect(configFromEnv({ CLAIMGRAPH_CACHE_MAX_AGE: '0' }).cacheMaxAge).toBe(0);
    expect(() => configFromEnv({ CLAIMGRAPH_CACHE_MAX_AGE: '-1' })).toThrow(new ConfigError('CLAIMGRAPH_CACHE_MAX_AGE must be a whole number of 0 or more, got "-1"'));
    const none = yogaOf(store, { cacheMaxAge: 0 });
    const response = await get({ documentId: idOf(TheSourcesDocument) }, {}, none);
    expect(response.headers.get('cache-control')).toBe('public, max-age=0');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
  });
});

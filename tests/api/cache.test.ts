import { describe, expect, it } from 'vitest';
import type { MemoryStore } from '../../src/domain/store.js';
import type { createClaimgraphYoga } from '../../src/http/yoga.js';
import { bundled, yogaOf } from '../helpers/api.js';

const { store } = bundled();

/** The bundled store, counting how often a resolver queries its topics. */
function countingStore(): { counted: MemoryStore; reads: () => number } {
  let reads = 0;
  const counted = Object.create(store, { topics: { value: (...args: Parameters<MemoryStore['topics']>) => (reads++, store.topics(...args)) } }) as MemoryStore;
  return { counted, reads: () => reads };
}

const GR = 'application/graphql-response+json';
const post = (yoga: ReturnType<typeof createClaimgraphYoga>, query: string, variables?: object, accept = GR) =>
  yoga.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query, variables }) });

describe('response cache (CLAIMGRAPH_RESPONSE_CACHE=true)', () => {
  const queries: Array<[string, object | undefined]> = [
    ['{ topics(filterBy: { agreement: [CONFLICT] }) { nodes { key positions { value source { slug } evidence { quote } } } } }', undefined],
    ['query ($first: Int) { claims(first: $first) { nodes { id statement source { slug } } } }', { first: 7 }],
    ['{ search(query: "Saraqib", first: 3) { nodes { score node { __typename } snippets { highlights { start end } } } } }', undefined],
    ['{ __typename }', undefined],
  ];

  it('answers byte for byte what the uncached server answers, provenance included', async () => {
    const plain = yogaOf(store);
    const cached = yogaOf(store, { responseCache: true });
    for (const [query, variables] of queries) {
      const uncached = await (await post(plain, query, variables)).text();
      const first = await (await post(cached, query, variables)).text();
      const second = await (await post(cached, query, variables)).text();
      expect(first).toBe(uncached);
      expect(second).toBe(uncached);
      expect(JSON.parse(second).extensions.provenance.dataVersion).toBe(store.version);
    }
  });

  it('serves a repeated request without running the resolvers again, and keys by variables and media type', async () => {
    const { counted, reads } = countingStore();
    const cached = yogaOf(counted, { responseCache: true });
    const query = 'query ($a: [Agreement!]) { topics(filterBy: { agreement: $a }) { nodes { key } } }';
    await post(cached, query, { a: ['CONFLICT'] });
    expect(reads()).toBe(1);
    const again = await post(cached, query, { a: ['CONFLICT'] });
    expect(reads()).toBe(1);
    expect(JSON.parse(await again.text()).extensions.provenance.sources.map((s: { slug: string }) => s.slug)).toEqual(['000_2ac73e63980c6d56', '001_339d68250403d35f', '002_4a8960a6481a085a', '003_c85c82e5940e43a6', '004_e8d984abd824f73b']);
    await post(cached, query, { a: ['AGREE'] });
    expect(reads()).toBe(2);
    await post(cached, query, { a: ['CONFLICT'] }, 'application/json');
    expect(reads()).toBe(3);
  });

  it('gives GET answers an ETag and answers 304 to If-None-Match', async () => {
    const cached = yogaOf(store, { responseCache: true });
    const url = `http://claimgraph.test/graphql?query=${encodeURIComponent('{ sources { totalCount } }')}`;
    const first = await cached.fetch(url, { headers: { accept: GR } });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"?[0-9a-f]{64}"?$/);
    const again = await cached.fetch(url, { headers: { accept: GR, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await cached.fetch(`http://claimgraph.test/graphql?query=${encodeURIComponent('{ sources { totalCount nodes { slug } } }')}`, { headers: { accept: GR, 'if-none-match': etag! } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('is off by default', async () => {
    const { counted, reads } = countingStore();
    const plain = yogaOf(counted);
    await post(plain, '{ topics { totalCount } }');
    await post(plain, '{ topics { totalCount } }');
    expect(reads()).toBe(2);
  });
});

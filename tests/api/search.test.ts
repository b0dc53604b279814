import { describe, expect, it } from 'vitest';
import { SearchDocument, SearchScoresDocument, SearchTotalCountDocument, type SearchQuery, type SearchQueryVariables } from '../../src/generated/graphql.js';
import { bundled, execute, slugsOf } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';

type Hit = SearchQuery['search']['edges'][number]['node'];
type Found = Hit['node'];

/** `<Type>:<id>`, a claim's id being `<article slug>/<claim key>`. */
const keyOf = (n: Found) => `${n.__typename}:${n.__typename === 'Source' ? n.slug : n.__typename === 'Claim' ? `${n.source.slug}/${n.key}` : n.key}`;
const articlesOf = (n: Found): string[] =>
  n.__typename === 'Claim' ? [n.source.slug] : n.__typename === 'Source' ? [n.slug] : n.sources.map((s) => s.slug);
const textOf = (slug: string) => bundled().store.record('Source', slug)!.text;
/** The words a highlight marks, as the article spells them. */
const marked = (hit: Hit) => hit.snippets.flatMap((s) => s.highlights.map((h) => textOf(s.evidence.source.slug).slice(h.start, h.end)));
/** Case, diacritics and thousands separators folded, as the index folds them. */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/(?<=\d),(?=\d)/g, '');
/** Levenshtein distance. */
function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
/** Whether a word of the text matches a query word as the contract says: same word, a word it begins, or within its typo distance. */
const matchesWord = (word: string, queryWord: string) => {
  const [w, q] = [fold(word).replace(/['’]s$/, ''), fold(queryWord)];
  return w.startsWith(q) || edits(w, q) <= (q.length < 8 ? 1 : 2);
};

async function hits(variables: SearchQueryVariables): Promise<Hit[]> {
  const result = await execute(SearchDocument, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.search.edges.map((e) => e.node);
}

/** Every snippet is a real span of its article and every highlight lies inside it, in text order. */
function expectWellFormedSnippets(list: Hit[]) {
  for (const hit of list) {
    for (const { evidence, highlights } of hit.snippets) {
      expect(textOf(evidence.source.slug).slice(evidence.start, evidence.end)).toBe(evidence.quote);
      for (const [i, h] of highlights.entries()) {
        expect(h.start).toBeGreaterThanOrEqual(evidence.start);
        expect(h.end).toBeLessThanOrEqual(evidence.end);
        expect(h.end).toBeGreaterThan(h.start);
        if (i > 0) expect(h.start).toBeGreaterThanOrEqual(highlights[i - 1]!.end);
      }
    }
  }
}

describe('search: ranking', () => {
  it('finds the place Saraqeb for "Saraqib", and the texts under both spellings', async () => {
    const list = await hits({ query: 'Saraqib', first: 100 });
    expectWellFormedSnippets(list);
    expect(keyOf(list[0]!.node)).toBe('Place:saraqeb');
    expect(list.find((h) => h.node.__typename === 'Place')?.node).toMatchObject({ key: 'saraqeb', name: 'Saraqeb' });
    const words = new Set(list.flatMap(marked));
    expect(words).toContain('Saraqeb');
    expect(words).toContain('Saraqib');
    // A claim whose evidence only says "Saraqeb" is found by "Saraqib".
    const saraqebOnly = list.find((h) => h.node.__typename === 'Claim' && h.snippets.length > 0 && h.snippets.every((s) => s.evidence.quote.includes('Saraqeb') && !s.evidence.quote.includes('Saraqib')));
    expect(saraqebOnly).toBeDefined();
  });

  it('finds the actor sohr for "SOHR", and the claims that call it "war monitor" (no text spells SOHR)', async () => {
    const list = await hits({ query: 'SOHR', first: 100 });
    expectWellFormedSnippets(list);
    expect(keyOf(list[0]!.node)).toBe('Actor:sohr');
    expect(list.some((h) => h.snippets.some((s) => s.evidence.quote.includes('SOHR')))).toBe(false);
    const warMonitor = list.find((h) => keyOf(h.node) === 'Claim:004_e8d984abd824f73b/sohr-counter-offensive-pushed-back');
    expect(warMonitor).toBeDefined();
    expect(marked(warMonitor!)).toEqual(['war', 'monitor']);
    expect(list.some((h) => h.node.__typename === 'Claim' && h.snippets.some((s) => s.evidence.quote.includes('Syrian Observatory for Human Rights')))).toBe(true);
  });

  it('finds a displacement claim for "586,000", the number highlighted as written', async () => {
    const list = await hits({ query: '586,000' });
    expectWellFormedSnippets(list);
    const best = list[0]!.node;
    expect(best.__typename).toBe('Claim');
    expect(best.__typename === 'Claim' && best.topic?.key).toBe('displaced-since-december');
    expect(marked(list[0]!)).toEqual(['586,000']);
    // Both articles that give the number, and nothing that does not.
    expect(list.filter((h) => h.node.__typename === 'Claim').map((h) => h.node.__typename === 'Claim' && h.node.source.slug).sort()).toEqual(['002_4a8960a6481a085a', '004_e8d984abd824f73b']);
  });

  it('ranks claims about the displaced first for "displaced"', async () => {
    const list = await hits({ query: 'displaced' });
    const best = list[0]!.node;
    expect(best.__typename).toBe('Claim');
    expect(best.__typename === 'Claim' && best.statement).toMatch(/displaced/i);
  });

  it('tolerates a typo: "Erdogn" finds the actor Erdogan first', async () => {
    const list = await hits({ query: 'Erdogn' });
    expectWellFormedSnippets(list);
    expect(keyOf(list[0]!.node)).toBe('Actor:erdogan');
    for (const hit of list) for (const word of marked(hit)) expect(word).toMatch(/^Erdogan('s)?$/);
  });

  it('matches a prefix: "Cavus" finds Cavusoglu first, then his claims', async () => {
    const list = await hits({ query: 'Cavus' });
    expectWellFormedSnippets(list);
    expect(keyOf(list[0]!.node)).toBe('Actor:cavusoglu');
    expect(list.filter((h) => h.node.__typename === 'Claim').map((h) => keyOf(h.node))).toEqual(
      expect.arrayContaining(['Claim:003_c85c82e5940e43a6/cavusoglu-delegation-to-moscow', 'Claim:003_c85c82e5940e43a6/cavusoglu-working-for-ceasefire']),
    );
    // Claims are found on their statement too: one whose evidence does not name him still has its first span as snippet.
    const unnamed = list.find((h) => keyOf(h.node) === 'Claim:003_c85c82e5940e43a6/cavusoglu-working-for-ceasefire')!;
    expect(unnamed.snippets).toHaveLength(1);
    expect(unnamed.snippets[0]!.highlights).toEqual([]);
  });

  it('returns hits best first, equal scores in a stable order, the same on every call', async () => {
    const a = await hits({ query: 'Turkish convoy', first: 100 });
    const b = await hits({ query: 'Turkish convoy', first: 100 });
    expect(a.length).toBeGreaterThan(10);
    expect(a.map((h) => keyOf(h.node))).toEqual(b.map((h) => keyOf(h.node)));
    for (let i = 1; i < a.length; i++) expect(a[i]!.score).toBeLessThanOrEqual(a[i - 1]!.score);
  });

  it('gives nothing for a query of stop words only or of words no record has', async () => {
    expect(await hits({ query: 'the of and' })).toEqual([]);
    expect(await hits({ query: 'zzzxqv' })).toEqual([]);
  });
});

describe('search: snippets', () => {
  it('marks words of the query (or words they begin, or typos away) inside the evidence spans', async () => {
    for (const query of ['displaced', 'Cavus Moscow', '586,000 civilians', 'bombardment shelters', 'Erdogn']) {
      const list = await hits({ query, first: 100 });
      expectWellFormedSnippets(list);
      const words = query.split(/\s+/).map(fold);
      const all = list.flatMap(marked);
      expect(all.length).toBeGreaterThan(0);
      for (const word of all) expect(words.some((w) => matchesWord(word, w)), `${word} for ${query}`).toBe(true);
    }
  });

  it('gives a claim its matching evidence spans, an event and an article at most 3, an actor its matching mentions', async () => {
    const list = await hits({ query: 'Turkish military vehicles', first: 100 });
    expectWellFormedSnippets(list);
    const byType = (t: Found['__typename']) => list.filter((h) => h.node.__typename === t);
    for (const t of ['Claim', 'Event', 'Source', 'Actor'] as const) expect(byType(t).length).toBeGreaterThan(0);
    for (const hit of byType('Claim')) {
      expect(hit.snippets.length).toBeGreaterThanOrEqual(1);
      for (const s of hit.snippets) expect(s.evidence.source.slug).toBe(articlesOf(hit.node)[0]);
    }
    for (const hit of [...byType('Event'), ...byType('Source'), ...byType('Actor')]) expect(hit.snippets.length).toBeLessThanOrEqual(3);
    for (const hit of byType('Source')) {
      expect(hit.snippets.length).toBeGreaterThan(0);
      for (const s of hit.snippets) {
        expect(s.evidence.source.slug).toBe(articlesOf(hit.node)[0]);
        expect(s.evidence.quote.length).toBeLessThanOrEqual(200);
        expect(s.highlights.length).toBeGreaterThan(0);
      }
      const starts = hit.snippets.map((s) => s.evidence.start);
      expect(new Set(starts).size).toBe(starts.length);
    }
    for (const hit of byType('Event')) for (const s of hit.snippets) expect(articlesOf(hit.node)).toContain(s.evidence.source.slug);
    const military = byType('Actor').find((h) => keyOf(h.node) === 'Actor:turkish-military')!;
    expect(military.snippets.length).toBeGreaterThan(0);
    for (const s of military.snippets) expect(s.evidence.quote).toMatch(/^Turkish /);
  });
});

describe('search: types and pages', () => {
  it('returns only the kinds asked for, the same ones in the same order', async () => {
    const all = await hits({ query: 'Saraqib', first: 100 });
    expect(all.length).toBeLessThan(100);
    const events = await hits({ query: 'Saraqib', types: ['EVENT'], first: 100 });
    expect(events.length).toBeGreaterThan(0);
    expectEach(events, (h) => h.node.__typename === 'Event');
    expect(events.map((h) => keyOf(h.node))).toEqual(all.filter((h) => h.node.__typename === 'Event').map((h) => keyOf(h.node)));
    const entities = await hits({ query: 'Turkish', types: ['PLACE', 'ACTOR'], first: 100 });
    expect(new Set(entities.map((h) => h.node.__typename))).toEqual(new Set(['Place', 'Actor']));
    expect(await hits({ query: 'Idlib', types: [] })).toEqual([]);
  });

  it('pages with first/after and last/before over the ranked list', async () => {
    const whole = await execute(SearchDocument, { query: 'Idlib', first: 100 });
    const keys = whole.data!.search.edges.map((e) => keyOf(e.node.node));
    const total = whole.data!.search.totalCount;
    expect(total).toBeGreaterThan(30);
    const first = await execute(SearchDocument, { query: 'Idlib', first: 5 });
    expect(first.data!.search.totalCount).toBe(total);
    expect(first.data!.search.edges.map((e) => keyOf(e.node.node))).toEqual(keys.slice(0, 5));
    expect(first.data!.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await execute(SearchDocument, { query: 'Idlib', first: 5, after: first.data!.search.pageInfo.endCursor });
    expect(second.data!.search.edges.map((e) => keyOf(e.node.node))).toEqual(keys.slice(5, 10));
    expect(second.data!.search.pageInfo.hasPreviousPage).toBe(true);
    const back = await execute(SearchDocument, { query: 'Idlib', last: 3, before: second.data!.search.pageInfo.startCursor });
    expect(back.data!.search.edges.map((e) => keyOf(e.node.node))).toEqual(keys.slice(2, 5));
  });

  it('rejects a page size out of 1..100 and a foreign cursor, naming the argument', async () => {
    const big = await execute(SearchDocument, { query: 'Idlib', first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toContain('first: must be between 1 and 100');
    const bad = await execute(SearchDocument, { query: 'Idlib', after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.message).toMatch(/after: is not a cursor/);
  });
});

describe('search: the query argument', () => {
  it('rejects an empty, blank or 201-character query with BAD_USER_INPUT naming `query` and the limit', async () => {
    for (const query of ['', '   ', 'a'.repeat(201), ` ${'b'.repeat(201)} `]) {
      const result = await execute(SearchDocument, { query });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(/^Invalid argument: query: .*between 1 and 200 characters/);
      expect(result.errors![0]!.extensions?.['issues']).toEqual([expect.objectContaining({ path: 'query' })]);
    }
  });

  it('accepts 200 characters once trimmed', async () => {
    for (const query of ['c'.repeat(200), `   ${'Idlib '.repeat(33)}Id   `]) {
      const result = await execute(SearchTotalCountDocument, { query });
      expect(result.errors).toBeUndefined();
    }
    const padded = await execute(SearchTotalCountDocument, { query: `   ${'Idlib '.repeat(33)}Id   ` });
    expect(padded.data!.search.totalCount).toBeGreaterThan(0);
  });
});

describe('search: provenance', () => {
  it('counts exactly the articles of the returned hits, even when only scores are selected', async () => {
    const full = await execute(SearchDocument, { query: 'Cavus', first: 3 });
    const expected = [...new Set(full.data!.search.edges.flatMap((e) => articlesOf(e.node.node)))].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(slugsOf(full)).toEqual(expected);
    const scores = await execute(SearchScoresDocument, { query: 'Cavus', first: 3 });
    expect(scores.data!.search.edges).toHaveLength(3);
    expect(slugsOf(scores)).toEqual(expected);
    // Hits from more articles count more articles: a place mentioned in four articles.
    const place = await execute(SearchDocument, { query: 'Saraqib', types: ['PLACE'] });
    const placeArticles = place.data!.search.edges.flatMap((e) => articlesOf(e.node.node));
    expect(placeArticles.length).toBeGreaterThan(1);
    expect(slugsOf(place)).toEqual([...new Set(placeArticles)].sort());
  });

  it('counts nothing for a bare totalCount', async () => {
    const result = await execute(SearchTotalCountDocument, { query: 'Idlib' });
    expect(result.data!.search.totalCount).toBeGreaterThan(0);
    expect(result.extensions?.provenance?.sources).toEqual([]);
  });
});

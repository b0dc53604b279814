/**
 * The search index's top-k walk against an exhaustive ranking: for many
 * queries and kinds, the best k hits are exactly the first k of every
 * document scored and sorted (score descending, then key), and the count is
 * the number of documents that score above zero. Checked on the bundled data
 * and on a synthetic corpus of identical copies, where scores tie by the
 * thousand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic.js';
import type { SearchIndex } from '../../src/domain/search/index.js';
import type { MemoryStore } from '../../src/domain/store.js';
import { loadStore } from '../../src/load/index.js';
import { bundled, DATA_DIR } from '../helpers/api.js';

const QUERIES = ['Saraqib', 'Turkish', 'Turkish convoy', 'displaced people', 'Erdogn', 'Cavus', 'SOHR killed soldiers', 'Idlib province offensive', 'M5 highway', '586,000', 'id', 'the observatory said', 'Russia Turkey talks Ankara'];
const KIND_SETS: number[][] = [[0, 1, 2, 3, 4], [1], [0, 3], [2, 4]];

function exhaustive(index: SearchIndex, query: string, kinds: ReadonlySet<number>) {
  const units = index.units(query);
  const scored: Array<{ doc: number; score: number }> = [];
  for (let doc = 0; doc < index.documentCount; doc++) {
    const kind = ['Actor', 'Claim', 'Event', 'Place', 'Source'].indexOf(index.recordOf(doc).kind);
    if (!kinds.has(kind)) continue;
    const score = index.scoreOf(doc, units);
    if (score > 0) scored.push({ doc, score });
  }
  return { units, ranked: scored.sort((a, b) => b.score - a.score || a.doc - b.doc) };
}

function expectSameAsExhaustive(store: MemoryStore) {
  const index = store.indexes.search;
  let compared = 0;
  for (const query of QUERIES) {
    for (const kindList of KIND_SETS) {
      const kinds = new Set(kindList);
      const { units, ranked } = exhaustive(index, query, kinds);
      expect(index.count(units, kinds), `${query} ${kindList}`).toBe(ranked.length);
      for (const k of [1, 5, 20, 100]) {
        expect(index.top(units, kinds, k), `${query} ${kindList} top ${k}`).toEqual(ranked.slice(0, k));
        compared++;
      }
    }
  }
  expect(compared).toBe(QUERIES.length * KIND_SETS.length * 4);
}

describe('the search index: top k equals the exhaustive ranking', () => {
  it('on the bundled articles', () => {
    const { store } = bundled();
    expect(store.indexes.search.top(store.indexes.search.units('Saraqib'), new Set([0, 1, 2, 3, 4]), 5).length).toBe(5);
    expectSameAsExhaustive(store);
  });

  describe('on identical copies (scores tie by the copy)', () => {
    let dir: string;
    let store: MemoryStore;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'claimgraph-search-'));
      await generateCorpus(DATA_DIR, dir, 6);
      store = await loadStore(join(dir, 'data'));
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('keeps ties in key order and finds the same k', () => {
      const index = store.indexes.search;
      const top = index.top(index.units('Turkish convoy'), new Set([1]), 30);
      expect(top.length).toBe(30);
      // Six copies of each claim: scores come in groups of six equal values.
      expect(top.filter((t) => t.score === top[0]!.score).length).toBeGreaterThanOrEqual(6);
      expectSameAsExhaustive(store);
    });
  });
});

/**
 * The search index built in a worker thread (as a cold load of a large corpus builds it) is the index built
 * in the loading thread, array for array; a worker that fails is reported, not waited for.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchData, searchDocuments, type SearchDocuments } from '../../src/domain/search/index.js';
import { loadStore } from '../../src/load/index.js';
import { buildSearchInWorker } from '../../src/load/search-build.js';
import { DATA_DIR } from '../helpers/api.js';

describe('the search build in a worker thread', () => {
  it('gives the same index data as the build in the loading thread', async () => {
    const store = await loadStore(DATA_DIR);
    const documents = searchDocuments(store.indexes);
    expect(documents.kindSizes.reduce((n, size) => n + size, 0)).toBeGreaterThan(300);
    const here = buildSearchData(documents);
    const there = await buildSearchInWorker(documents);
    expect(here.terms.length).toBeGreaterThan(1000);
    expect(here.docs.length).toBeGreaterThan(5000);
    expect(Object.keys(there).sort()).toEqual(Object.keys(here).sort());
    for (const [name, value] of Object.entries(here)) {
      const other = there[name as keyof typeof there];
      expect(other?.constructor, name).toBe(value.constructor);
      expect(Array.from(other as ArrayLike<unknown>), name).toEqual(Array.from(value as ArrayLike<unknown>));
    }
    // And it is the index the store serves.
    expect(Array.from(store.indexes.search.data.parts)).toEqual(Array.from(here.parts));
  });

  it('rejects, naming the failure, when the worker cannot build', async () => {
    const broken: SearchDocuments = { texts: [], pieces: Int32Array.of(7, 0, 3), fieldStarts: Int32Array.of(0, 1, 1, 1), kindSizes: [1, 0, 0, 0, 0], spellings: [[]] };
    await expect(buildSearchInWorker(broken)).rejects.toThrow(/the search index could not be built/);
  });
});

/**
 * A document with several operations runs the one each request names, also
 * when the same document was run before under another name (each operation
 * of a document is compiled once and kept apart).
 */
import { describe, expect, it } from 'vitest';
import { post } from '../helpers/api.js';

describe('several operations in one document', () => {
  it('runs the operation named by operationName, whichever ran first', async () => {
    const query = 'query Count { sources { totalCount } } query Slugs { sources(first: 2) { nodes { slug } } }';
    const count = await post({ query, operationName: 'Count' });
    const slugs = await post({ query, operationName: 'Slugs' });
    const again = await post({ query, operationName: 'Count' });
    expect(count.data).toEqual({ sources: { totalCount: 5 } });
    expect(slugs.data).toEqual({ sources: { nodes: [{ slug: '000_2ac73e63980c6d56' }, { slug: '001_339d68250403d35f' }] } });
    expect(again.data).toEqual(count.data);
  });
});

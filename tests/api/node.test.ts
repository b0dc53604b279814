import { describe, expect, it } from 'vitest';
import { NodeDocument, NodesDocument, SourcesDocument, ExcerptDocument } from '../../src/generated/graphql.js';
import { bundled, execute } from '../helpers/api.js';

const id = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

describe('node(id:) and nodes(ids:)', () => {
  it('fetches every kind of record by its global id', async () => {
    const { store } = bundled();
    const cases: Array<[string, string]> = [
      ['Source', store.sources()[0]!.slug],
      ['Claim', store.claims()[0]!.id],
      ['Event', store.events()[0]!.key],
      ['Topic', store.topics()[0]!.key],
      ['Actor', store.actors()[0]!.key],
      ['Place', store.places()[0]!.key],
    ];
    for (const [type, key] of cases) {
      const result = await execute(NodeDocument, { id: id(type, key) });
      expect(result.errors).toBeUndefined();
      expect(result.data!.node).toMatchObject({ __typename: type, id: id(type, key) });
    }
  });

  it('answers BAD_USER_INPUT for a malformed id, and the server keeps answering', async () => {
    for (const bad of ['not-an-id!', '', 'Zm9v', id('Spaceship', 'x'), '%%%']) {
      const result = await execute(NodeDocument, { id: bad });
      expect(result.data?.node ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('is not a claimgraph id');
    }
    const after = await execute(SourcesDocument, { first: 1 });
    expect(after.data!.sources.totalCount).toBe(5);
  });

  it('answers null and NOT_FOUND naming the id for a well-formed id of no record', async () => {
    const missing = id('Claim', '000_2ac73e63980c6d56/no-such-claim');
    const result = await execute(NodeDocument, { id: missing });
    expect(result.data!.node).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['node'] });
    expect(result.errors![0]!.message).toContain(missing);
  });

  it('nodes() keeps order, gives null with NOT_FOUND for an unknown id, and limits the list', async () => {
    const { store } = bundled();
    const known = id('Topic', store.topics()[1]!.key);
    const unknown = id('Place', 'atlantis');
    const result = await execute(NodesDocument, { ids: [known, unknown] });
    expect(result.data!.nodes).toEqual([{ __typename: 'Topic', id: known }, null]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND' } });
    const tooMany = await execute(NodesDocument, { ids: Array.from({ length: 101 }, () => known) });
    expect(tooMany.errors?.[0]?.message).toMatch(/ids: must hold at most 100 ids/);
    const empty = await execute(NodesDocument, { ids: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Source.excerpt(start:, end:)', () => {
  const slug = '003_c85c82e5940e43a6';
  it('returns the text between the offsets', async () => {
    const { store } = bundled();
    const result = await execute(ExcerptDocument, { slug, start: 14, end: 65 });
    expect(result.data!.source!.excerpt).toBe(store.record('Source', slug)!.text.slice(14, 65));
    expect(result.data!.source!.excerpt).toBe('Syrian army pushes extremists away from key highway');
  });

  it.each([
    [{ start: -1, end: 10 }, 'start: start must be 0 or more'],
    [{ start: 10, end: 10 }, 'end: end must be greater than start'],
    [{ start: 20, end: 5 }, 'end: end must be greater than start'],
    [{ start: 0, end: 2001 }, 'end: end - start must be at most 2000'],
    [{ start: 5000, end: 6000 }, 'end: end must be at most the text length (5317)'],
  ])('rejects %o: %s', async (args, message) => {
    const result = await execute(ExcerptDocument, { slug, ...args });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(result.errors?.[0]?.extensions?.issues).toBeDefined();
  });
});

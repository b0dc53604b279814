import { describe, expect, it } from 'vitest';
import { ClaimsOfOneSourceWithReferencesDocument, ClaimsWithEventSourcesDocument, ClaimStatementsOnlyDocument, EventsDocument, PlaceMentionsOnlyDocument, TopicsDocument, TwoSourcesDocument, TypenameDocument } from '../../src/generated/graphql.js';
import { hashDataFolder } from '../../src/load/index.js';
import { bundled, DATA_DIR, execute, slugsOf } from '../helpers/api.js';

describe('extensions.provenance', () => {
  it('lists exactly the two articles an answer touches, sorted by slug, with their metadata', async () => {
    const result = await execute(TwoSourcesDocument, { a: '004_e8d984abd824f73b', b: '001_339d68250403d35f' });
    expect(slugsOf(result)).toEqual(['001_339d68250403d35f', '004_e8d984abd824f73b']);
    const first = result.extensions!.provenance!.sources[0]!;
    expect(first).toEqual({
      id: expect.any(String),
      slug: '001_339d68250403d35f',
      title: 'Syrian Army Vows to Keep up Campaign against Last Rebel Area',
      publisher: 'Voice of America',
      publishedAt: '2020-02-09',
    });
  });

  it('counts a claim\'s article even when the query does not select the source', async () => {
    const result = await execute(ClaimStatementsOnlyDocument, { first: 3 });
    const { store } = bundled();
    const expected = [...new Set(store.claims().slice(0, 3).map((c) => c.source.slug))].sort();
    expect(slugsOf(result)).toEqual(expected);
  });

  it('counts an event through its claims and a topic through its claims', async () => {
    const events = await execute(EventsDocument);
    const reporting = [...new Set(events.data!.events.nodes.flatMap((e) => e.sources.map((s) => s.slug)))].sort();
    expect(slugsOf(events)).toEqual(reporting);
    const topics = await execute(TopicsDocument);
    expect(slugsOf(topics)).toEqual([...new Set(topics.data!.topics.nodes.flatMap((t) => t.sources.map((s) => s.slug)))].sort());
  });

  it('does not count the articles of a record named inside another: a claimant, a place, an event of a claim', async () => {
    const slug = '001_339d68250403d35f';
    const result = await execute(ClaimsOfOneSourceWithReferencesDocument, { slug });
    const claims = result.data!.source!.claims.nodes;
    expect(claims.some((c) => c.claimant?.name === 'Syrian Observatory for Human Rights')).toBe(true);
    expect(claims.some((c) => c.events.length > 0 && c.places.length > 0)).toBe(true);
    expect(slugsOf(result)).toEqual([slug]);
    // Reading on into the referenced event's sources counts them.
    const further = await execute(ClaimsWithEventSourcesDocument, { slug });
    const expected = [...new Set(further.data!.source!.claims.nodes.flatMap((c) => c.events.flatMap((e) => e.sources.map((s) => s.slug))).concat(slug))].sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(slugsOf(further)).toEqual(expected);
  });

  it('counts a place through its mentions', async () => {
    const { store } = bundled();
    const saraqeb = store.record('Place', 'saraqeb')!;
    const id = Buffer.from(`Place:saraqeb`).toString('base64');
    const result = await execute(PlaceMentionsOnlyDocument, { id });
    expect(slugsOf(result)).toEqual(saraqeb.sources.map((s) => s.slug));
    expect(saraqeb.sources.map((s) => s.slug)).toEqual(['000_2ac73e63980c6d56', '002_4a8960a6481a085a', '004_e8d984abd824f73b']);
  });

  it('is empty for a query that touches no record, and always carries the data folder\'s content hash', async () => {
    const result = await execute(TypenameDocument);
    expect(result.extensions?.provenance).toEqual({ sources: [], dataVersion: await hashDataFolder(DATA_DIR) });
    expect(result.extensions!.provenance!.dataVersion).toMatch(/^[0-9a-f]{64}$/);
  });
});

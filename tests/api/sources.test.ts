import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourcesDocument, SourceBySlugDocument, SourceTotalCountDocument } from '../../src/generated/graphql.js';
import { DATA_DIR, execute, slugsOf } from '../helpers/api.js';

const SLUGS = ['000_2ac73e63980c6d56', '001_339d68250403d35f', '002_4a8960a6481a085a', '003_c85c82e5940e43a6', '004_e8d984abd824f73b'];

describe('sources', () => {
  it('lists the five articles with their metadata, and provenance names the same five', async () => {
    const result = await execute(SourcesDocument, { first: 10 });
    expect(result.errors).toBeUndefined();
    const sources = result.data!.sources;
    expect(sources.totalCount).toBe(5);
    expect(sources.edges.map((e) => e.node.slug)).toEqual(SLUGS);
    expect(slugsOf(result)).toEqual(SLUGS);
    const bySlug = Object.fromEntries(sources.edges.map((e) => [e.node.slug, e.node]));
    expect(bySlug['002_4a8960a6481a085a']).toMatchObject({
      title: 'Syria army takes Idlib crossroads town as Turkey fortifies forces',
      titleBasis: 'HEADLINE',
      publisher: 'CGTN',
      agencies: ['AFP', 'Reuters'],
      publishedAt: '2020-02-09',
      url: null,
      language: 'en',
    });
    expect(bySlug['003_c85c82e5940e43a6']).toMatchObject({ byline: 'By AFP', agencies: ['AFP'], publishedAt: '2020-02-12' });
    expect(bySlug['004_e8d984abd824f73b']!.publishedAt).toBe('2020-02-06');
    expect(bySlug['004_e8d984abd824f73b']!.publishedAtBasis).toMatch(/Thursday/);
    expect(bySlug['000_2ac73e63980c6d56']).toMatchObject({ titleBasis: 'CURATOR', publishedAt: '2020-02-08' });
    for (const node of sources.edges.map((e) => e.node)) {
      const bytes = readFileSync(join(DATA_DIR, 'sources', `${node.slug}.txt`));
      expect(node.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(node.length).toBe(bytes.toString('utf8').length);
    }
  });

  it('marks repeated photo captions and the comment form as boilerplate', async () => {
    const result = await execute(SourcesDocument, { first: 10 });
    const bySlug = Object.fromEntries(result.data!.sources.edges.map((e) => [e.node.slug, e.node]));
    const captions002 = bySlug['002_4a8960a6481a085a']!.boilerplate.filter((b) => b.kind === 'PHOTO_CAPTION');
    expect(captions002).toHaveLength(6);
    expect(captions002.filter((b) => b.note?.includes('second time'))).toHaveLength(3);
    const form = bySlug['003_c85c82e5940e43a6']!.boilerplate.find((b) => b.kind === 'COMMENT_FORM');
    expect(form?.evidence.quote).toContain('Solve this simple math problem');
    expect(bySlug['000_2ac73e63980c6d56']!.boilerplate.map((b) => b.kind)).toContain('ADVERTISEMENT');
  });

  it('pages with first/after and last/before and reports pageInfo', async () => {
    const first = await execute(SourcesDocument, { first: 2 });
    const page1 = first.data!.sources;
    expect(page1.edges.map((e) => e.node.slug)).toEqual(SLUGS.slice(0, 2));
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await execute(SourcesDocument, { first: 2, after: page1.pageInfo.endCursor });
    expect(second.data!.sources.edges.map((e) => e.node.slug)).toEqual(SLUGS.slice(2, 4));
    const last = await execute(SourcesDocument, { first: 2, after: second.data!.sources.pageInfo.endCursor });
    expect(last.data!.sources.edges.map((e) => e.node.slug)).toEqual(SLUGS.slice(4));
    expect(last.data!.sources.pageInfo.hasNextPage).toBe(false);
    const back = await execute(SourcesDocument, { last: 2, before: last.data!.sources.pageInfo.startCursor });
    expect(back.data!.sources.edges.map((e) => e.node.slug)).toEqual(SLUGS.slice(2, 4));
  });

  it('rejects a page size out of 1..100 and a malformed cursor, naming the argument', async () => {
    for (const first of [0, 101, -3]) {
      const result = await execute(SourcesDocument, { first });
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('first: must be between 1 and 100');
    }
    const bad = await execute(SourcesDocument, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.message).toMatch(/after: is not a cursor/);
  });

  it('answers a bare totalCount without counting any article in provenance', async () => {
    const result = await execute(SourceTotalCountDocument);
    expect(result.data!.sources.totalCount).toBe(5);
    expect(result.extensions?.provenance?.sources).toEqual([]);
  });

  it('finds a source by slug, and answers NOT_FOUND for an unknown slug', async () => {
    const found = await execute(SourceBySlugDocument, { slug: SLUGS[3]! });
    expect(found.data!.source!.text).toBe(readFileSync(join(DATA_DIR, 'sources', `${SLUGS[3]}.txt`), 'utf8'));
    const missing = await execute(SourceBySlugDocument, { slug: 'no-such-article' });
    expect(missing.data!.source).toBeNull();
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(missing.errors?.[0]?.message).toContain('no-such-article');
  });
});

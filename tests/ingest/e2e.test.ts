/**
 * End to end: an article written for this test is ingested into a temporary
 * copy of the data folder, the folder is loaded as the server loads it, and
 * the new claims are read back through the GraphQL API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { loadStore } from '../../src/load/index.js';
import { ingestFile as ingest, type IngestResult } from '../../src/write/ingest.js';
import { fixedStore } from '../../src/graphql/context.js';
import { createClaimgraphYoga, type ClaimgraphYoga } from '../../src/http/yoga.js';
import { bundled, post } from '../helpers/api.js';
import { dataCopy } from '../helpers/fixtures.js';
import { expectEach } from '../helpers/expect.js';

const TEXT = [
  'Aid convoy reaches Idlib as families shelter near the border',
  'Updated 10:15, 14-Feb-2020',
  'Trucks wait at a crossing on the Turkish border on Thursday. /AP Photo',
  '',
  'Trucks wait at a crossing on the Turkish border on Thursday. /AP Photo',
  '',
  'A convoy of 45 aid trucks crossed into Idlib province on Thursday, the United Nations said.',
  '',
  'The Syrian Observatory for Human Rights said that more than 800,000 people have fled their homes since December, most of them towards the Turkish border.',
  '',
  'Rescue workers in Saraqib said they had pulled 12 people from the rubble since Monday.',
  '',
  'Will the ceasefire hold?',
  '',
  'Add new comment',
  '',
].join('\n');

let dir: string;
let articleDir: string;
let result: IngestResult;
let yoga: ClaimgraphYoga;

beforeAll(async () => {
  dir = dataCopy();
  articleDir = mkdtempSync(join(tmpdir(), 'claimgraph-article-'));
  const file = join(articleDir, 'idlib-aid-convoy.txt');
  writeFileSync(file, TEXT);
  result = await ingest({ file, dataDir: dir, publisher: 'Example News' });
  yoga = createClaimgraphYoga(fixedStore(await loadStore(dir)), { ...DEFAULTS, requestLog: false });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(articleDir, { recursive: true, force: true });
});

const QUERY = `query ($slug: String!) {
  source(slug: $slug) { slug title titleBasis publisher publishedAt boilerplate { kind } claims(first: 1) { totalCount } }
  claims(filterBy: { sources: [$slug] }, first: 50) {
    totalCount
    nodes {
      key curation attribution modality claimant { key }
      quantity { value unit qualifier words }
      time { start end precision words }
      topic { key }
      places { key }
      evidence { start end quote source { slug } }
    }
  }
}`;

interface ClaimNode {
  key: string;
  curation: string;
  attribution: string;
  modality: string;
  claimant: { key: string } | null;
  quantity: { value: number; unit: string; qualifier: string; words: string } | null;
  time: { start: string; end: string; precision: string; words: string | null } | null;
  topic: { key: string } | null;
  places: Array<{ key: string }>;
  evidence: Array<{ start: number; end: number; quote: string; source: { slug: string } }>;
}

describe('an ingested article, served', () => {
  it('is a source with its metadata, and its claims come back through the API anchored in its text', async () => {
    const response = await post({ query: QUERY, variables: { slug: result.slug } }, {}, yoga);
    expect(response.errors).toBeUndefined();
    const data = response.data as { source: Record<string, unknown> & { claims: { totalCount: number } }; claims: { totalCount: number; nodes: ClaimNode[] } };
    expect(data.source).toMatchObject({
      slug: 'idlib-aid-convoy',
      title: 'Aid convoy reaches Idlib as families shelter near the border',
      titleBasis: 'HEADLINE',
      publisher: 'Example News',
      publishedAt: '2020-02-14',
    });
    expect((data.source.boilerplate as Array<{ kind: string }>).map((b) => b.kind)).toEqual(['HEADLINE', 'DATELINE', 'PHOTO_CAPTION', 'PHOTO_CAPTION', 'COMMENT_FORM']);
    const claims = data.claims.nodes;
    expect(data.claims.totalCount).toBe(result.claims);
    expect(data.source.claims.totalCount).toBe(result.claims);
    expectEach(claims, (c) => c.curation === 'AUTO');
    for (const c of claims) for (const e of c.evidence) expect([e.source.slug, TEXT.slice(e.start, e.end)]).toEqual(['idlib-aid-convoy', e.quote]);
    expect(response.extensions?.provenance?.sources.map((s) => s.slug)).toEqual(['idlib-aid-convoy']);

    const convoy = claims.find((c) => c.quantity?.unit === 'truck')!;
    expect(convoy).toMatchObject({
      claimant: { key: 'united-nations' },
      attribution: 'ATTRIBUTED',
      modality: 'REPORTED',
      quantity: { value: 45, qualifier: 'EXACT', words: '45 aid trucks' },
      time: { start: '2020-02-13', end: '2020-02-13', precision: 'DAY', words: 'on Thursday' },
      places: [{ key: 'idlib-province' }],
    });
    const fled = claims.find((c) => c.quantity?.value === 800_000)!;
    expect(fled).toMatchObject({
      claimant: { key: 'sohr' },
      quantity: { unit: 'person', qualifier: 'MORE_THAN' },
      time: { start: '2019-12-01', end: '2020-02-14', precision: 'MONTH', words: 'since December' },
      topic: { key: 'displaced-since-december' },
    });
    // "Rescue workers in Saraqib said": a source no actor is, written as an AUTO actor the API answers; a new common-noun
    // sayer keeps the named place that tells it apart.
    const rubble = claims.find((c) => c.quantity?.value === 12)!;
    expect(rubble).toMatchObject({ claimant: { key: 'rescue-workers-in-saraqib' }, attribution: 'ATTRIBUTED', modality: 'REPORTED', places: [{ key: 'saraqeb' }] });
    expect(result.entities.actors).toEqual([expect.objectContaining({ key: 'rescue-workers-in-saraqib', name: 'Rescue workers in Saraqib', kind: 'GROUP', curation: 'AUTO' })]);
    expect(claims.some((c) => c.evidence.some((e) => /Trucks wait|Will the ceasefire/.test(e.quote)))).toBe(false);
  });

  it('is filterable by curation, and stays out of agreement and the disputes view', async () => {
    const auto = await post({ query: '{ claims(filterBy: { curation: AUTO }, first: 100) { totalCount nodes { source { slug } } } }' }, {}, yoga);
    const nodes = (auto.data as { claims: { totalCount: number; nodes: Array<{ source: { slug: string } }> } }).claims;
    expect(nodes.totalCount).toBe(result.claims);
    expect(new Set(nodes.nodes.map((n) => n.source.slug))).toEqual(new Set(['idlib-aid-convoy']));

    const AGREEMENT = '{ topics(first: 100) { nodes { key agreement } } }';
    const before = await post({ query: AGREEMENT }, {}, bundled().yoga);
    const after = await post({ query: AGREEMENT }, {}, yoga);
    expect(after.data).toEqual(before.data);
    const DISPUTES = '{ topics(filterBy: { agreement: [CONFLICT] }, first: 100) { nodes { key } } }';
    expect((await post({ query: DISPUTES }, {}, yoga)).data).toEqual((await post({ query: DISPUTES }, {}, bundled().yoga)).data);
  });
});

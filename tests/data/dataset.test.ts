import { describe, expect, it } from 'vitest';
import { ClaimAnchorsDocument, type ClaimAnchorsQuery, EntitiesDocument, EventsDocument, SourceTextsDocument, TopicsDocument } from '../../src/generated/graphql.js';
import { coverageOf } from '../../src/domain/coverage.js';
import { bundled, execute } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';

async function allClaims() {
  const claims: ClaimAnchorsQuery['claims']['nodes'] = [];
  let after: string | null | undefined = null;
  do {
    const page: Awaited<ReturnType<typeof execute<ClaimAnchorsQuery, unknown>>> = await execute(ClaimAnchorsDocument, { first: 100, after });
    expect(page.errors).toBeUndefined();
    claims.push(...page.data!.claims.nodes);
    after = page.data!.claims.pageInfo.hasNextPage ? page.data!.claims.pageInfo.endCursor : null;
  } while (after);
  return claims;
}

describe('the curated dataset, through the API', () => {
  it('anchors every claim: each quote equals the article slice, and quantity and time words lie inside it', async () => {
    const texts = Object.fromEntries((await execute(SourceTextsDocument)).data!.sources.nodes.map((s) => [s.slug, s.text]));
    const claims = await allClaims();
    expect(claims.length).toBe(bundled().store.claims().length);
    for (const claim of claims) {
      expect(claim.evidence.length).toBeGreaterThan(0);
      for (const e of claim.evidence) {
        expect(e.source.slug).toBe(claim.source.slug);
        expect(texts[e.source.slug]!.slice(e.start, e.end)).toBe(e.quote);
        expect(texts[e.source.slug]!.slice(Math.max(0, e.start - e.prefix.length), e.start)).toBe(e.prefix);
      }
      if (claim.quantity) expect(texts[claim.source.slug]!.slice(claim.quantity.evidence.start, claim.quantity.evidence.end)).toBe(claim.quantity.words);
      if (claim.time?.words) expect(texts[claim.source.slug]!.slice(claim.time.evidence!.start, claim.time.evidence!.end)).toBe(claim.time.words);
      expect(claim.attribution === 'ATTRIBUTED').toBe(claim.claimants.length > 0);
      expect(claim.statement.length).toBeGreaterThan(20);
    }
  });

  it('covers at least 95% of every article\'s body sentences with claims', () => {
    for (const source of bundled().store.sources()) {
      const coverage = coverageOf(source);
      expect(coverage.sentences).toBeGreaterThan(10);
      expect(coverage.percent, `${source.slug}: ${coverage.uncovered.map((s) => s.text).join(' | ')}`).toBeGreaterThanOrEqual(95);
    }
  });

  it('keeps the texts\' typos in quotes: the canonical entity carries the right spelling', async () => {
    const claims = await allClaims();
    const quotes = claims.flatMap((c) => c.evidence.map((e) => e.quote)).join('\n');
    expect(quotes).toContain('Idahib-based');
    expect(quotes).toContain('know as M5');
  });

  it('reports one happening from several articles as one event with claims from each', async () => {
    const events = (await execute(EventsDocument)).data!.events.nodes;
    const clash = events.find((e) => e.key === 'feb-3-clash')!;
    expect(clash).toMatchObject({ type: 'BATTLES', subType: 'ARMED_CLASH', date: { start: '2020-02-03', end: '2020-02-03', precision: 'DAY' }, disputed: true });
    expect(clash.sources.map((s) => s.slug)).toEqual(['000_2ac73e63980c6d56', '001_339d68250403d35f', '004_e8d984abd824f73b']);
    expect(clash.sourceCount).toBe(3);
    // The clash of 3 February is told by articles of 6 to 12 February: event time and report time stay apart.
    expectEach(clash.evidence, (e) => clash.claims.nodes.some((c) => c.evidence.some((x) => x.start === e.start && x.source.slug === e.source.slug)));
    const multi = events.filter((e) => e.sourceCount > 1).map((e) => e.key);
    expect(multi).toEqual(expect.arrayContaining(['saraqeb-capture', 'm5-recapture', 'idlib-displacement', 'turkish-convoy-feb-7-8', 'turkish-defence-ministry-warning', 'sochi-deal']));
    for (const event of events) expect(event.claims.totalCount).toBeGreaterThan(0);
  });

  it('resolves every spelling in the texts to one canonical entity, with every mention anchored', async () => {
    const { actors, places } = (await execute(EntitiesDocument)).data!;
    const saraqeb = places.nodes.find((p) => p.key === 'saraqeb')!;
    expect(new Set(saraqeb.mentions.map((m) => m.quote))).toEqual(new Set(['Saraqeb', 'Saraqib']));
    expect(saraqeb.mentions).toEqual(saraqeb.mentionsConnection.nodes);
    expect(saraqeb.location).toMatchObject({ precision: 'LOCALITY' });
    expect(saraqeb.location.lat).toBeCloseTo(35.86, 1);
    const sohr = actors.nodes.find((a) => a.key === 'sohr')!;
    expect(sohr.mentionsConnection.totalCount).toBe(sohr.mentionsConnection.nodes.length);
    const spellings = new Set(sohr.mentionsConnection.nodes.map((m) => m.quote.toLowerCase()));
    for (const s of ['the observatory', 'uk-based syrian human rights observatory', 'war monitor', 'syrian observatory for human rights']) expect(spellings).toContain(s);
    const texts = Object.fromEntries((await execute(SourceTextsDocument)).data!.sources.nodes.map((s) => [s.slug, s.text]));
    const mentions = [...actors.nodes, ...places.nodes].flatMap((entity) => entity.mentionsConnection.nodes);
    expect(mentions.length).toBeGreaterThan(100);
    for (const m of mentions) expect(texts[m.source.slug]!.slice(m.start, m.end)).toBe(m.quote);
  });
});

describe('topics: agreement computed from the claims\' values', () => {
  async function topic(key: string) {
    const topics = (await execute(TopicsDocument)).data!.topics.nodes;
    return topics.find((t) => t.key === key)!;
  }
  const slugs = (t: Awaited<ReturnType<typeof topic>>) => t.claims.nodes.map((c) => c.evidence[0]!.source.slug).sort();

  it('displacement: around / nearly 600,000 against some / around 586,000 and hundreds of thousands are APPROXIMATE', async () => {
    const t = await topic('displaced-since-december');
    expect(t.agreement).toBe('APPROXIMATE');
    expect(slugs(t)).toEqual(['000_2ac73e63980c6d56', '001_339d68250403d35f', '002_4a8960a6481a085a', '004_e8d984abd824f73b', '004_e8d984abd824f73b']);
    expect(t.claims.nodes.map((c) => c.quantity!.value).sort((a, b) => a - b)).toEqual([100000, 586000, 586000, 600000, 600000]);
    for (const c of t.claims.nodes) {
      expect(c.contradictsConnection.nodes).toEqual([]);
      expect(c.corroboratesConnection.nodes).toHaveLength(4);
    }
  });

  it('Turkish military dead of 3 February: seven soldiers (000) against eight military personnel (001) are a CONFLICT', async () => {
    const t = await topic('turkish-military-killed-feb-3');
    expect(t.agreement).toBe('CONFLICT');
    const seven = t.claims.nodes.find((c) => c.quantity!.value === 7)!;
    const eight = t.claims.nodes.find((c) => c.quantity!.value === 8)!;
    expect(seven.evidence[0]!.source.slug).toBe('000_2ac73e63980c6d56');
    expect(eight.evidence[0]!.source.slug).toBe('001_339d68250403d35f');
    expect(seven.contradictsConnection.nodes.map((c) => c.id)).toEqual([eight.id]);
  });

  it('the M5 still outside government control is EVOLVING: 30 km on 7–8 February, a few km on 9 February, none by 12 February', async () => {
    const t = await topic('m5-outside-government-control');
    expect(t.agreement).toBe('EVOLVING');
    const byTime = [...t.claims.nodes].sort((a, b) => (a.time!.start < b.time!.start ? -1 : 1));
    expect(byTime.map((c) => c.quantity!.value)).toEqual([30, 30, 3, 0]);
    expect(byTime.at(-1)!.supersedesConnection.totalCount).toBeGreaterThan(0);
    expect(byTime.flatMap((c) => c.contradictsConnection.nodes)).toEqual([]);
  });

  it('agrees where the values are the same, and compares 000\'s "recently conquered" with 002\'s date of full control', async () => {
    expect((await topic('syrian-troops-killed-feb-3')).agreement).toBe('AGREE');
    expect((await topic('idlib-region-population')).agreement).toBe('AGREE');
    expect((await topic('ankara-talks-outcome')).agreement).toBe('AGREE');
    expect((await topic('saraqeb-full-control-date')).agreement).toBe('APPROXIMATE');
    expect((await topic('feb-3-clash-date')).agreement).toBe('APPROXIMATE');
  });
});

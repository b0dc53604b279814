import { describe, expect, it } from 'vitest';
import {
  AnnotationsDocument,
  FilterActorsDocument,
  FilterClaimsDocument,
  FilterEventsDocument,
  FilterPlacesDocument,
  FilterTopicsDocument,
  GeoJsonDocument,
  OrderedSourcesDocument,
  SourceClaimsPageDocument,
  TimelineDocument,
  TopicPositionsDocument,
} from '../../src/generated/graphql.js';
import type { PlaceRecord } from '../../src/domain/records.js';
import { bundled, execute, slugsOf } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';

const { store } = bundled();
const keys = (nodes: Array<{ key: string }>) => nodes.map((n) => n.key);
const S = { a: '000_2ac73e63980c6d56', b: '001_339d68250403d35f', c: '002_4a8960a6481a085a', d: '003_c85c82e5940e43a6', e: '004_e8d984abd824f73b' };

async function events(filterBy: object | null, orderBy?: object) {
  const result = await execute(FilterEventsDocument, { filterBy, orderBy, first: 100 } as never);
  expect(result.errors).toBeUndefined();
  return result.data!.events.nodes;
}

describe('events(filterBy:, orderBy:)', () => {
  it('filters by date range overlapping the event\'s own range', async () => {
    const found = await events({ date: { from: '2020-02-05', to: '2020-02-09' } });
    const expected = store.events().filter((e) => e.date.start <= '2020-02-09' && e.date.end >= '2020-02-05').map((e) => e.key).sort();
    expect(keys(found).sort()).toEqual(expected);
    expect(keys(found)).toContain('saraqeb-capture');
    expect(keys(found)).toContain('idlib-displacement'); // Dec 2019 to Feb 2020 overlaps
    expect(keys(found)).not.toContain('feb-3-clash');
    expect(keys(found)).not.toContain('sochi-deal');
  });

  it('finds what happened around Saraqib between 5 and 9 February (alias, containment and dates)', async () => {
    const found = await events({ places: ['Saraqib'], date: { from: '2020-02-05', to: '2020-02-09' } });
    // The rebel counter-attacks around Saraqeb (5–6 February) are their own event since the editorial pass.
    expect(keys(found)).toEqual(['rebel-counterattack-saraqeb', 'saraqeb-capture']);
    const inIdlib = await events({ places: ['Idlib province'] });
    expect(keys(inIdlib)).toEqual(expect.arrayContaining(['saraqeb-capture', 'taftanaz-deployment', 'binnish-convoy', 'idlib-city-air-strike', 'feb-3-clash']));
    expect(keys(inIdlib)).not.toContain('israeli-strikes-damascus');
  });

  it('filters by type and sub-type', async () => {
    const battles = await events({ types: ['BATTLES'] });
    expectEach(battles, (e) => e.type === 'BATTLES');
    expect(battles.length).toBe(store.events().filter((e) => e.type === 'BATTLES').length);
    const strikes = await events({ subTypes: ['AIR_DRONE_STRIKE'] });
    expect(keys(strikes).sort()).toEqual(['idlib-city-air-strike', 'israeli-strikes-damascus']);
  });

  it('filters by actor (alias) and role', async () => {
    const erdogan = await events({ actors: ['Erdogan'] });
    expect(keys(erdogan).sort()).toEqual(['erdogan-strike-threat', 'erdogan-ultimatum', 'putin-erdogan-call', 'syria-rebuts-erdogan']);
    const speaking = await events({ actors: ['erdogan'], actorRole: 'SPEAKER' });
    expect(keys(speaking).sort()).toEqual(['erdogan-strike-threat', 'erdogan-ultimatum']);
  });

  it('filters by reporting source and by number of sources, and orders by source count', async () => {
    const from003 = await events({ sources: [S.d] });
    expectEach(from003, (e) => e.sources.some((s) => s.slug === S.d));
    expect(from003.length).toBe(store.record('Source', S.d)!.events.length);
    const multi = await events({ minSourceCount: 3 }, { field: 'SOURCE_COUNT', direction: 'DESC' });
    expectEach(multi, (e) => e.sourceCount >= 3);
    expect(multi.map((e) => e.sourceCount)).toEqual([...multi.map((e) => e.sourceCount)].sort((a, b) => b - a));
    expect(keys(multi)).toEqual(expect.arrayContaining(['feb-3-clash', 'idlib-displacement', 'm5-recapture']));
  });

  it('filters disputed events', async () => {
    const disputed = await events({ disputed: true });
    expect(keys(disputed)).toEqual(expect.arrayContaining(['feb-3-clash', 'turkish-buildup']));
    expectEach(disputed, (e) => e.disputed);
    const calm = await events({ disputed: false });
    expect(calm.length + disputed.length).toBe(store.events().length);
  });

  it('orders by date ascending and descending, ties by key', async () => {
    const asc = await events(null, { field: 'DATE', direction: 'ASC' });
    const starts = asc.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(asc[0]!.key).toBe('syrian-war-start'); // 2011, the earliest event since the editorial pass
    const desc = await events(null, { field: 'DATE', direction: 'DESC' });
    expect(desc[0]!.date.start >= desc.at(-1)!.date.start).toBe(true);
  });

  it('names the argument when a filter names nothing, or a date range is reversed', async () => {
    const unknown = await execute(FilterEventsDocument, { filterBy: { places: ['Saraqeb', 'Atlantis'] } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toBe('Invalid argument: filterBy.places[1]: no Place has the id, key or alias "Atlantis"');
    const reversed = await execute(FilterEventsDocument, { filterBy: { date: { from: '2020-02-09', to: '2020-02-01' } } });
    expect(reversed.errors?.[0]?.message).toContain('filterBy.date: from (2020-02-09) must not be after to (2020-02-01)');
    const badDate = await execute(FilterEventsDocument, { filterBy: { date: { from: '2020-02-30' } } });
    expect(badDate.errors?.[0]?.message).toMatch(/ISO 8601 calendar date/);
    const zero = await execute(FilterEventsDocument, { filterBy: { minSourceCount: 0 } });
    expect(zero.errors?.[0]?.message).toContain('minSourceCount: must be 1 or more');
  });
});

describe('pagination edges', () => {
  it('returns an empty page for an empty result', async () => {
    const result = await execute(FilterEventsDocument, { filterBy: { date: { from: '1999-01-01', to: '1999-12-31' } } });
    expect(result.data!.events).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('ends exactly on the last page, and pages back with last/before', async () => {
    const total = store.record('Source', S.a)!.claims.length;
    const firstPage = await execute(SourceClaimsPageDocument, { slug: S.a, first: total - 5 });
    const rest = await execute(SourceClaimsPageDocument, { slug: S.a, first: 5, after: firstPage.data!.source!.claims.pageInfo.endCursor });
    expect(rest.data!.source!.claims.edges).toHaveLength(5);
    expect(rest.data!.source!.claims.pageInfo.hasNextPage).toBe(false);
    const beyond = await execute(SourceClaimsPageDocument, { slug: S.a, first: 5, after: rest.data!.source!.claims.pageInfo.endCursor });
    expect(beyond.data!.source!.claims.edges).toEqual([]);
    const back = await execute(SourceClaimsPageDocument, { slug: S.a, last: 3, before: rest.data!.source!.claims.pageInfo.startCursor });
    expect(back.data!.source!.claims.edges.map((e) => e.node.id)).toEqual(firstPage.data!.source!.claims.edges.slice(-3).map((e) => e.node.id));
    expect(back.data!.source!.claims.pageInfo.hasPreviousPage).toBe(true);
    const lastOnly = await execute(SourceClaimsPageDocument, { slug: S.a, last: 2 });
    expect(lastOnly.data!.source!.claims.edges.map((e) => e.node.id)).toEqual(store.record('Source', S.a)!.claims.slice(-2).map((c) => Buffer.from(`Claim:${c.id}`).toString('base64')));
  });

  it('rejects an invalid cursor and a cursor beyond the list, naming the argument', async () => {
    const invalid = await execute(SourceClaimsPageDocument, { slug: S.a, after: 'Zm9vYmFy' });
    expect(invalid.errors?.[0]?.message).toContain('after: is not a cursor returned by this API');
    const far = Buffer.from('cursor:v1:9999').toString('base64url');
    const beyond = await execute(SourceClaimsPageDocument, { slug: S.a, before: far });
    expect(beyond.errors?.[0]?.message).toContain('before: cursor is out of range for this list');
  });

  it('defaults to 20 items', async () => {
    const result = await execute(FilterClaimsDocument, {});
    expect(result.data!.claims.nodes).toHaveLength(20);
  });
});

describe('claims(filterBy:, orderBy:)', () => {
  const claims = async (filterBy: object, orderBy?: object) => {
    const result = await execute(FilterClaimsDocument, { filterBy, orderBy, first: 100 } as never);
    expect(result.errors).toBeUndefined();
    return result.data!.claims;
  };

  it('finds everything the Observatory claimed, under any of its names', async () => {
    const sohr = await claims({ claimants: ['the Observatory'] });
    expect(sohr.totalCount).toBe(store.record('Actor', 'sohr')!.claimsAsClaimant.length);
    expectEach(sohr.nodes, (c) => c.claimant?.key === 'sohr');
    expect(new Set(sohr.nodes.map((c) => c.source.slug)).size).toBe(5);
    expect((await claims({ claimants: ['SOHR'] })).totalCount).toBe(sohr.totalCount);
  });

  it('filters by source, topic, event, modality and attribution', async () => {
    const c = await claims({ sources: [S.c], modalities: ['QUOTED'] });
    expectEach(c.nodes, (x) => x.source.slug === S.c && x.modality === 'QUOTED');
    expect(c.totalCount).toBeGreaterThan(0);
    const topic = await claims({ topics: ['displaced-since-december'] });
    expect(topic.totalCount).toBe(5); // 004's "hundreds of thousands" joined the four figures
    const event = await claims({ events: ['feb-3-clash'], attribution: 'UNATTRIBUTED' });
    expectEach(event.nodes, (x) => x.events.some((e) => e.key === 'feb-3-clash') && x.attribution === 'UNATTRIBUTED');
  });

  it('filters by time range, quantity presence and quantity range (with the qualifier\'s bounds)', async () => {
    const feb3 = await claims({ time: { from: '2020-02-03', to: '2020-02-03' } });
    expectEach(feb3.nodes, (x) => x.time!.start <= '2020-02-03' && x.time!.end >= '2020-02-03');
    expect(feb3.totalCount).toBeGreaterThan(3);
    const numbered = await claims({ hasQuantity: true });
    expect(numbered.totalCount).toBe(store.claims().filter((x) => x.quantity).length);
    const big = await claims({ quantity: { min: 550000, max: 650000, unit: 'person' } });
    expect(big.nodes.map((x) => x.quantity!.value)).toEqual(expect.arrayContaining([586000, 586000, 600000, 600000]));
    // "more than 300 civilians" is unbounded above, so it overlaps too; "3 million" does not.
    for (const x of big.nodes) expect(x.quantity!.low! <= 650000 && (x.quantity!.high ?? Infinity) >= 550000).toBe(true);
    expect(big.nodes.map((x) => x.quantity!.value)).not.toContain(3000000);
    const over = await claims({ quantity: { min: 1500, unit: 'vehicle' } });
    expect(over.nodes.map((x) => x.quantity!.value)).toContain(1000); // "well over 1,000" is unbounded above
  });

  it('filters by place (alias, with places within) and by actor named', async () => {
    const saraqib = await claims({ places: ['saraqib'] });
    expect(saraqib.totalCount).toBe(store.record('Place', 'saraqeb')!.claims.length);
    // Idlib province contains Saraqeb, Binnish, Taftanaz...: its claims include theirs.
    const province = store.record('Place', 'idlib-province')!;
    const inProvince = (place: PlaceRecord | null): boolean => place !== null && (place === province || inProvince(place.within));
    const expected = store.claims().filter((c) => c.places.some(inProvince));
    expect(expected.length).toBeGreaterThan(province.claims.length);
    const idlib = await claims({ places: ['Idlib province'] });
    expect(idlib.totalCount).toBe(expected.length);
    expect(idlib.nodes.map((c) => c.id)).toEqual(expected.slice(0, 100).map((c) => Buffer.from(`Claim:${c.id}`).toString('base64')));
    const russia = await claims({ actors: ['Russia'] });
    expectEach(russia.nodes, (x) => x.actors.some((a) => a.key === 'russia') || x.claimant?.key === 'russia');
  });

  it('orders by time, publication date and quantity', async () => {
    const byQuantity = await claims({ topics: ['displaced-since-december'] }, { field: 'QUANTITY', direction: 'DESC' });
    expect(byQuantity.nodes.map((x) => x.quantity!.value)).toEqual([600000, 600000, 586000, 586000, 100000]);
    const byPublished = await claims({ hasQuantity: true }, { field: 'PUBLISHED_AT', direction: 'ASC' });
    const dates = byPublished.nodes.map((x) => x.source.publishedAt);
    expect(dates).toEqual([...dates].sort());
    const byTime = await claims({ topics: ['m5-outside-government-control'] }, { field: 'TIME', direction: 'ASC' });
    expect(byTime.nodes.map((x) => x.quantity!.value)).toEqual([30, 30, 3, 0]);
  });
});

describe('topics: the disputes view and positions side by side', () => {
  it('topics(filterBy: { agreement: [CONFLICT] }) lists the disputes', async () => {
    const result = await execute(FilterTopicsDocument, { filterBy: { agreement: ['CONFLICT'] } });
    expect(keys(result.data!.topics.nodes)).toEqual(['offensive-start-date', 'turkish-military-killed-feb-3', 'turkish-reinforcements-date', 'turkish-vehicles-past-week']);
    expect(slugsOf(result)).toEqual([S.a, S.b, S.c, S.d, S.e]);
  });

  it('filters by value kind and source, and orders by source count', async () => {
    const dates = await execute(FilterTopicsDocument, { filterBy: { valueKinds: ['DATE'] } });
    expect(keys(dates.data!.topics.nodes).sort()).toEqual(['ankara-talks-date', 'feb-3-clash-date', 'idlib-deal-year', 'offensive-start-date', 'saraqeb-bombardment-start', 'saraqeb-full-control-date', 'turkish-reinforcements-date', 'war-start-year']);
    const fromD = await execute(FilterTopicsDocument, { filterBy: { sources: [S.d] } });
    expectEach(fromD.data!.topics.nodes, (t) => t.sources.some((s) => s.slug === S.d));
    const ordered = await execute(FilterTopicsDocument, { orderBy: { field: 'SOURCE_COUNT', direction: 'DESC' } });
    const counts = ordered.data!.topics.nodes.map((t) => t.sources.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('Topic.positions gives each source\'s value, claimant, qualifier, as-of time and evidence, in time order', async () => {
    const id = Buffer.from('Topic:turkish-military-killed-feb-3').toString('base64');
    const result = await execute(TopicPositionsDocument, { id });
    const topic = result.data!.node as Extract<NonNullable<typeof result.data>['node'], { positions: unknown }>;
    expect(topic.agreement).toBe('CONFLICT');
    // 001's "Feb. 3" holds for 3 February; 000's "earlier this week" for the six days before its 8 February report.
    expect(topic.positions.map((p) => [p.source.slug, p.value, p.qualifier, p.asOfEnd])).toEqual([
      [S.b, 8, 'EXACT', '2020-02-03'],
      [S.a, 7, 'EXACT', '2020-02-07'],
    ]);
    expect(topic.positions[1]!.words).toBe('seven Turkish soldiers');
    expect(topic.positions[0]!.evidence[0]!.quote).toContain('eight Turkish military personnel');
    const displaced = (await execute(TopicPositionsDocument, { id: Buffer.from('Topic:displaced-since-december').toString('base64') })).data!.node as typeof topic;
    expect(displaced.positions.map((p) => p.asOfEnd)).toEqual([...displaced.positions.map((p) => p.asOfEnd)].sort());
    expect(displaced.positions.find((p) => p.source.slug === S.a)!.claimant?.key).toBe('united-nations');
  });
});

describe('timeline(from:, to:, granularity:)', () => {
  it('puts day-precise events in their days and keeps less precise ones unplaced', async () => {
    const result = await execute(TimelineDocument, { from: '2020-02-03', to: '2020-02-12', granularity: 'DAY' });
    const { buckets, unplaced } = result.data!.timeline;
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toMatchObject({ start: '2020-02-03', end: '2020-02-03' });
    const feb3 = buckets[0]!;
    expect(keys(feb3.events)).toContain('feb-3-clash');
    expect(feb3.count).toBe(feb3.events.length);
    expect(feb3.sources.map((s) => s.slug)).toEqual(expect.arrayContaining([S.a, S.b, S.e]));
    // Saraqeb: 5 to 8 February, day-precise, in each of those days
    for (const day of ['2020-02-05', '2020-02-06', '2020-02-07', '2020-02-08']) expect(keys(buckets.find((b) => b.start === day)!.events)).toContain('saraqeb-capture');
    expect(keys(unplaced)).toEqual(expect.arrayContaining(['m5-recapture', 'idlib-displacement', 'ankara-talks']));
    expectEach(unplaced, (e) => e.date.precision !== 'DAY');
    expect(buckets.flatMap((b) => keys(b.events))).not.toContain('m5-recapture');
  });

  it('buckets by ISO week from Monday', async () => {
    const result = await execute(TimelineDocument, { from: '2020-02-01', to: '2020-02-16', granularity: 'WEEK' });
    const { buckets } = result.data!.timeline;
    expect(buckets.map((b) => b.start)).toEqual(['2020-01-27', '2020-02-03', '2020-02-10']);
    expect(keys(buckets[1]!.events)).toEqual(expect.arrayContaining(['feb-3-clash', 'saraqeb-capture', 'unsc-emergency-session']));
  });

  it('rejects a reversed range and too many buckets', async () => {
    const reversed = await execute(TimelineDocument, { from: '2020-02-10', to: '2020-02-01' });
    expect(reversed.errors?.[0]?.message).toContain('to: to must not be before from');
    const long = await execute(TimelineDocument, { from: '2000-01-01', to: '2020-01-01' });
    expect(long.errors?.[0]?.message).toMatch(/at most 366 are allowed/);
  });
});

describe('geojson(filterBy:)', () => {
  it('returns an RFC 7946 FeatureCollection of events at their places, with provenance in the properties', async () => {
    const result = await execute(GeoJsonDocument, { filterBy: { places: ['Idlib province'] } });
    const doc = result.data!.geojson as { type: string; features: Array<{ type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, any> }> };
    expect(doc.type).toBe('FeatureCollection');
    expect(Array.isArray(doc.features)).toBe(true);
    expect(doc.features.length).toBeGreaterThan(5);
    for (const f of doc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect(typeof f.properties).toBe('object');
      expect(f.properties.sources.length).toBeGreaterThan(0);
      for (const q of f.properties.quotes) expect(store.record('Source', q.source)!.text.slice(q.start, q.end)).toBe(q.quote);
    }
    const saraqeb = doc.features.find((f) => f.properties.event === 'saraqeb-capture')!;
    expect(saraqeb.geometry.coordinates).toEqual([36.8006, 35.8636]); // [lon, lat], the town centre since the editorial pass
    expect(slugsOf(result)).toEqual([...new Set(doc.features.flatMap((f) => f.properties.sources as string[]))].sort());
  });
});

describe('Source.annotations(kinds:)', () => {
  it('returns every anchor sorted by offset, each matching the text', async () => {
    const result = await execute(AnnotationsDocument, { slug: S.c });
    const { text, annotations } = result.data!.source!;
    const starts = annotations.map((a) => a.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const a of annotations) expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
    const kinds = new Set(annotations.map((a) => a.kind));
    for (const k of ['CLAIM', 'MENTION', 'QUANTITY', 'DATE', 'BOILERPLATE']) expect(kinds).toContain(k);
    expectEach(annotations.filter((a) => a.kind === 'MENTION'), (a) => Boolean(a.actor || a.place));
    const boilerplate = await execute(AnnotationsDocument, { slug: S.c, kinds: ['BOILERPLATE'] });
    expectEach(boilerplate.data!.source!.annotations, (a) => a.kind === 'BOILERPLATE' && Boolean(a.label));
  });
});

describe('actors, places and sources filters', () => {
  it('finds entities by alias and kind, places within a place, and orders sources by date', async () => {
    const actors = await execute(FilterActorsDocument, { filterBy: { names: ['war monitor', 'Sana'] } });
    expect(keys(actors.data!.actors.nodes)).toEqual(['sana', 'sohr']);
    const monitors = await execute(FilterActorsDocument, { filterBy: { kinds: ['MONITOR'] } });
    expect(keys(monitors.data!.actors.nodes)).toEqual(['sohr']);
    const within = await execute(FilterPlacesDocument, { filterBy: { within: 'Idlib', kinds: ['TOWN'] } });
    expect(keys(within.data!.places.nodes)).toEqual(['binnish', 'saraqeb', 'taftanaz']);
    const byDate = await execute(OrderedSourcesDocument, { orderBy: { field: 'PUBLISHED_AT', direction: 'ASC' } });
    expect(byDate.data!.sources.nodes.map((s) => s.publishedAt)).toEqual(['2020-02-06', '2020-02-08', '2020-02-09', '2020-02-09', '2020-02-12']);
    const range = await execute(OrderedSourcesDocument, { filterBy: { publishedAt: { from: '2020-02-09', to: '2020-02-09' } } });
    expect(range.data!.sources.nodes.map((s) => s.slug)).toEqual([S.b, S.c]);
    const cgtn = await execute(OrderedSourcesDocument, { filterBy: { publishers: ['cgtn'] } });
    expect(cgtn.data!.sources.nodes.map((s) => s.slug)).toEqual([S.c]);
  });
});

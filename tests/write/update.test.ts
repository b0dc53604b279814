/**
 * A write applied to the store in place (src/load/update.ts) leaves it as a
 * fresh load of the written folder would be: after each write of a sequence
 * that exercises every kind of change (an article added, claims confirmed,
 * rejected and edited, topics and events made and changed, actors and places
 * made, aliases added, entities merged), every record, list, index, agreement,
 * mention and anchor of the updated store is compared with a cold load of the
 * same files. Search is compared by its counts and its sets of hits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord, EntityRecord, Span } from '../../src/domain/records.js';
import type { MemoryStore } from '../../src/domain/store.js';
import { loadData, loadStore } from '../../src/load/index.js';
import { ReadWriteGate } from '../../src/write/gate.js';
import { planIngest } from '../../src/write/ingest.js';
import * as plans from '../../src/write/plans.js';
import { DataWriter } from '../../src/write/writer.js';
import { DATA_DIR } from '../helpers/api.js';

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((r) => r.id);
const span = (s: Span) => [s.source.slug, s.start, s.end];
const groups = <K, T extends { id: string }>(map: ReadonlyMap<K, readonly T[]>) =>
  [...map].filter(([, list]) => list.length > 0).map(([k, list]) => [String(k), ids(list)]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
const SEARCHES = ['Saraqib', 'Observatory', 'convoy', 'Turkish soldiers killed', 'displaced', 'Idlib', 'Newswire', 'Qamishli'];

/** Everything a query can read from a store, in a canonical form. */
function dump(store: MemoryStore) {
  const x = store.indexes;
  const claim = (c: ClaimRecord) => ({
    id: c.id,
    statement: c.statement,
    curation: c.curation,
    attribution: c.attribution,
    modality: c.modality,
    topic: c.topic?.id ?? null,
    answer: c.answer,
    claimants: ids(c.claimants),
    events: ids(c.events),
    places: ids(c.places),
    actors: ids(c.actors),
    quantity: c.quantity && [c.quantity.value, c.quantity.unit, c.quantity.qualifier, c.quantity.range, span(c.quantity.evidence)],
    time: c.time && [c.time.start, c.time.end, c.time.precision, c.time.words, c.time.evidence && span(c.time.evidence)],
    evidence: c.evidence.map(span),
    corroborates: ids(c.corroborates),
    contradicts: ids(c.contradicts),
    supersedes: ids(c.supersedes),
    suggestions: c.suggestions.map((s) => [s.id, s.kind, s.target?.id ?? null, s.status, s.confidence]),
  });
  const entity = (e: EntityRecord) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    curation: e.curation,
    mergedKeys: e.mergedKeys,
    claims: ids(e.claims),
    sources: ids(e.sources),
    mentions: e.mentions.slice().map(span),
    ...(e.nodeKind === 'Actor'
      ? { memberOf: e.memberOf?.id ?? null, claimsAsClaimant: ids(e.claimsAsClaimant), events: e.events.map((r) => [r.event.id, r.role]) }
      : { within: e.within?.id ?? null, location: e.location, events: ids(e.events), claimsWithin: ids(e.claimsWithin), eventsWithin: ids(e.eventsWithin), placesWithin: ids(e.placesWithin) }),
  });
  return {
    version: store.version,
    counts: store.counts,
    sources: x.sources.map((s) => ({
      id: s.id,
      claims: ids(s.claims),
      events: ids(s.events),
      topics: ids(s.topics),
      boilerplate: s.boilerplate.map((b) => [b.kind, span(b.span)]),
      nonAssertions: s.nonAssertions.map((n) => [n.reason, span(n.span)]),
      annotations: store.annotations(s).map((a) => [a.kind, span(a.span), a.claim?.id ?? null, a.entity?.id ?? null, a.label]),
    })),
    claims: x.claims.map(claim),
    events: x.events.map((e) => ({ id: e.id, title: e.title, type: e.type, subType: e.subType, date: e.date, places: ids(e.places), actors: e.actors.map((a) => [a.actor.id, a.role]), claims: ids(e.claims), sources: ids(e.sources), disputed: e.disputed, evidence: e.evidence.map(span) })),
    topics: x.topics.map((t) => ({
      id: t.id,
      question: t.question,
      unit: t.unit,
      agreement: t.agreement,
      claims: ids(t.claims),
      sources: ids(t.sources),
      positions: t.positions.slice().map((p) => [p.claim.id, p.asOf, p.curated]),
      provisional: t.provisional && { agreement: t.provisional.agreement, suggested: ids(t.provisional.suggested), positions: t.provisional.positions.slice().map((p) => [p.claim.id, p.curated]) },
    })),
    actors: x.actors.map(entity),
    places: x.places.map(entity),
    indexes: {
      sourcesByDate: ids(x.sourcesByDate),
      eventsByDate: ids(x.eventsByDate),
      claimsByTime: ids(x.claimsByTime),
      sourcesByPublisher: groups(x.sourcesByPublisher),
      claimsBy: { modality: groups(x.claimsBy.modality), attribution: groups(x.claimsBy.attribution), curation: groups(x.claimsBy.curation), withQuantity: ids(x.claimsBy.withQuantity) },
      eventsBy: { type: groups(x.eventsBy.type), subType: groups(x.eventsBy.subType), disputed: groups(x.eventsBy.disputed), sourceCount: ids(x.eventsBy.sourceCount) },
      topicsBy: { agreement: groups(x.topicsBy.agreement), provisionalAgreement: groups(x.topicsBy.provisionalAgreement), valueKind: groups(x.topicsBy.valueKind) },
      actorsByKind: groups(x.actorsByKind),
      placesByKind: groups(x.placesByKind),
      aliases: [...x.aliases.entityByAlias].map(([alias, e]) => [alias, e.id]).sort(),
      redirects: [...x.redirects].map(([key, e]) => [key, e.id]).sort(),
    },
    queries: {
      disputedEvents: ids(store.events({ disputed: true })),
      conflicts: ids(store.topics({ agreements: ['CONFLICT'] })),
      autoClaims: ids(store.claims({ curation: 'AUTO' })),
      inIdlib: ids(store.claims({ places: store.places({ names: [store.record('Place', 'idlib-province')!] }) })),
    },
    search: SEARCHES.map((q) => {
      const hits = store.search(q);
      return [q, hits.length, hits.slice(0, 100).map((h) => h.key).sort()];
    }),
  };
}

const ARTICLE = `Turkish convoy reaches Idlib as fighting nears Saraqib

ISTANBUL, Feb 9 (Newswire) - A Turkish military convoy of about 100 vehicles crossed into Idlib province on Sunday, the Turkish defence ministry said.

Syrian government forces captured the town of Saraqib, the Syrian Observatory for Human Rights said.

Some 700,000 people have fled their homes since December, the United Nations said.
`;

let dir: string;
let writer: DataWriter;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-update-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  writer = new DataWriter(dir, await loadData(dir), new ReadWriteGate());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Makes a write, then compares the store with a fresh load of the folder. */
async function writeAndCompare(plan: (store: MemoryStore) => plans.WritePlan | Promise<plans.WritePlan>) {
  const committed = await writer.write('tester', writer.store.version, plan);
  const fresh = await loadStore(dir);
  expect(writer.store.version).toBe(fresh.version);
  expect(dump(writer.store)).toEqual(dump(fresh));
  return committed;
}

const claimOf = (store: MemoryStore, id: string) => {
  const c = store.record('Claim', id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

describe('a write applied in place', () => {
  it('gives the same store as a fresh load, write after write', async () => {
    // An article with machine-made claims.
    await writeAndCompare((store) => planIngest(dir, store, { text: ARTICLE, publisher: 'Newswire', publishedAt: '2020-02-09', url: 'https://example.org/newswire/1', slug: 'newswire-convoy' }));
    const auto = writer.store.claims({ curation: 'AUTO' });
    expect(auto.length).toBeGreaterThanOrEqual(3);

    // A displaced count confirmed into the displacement topic: its agreement moves.
    const displaced = auto.find((c) => c.statement.includes('700,000'))!;
    expect(displaced).toBeDefined();
    const topic = writer.store.record('Topic', 'displaced-since-december')!;
    await writeAndCompare(() =>
      plans.editClaim(dir, displaced, {
        topic,
        quantity: { value: 700000, unit: topic.unit!, qualifier: 'APPROXIMATELY', words: 'Some 700,000' },
        claimants: [writer.store.record('Actor', 'united-nations')!],
        time: { start: '2019-12-01', end: '2020-02-09', precision: 'DAY' },
      }),
    );
    await writeAndCompare((store) => plans.reviewClaim(dir, { claim: claimOf(store, displaced.id), decision: 'CONFIRM' }));
    expect(writer.store.record('Claim', displaced.id)!.curation).toBe('CURATED');

    // A claim rejected: gone from every list.
    const rejected = writer.store.claims({ curation: 'AUTO' }).find((c) => !c.statement.toLowerCase().includes('convoy'))!;
    expect(rejected).toBeDefined();
    await writeAndCompare((store) => plans.reviewClaim(dir, { claim: claimOf(store, rejected.id), decision: 'REJECT' }));
    expect(writer.store.record('Claim', rejected.id)).toBeUndefined();

    // An event made with a claim, then moved and re-dated; a topic made with a claim.
    const convoy = writer.store.claims({ sources: [writer.store.record('Source', 'newswire-convoy')!] }).find((c) => c.statement.toLowerCase().includes('convoy'));
    expect(convoy).toBeDefined();
    await writeAndCompare((store) =>
      plans.createEvent(dir, {
        event: { key: 'convoy-feb-9', title: 'Turkish convoy enters Idlib', description: 'A Turkish convoy crosses into Idlib province.', type: 'STRATEGIC_DEVELOPMENTS', subType: 'HEADQUARTERS_OR_BASE_ESTABLISHED', date: { start: '2020-02-09', end: '2020-02-09', precision: 'DAY' }, places: ['idlib-province'], actors: [{ actor: 'turkish-military', role: 'INITIATOR' }] },
        claims: [claimOf(store, convoy!.id)],
      }),
    );
    await writeAndCompare((store) => plans.updateEvent(dir, store.record('Event', 'convoy-feb-9')!, { places: ['saraqeb', 'turkish-border'], date: { start: '2020-02-08', end: '2020-02-09', precision: 'DAY' } }));
    await writeAndCompare((store) => plans.editClaim(dir, claimOf(store, convoy!.id), { quantity: { value: 100, unit: 'vehicle', qualifier: 'APPROXIMATELY', words: 'about 100' } }));
    await writeAndCompare((store) =>
      plans.createTopic(dir, {
        topic: { key: 'convoy-size-feb-9', question: 'How many vehicles did the Turkish convoy that entered Idlib on 9 February 2020 have?', measure: 'vehicles in the convoy', unit: 'vehicle', population: 'the convoy', timeframe: '9 February 2020', valueKind: 'QUANTITY', expectedChange: 'NONE' },
        claims: [claimOf(store, convoy!.id)],
      }),
    );

    // An actor and a place made; an alias that occurs in the texts added (mentions found again).
    await writeAndCompare(() => plans.createActor(dir, { key: 'newswire', name: 'Newswire', kind: 'NEWS_AGENCY', description: 'A wire service.', aliases: ['Newswire'], curation: 'CURATED', mergedKeys: [] }));
    await writeAndCompare(() =>
      plans.createPlace(dir, { key: 'qamishli', name: 'Qamishli', kind: 'CITY', description: 'A city in north-east Syria.', aliases: ['Qamishli'], location: { lat: 37.05, lon: 41.22, precision: 'LOCALITY' }, within: 'syria', curation: 'CURATED', mergedKeys: [] }),
    );
    await writeAndCompare((store) => plans.addAlias(dir, { entity: store.record('Place', 'saraqeb')!, alias: 'the town of Saraqib' }));

    // Two actors merged: references, aliases and the old key move to the one kept.
    await writeAndCompare((store) => plans.mergeEntities(dir, { keep: store.record('Actor', 'sohr')!, remove: store.record('Actor', 'rami-abdul-rahman')!, autoClaims: store.claims({ curation: 'AUTO' }) }));
    expect(writer.store.record('Actor', 'rami-abdul-rahman')?.key).toBe('sohr');

    // The change log has every write, in order.
    const log = readFileSync(join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(log.map((e) => e.kind)).toEqual(writer.log.entries.map((e) => e.kind));
    expect(log.length).toBeGreaterThanOrEqual(10);
  });
});

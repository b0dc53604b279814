/**
 * The draft and its writing, on articles written for these tests: the
 * Knowledge made from a loaded store, a pure draftArticle, and ingest into a
 * temporary copy of the bundled data, loaded back with the real loader (AUTO
 * actors and places written to entities/, suggestions that name existing
 * records, proposals typed), a second article joining the first's new actor
 * and new event, and a failure half-way that leaves every file as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Actors, Places, SourceAnnotations } from '../../src/domain/format.js';
import type { MemoryStore } from '../../src/domain/store.js';
import { appendRecords, draftArticle } from '../../src/ingest/draft.js';
import { EVENT_CLAIMS_KEPT, type Knowledge } from '../../src/ingest/entities.js';
import { IngestError } from '../../src/ingest/ingest.js';
import { ingestFile as ingest } from '../../src/write/ingest.js';
import { journalHooks } from '../../src/write/journal.js';
import { DataWriter } from '../../src/write/writer.js';
import { knowledgeAfter, knowledgeFromStore } from '../../src/ingest/knowledge.js';
import { prepare } from '../../src/ingest/prepared.js';
import { DEFAULT_CONFIDENCE } from '../../src/ingest/link.js';
import { hashDataFolder, loadStore } from '../../src/load/index.js';
import { DATA_DIR } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';
import { dataCopy } from '../helpers/fixtures.js';

const FIRST = [
  'Sarakib falls to government troops',
  'Posted 2 hours ago',
  '',
  'Syrian government troops took full control of Sarakib on Saturday, our correspondent in the town said.',
  '',
  'The Lakeside Press Agency said Turkish armoured vehicles crossed into Idlib province overnight on Friday.',
  '',
  'A car bomb exploded in the village of Kesh Beida near Saraqeb on Saturday, killing four people, villagers said.',
  '',
  '© 2020 Harbour Radio',
  '',
].join('\n');

const SECOND = [
  'Car bomb toll rises near Saraqeb',
  '',
  'The car bomb that exploded in Kesh Beida on Saturday killed five people, the Lakeside Press Agency said.',
  '',
  'Harbour Radio’s reporter said the road to Saraqeb was reopened on Sunday.',
  '',
].join('\n');

const made: string[] = [];
const article = (name: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-article-'));
  made.push(dir);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let store: MemoryStore;
let knowledge: Knowledge;
beforeAll(async () => {
  store = await loadStore(DATA_DIR);
  knowledge = knowledgeFromStore(store);
});

describe('knowledgeFromStore', () => {
  it('holds every entity, topic and event of the store, with the curated evidence of each event', () => {
    expect(knowledge.actors.map((a) => a.key).sort()).toEqual(store.actors().map((a) => a.key).sort());
    expect(knowledge.places.length).toBe(store.counts.Place);
    expect(knowledge.topics.length).toBe(store.counts.Topic);
    expect(knowledge.events!.length).toBe(store.counts.Event);
    const capture = knowledge.eventClaims!.get('saraqeb-capture')!;
    expectEach(capture, (c) => c.events.includes('saraqeb-capture') && store.record('Claim', c.id)?.curation === 'CURATED', 'evidence of saraqeb-capture');
    for (const list of knowledge.eventClaims!.values()) expect(list.length).toBeLessThanOrEqual(EVENT_CLAIMS_KEPT);
    expect(knowledge.topicAnswers!.get('displaced-since-december')!.length).toBeGreaterThan(2);
    expect(knowledge.topicClaims!.get('displaced-since-december')!.length).toBeGreaterThan(2);
    expect(knowledge.pendingEvents).toEqual([]);
  });
});

describe('draftArticle', () => {
  const input = () => ({ text: FIRST, bytes: Buffer.from(FIRST), slug: 'harbour-radio-saraqeb', publisher: 'Harbour Radio', publishedAt: '2020-02-08', knowledge });

  it('is a pure function: the same input gives the same draft, and no file is touched', async () => {
    const before = await hashDataFolder(DATA_DIR);
    const a = draftArticle(input());
    const b = draftArticle(input());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(await hashDataFolder(DATA_DIR)).toBe(before);
    expect(a.files.map(([rel]) => rel)).toEqual(['proposals/harbour-radio-saraqeb.json', 'sources/harbour-radio-saraqeb.json', 'sources/harbour-radio-saraqeb.txt', 'annotations/harbour-radio-saraqeb.json']);
  });

  it('suggests the known event and place of a claim across articles, and gives the outlet as its reporter’s claimant', () => {
    const d = draftArticle(input());
    const fell = d.annotations.claims.find((c) => c.evidence.some((e) => e.quote.includes('took full control of Sarakib')))!;
    expect(fell.claimants).toEqual(['harbour-radio']);
    const events = fell.suggestions!.filter((s) => s.kind === 'EVENT').sort((a, b) => b.confidence - a.confidence);
    expect(events[0]).toMatchObject({ target: 'saraqeb-capture' });
    expect(events[0]!.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE);
    expect(fell.suggestions!.find((s) => s.kind === 'PLACE' && s.target === 'saraqeb')?.reasons[0]).toMatch(/Sarakib/);
    expect(d.entities.actors.map((a) => [a.key, a.kind])).toEqual(
      expect.arrayContaining([
        ['harbour-radio', 'BROADCASTER'],
        ['lakeside-press-agency', 'NEWS_AGENCY'],
      ]),
    );
    expect(d.entities.places).toEqual([expect.objectContaining({ key: 'kesh-beida', name: 'Kesh Beida', kind: 'VILLAGE', within: 'idlib-province', curation: 'AUTO' })]);
    // Typed proposals: kinds, what is written as AUTO, the new event, the suggestions' counts.
    expect(d.proposals.entities).toContainEqual(expect.objectContaining({ type: 'actor', key: 'lakeside-press-agency', kind: 'NEWS_AGENCY', auto: true }));
    expect(d.proposals.events.length).toBeGreaterThan(0);
    expect(d.proposals.suggestions.threshold).toBe(DEFAULT_CONFIDENCE);
    expect(d.proposals.suggestions.total).toBe(d.annotations.claims.reduce((n, c) => n + c.suggestions!.length, 0));
  });
});

describe('knowledgeAfter', () => {
  it('adds a draft’s new actors, places and proposed events, and keeps the costly indexes of the evidence it shares', () => {
    const d = draftArticle({ text: FIRST, bytes: Buffer.from(FIRST), slug: 'harbour-radio-saraqeb', publisher: 'Harbour Radio', publishedAt: '2020-02-08', knowledge });
    const after = knowledgeAfter(knowledge, d);
    expect(after.actors.length).toBe(knowledge.actors.length + d.entities.actors.length);
    expect(after.places.map((p) => p.key)).toContain('kesh-beida');
    expect(after.pendingEvents!.map((p) => p.key)).toEqual(d.proposals.events.map((e) => e.key).sort());
    expect(after.pendingEvents![0]!.sources).toEqual(['harbour-radio-saraqeb']);
    expect(prepare(after).topics).toBe(prepare(knowledge).topics);
    expect(prepare(after).categories).toBe(prepare(knowledge).categories);
    // The second article resolves the first one's new actor by its alias, without a new one.
    const again = draftArticle({ text: SECOND, bytes: Buffer.from(SECOND), slug: 'harbour-radio-toll', publisher: 'Harbour Radio', publishedAt: '2020-02-09', knowledge: after });
    expect(again.entities.actors).toEqual([]);
    expect(again.annotations.claims.flatMap((c) => c.claimants)).toContain('lakeside-press-agency');
  });
});

describe('ingest with AUTO entities', () => {
  let dir: string;
  beforeAll(() => {
    dir = dataCopy();
    made.push(dir);
  });
  afterEach(() => {
    delete journalHooks.beforeFile;
  });

  it('appends the new AUTO actors and places to entities/, and the folder loads with the claims naming them', async () => {
    const actorsBefore = readFileSync(join(dir, 'entities/actors.json'), 'utf8');
    const placesBefore = readFileSync(join(dir, 'entities/places.json'), 'utf8');
    const result = await ingest({ file: article('harbour-radio-saraqeb.txt', FIRST), dataDir: dir, publisher: 'Harbour Radio', publishedAt: '2020-02-08' });
    expect(result.files).toEqual(['proposals/harbour-radio-saraqeb.json', 'sources/harbour-radio-saraqeb.json', 'sources/harbour-radio-saraqeb.txt', 'entities/actors.json', 'entities/places.json', 'annotations/harbour-radio-saraqeb.json']);
    // The files' own bytes are kept; the records are appended.
    const actorsAfter = readFileSync(join(dir, 'entities/actors.json'), 'utf8');
    expect(actorsAfter.startsWith(actorsBefore.slice(0, actorsBefore.lastIndexOf('}') + 1))).toBe(true);
    expect(readFileSync(join(dir, 'entities/places.json'), 'utf8').startsWith(placesBefore.slice(0, placesBefore.lastIndexOf('}') + 1))).toBe(true);
    const auto = Actors.parse(JSON.parse(actorsAfter)).filter((a) => a.curation === 'AUTO');
    expect(auto.map((a) => a.key).sort()).toEqual(result.entities.actors.map((a) => a.key).sort());

    const loaded = await loadStore(dir);
    const source = loaded.record('Source', 'harbour-radio-saraqeb')!;
    const fell = source.claims.find((c) => c.evidence.some((e) => e.quote.includes('took full control of Sarakib')))!;
    expect(fell.claimants.map((a) => [a.key, a.kind])).toEqual([['harbour-radio', 'BROADCASTER']]);
    expect(loaded.record('Place', 'kesh-beida')).toMatchObject({ kind: 'VILLAGE' });
    // Every suggestion that names a record names one the store has.
    const doc = SourceAnnotations.parse(JSON.parse(readFileSync(join(dir, 'annotations/harbour-radio-saraqeb.json'), 'utf8')));
    const suggestions = doc.claims.flatMap((c) => c.suggestions);
    const kinds = { TOPIC: 'Topic', EVENT: 'Event', CLAIMANT: 'Actor', ACTOR: 'Actor', PLACE: 'Place' } as const;
    expectEach(suggestions.filter((s) => s.target), (s) => !!loaded.record(kinds[s.kind], s.target!), 'suggestions with a target');
  });

  it('a second article reuses the first one’s new actor and joins its proposed new event', async () => {
    const first = SourceAnnotations.parse(JSON.parse(readFileSync(join(dir, 'annotations/harbour-radio-saraqeb.json'), 'utf8')));
    const proposal = first.claims.flatMap((c) => c.suggestions).find((s) => s.kind === 'EVENT' && s.proposal?.kind?.includes('REMOTE_EXPLOSIVE'))!;
    expect(proposal).toBeDefined();
    const result = await ingest({ file: article('harbour-radio-toll.txt', SECOND), dataDir: dir, publisher: 'Harbour Radio', publishedAt: '2020-02-09' });
    expect(result.entities.actors).toEqual([]);
    const doc = SourceAnnotations.parse(JSON.parse(readFileSync(join(dir, 'annotations/harbour-radio-toll.json'), 'utf8')));
    const toll = doc.claims.find((c) => c.evidence.some((e) => e.quote.includes('killed five people')))!;
    expect(toll.claimants).toEqual(['lakeside-press-agency']);
    expect(toll.places).toContain('kesh-beida');
    const joined = toll.suggestions.find((s) => s.kind === 'EVENT' && s.proposal)!;
    expect(joined.proposal!.key).toBe(proposal.proposal!.key);
    expect(doc.claims.find((c) => c.evidence.some((e) => e.quote.includes('road to Saraqeb')))!.claimants).toEqual(['harbour-radio']);
    const actors = Actors.parse(JSON.parse(readFileSync(join(dir, 'entities/actors.json'), 'utf8')));
    expect(actors.filter((a) => a.key === 'harbour-radio')).toHaveLength(1);
    await loadStore(dir);
  });

  it('a write cut off before the annotations, with the entities files replaced, is finished at the next start', async () => {
    const actors = readFileSync(join(dir, 'entities/actors.json'));
    journalHooks.beforeFile = (path) => {
      if (path.startsWith('annotations/')) throw new Error('disk full');
    };
    const text = ['Convoy reaches Binnish', '', 'The Coastline Wire said a new convoy reached Binnish on Monday.', ''].join('\n');
    await expect(ingest({ file: article('coastline-binnish.txt', text), dataDir: dir, publisher: 'Harbour Radio', publishedAt: '2020-02-10' })).rejects.toThrow(/disk full/);
    expect(readFileSync(join(dir, 'entities/actors.json'))).not.toEqual(actors);
    expect(existsSync(join(dir, 'annotations/coastline-binnish.json'))).toBe(false);
    delete journalHooks.beforeFile;
    expect((await DataWriter.recover(dir))?.target).toEqual({ kind: 'Source', key: 'coastline-binnish' });
    const loaded = await loadStore(dir);
    const source = loaded.record('Source', 'coastline-binnish')!;
    expect(source.claims.length).toBeGreaterThan(0);
    expect(loaded.record('Actor', 'coastline-wire')).toMatchObject({ curation: 'AUTO' });
    await expect(ingest({ file: article('coastline-binnish.txt', text), dataDir: dir, publisher: 'Harbour Radio', publishedAt: '2020-02-10' })).rejects.toThrow(IngestError);
  });
});

describe('appendRecords', () => {
  it('appends to a JSON array and keeps its bytes', () => {
    const text = '[\n  {\n    "a": 1.0\n  }\n]\n';
    const out = appendRecords(text, [{ b: 2 }]);
    expect(out.startsWith('[\n  {\n    "a": 1.0\n  }')).toBe(true);
    expect(JSON.parse(out)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(JSON.parse(appendRecords('[]\n', [{ c: 3 }]))).toEqual([{ c: 3 }]);
    expect(appendRecords(text, [])).toBe(text);
    expect(Places.safeParse(JSON.parse(appendRecords('[]', []))).success).toBe(true);
  });
});

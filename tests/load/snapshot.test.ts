/**
 * The snapshot cache: a cold load writes it, a warm load reads it and serves
 * exactly what the cold one served; a truncated, altered or foreign snapshot
 * is never served (the data is loaded instead, and the snapshot rewritten).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MemoryStore } from '../../src/domain/store.js';
import { loadStore } from '../../src/load/index.js';
import { DATA_DIR, post, yogaOf } from '../helpers/api.js';

const made: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `claimgraph-${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Loads with a cache folder; resolves once the snapshot, if one is due, is written. Returns the store and what the load said. */
async function load(dataDir: string, cacheDir: string): Promise<{ store: MemoryStore; lines: string[] }> {
  const lines: string[] = [];
  let written: () => void = () => {};
  const writing = new Promise<void>((resolve) => (written = resolve));
  const store = await loadStore(dataDir, { cacheDir, log: (line) => (lines.push(line), /snapshot/.test(line) && /wrote|could not/.test(line) && written()) });
  if (lines.some((l) => l.startsWith('loading from the data'))) await writing;
  return { store, lines };
}

const QUERIES = [
  '{ sources(first: 10) { nodes { slug title boilerplate { kind evidence { start end quote } } annotations { kind label evidence { start end } } } } }',
  '{ claims(first: 100) { totalCount nodes { id key statement claimants { key } modality quantity { value low high evidence { quote } } time { start end words } topic { key agreement } events { key } places { key } evidence { start end quote prefix suffix } corroboratesConnection(first: 5) { totalCount } } } }',
  '{ topics(first: 100, filterBy: { agreement: [CONFLICT, EVOLVING] }) { nodes { key positionsConnection(first: 20) { nodes { value asOfEnd source { slug } } } } } }',
  '{ search(query: "Saraqib Turkish", first: 20) { totalCount nodes { score node { __typename } snippets { evidence { start end } highlights { start end } } } } }',
  '{ places(first: 50) { nodes { key mentionsConnection(first: 5) { totalCount nodes { start end } } } } }',
];

async function answers(store: MemoryStore): Promise<string[]> {
  const yoga = yogaOf(store);
  const out: string[] = [];
  for (const query of QUERIES) out.push(JSON.stringify(await post({ query }, {}, yoga)));
  return out;
}

const snapshotFolder = (cacheDir: string) => join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('snapshot-') && !n.endsWith('.tmp'))!);

describe('the snapshot cache', () => {
  it('is written by a cold load and read by the next, which answers byte for byte the same', async () => {
    const cache = temp('cache');
    const cold = await load(DATA_DIR, cache);
    expect(cold.lines[0]).toMatch(/^loading from the data/);
    expect(existsSync(join(snapshotFolder(cache), 'manifest.json'))).toBe(true);
    const warm = await load(DATA_DIR, cache);
    expect(warm.lines).toEqual([expect.stringMatching(/^read the snapshot of/)]);
    expect(warm.store.version).toBe(cold.store.version);
    const [a, b] = [await answers(cold.store), await answers(warm.store)];
    expect(a.length).toBe(QUERIES.length);
    for (const [i, answer] of a.entries()) {
      expect(JSON.parse(answer).errors, QUERIES[i]).toBeUndefined();
      expect(b[i]).toBe(answer);
    }
  });

  it("reads a part's typed arrays as views into one buffer that holds them and nothing else", async () => {
    const cache = temp('cache');
    await load(DATA_DIR, cache);
    const warm = await load(DATA_DIR, cache);
    expect(warm.lines).toEqual([expect.stringMatching(/^read the snapshot of/)]);
    const arrays = Object.values(warm.store.indexes.search.data).filter((v): v is Int32Array => ArrayBuffer.isView(v));
    expect(arrays.length).toBeGreaterThan(5);
    const buffer = arrays[0]!.buffer;
    const own = arrays.reduce((n, a) => n + Math.ceil(a.byteLength / 8) * 8, 0);
    for (const array of arrays) expect(array.buffer).toBe(buffer);
    // Not the part's whole bytes (its terms are strings, read and dropped): only the arrays, each 8-byte aligned.
    expect(buffer.byteLength).toBe(own);
    expect(buffer.byteLength).toBeLessThan(readFileSync(join(snapshotFolder(cache), 'search.v8')).length);
  });

  it('is ignored, and rewritten, when a part is truncated or a byte is altered', async () => {
    const cache = temp('cache');
    const first = await load(DATA_DIR, cache);
    const expected = await answers(first.store);
    const claims = join(snapshotFolder(cache), 'claims.v8');
    truncateSync(claims, 100);
    const truncated = await load(DATA_DIR, cache);
    expect(truncated.lines[0]).toMatch(/claims part is truncated/);
    expect(await answers(truncated.store)).toEqual(expected);
    const search = join(snapshotFolder(cache), 'search.v8');
    const bytes = readFileSync(search);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    writeFileSync(search, bytes);
    const altered = await load(DATA_DIR, cache);
    expect(altered.lines[0]).toMatch(/search part does not match its checksum/);
    expect(await answers(altered.store)).toEqual(expected);
    expect((await load(DATA_DIR, cache)).lines).toEqual([expect.stringMatching(/^read the snapshot of/)]);
  });

  it('is not read for other data or another format', async () => {
    const cache = temp('cache');
    const data = temp('data');
    cpSync(DATA_DIR, data, { recursive: true });
    await load(data, cache);
    writeFileSync(join(data, 'NOTES.md'), 'a note beside the data changes its version\n');
    const added = await load(data, cache);
    // A file no write makes: the snapshot is not brought up to date with it, the folder is loaded whole.
    expect(added.lines[0]).toMatch(/^loading from the data: the 1 files changed since the snapshot of \w+ cannot be applied to it \(NOTES\.md: /);
    expect(added.store.version).not.toBe((await loadStore(DATA_DIR)).version);
    // A file changed in place, same size: its stamp (times) changes, so it is read and hashed again.
    const text = join(data, 'sources/000_2ac73e63980c6d56.txt');
    const bytes = readFileSync(text);
    bytes[0] = bytes[0] === 0x41 ? 0x42 : 0x41;
    writeFileSync(text, bytes);
    const edited = await loadStore(data, { cacheDir: cache, log: () => {} }).catch((e: Error) => e);
    // The text no longer matches its metadata's sha256: the change was seen, not served from the snapshot.
    expect(edited).toBeInstanceOf(Error);
    expect((edited as Error).message).toContain('sources/000_2ac73e63980c6d56.json $.sha256: does not match');
    writeFileSync(text, readFileSync(join(DATA_DIR, 'sources/000_2ac73e63980c6d56.txt')));
    const changed = await load(data, cache);
    const manifest = join(snapshotFolder(cache), 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"format": \d+/, '"format": 999'));
    const foreign = await load(data, cache);
    expect(foreign.lines[0]).toMatch(/^loading from the data/);
  });
});

describe('a start after curation writes', () => {
  it('reads the last snapshot, applies the files changed since, serves what a cold load serves, and rewrites the snapshot', async () => {
    const { DataWriter } = await import('../../src/write/writer.js');
    const { ReadWriteGate } = await import('../../src/write/gate.js');
    const plans = await import('../../src/write/plans.js');
    const { loadData } = await import('../../src/load/index.js');
    const cache = temp('cache');
    const data = temp('data');
    cpSync(DATA_DIR, data, { recursive: true });
    await load(data, cache);
    const before = readdirSync(cache).filter((n) => n.startsWith('snapshot-'));
    expect(before).toHaveLength(1);
    // Two writes: an alias (entity file) and an edited claim (annotations file).
    const writer = new DataWriter(data, await loadData(data), new ReadWriteGate());
    await writer.write('tester', null, (store) => plans.addAlias(data, { entity: store.record('Place', 'saraqeb')!, alias: 'Saraqib town' }));
    const claim = writer.store.claims({ topics: [writer.store.record('Topic', 'displaced-since-december')!] })[0]!;
    await writer.write('tester', null, (store) => plans.editClaim(data, store.record('Claim', claim.id)!, { statement: `${claim.statement} (checked)` }));

    const lines: string[] = [];
    let rewritten: () => void = () => {};
    const rewriting = new Promise<void>((resolve) => (rewritten = resolve));
    const replayed = await loadStore(data, { cacheDir: cache, log: (line) => (lines.push(line), /rewrote the snapshot|could not rewrite/.test(line) && rewritten()) });
    expect(lines[0]).toMatch(/^read the snapshot of \w+ from .* and applied the 2 files changed since \(dataVersion \w+\)$/);
    expect(replayed.version).toBe(writer.store.version);
    const cold = await loadStore(data);
    for (const query of QUERIES.filter((q) => !q.includes('search('))) expect(await post({ query }, {}, yogaOf(replayed))).toEqual(await post({ query }, {}, yogaOf(cold)));
    // Search scores use the statistics of the index as last built (documents changed since are scored
    // against them, docs/scaling.md), so close scores may swap: the hits and their count are the same.
    for (const words of ['Saraqib Turkish', 'Saraqib town', 'checked', 'displaced']) {
      const [a, b] = [replayed.search(words), cold.search(words)];
      expect(a.length).toBe(b.length);
      expect(a.slice(0, 200).map((h) => h.key).sort()).toEqual(b.slice(0, 200).map((h) => h.key).sort());
    }
    // The worker thread writes a snapshot of the new version, which the next start reads whole.
    await rewriting;
    expect(lines.at(-1)).toMatch(/^rewrote the snapshot .* in the background/);
    const next = await load(data, cache);
    expect(next.lines[0]).toBe(`read the snapshot of ${writer.store.version.slice(0, 12)} from ${cache}`);
  }, 60_000);
});

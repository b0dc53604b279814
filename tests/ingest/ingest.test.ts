/**
 * Ingest's safety: a write like a curator's (lock, journal, change log),
 * atomic files, no overwrite, clear refusals of bad input, a data folder left
 * exactly as it was whenever a check fails, and a write cut off half-way
 * finished by the next writer. Every test works on a fresh copy of the
 * bundled data: data/ is never written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashDataFolder, loadStore } from '../../src/load/index.js';
import { firstInvalidUtf8, IngestError } from '../../src/ingest/ingest.js';
import { ingestFile as ingest } from '../../src/write/ingest.js';
import { journalHooks } from '../../src/write/journal.js';
import { slugFromFileName } from '../../src/ingest/meta.js';
import { dataCopy, editJson } from '../helpers/fixtures.js';
import { PROJECT_ROOT } from '../helpers/server.js';
import { expectEach } from '../helpers/expect.js';

const ARTICLE = [
  'Aid convoy reaches Idlib as families shelter near the border',
  'Updated 10:15, 14-Feb-2020',
  '',
  'A convoy of 45 aid trucks crossed into Idlib province on Thursday, the United Nations said.',
  '',
  'The Syrian Observatory for Human Rights said that more than 800,000 people have fled their homes since December.',
  '',
].join('\n');

const made: string[] = [];
function article(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-article-'));
  made.push(dir);
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
function data(): string {
  const dir = dataCopy();
  made.push(dir);
  return dir;
}
const leftovers = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.tmp'));

afterEach(() => {
  delete journalHooks.beforeFile;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ingest', () => {
  it('adds the text, its metadata, a draft annotation file and proposals that the loader accepts', async () => {
    const dir = data();
    const file = article('Aid Convoy (14 Feb).txt', ARTICLE);
    const result = await ingest({ file, dataDir: dir, publisher: 'Example News', url: 'https://example.org/aid-convoy' });
    expect(result.slug).toBe('aid-convoy-14-feb');
    expect(result.files).toEqual(['proposals/aid-convoy-14-feb.json', 'sources/aid-convoy-14-feb.json', 'sources/aid-convoy-14-feb.txt', 'annotations/aid-convoy-14-feb.json']);
    expect(readFileSync(join(dir, 'sources/aid-convoy-14-feb.txt'))).toEqual(readFileSync(file));
    const meta = JSON.parse(readFileSync(join(dir, 'sources/aid-convoy-14-feb.json'), 'utf8'));
    expect(meta).toMatchObject({
      slug: 'aid-convoy-14-feb',
      title: 'Aid convoy reaches Idlib as families shelter near the border',
      titleBasis: 'HEADLINE',
      publisher: 'Example News',
      publishedAt: '2020-02-14',
      url: 'https://example.org/aid-convoy',
      language: 'en',
    });
    expect(meta.publishedAtBasis).toContain("'Updated 10:15, 14-Feb-2020'");
    const store = await loadStore(dir);
    const source = store.record('Source', 'aid-convoy-14-feb')!;
    expect(source.claims.length).toBe(result.claims);
    expectEach(source.claims, (c) => c.curation === 'AUTO');
    expect(leftovers(dir)).toEqual([]);
  });

  it('writes each file to a temporary file beside it and renames it into place, journaled, and logs the change', async () => {
    const dir = data();
    const seen: Array<{ path: string; existed: boolean; journal: boolean }> = [];
    journalHooks.beforeFile = (path) => {
      seen.push({ path, existed: existsSync(join(dir, path)), journal: existsSync(join(dir, '.claimgraph/journal.json')) });
    };
    const result = await ingest({ file: article('atomic.txt', ARTICLE), dataDir: dir, curator: 'tester' });
    expect(seen.map((s) => s.path)).toEqual(['proposals/atomic.json', 'sources/atomic.json', 'sources/atomic.txt', 'annotations/atomic.json']);
    expectEach(seen, (s) => !s.existed && s.journal);
    expect(existsSync(join(dir, '.claimgraph/journal.json'))).toBe(false);
    const log = readFileSync(join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id: result.change.id, kind: 'INGEST_ARTICLE', curator: 'tester', target: { kind: 'Source', key: 'atomic' }, dataVersionAfter: await hashDataFolder(dir) });
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses to overwrite an existing source, and changes nothing', async () => {
    const dir = data();
    const file = article('000_2ac73e63980c6d56.txt', ARTICLE);
    const before = await hashDataFolder(dir);
    await expect(ingest({ file, dataDir: dir })).rejects.toThrow(/sources\/000_2ac73e63980c6d56\.txt already exists .* never overwrites/);
    expect(await hashDataFolder(dir)).toBe(before);
    const again = article('fresh.txt', ARTICLE);
    await ingest({ file: again, dataDir: dir });
    const after = await hashDataFolder(dir);
    await expect(ingest({ file: again, dataDir: dir })).rejects.toThrow(IngestError);
    expect(await hashDataFolder(dir)).toBe(after);
  });

  it('rejects input that is not UTF-8 or is empty, with a clear message, and changes nothing', async () => {
    const dir = data();
    const before = await hashDataFolder(dir);
    const latin1 = article('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e])); // "Café open." in Latin-1
    await expect(ingest({ file: latin1, dataDir: dir, publishedAt: '2020-02-14' })).rejects.toThrow(/latin1\.txt is not UTF-8 text \(byte 3 is 0xe9\): convert it to UTF-8/);
    await expect(ingest({ file: article('empty.txt', ''), dataDir: dir, publishedAt: '2020-02-14' })).rejects.toThrow(/empty\.txt is empty: there is no article to ingest/);
    await expect(ingest({ file: article('blank.txt', ' \n\n\t\n'), dataDir: dir, publishedAt: '2020-02-14' })).rejects.toThrow(/blank\.txt is empty: it holds only white space/);
    await expect(ingest({ file: join(tmpdir(), 'no-such-article.txt'), dataDir: dir })).rejects.toThrow(/cannot read .*no-such-article\.txt/);
    expect(await hashDataFolder(dir)).toBe(before);
    expect(existsSync(join(dir, 'proposals'))).toBe(false);
  });

  it('asks for --published-at when the text states no date, and checks the one it is given', async () => {
    const dir = data();
    const before = await hashDataFolder(dir);
    const undated = article('undated.txt', 'A convoy of 45 aid trucks crossed into Idlib province on Thursday, the United Nations said.\n');
    await expect(ingest({ file: undated, dataDir: dir })).rejects.toThrow(/no publication date: .* Give it with --published-at YYYY-MM-DD/);
    await expect(ingest({ file: undated, dataDir: dir, publishedAt: '2020-02-30' })).rejects.toThrow(/--published-at must be a date written YYYY-MM-DD, got "2020-02-30"/);
    await expect(ingest({ file: undated, dataDir: dir, publishedAt: '2020-02-14', url: 'not a url' })).rejects.toThrow(/--url must be an absolute URL/);
    expect(await hashDataFolder(dir)).toBe(before);
    const result = await ingest({ file: undated, dataDir: dir, publishedAt: '2020-02-14' });
    const meta = (await loadStore(dir)).record('Source', result.slug)!;
    expect(meta).toMatchObject({ publishedAt: '2020-02-14', titleBasis: 'CURATOR', publisher: 'Unknown' });
    expect(meta.publisherBasis).toMatch(/no --publisher/);
  });

  it('a write cut off half-way is journaled, and the next ingest finishes it before its own', async () => {
    const dir = data();
    let files = 0;
    journalHooks.beforeFile = () => {
      if (++files === 3) throw new Error('disk full');
    };
    await expect(ingest({ file: article('halfway.txt', ARTICLE), dataDir: dir })).rejects.toThrow(/disk full/);
    expect(files).toBe(3);
    expect(existsSync(join(dir, '.claimgraph/journal.json'))).toBe(true);
    delete journalHooks.beforeFile;
    await ingest({ file: article('after.txt', ARTICLE), dataDir: dir });
    expect(existsSync(join(dir, '.claimgraph/journal.json'))).toBe(false);
    const store = await loadStore(dir);
    expect(store.record('Source', 'halfway')?.claims.length).toBeGreaterThan(0);
    expect(store.record('Source', 'after')?.claims.length).toBeGreaterThan(0);
    const log = readFileSync(join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).target.key);
    expect(log).toEqual(['halfway', 'after']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a data folder that does not load, and changes nothing', async () => {
    const dir = data();
    editJson(dir, 'entities/topics.json', (topics: Array<{ unit: string | null }>) => {
      topics[0]!.unit = 'furlong';
    });
    const before = await hashDataFolder(dir);
    await expect(ingest({ file: article('any.txt', ARTICLE), dataDir: dir })).rejects.toThrow(/the data folder .* does not load as it is, so nothing was added:\n.*furlong/s);
    expect(await hashDataFolder(dir)).toBe(before);
  });

  it('makes slugs from file names and finds the first bad UTF-8 byte', async () => {
    expect(slugFromFileName('/x/My Article (v2).TXT')).toBe('my-article-v2');
    expect(slugFromFileName('__Über_Report__.txt')).toBe('uber_report__');
    expect(() => slugFromFileName('/x/---.txt')).toThrow(/cannot make a slug/);
    expect(firstInvalidUtf8(Buffer.from('Saraqib – ok ✓', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // cut off
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
  });
});

describe('npm run ingest (the command line)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/ingest.ts'), ...args], { encoding: 'utf8', env: { ...process.env, CLAIMGRAPH_DATA_DIR: '' } });

  it('adds an article and prints what it wrote and what it proposes', { timeout: 60_000 }, () => {
    const dir = data();
    const out = run(article('cli-article.txt', ARTICLE), '--data-dir', dir, '--publisher', 'Example News');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^ingest: added cli-article \("Aid convoy reaches Idlib as families shelter near the border", 2020-02-14\)/);
    expect(out.stdout).toContain('wrote annotations/cli-article.json');
    expect(out.stdout).toMatch(/\d+ draft claims, all curation AUTO/);
    expect(existsSync(join(dir, 'sources/cli-article.txt'))).toBe(true);
  });

  it('exits 1 with a message on bad input and options, and writes nothing', { timeout: 60_000 }, async () => {
    const dir = data();
    const before = await hashDataFolder(dir);
    const empty = run(article('empty.txt', ''), '--data-dir', dir);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^ingest: .*empty\.txt is empty/);
    const unknown = run(article('x.txt', ARTICLE), '--data-dir', dir, '--publish', 'X');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('ingest: unknown option --publish');
    const none = run('--data-dir', dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no article file given');
    expect(await hashDataFolder(dir)).toBe(before);
  });
});

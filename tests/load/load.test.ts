import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadStore, type Fault } from '../../src/load/index.js';
import { bundled } from '../helpers/api.js';
import { dataCopy, editJson } from '../helpers/fixtures.js';

const A000 = 'annotations/000_2ac73e63980c6d56.json';
const S002 = 'sources/002_4a8960a6481a085a';

async function faultsOf(dir: string): Promise<Fault[]> {
  try {
    await loadStore(dir);
  } catch (e) {
    if (e instanceof DataError) return [...e.faults];
    throw e;
  }
  throw new Error('the corrupted data was accepted');
}

describe('loading the bundled data', () => {
  it('accepts the bundled data and indexes every record', async () => {
    const { store } = bundled();
    expect(store.sources()).toHaveLength(5);
    expect(store.claims().length).toBeGreaterThan(150);
    for (const claim of store.claims()) expect(store.record('Claim', claim.id)).toBe(claim);
    expect(store.entityNamed('saraqib')?.key).toBe('saraqeb');
    expect(store.entityNamed('War  Monitor')?.key).toBe('sohr');
  });
});

describe('loading corrupted data: every fault is listed with file and JSON path', () => {
  it('lists a bad hash, a missing field and a wrong date together', async () => {
    const dir = dataCopy();
    appendFileSync(join(dir, `${S002}.txt`), 'tampered');
    editJson(dir, `${S002}.json`, (m) => delete m.publisher);
    editJson(dir, 'sources/001_339d68250403d35f.json', (m) => (m.publishedAt = '2020-02-30'));
    const faults = await faultsOf(dir);
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: `${S002}.json`, path: '$.publisher', message: expect.stringMatching(/expected string/i) }),
        expect.objectContaining({ file: 'sources/001_339d68250403d35f.json', path: '$.publishedAt', message: expect.stringMatching(/date/i) }),
      ]),
    );
    // The metadata of 002 failed its schema, so its hash is checked once the field is back:
    editJson(dir, `${S002}.json`, (m) => (m.publisher = 'CGTN'));
    expect(await faultsOf(dir)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: `${S002}.json`, path: '$.sha256', message: expect.stringContaining(`does not match ${S002}.txt`) }),
        expect.objectContaining({ path: '$.publishedAt' }),
      ]),
    );
  });

  it('rejects a schema error (an unknown modality)', async () => {
    const dir = dataCopy();
    editJson(dir, A000, (a) => (a.claims[2].modality = 'GUESSED'));
    expect(await faultsOf(dir)).toEqual([expect.objectContaining({ file: A000, path: '$.claims[2].modality', message: expect.stringContaining('ASSERTED') })]);
  });

  it('rejects an anchor out of range', async () => {
    const dir = dataCopy();
    editJson(dir, A000, (a) => (a.claims[0].evidence[0].end = 99999));
    const length = bundled().store.record('Source', '000_2ac73e63980c6d56')!.text.length;
    const [fault] = await faultsOf(dir);
    expect(fault).toMatchObject({ file: A000, path: '$.claims[0].evidence[0]', message: expect.stringContaining(`out of range: the text has ${length} characters`) });
  });

  it('rejects a quote that does not match, and gives the corrected offsets when it occurs once elsewhere', async () => {
    const dir = dataCopy();
    let original = { start: 0, end: 0 };
    editJson(dir, A000, (a) => {
      const selector = a.claims[5].evidence[0];
      original = { start: selector.start, end: selector.end };
      selector.start += 3;
      selector.end += 3;
    });
    const [fault] = await faultsOf(dir);
    expect(fault!.path).toBe('$.claims[5].evidence[0]');
    expect(fault!.message).toContain('quote does not match the text');
    expect(fault!.message).toContain(`occurs once, at start=${original.start} end=${original.end}`);
  });

  it('rejects a reference to an unknown id', async () => {
    const dir = dataCopy();
    editJson(dir, A000, (a) => {
      a.claims[1].places.push('atlantis');
      a.claims[1].events = ['no-such-event'];
    });
    const faults = await faultsOf(dir);
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: expect.stringMatching(/^\$\.claims\[1\]\.places\[\d+\]$/), message: 'unknown place "atlantis"' }),
        expect.objectContaining({ path: '$.claims[1].events[0]', message: 'unknown event "no-such-event"' }),
      ]),
    );
  });

  it('rejects a duplicate id', async () => {
    const dir = dataCopy();
    editJson(dir, A000, (a) => (a.claims[3].key = a.claims[2].key));
    editJson(dir, 'entities/places.json', (p) => p.push({ ...p[0], aliases: [] }));
    const faults = await faultsOf(dir);
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: A000, path: '$.claims[3].key', message: expect.stringMatching(/^duplicate id "000_2ac73e63980c6d56\//) }),
        expect.objectContaining({ file: 'entities/places.json', message: 'duplicate id "syria"' }),
      ]),
    );
  });

  it('rejects an alias claimed by two entities', async () => {
    const dir = dataCopy();
    editJson(dir, 'entities/places.json', (places) => places.find((p: { key: string }) => p.key === 'binnish').aliases.push('Saraqib'));
    expect(await faultsOf(dir)).toEqual([expect.objectContaining({ file: 'entities/places.json', message: 'alias "Saraqib" is claimed by both "saraqeb" and "binnish"' })]);
  });

  it('rejects a date outside the article\'s plausible range', async () => {
    const dir = dataCopy();
    editJson(dir, A000, (a) => {
      const claim = a.claims.find((c: { time?: unknown; modality: string }) => c.time && c.modality !== 'THREATENED');
      claim.time = { start: '2021-01-01', end: '2021-01-02', precision: 'DAY' };
    });
    expect(await faultsOf(dir)).toEqual([
      expect.objectContaining({ file: A000, message: '2021-01-01..2021-01-02 is outside the plausible range 2005-02-08..2020-02-08 for an article published 2020-02-08' }),
    ]);
  });

  it('rejects a quantity whose value cannot be read from its words', async () => {
    const dir = dataCopy();
    let path = '';
    editJson(dir, A000, (a) => {
      const i = a.claims.findIndex((c: { quantity?: { words: string } }) => c.quantity?.words === 'around 600,000');
      a.claims[i].quantity.value = 650000;
      path = `$.claims[${i}].quantity.value`;
    });
    expect(await faultsOf(dir)).toEqual([expect.objectContaining({ path, message: 'is 650000 but the words "around 600,000" say 600000' })]);
  });

  it('rejects malformed JSON and names the file', async () => {
    const dir = dataCopy();
    appendFileSync(join(dir, 'entities/topics.json'), '}');
    const faults = await faultsOf(dir);
    expect(faults[0]).toMatchObject({ file: 'entities/topics.json', path: '$', message: expect.stringContaining('not valid JSON') });
  });

  it('never writes into the data folder it loads', async () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, A000), 'utf8');
    await loadStore(dir);
    expect(readFileSync(join(dir, A000), 'utf8')).toBe(before);
  });
});

describe('machine-made claims', () => {
  it('stay out of agreement and positions until curated', async () => {
    const dir = dataCopy();
    editJson(dir, 'annotations/001_339d68250403d35f.json', (a) => {
      const claim = a.claims.find((c: { topic?: string }) => c.topic === 'turkish-military-killed-feb-3');
      claim.curation = 'AUTO';
    });
    const store = await loadStore(dir);
    const topic = store.record('Topic', 'turkish-military-killed-feb-3')!;
    expect(topic.claims).toHaveLength(2);
    expect(topic.agreement).toBe('SINGLE_SOURCE');
    expect(topic.positions.slice().map((p) => p.source.slug)).toEqual(['000_2ac73e63980c6d56']);
    expect(bundled().store.record('Topic', 'turkish-military-killed-feb-3')!.agreement).toBe('CONFLICT');
  });
});

import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';

const { yoga, store } = bundled();
const get = async (path: string) => {
  const response = await yoga.fetch(`http://claimgraph.test${path}`);
  return { response, text: await response.text() };
};

/** A small RFC 4180 reader, to check the files as a CSV consumer sees them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('exports for tools that read files', () => {
  it('claims.csv: every claim, each row with its source slug and exact quote, and the dataVersion in the headers', async () => {
    const { response, text } = await get('/export/claims.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-claimgraph-data-version')).toBe(store.version);
    const [header, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(store.claims().length);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const source = store.record('Source', row[col('source')]!)!;
      expect(source).toBeDefined();
      const start = Number(row[col('start')]);
      const firstQuote = row[col('quote')]!.split(' … ')[0]!;
      expect(source.text.slice(start, Number(row[col('end')]))).toBe(firstQuote);
    }
    expect(response.headers.get('x-claimgraph-sources')).toBe(store.sources().map((s) => s.slug).join(','));
  });

  it('takes filters as query parameters, the API\'s own: a repeated or comma-separated list', async () => {
    const { response, text } = await get('/export/claims.csv?sources=001_339d68250403d35f&claimants=SOHR');
    const [header, ...rows] = parseCsv(text);
    expect(rows.length).toBe(store.record('Source', '001_339d68250403d35f')!.claims.filter((c) => c.claimants[0]?.key === 'sohr').length);
    expectEach(rows, (r) => r[header!.indexOf('source')] === '001_339d68250403d35f' && r[header!.indexOf('claimant')] === 'sohr');
    expect(response.headers.get('x-claimgraph-sources')).toBe('001_339d68250403d35f');
  });

  it('events.csv: one row per event and quote', async () => {
    const { response, text } = await get('/export/events.csv?places=Saraqib');
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv(text);
    expect(new Set(rows.map((r) => r[header!.indexOf('event')]))).toEqual(new Set(['saraqeb-capture', 'rebel-counterattack-saraqeb']));
    for (const r of rows) expect(store.record('Source', r[header!.indexOf('source')]!)!.text.slice(Number(r[header!.indexOf('start')]), Number(r[header!.indexOf('end')]))).toBe(r[header!.indexOf('quote')]);
  });

  it('events.geojson: the geojson field\'s FeatureCollection', async () => {
    const { response, text } = await get('/export/events.geojson?from=2020-02-03&to=2020-02-03');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const doc = JSON.parse(text);
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features.map((f: { properties: { event: string } }) => f.properties.event)).toContain('feb-3-clash');
  });

  it('answers errors as the API does: a bad page size, an unknown name, an unknown parameter or export', async () => {
    const big = await get('/export/claims.csv?first=500');
    expect(big.response.status).toBe(400);
    expect(JSON.parse(big.text).errors[0].message).toBe('Invalid argument: first: must be between 1 and 100');
    const unknown = await get('/export/events.csv?places=Atlantis');
    expect(JSON.parse(unknown.text).errors[0].message).toContain('no Place has the id, key or alias "Atlantis"');
    const param = await get('/export/claims.csv?colour=red');
    expect(param.response.status).toBe(400);
    expect(JSON.parse(param.text).errors[0].message).toMatch(/^unknown parameter "colour"; this export takes: first, sources/);
    const missing = await get('/export/everything.xlsx');
    expect(missing.response.status).toBe(404);
  });
});

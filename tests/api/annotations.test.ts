/**
 * The W3C Web Annotation export (GET /export/annotations.jsonld) and the
 * article texts it targets (GET /sources/<slug>.txt), through `yoga.fetch`:
 * on a data folder with one more article, written for this test, whose text
 * has characters outside the Basic Multilingual Plane before and inside its
 * claims' spans (UTF-16 offsets and code points differ there) and a sentence
 * repeated with the same 32 characters around it (a 32-character prefix would
 * not anchor it). The whole bundled corpus is re-anchored over real HTTP in
 * tests/http/production.test.ts.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, codePointOffsets, quoteContext } from '../../src/http/annotations.js';
import { loadStore } from '../../src/load/index.js';
import { bundled, yogaOf } from '../helpers/api.js';
import { expectEach } from '../helpers/expect.js';
import { dataCopy } from '../helpers/fixtures.js';
import { reanchor, targetsOf, textUrlOf, type Annotation } from '../helpers/web-annotations.js';

const SLUG = '900_00000000c0de7e57';
const URL_OF_ARTICLE = 'https://example.org/claimgraph/test-bulletin';
// Written for this test: 🛰 (U+1F6F0), 𝟙 (U+1D7D9) and 🚚 (U+1F69A) are each two UTF-16 code units and one code point.
const REPEATED = 'Convoy note: the crossing stayed open and 40 trucks passed it before noon, said the relief office in its morning note.';
const TEXT = `Test bulletin 🛰 𝟙\n\n${REPEATED}\n\nA second note 🚚 followed.\n\n${REPEATED}\n\nThe office counted 🚚 12 trucks 🚚 on the return.\n`;

const dir = dataCopy();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function selector(start: number, end: number) {
  return { start, end, quote: TEXT.slice(start, end), prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32) };
}
const secondRepeat = TEXT.lastIndexOf('40 trucks passed it before noon');
const returnTrucks = TEXT.indexOf('🚚 12 trucks 🚚');
writeFileSync(join(dir, 'sources', `${SLUG}.txt`), TEXT);
writeFileSync(
  join(dir, 'sources', `${SLUG}.json`),
  JSON.stringify({ slug: SLUG, title: 'Test bulletin', titleBasis: 'HEADLINE', publisher: 'claimgraph tests', publisherBasis: 'Written for the tests.', byline: null, agencies: [], publishedAt: '2020-02-10', publishedAtBasis: 'Written for the tests.', url: URL_OF_ARTICLE, language: 'en', sha256: createHash('sha256').update(TEXT).digest('hex'), boilerplate: [] }),
);
const claim = (key: string, statement: string, evidence: ReturnType<typeof selector>[]) => ({ key, statement, claimants: [], attribution: 'UNATTRIBUTED', modality: 'ASSERTED', events: [], places: [], actors: [], evidence });
writeFileSync(
  join(dir, 'annotations', `${SLUG}.json`),
  JSON.stringify({
    source: SLUG,
    nonAssertions: [],
    claims: [
      claim('second-note-trucks', 'The second note says 40 trucks passed the crossing before noon.', [selector(secondRepeat, secondRepeat + '40 trucks passed it before noon'.length)]),
      claim('return-trucks', 'The office counted 12 trucks on the return.', [selector(returnTrucks, returnTrucks + '🚚 12 trucks 🚚'.length)]),
      claim('both-notes', 'Two notes say the crossing stayed open.', [selector(TEXT.indexOf('the crossing stayed open'), TEXT.indexOf('the crossing stayed open') + 24), selector(TEXT.lastIndexOf('the crossing stayed open'), TEXT.lastIndexOf('the crossing stayed open') + 24)]),
    ],
  }),
);
const store = await loadStore(dir);
const yoga = yogaOf(store);
const get = async (path: string) => {
  const response = await yoga.fetch(`http://claimgraph.test${path}`);
  return { response, text: await response.text() };
};
const codePointsBefore = (offset: number) => [...TEXT.slice(0, offset)].length;

describe('W3C Web Annotation export', () => {
  it('serves each article text as stored, at /sources/<slug>.txt', async () => {
    const { response, text } = await get(`/sources/${SLUG}.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text).toBe(TEXT);
    const missing = await get('/sources/no-such-article.txt');
    expect(missing.response.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0]).toEqual({ message: 'No source with slug "no-such-article": its text would be at /sources/<slug>.txt', extensions: { code: 'NOT_FOUND' } });
  });

  it('converts UTF-16 offsets to code points: selectors re-anchor in the text, and the article URL has the text as its cached state', async () => {
    const { response, text } = await get(`/export/annotations.jsonld?sources=${SLUG}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const collection = JSON.parse(text);
    expect(collection['@context']).toEqual(ANNOTATION_CONTEXT);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage', startIndex: 0 } });
    const items = collection.first.items as Annotation[];
    expect(items.map((a) => a.body.value).sort()).toEqual(['The office counted 12 trucks on the return.', 'The second note says 40 trucks passed the crossing before noon.', 'Two notes say the crossing stayed open.']);
    const targets = items.flatMap(targetsOf);
    expectEach(targets, (t) => t.source === URL_OF_ARTICLE && t.state?.type === 'TimeState' && t.state.cached === `http://claimgraph.test/sources/${SLUG}.txt` && t.state.sourceDate === '2020-02-10T00:00:00Z', 'targets: the article URL, the stored text its cached state');
    for (const target of targets) reanchor((await get(new URL(textUrlOf(target)).pathname)).text, target);

    const byStatement = (s: string) => items.find((a) => a.body.value.startsWith(s))!;
    // Two astral characters (🛰, 𝟙) precede the repeated sentence: two code units more than code points.
    const second = reanchor(TEXT, targetsOf(byStatement('The second note'))[0]!);
    expect(second.start).toBe(secondRepeat - 3);
    expect(second.start).toBe(codePointsBefore(secondRepeat));
    // 🚚 inside the span too: its end moves by one more.
    const back = reanchor(TEXT, targetsOf(byStatement('The office counted'))[0]!);
    expect(back).toEqual({ start: returnTrucks - 3, end: returnTrucks + '🚚 12 trucks 🚚'.length - 5, exact: '🚚 12 trucks 🚚' });
    // A claim with two spans has two targets, in order.
    expect(targetsOf(byStatement('Two notes')).map((t) => reanchor(TEXT, t).start)).toEqual([codePointsBefore(TEXT.indexOf('the crossing stayed open')), codePointsBefore(TEXT.lastIndexOf('the crossing stayed open'))]);
  });

  it('makes the quote unique when the same words stand in the same 32 characters twice', async () => {
    const { text } = await get(`/export/annotations.jsonld?sources=${SLUG}`);
    const annotation = (JSON.parse(text).first.items as Annotation[]).find((a) => a.body.value.startsWith('The second note'))!;
    const quote = targetsOf(annotation)[0]!.selector.find((s) => s.type === 'TextQuoteSelector')! as { prefix: string; suffix: string };
    expect(quote.prefix.length + quote.suffix.length).toBeGreaterThan(64);
    // Grown past the 🚚 and 𝟙 before it, the prefix never starts inside a character: a lone surrogate would not survive UTF-8.
    expect(quote.prefix).toMatch(/^[^\uDC00-\uDFFF]/);
    expect(quote.suffix).toMatch(/[^\uD800-\uDBFF]$/);
  });

  it('cuts prefix and suffix between characters, never inside one', () => {
    // 32 code units before `EXACT` fall on the second half of a 😀: the prefix takes the whole character.
    const text = `${'😀'.repeat(20)}zEXACTy${'😀'.repeat(20)}`;
    const start = text.indexOf('EXACT');
    const { prefix, suffix } = quoteContext(text, start, start + 5);
    expect(prefix).toBe(`${'😀'.repeat(16)}z`);
    expect(suffix).toBe(`y${'😀'.repeat(16)}`);
    const toCodePoints = codePointOffsets(text);
    expect([0, 2, start, start + 5, text.length].map(toCodePoints)).toEqual([0, 1, 21, 26, 47]);
  });

  it('gives each annotation a TextualBody with the statement, and claimgraph fields under its own context', async () => {
    const { text } = await get('/export/annotations.jsonld?sources=001_339d68250403d35f&claimants=SOHR');
    const items = JSON.parse(text).first.items as Annotation[];
    const claims = bundled().store.record('Source', '001_339d68250403d35f')!.claims.filter((c) => c.claimants[0]?.key === 'sohr');
    expect(items).toHaveLength(claims.length);
    expectEach(items, (a) => a.type === 'Annotation' && a.motivation === 'describing' && a.body.type === 'TextualBody' && a.body.format === 'text/plain' && a.body.claimant?.key === 'sohr' && typeof a.body.modality === 'string' && a.id.startsWith('http://claimgraph.test/export/annotations.jsonld#'));
    // No article URL in the bundled data: the stored text is the target itself.
    expectEach(items.flatMap(targetsOf), (t) => t.source === 'http://claimgraph.test/sources/001_339d68250403d35f.txt' && t.state === undefined);
    const withQuantity = items.find((a) => a.body.quantity);
    expect(withQuantity?.body.quantity).toMatchObject({ value: expect.any(Number) });
  });

  it('pages as AnnotationPages of 100, linked next and prev, every claim once', async () => {
    const total = store.claims().length;
    expect(total).toBeGreaterThan(200);
    const collection = JSON.parse((await get('/export/annotations.jsonld')).text);
    expect(collection.total).toBe(total);
    const last = Math.ceil(total / 100) - 1;
    expect(collection.last).toBe(`http://claimgraph.test/export/annotations.jsonld?page=${last}`);
    const ids: string[] = [];
    for (let page = 0; page <= last; page++) {
      const body = JSON.parse((await get(`/export/annotations.jsonld?page=${page}`)).text);
      expect(body).toMatchObject({ type: 'AnnotationPage', startIndex: page * 100, partOf: { id: 'http://claimgraph.test/export/annotations.jsonld', type: 'AnnotationCollection', total } });
      expect(body.next).toBe(page < last ? `http://claimgraph.test/export/annotations.jsonld?page=${page + 1}` : undefined);
      expect(body.prev).toBe(page > 0 ? `http://claimgraph.test/export/annotations.jsonld?page=${page - 1}` : undefined);
      ids.push(...(body.items as Annotation[]).map((a) => a.claim));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('refuses a bad page number or an unknown parameter, naming it', async () => {
    const cases: Array<[string, number, string]> = [
      ['page=abc', 400, 'Invalid parameter: page must be one whole number from 0 (the first page), got "abc"'],
      ['page=-1', 400, 'Invalid parameter: page must be one whole number from 0 (the first page), got "-1"'],
      ['page=1&page=2', 400, 'Invalid parameter: page must be one whole number from 0 (the first page), got "1", "2"'],
      ['page=9', 400, `Invalid parameter: page 9 is past the last page, 2 (${store.claims().length} annotations, 100 a page, from page 0)`],
      [`sources=${SLUG}&page=1`, 400, 'Invalid parameter: page 1 is past the last page, 0 (3 annotations, 100 a page, from page 0)'],
      ['first=5', 400, 'unknown parameter "first"; this export takes: sources, claimants, topics, events, places, actors, page'],
      ['colour=red', 400, 'unknown parameter "colour"; this export takes: sources, claimants, topics, events, places, actors, page'],
    ];
    for (const [query, status, message] of cases) {
      const { response, text } = await get(`/export/annotations.jsonld?${query}`);
      expect(response.status, query).toBe(status);
      expect(JSON.parse(text).errors[0], query).toEqual({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
    // A filter's own error is the API's.
    const unknown = await get('/export/annotations.jsonld?places=Atlantis');
    expect(unknown.response.status).toBe(400);
    expect(JSON.parse(unknown.text).errors[0].message).toContain('no Place has the id, key or alias "Atlantis"');
  });
});

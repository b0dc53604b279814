/**
 * The provenance viewer (/viewer) in Debian's Chromium against the real server:
 * pick the displacement topic, click a claim, and check that the highlighted
 * words are the claim's first evidence quote, that the text shown is the
 * article's text byte for byte with its boilerplate greyed, and that the page
 * talks to nothing but the server. The expected values come from the API
 * directly, not from the page. A screenshot is saved and its path printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../helpers/browser.js';
import { PROJECT_ROOT, startServer, type RunningServer } from '../helpers/server.js';

const TOPIC_KEY = 'displaced-since-december';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Build the bundle from the current sources, as `npm run build` does.
  execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ApiAnswer<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}

/** A query sent by the test itself (independently of the viewer's code). */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as ApiAnswer<T>;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

interface TopicsAnswer {
  topics: { nodes: Array<{ key: string; positions: Array<{ claim: { id: string; evidence: Array<{ start: number; end: number; quote: string }>; source: { slug: string } } }> }> };
}
interface SourceAnswer {
  source: { text: string; boilerplate: Array<{ evidence: { start: number; end: number } }> };
}

/** Watches a page for requests off the server's origin, its GraphQL requests and console errors. */
function watch(page: Page) {
  const foreign: string[] = [];
  const graphql: Array<{ method: string; url: URL; body: string | null }> = [];
  const consoleErrors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:') return; // inline (the empty favicon): no network
    if (url.origin !== server.origin) foreign.push(req.url());
    if (url.pathname === '/graphql') graphql.push({ method: req.method(), url, body: req.postData() });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return { foreign, graphql, consoleErrors };
}

describe('provenance viewer (/viewer) in Chromium', () => {
  it('serves the built page, its bundle and its stylesheet', async () => {
    expect(existsSync(`${PROJECT_ROOT}/dist/viewer/app.js`)).toBe(true);
    const page = await fetch(`${server.origin}/viewer`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('claimgraph — provenance viewer');
    expect(html).toContain('src="/viewer/app.js"');
    const js = await fetch(`${server.origin}/viewer/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const css = await fetch(`${server.origin}/viewer/style.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('shows the displacement topic side by side and a clicked claim highlighted in its article', async () => {
    // What the page should show, asked of the API by the test itself.
    const topics = await api<TopicsAnswer>(`{ topics(first: 100) { nodes { key positions { claim { id evidence { start end quote } source { slug } } } } } }`);
    const topic = topics.topics.nodes.find((t) => t.key === TOPIC_KEY);
    expect(topic, `topic ${TOPIC_KEY}`).toBeDefined();
    expect(topic!.positions.length).toBeGreaterThan(1);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const { foreign, graphql, consoleErrors } = watch(page);
    try {
      await page.goto(`${server.origin}/viewer`, { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBe('claimgraph — provenance viewer');

      // The picker fills from the API; choose the displacement topic.
      await page.waitForSelector(`#picker option[value="topic:${TOPIC_KEY}"]`, { state: 'attached' });
      const optionText = await page.locator(`#picker option[value="topic:${TOPIC_KEY}"]`).textContent();
      expect(optionText).toMatch(/^APPROXIMATE — How many people have fled/);
      await page.selectOption('#picker', `topic:${TOPIC_KEY}`);

      // One row per position, in the API's order.
      await page.waitForSelector('#claims tbody tr[data-claim-id]');
      const rowIds = await page.locator('#claims tbody tr[data-claim-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.claimId));
      expect(rowIds).toEqual(topic!.positions.map((p) => p.claim.id));
      expect(page.url()).toContain(`#topic=${TOPIC_KEY}`);

      // Click the first claim.
      const first = page.locator('#claims tbody tr[data-claim-id]').first();
      const claimId = await first.getAttribute('data-claim-id');
      const slug = await first.getAttribute('data-source-slug');
      const expected = topic!.positions[0]!.claim;
      expect(claimId).toBe(expected.id);
      expect(slug).toBe(expected.source.slug);
      await first.click();

      await page.waitForSelector('#highlight');
      const highlighted = await page.locator('#highlight').textContent();
      expect(highlighted).toBe(expected.evidence[0]!.quote);
      expect(await page.locator('#highlight').count()).toBe(1);
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');

      // The whole article text, exactly as the API gives it, with its boilerplate greyed.
      const source = (await api<SourceAnswer>(`query($slug: String!) { source(slug: $slug) { text boilerplate { evidence { start end } } } }`, { slug })).source;
      expect(await page.locator('#article-text').textContent()).toBe(source.text);
      expect(source.boilerplate.length).toBeGreaterThan(0);
      const greyed = await page.locator('#article-text .boilerplate').allTextContents();
      expect(greyed.length).toBeGreaterThan(0);
      const greyColour = await page.locator('#article-text .boilerplate').first().evaluate((e) => getComputedStyle(e).color);
      const bodyColour = await page.locator('#article-text').evaluate((e) => getComputedStyle(e).color);
      expect(greyColour).not.toBe(bodyColour);
      // Every boilerplate character is greyed (segments may be split at the highlight's edges).
      const boilerplateChars = source.boilerplate.reduce((n, b) => n + (b.evidence.end - b.evidence.start), 0);
      expect(greyed.join('').length).toBeLessThanOrEqual(boilerplateChars);
      expect(greyed.join('').length).toBeGreaterThan(0);

      // The caption names the article and the offsets; the footer the answer's provenance.
      const caption = await page.locator('#article-caption').textContent();
      expect(caption).toContain(`${expected.evidence[0]!.start}–${expected.evidence[0]!.end}`);
      expect(caption).toContain(slug!);
      await expect(page.locator('#provenance').getAttribute('data-sources')).resolves.toBe(slug);
      await expect(page.locator('#provenance').getAttribute('data-data-version')).resolves.toMatch(/^[0-9a-f]{64}$/);
      expect(page.url()).toContain(`claim=${encodeURIComponent(expected.id)}`);

      // The highlight was scrolled into view in the article pane.
      expect(await page.locator('#highlight').isVisible()).toBe(true);
      const inView = await page.locator('#highlight').evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);

      expect(await page.locator('#errors').isHidden()).toBe(true);
      const path = screenshotPath('viewer');
      await page.screenshot({ path });
      console.log(`viewer screenshot: ${path}`);

      expect(foreign, 'requests off the server origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
      // The viewer sends trusted document ids over GET, never a document.
      expect(graphql.length).toBeGreaterThanOrEqual(4);
      for (const request of graphql) {
        expect(request.method).toBe('GET');
        expect(request.url.searchParams.get('documentId')).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(request.url.searchParams.has('query')).toBe(false);
        expect(request.body).toBeNull();
      }
    } finally {
      await context.close();
    }
  });

  it('opens a deep link (#topic=…&claim=…) on that claim', async () => {
    const topics = await api<TopicsAnswer>(`{ topics(first: 100) { nodes { key positions { claim { id evidence { start end quote } source { slug } } } } } }`);
    const last = topics.topics.nodes.find((t) => t.key === TOPIC_KEY)!.positions.at(-1)!.claim;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { foreign, consoleErrors } = watch(page);
    try {
      await page.goto(`${server.origin}/viewer#topic=${TOPIC_KEY}&claim=${encodeURIComponent(last.id)}`);
      await page.waitForSelector('#highlight');
      expect(await page.locator('#picker').inputValue()).toBe(`topic:${TOPIC_KEY}`);
      expect(await page.locator('#highlight').textContent()).toBe(last.evidence[0]!.quote);
      expect(await page.locator('#claims tr.selected').getAttribute('data-claim-id')).toBe(last.id);
      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

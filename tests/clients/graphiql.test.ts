/**
 * GraphiQL, tested as a person uses it: Debian's Chromium opens the bundled
 * GraphiQL from the running server, runs the default operation, and the result
 * pane shows data and extensions.provenance.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../helpers/browser.js';
import { startServer, type RunningServer } from '../helpers/server.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('GraphiQL in Chromium', () => {
  it('opens offline with the example operations and runs the default one', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 2200 } });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await page.goto(`${server.origin}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // One tab per curated example.
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.join(' ')).toMatch(/DisputesSideBySide/);
    expect(tabs.length).toBeGreaterThanOrEqual(6);

    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('DisputesSideBySide'));
    await page.click('.graphiql-execute-button');
    const response = await answered;
    const body = (await response.json()) as { data: { topics: { nodes: unknown[] } }; extensions: { provenance: { sources: unknown[] } } };
    expect(body.data.topics.nodes.length).toBeGreaterThan(0);
    expect(body.extensions.provenance.sources.length).toBeGreaterThan(0);

    const result = page.locator('.result-window');
    await expect.poll(async () => result.innerText(), { timeout: 20_000 }).toContain('"data"');
    const top = await result.innerText();
    expect(top).toContain('"topics"');
    // Scroll the result to its end, where extensions.provenance stands.
    await result.click();
    await page.keyboard.press('Control+End');
    await expect.poll(async () => result.innerText(), { timeout: 10_000 }).toContain('"provenance"');
    expect(await result.innerText()).toContain('"dataVersion"');

    const path = screenshotPath('graphiql');
    await page.screenshot({ path, fullPage: false });
    console.log(`GraphiQL screenshot: ${path}`);
    expect(foreign).toEqual([]);
  });
});

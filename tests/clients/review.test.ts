/**
 * The viewer's curator mode (/viewer#review) in Debian's Chromium against a
 * real server with a curator, on a temporary copy of the data: an article is
 * ingested through the API (the test's own text), then reviewed in the page.
 * A wrong token is refused and writes nothing; the right one confirms a claim
 * end to end (CURATED, and the change log's REVIEW_CLAIM by that curator);
 * suggestions are accepted and rejected, a claimant fixed, a stale
 * dataVersion refused and the article reloaded, a bad claimant's message
 * shown. Every check of what was written asks the API, not the page; the
 * page's requests are checked too: trusted document ids, queries over GET,
 * mutations over POST with the bearer token, the token in sessionStorage only.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../helpers/api.js';
import { launchChromium, screenshotPath } from '../helpers/browser.js';
import { PROJECT_ROOT, startServer, type RunningServer } from '../helpers/server.js';

const TOKEN = 'ana-review-token-0123456789';
const ENV = { CLAIMGRAPH_CURATOR_TOKENS: `ana:${TOKEN}`, CLAIMGRAPH_CACHE_DIR: 'off', CLAIMGRAPH_REQUEST_LOG: 'false' };
const SLUG = 'newswire-idlib-front';

/** Written for this test (three attributed sentences the extractor turns into AUTO claims). */
const ARTICLE = `Thousands more flee as the Idlib front moves north

AMMAN, Feb 11 (Newswire) - More than 600,000 people have fled their homes in north-west Syria since the government offensive began in December, the United Nations said on Tuesday.

A Turkish convoy of about 300 military vehicles entered Idlib province on Saturday, the war monitor said.

Government forces took full control of the town of Saraqeb on Saturday, Syrian state television said.
`;

/**
 * Suggestions for the Saraqeb claim, written into the article's annotations as a
 * curator's file edit would be (the extractor's own suggestions, when it makes
 * some, come before them): one for an existing event, one for an existing
 * place, one proposing a new event.
 */
const SUGGESTIONS = [
  { key: 'review-test-event-saraqeb-capture', kind: 'EVENT', target: 'saraqeb-capture', confidence: 0.82, reasons: ['same place (Saraqeb)', 'dates overlap (5–8 February 2020)'], status: 'SUGGESTED' },
  { key: 'review-test-place-saraqeb', kind: 'PLACE', target: 'saraqeb', confidence: 0.64, reasons: ['the name “Saraqeb”'], status: 'SUGGESTED' },
  {
    key: 'review-test-new-event',
    kind: 'EVENT',
    target: null,
    proposal: { key: 'saraqeb-full-control', name: 'Government forces take full control of Saraqeb', kind: 'CONFLICT/CAPTURE', date: { start: '2020-02-08', end: '2020-02-08' }, places: ['saraqeb'] },
    confidence: 0.31,
    reasons: ['no existing event on that day at that place'],
    status: 'SUGGESTED',
  },
];

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { provenance?: { dataVersion: string } };
}

let dir: string;
let server: RunningServer;
let browser: Browser;

/** A request sent by the test itself (independently of the viewer's code). */
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function api(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const answer = await gql(query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

const versionNow = async (): Promise<string> => (await gql('{ sources(first: 1) { totalCount } }')).extensions!.provenance!.dataVersion;

interface ClaimState {
  id: string;
  statement: string;
  curation: string;
  claimants: Array<{ key: string }>;
  events: Array<{ key: string }>;
  suggestions: Array<{ id: string; key: string; status: string }>;
}

async function articleClaims(): Promise<ClaimState[]> {
  const data = await api('query($slug: String!) { source(slug: $slug) { claims(first: 50) { nodes { id statement curation claimants { key } events { key } suggestions { id key status } } } } }', { slug: SLUG });
  return data.source.claims.nodes;
}

type Change = { kind: string; by: string; decision: string | null; target: { id: string } };

/** The whole change log, oldest first (a test's writes are few). */
async function changeLog(): Promise<Change[]> {
  const data = await api('{ changes(first: 100) { totalCount nodes { kind by decision target { id } } } }');
  expect(data.changes.totalCount).toBeLessThanOrEqual(100);
  return data.changes.nodes;
}

/** The changes logged after a look at the log. */
const changesAfter = async (before: Change[]): Promise<Change[]> => (await changeLog()).slice(before.length);

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-review-'));
  cpSync(DATA_DIR, dir, { recursive: true });

  // Ingest the article through the API, as a curator.
  server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir });
  const ingested = await gql(
    'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { source { claims(first: 50) { nodes { id curation } } } } }',
    { i: { text: ARTICLE, publisher: 'Newswire', publishedAt: '2020-02-11', slug: SLUG, url: 'https://example.org/newswire/idlib-front', expectedDataVersion: await versionNow() } },
    TOKEN,
  );
  expect(ingested.errors, JSON.stringify(ingested.errors)).toBeUndefined();
  const claims = ingested.data!.ingestArticle.source.claims.nodes as Array<{ curation: string }>;
  expect(claims.length).toBeGreaterThanOrEqual(2);
  for (const claim of claims) expect(claim.curation).toBe('AUTO');
  await server.stop();

  // Give the Saraqeb claim suggestions to review, then start again on the edited folder.
  const file = join(dir, 'annotations', `${SLUG}.json`);
  const annotations = JSON.parse(readFileSync(file, 'utf8')) as { claims: Array<{ statement: string; suggestions?: unknown[] }> };
  const saraqeb = annotations.claims.find((c) => c.statement.includes('Saraqeb'));
  expect(saraqeb, 'the Saraqeb claim').toBeDefined();
  saraqeb!.suggestions = [...(saraqeb!.suggestions ?? []), ...SUGGESTIONS];
  writeFileSync(file, `${JSON.stringify(annotations, null, 2)}\n`);
  server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir });

  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Watches a page: its /graphql requests (with their headers), requests off the server's origin, console errors. */
function watch(page: Page) {
  const graphql: Array<{ method: string; url: URL; body: string | null; authorization: string | undefined }> = [];
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== server.origin) foreign.push(req.url());
    if (url.pathname === '/graphql') graphql.push({ method: req.method(), url, body: req.postData(), authorization: req.headers().authorization });
  });
  page.on('console', (msg) => {
    // The refusals the test provokes (401, 409, 400) are logged by Chromium as failed resources; anything else is an error.
    if (msg.type() === 'error' && !/status of (401|409|400)/.test(msg.text())) consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return { graphql, foreign, consoleErrors };
}

const mutations = (graphql: ReturnType<typeof watch>['graphql']) => graphql.filter((r) => r.method === 'POST');

/** Opens curator mode on the article and signs in with `token`; resolves once its claims are listed. */
async function openReview(context: BrowserContext, token: string): Promise<{ page: Page } & ReturnType<typeof watch>> {
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(`${server.origin}/viewer`, { waitUntil: 'load' });
  // The header's link opens curator mode; it asks for the token first.
  await page.getByRole('link', { name: 'Curator mode' }).click();
  await page.waitForSelector('#review-signin', { state: 'visible' });
  expect(await page.locator('#layout').isHidden()).toBe(true);
  await page.getByLabel('Curator token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector(`#review-article option[value="${SLUG}"]`, { state: 'attached' });
  await page.getByLabel('Article to review').selectOption(SLUG);
  await page.waitForSelector('#review-claims li.review-claim');
  expect(page.url()).toContain(`#review=${SLUG}`);
  return { page, ...watched };
}

const claimItem = (page: Page, id: string) => page.locator(`#review-claims li.review-claim[data-claim-id="${id}"]`);

describe('the viewer’s curator mode in Chromium', () => {
  it('refuses a wrong token: the page says so, asks for the token again, and nothing is written', async () => {
    const claims = await articleClaims();
    expect(claims.length).toBeGreaterThan(0);
    const target = claims[0]!;
    const before = await versionNow();
    const log = await changeLog();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, graphql, foreign, consoleErrors } = await openReview(context, 'not-the-curator-token');
      const ids = await page.locator('#review-claims li.review-claim').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.claimId));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(claims.filter((c) => c.curation === 'AUTO').map((c) => c.id));

      await claimItem(page, target.id).getByRole('button', { name: 'Confirm claim' }).click();
      await page.waitForSelector('#review-signin-message', { state: 'visible' });
      const refusal = await page.locator('#review-signin-message').textContent();
      expect(refusal).toContain('refused this token');
      expect(refusal).toContain('nothing was written');
      // Asked for again: the form is back, the token forgotten, the claims hidden.
      expect(await page.locator('#review-signin').isVisible()).toBe(true);
      expect(await page.locator('#review-work').isHidden()).toBe(true);
      expect(await page.evaluate(() => sessionStorage.getItem('claimgraph.curatorToken'))).toBeNull();

      // The refused write: one POST by id with the wrong bearer token.
      const posted = mutations(graphql);
      expect(posted.length).toBe(1);
      expect(posted[0]!.authorization).toBe('Bearer not-the-curator-token');

      // Nothing written: same dataVersion, no change logged, the claim still AUTO.
      expect(await versionNow()).toBe(before);
      expect(await changesAfter(log)).toEqual([]);
      expect((await articleClaims()).find((c) => c.id === target.id)!.curation).toBe('AUTO');
      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('confirms a claim end to end: CURATED, and the change log lists the REVIEW_CLAIM by that curator', async () => {
    const claims = await articleClaims();
    expect(claims.length).toBeGreaterThan(0);
    const target = claims.find((c) => c.curation === 'AUTO' && !c.statement.includes('Saraqeb'));
    expect(target, 'an AUTO claim to confirm').toBeDefined();
    const before = await versionNow();
    const log = await changeLog();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, graphql, foreign, consoleErrors } = await openReview(context, TOKEN);
      // The token is in this tab's sessionStorage, nowhere else.
      expect(await page.evaluate(() => sessionStorage.getItem('claimgraph.curatorToken'))).toBe(TOKEN);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(await context.cookies()).toEqual([]);

      const item = claimItem(page, target!.id);
      await expect(item.locator('.review-statement').textContent()).resolves.toBe(target!.statement);
      await item.getByLabel('Note for the change log (optional)').fill('checked against the article');
      await item.getByRole('button', { name: 'Confirm claim' }).click();

      await page.waitForSelector('#review-status:has-text("Confirmed claim")');
      // Reloaded: the claim is no longer listed for review.
      await page.waitForSelector(`#review-claims li.review-claim[data-claim-id="${target!.id}"]`, { state: 'detached' });
      expect(await page.locator('#review-alert').isHidden()).toBe(true);

      // What the API says now.
      const now = (await articleClaims()).find((c) => c.id === target!.id)!;
      expect(now.curation).toBe('CURATED');
      const changes = await changesAfter(log);
      expect(changes.length).toBeGreaterThan(0);
      expect(changes).toEqual([{ kind: 'REVIEW_CLAIM', by: 'ana', decision: 'CONFIRM', target: { id: target!.id } }]);
      const history = await api('query($id: ID!) { node(id: $id) { ... on Claim { history { nodes { kind by note } } } } }', { id: target!.id });
      expect(history.node.history.nodes.at(-1)).toEqual({ kind: 'REVIEW_CLAIM', by: 'ana', note: 'checked against the article' });

      // The write: a POST by trusted document id with the bearer token and the dataVersion the page read.
      const posted = mutations(graphql);
      expect(posted.length).toBe(1);
      const body = JSON.parse(posted[0]!.body!) as { documentId: string; query?: string; variables: { input: Record<string, unknown> } };
      expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(body.query).toBeUndefined();
      expect(body.variables.input).toEqual({ id: target!.id, decision: 'CONFIRM', note: 'checked against the article', expectedDataVersion: before });
      expect(posted[0]!.authorization).toBe(`Bearer ${TOKEN}`);
      // Every read: GET by id, no token.
      const reads = graphql.filter((r) => r.method === 'GET');
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(read.url.searchParams.get('documentId')).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(read.url.searchParams.has('query')).toBe(false);
        expect(read.authorization).toBeUndefined();
      }
      const path = screenshotPath('viewer-review');
      await page.screenshot({ path, fullPage: true });
      console.log(`curator mode screenshot: ${path}`);
      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reviews suggestions and fixes a claimant; a stale dataVersion reloads, a bad claimant is explained; sign out forgets the token', async () => {
    const claims = await articleClaims();
    expect(claims.length).toBeGreaterThan(0);
    const saraqeb = claims.find((c) => c.statement.includes('Saraqeb'));
    expect(saraqeb, 'the Saraqeb claim').toBeDefined();
    const suggestion = (key: string) => saraqeb!.suggestions.find((s) => s.key === key)!;
    expect(saraqeb!.suggestions.length).toBeGreaterThanOrEqual(SUGGESTIONS.length);
    const eventSuggestion = suggestion('review-test-event-saraqeb-capture');
    const placeSuggestion = suggestion('review-test-place-saraqeb');
    expect(eventSuggestion.status).toBe('SUGGESTED');
    expect(placeSuggestion.status).toBe('SUGGESTED');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, foreign, consoleErrors } = await openReview(context, TOKEN);
      const item = claimItem(page, saraqeb!.id);
      const rows = item.locator('table.review-suggestions tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(SUGGESTIONS.length);
      // Kind, target or proposal, confidence, reasons and status, as the API has them.
      const eventRow = item.locator(`tr[data-suggestion-id="${eventSuggestion.id}"]`);
      const eventText = await eventRow.textContent();
      expect(eventText).toContain('Syrian government forces capture Saraqeb');
      expect(eventText).toContain('82%');
      expect(eventText).toContain('same place (Saraqeb)');
      expect(eventText).toContain('suggested');
      const proposalRow = item.locator(`tr[data-suggestion-id="${suggestion('review-test-new-event').id}"]`);
      expect(await proposalRow.textContent()).toContain('new: Government forces take full control of Saraqeb');

      // Someone else writes after the page read the article: the page's next write is refused as stale.
      const read = await versionNow();
      const other = await gql('mutation { addAlias(input: { entity: "sana", alias: "the Syrian state agency" }) { dataVersion } }', {}, TOKEN);
      expect(other.errors).toBeUndefined();
      const fresh = other.data!.addAlias.dataVersion as string;
      expect(fresh).not.toBe(read);
      const log = await changeLog();
      await item.locator(`tr[data-suggestion-id="${placeSuggestion.id}"]`).getByRole('button', { name: 'Reject' }).click();
      await page.waitForSelector('#review-alert[data-kind="stale"]');
      expect(await page.locator('#review-alert').textContent()).toContain('The data changed since this page read it');
      expect(await changesAfter(log)).toEqual([]);
      // It reloaded: the page now reads the new dataVersion, and the same decision goes through.
      await page.waitForSelector(`#provenance[data-data-version="${fresh}"]`, { state: 'attached' });
      await page.waitForSelector(`tr[data-suggestion-id="${placeSuggestion.id}"][data-status="SUGGESTED"] button.reject-suggestion:not([disabled])`);
      await item.locator(`tr[data-suggestion-id="${placeSuggestion.id}"]`).getByRole('button', { name: 'Reject' }).click();
      await page.waitForSelector('#review-status:has-text("Rejected the place suggestion")');
      await page.waitForSelector(`tr[data-suggestion-id="${placeSuggestion.id}"][data-status="REJECTED"]`);

      // Accept the event suggestion: the claim is linked to the event.
      await item.locator(`tr[data-suggestion-id="${eventSuggestion.id}"]`).getByRole('button', { name: 'Accept' }).click();
      await page.waitForSelector('#review-status:has-text("Accepted the event suggestion")');
      await page.waitForSelector(`tr[data-suggestion-id="${eventSuggestion.id}"][data-status="ACCEPTED"]`);
      const shot = screenshotPath('viewer-review-suggestions');
      await item.screenshot({ path: shot });
      console.log(`curator mode suggestions screenshot: ${shot}`);

      // A claimant no actor has: the server's message, nothing written.
      const beforeBad = await versionNow();
      await item.getByLabel('Claimants', { exact: true }).fill('no-such-actor');
      await item.getByRole('button', { name: 'Save claimants' }).click();
      await page.waitForSelector('#review-alert[data-kind="refused"]');
      expect(await page.locator('#review-alert').textContent()).toContain('no Actor has');
      expect(await versionNow()).toBe(beforeBad);

      // Fix the claimant: SANA, by key.
      await item.getByLabel('Claimants', { exact: true }).fill('sana');
      await item.getByRole('button', { name: 'Save claimants' }).click();
      await page.waitForSelector('#review-status:has-text("Saved the claimants")');

      const after = (await articleClaims()).find((c) => c.id === saraqeb!.id)!;
      expect(after.curation).toBe('AUTO');
      expect(after.claimants.map((a) => a.key)).toEqual(['sana']);
      expect(after.events.map((e) => e.key)).toContain('saraqeb-capture');
      expect(after.suggestions.find((s) => s.id === eventSuggestion.id)!.status).toBe('ACCEPTED');
      expect(after.suggestions.find((s) => s.id === placeSuggestion.id)!.status).toBe('REJECTED');
      const changes = await changesAfter(log);
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.map((c) => [c.kind, c.by, c.decision])).toEqual([
        ['REVIEW_SUGGESTION', 'ana', 'REJECT'],
        ['REVIEW_SUGGESTION', 'ana', 'ACCEPT'],
        ['EDIT_CLAIM', 'ana', null],
      ]);

      // Sign out: the token leaves sessionStorage and the form asks for it again.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForSelector('#review-signin', { state: 'visible' });
      expect(await page.evaluate(() => sessionStorage.getItem('claimgraph.curatorToken'))).toBeNull();
      expect(await page.locator('#review-work').isHidden()).toBe(true);

      // Back to the comparison: the ordinary viewer.
      await page.getByRole('link', { name: 'Back to the comparison' }).click();
      await page.waitForSelector('#layout', { state: 'visible' });
      expect(await page.locator('#review').isHidden()).toBe(true);
      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

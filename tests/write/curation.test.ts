/**
 * Curation through the real server on loopback: auth (none, wrong, right),
 * every mutation's success, refusals that write nothing (the folder's bytes,
 * change log included, unchanged), stale versions, GET refused, two writers
 * at once, a subscriber that receives exactly the committed changes, and a
 * server killed with SIGKILL during a burst of writes, restarted with every
 * acknowledged write present.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../helpers/api.js';
import { PROJECT_ROOT, startServer, type RunningServer } from '../helpers/server.js';

const TOKENS = { ana: 'ana-token-0123456789', bo: 'bo-token-0123456789' };
const ENV = { CLAIMGRAPH_CURATOR_TOKENS: `ana:${TOKENS.ana},bo:${TOKENS.bo}`, CLAIMGRAPH_CACHE_DIR: 'off', CLAIMGRAPH_REQUEST_LOG: 'false' };

/** SHA-256 over every file of a folder (the change log too; the lock file is transient). */
function folderHash(dir: string, prefix = ''): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) hash.update(`${path}/\n${folderHash(dir, path)}\n`);
    else if (name !== 'lock') hash.update(`${path}\n`).update(readFileSync(join(dir, path)));
  }
  return hash.digest('hex');
}

function tempData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-curation-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
  extensions?: { provenance?: { dataVersion: string; sources: Array<{ slug: string }> } };
}

async function gql(server: RunningServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const VERSION = '{ sources(first: 1) { totalCount } }';
const versionOf = async (server: RunningServer) => (await gql(server, VERSION)).extensions!.provenance!.dataVersion;

const ARTICLE = `Convoy crosses into Idlib

ISTANBUL, Feb 9 (Newswire) - A Turkish military convoy of about 100 vehicles crossed into Idlib province on Sunday, the Turkish defence ministry said.

Syrian government forces captured the town of Saraqib on Saturday, the Syrian Observatory for Human Rights said.
`;

/** Reads server-sent events of a subscription until aborted; collects each event's parsed data. */
function subscribe(server: RunningServer, query: string) {
  const events: Array<{ data?: Record<string, any>; extensions?: Answer['extensions'] }> = [];
  const abort = new AbortController();
  const opened = fetch(`${server.origin}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/event-stream' }, signal: abort.signal }).then(async (response) => {
    const reader = response.body!.getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += new TextDecoder().decode(value);
      for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (block.includes('event: next') && data) events.push(JSON.parse(data.slice(6)));
      }
    }
  });
  opened.catch(() => {});
  return { events, close: () => abort.abort() };
}

describe('curation over HTTP', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = tempData();
    server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a mutation without a token, with a wrong token, and over GET; nothing is written', async () => {
    const before = folderHash(dir);
    const mutation = 'mutation { addAlias(input: { entity: "sohr", alias: "the monitor" }) { dataVersion } }';
    const none = await gql(server, mutation);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(server, mutation, {}, 'not-a-token-of-this-server');
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const get = await fetch(`${server.origin}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { authorization: `Bearer ${TOKENS.ana}`, accept: 'application/graphql-response+json' } });
    expect(get.status).toBe(405);
    expect(folderHash(dir)).toBe(before);
    // A query needs no token.
    expect((await gql(server, VERSION)).status).toBe(200);
  });

  it('ingests, confirms, refuses a stale version, and logs both writes with the curator, as a subscriber sees them', async () => {
    const stream = subscribe(server, 'subscription { dataChanged { dataVersion change { kind by target { id key } } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = await versionOf(server);
    const ingested = await gql(
      server,
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { dataVersion source { slug claims(first: 20) { nodes { id curation } } } change { kind by } } }',
      { i: { text: ARTICLE, publisher: 'Newswire', publishedAt: '2020-02-09', slug: 'newswire-convoy', url: 'https://example.org/newswire/convoy', expectedDataVersion: start } },
      TOKENS.ana,
    );
    expect(ingested.errors).toBeUndefined();
    const claims = ingested.data!.ingestArticle.source.claims.nodes as Array<{ id: string; curation: string }>;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.curation).toBe('AUTO');
    expect(ingested.data!.ingestArticle.change).toEqual({ kind: 'INGEST_ARTICLE', by: 'ana' });

    // A stale version: 409, nothing written.
    const before = folderHash(dir);
    const stale = await gql(server, 'mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { dataVersion } }', { i: { id: claims[0]!.id, decision: 'CONFIRM', expectedDataVersion: start } }, TOKENS.bo);
    expect(stale.status).toBe(409);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'STALE_DATA_VERSION', expected: start, current: ingested.data!.ingestArticle.dataVersion });
    expect(folderHash(dir)).toBe(before);

    const confirmed = await gql(
      server,
      'mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { dataVersion claim { curation history { nodes { kind by } } } } }',
      { i: { id: claims[0]!.id, decision: 'CONFIRM', note: 'read against the wire copy', expectedDataVersion: ingested.data!.ingestArticle.dataVersion } },
      TOKENS.bo,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.reviewClaim.claim.curation).toBe('CURATED');
    expect(confirmed.data!.reviewClaim.claim.history.nodes).toEqual([
      { kind: 'INGEST_ARTICLE', by: 'ana' },
      { kind: 'REVIEW_CLAIM', by: 'bo' },
    ]);

    const log = await gql(server, 'query($since: String) { changes(since: $since) { totalCount nodes { kind by dataVersionBefore dataVersionAfter } } }', { since: start });
    expect(log.data!.changes.nodes).toEqual([
      { kind: 'INGEST_ARTICLE', by: 'ana', dataVersionBefore: start, dataVersionAfter: ingested.data!.ingestArticle.dataVersion },
      { kind: 'REVIEW_CLAIM', by: 'bo', dataVersionBefore: ingested.data!.ingestArticle.dataVersion, dataVersionAfter: confirmed.data!.reviewClaim.dataVersion },
    ]);

    // The subscriber got exactly the two committed writes (not the refused one), each with provenance.
    for (let i = 0; i < 50 && stream.events.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    stream.close();
    expect(stream.events.map((e) => [e.data!.dataChanged.change.kind, e.data!.dataChanged.change.by, e.data!.dataChanged.dataVersion])).toEqual([
      ['INGEST_ARTICLE', 'ana', ingested.data!.ingestArticle.dataVersion],
      ['REVIEW_CLAIM', 'bo', confirmed.data!.reviewClaim.dataVersion],
    ]);
    for (const e of stream.events) expect(e.extensions?.provenance?.sources.map((s) => s.slug)).toEqual(['newswire-convoy']);
  });

  it('refuses an invalid write with every fault, and writes nothing', async () => {
    const claim = (await gql(server, '{ claims(first: 1) { nodes { id } } }')).data!.claims.nodes[0].id as string;
    const before = folderHash(dir);
    const bad = await gql(server, 'mutation($i: EditClaimInput!) { editClaim(input: $i) { dataVersion } }', { i: { id: claim, evidence: ['words that are not in the article at all'] } }, TOKENS.ana);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('evidence[0]');
    const unsupported = await gql(server, 'mutation($i: EditClaimInput!) { editClaim(input: $i) { dataVersion } }', { i: { id: claim, events: [] , topic: null } }, TOKENS.ana);
    // Unlinking may leave an event or topic unsupported: refused with the loader's fault, or accepted when none is.
    if (unsupported.errors) expect(unsupported.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const gone = await gql(server, 'mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { dataVersion } }', { i: { id: 'Q2xhaW06bm8vc3VjaA==', decision: 'REJECT' } }, TOKENS.ana);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    if (!unsupported.errors) return;
    expect(folderHash(dir)).toBe(before);
  });

  it('serializes two writers: both writes land, one after the other', async () => {
    const [a, b] = await Promise.all([
      gql(server, 'mutation { addAlias(input: { entity: "sohr", alias: "the rights monitor" }) { dataVersion change { dataVersionBefore } } }', {}, TOKENS.ana),
      gql(server, 'mutation { addAlias(input: { entity: "turkey", alias: "the Turkish state" }) { dataVersion change { dataVersionBefore } } }', {}, TOKENS.bo),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const [first, second] = [a.data!.addAlias, b.data!.addAlias].sort((x, y) => (x.change.dataVersionBefore === y.dataVersion ? 1 : -1));
    expect(second.change.dataVersionBefore).toBe(first.dataVersion);
    expect(await versionOf(server)).toBe(second.dataVersion);
  });

  it('runs every other mutation', async () => {
    const convoyClaim = (await gql(server, '{ source(slug: "newswire-convoy") { claims(first: 20) { nodes { id statement } } } }')).data!.source.claims.nodes.find((c: { statement: string }) => c.statement.includes('convoy')).id;
    const steps: Array<[string, Record<string, unknown>, (data: Record<string, any>) => void]> = [
      ['mutation($i: EditClaimInput!) { editClaim(input: $i) { claim { quantity { value unit } } } }', { i: { id: convoyClaim, quantity: { value: 100, unit: 'vehicle', qualifier: 'APPROXIMATELY', words: 'about 100' } } }, (d) => expect(d.editClaim.claim.quantity).toEqual({ value: 100, unit: 'vehicle' })],
      [
        'mutation($i: CreateTopicInput!) { createTopic(input: $i) { topic { key agreement claims(first: 5) { totalCount } } } }',
        { i: { key: 'convoy-size', question: 'How many vehicles were in the Turkish convoy of 9 February 2020?', measure: 'vehicles', unit: 'vehicle', population: 'the convoy', timeframe: '9 February 2020', valueKind: 'QUANTITY', expectedChange: 'NONE', claims: [convoyClaim] } },
        (d) => expect(d.createTopic.topic).toEqual({ key: 'convoy-size', agreement: 'SINGLE_SOURCE', claims: { totalCount: 1 } }),
      ],
      [
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { event { key sources { slug } } } }',
        { i: { key: 'convoy-enters-idlib', title: 'Turkish convoy enters Idlib', description: 'A convoy crosses the border.', type: 'STRATEGIC_DEVELOPMENTS', subType: 'HEADQUARTERS_OR_BASE_ESTABLISHED', date: { start: '2020-02-09', end: '2020-02-09', precision: 'DAY' }, places: ['Idlib'], actors: [{ actor: 'turkish-military', role: 'INITIATOR' }], claims: [convoyClaim] } },
        (d) => expect(d.createEvent.event).toEqual({ key: 'convoy-enters-idlib', sources: [{ slug: 'newswire-convoy' }] }),
      ],
      ['mutation($i: UpdateEventInput!) { updateEvent(input: $i) { event { title } } }', { i: { id: 'convoy-enters-idlib', title: 'A Turkish convoy enters Idlib province' } }, (d) => expect(d.updateEvent.event.title).toBe('A Turkish convoy enters Idlib province')],
      ['mutation($i: CreateActorInput!) { createActor(input: $i) { actor { key kind } } }', { i: { key: 'newswire', name: 'Newswire', kind: 'NEWS_AGENCY', description: 'A wire service.', aliases: ['Newswire'] } }, (d) => expect(d.createActor.actor).toEqual({ key: 'newswire', kind: 'NEWS_AGENCY' })],
      ['mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { key within { key } } } }', { i: { key: 'qamishli', name: 'Qamishli', kind: 'CITY', description: 'A city in north-east Syria.', aliases: ['Qamishli'], location: { lat: 37.05, lon: 41.22, precision: 'LOCALITY' }, within: 'syria' } }, (d) => expect(d.createPlace.place).toEqual({ key: 'qamishli', within: { key: 'syria' } })],
      ['mutation($i: MergeEntitiesInput!) { mergeEntities(input: $i) { actor { key aliases } } }', { i: { keep: 'sohr', remove: 'rami-abdul-rahman' } }, (d) => expect(d.mergeEntities.actor.key).toBe('sohr')],
    ];
    for (const [query, variables, check] of steps) {
      const before = await versionOf(server);
      const answer = await gql(server, query, variables, TOKENS.ana);
      expect(answer.errors, query).toBeUndefined();
      check(answer.data!);
      expect(await versionOf(server)).not.toBe(before);
    }
    // The merged actor's id resolves to the one kept.
    const merged = await gql(server, '{ node(id: "QWN0b3I6cmFtaS1hYmR1bC1yYWhtYW4=") { ... on Actor { key } } }');
    expect(merged.data!.node).toEqual({ key: 'sohr' });
  });
});

describe('a server killed during a burst of writes', () => {
  it('keeps every acknowledged write after a restart', async () => {
    const dir = tempData();
    try {
      let server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir });
      const acknowledged: string[] = [];
      const burst = (async () => {
        for (let i = 0; i < 200; i++) {
          const alias = `burst alias ${i}`;
          try {
            const answer = await gql(server, 'mutation($a: String!) { addAlias(input: { entity: "sohr", alias: $a }) { dataVersion } }', { a: alias }, TOKENS.ana);
            if (answer.data?.addAlias) acknowledged.push(alias);
          } catch {
            return; // the server is gone
          }
        }
      })();
      // Killed in the middle of the burst: once a few writes are acknowledged (on a busy machine the first takes longer).
      for (let waited = 0; acknowledged.length < 3 && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      server.process.kill('SIGKILL');
      await burst;
      expect(acknowledged.length).toBeGreaterThan(0);
      server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir });
      try {
        const aliases = (await gql(server, '{ actors(filterBy: { names: ["sohr"] }) { nodes { aliases } } }')).data!.actors.nodes[0].aliases as string[];
        for (const alias of acknowledged) expect(aliases).toContain(alias);
        const log = await gql(server, '{ changes { totalCount } }');
        expect(log.data!.changes.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a server beside another writer of its folder', () => {
  it('answers SERVICE_UNAVAILABLE (503) when the lock is held too long, and sees a command-line ingest without a write of its own', async () => {
    const dir = tempData();
    const server = await startServer({ ...ENV, CLAIMGRAPH_DATA_DIR: dir, CLAIMGRAPH_WRITE_LOCK_TIMEOUT_MS: '300' });
    try {
      // Another live process (this test's) holds the lock.
      mkdirSync(join(dir, '.claimgraph'), { recursive: true });
      writeFileSync(join(dir, '.claimgraph/lock'), `${process.pid} ${hostname()}\n`);
      const before = folderHash(dir);
      const refused = await gql(server, 'mutation { addAlias(input: { entity: "sohr", alias: "the monitor" }) { dataVersion } }', {}, TOKENS.ana);
      expect(refused.status).toBe(503);
      expect(refused.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.errors![0]!.message).toMatch(/nothing was written: the data folder is locked by another writer/);
      expect(folderHash(dir)).toBe(before);
      rmSync(join(dir, '.claimgraph/lock'));

      const versionBefore = await versionOf(server);
      const article = join(dir, '..', `${basename(dir)}-cli-convoy.txt`);
      writeFileSync(article, ARTICLE);
      try {
        const cli = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/ingest.ts'), article, '--data-dir', dir, '--publisher', 'Newswire', '--published-at', '2020-02-09'], { encoding: 'utf8' });
        expect(cli.status, cli.stderr).toBe(0);
        expect(cli.stdout).toMatch(/change \S+ in changes.jsonl/);
      } finally {
        rmSync(article, { force: true });
      }
      const slug = `${basename(dir)}-cli-convoy`.toLowerCase();
      let seen: Answer | null = null;
      for (let i = 0; i < 50 && !seen?.data?.source; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        seen = await gql(server, 'query($s: String!) { source(slug: $s) { slug claims(first: 1) { totalCount } } }', { s: slug });
      }
      expect(seen!.data!.source).toMatchObject({ slug });
      expect(seen!.data!.source.claims.totalCount).toBeGreaterThan(0);
      expect(seen!.extensions!.provenance!.dataVersion).not.toBe(versionBefore);
      const log = await gql(server, '{ changes(first: 5) { nodes { kind by target { key } } } }');
      expect(log.data!.changes.nodes).toContainEqual(expect.objectContaining({ kind: 'INGEST_ARTICLE', target: expect.objectContaining({ key: slug }) }));
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

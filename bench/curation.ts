/**
 * npm run bench:curation -- [--factor 1000] [--writes 30] [--seconds 20] [--connections 4] [--start-timeout 900]
 *
 * What curation writes cost on a large corpus, and what they cost readers.
 * On a copy of the synthetic corpus of `factor` copies (bench/synthetic.ts,
 * under .tmp/scale/x<F>/; the copy is written to, the original never), it
 * starts the real server (src/server.ts through tsx, a curator token, a fresh
 * snapshot cache, request log off) on a free loopback port and measures:
 *
 * - ingestArticle of a 1,000-word article written for this benchmark (wall
 *   time of the mutation, answer received);
 * - reads at idle: autocannon (loopback, --connections) on a mix of queries
 *   for --seconds: p50 and p99;
 * - reads while a client sends one write a second (reviewClaim CONFIRM of the
 *   ingested article's AUTO claims, then editClaim of curated claims'
 *   statements, alternating), for the same time: p50 and p99, and the writes'
 *   p50 and p99.
 *
 * --ingest-timeout S bounds the ingest (default 600 s).
 *
 * Targets (issue 15): review or edit p50 < 1 s, ingest < 10 s, read p99 under
 * writes at most 2x idle. Last line:
 *   curation: factor=x<F> ingest=<s>s write-p50=<ms>ms write-p99=<ms>ms read-p99-idle=<ms>ms read-p99-writes=<ms>ms read-p99-ratio=<r>
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fixed, load, makeTempDir, parseOptions, percentile, post, PROJECT_ROOT, removeTempDir, startServer, stopServer, type Command } from '../tools/harness.js';

const command: Command = { name: 'bench:curation', usage: 'npm run bench:curation -- [--factor 1000] [--writes 30] [--seconds 20] [--connections 4] [--start-timeout 900]' };
const args = parseOptions(command, {
  factor: { type: 'number', default: 1000, min: 1 },
  writes: { type: 'number', default: 30, min: 2 },
  seconds: { type: 'number', default: 20, min: 1 },
  connections: { type: 'number', default: 4, min: 1 },
  'start-timeout': { type: 'number', default: 900, min: 10 },
  'ingest-timeout': { type: 'number', default: 600, min: 10 },
});

const TOKEN = 'bench-curator-token-0123456789';
const log = (line: string) => console.log(`[bench:curation] ${line}`);

/** A 1,000-word article in a wire style, written for this benchmark: sentences about the offensive, varied by place, number and day. */
function article(): string {
  const places = ['Saraqib', 'Maarat al-Numan', 'Idlib city', 'Binnish', 'Taftanaz', 'the M5 highway', 'Atarib', 'Jisr al-Shughur'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const lines = ['Offensive presses on across north-west Syria', '', 'BEIRUT, Feb 12 (Benchwire) - Fighting spread across north-west Syria this week, officials and monitors said.', ''];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    const place = places[i % places.length]!;
    const day = days[i % days.length]!;
    const n = 3 + ((i * 7) % 40);
    const sentence = [
      `Government forces shelled villages near ${place} on ${day}, killing at least ${n} civilians, the Syrian Observatory for Human Rights said.`,
      `Turkish troops reinforced an observation post outside ${place}, a Turkish official said, as a convoy of ${n * 3} vehicles crossed the border.`,
      `Aid groups said about ${n * 1000} people had fled ${place} since the start of the month, many of them sleeping in fields.`,
      `Rebel fighters said they had retaken two hills near ${place} after a counter-attack that lasted most of ${day}.`,
    ][i % 4]!;
    lines.push(sentence, '');
    words += sentence.split(/\s+/).length;
  }
  return lines.join('\n');
}

const READ_QUERIES = [
  '{ topics(filterBy: { agreement: [CONFLICT] }, first: 10) { nodes { key agreement positionsConnection(first: 5) { nodes { value source { slug } } } } } }',
  '{ events(filterBy: { places: ["saraqeb"], date: { from: "2020-02-05", to: "2020-02-09" } }, first: 10) { totalCount nodes { key title } } }',
  '{ search(query: "Saraqib", first: 10) { totalCount nodes { __typename } } }',
  '{ claims(filterBy: { claimants: ["sohr"] }, first: 10) { totalCount nodes { statement } } }',
];

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

async function main() {
  const corpus = resolve(PROJECT_ROOT, `.tmp/scale/x${args.factor}`);
  if (!existsSync(join(corpus, 'corpus.json'))) {
    log(`generating the x${args.factor} corpus in ${corpus} ...`);
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/synthetic.ts', String(args.factor), corpus], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not generate the corpus');
  }
  const work = makeTempDir('claimgraph-bench-curation-');
  const dataDir = join(work, 'data');
  log(`copying the corpus to ${dataDir} (writes go there) ...`);
  cpSync(join(corpus, 'data'), dataDir, { recursive: true });
  const server = await startServer({
    name: 'claimgraph',
    entry: 'src/server.ts',
    nodeArgs: ['--import', 'tsx'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_CACHE_DIR: join(work, 'cache'), CLAIMGRAPH_REQUEST_LOG: 'false', CLAIMGRAPH_CURATOR_TOKENS: `bench:${TOKEN}` },
    timeoutMs: args['start-timeout'] * 1000,
  });
  log(`server ready after ${fixed(server.startMs / 1000, 1)} s`);
  try {
    const url = `${server.url}`;
    const write = async (query: string, variables: Record<string, unknown>, timeoutMs = 60_000) => {
      const started = performance.now();
      const answer = await post(url, body(query, variables), { headers: { ...HEADERS, authorization: `Bearer ${TOKEN}` }, timeoutMs });
      const ms = performance.now() - started;
      const json = answer.json as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
      if (answer.status !== 200 || json.errors?.length) throw new Error(`write failed (${answer.status}): ${JSON.stringify(json.errors ?? answer.text.slice(0, 300))}`);
      return { ms, data: json.data! };
    };

    const text = article();
    const ingest = await write('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { dataVersion source { claims(first: 100) { nodes { id curation } } } } }', {
      i: { text, publisher: 'Benchwire', publishedAt: '2020-02-12', slug: 'benchwire-offensive', url: null },
    }, args['ingest-timeout'] * 1000);
    const autoClaims = ((ingest.data.ingestArticle as any).source.claims.nodes as Array<{ id: string; curation: string }>).filter((c) => c.curation === 'AUTO').map((c) => c.id);
    log(`ingestArticle of ${text.split(/\s+/).length} words: ${fixed(ingest.ms / 1000, 2)} s (${autoClaims.length} AUTO claims)`);
    const curated = (((await post(url, body('{ claims(filterBy: { curation: CURATED }, first: 100) { nodes { id statement } } }'), { headers: HEADERS })).json as any).data.claims.nodes) as Array<{ id: string; statement: string }>;

    const requests = READ_QUERIES.map((query) => ({ method: 'POST' as const, path: '/graphql', headers: HEADERS, body: body(query) }));
    log(`reads at idle for ${args.seconds} s ...`);
    const idle = await load({ url, requests, seconds: args.seconds, connections: args.connections, recordLatencies: true });

    log(`reads for ${args.seconds} s while a client writes once a second ...`);
    const writeTimes: number[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < args.writes; i++) {
        const next = performance.now() + 1000;
        const review = i % 2 === 0 && autoClaims.length > 0;
        const result = review
          ? await write('mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { dataVersion } }', { i: { id: autoClaims.shift(), decision: 'CONFIRM' } })
          : await write('mutation($i: EditClaimInput!) { editClaim(input: $i) { dataVersion } }', { i: { id: curated[i % curated.length]!.id, statement: `${curated[i % curated.length]!.statement} (edit ${i})` } });
        writeTimes.push(result.ms);
        await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
      }
    })();
    const busy = await load({ url, requests, seconds: args.seconds, connections: args.connections, recordLatencies: true });
    stop = true;
    await writer;
    writeTimes.sort((a, b) => a - b);
    const [idleP50, idleP99, busyP50, busyP99] = [percentile(idle.latencies, 50), percentile(idle.latencies, 99), percentile(busy.latencies, 50), percentile(busy.latencies, 99)];
    log(`reads idle: ${idle.requests} requests, p50 ${fixed(idleP50, 1)} ms, p99 ${fixed(idleP99, 1)} ms, non-2xx ${idle.non2xx}`);
    log(`reads with writes: ${busy.requests} requests, p50 ${fixed(busyP50, 1)} ms, p99 ${fixed(busyP99, 1)} ms, non-2xx ${busy.non2xx}`);
    log(`writes: ${writeTimes.length}, p50 ${fixed(percentile(writeTimes, 50), 0)} ms, p99 ${fixed(percentile(writeTimes, 99), 0)} ms`);
    console.log(
      `curation: factor=x${args.factor} ingest=${fixed(ingest.ms / 1000, 2)}s write-p50=${fixed(percentile(writeTimes, 50), 0)}ms write-p99=${fixed(percentile(writeTimes, 99), 0)}ms ` +
        `read-p99-idle=${fixed(idleP99, 1)}ms read-p99-writes=${fixed(busyP99, 1)}ms read-p99-ratio=${fixed(busyP99 / idleP99, 2)}`,
    );
  } finally {
    await stopServer(server);
    removeTempDir(work);
    rmSync(join(work), { recursive: true, force: true });
  }
}

await main();

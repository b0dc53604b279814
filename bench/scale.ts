/**
 * npm run bench:scale -- [--factors 1,100,1000,5000] [--requests 200] [--warmup 20] [--query-budget 60]
 *                        [--start-timeout 600] [--max-old-space 8192] [--date-cycle 365] [--regenerate] [--cpu-prof]
 *                        [--source data] [--server src/server.ts] [--out bench/results/scale.json]
 *
 * How the server scales with the size of the data. For each factor F it
 * generates (or reuses, under .tmp/scale/x<F>/) a synthetic corpus of F copies
 * of the curated data (bench/synthetic.ts: 191 claims, 5 articles and 26
 * events per copy, so x5000 is 955,000 claims), then starts the real server on
 * it twice (src/server.ts through tsx, --expose-gc, --max-old-space-size=8192,
 * a free loopback port, request log off) with one fresh snapshot cache folder
 * (CLAIMGRAPH_CACHE_DIR, a new folder under .tmp/scale/ per size, removed
 * after): the first start is cold, the second warm. Until the server keeps a
 * snapshot there, warm equals cold. It measures:
 *
 * - start-up, cold and warm: from the spawn to the server's IPC `ready` message
 *   (tools/harness.ts; tsx compiling src/ included, about 1 s); the loader's
 *   own figure (`loaded in N ms`); RSS after load (forced GC, asked over IPC,
 *   never over HTTP) and the peak RSS of the start (VmHWM at ready, Linux). A
 *   server that sends `failed`, exits or is not ready within --start-timeout is
 *   a failed start, reported with what it printed (the thrown error, V8's fatal
 *   error and last GCs);
 * - on the cold server, p50/p99 latency of five queries, each run sequentially
 *   on one keep-alive connection (warm-up requests first; at most
 *   --query-budget seconds per query once 20 samples are in), every answer
 *   checked for a 200 with data and no GraphQL error:
 *     place     events at Saraqib between 2020-02-05 and 2020-02-09, with claim counts
 *     claimant  claims whose claimant is SOHR (every copy's)
 *     topic     claims of the topic displaced-since-december (copy 0's key)
 *     node      node(id:) of a curated claim (copy 0's id)
 *     search    search(query: $q, first: 10) with snippets, $q taking each of
 *               SEARCH_TERMS in turn (Saraqib, Turkish, Idlib, forces, Syrian,
 *               killed); the count shown is the smallest term's
 *     disputes  topics in CONFLICT, 20 positions' sources each
 *   and the peak RSS after them;
 * - on the warm server, each query once: its answer must be the cold one's.
 *
 * Then it prints a table, each query's totalCount and answer size, the targets
 * of issue 12 with PASS/FAIL at the largest factor (warm start < 30 s, cold
 * start < 180 s, RSS after the warm start < 3 GiB, place, claimant, topic, node and
 * disputes p50 < 10 ms, search p50 < 50 ms; the p50 ratios to x1 of earlier
 * rounds are still shown, at most 3x) and, last,
 *   scale: largest=x<F> startup=<s>s rss=<MiB>MiB place-p50-ratio=<r> topic-p50-ratio=<r> node-p50-ratio=<r> search-p50=<ms>ms cold=<s>s warm=<s>s
 * (n/a where a figure could not be measured; startup and cold are the same
 * cold start). x1 is always measured: the ratios need it. Results of this run
 * go to bench/results/scale.json (--out).
 *
 * --cpu-prof makes each server write a V8 CPU profile (.tmp/scale/prof/) and
 * prints the src/ functions with the most inclusive time (the load phases),
 * the functions and the modules with the most self time (GC included).
 * --server starts another entry (dist/src/server.js, a patched copy of src/).
 *
 * Exit code: 0 when every target passes and every warm start answered as the
 * cold one; 1 otherwise (or when a server does not start); 2 on bad arguments.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  askMemory,
  closeConnections,
  exitWithUsage,
  fixed as fmt,
  formatTable,
  guardRun,
  logger,
  makeTempDir,
  MiB,
  parseInteger,
  parseOptions,
  post,
  procMemory,
  removeTempDir,
  round,
  startServer,
  StartError,
  stats,
  stopServer,
  type ServerProcess,
} from '../tools/harness.js';
import { mainThreadProfile, summarizeProfile, type ProfileSummary } from './cpu-profile.js';
import { generateCorpus, PROJECT_ROOT, type CorpusInfo } from './synthetic.js';

const SERVER_ENTRY = join(PROJECT_ROOT, 'src', 'server.ts');
const CACHE_DIR = join(PROJECT_ROOT, '.tmp', 'scale');
const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results', 'scale.json');

/** Issue 12's targets at the largest size: warm and cold start, RSS after the warm start, p50 of each indexed query and of search. */
const TARGETS = { warmSeconds: 30, coldSeconds: 180, rssMiB: 3 * 1024, p50Ratio: 3, indexedP50Ms: 10, searchP50Ms: 50 };

const log = logger('bench:scale');

// ---------------------------------------------------------------- arguments

const COMMAND = {
  name: 'bench:scale',
  usage: `usage: npm run bench:scale -- [options]
  --factors LIST        comma-separated copy counts (default 1,100,1000,5000; x1 is always added as the baseline)
  --requests N          measured requests per query (default 200)
  --warmup N            warm-up requests per query (default 20)
  --query-budget S      stop measuring a query after S seconds once it has 20 samples (default 60): slow queries at large sizes
  --start-timeout S     seconds to wait for a server to start before giving up (default 600)
  --max-old-space MB    the server's --max-old-space-size (default 8192)
  --date-cycle DAYS     copy k's dates are shifted by k mod DAYS days (default 365); 5000 spreads x5000 over 14 years,
                        so the date-range query matches about as much at every size
  --source DIR          curated data folder to copy (default data/)
  --server FILE         the server entry to start (default src/server.ts; e.g. dist/src/server.js, or a patched copy)
  --out FILE            where to write the JSON results (default bench/results/scale.json)
  --regenerate          regenerate the corpora even when cached under .tmp/scale/
  --cpu-prof            write a CPU profile per server (.tmp/scale/prof/) and print the top src/ functions
  -h, --help            this help`,
};

function readArgs() {
  const values = parseOptions(COMMAND, {
    factors: { type: 'list', default: ['1', '100', '1000', '5000'] },
    requests: { type: 'number', default: 200, min: 1 },
    warmup: { type: 'number', default: 20, min: 0 },
    'query-budget': { type: 'number', default: 60, min: 1 },
    'date-cycle': { type: 'number', default: 365, min: 1 },
    'start-timeout': { type: 'number', default: 600, min: 1 },
    'max-old-space': { type: 'number', default: 8192, min: 256 },
    source: { type: 'string', default: join(PROJECT_ROOT, 'data') },
    server: { type: 'string', default: SERVER_ENTRY },
    out: { type: 'string', default: RESULTS_FILE },
    regenerate: { type: 'boolean' },
    'cpu-prof': { type: 'boolean' },
  });
  const listed = values.factors.map((f) => parseInteger(COMMAND, 'factors', f.replace(/^x/, ''), 1));
  if (!listed.length) exitWithUsage(COMMAND, '--factors is empty');
  return {
    factors: [...new Set([1, ...listed])].sort((a, b) => a - b),
    requests: values.requests,
    warmup: values.warmup,
    queryBudgetMs: values['query-budget'] * 1000,
    dateCycle: values['date-cycle'],
    startTimeoutMs: values['start-timeout'] * 1000,
    maxOldSpaceMb: values['max-old-space'],
    source: values.source,
    server: resolve(values.server),
    out: resolve(values.out),
    regenerate: values.regenerate,
    cpuProf: values['cpu-prof'],
  };
}
type Args = ReturnType<typeof readArgs>;

// ---------------------------------------------------------------- the queries

type QueryName = 'place' | 'claimant' | 'topic' | 'node' | 'search' | 'disputes';
const QUERY_NAMES: readonly QueryName[] = ['place', 'claimant', 'topic', 'node', 'search', 'disputes'];

interface QuerySpec {
  name: QueryName;
  body: string;
  /** Further bodies measured in turn with the first (search: distinct terms, so no term's work is reused); the count reported is the smallest. */
  more?: string[];
  /** What the answer must hold beyond "200, data, no errors"; returns a problem or null. The count is reported. */
  check: (data: Record<string, unknown>) => { problem: string | null; count: number | null };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The claim node(id:) fetches: the first claim of the first curated annotations file (copy 0 keeps its id at every size). */
function firstCuratedClaimId(source: string): string {
  const dir = join(source, 'annotations');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { source: string; claims: Array<{ key: string }> };
    if (doc.claims[0]) return `${doc.source}/${doc.claims[0].key}`;
  }
  throw new Error(`no claim in ${dir}`);
}

/** Distinct terms, each in many records at every size (a term's matches grow with the copies): search is timed over all of them in turn. */
const SEARCH_TERMS = ['Saraqib', 'Turkish', 'Idlib', 'forces', 'Syrian', 'killed'] as const;

const searchBody = (term: string) =>
  JSON.stringify({
    query: `query ScaleSearch($q: String!) {
  search(query: $q, first: 10) {
    totalCount
    nodes {
      score
      node { __typename ... on Claim { id } ... on Event { id } ... on Source { id } ... on Place { id } ... on Actor { id } }
      snippets { evidence { start end quote source { slug } } highlights { start end } }
    }
  }
}`,
    variables: { q: term },
  });

function querySpecs(source: string): QuerySpec[] {
  const claimId = firstCuratedClaimId(source);
  const globalId = Buffer.from(`Claim:${claimId}`, 'utf8').toString('base64');
  const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });
  return [
    {
      name: 'place',
      body: body(`query ScalePlace {
  events(filterBy: { places: ["Saraqib"], date: { from: "2020-02-05", to: "2020-02-09" } }, first: 20) {
    totalCount
    nodes { id key title date { start end precision } claims { totalCount } }
  }
}`),
      check: (d) => {
        const c = (d as Json).events;
        return { problem: c?.nodes?.length ? null : 'no event at Saraqib in 2020-02-05..09', count: c?.totalCount ?? null };
      },
    },
    {
      name: 'claimant',
      body: body(`query ScaleClaimant {
  claims(filterBy: { claimants: ["SOHR"] }, first: 20) {
    totalCount
    nodes { id statement source { slug publishedAt } evidence { start end quote } }
  }
}`),
      check: (d) => {
        const c = (d as Json).claims;
        return { problem: c?.nodes?.length ? null : 'no claim with claimant SOHR', count: c?.totalCount ?? null };
      },
    },
    {
      name: 'topic',
      body: body(`query ScaleTopic {
  claims(filterBy: { topics: ["displaced-since-december"] }, first: 20) {
    totalCount
    nodes { id statement quantity { value unit qualifier } source { slug publishedAt } evidence { start end quote } }
  }
}`),
      check: (d) => {
        const c = (d as Json).claims;
        return { problem: c?.nodes?.length ? null : 'no claim of topic displaced-since-december', count: c?.totalCount ?? null };
      },
    },
    {
      name: 'node',
      body: body(
        `query ScaleNode($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Claim { key statement modality source { slug publishedAt } evidence { start end quote prefix suffix } topic { key agreement } }
  }
}`,
        { id: globalId },
      ),
      check: (d) => ({ problem: (d as Json).node?.id === globalId ? null : `node(id:) did not return the claim ${claimId}`, count: null }),
    },
    {
      name: 'search',
      body: searchBody(SEARCH_TERMS[0]),
      more: SEARCH_TERMS.slice(1).map(searchBody),
      check: (d) => {
        const c = (d as Json).search;
        return { problem: c?.nodes?.length ? null : 'search found nothing', count: c?.totalCount ?? null };
      },
    },
    {
      name: 'disputes',
      body: body(`query ScaleDisputes {
  topics(filterBy: { agreement: [CONFLICT] }) { totalCount nodes { key positionsConnection(first: 20) { nodes { source { slug } } } } }
}`),
      check: (d) => {
        const c = (d as Json).topics;
        return { problem: c?.nodes?.length ? null : 'no topic in CONFLICT', count: c?.totalCount ?? null };
      },
    },
  ];
}

// ---------------------------------------------------------------- the server

/** What a failed server said: the thrown error or V8's fatal error, its last GCs (heap sizes), then its last lines. */
function describeOutput(output: string): string {
  const lines = output.trim().split('\n');
  const error = lines.find((l) => /^(FATAL ERROR:|\w*Error\b|claimgraph: refusing)/.test(l.trim()));
  const gcs = lines.filter((l) => /Mark-Compact|Scavenge|Mark-sweep/.test(l)).slice(-2);
  return `: ${error?.trim() ?? 'no error message'}\n${[...gcs, '--- last output:', ...lines.slice(-12)].join('\n')}`;
}

interface Started {
  server: ServerProcess;
  /** Where --cpu-prof writes, when asked. */
  profileDir: string | null;
}

/** Starts the server on `dataDir` with the snapshot cache `cacheDir`; resolves on its IPC `ready`. */
async function start(label: string, dataDir: string, cacheDir: string, args: Args): Promise<Started> {
  const nodeArgs = ['--expose-gc', `--max-old-space-size=${args.maxOldSpaceMb}`, '--import', 'tsx'];
  let profileDir: string | null = null;
  if (args.cpuProf) {
    // One folder per server: tsx's loader thread writes a profile of its own, with the thread id in its default name.
    profileDir = join(CACHE_DIR, 'prof', `${label.replace(' ', '-')}-${Date.now()}`);
    mkdirSync(profileDir, { recursive: true });
    nodeArgs.unshift('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  const started = performance.now();
  try {
    const server = await startServer({
      name: label,
      entry: args.server,
      nodeArgs,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_CACHE_DIR: cacheDir, CLAIMGRAPH_REQUEST_LOG: 'false' },
      timeoutMs: args.startTimeoutMs,
      onWaiting: (ms, memory) =>
        log(`${label}: still starting after ${(ms / 1000).toFixed(0)} s${memory ? `, RSS ${(memory.rss / MiB).toFixed(0)} MiB (peak ${(memory.peak / MiB).toFixed(0)} MiB)` : ''}`),
    });
    return { server, profileDir };
  } catch (error) {
    if (!(error instanceof StartError)) throw error;
    throw new Error(`the server did not start: ${error.reason}, after ${((performance.now() - started) / 1000).toFixed(1)} s${describeOutput(error.output)}`);
  }
}

/** The loader's own line: `claimgraph: N sources, N claims, N events from … loaded in N ms`. Informative only: readiness comes over IPC. */
function loadedLine(output: string): { loadMs: number; counts: { sources: number; claims: number; events: number } } | null {
  const loaded = /claimgraph: (\d+) sources, (\d+) claims, (\d+) events .*loaded in (\d+) ms/.exec(output);
  return loaded ? { loadMs: Number(loaded[4]), counts: { sources: Number(loaded[1]), claims: Number(loaded[2]), events: Number(loaded[3]) } } : null;
}

// The servers never outlive this script.
guardRun('bench:scale', { signalExitCode: 2 });

// ---------------------------------------------------------------- requests

interface QueryResult {
  name: QueryName;
  /** Results the query matched (totalCount), for reading the latencies. */
  count: number | null;
  bytes: number;
  requests: number;
  /** Answers that were not a clean 200 with data. */
  failed: number;
  p50Ms: number | null;
  p99Ms: number | null;
  meanMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  error?: string;
}

/** Samples taken whatever the time budget. */
const MIN_SAMPLES = 20;
const ask = (server: ServerProcess, body: string) => post(server.url, body, { timeoutMs: 120_000 });

/** Times one query; also returns its first answer's text (null when it failed), for the warm start to compare. */
async function measure(server: ServerProcess, spec: QuerySpec, warmup: number, requests: number, budgetMs: number): Promise<{ result: QueryResult; first: string | null }> {
  const result: QueryResult = { name: spec.name, count: null, bytes: 0, requests: 0, failed: 0, p50Ms: null, p99Ms: null, meanMs: null, minMs: null, maxMs: null };
  // The first answer is checked in full; later ones for status and errors.
  const first = await ask(server, spec.body);
  const checked = first.problems.length ? { problem: null, count: null } : spec.check(first.json!.data as Record<string, unknown>);
  result.bytes = first.bytes.length;
  result.count = checked.count;
  if (first.problems.length || checked.problem) {
    result.error = first.problems.length ? `${first.problems.join('; ')}: ${first.text.slice(0, 300)}` : checked.problem!;
    return { result, first: null };
  }
  const bodies = [spec.body, ...(spec.more ?? [])];
  for (const other of spec.more ?? []) {
    const answer = await ask(server, other);
    const check = answer.problems.length ? null : spec.check(answer.json!.data as Record<string, unknown>);
    if (!check || check.problem) {
      result.error = check?.problem ?? `${answer.problems.join('; ')}: ${answer.text.slice(0, 300)}`;
      return { result, first: null };
    }
    if (check.count !== null && (result.count === null || check.count < result.count)) result.count = check.count;
  }
  const warmupEnd = performance.now() + budgetMs;
  for (let i = 0; i < warmup && performance.now() < warmupEnd; i++) await ask(server, bodies[i % bodies.length]!);
  const times: number[] = [];
  let firstFailure: string | null = null;
  const end = performance.now() + budgetMs;
  for (let i = 0; i < requests && (i < MIN_SAMPLES || performance.now() < end); i++) {
    const answer = await ask(server, bodies[i % bodies.length]!);
    times.push(answer.ms);
    if (answer.problems.length) {
      result.failed++;
      firstFailure ??= answer.problems.join('; ');
    }
  }
  const s = stats(times);
  Object.assign(result, { requests: s.count, p50Ms: round(s.p50), p99Ms: round(s.p99), meanMs: round(s.mean), minMs: round(s.min), maxMs: round(s.max) });
  if (firstFailure) result.error = `${result.failed} of ${times.length} answers failed; first: ${firstFailure}`;
  return { result, first: first.text };
}

// ---------------------------------------------------------------- one factor

interface WarmResult {
  /** From the spawn to the IPC `ready`. */
  startupMs: number | null;
  loadMs: number | null;
  /** Peak RSS of the start (VmHWM at ready). */
  startPeakRssMiB: number | null;
  rssMiB: number | null;
  heapUsedMiB: number | null;
  /** Queries whose warm answer differs from the cold one (or failed). */
  mismatches: string[];
  error?: string;
  profile?: ProfileSummary & { file: string };
}

interface FactorResult {
  factor: number;
  corpus: CorpusInfo | null;
  sources: number | null;
  claims: number | null;
  events: number | null;
  /** The cold start, from the spawn to the IPC `ready`. */
  startupMs: number | null;
  /** The cold start as the server counts it (process start to ready). */
  serverStartMs: number | null;
  loadMs: number | null;
  rssMiB: number | null;
  heapUsedMiB: number | null;
  /** Peak RSS of the cold start (VmHWM at ready). */
  startPeakRssMiB: number | null;
  /** Peak RSS during the cold start and the queries (VmHWM). */
  peakRssMiB: number | null;
  rssAfterQueriesMiB: number | null;
  queries: Partial<Record<QueryName, QueryResult>>;
  warm: WarmResult;
  error?: string;
  profile?: ProfileSummary & { file: string };
}

const mib = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? null : round(bytes / MiB, 1));

function profileOf(started: Started): (ProfileSummary & { file: string }) | undefined {
  const file = started.profileDir ? mainThreadProfile(started.profileDir) : null;
  return file ? { file, ...summarizeProfile(file) } : undefined;
}

async function runFactor(factor: number, args: Args, specs: QuerySpec[]): Promise<FactorResult> {
  const label = `x${factor}`;
  const cacheName = args.dateCycle === 365 ? label : `${label}-cycle${args.dateCycle}`;
  const result: FactorResult = {
    factor,
    corpus: null,
    sources: null,
    claims: null,
    events: null,
    startupMs: null,
    serverStartMs: null,
    loadMs: null,
    rssMiB: null,
    heapUsedMiB: null,
    startPeakRssMiB: null,
    peakRssMiB: null,
    rssAfterQueriesMiB: null,
    queries: {},
    warm: { startupMs: null, loadMs: null, startPeakRssMiB: null, rssMiB: null, heapUsedMiB: null, mismatches: [] },
  };
  log(`${label}: corpus under ${join(CACHE_DIR, cacheName)}`);
  let corpus: CorpusInfo;
  try {
    corpus = await generateCorpus(args.source, join(CACHE_DIR, cacheName), factor, { force: args.regenerate, dateCycle: args.dateCycle, log });
    result.corpus = corpus;
    log(`${label}: ${corpus.reused ? 'reused' : `generated in ${(corpus.generateMs / 1000).toFixed(1)} s`}: ${corpus.sources} sources, ${corpus.claims} claims, ${corpus.events} events, ${(corpus.bytes / MiB).toFixed(0)} MiB`);
  } catch (error) {
    result.error = `generating the corpus failed: ${(error as Error).stack ?? error}`;
    return result;
  }

  // One fresh snapshot cache per size: the first start fills it (cold), the second reads it (warm).
  const cacheDir = makeTempDir(`cache-${label}-`, CACHE_DIR);
  try {
    const firsts = new Map<QueryName, string>();
    let cold: Started;
    try {
      cold = await start(`${label} cold`, corpus.dataDir, cacheDir, args);
    } catch (error) {
      result.error = (error as Error).message;
      log(`${label}: cold start: ${result.error}`);
      return result;
    }
    try {
      const { server } = cold;
      result.startPeakRssMiB = mib(procMemory(server.pid)?.peak);
      result.startupMs = Math.round(server.startMs);
      result.serverStartMs = (await server.ready).serverStartMs;
      const loaded = loadedLine(server.output());
      result.loadMs = loaded?.loadMs ?? null;
      Object.assign(result, loaded?.counts ?? {});
      const memory = await askMemory(server, 60_000);
      result.rssMiB = mib(memory.rss);
      result.heapUsedMiB = mib(memory.heapUsed);
      log(`${label}: cold start in ${(server.startMs / 1000).toFixed(2)} s (loader ${result.loadMs} ms), RSS ${result.rssMiB} MiB, heap ${result.heapUsedMiB} MiB, start peak ${result.startPeakRssMiB} MiB`);
      for (const spec of specs) {
        const { result: q, first } = await measure(server, spec, args.warmup, args.requests, args.queryBudgetMs);
        result.queries[spec.name] = q;
        if (first !== null) firsts.set(spec.name, first);
        log(`${label}: ${spec.name}: p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms over ${q.requests} requests, count ${q.count}${q.error ? `, ERROR ${q.error}` : ''}`);
      }
      const after = await askMemory(server, 60_000);
      result.rssAfterQueriesMiB = mib(after.rss);
      result.peakRssMiB = mib(procMemory(server.pid)?.peak);
    } catch (error) {
      result.error = `measuring failed: ${(error as Error).message}`;
    } finally {
      await stopServer(cold.server, 15_000);
    }
    result.profile = profileOf(cold);

    const warm = result.warm;
    let started: Started;
    try {
      started = await start(`${label} warm`, corpus.dataDir, cacheDir, args);
    } catch (error) {
      warm.error = (error as Error).message;
      log(`${label}: warm start: ${warm.error}`);
      return result;
    }
    try {
      const { server } = started;
      warm.startPeakRssMiB = mib(procMemory(server.pid)?.peak);
      warm.startupMs = Math.round(server.startMs);
      warm.loadMs = loadedLine(server.output())?.loadMs ?? null;
      const memory = await askMemory(server, 60_000);
      warm.rssMiB = mib(memory.rss);
      warm.heapUsedMiB = mib(memory.heapUsed);
      for (const spec of specs) {
        const first = firsts.get(spec.name);
        if (first === undefined) continue;
        const answer = await ask(server, spec.body);
        if (answer.text !== first) warm.mismatches.push(spec.name);
      }
      log(
        `${label}: warm start in ${(server.startMs / 1000).toFixed(2)} s (loader ${warm.loadMs} ms), RSS ${warm.rssMiB} MiB, start peak ${warm.startPeakRssMiB} MiB; ` +
          (warm.mismatches.length ? `answers differ from the cold start's: ${warm.mismatches.join(', ')}` : 'answers as the cold start'),
      );
    } catch (error) {
      warm.error = `measuring failed: ${(error as Error).message}`;
    } finally {
      await stopServer(started.server, 15_000);
    }
    warm.profile = profileOf(started);
    return result;
  } finally {
    removeTempDir(cacheDir);
  }
}

// ---------------------------------------------------------------- report

function printTable(results: FactorResult[]) {
  const header = ['factor', 'sources', 'claims', 'events', 'cold s', 'warm s', 'load ms', 'RSS MiB', 'start peak MiB', 'peak MiB', ...QUERY_NAMES.map((q) => `${q} p50/p99 ms`)];
  const rows = results.map((r) => [
    `x${r.factor}`,
    String(r.sources ?? r.corpus?.sources ?? 'n/a'),
    String(r.claims ?? r.corpus?.claims ?? 'n/a'),
    String(r.events ?? r.corpus?.events ?? 'n/a'),
    fmt(r.startupMs === null ? null : r.startupMs / 1000),
    fmt(r.warm.startupMs === null ? null : r.warm.startupMs / 1000),
    String(r.loadMs ?? 'n/a'),
    fmt(r.rssMiB, 0),
    fmt(r.startPeakRssMiB, 0),
    fmt(r.peakRssMiB, 0),
    ...QUERY_NAMES.map((q) => {
      const m = r.queries[q];
      return m?.p50Ms != null ? `${fmt(m.p50Ms)}/${fmt(m.p99Ms)}` : 'n/a';
    }),
  ]);
  console.log(formatTable([header, ...rows], header.map(() => true)));
  console.log('');
  console.log('results matched (totalCount) and answer size per query:');
  for (const r of results) {
    console.log(
      `  x${r.factor}: ` + QUERY_NAMES.map((q) => `${q}=${r.queries[q] ? (r.queries[q]!.count ?? (q === 'node' ? 1 : 'n/a')) : 'n/a'} (${r.queries[q] ? `${r.queries[q]!.bytes} B` : 'n/a'})`).join('  '),
    );
  }
  for (const r of results) {
    if (r.error) console.log(`  x${r.factor}: ERROR ${r.error}`);
    for (const q of QUERY_NAMES) if (r.queries[q]?.error) console.log(`  x${r.factor} ${q}: ERROR ${r.queries[q]!.error}`);
    if (r.warm.error) console.log(`  x${r.factor} warm: ERROR ${r.warm.error}`);
    if (r.warm.mismatches.length) console.log(`  x${r.factor} warm: ERROR answers differ from the cold start's: ${r.warm.mismatches.join(', ')}`);
  }
}

/** One line for an error: its first line, and the thrown error's name, message and first frame when the output shows one. */
function shortError(error: string): string {
  const lines = error.split('\n');
  const frame = lines.find((l) => /^\s+at /.test(l))?.trim();
  return `${lines[0]!}${frame ? ` ${frame}` : ''}`;
}

interface Target {
  name: string;
  value: string;
  limit: string;
  pass: boolean;
  reason?: string;
}

function evaluate(results: FactorResult[]) {
  const largest = results[results.length - 1]!;
  const base = results.find((r) => r.factor === 1) ?? null;
  const ratio = (q: QueryName): number | null => {
    const a = largest.queries[q]?.p50Ms;
    const b = base?.queries[q]?.p50Ms;
    return a != null && b != null && b > 0 ? a / b : null;
  };
  const failReason = largest.error ? `x${largest.factor}: ${shortError(largest.error)}` : undefined;
  const targets: Target[] = [];
  const startupS = largest.startupMs === null ? null : largest.startupMs / 1000;
  const warmS = largest.warm.startupMs === null ? null : largest.warm.startupMs / 1000;
  targets.push({ name: 'start-up (warm)', value: `${fmt(warmS)} s`, limit: `< ${TARGETS.warmSeconds} s`, pass: warmS !== null && warmS < TARGETS.warmSeconds, reason: warmS === null ? (largest.warm.error ?? failReason) : undefined });
  targets.push({ name: 'start-up (cold)', value: `${fmt(startupS)} s`, limit: `< ${TARGETS.coldSeconds} s`, pass: startupS !== null && startupS < TARGETS.coldSeconds, reason: startupS === null ? failReason : undefined });
  const rss = largest.warm.rssMiB;
  targets.push({ name: 'RSS after the warm start', value: `${fmt(rss, 0)} MiB (cold start peak ${fmt(largest.startPeakRssMiB, 0)} MiB)`, limit: `< ${TARGETS.rssMiB} MiB`, pass: rss !== null && rss < TARGETS.rssMiB, reason: rss === null ? (largest.warm.error ?? failReason) : undefined });
  for (const q of ['place', 'claimant', 'topic', 'node', 'disputes'] as const) {
    const p50 = largest.queries[q]?.p50Ms ?? null;
    targets.push({ name: `${q} p50`, value: `${fmt(p50)} ms`, limit: `< ${TARGETS.indexedP50Ms} ms`, pass: p50 !== null && p50 < TARGETS.indexedP50Ms && !largest.queries[q]?.error, reason: p50 === null ? (largest.queries[q]?.error ?? failReason ?? 'not measured') : largest.queries[q]?.error });
  }
  const ratios: Partial<Record<QueryName, number | null>> = {};
  for (const q of ['place', 'topic', 'node'] as const) {
    const r = ratio(q);
    ratios[q] = r;
    const qr = largest.queries[q];
    targets.push({
      name: `${q} p50 ratio x${largest.factor}/x1`,
      value: r === null ? 'n/a' : `${fmt(largest.queries[q]!.p50Ms)} / ${fmt(base!.queries[q]!.p50Ms)} ms = ${fmt(r)}x`,
      limit: `<= ${TARGETS.p50Ratio}x`,
      pass: r !== null && r <= TARGETS.p50Ratio && !qr?.error,
      reason: r === null ? (qr?.error ?? failReason ?? 'not measured') : qr?.error,
    });
  }
  const searchP50 = largest.queries.search?.p50Ms ?? null;
  targets.push({
    name: 'search p50',
    value: `${fmt(searchP50)} ms`,
    limit: `< ${TARGETS.searchP50Ms} ms`,
    pass: searchP50 !== null && searchP50 < TARGETS.searchP50Ms && !largest.queries.search?.error,
    reason: searchP50 === null ? (largest.queries.search?.error ?? failReason ?? 'not measured') : largest.queries.search?.error,
  });
  const summary =
    `scale: largest=x${largest.factor} startup=${fmt(startupS)}s rss=${fmt(largest.rssMiB, 0)}MiB ` +
    `place-p50-ratio=${fmt(ratios.place ?? null)} topic-p50-ratio=${fmt(ratios.topic ?? null)} node-p50-ratio=${fmt(ratios.node ?? null)} search-p50=${fmt(searchP50)}ms ` +
    `cold=${fmt(startupS)}s warm=${fmt(warmS)}s warm-rss=${fmt(largest.warm.rssMiB, 0)}MiB`;
  return { largest: largest.factor, targets, summary };
}

/** The JSON results of this run; evaluation and summary are null while the run is not complete. */
function writeResults(args: Args, results: FactorResult[], evaluation: unknown, summary: string | null) {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(
    args.out,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        complete: evaluation !== null,
        node: process.version,
        settings: {
          factors: args.factors,
          dateCycle: args.dateCycle,
          requests: args.requests,
          warmup: args.warmup,
          queryBudgetS: args.queryBudgetMs / 1000,
          startTimeoutS: args.startTimeoutMs / 1000,
          maxOldSpaceMb: args.maxOldSpaceMb,
          source: args.source,
          server: args.server,
        },
        targets: TARGETS,
        results,
        evaluation,
        summary,
      },
      null,
      2,
    ) + '\n',
  );
}

// ---------------------------------------------------------------- main

async function main() {
  const args = readArgs();
  const specs = querySpecs(args.source);
  log(`factors ${args.factors.map((f) => `x${f}`).join(', ')}; ${args.requests} requests per query after ${args.warmup} warm-up; start-up timeout ${args.startTimeoutMs / 1000} s`);
  const results: FactorResult[] = [];
  for (const factor of args.factors) {
    results.push(await runFactor(factor, args, specs));
    // Written after every factor too: a run stopped half-way keeps what it measured.
    if (factor !== args.factors[args.factors.length - 1]) writeResults(args, results, null, null);
  }
  closeConnections();

  console.log('');
  printTable(results);
  for (const r of results) {
    for (const [phase, profile] of [['cold', r.profile], ['warm', r.warm.profile]] as const) {
      if (!profile) continue;
      console.log('');
      console.log(`CPU profile x${r.factor} ${phase} (${profile.file}, ${profile.totalMs} ms sampled, start-up${phase === 'cold' ? ' and queries' : ''})`);
      const section = (title: string, rows: Array<[string, number]>) => {
        console.log(`  ${title}:`);
        for (const [k, ms] of rows) console.log(`  ${String(ms).padStart(8)} ms  ${k}`);
      };
      section('src/ functions by inclusive time', profile.inclusive);
      section('functions by self time', profile.self);
      section('self time by module', profile.modules);
    }
  }
  const { largest, targets, summary } = evaluate(results);
  console.log('');
  console.log(`targets at the largest size (x${largest}):`);
  const nameWidth = Math.max(...targets.map((t) => t.name.length));
  const valueWidth = Math.max(...targets.map((t) => t.value.length));
  for (const t of targets) {
    console.log(`  ${t.name.padEnd(nameWidth)}  ${t.value.padEnd(valueWidth)}  ${t.limit.padEnd(10)}  ${t.pass ? 'PASS' : 'FAIL'}${t.reason ? `  (${t.reason})` : ''}`);
  }

  const warmOk = results.every((r) => !r.warm.error && !r.warm.mismatches.length);
  writeResults(args, results, { largest, targets, pass: targets.every((t) => t.pass), warmAnswersAsCold: warmOk }, summary);
  console.log(`results: ${args.out}`);
  console.log(summary);
  process.exitCode = targets.every((t) => t.pass) && warmOk ? 0 : 1;
}

main().catch((error) => {
  log(String((error as Error).stack ?? error));
  process.exit(2);
});

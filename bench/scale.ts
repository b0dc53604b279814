/**
 * npm run bench:scale -- [--factors 1,100,1000,5000] [--requests 200] [--warmup 20] [--query-budget 60]
 *                        [--start-timeout 600] [--max-old-space 8192] [--date-cycle 365] [--regenerate] [--cpu-prof]
 *                        [--source data] [--server src/server.ts] [--out bench/results/scale.json]
 *
 * How the server scales with the size of the data. For each factor F it
 * generates (or reuses, under .tmp/scale/x<F>/) a synthetic corpus of F copies
 * of the curated data (bench/synthetic.ts: 191 claims, 5 articles and 26
 * events per copy, so x5000 is 955,000 claims), forks the real server on it
 * (src/server.ts through tsx, --expose-gc, --max-old-space-size=8192, a free
 * loopback port, request log off) and measures:
 *
 * - start-up: from the fork to the `GraphiQL at` line (tsx compiling src/
 *   included, about 1 s); the loader's own figure (`loaded in N ms`); RSS after
 *   load (forced GC, asked over IPC, never over HTTP) and the peak RSS (VmHWM,
 *   Linux). A server that exits, prints an error without getting ready, or is
 *   not ready within --start-timeout is a failed start, reported with what it
 *   printed (the thrown error, V8's fatal error and last GCs);
 * - p50/p99 latency of four indexed queries, each run sequentially on one
 *   keep-alive connection (warm-up requests first; at most --query-budget
 *   seconds per query once 20 samples are in), every answer checked for a 200
 *   with data and no GraphQL error:
 *     place   events at Saraqib between 2020-02-05 and 2020-02-09, with claim counts
 *     topic   claims of the topic displaced-since-december (copy 0's key)
 *     node    node(id:) of a curated claim (copy 0's id)
 *     search  search(query: "Saraqib", first: 10) with snippets
 *
 * Then it prints a table, each query's totalCount and answer size, the targets
 * of the issue with PASS/FAIL at the largest factor (start-up < 30 s, RSS <
 * 3 GiB, each indexed query's p50 at most 3x its p50 at x1, search p50 < 50 ms)
 * and, last,
 *   scale: largest=x<F> startup=<s>s rss=<MiB>MiB place-p50-ratio=<r> topic-p50-ratio=<r> node-p50-ratio=<r> search-p50=<ms>ms
 * (n/a where a figure could not be measured). x1 is always measured: the
 * ratios need it. Results of this run go to bench/results/scale.json (--out).
 *
 * --cpu-prof makes each server write a V8 CPU profile (.tmp/scale/prof/) and
 * prints the src/ functions with the most inclusive time (the load phases),
 * the functions and the modules with the most self time (GC included).
 * --server forks another entry (dist/src/server.js, a patched copy of src/).
 *
 * Exit code: 0 when every target passes, 1 when one fails (or a server does not
 * start), 2 on bad arguments.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, PROJECT_ROOT, type CorpusInfo } from './synthetic.js';
import { askMemory, type MemoryReport } from '../src/memory-ipc.js';

const SERVER_ENTRY = join(PROJECT_ROOT, 'src', 'server.ts');
const CACHE_DIR = join(PROJECT_ROOT, '.tmp', 'scale');
const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results', 'scale.json');
const MiB = 2 ** 20;

const TARGETS = { startupSeconds: 30, rssMiB: 3 * 1024, p50Ratio: 3, searchP50Ms: 50 };

// ---------------------------------------------------------------- arguments

const USAGE = `usage: npm run bench:scale -- [options]
  --factors LIST        comma-separated copy counts (default 1,100,1000,5000; x1 is always added as the baseline)
  --requests N          measured requests per query (default 200)
  --warmup N            warm-up requests per query (default 20)
  --query-budget S      stop measuring a query after S seconds once it has 20 samples (default 60): slow queries at large sizes
  --start-timeout S     seconds to wait for a server to start before giving up (default 600)
  --max-old-space MB    the server's --max-old-space-size (default 8192)
  --date-cycle DAYS     copy k's dates are shifted by k mod DAYS days (default 365); 5000 spreads x5000 over 14 years,
                        so the date-range query matches about as much at every size
  --source DIR          curated data folder to copy (default data/)
  --server FILE         the server entry to fork (default src/server.ts; e.g. dist/src/server.js, or a patched copy)
  --out FILE            where to write the JSON results (default bench/results/scale.json)
  --regenerate          regenerate the corpora even when cached under .tmp/scale/
  --cpu-prof            write a CPU profile per server (.tmp/scale/prof/) and print the top src/ functions
  -h, --help            this help`;

function usage(message?: string): never {
  if (message) console.error(`bench:scale: ${message}`);
  (message ? console.error : console.log)(USAGE);
  process.exit(message ? 2 : 0);
}

function readArgs() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        factors: { type: 'string', default: '1,100,1000,5000' },
        requests: { type: 'string', default: '200' },
        warmup: { type: 'string', default: '20' },
        'query-budget': { type: 'string', default: '60' },
        'date-cycle': { type: 'string', default: '365' },
        'start-timeout': { type: 'string', default: '600' },
        'max-old-space': { type: 'string', default: '8192' },
        source: { type: 'string', default: join(PROJECT_ROOT, 'data') },
        server: { type: 'string', default: SERVER_ENTRY },
        out: { type: 'string', default: RESULTS_FILE },
        regenerate: { type: 'boolean', default: false },
        'cpu-prof': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  if (values.help) usage();
  const int = (name: string, min: number, raw = String(values[name])): number => {
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min) usage(`--${name} must be an integer of at least ${min}, got ${JSON.stringify(raw)}`);
    return n;
  };
  const listed = String(values.factors)
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => int('factors', 1, f.replace(/^x/, '')));
  if (listed.length === 0) usage('--factors is empty');
  const factors = [...new Set([1, ...listed])].sort((a, b) => a - b);
  return {
    factors,
    requests: int('requests', 1),
    warmup: int('warmup', 0),
    queryBudgetMs: int('query-budget', 1) * 1000,
    dateCycle: int('date-cycle', 1),
    startTimeoutMs: int('start-timeout', 1) * 1000,
    maxOldSpaceMb: int('max-old-space', 256),
    source: String(values.source),
    server: resolve(String(values.server)),
    out: resolve(String(values.out)),
    regenerate: Boolean(values.regenerate),
    cpuProf: Boolean(values['cpu-prof']),
  };
}

// ---------------------------------------------------------------- the queries

type QueryName = 'place' | 'topic' | 'node' | 'search';
const QUERY_NAMES: readonly QueryName[] = ['place', 'topic', 'node', 'search'];

interface QuerySpec {
  name: QueryName;
  body: string;
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
      body: body(`query ScaleSearch {
  search(query: "Saraqib", first: 10) {
    totalCount
    nodes {
      score
      node { __typename ... on Claim { id } ... on Event { id } ... on Source { id } ... on Place { id } ... on Actor { id } }
      snippets { evidence { start end quote source { slug } } highlights { start end } }
    }
  }
}`),
      check: (d) => {
        const c = (d as Json).search;
        return { problem: c?.nodes?.length ? null : 'search found nothing for "Saraqib"', count: c?.totalCount ?? null };
      },
    },
  ];
}

// ---------------------------------------------------------------- the server


interface Server {
  child: ChildProcess;
  port: number;
  startupMs: number;
  loadMs: number | null;
  counts: { sources: number; claims: number; events: number } | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  /** Where --cpu-prof writes, when asked. */
  profileDir: string | null;
}

const children = new Set<ChildProcess>();
const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** VmRSS / VmHWM of a process from /proc (Linux), in bytes; null elsewhere. */
function procMemory(pid: number | undefined): { rss: number; peak: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

class StartError extends Error {}

/** What a failed server said: the thrown error or V8's fatal error, its last GCs (heap sizes), then its last lines. */
function describeOutput(output: string): string {
  const lines = output.trim().split('\n');
  const error = lines.find((l) => /^(FATAL ERROR:|\w*Error\b)/.test(l.trim()));
  const gcs = lines.filter((l) => /Mark-Compact|Scavenge|Mark-sweep/.test(l)).slice(-2);
  return `: ${error?.trim() ?? 'no error message'}\n${[...gcs, '--- last output:', ...lines.slice(-12)].join('\n')}`;
}

function startServer(label: string, dataDir: string, args: ReturnType<typeof readArgs>): Promise<Server> {
  const execArgv = ['--expose-gc', `--max-old-space-size=${args.maxOldSpaceMb}`, '--import', 'tsx'];
  let profileDir: string | null = null;
  if (args.cpuProf) {
    // One folder per server: tsx's loader thread writes a profile of its own, with the thread id in its default name.
    profileDir = join(CACHE_DIR, 'prof', `${label}-${Date.now()}`);
    mkdirSync(profileDir, { recursive: true });
    execArgv.unshift('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  const started = performance.now();
  const child = fork(args.server, [], {
    cwd: PROJECT_ROOT,
    execArgv,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_REQUEST_LOG: 'false' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.add(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error: Error | null, server?: Server) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(progress);
      if (error) reject(error);
      else resolve(server!);
    };
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64 * 1024);
      const ready = /GraphiQL at http:\/\/localhost:(\d+)\//.exec(output);
      if (!ready) return;
      const startupMs = performance.now() - started;
      const loaded = /claimgraph: (\d+) sources, (\d+) claims, (\d+) events .*loaded in (\d+) ms/.exec(output);
      finish(null, {
        child,
        port: Number(ready[1]),
        startupMs,
        loadMs: loaded ? Number(loaded[4]) : null,
        counts: loaded ? { sources: Number(loaded[1]), claims: Number(loaded[2]), events: Number(loaded[3]) } : null,
        exited,
        output: () => output,
        profileDir,
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    // A load that throws is caught by the server, which closes its socket but stays alive (the IPC channel holds it):
    // an error on stderr not followed by the ready line within a few seconds is a failed start.
    let errorSeen = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      if (done || errorSeen || !/refusing to start|\b[A-Z]\w*Error\b|FATAL ERROR/.test(chunk.toString())) return;
      errorSeen = true;
      setTimeout(() => {
        if (done) return;
        if (alive(child)) child.kill('SIGKILL');
        finish(new StartError(`the server reported an error and did not start (after ${((performance.now() - started) / 1000).toFixed(1)} s; killed)${describeOutput(output)}`));
      }, 3000);
    });
    void exited.then(({ code, signal }) => {
      finish(new StartError(`the server exited (code ${code}, signal ${signal}) before listening, after ${((performance.now() - started) / 1000).toFixed(1)} s${describeOutput(output)}`));
    });
    // While the loader runs the server's event loop is blocked (SIGTERM waits): the timeout kills it.
    const timer = setTimeout(() => {
      const mem = procMemory(child.pid);
      if (alive(child)) child.kill('SIGKILL');
      finish(
        new StartError(
          `the server did not start within ${args.startTimeoutMs / 1000} s (killed; RSS then ${mem ? (mem.rss / MiB).toFixed(0) : '?'} MiB, peak ${mem ? (mem.peak / MiB).toFixed(0) : '?'} MiB)`,
        ),
      );
    }, args.startTimeoutMs);
    const progress = setInterval(() => {
      const mem = procMemory(child.pid);
      console.error(`bench:scale: ${label}: still starting after ${((performance.now() - started) / 1000).toFixed(0)} s${mem ? `, RSS ${(mem.rss / MiB).toFixed(0)} MiB (peak ${(mem.peak / MiB).toFixed(0)} MiB)` : ''}`);
    }, 30_000);
  });
}


async function stopServer(server: Server): Promise<void> {
  if (alive(server.child)) server.child.kill('SIGTERM');
  const kill = setTimeout(() => {
    if (alive(server.child)) server.child.kill('SIGKILL');
  }, 15_000);
  await server.exited;
  clearTimeout(kill);
}

// The servers never outlive this script.
process.on('exit', () => {
  for (const c of children) if (alive(c)) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`bench:scale: ${signal} received, stopping`);
    process.exit(2);
  });
}

// ---------------------------------------------------------------- requests

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(port: number, body: string): Promise<{ status: number; text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', 'content-length': Buffer.byteLength(body) },
        timeout: 120_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 120 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A problem with an answer (not 200, no data, a GraphQL error), or null. */
function answerProblem(status: number, text: string): { problem: string | null; data: Record<string, unknown> | null } {
  let json: { data?: Record<string, unknown> | null; errors?: unknown[] } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `status ${status}, not JSON: ${text.slice(0, 300)}`, data: null };
  }
  if (status !== 200 || !json?.data || (Array.isArray(json.errors) && json.errors.length > 0)) {
    return { problem: `status ${status}: ${text.slice(0, 500)}`, data: json?.data ?? null };
  }
  return { problem: null, data: json.data };
}

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
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function measure(port: number, spec: QuerySpec, warmup: number, requests: number, budgetMs: number): Promise<QueryResult> {
  const result: QueryResult = { name: spec.name, count: null, bytes: 0, requests: 0, failed: 0, p50Ms: null, p99Ms: null, meanMs: null, minMs: null, maxMs: null };
  // The first answer is checked in full; later ones for status and errors.
  const first = await post(port, spec.body);
  const answer = answerProblem(first.status, first.text);
  const checked = answer.data ? spec.check(answer.data) : { problem: null, count: null };
  result.bytes = Buffer.byteLength(first.text);
  result.count = checked.count;
  if (answer.problem || checked.problem) {
    result.error = answer.problem ?? checked.problem!;
    return result;
  }
  const warmupEnd = performance.now() + budgetMs;
  for (let i = 0; i < warmup && performance.now() < warmupEnd; i++) await post(port, spec.body);
  const times: number[] = [];
  let firstFailure: string | null = null;
  const end = performance.now() + budgetMs;
  for (let i = 0; i < requests && (i < MIN_SAMPLES || performance.now() < end); i++) {
    const { status, text, ms } = await post(port, spec.body);
    times.push(ms);
    const problem = answerProblem(status, text).problem;
    if (problem) {
      result.failed++;
      firstFailure ??= problem;
    }
  }
  times.sort((a, b) => a - b);
  result.requests = times.length;
  result.p50Ms = round(quantile(times, 0.5));
  result.p99Ms = round(quantile(times, 0.99));
  result.meanMs = round(times.reduce((a, b) => a + b, 0) / times.length);
  result.minMs = round(times[0]!);
  result.maxMs = round(times[times.length - 1]!);
  if (firstFailure) result.error = `${result.failed} of ${times.length} answers failed; first: ${firstFailure}`;
  return result;
}

// ---------------------------------------------------------------- CPU profile summary

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Where a profile frame's code lives: a src/ file, an npm package, a Node built-in, or V8 itself (GC, program, idle). */
function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName || '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('node:')) return 'node built-ins';
  return path.replace(PROJECT_ROOT, '');
}

export interface ProfileSummary {
  totalMs: number;
  /** src/ functions by inclusive time (recursion counted once): the load phases. */
  inclusive: Array<[string, number]>;
  /** Functions by self time, anywhere. */
  self: Array<[string, number]>;
  /** Self time by module (src file, package, built-ins, GC). */
  modules: Array<[string, number]>;
}

/** The functions and modules with the most time in a .cpuprofile. Line numbers are those of tsx's output, so names are what to read. */
function summarizeProfile(file: string, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url, '')}`;
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    totalUs += us;
    add(self, label(leaf), us);
    add(modules, moduleOf(leaf.callFrame.url, leaf.callFrame.functionName), us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = parent.has(n.id) ? byId.get(parent.get(n.id)!) : undefined) {
      if (!n.callFrame.url.includes('/src/')) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, us);
    }
  }
  const topOf = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => [k, Math.round(us / 1000)] as [string, number]);
  return { totalMs: Math.round(totalUs / 1000), inclusive: topOf(inclusive), self: topOf(self), modules: topOf(modules) };
}

/** The main thread's profile in a --cpu-prof folder (default names: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile). */
function mainThreadProfile(dir: string): string | null {
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    const main = files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    const chosen = main ?? files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
    return chosen ? join(dir, chosen) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- one factor

interface FactorResult {
  factor: number;
  corpus: CorpusInfo | null;
  sources: number | null;
  claims: number | null;
  events: number | null;
  startupMs: number | null;
  loadMs: number | null;
  rssMiB: number | null;
  heapUsedMiB: number | null;
  /** Peak RSS during start-up and the queries (VmHWM). */
  peakRssMiB: number | null;
  rssAfterQueriesMiB: number | null;
  queries: Partial<Record<QueryName, QueryResult>>;
  error?: string;
  profile?: ProfileSummary & { file: string };
}

async function runFactor(factor: number, args: ReturnType<typeof readArgs>, specs: QuerySpec[]): Promise<FactorResult> {
  const label = `x${factor}`;
  const cacheName = args.dateCycle === 365 ? label : `${label}-cycle${args.dateCycle}`;
  const result: FactorResult = {
    factor,
    corpus: null,
    sources: null,
    claims: null,
    events: null,
    startupMs: null,
    loadMs: null,
    rssMiB: null,
    heapUsedMiB: null,
    peakRssMiB: null,
    rssAfterQueriesMiB: null,
    queries: {},
  };
  console.error(`bench:scale: ${label}: corpus under ${join(CACHE_DIR, cacheName)}`);
  try {
    const corpus = generateCorpus(args.source, join(CACHE_DIR, cacheName), factor, { force: args.regenerate, dateCycle: args.dateCycle, log: (l) => console.error(`bench:scale: ${l}`) });
    result.corpus = corpus;
    console.error(
      `bench:scale: ${label}: ${corpus.reused ? 'reused' : `generated in ${(corpus.generateMs / 1000).toFixed(1)} s`}: ${corpus.sources} sources, ${corpus.claims} claims, ${corpus.events} events, ${(corpus.bytes / MiB).toFixed(0)} MiB`,
    );
  } catch (error) {
    result.error = `generating the corpus failed: ${(error as Error).stack ?? error}`;
    return result;
  }

  let server: Server;
  try {
    server = await startServer(label, result.corpus.dataDir, args);
  } catch (error) {
    result.error = (error as Error).message;
    console.error(`bench:scale: ${label}: ${result.error}`);
    return result;
  }
  try {
    result.startupMs = Math.round(server.startupMs);
    result.loadMs = server.loadMs;
    Object.assign(result, server.counts ?? {});
    const memory = await askMemory(server.child, 60_000);
    result.rssMiB = round(memory.rss / MiB, 1);
    result.heapUsedMiB = round(memory.heapUsed / MiB, 1);
    console.error(`bench:scale: ${label}: started in ${(server.startupMs / 1000).toFixed(2)} s (loader ${server.loadMs} ms), RSS ${result.rssMiB} MiB, heap ${result.heapUsedMiB} MiB`);
    for (const spec of specs) {
      const q = await measure(server.port, spec, args.warmup, args.requests, args.queryBudgetMs);
      result.queries[spec.name] = q;
      console.error(`bench:scale: ${label}: ${spec.name}: p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms over ${q.requests} requests, count ${q.count}${q.error ? `, ERROR ${q.error}` : ''}`);
    }
    const after = await askMemory(server.child, 60_000);
    result.rssAfterQueriesMiB = round(after.rss / MiB, 1);
    const proc = procMemory(server.child.pid);
    result.peakRssMiB = proc ? round(proc.peak / MiB, 1) : null;
  } catch (error) {
    result.error = `measuring failed: ${(error as Error).message}`;
  } finally {
    await stopServer(server);
  }
  const file = server.profileDir ? mainThreadProfile(server.profileDir) : null;
  if (file) result.profile = { file, ...summarizeProfile(file) };
  return result;
}

// ---------------------------------------------------------------- report

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const pad = (s: string, n: number) => s.padStart(n);

function printTable(results: FactorResult[]) {
  const header = ['factor', 'sources', 'claims', 'events', 'start-up s', 'load ms', 'RSS MiB', 'peak MiB', ...QUERY_NAMES.map((q) => `${q} p50/p99 ms`)];
  const rows = results.map((r) => [
    `x${r.factor}`,
    String(r.sources ?? r.corpus?.sources ?? 'n/a'),
    String(r.claims ?? r.corpus?.claims ?? 'n/a'),
    String(r.events ?? r.corpus?.events ?? 'n/a'),
    fmt(r.startupMs === null ? null : r.startupMs / 1000),
    String(r.loadMs ?? 'n/a'),
    fmt(r.rssMiB, 0),
    fmt(r.peakRssMiB, 0),
    ...QUERY_NAMES.map((q) => {
      const m = r.queries[q];
      return m?.p50Ms != null ? `${fmt(m.p50Ms)}/${fmt(m.p99Ms)}` : 'n/a';
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
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
  targets.push({ name: 'start-up', value: `${fmt(startupS)} s`, limit: `< ${TARGETS.startupSeconds} s`, pass: startupS !== null && startupS < TARGETS.startupSeconds, reason: startupS === null ? failReason : undefined });
  targets.push({ name: 'RSS after load', value: `${fmt(largest.rssMiB, 0)} MiB`, limit: `< ${TARGETS.rssMiB} MiB`, pass: largest.rssMiB !== null && largest.rssMiB < TARGETS.rssMiB, reason: largest.rssMiB === null ? failReason : undefined });
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
    `place-p50-ratio=${fmt(ratios.place ?? null)} topic-p50-ratio=${fmt(ratios.topic ?? null)} node-p50-ratio=${fmt(ratios.node ?? null)} search-p50=${fmt(searchP50)}ms`;
  return { largest: largest.factor, targets, summary };
}

/** The JSON results of this run; evaluation and summary are null while the run is not complete. */
function writeResults(args: ReturnType<typeof readArgs>, results: FactorResult[], evaluation: unknown, summary: string | null) {
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
  console.error(`bench:scale: factors ${args.factors.map((f) => `x${f}`).join(', ')}; ${args.requests} requests per query after ${args.warmup} warm-up; start-up timeout ${args.startTimeoutMs / 1000} s`);
  const results: FactorResult[] = [];
  for (const factor of args.factors) {
    results.push(await runFactor(factor, args, specs));
    // Written after every factor too: a run stopped half-way keeps what it measured.
    if (factor !== args.factors[args.factors.length - 1]) writeResults(args, results, null, null);
  }
  agent.destroy();

  console.log('');
  printTable(results);
  for (const r of results) {
    if (!r.profile) continue;
    console.log('');
    console.log(`CPU profile x${r.factor} (${r.profile.file}, ${r.profile.totalMs} ms sampled, start-up and queries)`);
    const section = (title: string, rows: Array<[string, number]>) => {
      console.log(`  ${title}:`);
      for (const [k, ms] of rows) console.log(`  ${pad(String(ms), 8)} ms  ${k}`);
    };
    section('src/ functions by inclusive time', r.profile.inclusive);
    section('functions by self time', r.profile.self);
    section('self time by module', r.profile.modules);
  }
  const { largest, targets, summary } = evaluate(results);
  console.log('');
  console.log(`targets at the largest size (x${largest}):`);
  const nameWidth = Math.max(...targets.map((t) => t.name.length));
  const valueWidth = Math.max(...targets.map((t) => t.value.length));
  for (const t of targets) {
    console.log(`  ${t.name.padEnd(nameWidth)}  ${t.value.padEnd(valueWidth)}  ${t.limit.padEnd(10)}  ${t.pass ? 'PASS' : 'FAIL'}${t.reason ? `  (${t.reason})` : ''}`);
  }

  writeResults(args, results, { largest, targets, pass: targets.every((t) => t.pass) }, summary);
  console.log(`results: ${args.out}`);
  console.log(summary);
  process.exitCode = targets.every((t) => t.pass) ? 0 : 1;
}

main().catch((error) => {
  console.error(`bench:scale: ${(error as Error).stack ?? error}`);
  process.exit(2);
});

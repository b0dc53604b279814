/**
 * npm run bench -- [--rounds N] [--duration S] [--warmup S] [--connections C]
 *                  [--queries q1,q2,q3,q4,q5] [--servers claimgraph,ceiling,apollo,mercurius,warm,traced,traced-resolvers]
 *                  [--skip-build] [--out FILE]
 *
 * claimgraph against its ceiling and its peers, on loopback:
 *   claimgraph  `node dist/src/server.js` as `npm start` runs it (after `npm run build`):
 *               NODE_ENV=production, every limit and extensions.provenance on,
 *               request log off, response cache off (CLAIMGRAPH_RESPONSE_CACHE=false);
 *   ceiling     a raw node:http server answering each benchmark request with
 *               claimgraph's precomputed response bytes;
 *   apollo      Apollo Server 5 (standalone node:http) serving the same Pothos schema object and data;
 *   mercurius   mercurius (fastify 5, graphql-jit) serving the same schema object and data;
 *   warm        claimgraph with CLAIMGRAPH_RESPONSE_CACHE=true, Q1 only;
 *   traced      (opt-in) claimgraph with OpenTelemetry traces on: OTEL_EXPORTER_OTLP_ENDPOINT
 *               at a sink this process runs on loopback (OTLP/HTTP, the SDK's defaults otherwise);
 *   traced-resolvers  (opt-in) traced plus CLAIMGRAPH_TRACE_RESOLVERS=true.
 * The traced servers answer the same bytes as claimgraph: `traced/claimgraph` is
 * what tracing costs (docs/production.md).
 *
 * One server runs at a time; the order alternates between rounds (forward,
 * then backward, ...). Per server and query: every answer is checked before
 * timing (bench/check.ts), then autocannon drives it (20 connections) for a
 * warm-up and a measured window; the server's CPU time comes from
 * /proc/<pid>/stat over the measured window, its RSS from /proc/<pid>/status
 * right after it. Figures are medians over rounds.
 *
 * Prints a table, ratio lines and, last,
 *   summary: q1-vs-mercurius=R q1-vs-apollo=R q1-vs-ceiling=R q5-vs-apollo=R warm-vs-ceiling=R
 * where each R is claimgraph's requests/s divided by the other's (warm: the
 * response-cached claimgraph's Q1 against the ceiling's Q1), `n/a` when a
 * figure is missing. Writes everything to bench/results/latest.json.
 *
 * Two things that disturb figures without making them wrong are reported as
 * WARNINGS: other processes using CPU during a measured window (/proc/stat,
 * "other CPU%"), and the code a server loads changing during the run (its
 * entry file's import closure and data/, fingerprinted after the build and
 * before each start: bench/tree.ts).
 *
 * Exit code: 0 all checks passed and every phase ran clean; 1 a check failed or
 * a phase saw errors (its figures are then left out); 2 the benchmark could
 * not run (arguments, build, claimgraph's reference answers, time limit).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import {
  clkTck,
  cpuMs,
  describeExit,
  fixed as fmt,
  formatTable,
  guardRun,
  isRunning,
  load,
  logger,
  machineBusyMs,
  makeTempDir,
  median,
  MiB,
  parseOptions,
  percentile,
  post,
  procMemory,
  PROJECT_ROOT,
  sleep,
  startServer,
  stopServer,
  type ServerProcess,
  type StartOptions,
} from '../tools/harness.js';
import { checkAnswer, provenanceProblems, type Answer, type ServerKind } from './check.js';
import { codeFingerprint } from './tree.js';
import { benchQueries, Q1, QUERY_IDS, REQUEST_HEADERS, requestBody, type BenchQuery, type QueryId } from './queries.js';

const SERVER_NAMES = ['claimgraph', 'ceiling', 'apollo', 'mercurius', 'warm', 'traced', 'traced-resolvers'] as const;
type ServerName = (typeof SERVER_NAMES)[number];
/** The servers run unless --servers says otherwise: the traced ones are opt-in. */
const DEFAULT_SERVERS: ServerName[] = ['claimgraph', 'ceiling', 'apollo', 'mercurius', 'warm'];
/** Other processes' CPU during a measured window above this (% of one core) is reported as a warning. */
const FOREIGN_CPU_WARNING_PERCENT = 20;

// ---------------------------------------------------------------- arguments

const USAGE = `usage: npm run bench -- [options]
  --rounds N        rounds, each server once per round, order alternating (default 3)
  --duration S      measured seconds per server and query (default 10)
  --warmup S        warm-up seconds before each measured window (default 2)
  --connections C   autocannon connections (default 20)
  --queries LIST    comma-separated subset of ${QUERY_IDS.join(',')} (default all)
  --servers LIST    comma-separated subset of ${SERVER_NAMES.join(',')}
                    (default ${DEFAULT_SERVERS.join(',')}; traced and traced-resolvers measure tracing's cost)
  --skip-build      do not run \`npm run build\` first (dist/ must be current)
  --out FILE        where to write the JSON results (default bench/results/latest.json)
  -h, --help        this text`;

const args = parseOptions(
  { name: 'bench', usage: USAGE },
  {
    rounds: { type: 'number', default: 3, min: 1 },
    duration: { type: 'number', default: 10, min: 1 },
    warmup: { type: 'number', default: 2, min: 0 },
    connections: { type: 'number', default: 20, min: 1 },
    queries: { type: 'list', default: QUERY_IDS, allowed: QUERY_IDS },
    servers: { type: 'list', default: DEFAULT_SERVERS, allowed: SERVER_NAMES },
    'skip-build': { type: 'boolean' },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench/results/latest.json') },
  },
);

// ---------------------------------------------------------------- time limit, clean-up

const queriesOf = (server: ServerName): QueryId[] => (server === 'warm' ? args.queries.filter((q) => q === 'q1') : args.queries);
const phases = args.servers.reduce((n, s) => n + queriesOf(s).length, 0);
const STARTUP_ALLOWANCE_S = 45;
const BUILD_TIMEOUT_MS = 300_000;
const HARD_LIMIT_S =
  (args['skip-build'] ? 0 : BUILD_TIMEOUT_MS / 1000) +
  STARTUP_ALLOWANCE_S +
  Math.ceil(1.3 * args.rounds * (args.servers.length * STARTUP_ALLOWANCE_S + phases * (args.warmup + args.duration + 5))) +
  60;

let partial: (() => unknown) | null = null;
// Any exit (the end, an error, a signal, the time limit) kills every server still running.
guardRun('bench', { limitS: HARD_LIMIT_S, onLimit: () => partial?.() });

const log = logger('bench');

// ---------------------------------------------------------------- servers

/** The OTLP/HTTP endpoint of the sink the traced servers export to (started by main when one is run). */
let otlpSink: string | null = null;
let otlpExports = 0;

function productionEnv(responseCache: boolean, tracing: 'off' | 'on' | 'resolvers' = 'off'): NodeJS.ProcessEnv {
  // Production defaults for every claimgraph setting, and no OpenTelemetry setting: none inherited from the caller's shell.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CLAIMGRAPH_') && !key.startsWith('OTEL_')));
  return {
    ...env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMGRAPH_REQUEST_LOG: 'false',
    CLAIMGRAPH_RESPONSE_CACHE: responseCache ? 'true' : 'false',
    ...(tracing === 'off' ? {} : { OTEL_EXPORTER_OTLP_ENDPOINT: otlpSink ?? 'http://127.0.0.1:4318', CLAIMGRAPH_TRACE_RESOLVERS: tracing === 'resolvers' ? 'true' : 'false' }),
  };
}

/** A loopback OTLP/HTTP receiver that accepts and drops every export (an empty protobuf message is a valid answer). */
function startOtlpSink(): Promise<string> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      otlpExports++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  sink.unref();
  return new Promise((resolve) => sink.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(sink.address() as AddressInfo).port}`)));
}

/** Each server's entry file: what it loads is this file's relative-import closure (bench/tree.ts). */
const ENTRY: Record<ServerName, string> = {
  claimgraph: 'dist/src/server.js',
  warm: 'dist/src/server.js',
  traced: 'dist/src/server.js',
  'traced-resolvers': 'dist/src/server.js',
  ceiling: 'bench/servers/ceiling.ts',
  apollo: 'bench/servers/apollo.ts',
  mercurius: 'bench/servers/mercurius.ts',
};
const isClaimgraph = (name: ServerName) => name === 'claimgraph' || name === 'warm' || name === 'traced' || name === 'traced-resolvers';

/** Every server announces readiness over IPC (claimgraph: src/http/ipc.ts; the others: bench/servers/lifecycle.ts). */
function launchOptions(name: ServerName, ceilingAnswers: string | null): StartOptions & { env: NodeJS.ProcessEnv } {
  const common = { name, entry: ENTRY[name], timeoutMs: STARTUP_ALLOWANCE_S * 1000 };
  if (isClaimgraph(name)) return { ...common, env: productionEnv(name === 'warm', name === 'traced' ? 'on' : name === 'traced-resolvers' ? 'resolvers' : 'off') };
  return { ...common, nodeArgs: ['--import', 'tsx'], args: name === 'ceiling' ? [ceilingAnswers!] : [], env: { ...process.env, NODE_ENV: 'production', PORT: '0' } };
}

const treeOf = (name: ServerName) => codeFingerprint(PROJECT_ROOT, ENTRY[name], name !== 'ceiling').fingerprint;

const kindOf = (name: ServerName): ServerKind => (isClaimgraph(name) ? 'claimgraph' : name === 'ceiling' ? 'ceiling' : 'peer');

/** One checked POST, with the benchmark's request headers. */
const ask = (server: ServerProcess, query: string) => post(server.url, requestBody(query), { headers: REQUEST_HEADERS, timeoutMs: 15_000 });

// ---------------------------------------------------------------- load

/** autocannon with the benchmark's request headers and connections. */
const drive = (url: string, body: string, seconds: number, recordLatencies: boolean) =>
  load({ url, body, seconds, recordLatencies, connections: args.connections, headers: { ...REQUEST_HEADERS } });

// ---------------------------------------------------------------- results

interface Measure {
  round: number;
  server: ServerName;
  query: QueryId;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  serverCpuPercent: number;
  rssMiB: number;
  clientCpuPercent: number;
  /** CPU the rest of the machine (neither this server nor the load generator) used during the window, % of one core. */
  otherCpuPercent: number;
  requests: number;
  seconds: number;
  bodyBytes: number;
}

interface CheckRecord {
  round: number | 'reference';
  server: ServerName;
  query: QueryId;
  when: 'before' | 'before (repeat)' | 'after';
  ok: boolean;
  problems: string[];
  bodyBytes: number;
  etag: string | null;
}

const measures: Measure[] = [];
const checks: CheckRecord[] = [];
const failures: string[] = [];
/** Disturbances: the code a server loads changed mid-run; other processes used CPU during a measured window. */
const treeWarnings: string[] = [];
const cpuWarnings: Array<{ round: number; server: ServerName; query: QueryId; otherCpuPercent: number }> = [];
const serverRuns: Array<{ round: number; server: ServerName; pid: number; startMs: number; stopped: string; tree: string }> = [];
const initialTrees = new Map<ServerName, string>();

// ---------------------------------------------------------------- steps

function build(): void {
  log('npm run build (tsc + viewer bundle) ...');
  const started = Date.now();
  const npm = process.env.npm_execpath;
  const [command, commandArgs] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const result = spawnSync(command, commandArgs as string[], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Fatal(`npm run build failed (${result.error?.message ?? `exit ${result.status}, signal ${result.signal}`})`);
  }
  log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

class Fatal extends Error {}

/** claimgraph's own answers, taken once: the reference for every check and the ceiling's bytes. */
async function references(): Promise<{ queries: BenchQuery[]; answers: Map<QueryId, Answer>; dataVersion: string }> {
  log('taking the reference answers from claimgraph (production build, response cache off)');
  const server = await startServer(launchOptions('claimgraph', null));
  try {
    const q1 = await ask(server, Q1);
    const q1Problems = [...q1.problems, ...(q1.json ? provenanceProblems(q1, 'q1') : [])];
    if (q1Problems.length) throw new Fatal(`claimgraph's Q1 answer is not valid: ${q1Problems.join('; ')}`);
    const nodes = (q1.json!.data as { events?: { nodes?: Array<{ id?: string }> } }).events?.nodes ?? [];
    const nodeId = nodes[0]?.id;
    if (!nodeId) throw new Fatal('claimgraph returned no event for Q1: no id for the node lookup (Q2)');
    const queries = benchQueries(nodeId);
    const answers = new Map<QueryId, Answer>();
    for (const query of queries) {
      const answer = query.id === 'q1' ? q1 : await ask(server, query.query);
      const problems = [...answer.problems, ...(answer.json ? provenanceProblems(answer, query.id) : [])];
      if (query.id === 'q2' && (answer.json?.data as { node?: { id?: string } } | undefined)?.node?.id !== nodeId) problems.push(`node(id:) did not return ${nodeId}`);
      checks.push({ round: 'reference', server: 'claimgraph', query: query.id, when: 'before', ok: !problems.length, problems, bodyBytes: answer.bytes.length, etag: answer.etag });
      if (problems.length) throw new Fatal(`claimgraph's ${query.id} answer is not valid: ${problems.join('; ')}`);
      answers.set(query.id, answer);
      log(`  ${query.id}: ${answer.bytes.length} bytes, provenance ${(answer.json!.extensions!.provenance as { sources: unknown[] }).sources.length} article(s)`);
    }
    const dataVersion = (q1.json!.extensions!.provenance as { dataVersion: string }).dataVersion;
    return { queries, answers, dataVersion };
  } finally {
    await stopServer(server);
  }
}

async function checkServer(round: number, name: ServerName, server: ServerProcess, queries: BenchQuery[], refs: Map<QueryId, Answer>, when: 'before' | 'after'): Promise<Set<QueryId>> {
  const failed = new Set<QueryId>();
  for (const query of queries) {
    // A response cache answers the second request: check both.
    const times = name === 'warm' && when === 'before' ? 2 : 1;
    for (let i = 0; i < times; i++) {
      let problems: string[];
      let answer: Answer | null = null;
      try {
        answer = await ask(server, query.query);
        problems = checkAnswer(kindOf(name), query, answer, refs.get(query.id)!);
      } catch (error) {
        problems = [`request failed: ${(error as Error).message}`];
      }
      const label = i === 0 ? when : 'before (repeat)';
      checks.push({ round, server: name, query: query.id, when: label, ok: !problems.length, problems, bodyBytes: answer?.bytes.length ?? 0, etag: answer?.etag ?? null });
      if (problems.length) {
        failed.add(query.id);
        const message = `round ${round} ${name} ${query.id} check ${label}: ${problems.join('; ')}`;
        failures.push(message);
        log(`CHECK FAILED: ${message}`);
      }
    }
  }
  return failed;
}

async function runServer(round: number, name: ServerName, queries: BenchQuery[], refs: Map<QueryId, Answer>, ceilingAnswers: string): Promise<void> {
  const tree = treeOf(name);
  if (tree !== initialTrees.get(name)) {
    const message = `round ${round} ${name}: the code it loads (${ENTRY[name]} and its imports${name === 'ceiling' ? '' : ', data/'}) changed since the run began (fingerprint ${initialTrees.get(name)} → ${tree}): figures mix builds; rerun on a quiet tree`;
    treeWarnings.push(message);
    log(`WARNING: ${message}`);
  }
  const server = await startServer(launchOptions(name, ceilingAnswers));
  const startMs = Math.round(server.startMs);
  log(`round ${round}: ${name} up in ${startMs} ms (pid ${server.pid}, ${server.url})`);
  try {
    const failed = await checkServer(round, name, server, queries, refs, 'before');
    for (const query of queries) {
      if (failed.has(query.id)) {
        log(`round ${round}: ${name} ${query.id} not timed: its answer failed the check`);
        continue;
      }
      const body = requestBody(query.query);
      if (args.warmup > 0) await drive(server.url, body, args.warmup, false);
      const cpuBefore = cpuMs(server.pid);
      const machineBefore = machineBusyMs();
      const wall0 = performance.now();
      const run = await drive(server.url, body, args.duration, true);
      const wallMs = performance.now() - wall0;
      const machine = machineBusyMs() - machineBefore;
      if (!isRunning(server)) throw new Error(`${name} exited during ${query.id} (${describeExit(await server.exited)})\n${server.output().slice(-4000)}`);
      const cpu = cpuMs(server.pid) - cpuBefore;
      const rss = procMemory(server.pid)?.rss ?? NaN;
      if (run.non2xx || run.errors || run.timeouts || !run.requests) {
        const message = `round ${round} ${name} ${query.id}: ${run.requests} responses, ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts under load: figures left out`;
        failures.push(message);
        log(`LOAD FAILED: ${message}`);
        continue;
      }
      const m: Measure = {
        round,
        server: name,
        query: query.id,
        requestsPerSecond: run.requests / run.seconds,
        p50Ms: percentile(run.latencies, 50),
        p99Ms: percentile(run.latencies, 99),
        cpuMsPerRequest: cpu / run.requests,
        serverCpuPercent: (cpu / wallMs) * 100,
        rssMiB: rss / MiB,
        clientCpuPercent: (run.clientCpuMs / wallMs) * 100,
        otherCpuPercent: Math.max(0, ((machine - cpu - run.clientCpuMs) / wallMs) * 100),
        requests: run.requests,
        seconds: run.seconds,
        bodyBytes: checks.findLast((c) => c.server === name && c.query === query.id)?.bodyBytes ?? NaN,
      };
      measures.push(m);
      if (m.otherCpuPercent > FOREIGN_CPU_WARNING_PERCENT) {
        cpuWarnings.push({ round, server: name, query: query.id, otherCpuPercent: m.otherCpuPercent });
        log(`WARNING: round ${round} ${name} ${query.id}: other processes used ${fmt(m.otherCpuPercent, 0)}% of a core during the measured window`);
      }
      log(
        `round ${round}: ${name.padEnd(10)} ${query.id} ${fmt(m.requestsPerSecond, 0).padStart(7)} req/s  p50 ${fmt(m.p50Ms, 2)} ms  p99 ${fmt(m.p99Ms, 2)} ms  ` +
          `${fmt(m.cpuMsPerRequest, 3)} CPU ms/req  RSS ${fmt(m.rssMiB, 0)} MiB  client CPU ${fmt(m.clientCpuPercent, 0)}%`,
      );
    }
    await checkServer(round, name, server, queries.filter((q) => !failed.has(q.id)), refs, 'after');
  } finally {
    const stopped = describeExit(await stopServer(server));
    serverRuns.push({ round, server: name, pid: server.pid, startMs, stopped, tree });
  }
}

// ---------------------------------------------------------------- report

interface Summary {
  server: ServerName;
  query: QueryId;
  rounds: number;
  requestsPerSecond: number;
  requestsPerSecondMin: number;
  requestsPerSecondMax: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  serverCpuPercent: number;
  rssMiB: number;
  clientCpuPercent: number;
  otherCpuPercent: number;
  bodyBytes: number;
}

function summarise(): Summary[] {
  const out: Summary[] = [];
  for (const query of args.queries)
    for (const server of args.servers) {
      if (!queriesOf(server).includes(query)) continue;
      const ms = measures.filter((m) => m.server === server && m.query === query);
      const med = (key: keyof Measure) => median(ms.map((m) => m[key] as number));
      const rps = ms.map((m) => m.requestsPerSecond);
      out.push({
        server,
        query,
        rounds: ms.length,
        requestsPerSecond: med('requestsPerSecond'),
        requestsPerSecondMin: rps.length ? Math.min(...rps) : NaN,
        requestsPerSecondMax: rps.length ? Math.max(...rps) : NaN,
        p50Ms: med('p50Ms'),
        p99Ms: med('p99Ms'),
        cpuMsPerRequest: med('cpuMsPerRequest'),
        serverCpuPercent: med('serverCpuPercent'),
        rssMiB: med('rssMiB'),
        clientCpuPercent: med('clientCpuPercent'),
        otherCpuPercent: med('otherCpuPercent'),
        bodyBytes: med('bodyBytes'),
      });
    }
  return out;
}

function report(summaries: Summary[], queries: BenchQuery[], dataVersion: string) {
  const get = (server: ServerName, query: QueryId) => summaries.find((s) => s.server === server && s.query === query);
  const rpsRatio = (a: ServerName, b: ServerName, query: QueryId) => (get(a, query)?.requestsPerSecond ?? NaN) / (get(b, query)?.requestsPerSecond ?? NaN);
  const cpuRatio = (a: ServerName, b: ServerName, query: QueryId) => (get(a, query)?.cpuMsPerRequest ?? NaN) / (get(b, query)?.cpuMsPerRequest ?? NaN);

  const lines: string[] = [];
  lines.push('');
  lines.push(
    `claimgraph benchmark: ${args.rounds} round(s), ${args.warmup} s warm-up + ${args.duration} s measured per server and query, ` +
      `autocannon -c ${args.connections}, loopback; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GiB; dataVersion ${dataVersion.slice(0, 12)}; figures are medians over rounds`,
  );
  lines.push('');
  for (const q of queries.filter((q) => args.queries.includes(q.id))) lines.push(`  ${q.id}  ${q.title}`);
  lines.push('');
  const rows: string[][] = [['query', 'server', 'req/s', '(min–max)', 'p50 ms', 'p99 ms', 'CPU ms/req', 'srv CPU%', 'RSS MiB', 'body B', 'client CPU%', 'other CPU%', 'rounds']];
  for (const s of summaries)
    rows.push([
      s.query,
      s.server,
      fmt(s.requestsPerSecond, 0),
      s.rounds > 1 ? `(${fmt(s.requestsPerSecondMin, 0)}–${fmt(s.requestsPerSecondMax, 0)})` : '',
      fmt(s.p50Ms, 2),
      fmt(s.p99Ms, 2),
      fmt(s.cpuMsPerRequest, 3),
      fmt(s.serverCpuPercent, 0),
      fmt(s.rssMiB, 0),
      fmt(s.bodyBytes, 0),
      fmt(s.clientCpuPercent, 0),
      fmt(s.otherCpuPercent, 0),
      String(s.rounds),
    ]);
  lines.push(formatTable(rows, [false, false, true, true, true, true, true, true, true, true, true, true, true]));
  lines.push('');
  lines.push('ratios: req/s of the first ÷ req/s of the second (>1: the first serves more); CPU: CPU ms per request of claimgraph ÷ the other’s (>1: claimgraph spends more)');
  const peers: ServerName[] = ['apollo', 'mercurius'];
  for (const query of args.queries) {
    const parts: string[] = [];
    for (const server of ['claimgraph', 'warm', 'apollo', 'mercurius'] as ServerName[])
      if (get(server, query) && get('ceiling', query)) parts.push(`${server}/ceiling=${fmt(rpsRatio(server, 'ceiling', query), 2)}`);
    for (const peer of peers) if (get('claimgraph', query) && get(peer, query)) parts.push(`claimgraph/${peer}=${fmt(rpsRatio('claimgraph', peer, query), 2)}`);
    if (get('apollo', query) && get('mercurius', query)) parts.push(`apollo/mercurius=${fmt(rpsRatio('apollo', 'mercurius', query), 2)}`);
    if (get('warm', query) && get('claimgraph', query)) parts.push(`warm/claimgraph=${fmt(rpsRatio('warm', 'claimgraph', query), 2)}`);
    for (const traced of ['traced', 'traced-resolvers'] as ServerName[])
      if (get(traced, query) && get('claimgraph', query)) {
        parts.push(`${traced}/claimgraph=${fmt(rpsRatio(traced, 'claimgraph', query), 2)}`);
        lines.push(`  ${query}  CPU ms/req ${traced} ÷ claimgraph=${fmt(cpuRatio(traced, 'claimgraph', query), 2)}`);
      }
    const cpuParts: string[] = [];
    for (const other of ['ceiling', ...peers] as ServerName[])
      if (get('claimgraph', query) && get(other, query)) cpuParts.push(`vs ${other}=${fmt(cpuRatio('claimgraph', other, query), 2)}`);
    if (parts.length) lines.push(`  ${query}  ${parts.join('  ')}`);
    if (cpuParts.length) lines.push(`  ${query}  CPU ms/req claimgraph ${cpuParts.join('  ')}`);
  }
  lines.push('');
  lines.push('notes:');
  lines.push('  - apollo and mercurius serve the same Pothos schema object, store and per-request context { store, provenance: new Set() };');
  lines.push('    their resolvers therefore note provenance too, but the peers never write it out: their answers carry `data` only');
  lines.push('    (smaller bodies, no extensions.provenance). claimgraph and the ceiling answer the same bytes, provenance included.');
  lines.push('  - claimgraph runs as `npm start` does (node dist/src/server.js after the build), NODE_ENV=production, every limit on,');
  lines.push('    request log off; "warm" adds CLAIMGRAPH_RESPONSE_CACHE=true and is timed on q1 only. Apollo runs without APQ cache,');
  lines.push('    cache-control hints or landing page; mercurius with jit: 1 and no GraphiQL. Peers and ceiling run through tsx.');
  if (args.servers.some((s) => s === 'traced' || s === 'traced-resolvers'))
    lines.push(`  - traced: OTEL_EXPORTER_OTLP_ENDPOINT at a loopback sink (OTLP/HTTP protobuf, the SDK's batch defaults); ${otlpExports} export(s) received.`);
  lines.push(`  - load generator and server share ${cpus().length} core(s): "client CPU%" is autocannon's own CPU over the measured window;`);
  lines.push('    near 100% it, not the server, bounds req/s (typically the ceiling). "srv CPU%" is the server process over all its threads;');
  lines.push('    "other CPU%" is what the rest of the machine used meanwhile (/proc/stat): well above 0 means the figures are disturbed.');
  const warmChecks = checks.filter((c) => c.server === 'warm' && c.ok);
  if (warmChecks.length) {
    const etag = warmChecks.some((c) => c.etag);
    lines.push(
      etag
        ? '  - warm: its answers carry an ETag header, a sign that the response cache is on.'
        : '  - warm: its answers carry no ETag header; the response cache switch may not be there yet (then warm ≈ cold).',
    );
  }
  if (treeWarnings.length || cpuWarnings.length) {
    lines.push('');
    lines.push('WARNINGS (the figures are disturbed, not wrong: every answer was still checked):');
    if (cpuWarnings.length) {
      const others = cpuWarnings.map((w) => w.otherCpuPercent);
      lines.push(
        `  - other processes used more than ${FOREIGN_CPU_WARNING_PERCENT}% of a core during ${cpuWarnings.length} of ${measures.length} measured windows ` +
          `(median ${fmt(median(others), 0)}%, max ${fmt(Math.max(...others), 0)}%; per window in the JSON): the load generator and the server had less than ${cpus().length} cores`,
      );
    }
    for (const w of treeWarnings) lines.push(`  - ${w}`);
  }
  if (failures.length) {
    lines.push('');
    lines.push(`FAILURES (${failures.length}):`);
    for (const f of failures) lines.push(`  - ${f}`);
  }
  const summaryLine =
    `summary: q1-vs-mercurius=${fmt(rpsRatio('claimgraph', 'mercurius', 'q1'), 2)} q1-vs-apollo=${fmt(rpsRatio('claimgraph', 'apollo', 'q1'), 2)} ` +
    `q1-vs-ceiling=${fmt(rpsRatio('claimgraph', 'ceiling', 'q1'), 2)} q5-vs-apollo=${fmt(rpsRatio('claimgraph', 'apollo', 'q5'), 2)} ` +
    `warm-vs-ceiling=${fmt(rpsRatio('warm', 'ceiling', 'q1'), 2)}`;
  lines.push('');
  lines.push(summaryLine);
  return { text: lines.join('\n'), summaryLine };
}

function writeResults(extra: Record<string, unknown>): void {
  mkdirSync(join(args.out, '..'), { recursive: true });
  const json = {
    generatedAt: new Date().toISOString(),
    settings: { rounds: args.rounds, duration: args.duration, warmup: args.warmup, connections: args.connections, queries: args.queries, servers: args.servers, skipBuild: args['skip-build'], out: relative(PROJECT_ROOT, args.out) },
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim(),
      totalMemMiB: Math.round(totalmem() / MiB),
      loadavgAtEnd: loadavg(),
      clkTck: clkTck(),
    },
    servers: Object.fromEntries(
      args.servers.map((s) => {
        const o = launchOptions(s, '<answers.json>');
        const env = isClaimgraph(s) ? Object.fromEntries(Object.entries(o.env).filter(([k]) => k.startsWith('CLAIMGRAPH_') || ['NODE_ENV', 'PORT', 'HOST'].includes(k))) : { NODE_ENV: 'production', PORT: '0' };
        return [s, { command: ['node', ...(o.nodeArgs ?? []), o.entry, ...(o.args ?? [])].join(' '), env, queries: queriesOf(s) }];
      }),
    ),
    ...extra,
    initialTrees: Object.fromEntries(initialTrees),
    serverRuns,
    checks,
    treeWarnings,
    cpuWarnings,
    failures,
    measures,
  };
  writeFileSync(args.out, JSON.stringify(json, null, 2) + '\n');
  log(`results written to ${relative(process.cwd(), args.out) || args.out}`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  log(`${args.rounds} round(s) of ${args.servers.join(', ')} over ${args.queries.join(', ')}; ${args.warmup} s warm-up + ${args.duration} s measured, -c ${args.connections}; time limit ${HARD_LIMIT_S} s`);
  if (!args['skip-build']) build();
  if (args.servers.some((s) => s === 'traced' || s === 'traced-resolvers')) {
    otlpSink = await startOtlpSink();
    log(`OTLP sink for the traced servers at ${otlpSink}`);
  }
  for (const name of SERVER_NAMES) initialTrees.set(name, treeOf(name));
  log(`code fingerprints: ${SERVER_NAMES.map((n) => `${n} ${initialTrees.get(n)}`).join(', ')}`);
  const { queries: allQueries, answers, dataVersion } = await references();
  const queries = allQueries.filter((q) => args.queries.includes(q.id));

  const ceilingAnswers = join(makeTempDir('claimgraph-bench-'), 'answers.json');
  writeFileSync(
    ceilingAnswers,
    JSON.stringify(allQueries.map((q) => ({ body: requestBody(q.query), contentType: answers.get(q.id)!.contentType, base64: answers.get(q.id)!.bytes.toString('base64') }))),
  );
  const benchQueriesJson = allQueries.map((q) => ({ id: q.id, title: q.title, body: requestBody(q.query), referenceBytes: answers.get(q.id)!.bytes.length }));
  partial = () => writeResults({ incomplete: true, queries: benchQueriesJson, summaries: summarise() });

  for (let round = 1; round <= args.rounds; round++) {
    const order = round % 2 === 1 ? args.servers : [...args.servers].reverse();
    log(`round ${round}/${args.rounds}: ${order.join(' → ')}`);
    for (const name of order) {
      const own = queries.filter((q) => queriesOf(name).includes(q.id));
      if (!own.length) continue;
      try {
        await runServer(round, name, own, answers, ceilingAnswers);
      } catch (error) {
        const message = `round ${round} ${name}: ${(error as Error).message}`;
        failures.push(message);
        log(`SERVER FAILED: ${message}`);
      }
      await sleep(500); // let the port and the sockets go before the next server
    }
  }

  const summaries = summarise();
  const { text, summaryLine } = report(summaries, allQueries, dataVersion);
  writeResults({ incomplete: false, queries: benchQueriesJson, summaries, summaryLine });
  console.log(text);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Fatal ? error.message : ((error as Error)?.stack ?? String(error)));
    process.exit(2);
  },
);

/**
 * npm run soak -- [--seconds N] [--warmup S] [--connections C]
 *
 * A soak test of the real server: starts src/server.ts (through tsx, with
 * --expose-gc) on a free loopback port and waits for its IPC `ready`
 * (tools/harness.ts), checks every query of the mix once, drives it with
 * autocannon for a warm-up and then for the measured run, and compares the
 * heap after a forced GC (asked over IPC, never over HTTP) before and after
 * the measured run.
 *
 * Two autocannon instances run side by side so every count is exact: the valid
 * queries at C connections (default 10), the bad requests at 2 connections.
 * Each cycles through its own list of requests.
 *
 * Prints one `key: value` line per figure and, last,
 *   soak: seconds=N requests=N non2xx-valid=N heap-growth=X% verdict=PASS|FAIL
 * PASS: no valid query got a non-2xx answer, no bad request got a 5xx and the
 * heap (after GC) grew by less than 10%. The checks that can only fail when
 * something is broken also give FAIL, with the reason on stderr: a timeout or a
 * socket error on a valid-query connection, a valid answer carrying GraphQL
 * errors, a bad request answered without a GraphQL error, no request served,
 * the server exiting by itself, GC not forced.
 *
 * Exit code: 0 PASS, 1 FAIL, 2 when the soak could not run (bad arguments, the
 * server did not start, a query of the mix failed its check, the hard time limit
 * of seconds + warmup + 60 s was reached).
 */
import type autocannon from 'autocannon';
import {
  askMemory,
  GRAPHQL_HEADERS as HEADERS,
  guardRun,
  isRunning,
  load,
  logger,
  MiB,
  parseOptions,
  percentile,
  post,
  sleep,
  startServer,
  stopServer,
  type Answer,
  type MemoryReport,
  type ServerProcess,
} from './harness.js';

const SERVER_ENTRY = 'src/server.ts';
const BAD_CONNECTIONS = 2;
const MAX_HEAP_GROWTH_PERCENT = 10;

const log = logger('soak');

// ---------------------------------------------------------------- arguments

const args = parseOptions(
  { name: 'soak', usage: 'usage: npm run soak -- [--seconds N (default 60)] [--warmup S (default 10)] [--connections C (default 10)]' },
  {
    seconds: { type: 'number', default: 60, min: 1 },
    warmup: { type: 'number', default: 10, min: 0 },
    connections: { type: 'number', default: 10, min: 1 },
  },
);

// The server never outlives this script, whatever way it ends.
guardRun('soak', { limitS: args.seconds + args.warmup + 60, signalExitCode: 2 });

// ---------------------------------------------------------------- the mix

interface Operation {
  name: string;
  /** The exact request body. */
  body: string;
}

const op = (name: string, query: string, variables?: Record<string, unknown>): Operation => ({
  name,
  body: JSON.stringify(variables ? { query, variables } : { query }),
});

const VALID_QUERIES: Array<{ name: string; query: string }> = [
  {
    name: 'sources with metadata',
    query: `query SoakSources {
  sources(first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id slug title titleBasis url byline agencies language length sha256
      publisher publisherBasis publishedAt publishedAtBasis
      boilerplate { kind note evidence { start end } }
    } }
  }
}`,
  },
  {
    name: 'claims(first: 50) with evidence',
    query: `query SoakClaims {
  claims(first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id key statement modality attribution curation answer
      claimant { name }
      quantity { value unit qualifier low high words }
      time { start end precision words }
      source { slug publisher publishedAt }
      evidence { start end quote prefix suffix }
    }
  }
}`,
  },
  {
    name: 'events with claims and sources',
    query: `query SoakEvents {
  events(first: 30) {
    totalCount
    nodes {
      id key title type subType disputed sourceCount
      date { start end precision }
      places { name location { lat lon precision } }
      actors { role actor { name } }
      sources { slug publisher publishedAt }
      claims(first: 10) { totalCount nodes { id statement source { slug } evidence { start end quote } } }
    }
  }
}`,
  },
  {
    name: 'topics(CONFLICT) with positions',
    query: `query SoakDisputes {
  topics(first: 20, filterBy: { agreement: [CONFLICT] }) {
    totalCount
    nodes {
      id key question measure unit agreement
      positions {
        value qualifier low high words answer asOfStart asOfEnd
        claimant { name }
        source { slug publisher publishedAt }
        evidence { start end quote }
        claim { id statement }
      }
    }
  }
}`,
  },
  {
    name: 'search(Saraqib)',
    query: `query SoakSearch {
  search(query: "Saraqib", first: 20) {
    totalCount
    nodes {
      score
      node {
        __typename
        ... on Claim { id statement }
        ... on Event { id title }
        ... on Source { id slug title }
        ... on Place { id name aliases }
        ... on Actor { id name }
      }
      snippets { evidence { start end quote source { slug } } highlights { start end } }
    }
  }
}`,
  },
  {
    name: 'timeline(2020-02-01..14)',
    query: `query SoakTimeline {
  timeline(from: "2020-02-01", to: "2020-02-14") {
    buckets { start end count events { id title } sources { slug } }
    unplaced { id title date { start end precision } }
  }
}`,
  },
  {
    name: 'geojson',
    query: `query SoakGeoJSON { geojson }`,
  },
];

/** The node(id:) lookup: its id comes from the events answer of the preflight. */
const NODE_QUERY = `query SoakNode($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Event { title date { start end precision } sources { slug } claims(first: 10) { nodes { statement } } }
  }
}`;

const BAD_REQUESTS: Operation[] = [
  { name: 'malformed JSON', body: '{"query":"{ sources(first: 5) { totalCount } }"' },
  op('syntax error', '{ sources(first: 5) { totalCount }'),
  op('unknown field', '{ sources(first: 5) { nodes { slug wordCount } } }'),
  op('malformed id', '{ node(id: "not-a-claimgraph-id") { id } }'),
  op('first: 500', '{ claims(first: 500) { totalCount nodes { id } } }'),
];

// ---------------------------------------------------------------- the server

let stopping = false;
let exitedByItself = false;

async function start(): Promise<ServerProcess> {
  const server = await startServer({
    name: 'the server',
    entry: SERVER_ENTRY,
    nodeArgs: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_REQUEST_LOG: 'false' },
  });
  void server.exited.then(({ code, signal }) => {
    if (stopping) return;
    exitedByItself = true;
    log(`the server exited by itself (code ${code}, signal ${signal})`);
  });
  return server;
}

/**
 * The heap after GC, once the load has stopped: a short pause lets the closed
 * connections go, then three readings (each after its own full GC), keeping the
 * lowest heapUsed so a collection that ran late does not count as growth.
 */
async function settledMemory(server: ServerProcess): Promise<MemoryReport> {
  await sleep(500);
  let best: MemoryReport | null = null;
  for (let i = 0; i < 3; i++) {
    const m = await askMemory(server, 10_000);
    if (!best || m.heapUsed < best.heapUsed) best = m;
    await sleep(100);
  }
  return best!;
}

async function stop(server: ServerProcess): Promise<number | null> {
  stopping = true;
  const exit = await stopServer(server, 15_000);
  if (exit.forced) log('the server did not stop within 15 s of SIGTERM, killed it');
  return exit.code;
}

// ---------------------------------------------------------------- preflight

const hasErrors = (a: Answer) => Array.isArray(a.json?.errors) && a.json!.errors!.length > 0;

/** Checks each query of the mix once; returns the valid operations (node lookup included) or null. */
async function preflight(url: string): Promise<Operation[] | null> {
  let ok = true;
  const valid: Operation[] = [];
  let eventId: string | null = null;
  const checkValid = async (operation: Operation): Promise<Answer | null> => {
    let a: Answer;
    try {
      a = await post(url, operation.body, { timeoutMs: 10_000 });
    } catch (error) {
      log(`check failed: ${operation.name}: ${(error as Error).message}`);
      ok = false;
      return null;
    }
    if (a.status !== 200 || !a.json || hasErrors(a) || a.json.data == null) {
      log(`check failed: ${operation.name} answered ${a.status}: ${a.text.slice(0, 600)}`);
      ok = false;
      return null;
    }
    log(`check ok: ${operation.name} (200, ${a.bytes.length} bytes)`);
    return a;
  };
  for (const { name, query } of VALID_QUERIES) {
    const operation = op(name, query);
    const a = await checkValid(operation);
    valid.push(operation);
    if (a && name.startsWith('events')) {
      const nodes = (a.json?.data as { events?: { nodes?: Array<{ id?: string }> } }).events?.nodes;
      eventId = nodes?.[0]?.id ?? null;
    }
  }
  if (eventId) {
    const operation = op('node(id:) lookup', NODE_QUERY, { id: eventId });
    const a = await checkValid(operation);
    if (a && (a.json?.data as { node?: { id?: string } | null }).node?.id !== eventId) {
      log(`check failed: node(id:) lookup did not return the event ${eventId}`);
      ok = false;
    }
    valid.push(operation);
  } else {
    log('check failed: no event id for the node(id:) lookup');
    ok = false;
  }
  for (const operation of BAD_REQUESTS) {
    let a: Answer;
    try {
      a = await post(url, operation.body, { timeoutMs: 10_000 });
    } catch (error) {
      log(`check failed: bad request ${operation.name}: ${(error as Error).message}`);
      ok = false;
      continue;
    }
    const code = a.json?.errors?.[0]?.extensions?.code ?? '-';
    if (a.status >= 500 || !hasErrors(a)) {
      log(`check failed: bad request ${operation.name} answered ${a.status} without a GraphQL error: ${a.text.slice(0, 600)}`);
      ok = false;
    } else {
      log(`check ok: bad request ${operation.name} (${a.status}, ${code})`);
    }
  }
  return ok ? valid : null;
}

// ---------------------------------------------------------------- load

interface Tally {
  responses: number;
  byStatus: Map<number, number>;
  /** 2xx answers whose body holds a GraphQL `errors` list. */
  ok2xxWithErrors: number;
  /** 4xx answers with a GraphQL error body. */
  client4xxWithErrors: number;
  /** Answers without a GraphQL error body (valid: expected; bad: a failure). */
  withoutErrors: number;
  perOperation: Map<string, Map<number, number>>;
}

const newTally = (): Tally => ({
  responses: 0,
  byStatus: new Map(),
  ok2xxWithErrors: 0,
  client4xxWithErrors: 0,
  withoutErrors: 0,
  perOperation: new Map(),
});

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** `"errors":[` can only appear in a JSON answer as the key of an errors list: string contents have their quotes escaped. */
function bodyHasErrors(body: string, parse: boolean): boolean {
  if (!parse) return body.includes('"errors":[');
  try {
    const json = JSON.parse(body) as { errors?: unknown };
    return Array.isArray(json.errors) && json.errors.length > 0;
  } catch {
    return false;
  }
}

function requestsFor(operations: Operation[], tally: Tally, parseBodies: boolean): autocannon.Request[] {
  return operations.map((operation) => ({
    method: 'POST',
    path: '/graphql',
    headers: HEADERS,
    body: operation.body,
    onResponse: (status: number, body: string) => {
      tally.responses++;
      bump(tally.byStatus, status);
      let perOp = tally.perOperation.get(operation.name);
      if (!perOp) tally.perOperation.set(operation.name, (perOp = new Map()));
      bump(perOp, status);
      const errors = bodyHasErrors(body, parseBodies);
      if (!errors) tally.withoutErrors++;
      else if (status >= 200 && status < 300) tally.ok2xxWithErrors++;
      else if (status >= 400 && status < 500) tally.client4xxWithErrors++;
    },
  }));
}

interface Phase {
  valid: Tally;
  bad: Tally;
  validResult: autocannon.Result;
  badResult: autocannon.Result;
  latencies: number[];
}

async function runPhase(url: string, seconds: number, validOps: Operation[]): Promise<Phase> {
  const valid = newTally();
  const bad = newTally();
  const [validRun, badRun] = await Promise.all([
    load({ url, title: 'valid', connections: args.connections, seconds, requests: requestsFor(validOps, valid, false), recordLatencies: true }),
    load({ url, title: 'bad', connections: BAD_CONNECTIONS, seconds, requests: requestsFor(BAD_REQUESTS, bad, true) }),
  ]);
  return { valid, bad, validResult: validRun.result, badResult: badRun.result, latencies: validRun.latencies };
}

const mib = (bytes: number) => (bytes / MiB).toFixed(1);
const countWhere = (map: Map<number, number>, test: (status: number) => boolean) =>
  [...map].reduce((n, [status, count]) => (test(status) ? n + count : n), 0);
const describe = (map: Map<number, number>) => [...map].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  log(`starting the server (${SERVER_ENTRY}, --expose-gc, tsx)`);
  let server: ServerProcess;
  try {
    server = await start();
  } catch (error) {
    log(`${(error as Error).message}`);
    return 2;
  }
  const url = server.url;
  log(`server at ${url}`);

  const validOps = await preflight(url);
  if (!validOps) {
    log('a query of the mix failed its check, no load was sent');
    await stop(server);
    return 2;
  }

  if (args.warmup > 0) {
    log(`warm-up, ${args.warmup} s (${args.connections} + ${BAD_CONNECTIONS} connections)`);
    const warm = await runPhase(url, args.warmup, validOps);
    log(`warm-up served ${warm.valid.responses + warm.bad.responses} requests`);
  }
  const before = await settledMemory(server);

  log(`measured run, ${args.seconds} s (${args.connections} connections valid, ${BAD_CONNECTIONS} bad)`);
  const run = await runPhase(url, args.seconds, validOps);
  const serverAliveAfterRun = isRunning(server);
  const after = serverAliveAfterRun ? await settledMemory(server) : null;

  const exitCode = await stop(server);
  log(`server stopped (exit code ${exitCode})`);

  // ------------------------------------------------------------ figures
  const { valid, bad, validResult, badResult } = run;
  const served = valid.responses + bad.responses;
  const non2xxValid = countWhere(valid.byStatus, (s) => s < 200 || s >= 300);
  const bad5xx = countWhere(bad.byStatus, (s) => s >= 500);
  const validUnanswered = validResult.errors; // timeouts and socket errors
  const badUnanswered = badResult.errors;
  const latencies = run.latencies; // ascending
  const heapGrowth = after ? ((after.heapUsed - before.heapUsed) / before.heapUsed) * 100 : NaN;
  const heapGrowthText = Number.isFinite(heapGrowth) ? `${heapGrowth.toFixed(1)}%` : 'n/a';

  // Autocannon's own counts must agree with the per-request bookkeeping.
  const cannonValid = validResult['2xx'] + validResult.non2xx;
  const cannonBad = badResult['2xx'] + badResult.non2xx;
  if (cannonValid !== valid.responses || cannonBad !== bad.responses || run.latencies.length !== valid.responses) {
    log(
      `warning: counts disagree (autocannon valid=${cannonValid} bad=${cannonBad}, bookkeeping valid=${valid.responses} bad=${bad.responses}, latencies=${run.latencies.length})`,
    );
  }

  const reasons: string[] = [];
  if (non2xxValid > 0) reasons.push(`${non2xxValid} valid queries answered non-2xx (${describe(valid.byStatus)})`);
  if (bad5xx > 0) reasons.push(`${bad5xx} bad requests answered 5xx`);
  if (!(heapGrowth < MAX_HEAP_GROWTH_PERCENT)) reasons.push(`heap growth ${heapGrowthText} is not below ${MAX_HEAP_GROWTH_PERCENT}%`);
  if (validUnanswered > 0) reasons.push(`${validUnanswered} timeouts and socket errors on valid-query connections (${validResult.timeouts} timeouts)`);
  if (valid.ok2xxWithErrors + valid.client4xxWithErrors > 0 || valid.withoutErrors !== valid.responses)
    reasons.push(`${valid.responses - valid.withoutErrors} answers to valid queries carried GraphQL errors`);
  if (bad.withoutErrors > 0) reasons.push(`${bad.withoutErrors} bad requests answered without a GraphQL error`);
  if (served === 0 || valid.responses === 0) reasons.push('no valid request was served');
  if (exitedByItself || !serverAliveAfterRun) reasons.push('the server exited during the soak');
  if (!before.gcForced || (after && !after.gcForced)) reasons.push('GC was not forced in the server (--expose-gc missing): heap figures unreliable');
  const pass = reasons.length === 0;

  if (!pass) {
    for (const reason of reasons) log(`FAIL: ${reason}`);
    for (const [title, tally] of [['valid', valid], ['bad', bad]] as const)
      for (const [name, statuses] of tally.perOperation) log(`  ${title} ${name}: ${describe(statuses)}`);
    if (exitedByItself) log(`server output (last 64 KiB):\n${server.output()}`);
  }

  console.log(`requests served: ${served}`);
  console.log(`valid requests: ${valid.responses}`);
  console.log(`non-2xx answers to valid queries: ${non2xxValid}`);
  console.log(`timeouts and socket errors (valid): ${validUnanswered}`);
  console.log(`bad requests: ${bad.responses}`);
  console.log(`error answers to bad requests: ${bad.client4xxWithErrors}`);
  console.log(`bad requests answered 2xx with a GraphQL error: ${bad.ok2xxWithErrors}`);
  console.log(`bad requests answered without a GraphQL error: ${bad.withoutErrors}`);
  console.log(`bad requests answered 5xx: ${bad5xx}`);
  console.log(`timeouts and socket errors (bad): ${badUnanswered}`);
  console.log(`throughput: ${(served / args.seconds).toFixed(0)} requests/s`);
  console.log(`latency p50: ${percentile(latencies, 50).toFixed(1)} ms`);
  console.log(`latency p99: ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`rss: ${after ? `${mib(after.rss)} MiB` : 'n/a'}`);
  console.log(`heapUsed after warm-up (after GC): ${mib(before.heapUsed)} MiB`);
  console.log(`heapUsed at end (after GC): ${after ? `${mib(after.heapUsed)} MiB` : 'n/a'}`);
  console.log(`heap growth: ${heapGrowthText}`);
  console.log(
    `soak: seconds=${args.seconds} requests=${served} non2xx-valid=${non2xxValid} heap-growth=${heapGrowthText} verdict=${pass ? 'PASS' : 'FAIL'}`,
  );
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(2);
  },
);

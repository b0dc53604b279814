/**
 * npm run bench:profile -- [--query q1] [--seconds 15] [--warmup 3] [--connections 20] [--top 25] [--skip-build] [--keep]
 *
 * Where the production server's time goes under one benchmark query's load:
 * claimgraph as bench/run.ts starts it (`node dist/src/server.js` after the
 * build, NODE_ENV=production, request log and response cache off) with
 * `node --cpu-prof`, a warm-up, then `--seconds` of autocannon load. Only the
 * samples of the measured window count (V8 stamps samples with the monotonic
 * clock that process.hrtime reads). Prints self time per function and per
 * module, and inclusive time of src/ functions, as % of the busy time.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixed, guardRun, load, logger, makeTempDir, parseOptions, post, PROJECT_ROOT, startServer, stopServer } from '../tools/harness.js';
import { mainThreadProfile, summarizeProfile } from './cpu-profile.js';
import { benchQueries, Q1, QUERY_IDS, REQUEST_HEADERS, requestBody } from './queries.js';

const args = parseOptions(
  {
    name: 'bench:profile',
    usage: `usage: npm run bench:profile -- [--query q1] [--seconds 15] [--warmup 3] [--connections 20] [--top 25] [--skip-build] [--keep]
  --query Q        which benchmark query drives the load (${QUERY_IDS.join(', ')}; default q1)
  --seconds S      measured (profiled) seconds (default 15)
  --warmup S       load before the measured window, not counted (default 3)
  --connections C  autocannon connections (default 20)
  --top N          rows per table (default 25)
  --skip-build     do not run \`npm run build\` first
  --keep           keep the .cpuprofile (its path is printed) for Chrome DevTools or speedscope`,
  },
  {
    query: { type: 'string', default: 'q1' },
    seconds: { type: 'number', default: 15, min: 1 },
    warmup: { type: 'number', default: 3, min: 0 },
    connections: { type: 'number', default: 20, min: 1 },
    top: { type: 'number', default: 25, min: 1 },
    'skip-build': { type: 'boolean' },
    keep: { type: 'boolean' },
  },
);

guardRun('bench:profile', { limitS: 600 });
const log = logger('bench:profile');
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function main(): Promise<void> {
  if (!args['skip-build']) {
    log('npm run build ...');
    const built = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
  }
  const dir = args.keep ? join(PROJECT_ROOT, '.tmp', 'profile', String(Date.now())) : makeTempDir('claimgraph-profile-');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CLAIMGRAPH_')));
  const server = await startServer({
    name: 'claimgraph',
    entry: 'dist/src/server.js',
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    env: { ...env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_REQUEST_LOG: 'false', CLAIMGRAPH_RESPONSE_CACHE: 'false' },
  });
  let window: { fromUs: number; toUs: number };
  let requests = 0;
  let bodyBytes = 0;
  try {
    // Q2 needs an event id: the first of Q1's answer, as bench/run.ts does.
    const q1 = await post(server.url, requestBody(Q1), { headers: REQUEST_HEADERS });
    const nodeId = (q1.json?.data as { events: { nodes: Array<{ id: string }> } }).events.nodes[0]!.id;
    const query = benchQueries(nodeId).find((q) => q.id === args.query);
    if (!query) throw new Error(`--query must be one of ${QUERY_IDS.join(', ')}`);
    const body = requestBody(query.query);
    const answer = await post(server.url, body, { headers: REQUEST_HEADERS });
    if (answer.problems.length) throw new Error(`${query.id}: ${answer.problems.join('; ')}`);
    bodyBytes = answer.bytes.length;
    if (args.warmup) await load({ url: server.url, body, headers: { ...REQUEST_HEADERS }, connections: args.connections, seconds: args.warmup });
    const fromUs = nowUs();
    const run = await load({ url: server.url, body, headers: { ...REQUEST_HEADERS }, connections: args.connections, seconds: args.seconds });
    window = { fromUs, toUs: nowUs() };
    requests = run.requests;
    log(`${query.id}: ${run.requests} requests in ${run.seconds} s (${fixed(run.requests / run.seconds, 0)} req/s, ${bodyBytes} B each), ${run.non2xx} non-2xx`);
  } finally {
    await stopServer(server);
  }
  const file = mainThreadProfile(dir);
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const summary = summarizeProfile(file, args.top, window);
  const pct = (ms: number) => `${fixed((100 * ms) / summary.totalMs, 1).padStart(5)}%`;
  const table = (title: string, rows: Array<[string, number]>) => [title, ...rows.map(([name, ms]) => `  ${pct(ms)}  ${String(ms).padStart(6)} ms  ${name}`)].join('\n');
  console.log(
    [
      `profile: ${args.query}, ${args.seconds} s measured after ${args.warmup} s warm-up, -c ${args.connections}: busy ${summary.totalMs} ms (${fixed(summary.totalMs / requests, 3)} ms/request), idle ${summary.idleMs} ms, ${requests} requests of ${bodyBytes} B`,
      '',
      table('self time by function', summary.self),
      '',
      table('self time by module', summary.modules),
      '',
      table('inclusive time of src/ functions', summary.inclusive),
      ...(args.keep ? ['', `profile kept: ${file}`] : []),
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log((error as Error)?.stack ?? String(error));
    process.exit(2);
  },
);

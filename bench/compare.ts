/**
 * npm run bench:compare -- --before DIR --after DIR [--rounds 3] [--seconds 6] [--warmup 2] [--connections 20]
 *
 * Two builds of claimgraph (two checkouts, each built: `dist/src/server.js`)
 * served one at a time as `npm start` serves them and loaded by the same
 * load generator with the same queries (bench/queries.ts), alternating their
 * order between rounds; prints each query's req/s per round, the medians and
 * the change. `npm run bench` of each checkout measures each with its own
 * harness, which changed between releases: this compares like with like
 * (issue 11's "within 10% of before").
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { exitWithUsage, fixed, load, parseOptions, type Command } from '../tools/harness.js';
import { benchQueries, Q1, REQUEST_HEADERS, requestBody } from './queries.js';

const command: Command = { name: 'bench:compare', usage: 'usage: npm run bench:compare -- --before DIR --after DIR [--rounds 3] [--seconds 6] [--warmup 2] [--connections 20]' };
const args = parseOptions(command, {
  before: { type: 'string', default: '' },
  after: { type: 'string', default: '' },
  rounds: { type: 'number', default: 3, min: 1 },
  seconds: { type: 'number', default: 6, min: 1 },
  warmup: { type: 'number', default: 2, min: 0 },
  connections: { type: 'number', default: 20, min: 1 },
});
const builds = [args.before, args.after].map((dir) => {
  if (!dir) exitWithUsage(command, '--before and --after are both needed');
  const full = resolve(dir);
  if (!existsSync(join(full, 'dist/src/server.js'))) exitWithUsage(command, `${full} has no dist/src/server.js: run npm run build there first`);
  return full;
});
const PORT = 4521;
const url = `http://127.0.0.1:${PORT}/graphql`;

async function serve(cwd: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['dist/src/server.js'], { cwd, env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', NODE_ENV: 'production', CLAIMGRAPH_REQUEST_LOG: 'false' }, stdio: 'ignore' });
  for (const deadline = Date.now() + 120_000; ; ) {
    if (Date.now() > deadline) throw new Error(`${cwd}: not ready within 120 s`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return async () => {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
}

const results = new Map<string, Map<string, number[]>>();
for (let round = 0; round < args.rounds; round++) {
  for (const cwd of round % 2 ? [...builds].reverse() : builds) {
    const stop = await serve(cwd);
    try {
      const first = (await (await fetch(url, { method: 'POST', headers: REQUEST_HEADERS, body: requestBody(Q1) })).json()) as { data: { events: { nodes: Array<{ id: string }> } } };
      for (const q of benchQueries(first.data.events.nodes[0]!.id)) {
        const body = requestBody(q.query);
        if (args.warmup) await load({ url, body, headers: { ...REQUEST_HEADERS }, connections: args.connections, seconds: args.warmup });
        const run = await load({ url, body, headers: { ...REQUEST_HEADERS }, connections: args.connections, seconds: args.seconds });
        const perBuild = results.get(q.id) ?? new Map<string, number[]>();
        perBuild.set(cwd, [...(perBuild.get(cwd) ?? []), run.requests / run.seconds]);
        results.set(q.id, perBuild);
      }
    } finally {
      await stop();
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`bench:compare: ${args.rounds} round(s), ${args.warmup} s warm-up + ${args.seconds} s per query, -c ${args.connections}; req/s per round, then the median`);
for (const [id, perBuild] of results) {
  const [before, after] = builds.map((b) => perBuild.get(b)!);
  const change = (median(after!) - median(before!)) / median(before!);
  console.log(`${id}  before ${before!.map(Math.round).join('/')} (${Math.round(median(before!))})  after ${after!.map(Math.round).join('/')} (${Math.round(median(after!))})  change ${change >= 0 ? '+' : ''}${fixed(change * 100, 0)}%`);
}

/**
 * The scaffolding every tool that runs a server shares: bench/run.ts,
 * bench/scale.ts, tools/soak.ts and the tests' tests/helpers/server.ts.
 *
 * - arguments: typed options over node's util.parseArgs (`parseOptions`), a
 *   clear error naming the bad option, usage on -h/--help;
 * - processes: start a server with an IPC readiness signal (claimgraph's
 *   protocol, src/http/ipc.ts: `ready` with its port, or `failed` and exit 1;
 *   the bench peers send the same `ready`, bench/servers/lifecycle.ts), stop
 *   it, ask its memory over IPC, read CPU time / RSS / VmHWM from /proc. Every
 *   child is tracked: whatever way this process exits, what is left is killed;
 * - `post`: a GraphQL POST to loopback, its answer parsed and checked;
 *   `load`: autocannon against a loopback server, with exact counts;
 * - statistics: percentiles, median, min/max; and the few formatting helpers
 *   the reports share.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { MEMORY_REQUEST, type MemoryReport } from '../src/http/ipc.js';

export type { MemoryReport };

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const MiB = 1024 * 1024;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `name: message` on stderr: progress and problems never mix with a tool's report on stdout. */
export const logger =
  (name: string) =>
  (message: string): void =>
    console.error(`${name}: ${message}`);

// ================================================================ arguments

export interface NumberOption {
  type: 'number';
  default: number;
  /** Smallest value accepted (default 0). */
  min?: number;
  /** Whole numbers only (default true). */
  integer?: boolean;
}
export interface BooleanOption {
  type: 'boolean';
  default?: boolean;
  short?: string;
}
export interface StringOption {
  type: 'string';
  default: string;
  short?: string;
}
/** A comma-separated list; with `allowed`, a subset of it in its order, without repeats. */
export interface ListOption {
  type: 'list';
  default: readonly string[];
  allowed?: readonly string[];
}
export type OptionSpec = NumberOption | BooleanOption | StringOption | ListOption;

export type OptionValues<S extends Record<string, OptionSpec>> = {
  -readonly [K in keyof S]: S[K] extends NumberOption
    ? number
    : S[K] extends BooleanOption
      ? boolean
      : S[K] extends ListOption
        ? S[K] extends { allowed: readonly (infer T)[] }
          ? T[]
          : string[]
        : string;
};

/** A command line tool: its name (the prefix of its messages) and its usage text. */
export interface Command {
  name: string;
  usage: string;
}

/** Help (stdout, exit 0), or `name: message` and the usage (stderr, exit 2). */
export function exitWithUsage(command: Command, message?: string): never {
  if (!message) {
    console.log(command.usage);
    process.exit(0);
  }
  console.error(`${command.name}: ${message}`);
  console.error(command.usage);
  process.exit(2);
}

/** `name: message` on stderr and exit 1: input the tool cannot use (a bad file, a missing folder), named in one line. */
export function exitWithError(command: Command, message: string): never {
  console.error(`${command.name}: ${message}`);
  process.exit(1);
}

/** What `run` returns, or exit 1 in one line when it throws an error `isInputError` accepts (any other error is a bug: thrown). */
export function orExit<T>(command: Command, run: () => T, isInputError: (error: unknown) => error is Error): T {
  try {
    return run();
  } catch (error) {
    if (isInputError(error)) exitWithError(command, error.message);
    throw error;
  }
}

/** A whole number of at least `min`, or exit 2 naming the option. */
export function parseInteger(command: Command, name: string, raw: string, min = 0): number {
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min) exitWithUsage(command, `--${name} must be an integer of at least ${min}, got ${JSON.stringify(raw)}`);
  return n;
}

function parseNumber(command: Command, name: string, raw: string, spec: NumberOption): number {
  if (spec.integer ?? true) return parseInteger(command, name, raw, spec.min ?? 0);
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < (spec.min ?? 0)) exitWithUsage(command, `--${name} must be a number of at least ${spec.min ?? 0}, got ${JSON.stringify(raw)}`);
  return n;
}

function parseList(command: Command, name: string, raw: string, spec: ListOption): string[] {
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (!spec.allowed) {
    if (!items.length) exitWithUsage(command, `--${name} is empty`);
    return items;
  }
  const allowed = spec.allowed;
  const wanted = items.map((i) => i.toLowerCase());
  const unknown = wanted.filter((i) => !allowed.includes(i));
  if (unknown.length || !wanted.length) exitWithUsage(command, `--${name} takes a comma-separated subset of ${allowed.join(',')}, got ${JSON.stringify(raw)}`);
  return allowed.filter((a) => wanted.includes(a));
}

/**
 * Parses `--name value` options (no positionals) with util.parseArgs, strict:
 * an unknown option, a missing value or a bad number exits 2 naming it, with
 * the usage; -h/--help prints the usage and exits 0.
 */
export function parseOptions<const S extends Record<string, OptionSpec>>(command: Command, specs: S, argv: string[] = process.argv.slice(2)): OptionValues<S> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
    if ((spec.type === 'boolean' || spec.type === 'string') && spec.short) options[name].short = spec.short;
  }
  let values: Record<string, string | boolean | undefined> = {};
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }) as { values: Record<string, string | boolean | undefined> });
  } catch (error) {
    exitWithUsage(command, (error as Error).message);
  }
  if (values.help) exitWithUsage(command);
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = values[name];
    if (spec.type === 'boolean') out[name] = raw === undefined ? (spec.default ?? false) : raw === true;
    else if (raw === undefined) out[name] = spec.type === 'list' ? [...spec.default] : spec.default;
    else if (spec.type === 'number') out[name] = parseNumber(command, name, String(raw), spec);
    else if (spec.type === 'list') out[name] = parseList(command, name, String(raw), spec);
    else out[name] = String(raw);
  }
  return out as OptionValues<S>;
}

// ================================================================ exit paths

const tempDirs = new Set<string>();

/** A fresh temporary folder (under `parent`, default the system's), removed when this process exits (any way but SIGKILL). */
export function makeTempDir(prefix: string, parent = tmpdir()): string {
  installExitHook();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/**
 * SIGINT/SIGTERM exit the tool (`name: SIGINT received`), and with `limitS` a
 * hard time limit does too (after `onLimit`, e.g. writing partial results):
 * either way the exit hook kills every server still running.
 */
export function guardRun(name: string, options: { limitS?: number; onLimit?: () => void; signalExitCode?: number } = {}): void {
  installExitHook();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`${name}: ${signal} received, stopping every server`);
      process.exit(options.signalExitCode ?? (signal === 'SIGINT' ? 130 : 143));
    });
  }
  if (options.limitS === undefined) return;
  const limitS = options.limitS;
  setTimeout(() => {
    console.error(`${name}: time limit of ${limitS} s reached, stopping every server and giving up`);
    try {
      options.onLimit?.();
    } finally {
      process.exit(2);
    }
  }, limitS * 1000).unref();
}

// ================================================================ processes

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    killAllChildren();
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Kills (SIGKILL) every child still running: for exit paths that cannot wait. Runs by itself on exit. */
export function killAllChildren(): void {
  for (const child of live) if (alive(child)) child.kill('SIGKILL');
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export const describeExit = (exit: Exit): string => (exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`);

export interface StartOptions {
  /** Names the server in messages. */
  name: string;
  /** The script node runs, relative to cwd (or absolute). */
  entry: string;
  args?: string[];
  /** node's own flags, e.g. ['--expose-gc', '--import', 'tsx']; never inherited from this process. */
  nodeArgs?: string[];
  /** Default: the project root. */
  cwd?: string;
  /** The whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /**
   * 'ready' (default): resolve on the IPC `ready` message. 'listening': resolve
   * on claimgraph's first line `claimgraph: listening on HOST:PORT`, before the
   * data is loaded; `ready` then resolves later.
   */
  until?: 'ready' | 'listening';
  /** Time allowed to get ready (default 60 s); then the server is killed. */
  timeoutMs?: number;
  /** Called every `waitingEveryMs` (default 30 s) while the server is not ready. */
  onWaiting?: (elapsedMs: number, memory: ProcMemory | null) => void;
  waitingEveryMs?: number;
  /** Characters of output kept (default 64 KiB). */
  outputLimit?: number;
}

export interface Ready {
  port: number;
  /** Milliseconds from the spawn to the ready message (this process's clock). */
  ms: number;
  /** The server's own figure, from its process start (claimgraph's `startMs`), when it sends one. */
  serverStartMs: number | null;
}

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  port: number;
  /** http://127.0.0.1:PORT: traffic goes to loopback only, whatever name the server prints. */
  origin: string;
  /** origin + /graphql */
  url: string;
  /** Milliseconds from the spawn to the point `until` waited for. */
  startMs: number;
  /** Resolves on the IPC `ready` message (already resolved when started until 'ready'); rejects as a failed start does. */
  ready: Promise<Ready>;
  /** Resolves once the process has exited and its output is read. */
  exited: Promise<Exit>;
  /** The last `outputLimit` characters of its stdout and stderr. */
  output: () => string;
}

/** A server that did not get ready: why, how it exited (if it did) and what it printed. */
export class StartError extends Error {
  constructor(
    readonly reason: string,
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly output: string,
    name: string,
  ) {
    super(`${name}: ${reason}\n--- its output ---\n${output.slice(-4000)}`);
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const LISTENING_LINE = /^claimgraph: listening on (\S+):(\d+)\b/m;

/**
 * Starts `node [nodeArgs] entry [args]` with an IPC channel and resolves once
 * it is ready (see StartOptions.until). Rejects with a StartError when it
 * sends `failed` (after it has exited, so its output is complete), exits,
 * cannot be spawned, or is not ready within the time-out (then it is killed).
 */
export function startServer(options: StartOptions): Promise<ServerProcess> {
  installExitHook();
  const until = options.until ?? 'ready';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limit = options.outputLimit ?? 64 * 1024;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry, ...(options.args ?? [])], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  live.add(child);
  let output = '';
  let stdout = '';
  const listening = deferred<number>();
  const ready = deferred<Ready>();
  child.stdout!.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-limit);
    if (stdout.length < 4096) {
      stdout += chunk.toString();
      const match = LISTENING_LINE.exec(stdout);
      if (match) listening.resolve(Number(match[2]));
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-limit);
  });

  // 'close' comes once the output is read too; a grandchild holding the pipes open must not hold us.
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      live.delete(child);
      setTimeout(() => resolve({ code, signal }), 1000).unref();
      child.on('close', () => resolve({ code, signal }));
    });
  });

  let failure: string | null = null;
  let settled = false;
  const fail = (reason: string, exit: Exit | null) => {
    if (settled) return;
    settled = true;
    const error = new StartError(reason, exit?.code ?? null, exit?.signal ?? null, output, options.name);
    listening.reject(error);
    ready.reject(error);
  };
  child.on('message', (message: unknown) => {
    const m = message as { type?: unknown; port?: unknown; startMs?: unknown; message?: unknown } | null;
    if (m?.type === 'ready' && typeof m.port === 'number' && !settled) {
      settled = true;
      ready.resolve({ port: m.port, ms: performance.now() - started, serverStartMs: typeof m.startMs === 'number' ? m.startMs : null });
      listening.resolve(m.port);
    } else if (m?.type === 'failed' && !settled) {
      // It exits at once: wait for that, so the rejection carries all it printed.
      failure = String(m.message);
      setTimeout(() => alive(child) && child.kill('SIGKILL'), 5000).unref();
    }
  });
  void exited.then((exit) => fail(failure ? `refused to start (${describeExit(exit)}): ${failure}` : `exited (${describeExit(exit)}) before it was ready`, exit));
  child.on('error', (error) => {
    if (settled) return;
    if (alive(child)) child.kill('SIGKILL');
    fail(`could not start: ${error.message}`, null);
  });
  const timer = setTimeout(() => {
    const memory = procMemory(child.pid);
    if (alive(child)) child.kill('SIGKILL');
    const mib = (b: number | undefined) => (b === undefined ? '?' : (b / MiB).toFixed(0));
    fail(`not ready within ${timeoutMs / 1000} s (killed; RSS then ${mib(memory?.rss)} MiB, peak ${mib(memory?.peak)} MiB)`, null);
  }, timeoutMs);
  const waiting = options.onWaiting
    ? setInterval(() => options.onWaiting!(performance.now() - started, procMemory(child.pid)), options.waitingEveryMs ?? 30_000)
    : null;
  const stopWaiting = () => {
    clearTimeout(timer);
    if (waiting) clearInterval(waiting);
  };
  ready.promise.then(stopWaiting, stopWaiting);
  // Whichever of the two the caller does not wait for must not be an unhandled rejection.
  ready.promise.catch(() => {});
  listening.promise.catch(() => {});

  const point = until === 'listening' ? listening.promise : ready.promise.then((r) => r.port);
  return point.then((port) => {
    const origin = `http://127.0.0.1:${port}`;
    return { name: options.name, child, pid: child.pid!, port, origin, url: `${origin}/graphql`, startMs: performance.now() - started, ready: ready.promise, exited, output: () => output };
  });
}

export const isRunning = (server: ServerProcess): boolean => alive(server.child);

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone (`forced`: it took SIGKILL). */
export async function stopServer(server: ServerProcess, graceMs = 5000): Promise<Exit & { forced: boolean }> {
  let forced = false;
  if (alive(server.child)) server.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!alive(server.child)) return;
    forced = true;
    server.child.kill('SIGKILL');
  }, graceMs);
  const exit = await server.exited;
  clearTimeout(timer);
  return { ...exit, forced };
}

/** Asks a server over IPC for its memory (after a forced GC when it runs with --expose-gc). */
export function askMemory(server: ServerProcess, timeoutMs = 10_000): Promise<MemoryReport> {
  const child = server.child;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      const m = message as Partial<MemoryReport> | null;
      if (m?.type !== 'memory' || typeof m.rss !== 'number' || typeof m.heapUsed !== 'number') return;
      done();
      resolve(m as MemoryReport);
    };
    const onExit = () => {
      done();
      reject(new Error(`${server.name} exited before answering the memory request`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${server.name} did not answer the memory request within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    if (!child.connected) return onExit();
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(MEMORY_REQUEST);
  });
}

// ---------------------------------------------------------------- /proc (Linux)

let clockTicks: number | null = null;
/** `getconf CLK_TCK`: the unit of utime/stime in /proc/<pid>/stat (100 almost everywhere). */
export function clkTck(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** utime + stime of a process (all its threads), in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clkTck();
}

export interface ProcMemory {
  /** VmRSS, bytes. */
  rss: number;
  /** VmHWM, the peak RSS so far, bytes. */
  peak: number;
}

/** VmRSS and VmHWM of a process; null when it or /proc is not there. */
export function procMemory(pid: number | undefined): ProcMemory | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** CPU time the whole machine spent busy (every core, every process), in milliseconds: /proc/stat. */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / clkTck();
}

// ================================================================ post

/** What current GraphQL clients send (GraphQL over HTTP): request errors then answer 4xx. */
export const GRAPHQL_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' } as const;

export interface GraphQLBody {
  data?: unknown;
  errors?: Array<{ message?: string; extensions?: { code?: string } & Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface Answer {
  status: number;
  contentType: string;
  etag: string | null;
  bytes: Buffer;
  text: string;
  /** The parsed body; null when it is not JSON. */
  json: GraphQLBody | null;
  /** Milliseconds from sending the request to the end of the answer. */
  ms: number;
  /** Why this is not a clean answer (200, JSON, data, no errors); empty when it is. */
  problems: string[];
}

/** Problems with an answer on its own: not 200, not JSON, GraphQL errors, no data. */
export function answerProblems(answer: Omit<Answer, 'problems'>): string[] {
  const problems: string[] = [];
  if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  if (!/^application\/(graphql-response\+)?json\b/.test(answer.contentType)) problems.push(`content-type ${JSON.stringify(answer.contentType)}`);
  if (!answer.json) problems.push(`body is not JSON: ${answer.text.slice(0, 300)}`);
  else {
    if (Array.isArray(answer.json.errors) && answer.json.errors.length) problems.push(`errors: ${JSON.stringify(answer.json.errors).slice(0, 500)}`);
    if (answer.json.data == null) problems.push('no data');
  }
  return problems;
}

/** Keep-alive connections: sequential requests reuse one socket, as a client would. */
const agent = new Agent({ keepAlive: true });
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface PostOptions {
  /** Default GRAPHQL_HEADERS. */
  headers?: Record<string, string>;
  /** Default 30 s. */
  timeoutMs?: number;
}

/** POSTs `body` (a JSON string, or an object to serialise) to a loopback GraphQL URL; the answer comes checked (`problems`). */
export async function post(url: string, body: string | object, options: PostOptions = {}): Promise<Answer> {
  const target = new URL(url);
  if (!LOOPBACK.has(target.hostname)) throw new Error(`post: ${url} is not on loopback`);
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const once = () =>
    new Promise<Answer>((resolve, reject) => {
      const started = performance.now();
      const timeoutMs = options.timeoutMs ?? 30_000;
      const req = request(
        {
          host: target.hostname.replace(/^\[|\]$/g, ''),
          port: target.port,
          path: target.pathname + target.search,
          method: 'POST',
          agent,
          headers: { ...(options.headers ?? GRAPHQL_HEADERS), 'content-length': Buffer.byteLength(payload) },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const bytes = Buffer.concat(chunks);
            const text = bytes.toString('utf8');
            let json: GraphQLBody | null = null;
            try {
              json = JSON.parse(text) as GraphQLBody;
            } catch {
              json = null;
            }
            const header = (name: string) => [res.headers[name]].flat()[0] ?? null;
            const answer = { status: res.statusCode ?? 0, contentType: header('content-type') ?? '', etag: header('etag'), bytes, text, json, ms: performance.now() - started };
            resolve({ ...answer, problems: answerProblems(answer) });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
      req.on('error', (error: NodeJS.ErrnoException) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
      req.end(payload);
    });
  try {
    return await once();
  } catch (error) {
    // A kept-alive socket the server closed just as we reused it: one retry on a fresh one.
    const e = error as NodeJS.ErrnoException & { reusedSocket?: boolean };
    if (e.reusedSocket && e.code === 'ECONNRESET') return once();
    throw error;
  }
}

/** Closes the kept-alive connections (they never hold this process open). */
export const closeConnections = (): void => agent.destroy();

// ================================================================ load

export interface LoadOptions {
  /** A loopback URL. */
  url: string;
  connections: number;
  seconds: number;
  /** The body of every request (a POST with `headers`, default GRAPHQL_HEADERS) ... */
  body?: string;
  headers?: Record<string, string>;
  /** ... or autocannon requests to cycle through. */
  requests?: autocannon.Request[];
  title?: string;
  /** Keep every response time. */
  recordLatencies?: boolean;
}

export interface LoadRun {
  /** Responses received. */
  requests: number;
  seconds: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Response times in ms, ascending (empty unless recordLatencies). */
  latencies: number[];
  /** This process's CPU time meanwhile (the load generator's, plus anything else it runs). */
  clientCpuMs: number;
  result: autocannon.Result;
}

/** Drives a server with autocannon (loaded on first use) for `seconds`; 10 s per-request time-out. */
export async function load(options: LoadOptions): Promise<LoadRun> {
  if (!LOOPBACK.has(new URL(options.url).hostname)) throw new Error(`load: ${options.url} is not on loopback`);
  const { default: autocannon } = await import('autocannon');
  const latencies: number[] = [];
  let non2xx = 0;
  const cpu0 = process.cpuUsage();
  const traffic = options.requests ? { requests: options.requests } : { method: 'POST' as const, headers: { ...(options.headers ?? GRAPHQL_HEADERS) }, body: options.body };
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: options.url, title: options.title, connections: options.connections, duration: options.seconds, timeout: 10, ...traffic }, (error, result) => {
      if (error) return reject(error);
      const cpu = process.cpuUsage(cpu0);
      resolve({
        requests: result.requests.total,
        seconds: result.duration,
        non2xx: Math.max(non2xx, result.non2xx),
        errors: result.errors,
        timeouts: result.timeouts,
        latencies: latencies.sort((x, y) => x - y),
        clientCpuMs: (cpu.user + cpu.system) / 1000,
        result,
      });
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status < 200 || status >= 300) non2xx++;
      if (options.recordLatencies) latencies.push(responseTime);
    });
  });
}

// ================================================================ statistics

/** The nearest-rank p-th percentile (0..100) of ascending values; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median of the finite values (the mean of the middle two for an even count); NaN when none. */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface Stats {
  count: number;
  min: number;
  max: number;
  mean: number;
  p50: number;
  p99: number;
}

/** Count, min, max, mean and nearest-rank p50/p99 of the finite values (NaN figures when none). */
export function stats(values: readonly number[]): Stats {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    count: v.length,
    min: v.length ? v[0]! : NaN,
    max: v.length ? v[v.length - 1]! : NaN,
    mean: v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN,
    p50: percentile(v, 50),
    p99: percentile(v, 99),
  };
}

// ================================================================ formatting

/** `x` with `digits` decimals, or n/a when it is missing or not finite. */
export const fixed = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));

/** Rounds to `digits` decimals. */
export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Columns two spaces apart, each padded to its widest cell; right-aligned where `rightAligned[i]`. */
export function formatTable(rows: string[][], rightAligned: readonly boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/**
 * Child servers for the benchmark: start (and wait for the line that says
 * where they listen), stop, and read their CPU time and RSS from /proc.
 * Every child ever started is tracked so the runner can kill what is left on
 * any exit, error, signal or time-out.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Server {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<string>;
  /** The process's last 32 KiB of output, for error messages. */
  output: () => string;
}

const live = new Set<ChildProcess>();

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Kills (SIGKILL) every child still running: for exit paths that cannot wait. */
export function killAllChildren(): void {
  for (const child of live) if (alive(child)) child.kill('SIGKILL');
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Matches the ready line; group 1 is the port. */
  ready: RegExp;
  timeoutMs: number;
}

export function startServer(options: StartOptions): Promise<Server> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve(signal ? `signal ${signal}` : `code ${code}`);
    }),
  );
  return new Promise<Server>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (alive(child)) child.kill('SIGKILL');
      reject(new Error(`${options.name}: ${why}\n--- its output ---\n${output.slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`not listening after ${options.timeoutMs / 1000} s`), options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-32 * 1024);
      if (settled) return;
      const match = options.ready.exec(output);
      if (!match) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        name: options.name,
        child,
        pid: child.pid!,
        // Whatever name the server prints for itself, traffic goes to loopback only.
        url: `http://127.0.0.1:${match[1]}/graphql`,
        exited,
        output: () => output,
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    void exited.then((how) => fail(`exited (${how}) before listening`));
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function stopServer(server: Server, graceMs = 5000): Promise<string> {
  if (alive(server.child)) server.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (alive(server.child)) server.child.kill('SIGKILL');
  }, graceMs);
  const how = await server.exited;
  clearTimeout(timer);
  return how;
}

export const isAlive = (server: Server) => alive(server.child);

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
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clkTck();
}

/** VmRSS of a process, in bytes. */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** CPU time the whole machine spent busy (every core, every process), in milliseconds: /proc/stat. */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / clkTck();
}


/**
 * Starts the real server (src/server.ts through tsx) on a free loopback port and
 * stops it: for tests that need HTTP, a browser or a notebook kernel. The
 * process handling is tools/harness.ts's: it resolves on the server's IPC
 * `ready` (the data loaded), or with `{ until: 'listening' }` as soon as it
 * listens, while /ready still answers 503; it rejects with `code` and `output`
 * when the server refuses to start.
 */
import type { ChildProcess } from 'node:child_process';
import { PROJECT_ROOT, startServer as startProcess, stopServer } from '../../tools/harness.js';

export { PROJECT_ROOT };

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  process: ChildProcess;
  output: () => string;
  /** Sends SIGTERM (SIGKILL after 10 s) and resolves with the exit code. */
  stop: () => Promise<number | null>;
  /** Resolves once the data is loaded (at once unless started `until: 'listening'`); rejects if the start fails. */
  ready: Promise<void>;
}

export interface StartServerOptions {
  /** 'ready' (default): once the data is loaded; 'listening': once the server listens, before it loads the data. */
  until?: 'ready' | 'listening';
  /** Default 50 s, under vitest's hook time-out. */
  timeoutMs?: number;
}

/** Rejects with a StartError (`code`: the exit code, `output`: what it printed) when the server does not get ready. */
export async function startServer(env: Record<string, string> = {}, options: StartServerOptions = {}): Promise<RunningServer> {
  const server = await startProcess({
    name: 'claimgraph',
    entry: 'src/server.ts',
    nodeArgs: ['--import', 'tsx'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    until: options.until ?? 'ready',
    timeoutMs: options.timeoutMs ?? 50_000,
  });
  const ready = server.ready.then(() => undefined);
  ready.catch(() => {}); // a test that does not wait for it must not see an unhandled rejection
  return {
    origin: server.origin,
    process: server.child,
    output: server.output,
    stop: async () => (await stopServer(server, 10_000)).code,
    ready,
  };
}

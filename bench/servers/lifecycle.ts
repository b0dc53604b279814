/**
 * The lifecycle every bench server shares. Loopback only: each listens on
 * 127.0.0.1, on PORT (default 0, a free port). Once ready it prints
 * `bench-server: <name> listening on <url>` and, when started by the harness
 * (tools/harness.ts, an IPC channel), sends the `ready` message claimgraph
 * sends (src/http/ipc.ts). It stops on SIGTERM, SIGINT or when that channel
 * closes (the runner died).
 */
import type { ReadyMessage } from '../../src/http/ipc.js';

export const HOST = '127.0.0.1';
export const PORT = Number(process.env.PORT ?? 0);

export function announce(name: string, port: number): void {
  console.log(`bench-server: ${name} listening on http://${HOST}:${port}/graphql`);
  process.send?.({ type: 'ready', port, startMs: Math.round(performance.now()) } satisfies ReadyMessage);
}

export function exitOnSignals(close?: () => unknown): void {
  const stop = () => {
    setTimeout(() => process.exit(0), 2000).unref();
    void Promise.resolve()
      .then(() => close?.())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

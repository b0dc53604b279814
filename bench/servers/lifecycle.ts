/**
 * The lifecycle every bench server shares. Loopback only: each listens on
 * 127.0.0.1, on PORT (default 0, a free port), and prints
 * `bench-server: <name> listening on <url>` once ready; it stops on SIGTERM,
 * SIGINT or when the runner's stdin pipe closes (the runner died).
 */
export const HOST = '127.0.0.1';
export const PORT = Number(process.env.PORT ?? 0);

export function announce(name: string, port: number): void {
  console.log(`bench-server: ${name} listening on http://${HOST}:${port}/graphql`);
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
  process.stdin.on('end', stop);
  process.stdin.resume();
}

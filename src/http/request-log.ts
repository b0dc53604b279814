/**
 * One JSON line per request on stdout: time, method, path, operation name,
 * HTTP status and duration. Switched off with CLAIMGRAPH_REQUEST_LOG=false.
 */
import type { Plugin } from 'graphql-yoga';

export type LogWriter = (line: string) => void;
export const writeToStdout: LogWriter = (line) => process.stdout.write(line + '\n');

/** A request's line: what yoga's requests and the known requests (known-requests.ts) both write. */
export function requestLogLine(method: string, path: string, operation: string | null, status: number, start: number | undefined): string {
  return JSON.stringify({
    time: new Date().toISOString(),
    method,
    path,
    operation,
    status,
    ms: start === undefined ? null : Math.round((performance.now() - start) * 100) / 100,
  });
}

export function requestLogPlugin(write: LogWriter = writeToStdout): Plugin {
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, string>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onParams({ params, request }) {
      if (params.operationName) operations.set(request, params.operationName);
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      write(requestLogLine(request.method, new URL(request.url).pathname, operations.get(request) ?? null, response.status, start));
    },
  };
}

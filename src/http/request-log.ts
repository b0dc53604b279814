/**
 * One JSON line per request on stdout: time, method, path, operation name,
 * HTTP status and duration. Switched off with CLAIMGRAPH_REQUEST_LOG=false.
 */
import type { Plugin } from 'graphql-yoga';

export function requestLogPlugin(write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Plugin {
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
      const url = new URL(request.url);
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          method: request.method,
          path: url.pathname,
          operation: operations.get(request) ?? null,
          status: response.status,
          ms: start === undefined ? null : Math.round((performance.now() - start) * 100) / 100,
        }),
      );
    },
  };
}

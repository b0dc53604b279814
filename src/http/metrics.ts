/**
 * Prometheus metrics at GET /metrics (text exposition format), served by the
 * HTTP shell (server.ts) outside yoga: never behind CORS, and answered while
 * the data loads. CLAIMGRAPH_METRICS=false turns them off (then /metrics is a
 * 404). Every metric is listed in docs/production.md.
 *
 * Label sets stay bounded whatever clients send: no URL, query string or
 * document is ever a label. `operation` is the name of an operation of the
 * trusted documents (the project's manifests), `other` for any other name and
 * `anonymous` for none; `code` is a code of graphql/errors.ts or the
 * persisted-operations plugin's, else `OTHER`; `limit` one of the limits.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry, type Metric } from 'prom-client';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../domain/store.js';
import { ERROR_CODES } from '../graphql/errors.js';
import type { CacheObserver } from './response-cache.js';
import { normalizeDocumentId, requestDocumentId, type TrustedDocuments } from './trusted-documents.js';

/** Codes that label errors: ours, and the persisted-operations plugin's own. */
const CODES = new Set<string>([...Object.keys(ERROR_CODES), 'PERSISTED_QUERY_ID_REQUIRED', 'CANNOT_SEND_PQ_ID_AND_BODY']);
/** The limits of limits.ts, graphql/connection.ts (`list-size`) and the body limit (`body`). */
const LIMITS = new Set(['depth', 'aliases', 'tokens', 'directives', 'cost', 'field-merging', 'list-size', 'body']);

/** How a request ended. */
export type Outcome = 'success' | 'partial' | 'rejected' | 'not_modified' | 'error';

const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface RequestSeries {
  readonly labels: { operation: string; outcome: Outcome };
  count: number;
  sum: number;
  /** Observations per bucket (not cumulative); those over the last bound are only in `count`. */
  readonly buckets: Float64Array;
}

/** `graphql_request_duration_seconds` as prom-client's registry reads a histogram: cumulative buckets, sum, count. */
function requestDurations(series: ReadonlyMap<string, RequestSeries>) {
  const name = 'graphql_request_duration_seconds';
  return {
    name,
    help: 'Time from a GraphQL request to its answer, by operation and outcome',
    type: 'histogram',
    aggregator: 'sum',
    reset: () => {},
    get: async () => ({
      name,
      help: 'Time from a GraphQL request to its answer, by operation and outcome',
      type: 'histogram',
      aggregator: 'sum',
      values: [...series.values()].flatMap((s) => {
        let cumulative = 0;
        return [
          ...DURATION_BUCKETS.map((le, i) => ({ metricName: `${name}_bucket`, labels: { ...s.labels, le }, value: (cumulative += s.buckets[i]!) })),
          { metricName: `${name}_bucket`, labels: { ...s.labels, le: '+Inf' }, value: s.count },
          { metricName: `${name}_sum`, labels: s.labels, value: s.sum },
          { metricName: `${name}_count`, labels: s.labels, value: s.count },
        ];
      }),
    }),
  };
}

export interface Metrics {
  readonly contentType: string;
  /** The exposition text. */
  render(): Promise<string>;
  /** The yoga plugin that observes every GraphQL request. */
  plugin(): Plugin;
  /** Counts the response cache's hits and misses. */
  readonly responseCache: CacheObserver;
  /** A body refused at the HTTP edge (body-limit.ts), before yoga sees the request. */
  refusedBody(): void;
  /** A request answered without yoga (known-requests.ts): its operation's name, outcome and duration. */
  observe(operation: string | undefined, outcome: Outcome, seconds: number): void;
}

interface Seen {
  start: number;
  operation?: string;
  outcome?: Outcome;
}

export function createMetrics({ store, documents, graphqlPath }: { store: () => Store | null; documents: TrustedDocuments; graphqlPath: string }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  // The request count and duration of each (operation, outcome) are plain numbers a request adds to, read
  // into the exposition when scraped: prom-client hashes a label set on every observation otherwise.
  const series = new Map<string, RequestSeries>();
  /** Bodies refused at the HTTP edge: requests (anonymous, rejected) that yoga never timed. */
  let refusedAtEdge = 0;
  new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests, by operation and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of series.values()) this.inc(s.labels, s.count);
      if (refusedAtEdge) this.inc({ operation: 'anonymous', outcome: 'rejected' }, refusedAtEdge);
    },
  });
  registry.registerMetric(requestDurations(series) as unknown as Metric);
  const errors = new Counter({ name: 'graphql_errors_total', help: 'Errors in GraphQL answers, by extensions.code', labelNames: ['code'], registers: [registry] });
  const refusals = new Counter({ name: 'graphql_limit_refusals_total', help: 'Requests refused by a limit, by limit', labelNames: ['limit'], registers: [registry] });
  const hits = new Counter({ name: 'graphql_response_cache_hits_total', help: 'Answers served by the response cache (CLAIMGRAPH_RESPONSE_CACHE=true)', registers: [registry] });
  const misses = new Counter({ name: 'graphql_response_cache_misses_total', help: 'Answers the response cache did not hold, executed', registers: [registry] });
  new Gauge({
    name: 'graphql_dataset_records',
    help: 'Records of the data loaded, by kind (sources, claims, events)',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const loaded = store();
      if (!loaded) return;
      this.set({ kind: 'sources' }, loaded.counts.Source);
      this.set({ kind: 'claims' }, loaded.counts.Claim);
      this.set({ kind: 'events' }, loaded.counts.Event);
    },
  });
  new Gauge({
    name: 'graphql_dataset_info',
    help: 'The data loaded: its dataVersion (SHA-256 of the data folder) as a label; always 1',
    labelNames: ['data_version'],
    registers: [registry],
    collect() {
      // One series: the version being served, not every version since start.
      this.reset();
      const loaded = store();
      if (loaded) this.set({ data_version: loaded.version }, 1);
    },
  });

  const operationLabel = (name: string | undefined) => (!name ? 'anonymous' : documents.operationNames.has(name) ? name : 'other');

  /** The operation a request names before yoga reads it (a 304 is answered first): its operationName, or its documentId's. */
  const operationOfUrl = (request: Request): string | undefined => {
    const id = requestDocumentId(request);
    if (id) return documents.operationNameOf(id);
    if (request.method !== 'GET') return undefined;
    const params = new URL(request.url).searchParams;
    const fromUrl = params.get('documentId');
    return params.get('operationName') || (fromUrl ? documents.operationNameOf(normalizeDocumentId(fromUrl)) : undefined);
  };

  const record = (operation: string, outcome: Outcome, seconds: number) => {
    const key = `${operation}\u0000${outcome}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { labels: { operation, outcome }, count: 0, sum: 0, buckets: new Float64Array(DURATION_BUCKETS.length) }));
    s.count++;
    s.sum += seconds;
    const at = DURATION_BUCKETS.findIndex((bound) => seconds <= bound);
    if (at >= 0) s.buckets[at]!++;
  };

  const countError = (code: unknown, limit: unknown) => {
    const label = typeof code === 'string' && CODES.has(code) ? code : 'OTHER';
    errors.inc({ code: label });
    if (label === 'LIMIT_EXCEEDED') refusals.inc({ limit: typeof limit === 'string' && LIMITS.has(limit) ? limit : 'other' });
  };

  function plugin(): Plugin {
    const seen = new WeakMap<Request, Seen>();
    return {
      onRequest({ request, url }) {
        if (url.pathname === graphqlPath) seen.set(request, { start: performance.now() });
      },
      onParams({ request, params }) {
        const state = seen.get(request);
        if (state && typeof params.operationName === 'string' && params.operationName) state.operation = params.operationName;
      },
      onExecute({ args }) {
        const request = (args.contextValue as { request?: Request }).request;
        const state = request && seen.get(request);
        const name = state && !state.operation ? getOperationAST(args.document, args.operationName)?.name?.value : undefined;
        if (state && name) state.operation = name;
      },
      onResultProcess({ request, result }) {
        const state = seen.get(request);
        if (!state || Array.isArray(result) || Symbol.asyncIterator in result) return;
        const failed = result.errors ?? [];
        state.outcome = !failed.length ? 'success' : result.data != null ? 'partial' : 'rejected';
        for (const error of failed) {
          const extensions = (error as { extensions?: { code?: unknown; limit?: unknown } }).extensions;
          countError(extensions?.code, extensions?.limit);
        }
      },
      // Not async: a promise per answer costs every request; only an error body read before yoga made a result waits.
      onResponse({ request, response }) {
        const state = seen.get(request);
        // GraphiQL's page is not a GraphQL request.
        if (!state || (response.headers.get('content-type') ?? '').startsWith('text/html')) return;
        const finish = (outcome: Outcome) => {
          if (response.status === 413) refusals.inc({ limit: 'body' });
          record(operationLabel(state.operation ?? operationOfUrl(request)), outcome, (performance.now() - state.start) / 1000);
        };
        if (response.status === 304) return finish('not_modified');
        if (response.status >= 500) return finish('error');
        if (state.outcome) return finish(state.outcome);
        if (response.status < 400) return finish('success');
        if (!(response.headers.get('content-type') ?? '').includes('json')) return finish('rejected');
        // An error answered before yoga made a result (a malformed parameter, a 413): count its code from the body.
        return response
          .clone()
          .json()
          .catch(() => null)
          .then((body: { errors?: Array<{ extensions?: { code?: unknown; limit?: unknown } }> } | null) => {
            for (const error of body?.errors ?? []) countError(error.extensions?.code, error.extensions?.limit);
            finish('rejected');
          });
      },
    };
  }

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    plugin,
    responseCache: { hit: () => hits.inc(), miss: () => misses.inc() },
    observe: (operation, outcome, seconds) => record(operationLabel(operation), outcome, seconds),
    refusedBody() {
      refusedAtEdge++;
      errors.inc({ code: 'REQUEST_ENTITY_TOO_LARGE' });
      refusals.inc({ limit: 'body' });
    },
  };
}

/**
 * The HTTP shell: listens first, then loads the data, so `/health` answers
 * 200 at once and `/ready` answers 503 until the data is in (200 after). Every
 * other request goes to yoga. A load that fails exits non-zero listing every
 * fault; SIGTERM/SIGINT stop cleanly. A write a crash interrupted is finished
 * (the journal) before the data is loaded; curation writes go through the
 * data's writer (src/write/). `/metrics` (Prometheus, metrics.ts) is
 * answered here too, outside yoga: no CORS, and answered while loading. A
 * POST yoga has answered before from a plan is answered again without it
 * (known-requests.ts).
 * Traces (tracing.ts) start before anything else when an OTLP endpoint is set,
 * and are flushed on the way out.
 *
 * Environment: PORT (default 4000), HOST (default 0.0.0.0),
 * CLAIMGRAPH_DATA_DIR (default the bundled data/), CLAIMGRAPH_CACHE_DIR (where
 * snapshots are kept; default .cache/ in the project; `off` for none), and the
 * settings of src/config.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { ConfigError, configFromEnv, curatorsFromEnv, tracingEnabled, type Config, type Curator } from '../config.js';
import { ChangeFeed } from '../graphql/feed.js';
import { schema } from '../graphql/schema.js';
import { DataError, loadData } from '../load/index.js';
import { ReadWriteGate } from '../write/gate.js';
import { DataWriter } from '../write/writer.js';
import { CLAIMGRAPH_VERSION, PROJECT_ROOT } from '../project.js';
import { declaresTooLarge, isChunked, readWithin, refuseTooLarge } from './body-limit.js';
import { compiledExecution } from './compiled-execution.js';
import { announce, answerMemoryRequests } from './ipc.js';
import { knownRequests, sendThroughYoga, type KnownRequests } from './known-requests.js';
import { createMetrics } from './metrics.js';
import { writeToStdout } from './request-log.js';
import { startTracing, type Tracing } from './tracing.js';
import { trustedDocuments } from './trusted-documents.js';
import { createClaimgraphYoga, GRAPHQL_PATH, type ClaimgraphYoga } from './yoga.js';

const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR || resolve(PROJECT_ROOT, 'data'));
const cacheSetting = process.env.CLAIMGRAPH_CACHE_DIR || resolve(PROJECT_ROOT, '.cache');
const cacheDir = cacheSetting === 'off' ? null : resolve(cacheSetting);
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '0.0.0.0';

function fail(message: string): never {
  console.error(`claimgraph: ${message}`);
  announce({ type: 'failed', message });
  // Exit at once: an IPC channel to a parent would otherwise keep the process alive.
  process.exit(1);
}

let config: Config;
let curators: Curator[];
try {
  config = configFromEnv();
  curators = curatorsFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(`refusing to start, ${error.message}`);
}

let yoga: ClaimgraphYoga | null = null;
/** Requests yoga answered from a plan, answered again without it (known-requests.ts); null while traces or the response cache are on. */
let known: KnownRequests | null = null;
/** The data's writer, once loaded: it holds the current store (curation writes change it in place). */
let writer: DataWriter | null = null;
const CATCH_UP_MS = 2000;

let tracing: Tracing | null = null;
if (tracingEnabled()) {
  try {
    tracing = await startTracing({ schema, graphqlPath: GRAPHQL_PATH, traceResolvers: config.traceResolvers, serviceVersion: CLAIMGRAPH_VERSION });
  } catch (error) {
    fail(`refusing to start, tracing is configured (OTEL_EXPORTER_OTLP_ENDPOINT) but cannot start: ${(error as Error).message}`);
  }
}

let metrics: ReturnType<typeof createMetrics> | null = null;
try {
  metrics = config.metrics ? createMetrics({ store: () => writer?.store ?? null, documents: trustedDocuments(), graphqlPath: GRAPHQL_PATH }) : null;
} catch (error) {
  fail(`refusing to start: ${(error as Error).message}`);
}

/** GET /metrics: the Prometheus exposition text, with no CORS headers (no page of another origin may read it). */
function answerMetrics(res: ServerResponse) {
  metrics!.render().then(
    (text) => res.writeHead(200, { 'content-type': metrics!.contentType, 'cache-control': 'no-store' }).end(text),
    (error: unknown) => plain(res, 500, `metrics failed: ${(error as Error).message}\n`),
  );
}

function plain(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

/** Hands a chunked body, read within the limit, to yoga as a fetch Request. */
async function answerChunked(req: IncomingMessage, res: ServerResponse, handler: ClaimgraphYoga) {
  const body = await readWithin(req, config.maxBodyBytes);
  if (body === null) return refuse(req, res);
  await sendThroughYoga(handler, req, res, body);
}

/** A body over the limit, refused at the edge (and counted: yoga never sees it). */
function refuse(req: IncomingMessage, res: ServerResponse) {
  metrics?.refusedBody();
  refuseTooLarge(req, res);
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health') return plain(res, 200, 'ok\n');
  if (path === '/ready') return yoga ? plain(res, 200, 'ready\n') : plain(res, 503, 'loading data\n');
  if (path === '/metrics' && metrics && (req.method === 'GET' || req.method === 'HEAD')) return answerMetrics(res);
  if (!yoga) return plain(res, 503, 'loading data\n');
  if (declaresTooLarge(req, config.maxBodyBytes)) return refuse(req, res);
  if (known?.eligible(req)) {
    const answering = known;
    return void readWithin(req, config.maxBodyBytes)
      .then((body) => (body === null ? refuse(req, res) : answering.serve(req, res, body)))
      .catch(() => res.destroy());
  }
  if (isChunked(req)) return void answerChunked(req, res, yoga).catch(() => res.destroy());
  void yoga(req, res);
}

const server = createServer(handle);
// A client that asks before sending (Expect: 100-continue) learns of an oversized body without sending it.
server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
  if (declaresTooLarge(req, config.maxBodyBytes)) return refuse(req, res);
  res.writeContinue();
  handle(req, res);
});

server.on('error', (error) => fail(`cannot listen on ${host}:${port}: ${error.message}`));

server.listen(port, host, () => {
  const address = server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  console.log(`claimgraph: listening on ${host}:${shownPort}; /health answers now, /ready once the data is loaded`);
  const started = performance.now();
  const log = (line: string) => console.log(`claimgraph: ${line}`);
  load(log).then(
    (loadedWriter) => {
      const current = (writer = loadedWriter);
      const feed = new ChangeFeed();
      current.onCommit((committed) => feed.publish(committed));
      const stores = { current: () => current.store };
      const writes = { writer: current, gate: current.gate, feed, curators };
      const compiled = compiledExecution();
      yoga = createClaimgraphYoga(stores, config, { bodyLimitAtEdge: true, metrics, tracing, writes, compiled });
      if (!tracing && !config.responseCache) {
        known = knownRequests({ yoga, compiled, stores, graphqlPath: GRAPHQL_PATH, writes, metrics, log: config.requestLog ? writeToStdout : null });
      }
      const store = current.store;
      const { Source, Claim, Event } = store.counts;
      console.log(`claimgraph: ${Source} sources, ${Claim} claims, ${Event} events from ${dataDir} (dataVersion ${store.version.slice(0, 12)}, loaded in ${Math.round(performance.now() - started)} ms)`);
      console.log(
        curators.length
          ? `claimgraph: curation enabled for ${curators.length} curator(s): mutations write to ${dataDir}`
          : 'claimgraph: read-only (set CLAIMGRAPH_CURATOR_TOKENS to enable curation mutations)',
      );
      console.log(`claimgraph: GraphQL and GraphiQL at http://localhost:${shownPort}${GRAPHQL_PATH}`);
      announce({ type: 'ready', port: shownPort, startMs: Math.round(performance.now()) });
      // Writes of another process (npm run ingest) are applied when the change log grows: a stat every 2 s.
      setInterval(() => void current.refresh().catch((e: Error) => log(`could not apply another writer's changes: ${e.message}`)), CATCH_UP_MS).unref();
    },
    (error: unknown) => {
      if (error instanceof DataError) fail(`refusing to start, ${error.message}`);
      fail(`refusing to start: ${(error as Error).stack ?? String(error)}`);
    },
  );
});

/** Finishes a write a crash interrupted (the journal), loads the data, and makes its writer. */
async function load(log: (line: string) => void): Promise<DataWriter> {
  try {
    const recovered = await DataWriter.recover(dataDir);
    if (recovered) log(`finished write ${recovered.id} (${recovered.kind}) that a crash interrupted`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const loaded = await loadData(dataDir, { cacheDir, log });
  const writer = new DataWriter(dataDir, loaded, new ReadWriteGate(), log, config.writeLockTimeoutMs);
  if (curators.length) {
    // Curation on: the linker's knowledge of the data is made now, not by the first ingest.
    const started = performance.now();
    (await import('../write/ingest.js')).prepareLinker(writer, { now: true });
    log(`prepared the linker for ingests in ${Math.round(performance.now() - started)} ms`);
  }
  return writer;
}

function shutdown(signal: string) {
  console.log(`claimgraph: ${signal} received, finishing in-flight requests`);
  // The spans still buffered are exported before the process exits.
  server.close(() => void (tracing?.shutdown() ?? Promise.resolve()).catch(() => {}).finally(() => process.exit(process.exitCode ?? 0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(process.exitCode ?? 0), 10_000).unref();
}

answerMemoryRequests();
// A parent that forked this server (a test, a benchmark) and died without stopping it: stop too.
process.on('disconnect', () => shutdown('disconnect'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

/**
 * The HTTP shell: listens, answers /health and /ready, loads the data once and
 * hands every other request to yoga; stops cleanly on SIGTERM/SIGINT.
 *
 * Environment: PORT (default 4000), HOST (default 0.0.0.0),
 * CLAIMGRAPH_DATA_DIR (default the bundled data/).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { ConfigError, configFromEnv } from './config.js';
import { declaresTooLarge, isChunked, readWithin, refuseTooLarge } from './body-limit.js';
import { DataError, loadDataset } from './data/load.js';
import { answerMemoryRequests } from './memory-ipc.js';
import { PROJECT_ROOT } from './routes.js';
import { createClaimgraphYoga, GRAPHQL_PATH, type ClaimgraphYoga } from './yoga.js';

const dataDir = resolve(process.env.CLAIMGRAPH_DATA_DIR ?? resolve(PROJECT_ROOT, 'data'));
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '0.0.0.0';

let yoga: ClaimgraphYoga | null = null;

function plain(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

let maxBodyBytes = 0;

/** Hands a chunked body, read within the limit, to yoga as a fetch Request. */
async function answerChunked(req: IncomingMessage, res: ServerResponse, handler: ClaimgraphYoga) {
  const body = await readWithin(req, maxBodyBytes);
  if (body === null) return refuseTooLarge(res);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && name !== 'transfer-encoding') headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const response = await handler.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: req.method, headers, body: new Uint8Array(body) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health') return plain(res, 200, 'ok\n');
  if (path === '/ready') return yoga ? plain(res, 200, 'ready\n') : plain(res, 503, 'loading data\n');
  if (!yoga) return plain(res, 503, 'loading data\n');
  if (declaresTooLarge(req, maxBodyBytes)) return refuseTooLarge(res);
  if (isChunked(req)) return void answerChunked(req, res, yoga).catch(() => res.destroy());
  void yoga(req, res);
});

server.listen(port, host, () => {
  try {
    const started = performance.now();
    const config = configFromEnv();
    const dataset = loadDataset(dataDir);
    maxBodyBytes = config.maxBodyBytes;
    yoga = createClaimgraphYoga(dataset, config, { bodyLimitAtEdge: true });
    const address = server.address();
    const shownPort = typeof address === 'object' && address ? address.port : port;
    console.log(
      `claimgraph: ${dataset.sources.length} sources, ${dataset.claims.length} claims, ${dataset.events.length} events from ${dataDir} ` +
        `(dataVersion ${dataset.version.slice(0, 12)}, loaded in ${Math.round(performance.now() - started)} ms)`,
    );
    console.log(`claimgraph: GraphQL and GraphiQL at http://localhost:${shownPort}${GRAPHQL_PATH}`);
  } catch (error) {
    console.error(error instanceof DataError || error instanceof ConfigError ? `claimgraph: refusing to start, ${error.message}` : error);
    // Exit at once: an IPC channel to a parent (the soak, the benchmarks) would otherwise keep the process alive.
    process.exit(1);
  }
});

server.on('error', (error) => {
  console.error(`claimgraph: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

function shutdown(signal: string) {
  console.log(`claimgraph: ${signal} received, finishing in-flight requests`);
  server.close(() => process.exit(process.exitCode ?? 0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(process.exitCode ?? 0), 10_000).unref();
}
answerMemoryRequests();

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

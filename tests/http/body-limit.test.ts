/**
 * Oversized bodies always get their 413: the server reads the rest of the
 * body (and drops it) instead of closing while the client is still sending,
 * which would reset the connection before the client reads the answer.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.js';

const MiB = 1024 * 1024;

/** POSTs `size` bytes in 64 KiB chunks with a declared length; resolves with the status, or the socket error. */
function postOversized(origin: string, size: number): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const req = request(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': size } });
    let status: number | undefined;
    req.on('response', (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => resolve({ status }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status, error: e.code ?? e.message }));
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('oversized bodies', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('60 bodies of 2 MB and 20 MB all get a 413, none a reset connection', { timeout: 120_000 }, async () => {
    const sizes = Array.from({ length: 60 }, (_, i) => (i % 2 ? 20 : 2) * MiB);
    const results: Array<{ status?: number; error?: string }> = [];
    // Four at a time: several clients sending at once, as a proxy would.
    for (let i = 0; i < sizes.length; i += 4) results.push(...(await Promise.all(sizes.slice(i, i + 4).map((size) => postOversized(server.origin, size)))));
    expect(results).toHaveLength(60);
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results.map((r) => r.status)).toEqual(Array(60).fill(413));
    // And the server is still answering.
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
  });
});

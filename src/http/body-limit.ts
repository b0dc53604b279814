/**
 * The request-body limit, enforced at the HTTP edge: a declared length over the
 * limit is refused before a byte is kept, and a chunked body is counted as it
 * arrives. Cheaper than yoga's own limit, which pipes every body through a
 * stream (docs/performance.md); the answer is the same 413.
 *
 * An oversized body is still read to its end (and dropped) after the 413 is
 * sent: closing the connection while the client is still sending would reset
 * it before the client reads the answer. Past DRAIN_LIMIT bytes the
 * connection is closed instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from '../graphql/errors.js';

export const TOO_LARGE_BODY = errorBody('Request body too large', 'REQUEST_ENTITY_TOO_LARGE');

/** How much of an oversized body is read and dropped so that its client reads the 413. */
export const DRAIN_LIMIT = 64 * 1024 * 1024;

export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' }).end(TOO_LARGE_BODY);
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/** Whether the request declares a body longer than the limit. */
export function declaresTooLarge(req: IncomingMessage, limit: number): boolean {
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) > limit;
}

/** Whether the body comes without a declared length (chunked) and must be counted. */
export const isChunked = (req: IncomingMessage) => req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined;

/** Reads a chunked body, or resolves null as soon as it passes the limit (the rest is left to refuseTooLarge). */
export function readWithin(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

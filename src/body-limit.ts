/**
 * The request-body limit, enforced at the HTTP edge: a declared length over the
 * limit is refused before a byte is read, and a chunked body is counted as it
 * arrives. Cheaper than yoga's own limit, which pipes every body through a
 * stream (docs/performance.md); the answer is the same 413.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const TOO_LARGE_BODY = JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });

export function refuseTooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(TOO_LARGE_BODY);
}

/** Whether the request declares a body longer than the limit. */
export function declaresTooLarge(req: IncomingMessage, limit: number): boolean {
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) > limit;
}

/** Whether the body comes without a declared length (chunked) and must be counted. */
export const isChunked = (req: IncomingMessage) => req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined;

/** Reads a chunked body, or resolves null as soon as it passes the limit. */
export function readWithin(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

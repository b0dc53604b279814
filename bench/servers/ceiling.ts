/**
 * Server (b), the ceiling: a raw node:http server that answers each benchmark
 * request body with claimgraph's precomputed response bytes and content-type.
 * It still reads every request body to choose the answer; anything else is 404.
 *
 * usage: node --import tsx bench/servers/ceiling.ts <answers.json>
 * where answers.json is [{ "body": "<request body>", "contentType": "...", "base64": "<response bytes>" }]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { announce, exitOnSignals } from './lifecycle.js';

interface Stored {
  body: string;
  contentType: string;
  base64: string;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: ceiling.ts <answers.json>');
  process.exit(2);
}
const answers = new Map<string, { contentType: string; bytes: Buffer }>();
for (const a of JSON.parse(readFileSync(file, 'utf8')) as Stored[]) answers.set(a.body, { contentType: a.contentType, bytes: Buffer.from(a.base64, 'base64') });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const answer = req.method === 'POST' && req.url === '/graphql' ? answers.get(Buffer.concat(chunks).toString('utf8')) : undefined;
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not a benchmark request\n');
      return;
    }
    res.writeHead(200, { 'content-type': answer.contentType, 'content-length': answer.bytes.length });
    res.end(answer.bytes);
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  announce('ceiling', typeof address === 'object' && address ? address.port : 0);
});
exitOnSignals(() => new Promise((resolve) => server.close(resolve)));

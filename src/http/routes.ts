/**
 * The non-GraphQL pages, as a yoga plugin so `yoga.fetch` serves them too:
 * /viewer (the provenance viewer, built into dist/viewer by `npm run build`)
 * and /export/* (src/exports.ts).
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { errorResponse } from '../graphql/errors.js';
import { PROJECT_ROOT } from '../project.js';
import { answerExport, type Execute } from './exports.js';

const VIEWER_DIR = join(PROJECT_ROOT, 'dist', 'viewer');
const VIEWER_FILES: Record<string, string> = { '/viewer': 'index.html', '/viewer/': 'index.html', '/viewer/app.js': 'app.js', '/viewer/app.js.map': 'app.js.map', '/viewer/style.css': 'style.css' };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

export function routesPlugin(execute: Execute): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const viewerFile = VIEWER_FILES[url.pathname];
      if (viewerFile) {
        let body: Buffer;
        try {
          body = readFileSync(join(VIEWER_DIR, viewerFile));
        } catch {
          return endResponse(new Response('The viewer is not built: run `npm run build` (npm start does it).\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        }
        return endResponse(new Response(new Uint8Array(body), { headers: { 'content-type': TYPES[extname(viewerFile)]!, 'cache-control': 'no-cache' } }));
      }
      if (url.pathname.startsWith('/export/')) {
        const response = await answerExport(url.pathname.slice('/export/'.length), url.searchParams, execute);
        endResponse(response ?? errorResponse(404, `No export at ${url.pathname}: try /export/claims.csv, /export/events.csv or /export/events.geojson`, 'NOT_FOUND'));
      }
    },
  };
}

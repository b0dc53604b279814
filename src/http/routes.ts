/**
 * The non-GraphQL pages, as a yoga plugin so `yoga.fetch` serves them too:
 * /viewer (the provenance viewer, built into dist/viewer by `npm run build`),
 * /export/* (exports.ts; annotations.ts for the W3C Web Annotations) and
 * /sources/<slug>.txt (an article's text as stored: what every offset and
 * every annotation's selectors point into).
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { errorResponse } from '../graphql/errors.js';
import { PROJECT_ROOT } from '../project.js';
import { ExportSourceTextDocument, type ExportSourceTextQuery } from '../generated/graphql.js';
import type { Provenance } from '../graphql/provenance.js';
import { ANNOTATIONS_PATH, answerAnnotations } from './annotations.js';
import { answerExport, requestOf, type Execute } from './exports.js';

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
      if (url.pathname === ANNOTATIONS_PATH) return endResponse(await answerAnnotations(url, execute));
      if (url.pathname.startsWith('/export/')) {
        const response = await answerExport(url.pathname.slice('/export/'.length), url.searchParams, execute);
        endResponse(response ?? errorResponse(404, `No export at ${url.pathname}: try /export/claims.csv, /export/events.csv, /export/events.geojson or ${ANNOTATIONS_PATH}`, 'NOT_FOUND'));
      }
      const text = SOURCE_TEXT.exec(url.pathname);
      if (text) endResponse(await answerSourceText(decodeURIComponent(text[1]!), execute));
    },
  };
}

const SOURCE_TEXT = /^\/sources\/([^/]+)\.txt$/;

/** An article's text, as stored (UTF-8): the text the API's offsets and the annotations' selectors point into. */
async function answerSourceText(slug: string, execute: Execute): Promise<Response> {
  const response = await execute({ ...requestOf(ExportSourceTextDocument), variables: { slug } });
  const body = (await response.json()) as { data?: ExportSourceTextQuery; errors?: Array<{ extensions?: { code?: string } }>; extensions?: { provenance?: Provenance } };
  const source = body.data?.source;
  if (!source) {
    if (body.errors?.some((e) => e.extensions?.code === 'NOT_FOUND') || body.data) return errorResponse(404, `No source with slug ${JSON.stringify(slug.length > 80 ? `${slug.slice(0, 80)}…` : slug)}: its text would be at /sources/<slug>.txt`, 'NOT_FOUND');
    return new Response(JSON.stringify(body), { status: response.ok ? 400 : response.status, headers: { 'content-type': 'application/json; charset=utf-8' } });
  }
  return new Response(source.text, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-claimgraph-data-version': body.extensions?.provenance?.dataVersion ?? '' },
  });
}

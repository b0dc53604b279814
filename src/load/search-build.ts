/**
 * Building the search index while the rest of the data is linked. The build is the largest single step of
 * a cold load (tokenizing every field of every record, then sorting each term's postings) and needs
 * nothing the other steps make, so for a large corpus it runs in a worker thread, on another core, from the
 * documents' texts (`SearchDocuments`); its arrays come back transferred, not copied. A small corpus is
 * built in the thread that asks: a worker's start would cost more than the build. The data is the same
 * either way (tests/load/search-build.test.ts).
 */
import { Worker } from 'node:worker_threads';
import { buildSearchData, type SearchDocuments, type SearchIndexData } from '../domain/search/index.js';

/** From this many documents on, the index is built in a worker thread (x100, about 28,000, stays in thread). */
export const WORKER_FROM_DOCUMENTS = 100_000;

const documentCount = (documents: SearchDocuments) => documents.kindSizes.reduce((n, size) => n + size, 0);

/** The index data of the documents: in a worker thread for a large corpus, here for a small one. */
export function buildSearch(documents: SearchDocuments): Promise<SearchIndexData> {
  return documentCount(documents) >= WORKER_FROM_DOCUMENTS ? buildSearchInWorker(documents) : Promise.resolve(buildSearchData(documents));
}

/** The index data of the documents, built in a worker thread; rejects with the worker's error. The documents' arrays are handed over (detached here). */
export function buildSearchInWorker(documents: SearchDocuments): Promise<SearchIndexData> {
  const script = new URL(`./search-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  return new Promise((resolve, reject) => {
    // Under tsx (tests, `npm run dev`) the worker registers tsx's loader before it imports the TypeScript.
    const options = { workerData: documents, transferList: [documents.pieces.buffer as ArrayBuffer, documents.fieldStarts.buffer as ArrayBuffer] };
    const worker = script.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then(({ register }) => register()).then(() => import(${JSON.stringify(script.href)}))`, { ...options, eval: true })
      : new Worker(script, options);
    let answered = false;
    worker.once('message', (data: SearchIndexData) => {
      answered = true;
      resolve(data);
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`the search index could not be built: ${error.message}`)));
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the search index could not be built: its worker exited with code ${code}`));
    });
  });
}

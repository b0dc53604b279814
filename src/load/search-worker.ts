/** A worker thread that builds the search index's data from its documents (search-build.ts) and hands the arrays back. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchData, type SearchDocuments } from '../domain/search/index.js';

const data = buildSearchData(workerData as SearchDocuments);
const arrays = Object.values(data).filter((value): value is ArrayBufferView => ArrayBuffer.isView(value));
parentPort!.postMessage(data, arrays.map((array) => array.buffer as ArrayBuffer));

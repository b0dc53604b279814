/**
 * Test access to the API through `yoga.fetch` (no network), with the typed
 * documents codegen made from tests/operations/*.graphql.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../../src/config.js';
import type { Dataset } from '../../src/data/dataset.js';
import { loadDataset } from '../../src/data/load.js';
import type { Provenance } from '../../src/provenance.js';
import { createClaimgraphYoga, type ClaimgraphYoga } from '../../src/yoga.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

let cached: { dataset: Dataset; yoga: ClaimgraphYoga } | null = null;
export function bundled(): { dataset: Dataset; yoga: ClaimgraphYoga } {
  if (!cached) {
    const dataset = loadDataset(DATA_DIR);
    cached = { dataset, yoga: createClaimgraphYoga(dataset, { ...DEFAULTS, requestLog: false }) };
  }
  return cached;
}

export interface GraphQLErrorJSON {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Result<R> {
  status: number;
  data?: R | null;
  errors?: GraphQLErrorJSON[];
  extensions?: { provenance?: Provenance; [key: string]: unknown };
}

/** POSTs a raw body to /graphql and returns status and parsed JSON. */
export async function post(body: unknown, headers: Record<string, string> = {}, yoga = bundled().yoga): Promise<Result<Record<string, unknown>>> {
  const response = await yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Executes a typed document; the result's `data` is typed by codegen. */
export async function execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V, yoga = bundled().yoga): Promise<Result<R>> {
  return (await post({ query: print(document), variables }, {}, yoga)) as Result<R>;
}

export const slugsOf = (result: Result<unknown>) => result.extensions?.provenance?.sources.map((s) => s.slug);

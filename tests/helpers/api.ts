/**
 * Test access to the API through `yoga.fetch` (no network), with the typed
 * documents codegen made from tests/operations/*.graphql.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../../src/config.js';
import type { MemoryStore } from '../../src/domain/store.js';
import { fixedStore } from '../../src/graphql/context.js';
import type { Provenance } from '../../src/graphql/provenance.js';
import { createClaimgraphYoga, type ClaimgraphYoga } from '../../src/http/yoga.js';
import { loadStore } from '../../src/load/index.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The bundled data folder's store, loaded once per test file, and a yoga over it (request log off). */
const store = await loadStore(DATA_DIR);
const yoga = yogaOf(store);
export const bundled = (): { store: MemoryStore; yoga: ClaimgraphYoga } => ({ store, yoga });

/** A yoga over a store, with the default settings and no request log, or the settings given. */
export function yogaOf(of: MemoryStore, settings: Partial<typeof DEFAULTS> = {}): ClaimgraphYoga {
  return createClaimgraphYoga(fixedStore(of), { ...DEFAULTS, requestLog: false, ...settings });
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

/**
 * The viewer's one way to talk to the API: a typed document codegen made
 * (src/generated/graphql.ts) sent to the public /graphql endpoint by its
 * trusted document id. Queries go over GET (a proxy can cache them, and a
 * server that runs only trusted documents answers them); mutations go over
 * POST with `documentId` in the body and the curator's `Authorization: Bearer`
 * header (a GET never runs a mutation).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export const GRAPHQL_ENDPOINT = '/graphql';

/** One error of an answer, with its code (`extensions.code`) when it has one. */
export interface ApiError {
  message: string;
  code: string | null;
  extensions: Record<string, unknown>;
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: { provenance?: unknown };
}

/** A request that came back with GraphQL errors (or no GraphQL answer at all). */
export class RequestError extends Error {
  constructor(
    readonly operation: string,
    readonly details: string[],
    /** The answer's errors with their codes; empty when there was no GraphQL answer. */
    readonly errors: ApiError[] = [],
    /** The HTTP status; 0 when the server did not answer. */
    readonly status = 0,
  ) {
    super(`${operation}: ${details.join('; ')}`);
    this.name = 'RequestError';
  }

  /** Whether an error of the answer has this code (UNAUTHENTICATED, STALE_DATA_VERSION...). */
  has(code: string): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

export function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return 'query';
}

/** The trusted document id codegen gave a typed document (src/generated/persisted-documents.json). */
export function documentIdOf(document: TypedDocumentNode<unknown, unknown>): string {
  const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!id) throw new Error('a typed document without its trusted document id: run `npm run codegen`');
  return id;
}

export interface SendOptions {
  /** Called with `extensions.provenance` of every answer that has one, errors or not. */
  onProvenance?: (provenance: unknown) => void;
  /** The browser cache mode of a GET ('no-cache': always revalidate, as curator mode does). */
  cache?: RequestCache;
}

export interface Answer<R> {
  data: R;
  /** `extensions.provenance.dataVersion` of the answer ('' when it has none). */
  dataVersion: string;
}

/** The dataVersion an answer's `extensions.provenance` names, or ''. */
export function dataVersionOf(provenance: unknown): string {
  const version = provenance && typeof provenance === 'object' ? (provenance as { dataVersion?: unknown }).dataVersion : undefined;
  return typeof version === 'string' ? version : '';
}

async function answer<R>(name: string, response: Promise<Response>, options: SendOptions): Promise<Answer<R>> {
  let got: Response;
  try {
    got = await response;
  } catch (error) {
    throw new RequestError(name, [`the server did not answer (${error instanceof Error ? error.message : String(error)})`]);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await got.json()) as GraphQLResponse<R>;
  } catch {
    throw new RequestError(name, [`HTTP ${got.status}: the answer is not JSON`], [], got.status);
  }
  options.onProvenance?.(body.extensions?.provenance);
  if (body.errors?.length) {
    const errors = body.errors.map((e): ApiError => {
      const extensions = e.extensions && typeof e.extensions === 'object' ? e.extensions : {};
      return { message: e.message, code: typeof extensions.code === 'string' ? extensions.code : null, extensions };
    });
    throw new RequestError(
      name,
      errors.map((e) => (e.code ? `${e.message} [${e.code}]` : e.message)),
      errors,
      got.status,
    );
  }
  if (!body.data) throw new RequestError(name, [`HTTP ${got.status}: the answer has no data`], [], got.status);
  return { data: body.data, dataVersion: dataVersionOf(body.extensions?.provenance) };
}

/** Sends a query by its id over GET; resolves with its typed data, or throws a RequestError on any error. */
export function query<R, V>(document: TypedDocumentNode<R, V>, variables: V, options: SendOptions = {}): Promise<Answer<R>> {
  const doc = document as TypedDocumentNode<unknown, unknown>;
  const name = operationName(doc);
  const params = new URLSearchParams({ documentId: documentIdOf(doc), operationName: name, variables: JSON.stringify(variables) });
  return answer<R>(
    name,
    fetch(`${GRAPHQL_ENDPOINT}?${params}`, { headers: { accept: 'application/graphql-response+json' }, ...(options.cache ? { cache: options.cache } : {}) }),
    options,
  );
}

/** Sends a mutation by its id over POST, as the curator whose token it is; throws a RequestError on any error. */
export function mutate<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string, options: SendOptions = {}): Promise<Answer<R>> {
  const doc = document as TypedDocumentNode<unknown, unknown>;
  const name = operationName(doc);
  return answer<R>(
    name,
    fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: documentIdOf(doc), operationName: name, variables }),
      cache: 'no-store',
      credentials: 'omit',
    }),
    options,
  );
}

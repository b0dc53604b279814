/**
 * Every error a client can get: its stable `extensions.code`, the HTTP status
 * it comes with, and what it means (README's error table is checked against
 * this list by tests/api/errors.test.ts). Every hand-built error body is made
 * here too, so an error outside GraphQL execution (a 413, an export's 404) has
 * the same shape as one inside it.
 */
import { GraphQLError, type ASTNode, type Source } from 'graphql';

export const ERROR_CODES = {
  BAD_USER_INPUT: {
    status: '200 with `data` / 400 without',
    meaning:
      'An argument or variable is invalid: an out-of-range `first`/`last`, a malformed cursor or id, `excerpt` bounds, a bad `Date`, a name in a filter that matches nothing, a reversed date range, a search string of more than 200 characters, or a variable of the wrong type. The message names the argument and the bound, and `extensions.issues` lists `{ path, message }`. Page sizes and cursors are checked before execution (400).',
  },
  NOT_FOUND: {
    status: '200 (404 for a path)',
    meaning: 'A well-formed id or slug that names no record: the field is null and the error names the id. Outside GraphQL, a path with nothing to serve.',
  },
  LIMIT_EXCEEDED: {
    status: '400 (200 for a list over 100 items)',
    meaning:
      "The query breaks a limit: depth, aliases, tokens, directives or cost (or graphql-js's field-merging budget). The message names the limit and its value; `extensions` has `limit`, `max` and `found`. A deprecated plain list that would return more than 100 items refuses with this code and names its paged sibling.",
  },
  GRAPHQL_PARSE_FAILED: { status: '400', meaning: 'The query is not valid GraphQL syntax.' },
  GRAPHQL_VALIDATION_FAILED: { status: '400', meaning: 'The query does not fit the schema: an unknown field, argument or type, or a fragment cycle.' },
  OPERATION_RESOLUTION_FAILURE: { status: '400', meaning: 'No operation can be chosen: an unknown `operationName` (named in the message), or several operations and no name.' },
  OPERATION_NOT_SUPPORTED: { status: '400', meaning: 'A subscription sent without `Accept: text/event-stream`: subscriptions are served over server-sent events only.' },
  UNAUTHENTICATED: {
    status: '401',
    meaning: 'A mutation without a valid curator token: send `Authorization: Bearer <token>` with a token of `CLAIMGRAPH_CURATOR_TOKENS`. Nothing was written.',
  },
  FORBIDDEN: {
    status: '403',
    meaning: 'A mutation to a server with no curators configured: set `CLAIMGRAPH_CURATOR_TOKENS` (or `CLAIMGRAPH_CURATOR_TOKENS_FILE`) to enable writes. Nothing was written.',
  },
  STALE_DATA_VERSION: {
    status: '409',
    meaning: "A mutation's `expectedDataVersion` is not the current `dataVersion` (someone wrote since it was read): `extensions` has `expected` and `current`. Nothing was written.",
  },
  SERVICE_UNAVAILABLE: {
    status: '503',
    meaning: 'A mutation that could not start in time: another process held the data folder\'s write lock, or long requests held the read gate. Nothing was written; retry.',
  },
  PERSISTED_QUERY_NOT_IN_LIST: {
    status: '400',
    meaning:
      'A `documentId` that names no trusted document (the id is in the message), or, on a server that runs only trusted documents (`CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY=true`), a document sent in full that is none of them.',
  },
  BAD_REQUEST: {
    status: '400 (405, 415, 406)',
    meaning: 'The request is not GraphQL over HTTP: invalid JSON, no query, a malformed parameter, a wrong method or content type.',
  },
  REQUEST_ENTITY_TOO_LARGE: { status: '413', meaning: 'The body is over `CLAIMGRAPH_MAX_BODY_BYTES`.' },
  INTERNAL_SERVER_ERROR: {
    status: '500',
    meaning: 'A bug. The message is masked as "Unexpected error." with no stack trace or path. The test suite checks that no bad input leads here.',
  },
} as const satisfies Record<string, { status: string; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** An invalid argument or variable, naming it; `issues` lists each problem with its argument path. */
export function badUserInput(message: string, issues: readonly InputIssue[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(issues.length ? { issues } : {}) } });
}

/** One invalid argument: "Invalid argument: <path>: <problem>". */
export const invalidArgument = (path: string, problem: string): GraphQLError => badUserInput(`Invalid argument: ${path}: ${problem}`, [{ path, message: problem }]);

/** A well-formed id or slug that names no record. */
export function notFound(kind: string, by: 'id' | 'slug', value: string): GraphQLError {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return new GraphQLError(`No ${kind} with ${by} ${JSON.stringify(shown)}`, { extensions: { code: 'NOT_FOUND', [by]: shown } });
}

/**
 * A limit the request breaks. Found before execution, it is a request error: a
 * 400 for clients that accept application/graphql-response+json (GraphQL over
 * HTTP) and a 200 for legacy application/json clients, as yoga does for `spec`
 * errors. Found during execution (a list too long), it is a field error.
 */
export function limitExceeded(
  message: string,
  limit: string,
  max: number | undefined,
  found?: number,
  { duringExecution = false, ...at }: { nodes?: readonly ASTNode[]; source?: Source; positions?: readonly number[]; duringExecution?: boolean } = {},
): GraphQLError {
  return new GraphQLError(message, {
    ...at,
    extensions: { code: 'LIMIT_EXCEEDED', limit, ...(max === undefined ? {} : { max }), ...(found === undefined ? {} : { found }), ...(duringExecution ? {} : { http: { status: 400, spec: true } }) },
  });
}

/** A write refused before anything changed: the code's HTTP status goes with it (401, 403, 409, 503). */
export function writeRefused(code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'STALE_DATA_VERSION' | 'SERVICE_UNAVAILABLE', message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, STALE_DATA_VERSION: 409, SERVICE_UNAVAILABLE: 503 }[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, ...(code === 'UNAUTHENTICATED' ? { headers: { 'www-authenticate': 'Bearer realm="claimgraph"' } } : {}) } } });
}

/** A request that cannot be executed at all, with its code; `wellFormed` requests follow the GraphQL-over-HTTP status rules. */
export function requestError(message: string, code: ErrorCode = 'BAD_REQUEST', { wellFormed = true, nodes }: { wellFormed?: boolean; nodes?: readonly ASTNode[] } = {}): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, http: { status: 400, ...(wellFormed ? { spec: true } : {}) } } });
}

/** `{ errors: [{ message, extensions: { code } }] }` as JSON: the body of an error answered outside execution. */
export function errorBody(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** An error answered outside execution, as a fetch Response. */
export function errorResponse(status: number, message: string, code: ErrorCode, contentType = 'application/json'): Response {
  return new Response(errorBody(message, code), { status, headers: { 'content-type': `${contentType}; charset=utf-8` } });
}

/**
 * Request errors, answered the GraphQL-over-HTTP way: a request the server
 * cannot execute at all gets a 4xx status and a stable `extensions.code`, with
 * a message that says what was wrong, never a 200 without data or a 500.
 */
import { GraphQLError, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorResponse, requestError } from '../graphql/errors.js';

/** A bad parameter, answered in the media type the client accepts. */
function badParameter(request: Request, message: string): Response {
  const type = (request.headers.get('accept') ?? '').includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
  return errorResponse(400, message, 'BAD_REQUEST', type);
}

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/** Why no operation can be chosen from a query for an operation name, or null when one can. */
function operationProblem(params: { query?: string; operationName?: unknown } | undefined): string | null {
  if (!params?.query) return null;
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    return null;
  }
  const operations = operationsOf(document);
  const names = operations.map((o) => `"${o.name?.value ?? '(anonymous)'}"`).join(', ');
  if (typeof params.operationName === 'string' && params.operationName && !operations.some((o) => o.name?.value === params.operationName)) {
    return `Unknown operation named "${params.operationName}": the document has ${operations.length === 1 ? 'one operation' : 'the operations'} ${names}`;
  }
  if (!params.operationName && operations.length > 1) return `Missing parameter: operationName is required when the document has several operations (${names})`;
  if (operations.length === 0) return 'The document has no operation to execute (only fragments)';
  return null;
}

export function requestErrorsPlugin(graphqlPath: string): Plugin {
  const paramsOf = new WeakMap<Request, { query?: string; operationName?: unknown }>();
  return {
    // A GET whose `variables` or `extensions` is not JSON would make yoga's parser throw (a 500).
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' || url.pathname !== graphqlPath) return;
      for (const name of ['variables', 'extensions']) {
        const raw = url.searchParams.get(name);
        if (raw === null || raw === '') continue;
        try {
          const value: unknown = JSON.parse(raw);
          if (value !== null && (typeof value !== 'object' || Array.isArray(value))) return endResponse(badParameter(request, `Invalid parameter: ${name} must be a JSON object`));
        } catch (e) {
          return endResponse(badParameter(request, `Invalid parameter: ${name} is not valid JSON (${(e as Error).message})`));
        }
      }
    },
    onParams({ params, request, setResult }) {
      paramsOf.set(request, { query: typeof params.query === 'string' ? params.query : undefined, operationName: params.operationName });
      if (params.operationName != null && typeof params.operationName !== 'string') {
        setResult({ errors: [requestError(`Invalid parameter: operationName must be a string, got ${JSON.stringify(params.operationName)}`, 'BAD_REQUEST', { wellFormed: false })] });
      }
    },
    onResultProcess({ request, result, setResult }) {
      // Errors first: reading `data` of an answer written as bytes would parse it (compiled-execution.ts).
      if (Symbol.asyncIterator in result || Array.isArray(result) || !result.errors?.length || result.data !== undefined) return;
      const errors = result.errors.map((e) => {
        const code = e.extensions?.code;
        // Name the operation that cannot be chosen, rather than "Could not determine what operation to execute."
        if (code === 'OPERATION_RESOLUTION_FAILURE') {
          const better = operationProblem(paramsOf.get(request));
          // No operation to choose: GraphQL over HTTP's GetOperation() failure, a 200 for legacy application/json clients.
          return better ? requestError(better, 'OPERATION_RESOLUTION_FAILURE') : e;
        }
        // A request that is not GraphQL over HTTP at all (no query) gets a 400 even when the client accepts only
        // application/json: yoga marks such errors `spec`, which would give them a 200 there.
        const http = (e.extensions as { http?: { spec?: boolean; status?: number; headers?: Record<string, string> } }).http;
        if (code === 'BAD_REQUEST' && (!http || http.spec)) return new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status: 400, headers: http?.headers } } });
        return e;
      });
      if (errors.some((e, i) => e !== result.errors![i])) setResult({ ...result, errors });
    },
    onExecute() {
      // An execution result without `data` is a request error (bad variables): 400 with a code, as the spec asks.
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((e) =>
              (e.extensions as { http?: unknown }).http
                ? e
                : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { code: 'BAD_USER_INPUT', ...e.extensions, http: { status: 400, spec: true } } }),
            ),
          });
        },
      };
    },
  };
}

/**
 * OpenTelemetry traces, when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: every request to yoga makes a
 * trace of
 *   an HTTP server span (`GET /graphql`, `GET /export/claims.csv`, ...; an
 *     incoming W3C `traceparent` is its parent),
 *   `graphql.parse`, `graphql.validate` and `graphql.execute` spans with the
 *     operation's name and type,
 *   and, with CLAIMGRAPH_TRACE_RESOLVERS=true, a `graphql.resolve <Type.field>`
 *     span per data-touching resolver (root fields and lists: where the store
 *     is read), nested by path.
 * An export's own GraphQL requests are spans of the export's trace.
 *
 * @opentelemetry/sdk-node exports them over OTLP (http/protobuf unless
 * OTEL_EXPORTER_OTLP_PROTOCOL says otherwise) and reads the other OTEL_*
 * variables itself (service name, resource, sampler, batching, headers).
 * Only traces are set up; nothing is printed (no diagnostic logger unless
 * OTEL_LOG_LEVEL asks for one).
 *
 * When tracing is off this module loads nothing of OpenTelemetry: its static
 * imports are types, and the SDK is imported by startTracing().
 */
import type * as OtelApi from '@opentelemetry/api';
import { getOperationAST, isObjectType, type DocumentNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { INTERNAL_HOST } from './exports.js';

export interface Tracing {
  /** The yoga plugin that makes the spans. */
  plugin(): Plugin;
  /** Exports the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  schema: GraphQLSchema;
  graphqlPath: string;
  traceResolvers: boolean;
  serviceVersion: string;
  env?: NodeJS.ProcessEnv;
}

/** A low-cardinality route for a span name: never a slug, an id or a query string. */
function routeOf(graphqlPath: string, pathname: string): string | null {
  if (pathname === graphqlPath || pathname === '/viewer' || pathname.startsWith('/viewer/')) return pathname === graphqlPath ? graphqlPath : '/viewer';
  if (/^\/export\/[a-z]+\.(csv|geojson|jsonld)$/.test(pathname)) return pathname;
  if (/^\/sources\/[^/]+\.txt$/.test(pathname)) return '/sources/{slug}.txt';
  return null;
}

export async function startTracing({ schema, graphqlPath, traceResolvers, serviceVersion, env = process.env }: TracingOptions): Promise<Tracing> {
  const api = await import('@opentelemetry/api');
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const named = Boolean(env.OTEL_SERVICE_NAME) || /(^|,)\s*service\.name=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  const sdk = new NodeSDK({
    ...(named ? {} : { serviceName: 'claimgraph' }),
    // Traces only: metrics are Prometheus's (/metrics), and nothing logs through OpenTelemetry.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  const tracer = api.trace.getTracer('claimgraph', serviceVersion);
  const { SpanKind, SpanStatusCode, context, trace, propagation, ROOT_CONTEXT } = api;

  interface Operation {
    name?: string;
    type?: string;
  }
  /** Per request: the operation once known, and the resolver spans by path. */
  interface RequestState {
    operation: Operation;
    execute?: OtelApi.Context;
    resolvers?: Map<string, OtelApi.Context>;
  }
  const states = new WeakMap<Request, RequestState>();
  const httpSpans = new WeakMap<Request, OtelApi.Span>();
  const executeSpans = new WeakMap<Request, OtelApi.Span>();
  const parseSpans = new WeakMap<Request, OtelApi.Span>();
  const stateOf = (request: Request | undefined) => {
    if (!request) return undefined;
    let state = states.get(request);
    if (!state) states.set(request, (state = { operation: {} }));
    return state;
  };
  const requestOf = (graphqlContext: unknown) => (graphqlContext as { request?: Request } | undefined)?.request;

  const headerGetter: OtelApi.TextMapGetter<Headers> = { keys: (headers) => [...headers.keys()], get: (headers, key) => headers.get(key) ?? undefined };

  const operationAttributes = (operation: Operation): OtelApi.Attributes => ({
    ...(operation.name ? { 'graphql.operation.name': operation.name } : {}),
    ...(operation.type ? { 'graphql.operation.type': operation.type } : {}),
  });

  function operationOf(document: DocumentNode, operationName: string | null | undefined): Operation {
    const ast = getOperationAST(document, operationName);
    return { name: ast?.name?.value ?? operationName ?? undefined, type: ast?.operation };
  }

  /** A span around a synchronous phase, the phase running with it as the active span. */
  function around<T>(name: string, request: Request | undefined, attributes: OtelApi.Attributes, wrapped: () => T, onSpan?: (span: OtelApi.Span) => void): T {
    const span = tracer.startSpan(name, { attributes }, context.active());
    onSpan?.(span);
    try {
      return context.with(trace.setSpan(context.active(), span), wrapped);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
      if (request) parseSpans.delete(request);
    }
  }

  if (traceResolvers) wrapResolvers(schema, (resolve) =>
    function traced(source, args, graphqlContext, info) {
      const state = states.get(requestOf(graphqlContext) as Request);
      if (!state?.execute || !state.resolvers) return resolve(source, args, graphqlContext, info);
      const path = pathOf(info);
      let parent = state.execute;
      for (let i = path.length - 1; i > 0; i--) {
        const found = state.resolvers.get(path.slice(0, i).join('.'));
        if (found) {
          parent = found;
          break;
        }
      }
      const coordinate = `${info.parentType.name}.${info.fieldName}`;
      const span = tracer.startSpan(`graphql.resolve ${coordinate}`, { attributes: { 'graphql.field.coordinate': coordinate, 'graphql.field.path': path.join('.') } }, parent);
      state.resolvers.set(path.join('.'), trace.setSpan(parent, span));
      const fail = (error: unknown) => {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
        span.end();
        throw error;
      };
      try {
        const value = resolve(source, args, graphqlContext, info);
        if (isThenable(value)) return Promise.resolve(value).then((v) => (span.end(), v), fail);
        span.end();
        return value;
      } catch (error) {
        return fail(error);
      }
    },
  );

  const plugin = (): Plugin => ({
    instrumentation: {
      request({ request }, wrapped) {
        const url = new URL(request.url);
        // An export's own request runs inside the export's span: it continues that trace.
        const internal = url.hostname === INTERNAL_HOST;
        const parent = internal ? context.active() : propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const route = routeOf(graphqlPath, url.pathname);
        const span = tracer.startSpan(
          route ? `${request.method} ${route}` : request.method,
          {
            kind: internal ? SpanKind.INTERNAL : SpanKind.SERVER,
            attributes: {
              'http.request.method': request.method,
              'url.scheme': url.protocol.replace(':', ''),
              'url.path': url.pathname,
              ...(route ? { 'http.route': route } : {}),
              'server.address': url.hostname,
              ...(url.port ? { 'server.port': Number(url.port) } : {}),
              ...(request.headers.get('user-agent') ? { 'user_agent.original': request.headers.get('user-agent')! } : {}),
            },
          },
          parent,
        );
        httpSpans.set(request, span);
        const end = () => span.end();
        try {
          const done = context.with(trace.setSpan(parent, span), wrapped);
          return isThenable(done) ? Promise.resolve(done).finally(end) : end();
        } catch (error) {
          end();
          throw error;
        }
      },
      parse({ context: graphqlContext }, wrapped) {
        const request = requestOf(graphqlContext);
        const params = (graphqlContext as { params?: { operationName?: unknown } }).params;
        const name = typeof params?.operationName === 'string' ? params.operationName : undefined;
        around('graphql.parse', request, name ? { 'graphql.operation.name': name } : {}, wrapped, (span) => request && parseSpans.set(request, span));
      },
      validate({ context: graphqlContext }, wrapped) {
        around('graphql.validate', undefined, operationAttributes(stateOf(requestOf(graphqlContext))?.operation ?? {}), wrapped);
      },
      execute({ context: graphqlContext }, wrapped) {
        const request = requestOf(graphqlContext);
        const state = stateOf(request);
        const span = tracer.startSpan('graphql.execute', { attributes: operationAttributes(state?.operation ?? {}) }, context.active());
        if (request) executeSpans.set(request, span);
        const active = trace.setSpan(context.active(), span);
        if (state && traceResolvers) {
          state.execute = active;
          state.resolvers = new Map();
        }
        const end = () => {
          span.end();
          if (state) state.resolvers = undefined;
        };
        try {
          const done = context.with(active, wrapped);
          if (isThenable(done)) return Promise.resolve(done).finally(end);
          end();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          end();
          throw error;
        }
      },
    },
    onParse({ context: graphqlContext }) {
      const request = requestOf(graphqlContext);
      return ({ result }) => {
        const span = request && parseSpans.get(request);
        if (result instanceof Error) {
          span?.setStatus({ code: SpanStatusCode.ERROR, message: result.message });
          return;
        }
        const params = (graphqlContext as { params?: { operationName?: unknown } }).params;
        const operation = operationOf(result as DocumentNode, typeof params?.operationName === 'string' ? params.operationName : undefined);
        const state = stateOf(request);
        if (state) state.operation = operation;
        span?.setAttributes(operationAttributes(operation));
      };
    },
    onValidate() {
      return ({ result }) => {
        if (!result.length) return;
        const span = trace.getActiveSpan();
        span?.setAttribute('graphql.validation.errors', result.length);
        span?.setStatus({ code: SpanStatusCode.ERROR, message: result[0]!.message });
      };
    },
    onExecute({ args }) {
      const request = requestOf(args.contextValue);
      const state = stateOf(request);
      // The executed operation, named even when the request named none.
      if (state) state.operation = operationOf(args.document, args.operationName);
      const span = request && executeSpans.get(request);
      span?.setAttributes(operationAttributes(state?.operation ?? {}));
      return {
        onExecuteDone({ result }) {
          if (!span || Symbol.asyncIterator in result || !result.errors?.length) return;
          const codes = [...new Set(result.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          span.setAttribute('graphql.error.codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: result.errors[0]!.message });
        },
      };
    },
    onParams({ request, params }) {
      const documentId = (params as { documentId?: unknown }).documentId ?? (request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null);
      if (typeof documentId === 'string') httpSpans.get(request)?.setAttribute('graphql.document.id', documentId);
    },
    onResponse({ request, response }) {
      const span = httpSpans.get(request);
      if (!span) return;
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
  });

  return { plugin, shutdown: () => sdk.shutdown() };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';

/** The response path of a field as strings: `claims.nodes.3.source`. */
function pathOf(info: GraphQLResolveInfo): string[] {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) keys.push(String(p.key));
  return keys.reverse();
}

const wrapped = new WeakSet<GraphQLSchema>();

/**
 * Wraps, once per schema, the resolvers that read the data: the root fields, the pages (connection.ts) and
 * the short lists whose bound is the data version's (an article's anchors): not a record's own short fields.
 * The wrapper traces only requests that tracing marked, so a schema shared with an untraced yoga (the
 * tests) answers as before.
 */
function wrapResolvers(schema: GraphQLSchema, wrap: (resolve: GraphQLFieldResolver<unknown, unknown>) => GraphQLFieldResolver<unknown, unknown>): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  const query = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const extensions = field.extensions as { pagedList?: unknown; boundedList?: { max?: unknown } };
      const readsStore = type === query || Boolean(extensions.pagedList) || extensions.boundedList?.max === 'per data version';
      if (!field.resolve || !readsStore) continue;
      field.resolve = wrap(field.resolve as GraphQLFieldResolver<unknown, unknown>);
    }
  }
}

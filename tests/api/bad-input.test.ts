/**
 * Malformed and hostile requests, one table row each, sent through `yoga.fetch`
 * (no network) with the default configuration. Each row states the exact HTTP
 * status, the first error's message (exact, or a regex naming what was wrong)
 * and its `extensions.code`. Every row also checks the GraphQL-over-HTTP
 * invariants: the response media type is the one asked for, an
 * application/graphql-response+json answer without `data` is a 4xx and one with
 * data is a 200, and every executed answer carries `extensions.provenance`.
 *
 * Rows with `issue` are answers the server gets wrong today. Such a row keeps
 * the correct answer in `expect` and asserts that the server still gives the
 * wrong one (`issue.now`), so it fails as soon as the server changes: once the
 * server is fixed, delete `issue` and the row asserts the correct answer.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { bundled, post } from '../helpers/api.js';

const GR = 'application/graphql-response+json';
const AJ = 'application/json';
const ENDPOINT = 'http://claimgraph.test/graphql';

interface Req {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** POST body: a string or bytes are sent as they are, anything else as JSON. */
  body?: unknown;
  /** The URL's search parameters (GET). */
  params?: Record<string, string>;
  /** Accept header; null sends none. Default: application/graphql-response+json. */
  accept?: string | null;
  /** Content-Type header; null sends none. Default: application/json when there is a body. */
  contentType?: string | null;
}

interface ErrorJSON {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

interface Body {
  data?: unknown;
  errors?: ErrorJSON[];
  extensions?: { provenance?: { sources: Array<{ slug: string }>; dataVersion: string }; [key: string]: unknown };
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or null when it is empty or not JSON. */
  body: Body | null;
}

interface Expect {
  status: number;
  /** The first error; omitted: the response has no `errors`. */
  error?: { message: string | RegExp; code: string | RegExp | null };
  /** `absent`: no `data` key; `present`: a non-null object; `equals`: exactly this value. */
  data?: 'absent' | 'present' | { equals: unknown };
  /** The response has no body at all. */
  empty?: true;
  /** Response headers that must have exactly these values. */
  headers?: Record<string, string>;
  /** Further assertions (correct answers only). */
  check?: (reply: Reply) => void | Promise<void>;
}

interface Row {
  name: string;
  req: Req;
  expect: Expect;
  /** The server answers wrongly today: `why`, and what it answers (`now`). */
  issue?: { why: string; now: Omit<Expect, 'check'> };
}

const { store, yoga } = bundled();
const slug = '003_c85c82e5940e43a6';
const textLength = store.record('Source', slug)!.text.length;
const firstSlug = store.sources()[0]!.slug;
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');
const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

/** A POST of a GraphQL request. */
const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}): Req => ({ body: { query, ...(variables === undefined ? {} : { variables }), ...extra } });
/** The same, answered as application/json. */
const gqlJson = (query: string, variables?: unknown, extra: Record<string, unknown> = {}): Req => ({ ...gql(query, variables, extra), accept: AJ });
/** A GET with these search parameters. */
const get = (params: Record<string, string>, accept: string | null = GR): Req => ({ method: 'GET', params, accept });
/** A POST of a raw body. */
const raw = (body: string | Uint8Array, contentType: string | null = 'application/json', accept: string | null = GR): Req => ({ body, contentType, accept });

const err = (message: string | RegExp, code: string | RegExp | null) => ({ error: { message, code } });
const badRequest = (status: number, message: string | RegExp) => ({ status, ...err(message, 'BAD_REQUEST'), data: 'absent' as const });
const parseFailed = (message: string, status = 400) => ({ status, ...err(message, 'GRAPHQL_PARSE_FAILED'), data: 'absent' as const });
const invalid = (message: string | RegExp, status = 400) => ({ status, ...err(message, 'GRAPHQL_VALIDATION_FAILED'), data: 'absent' as const });
const limit = (message: string | RegExp) => ({ status: 400, ...err(message, 'LIMIT_EXCEEDED'), data: 'absent' as const });
/** A field error: 200, the field null, BAD_USER_INPUT. */
const badInput = (message: string | RegExp, data: unknown) => ({ status: 200, ...err(message, 'BAD_USER_INPUT'), data: { equals: data } });
const notFound = (message: string | RegExp, data: unknown) => ({ status: 200, ...err(message, 'NOT_FOUND'), data: { equals: data } });
/** A variable coercion failure: the request is not executed (a request error: 400 for graphql-response+json). */
const coercion = (message: string, status = 400) => ({ status, ...err(message, /^[A-Z_]+$/), data: 'absent' as const });
/** What the server answers today for a variable coercion failure: 200, no data, no code (or the scalar's code). */
const coercionNow = (message: string, code: string | null = null) => ({ status: 200, ...err(message, code), data: 'absent' as const });
const COERCION_ISSUE =
  'variable coercion failure answered 200 without `data` (GraphQL over HTTP: a graphql-response+json answer without data MUST be 4xx) and without extensions.code (README: every error has one)';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const excerpt = (start: number, end: number) => gql(`{ source(slug: "${slug}") { excerpt(start: ${start}, end: ${end}) } }`);
const sourceBySlug = 'query ($slug: String!) { source(slug: $slug) { slug } }';
const searchQuery = 'query ($q: String!) { search(query: $q, first: 3) { totalCount nodes { node { __typename } } } }';
const timeline = 'query ($from: Date!, $to: Date!) { timeline(from: $from, to: $to) { __typename } }';
const sourcesFrom = (from: string) => gql(`{ sources(filterBy: { publishedAt: { from: ${from} } }) { totalCount } }`);
const pageSizeMessage = (arg: 'first' | 'last') => `Invalid argument: ${arg}: must be between 1 and 100`;
/** A page argument out of bounds: checked before execution, a request error (400, no data) naming the argument. */
const badPage = (message: string) => ({ status: 400, ...err(message, 'BAD_USER_INPUT'), data: 'absent' as const });
const cursorMessage = (arg: 'after' | 'before') => `Invalid argument: ${arg}: is not a cursor returned by this API (copy it from pageInfo or an edge)`;
const searchLength = 'Invalid argument: query: must be between 1 and 200 characters long once leading and trailing spaces are trimmed';
const notAnId = (arg: string, id: string) => `Invalid argument: ${arg}: ${JSON.stringify(id)} is not a claimgraph id (ids are opaque strings returned in \`id\` fields)`;
const dateMessage = (got: string) => `Date must be an ISO 8601 calendar date (YYYY-MM-DD), got ${got}`;
const costMessage = new RegExp(`^Query cost limit of ${DEFAULTS.maxCost} exceeded, found (\\d+)\\. Lists count by their page size \\(first/last\\): ask for smaller pages\\.$`);
const overBudget = (reply: Reply) => expect(reply.body!.errors![0]!.extensions!.found).toBeGreaterThan(DEFAULTS.maxCost);

/** places(first: 1) { nodes { within { within { ... key } } } }: selection depth 3 + `within`s. */
const placesDepth = (depth: number) => `{ places(first: 1) { nodes { ${'within { '.repeat(depth - 3)}key${' }'.repeat(depth - 3)} } } }`;
/** A chain of `n` named fragments, each spreading the next: selection depth 3 (sources, nodes, slug). */
const fragmentChain = (n: number) =>
  `{ sources(first: 1) { nodes { ...F0 } } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Source { ${i < n - 1 ? `...F${i + 1}` : 'slug'} }`).join(' ')}`;

/** Search results of a plain query, to compare with the same query wrapped in control characters. */
async function searchTotal(q: string): Promise<number> {
  const result = await post({ query: searchQuery, variables: { q } }, {}, yoga);
  expect(result.errors).toBeUndefined();
  return (result.data as { search: { totalCount: number } }).search.totalCount;
}
const totalOf = (reply: Reply) => (reply.body!.data as { search: { totalCount: number; nodes: unknown[] } }).search;
const emptySearch = { equals: { search: { totalCount: 0, nodes: [] } } };

const rows: Row[] = [
  // ---- The HTTP request itself -------------------------------------------------------------
  { name: 'invalid JSON body', req: raw('{"query": '), expect: badRequest(400, 'POST body sent invalid JSON.') },
  { name: 'invalid JSON body (accept: application/json: 400 too, it is not a GraphQL request)', req: raw('{"query": ', 'application/json', AJ), expect: badRequest(400, 'POST body sent invalid JSON.') },
  { name: 'empty body', req: raw(''), expect: badRequest(400, 'POST body sent invalid JSON.') },
  { name: 'JSON after a byte order mark', req: raw('\ufeff{"query":"{ __typename }"}'), expect: badRequest(400, 'POST body sent invalid JSON.') },
  { name: 'body is an empty array', req: raw('[]'), expect: badRequest(400, 'Batching is not supported.') },
  { name: 'body is an array of requests (batching is off)', req: raw('[{"query":"{ __typename }"}]'), expect: badRequest(400, 'Batching is not supported.') },
  { name: 'body is a JSON string', req: raw('"{ __typename }"'), expect: badRequest(400, 'POST body is expected to be object but received string') },
  { name: 'body is a JSON number', req: raw('42'), expect: badRequest(400, 'POST body is expected to be object but received number') },
  { name: 'body is JSON null', req: raw('null'), expect: badRequest(400, 'POST body is expected to be object but received null') },
  { name: 'missing query', req: { body: {} }, expect: badRequest(400, 'Must provide query string.') },
  {
    name: 'missing query (accept: application/json)',
    req: { body: {}, accept: AJ },
    expect: badRequest(400, 'Must provide query string.'),
  },
  { name: 'query is a number', req: { body: { query: 42 } }, expect: badRequest(400, 'Expected "query" param to be a string, but given number.') },
  { name: 'query is an object', req: { body: { query: { field: 'sources' } } }, expect: badRequest(400, 'Expected "query" param to be a string, but given object.') },
  { name: 'query is a deeply nested array', req: raw(`{"query":${'['.repeat(20_000)}${']'.repeat(20_000)}}`), expect: badRequest(400, 'Expected "query" param to be a string, but given array.') },
  { name: 'unexpected __proto__ parameter', req: raw('{"query":"{ __typename }","__proto__":{"query":"{ x }"}}'), expect: badRequest(400, 'Unexpected parameter "__proto__" in the request body.') },
  { name: 'content type text/plain', req: raw('{"query":"{ __typename }"}', 'text/plain'), expect: { status: 415, empty: true } },
  { name: 'no content type', req: raw('{"query":"{ __typename }"}', null), expect: { status: 415, empty: true } },
  { name: 'form-urlencoded garbage', req: raw('%%%&&&==garbage', 'application/x-www-form-urlencoded'), expect: badRequest(400, 'Must provide query string.') },
  {
    name: 'multipart form without operations',
    req: raw('--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n', 'multipart/form-data; boundary=x'),
    // A read-only API takes no uploads: multipart bodies are an unsupported media type.
    expect: { status: 415, empty: true },
  },
  { name: 'accept: application/xml only', req: { ...gql('{ __typename }'), accept: 'application/xml' }, expect: { status: 406, empty: true } },
  {
    name: 'no Accept header: answered as application/json (graphql-http audit 80D8), so a syntax error is a 200',
    req: { ...gql('{'), accept: null },
    expect: parseFailed('Syntax Error: Expected Name, found <EOF>.', 200),
  },
  {
    name: 'GET with a mutation',
    req: get({ query: 'mutation { x }' }),
    expect: { ...badRequest(405, 'Can only perform a mutation operation from a POST request.'), headers: { allow: 'POST' } },
  },
  {
    name: 'GET with a mutation (accept: application/json)',
    req: get({ query: 'mutation { x }' }, AJ),
    expect: { ...badRequest(405, 'Can only perform a mutation operation from a POST request.'), headers: { allow: 'POST' } },
  },
  { name: 'GET with a query works', req: get({ query: '{ sources(first: 1) { totalCount } }' }), expect: { status: 200, data: { equals: { sources: { totalCount: 5 } } } } },
  { name: 'GET with a query and variables works', req: get({ query: 'query ($n: Int) { sources(first: $n) { nodes { slug } } }', variables: '{"n":1}' }), expect: { status: 200, data: { equals: { sources: { nodes: [{ slug: firstSlug }] } } } } },
  { name: 'GET without query', req: get({}), expect: badRequest(400, 'Must provide query string.') },
  {
    name: 'GET without query (accept: application/json)',
    req: get({}, AJ),
    expect: badRequest(400, 'Must provide query string.'),
  },
  {
    name: 'GET with variables that are not JSON',
    req: get({ query: 'query ($n: Int) { sources(first: $n) { totalCount } }', variables: '{not-json' }),
    expect: badRequest(400, /variables/),
  },
  { name: 'PUT', req: { ...gql('{ __typename }'), method: 'PUT' }, expect: { ...badRequest(405, 'GraphQL only supports GET and POST requests.'), headers: { allow: 'GET, POST' } } },
  { name: 'DELETE', req: { method: 'DELETE' }, expect: { ...badRequest(405, 'GraphQL only supports GET and POST requests.'), headers: { allow: 'GET, POST' } } },
  { name: 'PATCH', req: { ...gql('{ __typename }'), method: 'PATCH' }, expect: { ...badRequest(405, 'GraphQL only supports GET and POST requests.'), headers: { allow: 'GET, POST' } } },
  {
    name: `body over maxBodyBytes (${DEFAULTS.maxBodyBytes}): a huge string literal`,
    req: gql(`{ source(slug: "${'x'.repeat(DEFAULTS.maxBodyBytes + 5_000)}") { slug } }`),
    expect: { status: 413, ...err('Request body too large', 'REQUEST_ENTITY_TOO_LARGE'), data: 'absent' },
  },
  {
    name: 'body over maxBodyBytes (accept: application/json)',
    req: gqlJson(`{ source(slug: "${'x'.repeat(DEFAULTS.maxBodyBytes + 5_000)}") { slug } }`),
    expect: { status: 413, ...err('Request body too large', 'REQUEST_ENTITY_TOO_LARGE'), data: 'absent' },
  },

  // ---- Which operation ------------------------------------------------------------------------
  {
    name: 'unknown operationName',
    req: gql('query A { __typename }', undefined, { operationName: 'B' }),
    expect: { status: 400, ...err(/"B"/, /^[A-Z_]+$/), data: 'absent' },
  },
  {
    name: 'unknown operationName (accept: application/json)',
    req: gqlJson('query A { __typename }', undefined, { operationName: 'B' }),
    expect: { status: 200, ...err(/"B"/, /^[A-Z_]+$/), data: 'absent' },
  },
  {
    name: 'several operations without operationName',
    req: gql('query A { __typename } query B { __typename }'),
    expect: { status: 400, ...err(/operation ?name/i, /^[A-Z_]+$/), data: 'absent' },
  },
  {
    name: 'operationName is a number',
    req: gql('query A { __typename }', undefined, { operationName: 5 }),
    expect: badRequest(400, /operationName/),
  },
  {
    name: 'subscription (the schema has no subscription type)',
    req: gql('subscription { sources { totalCount } }'),
    expect: { status: 400, ...err(/subscription/i, /^[A-Z_]+$/), data: 'absent' },
  },
  {
    name: 'mutation over POST (the schema has no mutation type)',
    req: gql('mutation { x }'),
    expect: { status: 400, ...err(/mutation/i, /^[A-Z_]+$/), data: 'absent' },
  },

  // ---- Variables ------------------------------------------------------------------------------
  { name: 'variables is an array', req: gql('{ __typename }', [7]), expect: badRequest(400, 'Expected "variables" param to be empty or an object, but given array.') },
  { name: 'variables is a JSON string', req: gql('{ __typename }', '{"n":1}'), expect: badRequest(400, 'Expected "variables" param to be empty or an object, but given string.') },
  { name: 'variables is a number', req: gql('{ __typename }', 5), expect: badRequest(400, 'Expected "variables" param to be empty or an object, but given number.') },
  { name: 'extensions is a string', req: gql('{ __typename }', undefined, { extensions: 'x' }), expect: badRequest(400, 'Expected "extensions" param to be empty or an object, but given string.') },
  {
    name: 'string for an Int variable',
    req: gql('query ($n: Int) { sources(first: $n) { totalCount } }', { n: 'five' }),
    expect: coercion('Variable "$n" got invalid value "five"; Int cannot represent non-integer value: "five"'),
  },
  {
    name: 'string for an Int variable (accept: application/json: 200 is right)',
    req: gqlJson('query ($n: Int) { sources(first: $n) { totalCount } }', { n: 'five' }),
    expect: coercion('Variable "$n" got invalid value "five"; Int cannot represent non-integer value: "five"', 200),
  },
  {
    name: 'float for an Int variable',
    req: gql('query ($n: Int) { sources(first: $n) { totalCount } }', { n: 2.5 }),
    expect: coercion('Variable "$n" got invalid value 2.5; Int cannot represent non-integer value: 2.5'),
  },
  {
    name: 'a string for an ID list is coerced to a list of one: that id is then named',
    req: gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: 'abc' }),
    expect: badInput(notAnId('ids[0]', 'abc'), null),
  },
  {
    name: 'object for an ID list variable',
    req: gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: { a: 1 } }),
    expect: coercion('Variable "$ids" got invalid value { a: 1 }; ID cannot represent value: { a: 1 }'),
  },
  {
    name: 'deeply nested arrays for an ID list variable',
    req: raw(`{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`),
    expect: coercion('Variable "$ids" got invalid value [[[Array]]] at "ids[0]"; ID cannot represent value: [[[Array]]]'),
  },
  {
    name: 'object for a Date variable',
    req: gql(timeline, { from: { y: 2020 }, to: '2020-02-10' }),
    expect: coercion(`Variable "$from" got invalid value { y: 2020 }; ${dateMessage('{"y":2020}')}`),
  },
  {
    name: 'number for a Date variable',
    req: gql(timeline, { from: 20200201, to: '2020-02-10' }),
    expect: coercion(`Variable "$from" got invalid value 20200201; ${dateMessage('20200201')}`),
  },
  {
    name: 'bad enum value in a variable',
    req: gql('query ($t: [SearchType!]) { search(query: "Idlib", types: $t) { totalCount } }', { t: ['TWEET'] }),
    expect: coercion('Variable "$t" got invalid value "TWEET" at "t[0]"; Value "TWEET" does not exist in "SearchType" enum. Did you mean the enum value "EVENT"?'),
  },
  {
    name: 'bad enum value as a literal',
    req: gql('{ search(query: "Idlib", types: [TWEET]) { totalCount } }'),
    expect: invalid('Value "TWEET" does not exist in "SearchType" enum. Did you mean the enum value "EVENT"?'),
  },
  {
    name: 'missing required variable',
    req: gql('query ($id: ID!) { node(id: $id) { id } }', {}),
    expect: coercion('Variable "$id" of required type "ID!" was not provided.'),
  },
  { name: 'undeclared variable used', req: gql('{ node(id: $id) { id } }', { id: 'x' }), expect: invalid('Variable "$id" is not defined.') },
  { name: 'declared variable never used', req: gql('query ($x: Int) { __typename }', { x: 1 }), expect: invalid('Variable "$x" is never used.') },

  // ---- Syntax ---------------------------------------------------------------------------------
  { name: 'unclosed brace', req: gql('{ sources(first: 1) { totalCount }'), expect: parseFailed('Syntax Error: Expected Name, found <EOF>.') },
  { name: 'unclosed brace (accept: application/json: 200)', req: gqlJson('{ sources(first: 1) { totalCount }'), expect: parseFailed('Syntax Error: Expected Name, found <EOF>.', 200) },
  { name: 'stray characters after the document', req: gql('{ sources(first: 1) { totalCount } } %$#'), expect: parseFailed('Syntax Error: Unexpected character: "%".') },
  { name: 'stray character inside a name', req: gql('{ sources(first: 1) { total^Count } }'), expect: parseFailed('Syntax Error: Unexpected character: "^".') },
  { name: 'unterminated string', req: gql('{ source(slug: "abc) { slug } }'), expect: parseFailed('Syntax Error: Unterminated string.') },
  { name: 'empty query string', req: gql(''), expect: parseFailed('Syntax Error: Unexpected <EOF>.') },
  { name: 'lone surrogate (JSON \\ud800) inside a GraphQL string', req: raw('{"query":"{ source(slug: \\"\\ud800\\") { slug } }"}'), expect: parseFailed('Syntax Error: Invalid character within String: U+D800.') },
  { name: 'lone surrogate as a GraphQL \\uD800 escape', req: gql('{ source(slug: "\\uD800") { slug } }'), expect: parseFailed('Syntax Error: Invalid Unicode escape sequence: "\\uD800".') },
  { name: 'invalid UTF-8 bytes in the query', req: raw(new Uint8Array([...Buffer.from('{"query":"'), 0xff, 0xfe, ...Buffer.from('"}')])), expect: parseFailed('Syntax Error: Unexpected character: U+FFFD.') },

  // ---- Validation -----------------------------------------------------------------------------
  { name: 'unknown field', req: gql('{ sources(first: 1) { totalCount secret } }'), expect: invalid('Cannot query field "secret" on type "SourceConnection".') },
  { name: 'unknown field (accept: application/json: 200)', req: gqlJson('{ sources(first: 1) { totalCount secret } }'), expect: invalid('Cannot query field "secret" on type "SourceConnection".', 200) },
  { name: 'unknown root field', req: gql('{ users { id } }'), expect: invalid('Cannot query field "users" on type "Query".') },
  { name: 'unknown argument (suggestions hidden)', req: gql('{ sources(first: 1, limit: 5) { totalCount } }'), expect: invalid('Unknown argument "limit" on field "Query.sources". [Suggestion hidden]') },
  { name: 'missing required argument', req: gql('{ source { slug } }'), expect: invalid('Field "source" argument "slug" of type "String!" is required, but it was not provided.') },
  { name: 'string literal for an Int argument', req: gql('{ sources(first: "five") { totalCount } }'), expect: invalid('Int cannot represent non-integer value: "five"') },
  { name: 'unknown type in a fragment', req: gql('{ node(id: "x") { ...F } } fragment F on Spaceship { id }'), expect: invalid('Unknown type "Spaceship".') },
  { name: 'unknown type in an inline fragment', req: gql('{ node(id: "x") { ... on Spaceship { id } } }'), expect: invalid('Unknown type "Spaceship".') },
  {
    name: 'fragment cycle',
    req: gql(`{ source(slug: "${slug}") { ...A } } fragment A on Source { slug ...B } fragment B on Source { title ...A }`),
    expect: invalid('Cannot spread fragment "A" within itself via "B".'),
  },
  { name: 'unused fragment', req: gql('{ __typename } fragment F on Source { slug }'), expect: invalid('Fragment "F" is never used.') },
  { name: 'unknown fragment', req: gql(`{ source(slug: "${slug}") { ...Nope } }`), expect: invalid('Unknown fragment "Nope".') },
  { name: 'unknown filter name', req: gql('{ events(filterBy: { country: "Syria" }) { totalCount } }'), expect: invalid('Field "country" is not defined by type "EventFilters".') },
  { name: 'Int literal beyond 32 bits', req: gql('{ sources(first: 10000000000) { totalCount } }'), expect: invalid('Int cannot represent non 32-bit signed integer value: 10000000000') },
  { name: 'float literal page size', req: gql('{ sources(first: 2.5) { totalCount } }'), expect: invalid('Int cannot represent non-integer value: 2.5') },

  // ---- Limits (DEFAULTS) ---------------------------------------------------------------------
  {
    name: `depth maxDepth + 1 (${DEFAULTS.maxDepth + 1})`,
    req: gql(placesDepth(DEFAULTS.maxDepth + 1)),
    expect: limit(`Query depth limit of ${DEFAULTS.maxDepth} exceeded, found ${DEFAULTS.maxDepth + 1}.`),
  },
  {
    name: `depth exactly maxDepth (${DEFAULTS.maxDepth}) is answered`,
    req: gql(placesDepth(DEFAULTS.maxDepth)),
    expect: { status: 200, data: 'present' },
  },
  {
    name: 'nested named fragments around a selection of depth 3',
    req: gql(fragmentChain(Math.ceil(DEFAULTS.maxDepth / 2))),
    expect: { status: 200, data: { equals: { sources: { nodes: [{ slug: firstSlug }] } } } },
  },
  {
    name: `alias bomb: maxAliases + 1 (${DEFAULTS.maxAliases + 1}) aliases`,
    req: gql(`{ ${Array.from({ length: DEFAULTS.maxAliases + 1 }, (_, i) => `a${i}: sources(first: 1) { totalCount }`).join(' ')} }`),
    expect: limit(`Aliases limit of ${DEFAULTS.maxAliases} exceeded, found ${DEFAULTS.maxAliases + 1}.`),
  },
  {
    name: 'aliases of __typename are not counted (graphql-armor allow list)',
    req: gql(`{ ${Array.from({ length: DEFAULTS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    expect: { status: 200, data: { equals: Object.fromEntries(Array.from({ length: DEFAULTS.maxAliases + 1 }, (_, i) => [`a${i}`, 'Query'])) } },
  },
  {
    name: `maxTokens + 1 (${DEFAULTS.maxTokens + 1}) tokens`,
    req: gql(`{ sources(first: 1) { nodes { ${'slug '.repeat(DEFAULTS.maxTokens)}} } }`),
    expect: limit(`Token limit of ${DEFAULTS.maxTokens} exceeded.`),
  },
  {
    name: `exactly maxTokens tokens of repeated __typename`,
    req: gql(`{ ${'__typename '.repeat(DEFAULTS.maxTokens - 2)}}`),
    expect: { status: 400, ...err(/^(?!Validation aborted\.$).*(limit|too many|overlap)/i, /^[A-Z_]+$/), data: 'absent' },
  },
  {
    name: `maxDirectives + 1 (${DEFAULTS.maxDirectives + 1}) directives`,
    req: gql(`{ ${'__typename @include(if: true) '.repeat(DEFAULTS.maxDirectives + 1)}}`),
    expect: limit(`Directives limit of ${DEFAULTS.maxDirectives} exceeded, found ${DEFAULTS.maxDirectives + 1}.`),
  },
  {
    name: 'over the cost budget: nested pages of 100',
    req: gql('{ events(first: 100) { nodes { claims(first: 100) { nodes { events { claims(first: 100) { nodes { statement evidence { quote } } } } } } } } }'),
    expect: { ...limit(costMessage), check: overBudget },
  },
  {
    name: 'over the cost budget: many connections',
    req: gql(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: claims(first: 100) { nodes { events { claims(first: 100) { nodes { id } } } } }`).join(' ')} }`),
    expect: { ...limit(costMessage), check: overBudget },
  },
  {
    name: 'page size 1e9 is refused naming `first`, before the budget is counted',
    req: gql('{ sources(first: 1000000000) { totalCount } }'),
    expect: badPage('Invalid argument: first: must be between 1 and 100'),
  },
  {
    name: 'fragment bomb: many spreads of one fragment within the token limit are answered once',
    req: gql(`{ sources(first: 1) { nodes { ${'...F '.repeat(Math.floor(DEFAULTS.maxTokens / 2) - 20)}} } } fragment F on Source { slug }`),
    expect: { status: 200, data: { equals: { sources: { nodes: [{ slug: firstSlug }] } } } },
  },
  {
    name: 'fragment bomb: more spreads than the token limit',
    req: gql(`{ sources(first: 1) { nodes { ${'...F '.repeat(DEFAULTS.maxTokens)}} } } fragment F on Source { slug }`),
    expect: limit(`Token limit of ${DEFAULTS.maxTokens} exceeded.`),
  },

  // ---- Arguments: search, ids, pages, cursors, excerpts ---------------------------------------
  { name: 'search string of 201 characters', req: gql(searchQuery, { q: 'a'.repeat(201) }), expect: badInput(searchLength, null) },
  { name: 'search string of 101 emoji (202 UTF-16 code units)', req: gql(searchQuery, { q: '🔥'.repeat(101) }), expect: badInput(searchLength, null) },
  { name: 'search string of spaces only', req: gql(searchQuery, { q: '    ' }), expect: badInput(searchLength, null) },
  {
    name: 'node(id:) well-formed id of no record',
    req: gql('query ($id: ID!) { node(id: $id) { id } }', { id: globalId('Source', 'nope') }),
    expect: notFound(`No Source with id ${JSON.stringify(globalId('Source', 'nope'))}`, { node: null }),
  },
  { name: 'node(id:) malformed id', req: gql('{ node(id: "not-an-id!") { id } }'), expect: badInput(notAnId('id', 'not-an-id!'), { node: null }) },
  { name: 'node(id:) empty id', req: gql('{ node(id: "") { id } }'), expect: badInput(notAnId('id', ''), { node: null }) },
  { name: 'node(id:) id of an unknown type', req: gql(`{ node(id: "${globalId('Spaceship', 'x')}") { id } }`), expect: badInput(notAnId('id', globalId('Spaceship', 'x')), { node: null }) },
  { name: 'node(id:) Int literal id', req: gql('{ node(id: 42) { id } }'), expect: badInput(notAnId('id', '42'), { node: null }) },
  { name: 'nodes(ids:) with a malformed id', req: gql(`{ nodes(ids: ["${globalId('Source', slug)}", "%%%"]) { id } }`), expect: badInput(notAnId('ids[1]', '%%%'), null) },
  {
    name: 'nodes(ids:) with an unknown id: null in its place',
    req: gql(`{ nodes(ids: ["${globalId('Source', slug)}", "${globalId('Claim', 'nope')}"]) { id } }`),
    expect: {
      ...notFound(`No Claim with id ${JSON.stringify(globalId('Claim', 'nope'))}`, { nodes: [{ id: globalId('Source', slug) }, null] }),
      check: (reply) => expect(reply.body!.errors![0]!.path).toEqual(['nodes', 1]),
    },
  },
  { name: 'nodes(ids:) empty list', req: gql('{ nodes(ids: []) { id } }'), expect: badInput('Invalid argument: ids: must hold at least 1 id', null) },
  { name: 'page size 0', req: gql('{ sources(first: 0) { totalCount } }'), expect: badPage(pageSizeMessage('first')) },
  { name: 'page size -1', req: gql('{ sources(first: -1) { totalCount } }'), expect: badPage(pageSizeMessage('first')) },
  { name: 'page size 101', req: gql('{ sources(first: 101) { totalCount } }'), expect: badPage(pageSizeMessage('first')) },
  { name: 'last: 0', req: gql('{ sources(last: 0) { totalCount } }'), expect: badPage(pageSizeMessage('last')) },
  { name: 'cursor: garbage', req: gql('{ sources(after: "!!garbage!!") { totalCount } }'), expect: badPage(cursorMessage('after')) },
  { name: 'cursor: valid base64 of junk', req: gql(`{ sources(after: "${cursorOf('hello world')}") { totalCount } }`), expect: badPage(cursorMessage('after')) },
  { name: 'cursor: negative offset', req: gql(`{ sources(after: "${cursorOf('cursor:v1:-1')}") { totalCount } }`), expect: badPage(cursorMessage('after')) },
  {
    name: 'cursor: out of range for the list',
    req: gql(`{ sources(after: "${cursorOf(`cursor:v1:${store.sources().length + 5}`)}") { totalCount } }`),
    expect: badInput('Invalid argument: after: cursor is out of range for this list', null),
  },
  { name: 'before: garbage', req: gql('{ sources(before: "x") { totalCount } }'), expect: badPage(cursorMessage('before')) },
  { name: 'cursor: garbage on a nested connection', req: gql(`{ source(slug: "${slug}") { claims(after: "zzz") { totalCount } } }`), expect: badPage(cursorMessage('after')) },
  { name: 'excerpt: negative start', req: excerpt(-1, 10), expect: badInput('Invalid argument: start: start must be 0 or more', { source: null }) },
  { name: 'excerpt: end before start', req: excerpt(20, 5), expect: badInput('Invalid argument: end: end must be greater than start', { source: null }) },
  { name: 'excerpt: end past the text', req: excerpt(textLength - 10, textLength + 1), expect: badInput(`Invalid argument: end: end must be at most the text length (${textLength})`, { source: null }) },
  { name: 'excerpt: too long', req: excerpt(0, 2001), expect: badInput('Invalid argument: end: end - start must be at most 2000', { source: null }) },

  // ---- Dates and ranges ------------------------------------------------------------------------
  { name: 'Date 2020-02-30', req: sourcesFrom('"2020-02-30"'), expect: { status: 400, ...err(dateMessage('"2020-02-30"'), 'BAD_USER_INPUT'), data: 'absent' } },
  { name: 'Date "yesterday"', req: sourcesFrom('"yesterday"'), expect: { status: 400, ...err(dateMessage('"yesterday"'), 'BAD_USER_INPUT'), data: 'absent' } },
  { name: 'Date "20200201"', req: sourcesFrom('"20200201"'), expect: { status: 400, ...err(dateMessage('"20200201"'), 'BAD_USER_INPUT'), data: 'absent' } },
  {
    name: 'Date as an Int literal 20200201',
    req: sourcesFrom('20200201'),
    expect: { status: 400, ...err(/20200201/, 'BAD_USER_INPUT'), data: 'absent' },
  },
  {
    name: 'reversed date range (sources)',
    req: gql('{ sources(filterBy: { publishedAt: { from: "2020-03-01", to: "2020-02-01" } }) { totalCount } }'),
    expect: badInput('Invalid argument: filterBy.publishedAt: from (2020-03-01) must not be after to (2020-02-01)', null),
  },
  {
    name: 'reversed date range (events)',
    req: gql('{ events(filterBy: { date: { from: "2020-03-01", to: "2020-02-01" } }) { totalCount } }'),
    expect: badInput('Invalid argument: filterBy.date: from (2020-03-01) must not be after to (2020-02-01)', null),
  },
  { name: 'reversed timeline', req: gql(timeline, { from: '2020-03-01', to: '2020-02-01' }), expect: badInput('Invalid argument: to: to must not be before from', null) },
  { name: 'timeline of 120 years', req: gql(timeline, { from: '1900-01-01', to: '2020-02-01' }), expect: badInput('Invalid argument: to: the range makes 43861 DAY buckets, at most 366 are allowed', null) },
  { name: 'unknown place alias in a filter', req: gql('{ events(filterBy: { places: ["Atlantis"] }) { totalCount } }'), expect: badInput('Invalid argument: filterBy.places[0]: no Place has the id, key or alias "Atlantis"', null) },
  { name: 'unknown claimant in a filter', req: gql('{ claims(filterBy: { claimants: ["Nobody"] }) { totalCount } }'), expect: badInput('Invalid argument: filterBy.claimants[0]: no Actor has the id, key or alias "Nobody"', null) },
  { name: '__proto__ as a place alias', req: gql('{ events(filterBy: { places: ["__proto__"] }) { totalCount } }'), expect: badInput('Invalid argument: filterBy.places[0]: no Place has the id, key or alias "__proto__"', null) },
  { name: 'constructor as a place alias', req: gql('{ claims(filterBy: { places: ["constructor"] }) { totalCount } }'), expect: badInput('Invalid argument: filterBy.places[0]: no Place has the id, key or alias "constructor"', null) },

  // ---- Unicode and control characters in strings -----------------------------------------------
  { name: 'slug with NUL', req: gql(sourceBySlug, { slug: 'a\u0000b' }), expect: notFound('No Source with slug "a\\u0000b"', { source: null }) },
  { name: 'slug with an RTL override', req: gql(sourceBySlug, { slug: '\u202eabc' }), expect: notFound('No Source with slug "\u202eabc"', { source: null }) },
  { name: 'slug of emoji', req: gql(sourceBySlug, { slug: '🔥💥' }), expect: notFound('No Source with slug "🔥💥"', { source: null }) },
  { name: 'slug of a lone surrogate (JSON \\ud800 in variables)', req: raw(`{"query":${JSON.stringify(sourceBySlug)},"variables":{"slug":"\\ud800"}}`), expect: notFound('No Source with slug "\\ud800"', { source: null }) },
  { name: 'slug __proto__', req: gql(sourceBySlug, { slug: '__proto__' }), expect: notFound('No Source with slug "__proto__"', { source: null }) },
  { name: 'slug constructor', req: gql(sourceBySlug, { slug: 'constructor' }), expect: notFound('No Source with slug "constructor"', { source: null }) },
  {
    name: 'huge slug just under the body limit',
    req: gql(sourceBySlug, { slug: 'x'.repeat(DEFAULTS.maxBodyBytes - 200) }),
    // The message and extensions show at most 80 characters of what was sent.
    expect: notFound(/^No Source with slug "x{80}…"$/, { source: null }),
  },
  {
    name: 'search with a trailing NUL finds what the plain word finds',
    req: gql(searchQuery, { q: 'Idlib\u0000' }),
    expect: { status: 200, data: 'present', check: async (reply) => expect(totalOf(reply).totalCount).toBe(await searchTotal('Idlib')) },
  },
  {
    name: 'search with an RTL override finds what the plain word finds',
    req: gql(searchQuery, { q: '\u202eIdlib' }),
    expect: { status: 200, data: 'present', check: async (reply) => expect(totalOf(reply).totalCount).toBe(await searchTotal('Idlib')) },
  },
  { name: 'search of NUL only', req: gql(searchQuery, { q: '\u0000' }), expect: { status: 200, data: emptySearch } },
  { name: 'search of emoji', req: gql(searchQuery, { q: '🔥' }), expect: { status: 200, data: emptySearch } },
  { name: 'search of a lone surrogate (JSON \\ud800)', req: raw(`{"query":${JSON.stringify(searchQuery)},"variables":{"q":"\\ud800"}}`), expect: { status: 200, data: emptySearch } },
  { name: 'search of control characters and an ANSI escape', req: gql(searchQuery, { q: '\u0001\u0002\u0007\u001b[31m' }), expect: { status: 200, data: emptySearch } },
  { name: 'search of zero-width spaces', req: gql(searchQuery, { q: '\u200b\u200b' }), expect: { status: 200, data: emptySearch } },
  { name: 'search of regex metacharacters', req: gql(searchQuery, { q: '.*+?^${}()|[]\\' }), expect: { status: 200, data: emptySearch } },

  // ---- Introspection is on by default ------------------------------------------------------------
  { name: '__schema introspection', req: gql('{ __schema { queryType { name } } }'), expect: { status: 200, data: { equals: { __schema: { queryType: { name: 'Query' } } } } } },
];

// ---------------------------------------------------------------------------------------------

function requestOf(req: Req): Request {
  const method = req.method ?? 'POST';
  const url = new URL(ENDPOINT);
  for (const [key, value] of Object.entries(req.params ?? {})) url.searchParams.set(key, value);
  const headers = new Headers();
  const accept = req.accept === undefined ? GR : req.accept;
  if (accept !== null) headers.set('accept', accept);
  const hasBody = req.body !== undefined;
  const contentType = req.contentType === undefined ? (hasBody ? 'application/json' : null) : req.contentType;
  if (contentType !== null) headers.set('content-type', contentType);
  const body = !hasBody ? undefined : typeof req.body === 'string' ? req.body : req.body instanceof Uint8Array ? new Uint8Array(req.body) : JSON.stringify(req.body);
  return new Request(url, { method, headers, body });
}

async function send(req: Req): Promise<Reply> {
  const response = await yoga.fetch(requestOf(req));
  const text = await response.text();
  let body: Body | null = null;
  try {
    body = text ? (JSON.parse(text) as Body) : null;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const matches = (value: string | null | undefined, want: string | RegExp) => (typeof want === 'string' ? value === want : typeof value === 'string' && want.test(value));
const show = (value: unknown) => JSON.stringify(value)?.slice(0, 300);
const describeExpect = (want: Expect) =>
  [`status ${want.status}`, want.error ? `message ${String(want.error.message)}, code ${String(want.error.code)}` : 'no errors', want.empty ? 'no body' : '', typeof want.data === 'object' ? `data ${show(want.data.equals)}` : (want.data ?? '')]
    .filter(Boolean)
    .join('; ');

/** How a reply differs from an expectation, one line per difference (empty: it matches). */
function differences(reply: Reply, want: Omit<Expect, 'check'>): string[] {
  const out: string[] = [];
  if (reply.status !== want.status) out.push(`status ${reply.status}, expected ${want.status}`);
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    if (reply.headers.get(name) !== value) out.push(`header ${name}: ${show(reply.headers.get(name))}, expected ${show(value)}`);
  }
  if (want.empty) {
    if (reply.text !== '') out.push(`body ${show(reply.text)}, expected none`);
    return out;
  }
  const body = reply.body;
  if (!body) return [...out, `body is not JSON: ${show(reply.text)}`];
  const first = body.errors?.[0];
  if (want.error) {
    if (!first) out.push('no error, expected one');
    else {
      if (!matches(first.message, want.error.message)) out.push(`message ${show(first.message)}, expected ${String(want.error.message)}`);
      const code = first.extensions?.code ?? null;
      if (want.error.code === null ? code !== null : !matches(code, want.error.code)) out.push(`extensions.code ${show(code)}, expected ${String(want.error.code)}`);
    }
  } else if (body.errors !== undefined) out.push(`errors ${show(body.errors)}, expected none`);
  if (want.data === 'absent' && 'data' in body) out.push(`data ${show(body.data)}, expected no data entry`);
  if (want.data === 'present' && (typeof body.data !== 'object' || body.data === null)) out.push(`data ${show(body.data)}, expected an object`);
  if (typeof want.data === 'object' && show(body.data) !== show(want.data.equals)) out.push(`data ${show(body.data)}, expected ${show(want.data.equals)}`);
  return out;
}

/** GraphQL over HTTP and README rules that hold for every correct answer. */
function invariants(req: Req, reply: Reply): void {
  expect(reply.status).not.toBe(500);
  if (!reply.body) return;
  const accept = req.accept === undefined ? GR : req.accept;
  const mediaType = accept === GR ? GR : AJ;
  expect(reply.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
  for (const error of reply.body.errors ?? []) {
    expect(error.message).not.toBe('Unexpected error.');
    expect(error.extensions?.code, `every error has a code: ${error.message}`).toMatch(/^[A-Z_]+$/);
    expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  }
  if (mediaType === GR) {
    if (!('data' in reply.body)) expect(reply.status).toBeGreaterThanOrEqual(400);
    if (reply.body.data != null) expect(reply.status).toBe(200);
  }
  if ('data' in reply.body) expect(reply.body.extensions?.provenance?.dataVersion).toMatch(/^[0-9a-f]{64}$/);
}

/** Every reply of the suite, for the checks after the table. */
const seen: Array<{ name: string; issue: boolean; status: number; messages: string[] }> = [];

describe('malformed and hostile requests (default configuration)', () => {
  it(`has at least 55 rows with distinct names (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  for (const row of rows) {
    const title = row.issue ? `KNOWN ISSUE: ${row.name}` : `${row.name}: ${row.expect.status}`;
    it(title, async () => {
      const reply = await send(row.req);
      seen.push({ name: row.name, issue: Boolean(row.issue), status: reply.status, messages: (reply.body?.errors ?? []).map((e) => e.message) });
      if (row.issue) {
        expect(differences(reply, row.expect), `the server now answers correctly (${row.issue.why}): delete \`issue\` from this row`).not.toEqual([]);
        expect(differences(reply, row.issue.now), `the server's answer changed; the correct answer is: ${describeExpect(row.expect)}`).toEqual([]);
        return;
      }
      expect(differences(reply, row.expect)).toEqual([]);
      invariants(row.req, reply);
      await row.expect.check?.(reply);
    });
  }

  it('still answers a normal query correctly afterwards, with provenance', async () => {
    const result = await post({ query: '{ sources(first: 5) { totalCount nodes { slug } } }' }, {}, yoga);
    seen.push({ name: 'normal query', issue: false, status: result.status, messages: (result.errors ?? []).map((e) => e.message) });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const sources = (result.data as { sources: { totalCount: number; nodes: Array<{ slug: string }> } }).sources;
    expect(sources.totalCount).toBe(5);
    expect(sources.nodes.map((n) => n.slug)).toEqual(store.sources().slice(0, 5).map((s) => s.slug));
    expect(result.extensions?.provenance?.sources.map((s) => s.slug)).toEqual(sources.nodes.map((n) => n.slug));
    expect(result.extensions?.provenance?.dataVersion).toBe(store.version);
  });

  it('no reply of the suite was a 500 or "Unexpected error."', () => {
    expect(seen.length).toBe(rows.length + 1);
    const crashes = seen.filter((s) => s.status >= 500 || s.messages.includes('Unexpected error.'));
    expect(crashes).toEqual([]);
    // Every row of the suite asserts the correct answer: none is marked as a known issue.
    expect(seen.filter((s) => s.issue)).toEqual([]);
  });
});

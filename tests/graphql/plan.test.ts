/**
 * The compiled plans (src/graphql/plan.ts), in process: every example
 * operation and benchmark query has a plan, which writes graphql-js's `data`
 * byte for byte and notes the same articles. What a plan cannot express gets
 * none; what it cannot answer without an error it gives up, and the server
 * answers as graphql-js does (the generic executor).
 */
import { execute, parse, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext, fixedStore } from '../../src/graphql/context.js';
import { JsonBytes } from '../../src/graphql/json-bytes.js';
import { compilePlan } from '../../src/graphql/plan.js';
import { schema } from '../../src/graphql/schema.js';
import { bundled, post } from '../helpers/api.js';
import { exampleCases } from '../helpers/examples.js';

const { store } = bundled();
const stores = fixedStore(store);
const cases = await exampleCases(store);
const slugs = (seen: Set<{ slug: string }>) => [...seen].map((s) => s.slug).sort();

/** The plan's `data` bytes and noted articles, or null when it gives up. */
function planned(document: DocumentNode, operationName?: string, variables?: Record<string, unknown>) {
  const plan = compilePlan(schema, document, operationName);
  if (!plan) return 'no plan' as const;
  const context = createContext(stores);
  const writer = new JsonBytes();
  writer.start(1024);
  const ok = plan.write(writer, context, variables, undefined);
  const bytes = writer.finish();
  return ok ? { bytes, slugs: slugs(context.provenance) } : null;
}

async function reference(document: DocumentNode, operationName?: string, variables?: Record<string, unknown>) {
  const context = createContext(stores);
  const result = await execute({ schema, document, operationName, variableValues: variables, contextValue: context });
  return { result, bytes: Buffer.from(JSON.stringify(result.data)), slugs: slugs(context.provenance) };
}

describe('compiled plans', () => {
  it.each(cases.map((c) => [c.name, c] as const))('answer %s as graphql-js does', async (_name, c) => {
    const document = parse(c.query);
    const mine = planned(document, c.operationName, c.variables);
    expect(mine, 'a plan that answers').not.toBe('no plan');
    expect(mine).not.toBeNull();
    const theirs = await reference(document, c.operationName, c.variables);
    if (!mine || mine === 'no plan') return;
    expect(mine.bytes.equals(theirs.bytes), mine.bytes.toString('utf8', 0, 300)).toBe(true);
    expect(mine.slugs).toEqual(theirs.slugs);
  });

  it('note only what a query reads from a page: a bare totalCount counts no article, nodes and edges count theirs', async () => {
    for (const query of ['{ claims { totalCount } }', '{ claims(first: 3) { pageInfo { endCursor } } }', '{ claims(first: 3) { edges { cursor } } }', '{ claims(last: 2) { nodes { __typename } } }']) {
      const mine = planned(parse(query));
      const theirs = await reference(parse(query));
      expect(mine !== null && mine !== 'no plan' && mine.slugs, query).toEqual(theirs.slugs);
    }
  });

  it('page as connection.ts does: first, last, after, before and every pageInfo field', async () => {
    const cursor = (n: number) => Buffer.from(`cursor:v1:${n}`).toString('base64url');
    const windows = ['first: 5', 'last: 3', `first: 4, after: "${cursor(2)}"`, `last: 2, before: "${cursor(10)}"`, `first: 3, before: "${cursor(1)}"`, `first: 100, after: "${cursor(40)}"`, `after: "${cursor(0)}", before: "${cursor(4)}"`];
    // An array (claims) and a list that is not one (a search's matches, sliced and counted on demand).
    const lists = [(window: string) => `claims(${window}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename } edges { cursor node { id } } n: nodes { key } }`, (window: string) => `search(query: "Saraqib", ${window}) { pageInfo { hasNextPage endCursor } totalCount edges { __typename cursor node { score } } }`];
    for (const window of windows.flatMap((w) => lists.map((list) => list(w)))) {
      const query = `{ ${window} }`;
      const mine = planned(parse(query));
      const theirs = await reference(parse(query));
      expect(theirs.result.errors, query).toBeUndefined();
      expect(mine !== null && mine !== 'no plan' && mine.bytes.toString(), query).toBe(theirs.bytes.toString());
    }
  });

  it('have none for what they do not express: introspection, @skip/@include on a variable, failing arguments, a replaced resolver', () => {
    expect(planned(parse('{ __schema { queryType { name } } }'))).toBe('no plan');
    expect(planned(parse('query ($s: Boolean!) { sources @skip(if: $s) { totalCount } }'), undefined, { s: false })).toBe('no plan');
    expect(planned(parse('{ sources(first: 500) { totalCount } }'))).toBe('no plan');
    expect(planned(parse('{ search(query: "") { totalCount } }'))).toBe('no plan');
    expect(planned(parse('{ sources @include(if: true) { totalCount } events @skip(if: true) { totalCount } }'))).not.toBe('no plan');
    const field = schema.getQueryType()!.getFields().sources!;
    const built = field.resolve!;
    field.resolve = ((...args: Parameters<GraphQLFieldResolver<unknown, unknown>>) => built(...args)) as GraphQLFieldResolver<unknown, unknown>;
    try {
      expect(planned(parse('{ sources { totalCount } }'))).toBe('no plan');
    } finally {
      field.resolve = built;
    }
  });

  it('give up where graphql-js answers with an error, and the server then answers as graphql-js does', async () => {
    const failing: Array<[string, Record<string, unknown>?]> = [
      ['{ sources(first: 2) { nodes { slug } } node(id: "not-an-id") { id } }'],
      ['{ nodes(ids: ["U291cmNlOm5vbmU=", "RXZlbnQ6ZmViLTMtY2xhc2g="]) { id } }'],
      ['query ($after: String) { claims(first: 2, after: $after) { nodes { id } } }', { after: Buffer.from('cursor:v1:99999').toString('base64url') }],
      ['query ($q: String!) { search(query: $q) { totalCount } }', { q: ' ' }],
      ['query ($f: EventFilters) { events(filterBy: $f) { totalCount } }', { f: { minSourceCount: 0 } }],
    ];
    for (const [query, variables] of failing) {
      expect(planned(parse(query), undefined, variables), query).toBeNull();
      const theirs = await reference(parse(query), undefined, variables);
      const answer = await post({ query, variables });
      expect(answer.data ?? null, query).toEqual(JSON.parse(JSON.stringify(theirs.result.data ?? null)));
      expect(answer.errors?.map((e) => [e.message, e.path]), query).toEqual(theirs.result.errors?.map((e) => [e.message, e.path]));
      if (answer.data) expect(answer.extensions?.provenance?.sources.map((s) => s.slug), query).toEqual(theirs.slugs);
    }
  });

  it('check arguments once per variables, and answer each variables with its own (a page size out of bounds is refused before execution too)', () => {
    const plan = compilePlan(schema, parse('query ($n: Int, $q: String!) { search(query: $q, first: $n) { nodes { score } } }'))!;
    const write = (variables: Record<string, unknown>) => {
      const writer = new JsonBytes();
      writer.start(64);
      const ok = plan.write(writer, createContext(stores), variables, undefined);
      return ok ? (JSON.parse(writer.finish().toString()) as { search: { nodes: unknown[] } }).search.nodes.length : null;
    };
    expect(write({ n: 2, q: 'Saraqib' })).toBe(2);
    expect(write({ n: 5, q: 'Saraqib' })).toBe(5);
    expect(write({ n: 2, q: 'Saraqib' })).toBe(2);
    expect(write({ n: 500, q: 'Saraqib' })).toBeNull();
    expect(write({ n: 2, q: '' })).toBeNull();
  });
});

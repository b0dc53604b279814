/**
 * The benchmark's fixed query set. Every server gets the exact same request
 * body for a query: POST /graphql, JSON `{ query }`, content-type and accept
 * application/json.
 *
 * Q2's id is not known in advance: it is the first event of claimgraph's Q1
 * answer (bench/run.ts fills it in before anything is timed).
 */
export type QueryId = 'q1' | 'q2' | 'q3' | 'q4' | 'q5';

export interface BenchQuery {
  id: QueryId;
  title: string;
  query: string;
}

export const QUERY_IDS: readonly QueryId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

export const REQUEST_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const;

const squeeze = (query: string) => query.replace(/\s+/g, ' ').trim();

/** Q1, the heavy list: 20 events, each with up to 100 claims, their evidence and sources. */
export const Q1 = squeeze(`{
  events(first: 20) {
    nodes {
      id title date { start end precision }
      claims(first: 100) {
        nodes {
          id statement modality
          evidence { start end quote source { slug } }
          source { slug title publisher publishedAt }
        }
      }
      sources { slug }
    }
  }
}`);

/** Q2, a `node` lookup of one event by its global id. */
export const nodeQuery = (id: string) =>
  squeeze(`{
  node(id: ${JSON.stringify(id)}) {
    id __typename
    ... on Event { title date { start end precision } sources { slug } claims(first: 10) { nodes { id statement } } }
  }
}`);

/** Q3, a search with snippets. */
export const Q3 = squeeze(`{
  search(query: "Saraqib", first: 20) {
    totalCount
    nodes {
      score
      node {
        __typename
        ... on Claim { id statement }
        ... on Event { id title }
        ... on Source { id slug title }
        ... on Place { id name aliases }
        ... on Actor { id name }
      }
      snippets { evidence { start end quote source { slug } } highlights { start end } }
    }
  }
}`);

/** Q4, the disputes view: topics in CONFLICT with every position side by side. */
export const Q4 = squeeze(`{
  topics(filterBy: { agreement: [CONFLICT] }) {
    nodes {
      question agreement
      positions {
        source { slug publisher publishedAt }
        claimant { name }
        value qualifier low high words asOfEnd
        evidence { quote }
      }
    }
  }
}`);

/** Q5, the smallest operation: the HTTP and GraphQL pipeline with no resolver work. */
export const Q5 = '{ __typename }';

export function benchQueries(nodeId: string): BenchQuery[] {
  return [
    { id: 'q1', title: 'events(first: 20) × claims(first: 100) + evidence + sources', query: Q1 },
    { id: 'q2', title: `node(id: event) lookup`, query: nodeQuery(nodeId) },
    { id: 'q3', title: 'search("Saraqib", first: 20) with snippets', query: Q3 },
    { id: 'q4', title: 'topics(CONFLICT) with positions (disputes view)', query: Q4 },
    { id: 'q5', title: '{ __typename }', query: Q5 },
  ];
}

export const requestBody = (query: string) => JSON.stringify({ query });

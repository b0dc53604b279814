/**
 * A frontend's use of claimgraph with a well-known client (urql) and the typed
 * documents GraphQL Code Generator makes from ./queries.graphql: `data` and
 * `variables` are typed end to end, and provenance comes with every answer.
 *
 * It sends trusted document ids, not documents: codegen's `persistedDocuments`
 * gives each operation an id (`__meta__.hash`) and writes the manifest the
 * server trusts (./gql/persisted-documents.json); the exchange below sends
 * that id in place of the document. Queries go out as GET
 * (`/graphql?documentId=…&variables=…`), so a CDN or the browser can cache
 * the answers.
 */
import { Client, fetchExchange, makeOperation, mapExchange } from '@urql/core';
import { ClaimsAboutDocument, DisputesDocument } from './gql/graphql.js';

/**
 * Swaps each operation's document for its trusted id: urql 6 sends a document that has a `documentId`
 * and no definitions as `documentId`, never as a query.
 */
const trustedDocumentsExchange = mapExchange({
  onOperation(operation) {
    const documentId = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!documentId) throw new Error(`a document without its trusted id: run \`npm run codegen\``);
    return makeOperation(operation.kind, { ...operation, query: { kind: 'Document', definitions: [], documentId } as unknown as typeof operation.query }, operation.context);
  },
});

export const createClient = (url = 'http://localhost:4000/graphql') => new Client({ url, exchanges: [trustedDocumentsExchange, fetchExchange], preferGetMethod: true });

const defaultClient = createClient();

interface Provenance {
  sources: Array<{ slug: string; title: string; publisher: string; publishedAt: string }>;
  dataVersion: string;
}

export async function disputes(client: Client = defaultClient): Promise<string[]> {
  const result = await client.query(DisputesDocument, {}).toPromise();
  if (result.error) throw result.error;
  const provenance = result.extensions?.provenance as Provenance | undefined;
  console.log(`drawn from ${provenance?.sources.map((s) => s.slug).join(', ')} (data ${provenance?.dataVersion.slice(0, 12)})`);
  // `topics`, `positionsConnection`, `value`... are typed from the schema: a typo here fails to compile.
  return (result.data?.topics.nodes ?? []).flatMap((topic) => {
    const { nodes, totalCount } = topic.positionsConnection;
    const lines = nodes.map((p) => `${topic.question} — ${p.source.publisher}: ${p.value ?? '?'} (${p.qualifier ?? ''}) «${p.evidence[0]?.quote ?? ''}»`);
    const more = totalCount - nodes.length;
    if (more > 0) lines.push(`${topic.question} — and ${more} more answer${more === 1 ? '' : 's'}`);
    return lines;
  });
}

export async function claimsAbout(place: string, client: Client = defaultClient): Promise<number> {
  const result = await client.query(ClaimsAboutDocument, { place, first: 50 }).toPromise();
  if (result.error) throw result.error;
  return result.data?.claims.totalCount ?? 0;
}

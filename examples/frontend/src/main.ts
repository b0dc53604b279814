/**
 * A frontend's use of claimgraph with a well-known client (urql) and the typed
 * documents GraphQL Code Generator makes from ./queries.graphql: `data` and
 * `variables` are typed end to end, and provenance comes with every answer.
 */
import { Client, fetchExchange } from '@urql/core';
import { ClaimsAboutDocument, DisputesDocument } from './gql/graphql.js';

const client = new Client({ url: 'http://localhost:4000/graphql', exchanges: [fetchExchange] });

interface Provenance {
  sources: Array<{ slug: string; title: string; publisher: string; publishedAt: string }>;
  dataVersion: string;
}

export async function disputes(): Promise<string[]> {
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

export async function claimsAbout(place: string): Promise<number> {
  const result = await client.query(ClaimsAboutDocument, { place, first: 50 }).toPromise();
  if (result.error) throw result.error;
  return result.data?.claims.totalCount ?? 0;
}

/**
 * Correctness before timing: one request per query to each server (harness
 * post), compared with claimgraph's own answer (the reference, taken once at
 * the start).
 *
 * - every server: HTTP 200, a JSON content-type, no `errors`, and `data`
 *   deep-equal to the reference's `data`;
 * - claimgraph (cold and warm): a well-formed `extensions.provenance` equal to
 *   the reference's (for the warm server, asked twice so the second answer
 *   can come from its response cache);
 * - the ceiling: byte for byte the reference's body and content-type.
 */
import { isDeepStrictEqual } from 'node:util';
import { answerProblems, type Answer } from '../tools/harness.js';
import type { BenchQuery, QueryId } from './queries.js';

export type { Answer };

/** Every `slug` string found in a `data` tree: in this query set only Source has a slug. */
function slugsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) slugsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'slug' && typeof v === 'string') out.add(v);
      else slugsIn(v, out);
    }
  }
  return out;
}

/** Problems with `extensions.provenance` of a claimgraph answer (empty when it is well-formed). */
export function provenanceProblems(answer: Answer, query: QueryId): string[] {
  const p = answer.json?.extensions?.provenance as { sources?: unknown; dataVersion?: unknown } | undefined;
  if (!p || typeof p !== 'object') return ['no extensions.provenance'];
  const problems: string[] = [];
  if (typeof p.dataVersion !== 'string' || !/^[0-9a-f]{64}$/.test(p.dataVersion)) problems.push(`provenance.dataVersion is not a sha256: ${JSON.stringify(p.dataVersion)}`);
  if (!Array.isArray(p.sources)) return [...problems, 'provenance.sources is not a list'];
  const sources = p.sources as Array<Record<string, unknown>>;
  for (const s of sources) {
    for (const key of ['id', 'slug', 'title', 'publisher', 'publishedAt'])
      if (typeof s[key] !== 'string') problems.push(`provenance source ${JSON.stringify(s.slug)} has no string ${key}`);
  }
  const slugs = sources.map((s) => String(s.slug));
  if (slugs.some((slug, i) => i > 0 && !(slugs[i - 1]! < slug))) problems.push('provenance.sources is not sorted by slug without repeats');
  const missing = [...slugsIn(answer.json?.data)].filter((slug) => !slugs.includes(slug));
  if (missing.length) problems.push(`articles in the answer but not in its provenance: ${missing.join(', ')}`);
  if (query === 'q5' && slugs.length) problems.push('{ __typename } touches no record, yet provenance lists articles');
  if (query !== 'q5' && !slugs.length) problems.push('provenance lists no article for a query that returns records');
  return problems;
}

export type ServerKind = 'claimgraph' | 'ceiling' | 'peer';

/** Compares a server's answer with the reference (claimgraph's cold answer). */
export function checkAnswer(kind: ServerKind, query: BenchQuery, answer: Answer, reference: Answer): string[] {
  const problems = answerProblems(answer);
  if (problems.length) return problems;
  if (!isDeepStrictEqual(answer.json!.data, reference.json!.data)) problems.push('data differs from claimgraph’s');
  if (kind === 'claimgraph') {
    problems.push(...provenanceProblems(answer, query.id));
    if (!isDeepStrictEqual(answer.json!.extensions?.provenance, reference.json!.extensions?.provenance)) problems.push('extensions.provenance differs from the reference answer’s');
  }
  if (kind === 'ceiling') {
    if (!answer.bytes.equals(reference.bytes)) problems.push('body is not byte for byte claimgraph’s');
    if (answer.contentType !== reference.contentType) problems.push(`content-type ${answer.contentType} is not claimgraph’s ${reference.contentType}`);
  }
  return problems;
}

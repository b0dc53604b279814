/**
 * Provenance as one mechanism: every field resolver of the schema is wrapped
 * once, at start-up, so that whatever record it returns counts its articles
 * in the request's collector; an envelop plugin then writes the collector into
 * `extensions.provenance` with the dataVersion. No resolver has to remember it.
 *
 * What counts: a Source itself; the article of a claim or a span (`source`);
 * the articles of an event, topic, actor or place (`sources`, i.e. of its
 * claims or mentions), and of any computed value that carries `sources`
 * (a timeline bucket, a search hit). A bare `totalCount` resolves no record
 * and counts nothing.
 *
 * An event, topic, actor or place counts its articles when it is an answer
 * (returned by a root field, a list or a search), not when it is a reference
 * inside another record: the claimant of a claim from article A is part of
 * that claim, so the answer draws on A alone, not on every article that
 * mentions the claimant. Whatever the query reads further (the referenced
 * record's claims, mentions or sources) counts as usual.
 */
import { defaultFieldResolver, getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './builder.js';
import type { Dataset, SourceRecord } from './data/dataset.js';
import { globalIdOf } from './schema/node.js';

type Traceable = { nodeType?: string; source?: SourceRecord; sources?: SourceRecord[] };

function note(used: Set<SourceRecord>, value: unknown, asAnswer: boolean): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) note(used, item, asAnswer);
    return;
  }
  const v = value as Traceable;
  if (v.nodeType === 'Source') used.add(v as unknown as SourceRecord);
  else if (v.source?.nodeType === 'Source') used.add(v.source);
  if (asAnswer && Array.isArray(v.sources)) for (const s of v.sources) used.add(s);
}

/** Types whose fields hand out answers (lists, hits, buckets) rather than references from one record to another. */
const isAnswerType = (name: string) => name === 'Query' || /(Connection|Edge)$/.test(name) || ['SearchHit', 'Timeline', 'TimelineBucket'].includes(name);

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown>)?.then === 'function';

/** Wraps every object field's resolver so its result is noted in `context.provenance`. Mutates and returns the schema. */
export function trackProvenance(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const asAnswer = isAnswerType(type.name);
    for (const field of Object.values(type.getFields())) {
      // A scalar or enum is never a record: leaving those fields unwrapped keeps most resolvers as they are.
      // (The one computed scalar, `geojson`, counts its articles itself.)
      if (isLeafType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const result = resolve(source, args, context, info);
        if (isPromise(result)) return result.then((r) => (note(context.provenance, r, asAnswer), r));
        note(context.provenance, result, asAnswer);
        return result;
      };
    }
  }
  return schema;
}

export interface ProvenanceSource {
  id: string;
  slug: string;
  title: string;
  publisher: string;
  publishedAt: string;
}

export interface Provenance {
  sources: ProvenanceSource[];
  dataVersion: string;
}

export function provenanceOf(used: Iterable<SourceRecord>, dataset: Dataset): Provenance {
  return {
    sources: [...used]
      .sort((a, b) => (a.slug < b.slug ? -1 : 1))
      .map((s) => ({ id: globalIdOf(s), slug: s.slug, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt })),
    dataVersion: dataset.version,
  };
}

/**
 * Writes `extensions.provenance` into every executed result. It wraps the
 * executor (rather than editing the result afterwards) so that the provenance
 * is part of the result itself: the response cache, which wraps this executor
 * in turn, stores and serves it byte for byte.
 */
export function provenancePlugin(dataset: Dataset): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const result = await executeFn(args);
        if (Symbol.asyncIterator in result) return result;
        const used = (args.contextValue as Context).provenance;
        return { ...result, extensions: { ...result.extensions, provenance: provenanceOf(used, dataset) } };
      });
    },
  };
}

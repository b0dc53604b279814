/**
 * Provenance, declared by each type: every object type says, in its own
 * module, where its articles come from (`provenance` in its options), and the
 * schema refuses to build when an object type declares nothing. An answer's
 * articles are noted where records enter it: root fields, lists and
 * connections (a page's items as it is written), never on every object field.
 * Each such field's noter is decided once, when the schema is built: the
 * compiled plans (plan.ts) note with it as they write; the schema's resolvers
 * of those fields note with it too, for executors that run the resolvers
 * (graphql-js, graphql-jit on the generic path). The envelop plugin then
 * writes them into `extensions.provenance` with the dataVersion (a plan
 * writes it with its answer).
 *
 * The rules:
 * - a record of one article (a source, a claim, a span, a topic position)
 *   counts that article whenever it enters the answer;
 * - an aggregate (an event or topic returned as an answer, a timeline bucket,
 *   a search hit, a map) counts the articles it was made from;
 * - an actor or place counts nothing by itself: the mentions and sources a
 *   query reads from it count as they are returned;
 * - a record named inside another (a claim's claimants, topic, events or
 *   places; an event's places) is part of that record: it counts nothing
 *   more, while whatever the query reads further into it counts as usual.
 */
import SchemaBuilder, { BasePlugin, PothosSchemaError, type FieldNullability, type InputFieldMap, type PothosOutputFieldConfig, type PothosOutputFieldType, type SchemaTypes, type TypeParam } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { SourceRecord } from '../domain/records.js';
import type { Context } from './context.js';

/** How a type's values count their articles when they enter an answer. */
export type ProvenanceDeclaration<T = never> =
  /** A record of one article: counts that article. */
  | { readonly article: (value: T) => SourceRecord }
  /** An aggregate or a computed value: counts the articles it was made from. */
  | { readonly articles: (value: T) => Iterable<SourceRecord> }
  /** A page of other values: counts each item by the declaration of its own type. */
  | { readonly items: (value: T) => Iterable<unknown>; readonly itemType: string }
  /** Carries no article of its own; the reason is the documentation. */
  | { readonly none: string };

/**
 * How a field passes its values on. `answer` (the default for root fields,
 * lists and connections) notes them; `reference` (a list naming other
 * records) and `parent` (values of the parent's own article: a claim's spans)
 * note nothing more. A single-object field is `parent` unless it says otherwise.
 */
export type FieldProvenance = 'answer' | 'reference' | 'parent' | ProvenanceDeclaration<any>;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      provenance: PothosProvenancePlugin<Types>;
    }
    interface ObjectTypeOptions<Types extends SchemaTypes = SchemaTypes, Shape = unknown> {
      /** Where this type's articles come from (src/graphql/provenance.ts). Required on every object type. */
      provenance?: ProvenanceDeclaration<Shape>;
    }
    interface FieldOptions<Types extends SchemaTypes = SchemaTypes, ParentShape = unknown, Type extends TypeParam<Types> = TypeParam<Types>, Nullable extends FieldNullability<Type> = FieldNullability<Type>, Args extends InputFieldMap = InputFieldMap, ResolveShape = unknown, ResolveReturnShape = unknown> {
      /** How this field passes its values on to `extensions.provenance` (see FieldProvenance). */
      provenance?: FieldProvenance;
    }
  }
}

type AnyDeclaration = ProvenanceDeclaration<any>;

/** The declaration of every object type, by name: filled as the schema is built. */
const declarations = new Map<string, AnyDeclaration>();

/** The root types hand out answers; they have no provenance of their own. */
const ROOT_KINDS = new Set(['Query', 'Mutation', 'Subscription']);

/** Notes a value of a declared type, as it enters the answer. */
function noteValue(seen: Set<SourceRecord>, value: unknown, declaration: AnyDeclaration | undefined): void {
  if (value === null || value === undefined || !declaration) return;
  if ('article' in declaration) seen.add(declaration.article(value));
  else if ('articles' in declaration) for (const source of declaration.articles(value)) seen.add(source);
  else if ('items' in declaration) {
    const itemDeclaration = declarations.get(declaration.itemType);
    for (const item of declaration.items(value)) noteValue(seen, item, itemDeclaration ?? declarationOf(item));
  }
}

/** The declaration of a value returned through an interface or a union: records carry their type's name. */
const declarationOf = (value: unknown) => declarations.get((value as { nodeKind?: string }).nodeKind ?? '');

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown> | null)?.then === 'function';

const namedType = <Types extends SchemaTypes>(type: PothosOutputFieldType<Types>): { ref: unknown; list: boolean } =>
  type.kind === 'List' ? { ref: namedType(type.type).ref, list: true } : { ref: type.ref, list: false };

export class PothosProvenancePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: Parameters<BasePlugin<Types>['onTypeConfig']>[0]) {
    if (typeConfig.kind === 'Object') {
      const declared = (typeConfig.pothosOptions as { provenance?: AnyDeclaration }).provenance;
      if (!declared) throw new PothosSchemaError(`Object type ${typeConfig.name} declares no provenance: say where its articles come from (src/graphql/provenance.ts)`);
      declarations.set(typeConfig.name, declared);
    }
    return typeConfig;
  }

  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    const noter = this.noterFor(fieldConfig);
    if (!noter) return resolver;
    noters.set(`${fieldConfig.parentType}.${fieldConfig.name}`, noter);
    const note = noter.list
      ? (seen: Set<SourceRecord>, result: unknown) => {
          if (Array.isArray(result)) for (const item of result) noter.note(seen, item);
        }
      : noter.note;
    return (parent: unknown, args: object, context: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      const result = resolver(parent, args, context, info);
      const seen = (context as Context).provenance;
      if (isPromise(result)) return result.then((r) => (note(seen, r), r));
      note(seen, result);
      return result;
    };
  }

  /** What a field notes of its result, decided once when the schema is built; null when it notes nothing. */
  private noterFor(fieldConfig: PothosOutputFieldConfig<Types>): FieldNoter | null {
    const option = (fieldConfig.pothosOptions as { provenance?: FieldProvenance }).provenance;
    if (option === 'reference' || option === 'parent') return null;
    const { ref, list } = namedType(fieldConfig.type);
    if (typeof option === 'object') return { list: false, note: (seen, result) => noteValue(seen, result, option) };
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const parentDeclaration = (parent.pothosOptions as { provenance?: AnyDeclaration }).provenance;
    // A page's own fields (its nodes, its edges) were noted when the page entered the answer.
    if (parentDeclaration && 'items' in parentDeclaration) return null;
    const returned = this.buildCache.getTypeConfig(ref as string);
    if (returned.kind === 'Enum' || returned.kind === 'Scalar') return null;
    const isAnswer = option === 'answer' || list || ROOT_KINDS.has(parent.kind);
    if (!isAnswer) return null;
    const declared = returned.kind === 'Object' ? (returned.pothosOptions as { provenance?: AnyDeclaration }).provenance : undefined;
    if (declared && 'none' in declared) return null;
    return { list, note: declared ? (seen, value) => noteValue(seen, value, declared) : (seen, value) => noteValue(seen, value, declarationOf(value)) };
  }
}

/**
 * How a field notes what it returns: each value (each item, for a list) as it
 * enters the answer. Decided once per field when the schema is built.
 */
export interface FieldNoter {
  /** The field returns a list: `note` takes each item. */
  readonly list: boolean;
  readonly note: (seen: Set<SourceRecord>, value: unknown) => void;
}

const noters = new Map<string, FieldNoter>();

/**
 * The noter of a field, by its type and name; undefined when it notes
 * nothing. The schema's resolvers note through it; an executor that calls the
 * declared resolvers directly (the compiled plans, plan.ts) notes with it
 * where the field's values enter the answer.
 */
export const fieldNoter = (typeName: string, fieldName: string): FieldNoter | undefined => noters.get(`${typeName}.${fieldName}`);

SchemaBuilder.registerPlugin('provenance', PothosProvenancePlugin);

/** The declarations of the built schema's object types, by name: for tests and docs. */
export const declaredProvenance = (): ReadonlyMap<string, AnyDeclaration> => declarations;

/** Most articles `extensions.provenance.sources` lists; a longer list is cut, with `sourceCount` and `truncated`. */
export const MAX_PROVENANCE_SOURCES = 100;

export interface ProvenanceSource {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly publisher: string;
  readonly publishedAt: string;
}

export interface Provenance {
  readonly sources: ProvenanceSource[];
  /** Present when more than MAX_PROVENANCE_SOURCES articles were used: how many, and that the list is cut. */
  readonly sourceCount?: number;
  readonly truncated?: true;
  readonly dataVersion: string;
}

/** The provenance of an answer: its articles by slug (at most MAX_PROVENANCE_SOURCES) and the dataVersion. */
export function provenanceOf(used: Iterable<SourceRecord>, dataVersion: string): Provenance {
  const sorted = [...used].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const shown = sorted.slice(0, MAX_PROVENANCE_SOURCES).map((s) => ({ id: encodeGlobalID('Source', s.slug), slug: s.slug, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt }));
  return sorted.length > MAX_PROVENANCE_SOURCES ? { sources: shown, sourceCount: sorted.length, truncated: true, dataVersion } : { sources: shown, dataVersion };
}

/**
 * Writes `extensions.provenance` into every executed result. It wraps the
 * executor, so the provenance is part of the result itself: the response
 * cache, which wraps this executor in turn, stores and serves it byte for byte.
 */
export function useProvenance(): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const result = await executeFn(args);
        // A compiled plan (plan.ts) writes its answer's provenance itself.
        if (Symbol.asyncIterator in result || result.extensions?.provenance) return result;
        const context = args.contextValue as Context;
        return { ...result, extensions: { ...result.extensions, provenance: provenanceOf(context.provenance, context.store.version) } };
      });
    },
  };
}

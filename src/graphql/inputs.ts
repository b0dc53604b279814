/**
 * What the list fields' arguments share: GraphQL enums made from the data
 * format's zod enums, ordering (`orderBy: { field, direction }`, GitHub's
 * style), date ranges, and naming a record by global id, key, slug or any
 * alias ("Saraqib" names Saraqeb). Arguments are checked in one of two ways:
 * their shape by zod on the field (`validate`, mapped to BAD_USER_INPUT by the
 * builder), the records they name by `named` here; page arguments by the
 * page rules before execution.
 */
import type { EnumRef } from '@pothos/core';
import type { z } from 'zod';
import type { NodeKind, RecordOf } from '../domain/records.js';
import type { DateRange, Store } from '../domain/store.js';
import { builder, type Types } from './builder.js';
import { invalidArgument } from './errors.js';
import { decodeGlobalId } from './types/node-ids.js';

/** A GraphQL enum from a zod enum of the data format, so a value added to the format appears here with its description. */
export function enumFrom<const V extends string>(name: string, description: string, zodEnum: z.ZodEnum<{ [K in V]: K }>, descriptions: Record<V, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(zodEnum.options.map((v) => [v, { description: descriptions[v as V] }])) as Record<V, { description: string }>,
  });
}

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Ordering direction.',
  values: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});

/** `<Type>Order { field: <Type>OrderField!, direction: OrderDirection! }`, in the style of GitHub's API. */
export function orderInput<Field extends string>(name: string, plural: string, tieBreak: string, fieldEnum: EnumRef<Types, Field>) {
  return builder.inputType(name, {
    description: `Ordering of ${plural}; ties are broken by ${tieBreak}.`,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Ascending or descending.' }),
    }),
  });
}

export const DateRangeInput = builder.inputType('DateRangeInput', {
  description: 'An inclusive date range; either end may be left open. A record matches when its own date range overlaps this one.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false, description: 'First day (inclusive); open when omitted.' }),
    to: t.field({ type: 'Date', required: false, description: 'Last day (inclusive); open when omitted.' }),
  }),
});

/** A date range argument, refused when reversed; `path` names it in the error. */
export function dateRange(range: DateRange | null | undefined, path: string): DateRange | null {
  if (!range) return null;
  if (range.from && range.to && range.from > range.to) throw invalidArgument(path, `from (${range.from}) must not be after to (${range.to})`);
  return range;
}

type NamedKind = Exclude<NodeKind, 'Claim' | 'Suggestion'>;
const HOW_NAMED: Record<NamedKind, string> = { Source: 'id or slug', Event: 'id or key', Topic: 'id or key', Actor: 'id, key or alias', Place: 'id, key or alias' };

/**
 * Records named by global id, key (slug for sources) or, for actors and places,
 * any alias in any case. An unknown name is a BAD_USER_INPUT error naming it:
 * a typo should not look like "no results".
 */
export function named<K extends NamedKind>(store: Store, kind: K, names: readonly string[] | null | undefined, path: string): Array<RecordOf<K>> | null {
  if (!names?.length) return null;
  return names.map((name, i) => {
    const byKey = store.record(kind, name);
    const byAlias = kind === 'Actor' || kind === 'Place' ? store.entityNamed(name) : undefined;
    const decoded = decodeGlobalId(name);
    const byId = decoded?.kind === kind ? store.record(kind, decoded.key) : undefined;
    const record = byKey ?? (byAlias?.nodeKind === kind ? byAlias : undefined) ?? byId;
    if (!record) throw invalidArgument(`${path}[${i}]`, `no ${kind} has the ${HOW_NAMED[kind]} ${JSON.stringify(name)}`);
    return record as RecordOf<K>;
  });
}

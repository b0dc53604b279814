/**
 * What the list fields' filters share: ordering direction, date ranges, and
 * naming a record by global id, key, slug or any alias ("Saraqib" names Saraqeb).
 */
import type { EnumRef } from '@pothos/core';
import { badUserInput, builder, type Types } from '../builder.js';
import { entityOfAlias } from '../data/aliases.js';
import type { ActorRecord, Dataset, DatasetRecord, EventRecord, PlaceRecord, SourceRecord, TopicRecord } from '../data/dataset.js';
import type { DateRange } from '../data/query.js';
import { recordByKey, resolveNode } from './node.js';

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

/** Checks a date range argument; `path` names it in the error. */
export function dateRange(range: DateRange | null | undefined, path: string): DateRange | null {
  if (!range) return null;
  if (range.from && range.to && range.from > range.to) {
    throw badUserInput(`Invalid argument: ${path}: from (${range.from}) must not be after to (${range.to})`, [{ path, message: 'from must not be after to' }]);
  }
  return range;
}

type Kind = 'Source' | 'Event' | 'Topic' | 'Actor' | 'Place';
type RecordOf<K extends Kind> = K extends 'Source' ? SourceRecord : K extends 'Event' ? EventRecord : K extends 'Topic' ? TopicRecord : K extends 'Actor' ? ActorRecord : PlaceRecord;

/**
 * Records named by global id, key (slug for sources) or, for actors and places,
 * any alias in any case. An unknown name is a BAD_USER_INPUT error naming it:
 * a typo should not look like "no results".
 */
export function named<K extends Kind>(dataset: Dataset, kind: K, names: readonly string[] | null | undefined, path: string): Array<RecordOf<K>> | null {
  if (!names?.length) return null;
  return names.map((name, i) => {
    const record =
      recordByKey(dataset, kind, name) ??
      ((kind === 'Actor' || kind === 'Place') && entityOfAlias(dataset, name)?.nodeType === kind ? entityOfAlias(dataset, name) : undefined) ??
      (() => {
        const node = resolveNode(dataset, name);
        return node instanceof Error || node.nodeType !== kind ? undefined : node;
      })();
    if (!record) {
      const how = kind === 'Actor' || kind === 'Place' ? 'id, key or alias' : kind === 'Source' ? 'id or slug' : 'id or key';
      throw badUserInput(`Invalid argument: ${path}[${i}]: no ${kind} has the ${how} ${JSON.stringify(name)}`, [{ path: `${path}[${i}]`, message: `no ${kind} has the ${how} ${JSON.stringify(name)}` }]);
    }
    return record as RecordOf<K>;
  });
}

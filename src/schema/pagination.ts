/**
 * Relay connections over the Dataset's immutable, pre-sorted lists. Page size
 * and cursors are validated with zod (plugin-zod) so a bad `first`, `last`,
 * `after` or `before` is a BAD_USER_INPUT error naming the argument, never a
 * silently capped page.
 */
import { z } from 'zod';
import type { ObjectRef } from '@pothos/core';
import { badUserInput, builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Types } from '../builder.js';
const CURSOR_PREFIX = 'cursor:v1:';

export const encodeCursor = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || Buffer.from(text).toString('base64url') !== cursor) return null;
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
}

const pageSize = z
  .number()
  .int()
  .min(1, `must be between 1 and ${MAX_PAGE_SIZE}`)
  .max(MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`)
  .nullish();
const cursor = z
  .string()
  .refine((c) => decodeCursor(c) !== null, 'is not a cursor returned by this API (copy it from pageInfo or an edge)')
  .nullish();

/** The connection arguments' validation, shared by every connection field (extra arguments pass through). */
export const connectionArgsSchema = z.looseObject({ first: pageSize, last: pageSize, after: cursor, before: cursor });

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** One page of a list, with `totalCount`. Default page: the first DEFAULT_PAGE_SIZE items. */
export function paginate<T>(items: readonly T[], args: PageArgs): Page<T> {
  const position = (name: 'after' | 'before', value: string | null | undefined) => {
    if (value == null) return null;
    const offset = decodeCursor(value);
    if (offset === null || offset >= items.length) throw badUserInput(`Invalid argument: ${name}: cursor is out of range for this list`, [{ path: name, message: 'cursor is out of range for this list' }]);
    return offset;
  };
  const after = position('after', args.after);
  const before = position('before', args.before);
  let start = after === null ? 0 : after + 1;
  let end = before === null ? items.length : Math.max(start, before);
  const first = args.first ?? (args.last == null ? DEFAULT_PAGE_SIZE : null);
  if (first != null) end = Math.min(end, start + first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const edges = items.slice(start, end).map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/**
 * A named connection type (`<Type>Connection`, `<Type>Edge`) shared by every
 * field that lists that type, so clients see one ClaimConnection, not one per field.
 */
export function connectionType<T extends object>(ref: ObjectRef<Types, T>, plural: string) {
  const name = ref.name;
  return builder.connectionObject(
    { type: ref, name: `${name}Connection`, description: `A page of ${plural}, with the total count of the whole list.` },
    { name: `${name}Edge`, description: `One of the ${plural} of a page, with its cursor.` },
  );
}

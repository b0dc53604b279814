/**
 * The rules of a page: its size (1 to 100, GitHub's bounds; 20 by default)
 * and its cursors (opaque offsets). Checked once per document and variables
 * before execution (src/http/limits.ts), and applied by connection.ts.
 */

export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** The arguments every paged field takes. */
export interface PageArgs {
  readonly first?: number | null;
  readonly last?: number | null;
  readonly after?: string | null;
  readonly before?: string | null;
}

export const PAGE_ARGUMENTS = ['first', 'last', 'after', 'before'] as const;

const CURSOR_PREFIX = 'cursor:v1:';

const encode = (offset: number): string => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
/** The cursors of the first offsets, each made once: a cursor stands for its offset only. */
const firstCursors: string[] = [];

export const encodeCursor = (offset: number): string => (offset < 1024 ? (firstCursors[offset] ??= encode(offset)) : encode(offset));

/** The offset a cursor stands for, or null when the string is not a cursor this API returned. */
export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || Buffer.from(text).toString('base64url') !== cursor) return null;
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
}

export const PAGE_SIZE_PROBLEM = `must be between 1 and ${PAGE_SIZE.max}`;
export const CURSOR_PROBLEM = 'is not a cursor returned by this API (copy it from pageInfo or an edge)';

/** What is wrong with a page's arguments, argument by argument; empty when nothing is. */
export function pageArgumentProblems(args: PageArgs): Array<{ argument: (typeof PAGE_ARGUMENTS)[number]; problem: string }> {
  const problems: Array<{ argument: (typeof PAGE_ARGUMENTS)[number]; problem: string }> = [];
  for (const argument of ['first', 'last'] as const) {
    const size = args[argument];
    if (size != null && !(Number.isInteger(size) && size >= 1 && size <= PAGE_SIZE.max)) problems.push({ argument, problem: PAGE_SIZE_PROBLEM });
  }
  for (const argument of ['after', 'before'] as const) {
    const cursor = args[argument];
    if (cursor != null && decodeCursor(cursor) === null) problems.push({ argument, problem: CURSOR_PROBLEM });
  }
  return problems;
}

/** How many items a page of these arguments holds at most: what the cost budget counts. */
export const pageSizeOf = (args: PageArgs): number => Math.min(PAGE_SIZE.max, Math.max(0, args.first ?? args.last ?? PAGE_SIZE.default));

/**
 * What is wrong with a data folder: every problem, with its file and JSON path,
 * collected before giving up so a curator sees the whole list at once.
 */

export interface Fault {
  /** Path of the file, relative to the data folder. */
  readonly file: string;
  /** JSON path inside the file (`$` for the file as a whole). */
  readonly path: string;
  readonly message: string;
}

export const formatFault = (f: Fault): string => `  ${f.file} ${f.path}: ${f.message}`;

/** Data that cannot be served: any fault refuses the whole folder. */
export class DataError extends Error {
  constructor(readonly faults: readonly Fault[]) {
    super(`invalid data: ${faults.length} problem${faults.length === 1 ? '' : 's'}\n${faults.map(formatFault).join('\n')}`);
    this.name = 'DataError';
  }
}

/** A JSON path from zod's issue path: `$.claims[3].evidence`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

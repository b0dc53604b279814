/**
 * README's error table is the list in src/graphql/errors.ts: every code, its
 * HTTP status and its meaning, in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/graphql/errors.js';

describe('error codes', () => {
  it('README lists exactly the codes of src/graphql/errors.ts, with their statuses and meanings', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));
    const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| (.+?) \| (.+) \|$/gm)].map((m) => ({ code: m[1], status: m[2], meaning: m[3] }));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows).toEqual(Object.entries(ERROR_CODES).map(([code, { status, meaning }]) => ({ code, status, meaning })));
  });
});

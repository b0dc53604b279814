/**
 * The frontend example (examples/frontend) compiles against the typed documents
 * codegen makes from schema.graphql: a renamed field would break this test.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/server.js';

describe('frontend example', () => {
  it('type-checks with tsc --noEmit', () => {
    const tsc = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PROJECT_ROOT, 'examples/frontend/tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});

/**
 * npm run eval:extract: its last line is a contract (scripts read it), and the
 * extractor must keep meeting the targets set for it on the curated articles.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/server.js';

describe('npm run eval:extract', () => {
  it('ends with the overall line, and the extractor meets its targets (leave-one-out)', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/eval-extract.ts')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_DATA_DIR: join(PROJECT_ROOT, 'data') },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const last = lines[lines.length - 1]!;
    const m = /^overall: claim-recall=(\d\.\d\d) claim-precision=(\d\.\d\d) quantity-accuracy=(\d\.\d\d) date-accuracy=(\d\.\d\d) entity-accuracy=(\d\.\d\d)$/.exec(last);
    expect(m, last).not.toBeNull();
    const [recall, precision, quantity, date] = m!.slice(1, 5).map(Number) as [number, number, number, number];
    // Re-based when the editorial pass (issue 13) made the curated answer key stricter (more claims per
    // sentence, WEEK/MONTH dates): the same extractor measured 0.89 recall and 0.95 date accuracy against the
    // old key, 0.76 and 0.69 against the new one. Re-based again when the second editorial pass added 21
    // claims (second readings of sentences already annotated: identities, 'rare', durations), which the
    // unchanged extractor does not produce: 0.69 recall and 0.67 date accuracy. It must not fall below that.
    expect(recall).toBeGreaterThanOrEqual(0.69);
    expect(precision).toBeGreaterThanOrEqual(0.7);
    expect(quantity).toBeGreaterThanOrEqual(0.9);
    expect(date).toBeGreaterThanOrEqual(0.67);
    // One report per curated article, each with the baseline beside it.
    expect(lines.filter((l) => /^\d{3}_[0-9a-f]{16} \(/.test(l))).toHaveLength(5);
    expect(lines.filter((l) => l.includes('[one claim per sentence]'))).toHaveLength(6);
  });
});

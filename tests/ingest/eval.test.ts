/**
 * npm run eval:extract: its last line is a contract (scripts read it), and the
 * pipeline must keep meeting the targets set for it: extraction on the curated
 * articles, links leave-one-out, boilerplate and claimants on the style set.
 * Nothing here is timed: the timeout only bounds a hung run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/server.js';

describe('npm run eval:extract', () => {
  it('ends with the overall line, and the pipeline meets its targets', { timeout: 300_000 }, () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/eval-extract.ts')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_DATA_DIR: join(PROJECT_ROOT, 'data') },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const last = lines[lines.length - 1]!;
    const m = /^overall: claim-recall=(\d\.\d\d) claim-precision=(\d\.\d\d) quantity-accuracy=(\d\.\d\d) date-accuracy=(\d\.\d\d) entity-accuracy=(\d\.\d\d) link-recall-at-3=(\d\.\d\d) link-precision=(\d\.\d\d) boilerplate-f1=(\d\.\d\d) claimant-accuracy=(\d\.\d\d)$/.exec(last);
    expect(m, last).not.toBeNull();
    const [recall, precision, quantity, date, entity, linkRecall, linkPrecision, boilerplate, claimants] = m!.slice(1, 10).map(Number) as number[];
    // Re-based when the editorial pass (issue 13) made the curated answer key stricter (more claims per
    // sentence, WEEK/MONTH dates): the same extractor measured 0.89 recall and 0.95 date accuracy against the
    // old key, 0.76 and 0.69 against the new one. Re-based again when the second editorial pass added 21
    // claims (second readings of sentences already annotated: identities, 'rare', durations), which the
    // unchanged extractor does not produce: 0.69 recall and 0.67 date accuracy. It must not fall below that.
    expect(recall).toBeGreaterThanOrEqual(0.69);
    expect(precision).toBeGreaterThanOrEqual(0.7);
    expect(quantity).toBeGreaterThanOrEqual(0.9);
    expect(date).toBeGreaterThanOrEqual(0.67);
    expect(entity).toBeGreaterThanOrEqual(0.89);
    // Issue 14's targets: leave-one-out link recall@3 and precision at the default confidence; the frozen
    // style set's boilerplate span F1 and claimant accuracy.
    expect(linkRecall).toBeGreaterThanOrEqual(0.7);
    expect(linkPrecision).toBeGreaterThanOrEqual(0.8);
    expect(boilerplate).toBeGreaterThanOrEqual(0.9);
    expect(claimants).toBeGreaterThanOrEqual(0.85);
    // The link report and the style set: a calibration table for each, one line per style-set article.
    expect(lines.filter((l) => l.startsWith('  calibration (confidence: suggestions, share right)'))).toHaveLength(2);
    expect(lines.filter((l) => /^style set \d\d-/.test(l))).toHaveLength(16);
    // One report per curated article, each with the baseline beside it.
    expect(lines.filter((l) => /^\d{3}_[0-9a-f]{16} \(/.test(l))).toHaveLength(5);
    expect(lines.filter((l) => l.includes('[one claim per sentence]'))).toHaveLength(6);
  });
});

describe('a new claimant\'s name against the expected one', () => {
  it('takes the same content words in another order or form of the country, and nothing looser', async () => {
    const { sameName, sameNameWordForWord } = await import('../../src/ingest/evaluate.js');
    expect(sameName('Zimbabwean government', 'government of Zimbabwe')).toBe(true);
    expect(sameName("China's foreign ministry", 'Chinese foreign ministry')).toBe(true);
    expect(sameName('Interior ministry of Colombia', "Colombia's interior ministry")).toBe(true);
    expect(sameName('rebel fighter Abu Omar', 'Abu Omar')).toBe(true);
    // An acronym with or without its full stops is one name ("US" is "U.S.").
    expect(sameNameWordForWord('US State Department', 'U.S. State Department')).toBe(true);
    expect(sameName('UK embassy in Manila', 'U.K. embassy in Manila')).toBe(true);
    expect(sameName('US State Department', 'UN State Department')).toBe(false);
    expect(sameNameWordForWord('J.R.R. Tolkien', 'J. R. R. Tolkien')).toBe(true);
    expect(sameName('US official', 'a U.S. official')).toBe(true);
    // A name without its country, another country, or fewer words is another actor.
    expect(sameName('Government', 'government of Lesotho')).toBe(false);
    expect(sameName('Zambian government', 'government of Zimbabwe')).toBe(false);
    expect(sameName('Chinese defence ministry', 'Chinese foreign ministry')).toBe(false);
    expect(sameName('Residents', 'residents of Saraqeb')).toBe(false);
    // The scorer before round 13 is kept beside it, word for word.
    expect(sameNameWordForWord('Zimbabwean government', 'government of Zimbabwe')).toBe(false);
  });
});

describe('two readings of the same statements (npm run eval:agreement)', () => {
  it('agree when they name the same keys and new names that stand for each other, in any order, and only then', async () => {
    const { sameClaimants, sameNameWordForWord } = await import('../../src/ingest/evaluate.js');
    expect(sameClaimants(['sohr', { name: 'Zimbabwean government', kind: 'STATE' }], [{ name: 'government of Zimbabwe', kind: 'STATE' }, 'sohr'])).toBe(true);
    expect(sameClaimants([], [])).toBe(true);
    // A medium added, a key for a new name, or a place kept in one name only is a disagreement.
    expect(sameClaimants(['syrian-army'], ['syrian-army', 'sana'])).toBe(false);
    expect(sameClaimants(['turkish-officials'], [{ name: 'Turkish officials', kind: 'GROUP' }])).toBe(false);
    expect(sameClaimants([{ name: 'Residents', kind: 'GROUP' }], [{ name: 'residents of Ogossagou', kind: 'GROUP' }])).toBe(false);
    expect(sameClaimants([{ name: 'Zimbabwean government', kind: 'STATE' }], [{ name: 'government of Zimbabwe', kind: 'STATE' }], sameNameWordForWord)).toBe(false);
  });

  it('prints each set with a second reading and the machine-readable line, the second readings matching their writers\' quotes', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/claimant-agreement.ts')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sets = run.stdout.split('\n').filter((l) => /^holdout-\d+: \d+\/\d+=/.test(l));
    expect(sets.length).toBeGreaterThan(0);
    const last = /^agreement: claimant-agreement=(\d\.\d{3}) word-for-word=(\d\.\d{3}) statements=(\d+)$/.exec(run.stdout.trimEnd().split('\n').pop()!);
    expect(last).not.toBeNull();
    expect(Number(last![3])).toBeGreaterThan(0);
    expect(Number(last![2])).toBeLessThanOrEqual(Number(last![1]));
  });
});

describe('right readings under rewriting (npm run eval:robustness)', () => {
  const tsx = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');

  it('prints each variation tried on a set and the machine-readable line, more kept than lost', { timeout: 180_000 }, () => {
    const run = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-robustness.ts'), '--sets', 'style-set'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(run.status, run.stderr).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => /^ {2}\S.*\s\d+ \/ \d+$/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    const last = /^robustness: sentences-kept=(\d+)\/(\d+) page-statements-kept=(\d+)\/(\d+)$/.exec(run.stdout.trimEnd().split('\n').pop()!);
    expect(last).not.toBeNull();
    const [kept, tried, after, before] = last!.slice(1).map(Number) as [number, number, number, number];
    expect(tried).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(tried);
    expect(kept / tried).toBeGreaterThan(0.5);
    expect(after).toBeLessThanOrEqual(before + tried);
  });

  it('names a set it cannot read, and stops', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-robustness.ts'), '--sets', 'no-such-set'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 50_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/no-such-set/);
  });
});

describe('the style sets as files (readStyleSet, the one reader of their format)', () => {
  const tsx = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');

  it('reads every committed style set: each expectation in the format, each statement printed in its text', async () => {
    const { readStyleSet } = await import('../../src/ingest/evaluate.js');
    const root = join(PROJECT_ROOT, 'tests/ingest');
    const dirs = ['style-set', ...readdirSync(root).filter((d) => /^holdout(?:-\d+)?$/.test(d)).map((d) => `${d}/style-set`)];
    expect(dirs.length).toBeGreaterThan(40);
    for (const dir of dirs) expect(readStyleSet(join(root, dir)).length, dir).toBeGreaterThanOrEqual(12);
  });

  it('names the file and what is wrong with it, for a missing folder or text, bad JSON, a field outside the format or an unprinted quote', async () => {
    const { readStyleSet, StyleSetError } = await import('../../src/ingest/evaluate.js');
    const dir = mkdtempSync(join(tmpdir(), 'style-set-'));
    try {
      const good = { style: 'wire', outlet: 'Valley Wire', publisher: 'Valley Wire', publishedAt: '2021-03-05', boilerplate: [], statements: [{ quote: 'The river rose.', claimants: [], modality: 'ASSERTED', events: [], topics: [], places: [] }] };
      const attempt = (json: string, text: string | null) => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        writeFileSync(join(dir, '01-wire-river.json'), json);
        if (text !== null) writeFileSync(join(dir, '01-wire-river.txt'), text);
        try {
          readStyleSet(dir);
          return 'read';
        } catch (error) {
          expect(error).toBeInstanceOf(StyleSetError);
          return (error as Error).message;
        }
      };
      expect(attempt(JSON.stringify(good), 'The river rose.\n')).toBe('read');
      expect(() => readStyleSet(join(dir, 'nowhere'))).toThrow(/nowhere: no such style-set folder/);
      expect(attempt(JSON.stringify(good), null)).toMatch(/01-wire-river\.txt: missing/);
      expect(attempt('{"style": ', 'The river rose.\n')).toMatch(/01-wire-river\.json: not JSON/);
      expect(attempt(JSON.stringify({ ...good, statements: [{ ...good.statements[0], modality: 'SHOUTED' }] }), 'The river rose.\n')).toMatch(/01-wire-river\.json: statements\.0\.modality:/);
      expect(attempt(JSON.stringify({ ...good, statements: [{ ...good.statements[0], claimants: [{ name: 'Ana Lind', kind: 'WIZARD' }] }] }), 'The river rose.\n')).toMatch(/statements\.0\.claimants\.0/);
      expect(attempt(JSON.stringify(good), 'The river fell.\n')).toMatch(/01-wire-river\.json: statements\.0\.quote is not in 01-wire-river\.txt/);
      expect(attempt(JSON.stringify({ ...good, byline: 'Ana Lind' }), 'The river rose.\n')).toMatch(/01-wire-river\.json: \(top\): .*byline/);
      expect(attempt(JSON.stringify({ ...good, publishedAt: '2021-03-05 noon' }), 'The river rose.\n')).toMatch(/01-wire-river\.json: publishedAt: a date, YYYY-MM-DD/);
      rmSync(join(dir, '01-wire-river.json'));
      expect(() => readStyleSet(dir)).toThrow(/no article \(\.json beside its \.txt\)/);
      expect(() => readStyleSet(join(dir, '01-wire-river.txt'))).toThrow(/01-wire-river\.txt: not a folder/);
      writeFileSync(join(dir, '01-wire-river.json'), JSON.stringify({ ...good, statements: [{ ...good.statements[0], quote: 'The river fell.' }] }));

      // The tool stops on it in one line, before drafting anything.
      const run = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-extract.ts'), '--style-set', dir], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toMatch(/^eval:extract: .*01-wire-river\.json: statements\.0\.quote is not in 01-wire-river\.txt$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --check without --fit-calibration, and a data folder that is none, each in one line', () => {
    const check = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-extract.ts'), '--check'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/^eval:extract: --check goes with --fit-calibration\n/);
    const data = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-extract.ts'), '--data-dir', join(PROJECT_ROOT, 'docs')], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(data.status).toBe(1);
    expect(data.stderr.trim()).toMatch(/^eval:extract: .*docs\/?: not a data folder \(no annotations\/ and entities\/ in it\)$/);
  });

  it('refuses an option eval:extract does not know, with its usage', () => {
    const run = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, 'tools/eval-extract.ts'), '--styleset', 'x'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^eval:extract: Unknown option '--styleset'/);
    expect(run.stderr).toMatch(/usage: npm run eval:extract/);
  });
});

describe('npm run eval:extract -- --fit-calibration --check', () => {
  it('finds the committed topic maps to be what a refit on the curated articles and the read style sets gives', { timeout: 300_000 }, () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'tools/eval-extract.ts'), '--fit-calibration', '--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_DATA_DIR: join(PROJECT_ROOT, 'data') },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('calibration: TOPIC, TOPIC/category maps up to date');
  });
});

/**
 * The researcher's notebook (examples/notebooks/claimgraph.ipynb) executed headless
 * against the real server, with Debian's Python (/usr/bin/python3 and its
 * jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-requests and
 * python3-matplotlib packages), so the notebook cannot silently rot. The asserts read
 * the values the notebook printed in its executed output.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, startServer, type RunningServer } from '../helpers/server.js';
import { expectEach } from '../helpers/expect.js';

const PYTHON = '/usr/bin/python3';
const NOTEBOOK = join(PROJECT_ROOT, 'examples/notebooks/claimgraph.ipynb');
/** Python module → the Debian package that provides it. */
const DEBIAN_PACKAGES: Record<string, string> = {
  pandas: 'python3-pandas',
  requests: 'python3-requests',
  matplotlib: 'python3-matplotlib',
  nbconvert: 'jupyter-nbconvert',
  ipykernel: 'python3-ipykernel',
};

interface Output {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}
interface Notebook {
  metadata: { kernelspec?: { name: string } };
  cells: Cell[];
}

const joined = (text: string | string[] | undefined) => (Array.isArray(text) ? text.join('') : (text ?? ''));

/** The Debian packages whose modules /usr/bin/python3 cannot import (all of them when it is missing). */
function missingPythonPackages(): { missing: string[]; detail: string } {
  const script = `import importlib\nfor m in ${JSON.stringify(Object.keys(DEBIAN_PACKAGES))}:\n    try:\n        importlib.import_module(m)\n    except Exception as e:\n        print(m)`;
  const result = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) {
    return { missing: ['python3', ...Object.values(DEBIAN_PACKAGES)], detail: String(result.error ?? result.stderr) };
  }
  const modules = result.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  return { missing: modules.map((m) => DEBIAN_PACKAGES[m] ?? m), detail: '' };
}

async function graphql(origin: string, query: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { provenance?: { dataVersion: string } } };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body;
}

let server: RunningServer;
let workDir: string;
let executed: Notebook;
/** Every line the notebook printed (stdout streams), in order. */
let printed: string[];

/** The value after `NAME=` on the line the notebook printed for it. */
function printedValue(name: string): string {
  const line = printed.find((l) => l.startsWith(`${name}=`));
  expect(line, `the executed notebook printed no ${name}= line`).toBeDefined();
  return line!.slice(name.length + 1);
}

beforeAll(async () => {
  const { missing, detail } = missingPythonPackages();
  if (missing.length > 0) {
    throw new Error(
      `${PYTHON} cannot run the notebook: install Debian's ${missing.join(', ')} (apt-get install ${missing.join(' ')}).` + (detail ? `\n${detail}` : ''),
    );
  }
  server = await startServer({ CLAIMGRAPH_REQUEST_LOG: 'false' });
  workDir = mkdtempSync(join(tmpdir(), 'claimgraph-notebook-'));
  const copy = join(workDir, 'claimgraph.ipynb');
  copyFileSync(NOTEBOOK, copy);

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(PYTHON(PATH|HOME|STARTUP)|JUPYTER_|IPYTHONDIR|MPLCONFIGDIR)/.test(key)) delete env[key];
  Object.assign(env, {
    CLAIMGRAPH_URL: `${server.origin}/graphql`,
    MPLBACKEND: 'Agg',
    HOME: workDir, // jupyter's runtime files and matplotlib's cache go here, not in the real home
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  });
  try {
    await promisify(execFile)(
      PYTHON,
      ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=120', '--output-dir', workDir, '--output', 'executed.ipynb', copy],
      { cwd: workDir, env, timeout: 150_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`nbconvert failed to execute the notebook: ${message}\n${(stderr ?? '').slice(-4000)}`);
  }
  executed = JSON.parse(readFileSync(join(workDir, 'executed.ipynb'), 'utf8')) as Notebook;
  printed = executed.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.output_type === 'stream' && o.name === 'stdout')
    .flatMap((o) => joined(o.text).split('\n'));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('examples/notebooks/claimgraph.ipynb', () => {
  it('is committed without outputs, for the python3 kernel', () => {
    const committed = JSON.parse(readFileSync(NOTEBOOK, 'utf8')) as Notebook;
    expect(committed.metadata.kernelspec?.name).toBe('python3');
    const code = committed.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThan(5);
    for (const cell of code) {
      expect(cell.outputs, joined(cell.source).slice(0, 80)).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('runs every cell without an error, against the URL in CLAIMGRAPH_URL', () => {
    const code = executed.cells.filter((c) => c.cell_type === 'code');
    expectEach(code, (c) => typeof c.execution_count === 'number');
    const errors = code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error');
    expect(errors.map((e) => `${e.ename}: ${e.evalue}`)).toEqual([]);
    expect(printedValue('CLAIMGRAPH_URL')).toBe(`${server.origin}/graphql`);
  });

  it("records the server's dataVersion and prints the provenance of its answers", async () => {
    const body = await graphql(server.origin, '{ sources(first: 1) { totalCount } }');
    const dataVersion = body.extensions?.provenance?.dataVersion;
    expect(dataVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(printedValue('DATA_VERSION')).toBe(dataVersion);
    // Each answer's sources are printed by slug, the disputes' among them.
    const disputes = printed.findIndex((l) => l.startsWith('[provenance] disputes:'));
    expect(disputes).toBeGreaterThanOrEqual(0);
    expect(printed.slice(disputes + 1, disputes + 6).join('\n')).toContain('001_339d68250403d35f  Voice of America');
  });

  it('loads every claim into the claims DataFrame (paged 100 at a time)', async () => {
    const body = await graphql(server.origin, '{ claims { totalCount } }');
    const totalCount = body.data.claims.totalCount as number;
    expect(totalCount).toBeGreaterThan(100); // so the notebook really had to page
    expect(Number(printedValue('CLAIMS_ROWS'))).toBe(totalCount);
  });

  it('prints the disputes table, one row per position', () => {
    const rows = JSON.parse(printedValue('DISPUTES_JSON')) as Array<{ topic: string; source: string; value: number | null; words: string; quote: string }>;
    const killed = rows.filter((r) => r.topic === 'turkish-military-killed-feb-3');
    expect(killed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: '000_2ac73e63980c6d56', value: 7 }),
        expect.objectContaining({ source: '001_339d68250403d35f', value: 8 }),
      ]),
    );
    for (const row of killed) expect(row.quote).toContain(row.words);
    expect(rows.some((r) => r.topic === 'turkish-vehicles-past-week')).toBe(true);
    // The disputes view holds only conflicting topics.
    expect(rows.some((r) => r.topic === 'displaced-since-december')).toBe(false);
  });

  it("prints every topic's agreement", () => {
    const agreements = JSON.parse(printedValue('TOPIC_AGREEMENTS_JSON')) as Record<string, string>;
    expect(agreements['displaced-since-december']).toBe('APPROXIMATE');
    expect(agreements['m5-outside-government-control']).toBe('EVOLVING');
    expect(agreements['turkish-military-killed-feb-3']).toBe('CONFLICT');
  });

  it('plots the timeline as a PNG, from the API\'s day buckets, and lists the unplaced events', async () => {
    const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
    const png = outputs.find((o) => (o.output_type === 'display_data' || o.output_type === 'execute_result') && o.data?.['image/png']);
    expect(png, 'no output holds an image/png').toBeDefined();
    expect(Buffer.from(joined(png!.data!['image/png']), 'base64').subarray(1, 4).toString()).toBe('PNG');

    const body = await graphql(server.origin, '{ timeline(from: "2020-02-01", to: "2020-02-14", granularity: DAY) { buckets { start count } unplaced { key } } }');
    const buckets = body.data.timeline.buckets as Array<{ start: string; count: number }>;
    expect(JSON.parse(printedValue('TIMELINE_COUNTS_JSON'))).toEqual(Object.fromEntries(buckets.map((b) => [b.start, b.count])));
    const unplaced = body.data.timeline.unplaced as Array<{ key: string }>;
    expect(unplaced.length).toBeGreaterThan(0);
    expect(printed).toContain(`Unplaced events (less precise than a day): ${unplaced.length}`);
    for (const { key } of unplaced) expect(printed.some((l) => l.trim().startsWith(key + ' '))).toBe(true);
  });

  it('reads /export/claims.csv when the server serves it, and it matches the API', async () => {
    const response = await fetch(`${server.origin}/export/claims.csv`);
    await response.arrayBuffer();
    if (response.status === 200) {
      expect(printedValue('CSV_ROWS')).toBe(printedValue('CLAIMS_ROWS'));
      expect(printed).toContain('CSV data version matches: True');
      expect(printed).toContain('CSV ids match the API: True');
    } else {
      expect(printed).toContain(`${server.origin}/export/claims.csv answered ${response.status}: skipping the CSV comparison`);
    }
  });
});

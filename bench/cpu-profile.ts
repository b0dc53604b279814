/**
 * Reading V8 CPU profiles (`node --cpu-prof`): self time per function and
 * module, inclusive time of src/ functions, optionally only for the samples
 * of a time window (the measured load, not the start-up). Shared by
 * bench/profile.ts and bench/scale.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tools/harness.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Where a profile frame's code lives: a src/ file, an npm package, a Node built-in, or V8 itself (GC, program, idle). */
function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName || '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('node:')) return 'node built-ins';
  return path.replace(PROJECT_ROOT, '');
}

export interface ProfileSummary {
  totalMs: number;
  /** Time the process was idle in the window (not in totalMs). */
  idleMs: number;
  /** src/ functions by inclusive time (recursion counted once): the load phases. */
  inclusive: Array<[string, number]>;
  /** Functions by self time, anywhere. */
  self: Array<[string, number]>;
  /** Self time by module (src file, package, built-ins, GC). */
  modules: Array<[string, number]>;
}

/**
 * The functions and modules with the most time in a .cpuprofile. With a
 * window (CLOCK_MONOTONIC microseconds, as V8 stamps samples and
 * `process.hrtime` reads on Linux), only the samples inside it count.
 */
export function summarizeProfile(file: string, top = 20, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url, '')}`;
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    totalUs += us;
    add(self, label(leaf), us);
    add(modules, moduleOf(leaf.callFrame.url, leaf.callFrame.functionName), us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = parent.has(n.id) ? byId.get(parent.get(n.id)!) : undefined) {
      if (!n.callFrame.url.includes('/src/')) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, us);
    }
  }
  const topOf = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => [k, Math.round(us / 1000)] as [string, number]);
  return { totalMs: Math.round(totalUs / 1000), idleMs: Math.round(idleUs / 1000), inclusive: topOf(inclusive), self: topOf(self), modules: topOf(modules) };
}

/** The main thread's profile in a --cpu-prof folder (default names: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile). */
export function mainThreadProfile(dir: string): string | null {
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    const main = files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    const chosen = main ?? files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
    return chosen ? join(dir, chosen) : null;
  } catch {
    return null;
  }
}

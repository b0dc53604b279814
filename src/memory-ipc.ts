/**
 * Memory figures over IPC, both sides of one small protocol: a parent that
 * forks the server (the soak test, the scale benchmark) sends 'memory'; the
 * server forces a GC when node runs with --expose-gc and answers its figures.
 * Never over HTTP.
 */
import type { ChildProcess } from 'node:child_process';

export interface MemoryReport {
  type: 'memory';
  rss: number;
  heapUsed: number;
  /** Whether a full GC ran first (node started with --expose-gc). */
  gcForced: boolean;
}

const REQUEST = 'memory';

/** In the server: answer memory requests when a parent is listening. */
export function answerMemoryRequests(): void {
  if (!process.send) return;
  process.on('message', (message) => {
    if (message !== REQUEST) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const report: MemoryReport = { type: 'memory', rss, heapUsed, gcForced: typeof gc === 'function' };
    process.send!(report);
  });
}

/** In the parent: ask a forked server for its memory, after a forced GC. */
export function askMemory(child: ChildProcess, timeoutMs: number): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const m = message as Partial<MemoryReport> | null;
      if (m && m.type === 'memory' && typeof m.rss === 'number' && typeof m.heapUsed === 'number') {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(m as MemoryReport);
      }
    };
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`the server did not answer the memory request within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.send(REQUEST);
  });
}

/**
 * The server's side of a small IPC protocol with a parent process that forked
 * it (the tests' and tools' harness, tools/harness.ts): it announces `ready`
 * with its port once the data is loaded (or `failed` with the reason), and
 * answers `memory` with its figures after a forced GC when node runs with
 * --expose-gc. Never over HTTP.
 */

export interface MemoryReport {
  type: 'memory';
  rss: number;
  heapUsed: number;
  /** Peak resident set size so far (VmHWM), in bytes; null where /proc is missing. */
  peakRss: number | null;
  /** Whether a full GC ran first (node started with --expose-gc). */
  gcForced: boolean;
}

export interface ReadyMessage {
  type: 'ready';
  port: number;
  /** Milliseconds from process start to ready. */
  startMs: number;
}

export interface FailedMessage {
  type: 'failed';
  message: string;
}

export type ServerMessage = MemoryReport | ReadyMessage | FailedMessage;

export const MEMORY_REQUEST = 'memory';

/** VmHWM of this process, in bytes. */
async function peakRss(): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile('/proc/self/status', 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** Tells a parent, if there is one, that the server is ready or has failed. */
export function announce(message: ReadyMessage | FailedMessage): void {
  process.send?.(message);
}

/** Answers memory requests when a parent is listening. */
export function answerMemoryRequests(): void {
  if (!process.send) return;
  process.on('message', (message) => {
    if (message !== MEMORY_REQUEST) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    void peakRss().then((peak) => process.send!({ type: 'memory', rss, heapUsed, peakRss: peak, gcForced: typeof gc === 'function' } satisfies MemoryReport));
  });
}

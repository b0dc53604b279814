/**
 * The writers' lock: one file, `.claimgraph/lock` in the data folder, made
 * with O_EXCL for the length of one write, holding the writer's pid. Every
 * writer of a folder takes it (the server's curation API, `npm run ingest`),
 * so two never interleave. A lock whose process is gone (a writer killed
 * mid-write) is taken over; the journal then says what to finish.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const STATE_DIR = '.claimgraph';
const POLL_MS = 25;

export class LockTimeoutError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's write lock, waiting up to `timeoutMs`; resolves with its release. */
export async function takeLock(dataDir: string, timeoutMs = 30_000): Promise<() => void> {
  const folder = join(dataDir, STATE_DIR);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = '';
    try {
      holder = readFileSync(file, 'utf8');
    } catch {
      continue; // released meanwhile
    }
    const [pid, host] = holder.trim().split(' ');
    if (host === hostname() && Number(pid) > 0 && !alive(Number(pid))) {
      rmSync(file, { force: true }); // its writer died: the journal finishes its work
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(`the data folder is locked by another writer (${holder.trim() || 'unknown'}) for more than ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

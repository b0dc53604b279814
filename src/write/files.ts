/**
 * Writing into a data folder so a crash at any moment leaves each file either
 * whole and old or whole and new: every file is written to a temporary file
 * beside its destination (same folder, so the rename is atomic), flushed to
 * disk, renamed into place, and the folder itself is flushed so the rename
 * survives a power cut. Temporary files start with "." and are not data.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const temporaryBeside = (path: string) => join(dirname(path), `.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);

/** Flushes a folder's entries (a rename or removal in it) to disk. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces (or makes) a file atomically and durably; `null` removes it. The disk's waits (flushes above
 * all) are off the event loop, so a running server answers requests while a write's files are flushed.
 */
export async function replaceFile(path: string, bytes: Uint8Array | string | null): Promise<void> {
  if (bytes === null) {
    await rm(path, { force: true });
    await syncFolder(dirname(path));
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryBeside(path);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
  await syncFolder(dirname(path));
}

/**
 * Writing into a data folder so a crash at any moment leaves each file either
 * whole and old or whole and new: every file is written to a temporary file
 * beside its destination (same folder, so the rename is atomic), flushed to
 * disk, renamed into place, and the folder itself is flushed so the rename
 * survives a power cut. Temporary files start with "." and are not data.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const temporaryBeside = (path: string) => join(dirname(path), `.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);

/** Writes bytes to a temporary file beside `path` and flushes it; returns the temporary file's path. */
export function writeTemporary(path: string, bytes: Uint8Array | string): string {
  const temporary = temporaryBeside(path);
  const fd = openSync(temporary, 'wx');
  try {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at, buffer.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temporary;
}

/** Flushes a folder's entries (a rename or removal in it) to disk. */
export function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces (or makes) a file atomically and durably; `null` removes it. */
export function replaceFile(path: string, bytes: Uint8Array | string | null): void {
  if (bytes === null) {
    rmSync(path, { force: true });
    syncFolder(dirname(path));
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = writeTemporary(path, bytes);
  try {
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
  syncFolder(dirname(path));
}

/** Flushes a folder's entries to disk, without holding the event loop. */
async function syncFolderAsync(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `replaceFile` for a running server: the same steps, with the disk's waits (flushes above all) off the
 * event loop, so requests are answered while a write's files are flushed.
 */
export async function replaceFileAsync(path: string, bytes: Uint8Array | string | null): Promise<void> {
  if (bytes === null) {
    await rm(path, { force: true });
    await syncFolderAsync(dirname(path));
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
  await syncFolderAsync(dirname(path));
}

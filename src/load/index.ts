/**
 * Loading a data folder: read (each file once, hashed as it is read) → check
 * (zod and every cross-record rule, all faults listed) → link (records and
 * indexes). The result is the store a server serves, immutable for its version.
 */
import type { MemoryStore } from '../domain/store.js';
import { checkDataFiles, type ValidatedData } from './check.js';
import { linkStore } from './link.js';
import { readDataFolder } from './read.js';

export { DataError, formatFault, type Fault } from './faults.js';
export type { ValidatedData } from './check.js';
export { hashDataFolder } from './read.js';

/** Loads a data folder into a store; rejects with DataError listing every problem. */
export async function loadStore(dataDir: string): Promise<MemoryStore> {
  const files = await readDataFolder(dataDir);
  // Checking and linking are CPU work: let the event loop answer /health and /ready in between.
  await yieldToEventLoop();
  const data = checkDataFiles(files);
  await yieldToEventLoop();
  return linkStore(data);
}

/** Reads and checks a data folder without linking it: what tools that edit the data need. */
export async function loadValidated(dataDir: string): Promise<ValidatedData> {
  return checkDataFiles(await readDataFolder(dataDir));
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The snapshot: a loaded folder's compact data, its alias scan and its search
 * index, written once to a cache folder and read back at the next start when
 * the data, the snapshot format and claimgraph's version all still match. It
 * is only a cache: the data folder stays the one source of truth, and a
 * snapshot that is missing, stale, truncated or altered is ignored (and
 * rebuilt from the data), never served.
 *
 * Format: Node's own `v8.serialize` (structured clone: typed arrays are copied
 * as raw bytes, strings and arrays natively; no dependency, and faster to read
 * back than JSON or MessagePack for arrays of numbers). A snapshot is a folder
 * `snapshot-<dataVersion>/`: a `manifest.json` (format, claimgraph's version,
 * dataVersion, and each part's byte length and SHA-256) and one file per part,
 * read and checked one at a time so only one part's bytes are in memory at
 * once. It is written to a temporary folder, synced, and renamed into place.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SearchIndexData } from '../domain/search/index.js';
import type { CompactData } from './compact.js';
import type { FileTable } from './read.js';
import type { Derived } from './link.js';

/** Bumped whenever what a snapshot holds, or how, changes: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 5;
const PREFIX = 'snapshot-';
const PART_NAMES = ['head', 'sources', 'claims', 'events', 'topics', 'mentions', 'search', 'comparisons'] as const;

export interface SnapshotManifest {
  readonly format: number;
  readonly claimgraph: string;
  readonly dataVersion: string;
  readonly parts: ReadonlyArray<{ readonly name: string; readonly bytes: number; readonly sha256: string }>;
  /** The data's files when the snapshot was made: [path, size, inode, mtimeMs, ctimeMs, sha256]. */
  readonly files: ReadonlyArray<readonly [string, number, number, number, number, string]>;
}

const folderName = (dataVersion: string) => `${PREFIX}${dataVersion}`;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function writeSynced(file: string, bytes: Uint8Array | string): void {
  const fd = openSync(file, 'w');
  try {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at, Math.min(buffer.length - at, 64 * 1024 * 1024));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a snapshot of a store's data, replacing older snapshots in the folder. Resolves with the snapshot's folder. */
export async function writeSnapshot(cacheDir: string, claimgraph: string, data: CompactData, files: FileTable, derived: Derived): Promise<string> {
  const values: Record<(typeof PART_NAMES)[number], unknown> = {
    head: { version: data.version, actors: data.actors, places: data.places },
    sources: data.sources,
    claims: data.claims,
    events: data.events,
    topics: data.topics,
    mentions: derived.mentions,
    search: derived.search,
    comparisons: derived.comparisons,
  };
  mkdirSync(cacheDir, { recursive: true });
  const target = join(cacheDir, folderName(data.version));
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  const parts: Array<SnapshotManifest['parts'][number]> = [];
  for (const name of PART_NAMES) {
    const bytes = serialize(values[name]);
    writeSynced(join(temporary, `${name}.v8`), bytes);
    parts.push({ name, bytes: bytes.length, sha256: digest(bytes) });
    await yieldToEventLoop();
  }
  const fileList = [...files].map(([path, { stamp, sha256 }]) => [path, stamp.size, stamp.ino, stamp.mtimeMs, stamp.ctimeMs, sha256] as const);
  const manifest: SnapshotManifest = { format: SNAPSHOT_FORMAT, claimgraph, dataVersion: data.version, parts, files: fileList };
  writeSynced(join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(temporary, target);
  // Older snapshots are of data no longer served.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(PREFIX) && name !== folderName(data.version) && !name.endsWith('.tmp')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  return target;
}

function manifestOf(folder: string): SnapshotManifest | null {
  try {
    return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as SnapshotManifest;
  } catch {
    return null;
  }
}

/**
 * The files of the data a readable snapshot in the cache was made from (null when there is none): what the
 * data's version is computed against, so that unchanged files need not be read again.
 */
export function candidateFiles(cacheDir: string, claimgraph: string): { dataVersion: string; files: FileTable } | null {
  if (!existsSync(cacheDir)) return null;
  for (const name of readdirSync(cacheDir)) {
    if (!name.startsWith(PREFIX) || name.endsWith('.tmp')) continue;
    const manifest = manifestOf(join(cacheDir, name));
    if (manifest?.format !== SNAPSHOT_FORMAT || manifest.claimgraph !== claimgraph || !Array.isArray(manifest.files)) continue;
    return {
      dataVersion: manifest.dataVersion,
      files: new Map(manifest.files.map(([path, size, ino, mtimeMs, ctimeMs, sha256]) => [path, { stamp: { size, ino, mtimeMs, ctimeMs }, sha256 }])),
    };
  }
  return null;
}

/**
 * Node's deserializer returns typed arrays as views into the bytes it read: kept, they would keep the
 * whole part's bytes (its strings' too) in memory. Each is copied into its own buffer.
 */
function ownArrays(value: unknown, source: ArrayBufferLike): unknown {
  if (ArrayBuffer.isView(value)) return value.buffer === source ? (value as unknown as { slice(): unknown }).slice() : value;
  if (Array.isArray(value)) {
    // Arrays of strings and numbers hold no typed array: skip them whole.
    if (value.length > 0 && typeof value[0] !== 'object') return value;
    for (let i = 0; i < value.length; i++) value[i] = ownArrays(value[i], source);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = ownArrays(inner, source);
  }
  return value;
}

export type SnapshotResult = { readonly data: CompactData; readonly derived: Derived } | { readonly unusable: string };

/** Reads the snapshot of a dataVersion, or says why there is none to use. */
export async function readSnapshot(cacheDir: string, claimgraph: string, dataVersion: string): Promise<SnapshotResult> {
  const folder = join(cacheDir, folderName(dataVersion));
  const manifest = manifestOf(folder);
  if (!manifest) return { unusable: existsSync(folder) ? 'the snapshot manifest is not readable' : 'no snapshot of this data version' };
  if (manifest.format !== SNAPSHOT_FORMAT) return { unusable: `the snapshot format is ${manifest.format}, this claimgraph reads ${SNAPSHOT_FORMAT}` };
  if (manifest.claimgraph !== claimgraph) return { unusable: `the snapshot was written by claimgraph ${manifest.claimgraph}, this is ${claimgraph}` };
  if (manifest.dataVersion !== dataVersion) return { unusable: 'the snapshot is of other data' };
  if (manifest.parts?.map((p) => p.name).join() !== PART_NAMES.join()) return { unusable: 'the snapshot manifest lists other parts' };
  const values: Partial<Record<(typeof PART_NAMES)[number], unknown>> = {};
  for (const part of manifest.parts) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(folder, `${part.name}.v8`));
    } catch {
      return { unusable: `the snapshot's ${part.name} part is missing` };
    }
    if (bytes.length !== part.bytes) return { unusable: `the snapshot's ${part.name} part is truncated or padded (${bytes.length} bytes, the manifest says ${part.bytes})` };
    if (digest(bytes) !== part.sha256) return { unusable: `the snapshot's ${part.name} part does not match its checksum` };
    try {
      const value = deserialize(bytes);
      // The search index and the mentions are almost all typed arrays: their views may keep the bytes.
      values[part.name as (typeof PART_NAMES)[number]] = part.name === 'search' || part.name === 'mentions' ? value : ownArrays(value, bytes.buffer);
    } catch (e) {
      return { unusable: `the snapshot's ${part.name} part cannot be read: ${(e as Error).message}` };
    }
    await yieldToEventLoop();
  }
  const head = values.head as Pick<CompactData, 'version' | 'actors' | 'places'>;
  return {
    data: { ...head, sources: values.sources as CompactData['sources'], claims: values.claims as CompactData['claims'], events: values.events as CompactData['events'], topics: values.topics as CompactData['topics'] },
    derived: { mentions: values.mentions as Derived['mentions'], search: values.search as SearchIndexData, comparisons: values.comparisons as Derived['comparisons'] },
  };
}


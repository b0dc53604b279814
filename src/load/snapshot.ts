/**
 * The snapshot: a loaded folder's compact data, its alias scan and its search
 * index, written once to a cache folder and read back at the next start when
 * the data, the snapshot format and claimgraph's version all still match. It
 * is only a cache: the data folder stays the one source of truth, and a
 * snapshot that is missing, stale, truncated or altered is ignored (and
 * rebuilt from the data), never served.
 *
 * Format: each part is Node's own `v8.serialize` of its value with every typed
 * array taken out (no dependency, and faster to read back than JSON or
 * MessagePack), followed by those typed arrays' bytes, each at an 8-byte
 * boundary. Read back, the arrays are views into one buffer holding only
 * them: nothing is copied, and no byte of the part's strings is kept. (Left
 * to `v8.deserialize`, an array at an unaligned offset is copied while the
 * aligned ones keep the whole part's bytes alive: at a million claims that
 * held 300 MiB twice.) A snapshot is a folder
 * `snapshot-<dataVersion>/`: a `manifest.json` (format, claimgraph's version,
 * dataVersion, and each part's byte length and SHA-256) and one file per part,
 * read and checked one at a time so only one part's bytes are in memory at
 * once. It is written to a temporary folder, synced, and renamed into place.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SearchIndexData } from '../domain/search/index.js';
import type { CompactData } from './compact.js';
import type { FileTable } from './read.js';
import type { Derived } from './link.js';

/** Bumped whenever what a snapshot holds, or how, changes: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 6;
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

/**
 * Writes a file and waits for it to reach the disk. Asynchronous, and its SHA-256 is taken in slices with
 * the event loop free between them: the first snapshot is written while the server already answers, and a
 * readiness probe must not wait for a gigabyte to be written.
 */
async function writeSynced(file: string, chunks: ReadonlyArray<Uint8Array | string>): Promise<{ bytes: number; sha256: string }> {
  const handle = await open(file, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (let at = 0; at < buffer.length; ) {
        const slice = buffer.subarray(at, Math.min(buffer.length, at + SLICE_BYTES));
        hash.update(slice);
        for (let written = 0; written < slice.length; ) written += (await handle.write(slice, written)).bytesWritten;
        at += slice.length;
      }
      bytes += buffer.length;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}
const SLICE_BYTES = 16 * 1024 * 1024;

/** A typed array's place in a part's skeleton: the index of its column. */
const COLUMN = '\u0000column';
const ALIGN = 8;
const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
const TYPED_ARRAYS = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

/**
 * A value with its typed arrays taken out as columns, each replaced by `{ [COLUMN]: index }`. The value
 * itself is not changed: objects and arrays on the way to a typed array are copied, the rest shared.
 * Arrays whose first item is not an object (strings, numbers) are taken whole, as the data's are.
 */
function withoutColumns(value: unknown, columns: TypedArray[]): unknown {
  if (ArrayBuffer.isView(value)) {
    if (!(value.constructor.name in TYPED_ARRAYS)) throw new Error(`a snapshot cannot hold a ${value.constructor.name}`);
    columns.push(value as TypedArray);
    return { [COLUMN]: columns.length - 1 };
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || typeof value[0] !== 'object') return value;
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const taken = withoutColumns(item, columns);
      if (taken !== item) (copy ??= value.slice())[i] = taken;
    });
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Map || value instanceof Set || value instanceof Date)) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, inner] of Object.entries(value)) {
      const taken = withoutColumns(inner, columns);
      if (taken !== inner) (copy ??= { ...value })[key] = taken;
    }
    return copy ?? value;
  }
  return value;
}

/** A part's bytes: the skeleton's length (8 bytes), the skeleton, padding, then each column at an 8-byte boundary. */
function encodePart(value: unknown): Buffer[] {
  const columns: TypedArray[] = [];
  const skeleton = withoutColumns(value, columns);
  let offset = 0;
  const table = columns.map((column) => {
    const entry = [column.constructor.name, offset, column.length] as const;
    offset = aligned(offset + column.byteLength);
    return entry;
  });
  const head = serialize({ skeleton, columns: table });
  const size = Buffer.alloc(ALIGN);
  size.writeUInt32LE(head.length, 0);
  const chunks = [size, head, Buffer.alloc(aligned(head.length) - head.length)];
  for (const column of columns) {
    chunks.push(Buffer.from(column.buffer, column.byteOffset, column.byteLength));
    chunks.push(Buffer.alloc(aligned(column.byteLength) - column.byteLength));
  }
  return chunks;
}

/** The skeleton with each column put back, as a view into `columns` (which so holds them all, and only them). */
function withColumns(value: unknown, views: readonly TypedArray[]): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || typeof value[0] !== 'object') return value;
    for (let i = 0; i < value.length; i++) value[i] = withColumns(value[i], views);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const index = (value as Record<string, unknown>)[COLUMN];
    if (typeof index === 'number') return views[index];
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = withColumns(inner, views);
  }
  return value;
}

/** Reads a part written by `encodePart`, checking its length and SHA-256 against the manifest's. */
function readPart(file: string, expected: { bytes: number; sha256: string }): { value: unknown } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { problem: 'is missing' };
  }
  try {
    const size = fstatSync(fd).size;
    if (size !== expected.bytes || size < ALIGN) return { problem: `is truncated or padded (${size} bytes, the manifest says ${expected.bytes})` };
    const readExactly = (buffer: Buffer<ArrayBuffer>, position: number) => {
      for (let at = 0; at < buffer.length; ) {
        const read = readSync(fd, buffer, at, Math.min(buffer.length - at, 64 * 1024 * 1024), position + at);
        if (read === 0) throw new Error('ended early');
        at += read;
      }
      return buffer;
    };
    const sizeBytes = readExactly(Buffer.alloc(ALIGN), 0);
    const headLength = sizeBytes.readUInt32LE(0);
    const columnsStart = ALIGN + aligned(headLength);
    if (columnsStart > size) return { problem: 'does not match its checksum' };
    const head = readExactly(Buffer.allocUnsafeSlow(columnsStart - ALIGN), ALIGN);
    // Its own ArrayBuffer (not the pool's): views of every typed array kind are aligned in it.
    const columns = readExactly(Buffer.allocUnsafeSlow(size - columnsStart), columnsStart);
    const hash = createHash('sha256');
    if (hash.update(sizeBytes).update(head).update(columns).digest('hex') !== expected.sha256) return { problem: 'does not match its checksum' };
    try {
      const { skeleton, columns: table } = deserialize(head.subarray(0, headLength)) as { skeleton: unknown; columns: Array<[TypedArrayName, number, number]> };
      const views = table.map(([name, offset, length]) => new TYPED_ARRAYS[name](columns.buffer as ArrayBuffer, offset, length));
      return { value: withColumns(skeleton, views) };
    } catch (e) {
      return { problem: `cannot be read: ${(e as Error).message}` };
    }
  } catch (e) {
    return { problem: `cannot be read: ${(e as Error).message}` };
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
    parts.push({ name, ...(await writeSynced(join(temporary, `${name}.v8`), encodePart(values[name]))) });
    await yieldToEventLoop();
  }
  const fileList = [...files].map(([path, { stamp, sha256 }]) => [path, stamp.size, stamp.ino, stamp.mtimeMs, stamp.ctimeMs, sha256] as const);
  const manifest: SnapshotManifest = { format: SNAPSHOT_FORMAT, claimgraph, dataVersion: data.version, parts, files: fileList };
  await writeSynced(join(temporary, 'manifest.json'), [`${JSON.stringify(manifest, null, 2)}\n`]);
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
    const read = readPart(join(folder, `${part.name}.v8`), part);
    if ('problem' in read) return { unusable: `the snapshot's ${part.name} part ${read.problem}` };
    values[part.name as (typeof PART_NAMES)[number]] = read.value;
    await yieldToEventLoop();
  }
  const head = values.head as Pick<CompactData, 'version' | 'actors' | 'places'>;
  return {
    data: { ...head, sources: values.sources as CompactData['sources'], claims: values.claims as CompactData['claims'], events: values.events as CompactData['events'], topics: values.topics as CompactData['topics'] },
    derived: { mentions: values.mentions as Derived['mentions'], search: values.search as SearchIndexData, comparisons: values.comparisons as Derived['comparisons'] },
  };
}


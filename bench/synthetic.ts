/**
 * Synthetic corpora for the scale benchmark (bench/scale.ts): `factor` copies
 * of a curated data folder, written as a complete data folder in the same
 * format, which the loader accepts as it accepts the curated one.
 *
 *   npx tsx bench/synthetic.ts <factor> [outDir] [--source data] [--force]
 *
 * Copy k (0 <= k < factor) of article `<slug>`:
 * - slug `<slug>-k<k>` (copy 0 keeps the curated slugs, keys and dates, so the
 *   curated ids, topic keys and claim ids exist at every size);
 * - text: a generated header line that differs per copy ("Syndicated copy 7 ...")
 *   then the curated text, byte for byte, so every hash differs; every selector
 *   (claim evidence, boilerplate, non-assertions) is shifted by the header's
 *   length and its prefix/suffix recomputed from the new text;
 * - dates: publishedAt, every claim time and every event date shifted by the
 *   same k mod 365 whole days (options.dateCycle, default 365), so the plausibility rules of the loader (a claim
 *   not after its article unless THREATENED/PREDICTED, an event not after the
 *   last article reporting it) hold as they do in the curated data;
 * - topics and events copied per copy with keys `<key>-k<k>`, so agreement is
 *   computed per copy; claim keys unchanged (ids `<slug>-k<k>/<key>`);
 * - actors and places shared by every copy (one alias, one entity).
 *
 * Output: `<outDir>/data/` (sources/, annotations/, entities/) and
 * `<outDir>/corpus.json`, the marker written last: factor, date cycle,
 * generator version and the source folder's dataVersion. A folder whose marker matches is
 * reused; anything else is deleted and generated again.
 *
 * Streaming: the curated folder is read once; each copy's files are written as
 * soon as they are built and the entity lists are appended copy by copy, so
 * memory stays that of one copy whatever the factor.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashDataFolder } from '../src/load/index.js';

/** Bumped whenever the output changes for the same input: older caches are regenerated. */
export const GENERATOR_VERSION = 2;
/** Characters of prefix/suffix context, as src/domain/anchor.ts (CONTEXT_LENGTH). */
const CONTEXT_LENGTH = 32;
/** Default days in the cycle of date shifts: copy k is shifted by k mod dateCycle days. */
export const DATE_CYCLE = 365;

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

// ---------------------------------------------------------------- the curated records (only what is rewritten)

interface Selector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}
interface SourceMeta {
  slug: string;
  publishedAt: string;
  sha256: string;
  boilerplate: Array<{ selector: Selector } & Record<string, unknown>>;
  [field: string]: unknown;
}
interface ClaimDoc {
  key: string;
  time?: { start: string; end: string } & Record<string, unknown>;
  topic?: string;
  events?: string[];
  evidence: Selector[];
  [field: string]: unknown;
}
interface AnnotationsDoc {
  source: string;
  claims: ClaimDoc[];
  nonAssertions?: Array<{ selector: Selector } & Record<string, unknown>>;
  [field: string]: unknown;
}
interface KeyedRecord {
  key: string;
  [field: string]: unknown;
}
interface EventDoc extends KeyedRecord {
  date: { start: string; end: string } & Record<string, unknown>;
}

interface Article {
  slug: string;
  text: string;
  meta: SourceMeta;
  /** Null when the source has no annotations file. */
  annotations: AnnotationsDoc | null;
}

export interface CorpusInfo {
  /** The generated data folder (CLAIMGRAPH_DATA_DIR). */
  dataDir: string;
  factor: number;
  /** Copy k's dates are shifted by k mod dateCycle days. */
  dateCycle: number;
  sources: number;
  claims: number;
  events: number;
  topics: number;
  /** Bytes written under dataDir. */
  bytes: number;
  /** dataVersion of the curated folder the corpus was made from. */
  sourceDataVersion: string;
  generatorVersion: number;
  /** True when a cached corpus was reused. */
  reused: boolean;
  /** Time spent generating (0 when reused). */
  generateMs: number;
}

// ---------------------------------------------------------------- helpers

/** The dataVersion of a data folder: the loader's own function, so the two can never differ. */
export const dataVersionOf = hashDataFolder;

const DAY_MS = 86_400_000;
const shiftCache = new Map<string, string>();
/** `YYYY-MM-DD` moved by whole days (calendar arithmetic in UTC). */
export function shiftDate(iso: string, days: number): string {
  if (days === 0) return iso;
  const cacheKey = `${iso}|${days}`;
  let out = shiftCache.get(cacheKey);
  if (out === undefined) {
    const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * DAY_MS;
    out = new Date(t).toISOString().slice(0, 10);
    shiftCache.set(cacheKey, out);
  }
  return out;
}

/** A JSON value pretty-printed as the curated files are (2 spaces), indented by `pad` for a place inside an array. */
function stringifyIndented(value: unknown, pad: string): string {
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** Appends JSON array items to a file, one copy's batch at a time. */
class JsonArrayWriter {
  private readonly fd: number;
  private first = true;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.write('[\n');
  }
  private write(s: string) {
    this.bytes += writeSync(this.fd, s);
  }
  append(items: readonly unknown[]) {
    if (items.length === 0) return;
    const body = items.map((item) => stringifyIndented(item, '  ')).join(',\n');
    this.write(this.first ? body : `,\n${body}`);
    this.first = false;
  }
  close() {
    this.write(this.first ? ']\n' : '\n]\n');
    closeSync(this.fd);
  }
}

// ---------------------------------------------------------------- one copy

/** Copy k's header line: differs per copy so every text (and hash) does; pure ASCII, so its length in UTF-16 units is its length in bytes. */
function headerOf(k: number, slug: string, publishedAt: string): string {
  return k === 0 ? '' : `Syndicated copy ${k} of article ${slug.slice(0, 3)}, published ${publishedAt}.\n\n`;
}

const copyKey = (key: string, k: number) => (k === 0 ? key : `${key}-k${k}`);

function moveSelector(s: Selector, shift: number, text: string): Selector {
  const start = s.start + shift;
  const end = s.end + shift;
  return { start, end, quote: s.quote, prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) };
}

interface CopyOutput {
  slug: string;
  textBytes: Buffer;
  meta: SourceMeta;
  annotations: AnnotationsDoc | null;
  claims: number;
}

function copyArticle(article: Article, k: number, dateCycle: number): CopyOutput {
  const days = k % dateCycle;
  const slug = k === 0 ? article.slug : `${article.slug}-k${k}`;
  const publishedAt = shiftDate(article.meta.publishedAt, days);
  const header = headerOf(k, article.slug, publishedAt);
  const text = header + article.text;
  const shift = header.length;
  const textBytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(textBytes).digest('hex');
  const meta: SourceMeta = {
    ...article.meta,
    slug,
    publishedAt,
    sha256,
    boilerplate: article.meta.boilerplate.map((b) => ({ ...b, selector: moveSelector(b.selector, shift, text) })),
  };
  let annotations: AnnotationsDoc | null = null;
  if (article.annotations) {
    const a = article.annotations;
    annotations = {
      ...a,
      source: slug,
      claims: a.claims.map((c) => {
        const claim: ClaimDoc = { ...c, evidence: c.evidence.map((s) => moveSelector(s, shift, text)) };
        if (c.time) claim.time = { ...c.time, start: shiftDate(c.time.start, days), end: shiftDate(c.time.end, days) };
        if (c.topic) claim.topic = copyKey(c.topic, k);
        if (c.events) claim.events = c.events.map((e) => copyKey(e, k));
        return claim;
      }),
    };
    if (a.nonAssertions) annotations.nonAssertions = a.nonAssertions.map((n) => ({ ...n, selector: moveSelector(n.selector, shift, text) }));
  }
  return { slug, textBytes, meta, annotations, claims: annotations?.claims.length ?? 0 };
}

// ---------------------------------------------------------------- the corpus

function readCurated(sourceDataDir: string) {
  const sourcesDir = join(sourceDataDir, 'sources');
  const articles: Article[] = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const slug = basename(name, '.txt');
      const annotationsFile = join(sourceDataDir, 'annotations', `${slug}.json`);
      return {
        slug,
        text: readFileSync(join(sourcesDir, name), 'utf8'),
        meta: JSON.parse(readFileSync(join(sourcesDir, `${slug}.json`), 'utf8')) as SourceMeta,
        annotations: existsSync(annotationsFile) ? (JSON.parse(readFileSync(annotationsFile, 'utf8')) as AnnotationsDoc) : null,
      };
    });
  const entity = <T>(name: string): T[] => JSON.parse(readFileSync(join(sourceDataDir, 'entities', name), 'utf8')) as T[];
  return { articles, topics: entity<KeyedRecord>('topics.json'), events: entity<EventDoc>('events.json') };
}

interface Marker {
  factor: number;
  dateCycle: number;
  generatorVersion: number;
  sourceDataVersion: string;
  sources: number;
  claims: number;
  events: number;
  topics: number;
  bytes: number;
  generateMs: number;
}

function readMarker(path: string): Marker | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Marker;
  } catch {
    return null;
  }
}

export interface GenerateOptions {
  /** Regenerate even when a matching cached corpus exists. */
  force?: boolean;
  /**
   * Copy k's dates are shifted by k mod dateCycle days (default 365). With the factor or more, every copy
   * has its own dates (spread over factor days), so a date-range query matches about as much at every size.
   */
  dateCycle?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/**
 * Writes (or reuses) `factor` copies of the curated folder `sourceDataDir` as
 * the data folder `<outDir>/data`, with the marker `<outDir>/corpus.json`.
 */
export async function generateCorpus(sourceDataDir: string, outDir: string, factor: number, options: GenerateOptions = {}): Promise<CorpusInfo> {
  if (!Number.isSafeInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  const log = options.log ?? (() => {});
  const dateCycle = options.dateCycle ?? DATE_CYCLE;
  if (!Number.isSafeInteger(dateCycle) || dateCycle < 1) throw new Error(`dateCycle must be a positive integer, got ${dateCycle}`);
  const root = resolve(outDir);
  const dataDir = join(root, 'data');
  const markerPath = join(root, 'corpus.json');
  const sourceDataVersion = await dataVersionOf(sourceDataDir);

  const marker = readMarker(markerPath);
  if (
    !options.force &&
    marker &&
    marker.factor === factor &&
    (marker.dateCycle ?? DATE_CYCLE) === dateCycle &&
    marker.generatorVersion === GENERATOR_VERSION &&
    marker.sourceDataVersion === sourceDataVersion &&
    existsSync(dataDir)
  ) {
    return { dataDir, ...marker, reused: true, generateMs: 0 };
  }

  const started = performance.now();
  rmSync(root, { recursive: true, force: true });
  // Written beside the final folder and renamed when complete: an interrupted run leaves no half corpus behind a marker.
  const work = join(dirname(root), `.${basename(root)}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const workData = join(work, 'data');
  for (const sub of ['sources', 'annotations', 'entities']) mkdirSync(join(workData, sub), { recursive: true });

  const curated = readCurated(sourceDataDir);
  for (const name of ['actors.json', 'places.json']) copyFileSync(join(sourceDataDir, 'entities', name), join(workData, 'entities', name));
  const topicsOut = new JsonArrayWriter(join(workData, 'entities', 'topics.json'));
  const eventsOut = new JsonArrayWriter(join(workData, 'entities', 'events.json'));
  let bytes = statSync(join(workData, 'entities', 'actors.json')).size + statSync(join(workData, 'entities', 'places.json')).size;
  let claims = 0;
  let lastLog = performance.now();

  for (let k = 0; k < factor; k++) {
    const days = k % dateCycle;
    for (const article of curated.articles) {
      const copy = copyArticle(article, k, dateCycle);
      writeFileSync(join(workData, 'sources', `${copy.slug}.txt`), copy.textBytes);
      const metaJson = JSON.stringify(copy.meta, null, 2) + '\n';
      writeFileSync(join(workData, 'sources', `${copy.slug}.json`), metaJson);
      bytes += copy.textBytes.length + Buffer.byteLength(metaJson);
      if (copy.annotations) {
        const annotationsJson = JSON.stringify(copy.annotations, null, 2) + '\n';
        writeFileSync(join(workData, 'annotations', `${copy.slug}.json`), annotationsJson);
        bytes += Buffer.byteLength(annotationsJson);
      }
      claims += copy.claims;
    }
    topicsOut.append(curated.topics.map((t) => ({ ...t, key: copyKey(t.key, k) })));
    eventsOut.append(
      curated.events.map((e) => ({ ...e, key: copyKey(e.key, k), date: { ...e.date, start: shiftDate(e.date.start, days), end: shiftDate(e.date.end, days) } })),
    );
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      log(`synthetic x${factor}: ${k + 1}/${factor} copies, ${claims} claims, ${(bytes / 2 ** 20).toFixed(0)} MiB, ${((lastLog - started) / 1000).toFixed(1)} s`);
    }
  }
  topicsOut.close();
  eventsOut.close();
  bytes += topicsOut.bytes + eventsOut.bytes;

  mkdirSync(dirname(root), { recursive: true });
  renameSync(work, root);
  const info: Marker = {
    factor,
    dateCycle,
    generatorVersion: GENERATOR_VERSION,
    sourceDataVersion,
    sources: curated.articles.length * factor,
    claims,
    events: curated.events.length * factor,
    topics: curated.topics.length * factor,
    bytes,
    generateMs: Math.round(performance.now() - started),
  };
  writeFileSync(markerPath, JSON.stringify(info, null, 2) + '\n');
  return { dataDir, ...info, reused: false };
}

// ---------------------------------------------------------------- command line

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log('usage: npx tsx bench/synthetic.ts <factor> [outDir (default .tmp/scale/x<factor>)] [--source <data folder> (default data/)] [--date-cycle <days> (default 365)] [--force]');
    process.exit(args.length === 0 ? 2 : 0);
  }
  const valueOf = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const source = valueOf('--source') ?? join(PROJECT_ROOT, 'data');
  const cycle = valueOf('--date-cycle');
  const valueAt = new Set(['--source', '--date-cycle'].map((n) => args.indexOf(n)).filter((i) => i >= 0).map((i) => i + 1));
  const positional = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
  const factor = Number(positional[0]);
  const outDir = positional[1] ?? join(PROJECT_ROOT, '.tmp', 'scale', `x${factor}`);
  const info = await generateCorpus(source, outDir, factor, { force: args.includes('--force'), dateCycle: cycle === undefined ? undefined : Number(cycle), log: (l) => console.error(l) });
  console.log(JSON.stringify(info, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();

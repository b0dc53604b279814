/**
 * Ingest as a write: ingestArticle's plan, and `npm run ingest` (ingestFile),
 * both through the DataWriter, so an article added from the command line
 * takes the folder's lock, is journaled and checked by the loader's own rules
 * and enters the change log like any curation write; a running server picks
 * it up at its next write or start.
 *
 * The draft itself is src/ingest/draft.ts (pure). What the draft knows (the
 * Knowledge of the store) is made once per data version and, after an ingest,
 * carried forward from the draft (knowledgeAfter) rather than made again.
 * Loaded only when an article is ingested (a dynamic import): a server start
 * never loads the extractor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Actor, Place } from '../domain/format.js';
import type { Store } from '../domain/store.js';
import { appendRecords, draftArticle, type ProposalsFile } from '../ingest/draft.js';
import type { Knowledge } from '../ingest/entities.js';
import { readArticle } from '../ingest/ingest.js';
import { knowledgeAfter, knowledgeFromStore } from '../ingest/knowledge.js';
import { prepare } from '../ingest/prepared.js';
import { IngestError, slugFromFileName } from '../ingest/meta.js';
import { DataError, loadData } from '../load/index.js';
import type { FileChange } from '../load/changes.js';
import { ReadWriteGate } from './gate.js';
import { PlanError, type WritePlan } from './plans.js';
import { DataWriter, WriteRefused, type Committed } from './writer.js';

export interface IngestInput {
  readonly text: string;
  /** The bytes as collected (stored unchanged); the text's UTF-8 when absent. */
  readonly bytes?: Uint8Array;
  readonly slug: string;
  readonly publisher?: string | undefined;
  /** YYYY-MM-DD; when absent, a dateline in the text must state it. */
  readonly publishedAt?: string | undefined;
  readonly url?: string | null | undefined;
}

/** The Knowledge of the store at a version, and the one the last planned ingest would leave. */
let known: { store: Store; version: string; knowledge: Knowledge } | null = null;
let planned: { store: Store; versionBefore: string; slug: string; knowledge: Knowledge } | null = null;

function knowledgeOf(store: Store): Knowledge {
  if (known?.store !== store || known.version !== store.version) known = { store, version: store.version, knowledge: knowledgeFromStore(store) };
  return known.knowledge;
}

/**
 * Writes that leave the Knowledge as good as new: an ingest (its draft's Knowledge is carried forward),
 * and a review or an edit of claims, which change no entity, topic or event the linker may suggest (a claim
 * confirmed since counts as evidence for the linker from the next rebuild: after any other write, or a
 * restart). Every other write (entities, topics, events, suggestions accepted, another process's
 * changes) makes it again at the next ingest.
 */
function afterWrite({ entry, store }: Committed): void {
  if (store.version !== entry.dataVersionAfter) return;
  if (entry.kind === 'INGEST_ARTICLE' && planned?.store === store && planned.slug === entry.target.key && planned.versionBefore === entry.dataVersionBefore) {
    known = { store, version: store.version, knowledge: planned.knowledge };
  } else if ((entry.kind === 'REVIEW_CLAIM' || entry.kind === 'EDIT_CLAIM') && known?.store === store && known.version === entry.dataVersionBefore) {
    known = { ...known, version: store.version };
  }
  planned = null;
}

const following = new WeakSet<DataWriter>();

/**
 * Makes the linker ready for a writer's ingests: follows its commits (afterWrite) and, when asked, builds
 * the Knowledge of its store and the linker's indexes over it now (the server does so before it reports
 * ready when curation is on: about 5 s at 246,000 claims, which the first ingest would pay otherwise).
 */
export function prepareLinker(writer: DataWriter, { now = false } = {}): void {
  if (!following.has(writer)) {
    following.add(writer);
    writer.onCommit(afterWrite);
  }
  if (now) prepare(knowledgeOf(writer.store));
}

const entitiesFile = (dataDir: string, name: string): Buffer => {
  const path = join(dataDir, 'entities', name);
  return existsSync(path) ? readFileSync(path) : Buffer.from('[]\n');
};

export interface IngestPlan extends WritePlan {
  readonly proposals: ProposalsFile;
  readonly entities: { actors: Actor[]; places: Place[] };
  readonly meta: { title: string; publishedAt: string };
}

/** The files an article adds (its own four, and the entities files with new AUTO records appended). */
export function planIngest(dataDir: string, store: Store, input: IngestInput): IngestPlan {
  const { slug, text } = input;
  for (const path of [`sources/${slug}.txt`, `sources/${slug}.json`, `annotations/${slug}.json`, `proposals/${slug}.json`]) {
    if (existsSync(join(dataDir, path))) throw new PlanError(`${path} already exists in the data folder: ingest never overwrites a file; choose another slug`);
  }
  if (store.record('Source', slug)) throw new PlanError(`an article with slug "${slug}" exists: ingest never overwrites one; choose another slug`);
  if (!text.replace(/^\uFEFF/, '').trim()) throw new PlanError('the text is empty: there is no article to ingest');
  if (input.url != null && !URL.canParse(input.url)) throw new PlanError(`url must be an absolute URL, got "${input.url}"`);
  const knowledge = knowledgeOf(store);
  let draft: ReturnType<typeof draftArticle>;
  try {
    draft = draftArticle({ text, bytes: input.bytes ?? Buffer.from(text, 'utf8'), slug, publisher: input.publisher, publishedAt: input.publishedAt, url: input.url ?? undefined, knowledge });
  } catch (e) {
    if (e instanceof IngestError) throw new PlanError(e.message);
    throw e;
  }
  // The annotations last: a folder read before the journal is rolled forward never has claims naming missing entities.
  const files: FileChange[] = draft.files.filter(([path]) => !path.startsWith('annotations/')).map(([path, bytes]) => ({ path, bytes }));
  if (draft.entities.actors.length) files.push({ path: 'entities/actors.json', bytes: Buffer.from(appendRecords(entitiesFile(dataDir, 'actors.json').toString('utf8'), draft.entities.actors)) });
  if (draft.entities.places.length) files.push({ path: 'entities/places.json', bytes: Buffer.from(appendRecords(entitiesFile(dataDir, 'places.json').toString('utf8'), draft.entities.places)) });
  files.push(...draft.files.filter(([path]) => path.startsWith('annotations/')).map(([path, bytes]) => ({ path, bytes })));
  planned = { store, versionBefore: store.version, slug, knowledge: knowledgeAfter(knowledge, draft) };
  const { meta } = draft;
  return {
    kind: 'INGEST_ARTICLE',
    target: { kind: 'Source', key: slug },
    touched: [
      ...draft.annotations.claims.map((c) => ({ kind: 'Claim' as const, key: `${slug}/${c.key}` })),
      ...draft.entities.actors.map((a) => ({ kind: 'Actor' as const, key: a.key })),
      ...draft.entities.places.map((p) => ({ kind: 'Place' as const, key: p.key })),
    ],
    before: null,
    after: { slug, title: meta.title, publisher: meta.publisher, publishedAt: meta.publishedAt, url: meta.url ?? null, claims: draft.annotations.claims.length },
    files,
    proposals: draft.proposals,
    entities: draft.entities,
    meta: { title: meta.title, publishedAt: meta.publishedAt },
  };
}

export interface IngestFileOptions {
  /** The article: a UTF-8 text file; its name gives the slug. */
  file: string;
  dataDir: string;
  publisher?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
  /** Who ingests, for the change log; the user name by default. */
  curator?: string;
}

export interface IngestResult {
  slug: string;
  /** The files written, relative to the data folder. */
  files: string[];
  publishedAt: string;
  title: string;
  claims: number;
  proposals: ProposalsFile;
  /** The AUTO actors and places added to entities/. */
  entities: { actors: Actor[]; places: Place[] };
  /** The change log entry's id and the data version after. */
  change: { id: string; dataVersion: string };
}

/** `npm run ingest`: one article file into a data folder, as a write. Throws IngestError saying what was wrong. */
export async function ingestFile(options: IngestFileOptions): Promise<IngestResult> {
  const { file, dataDir } = options;
  if (!existsSync(dataDir)) throw new IngestError(`the data folder ${dataDir} does not exist`);
  const { bytes, text } = readArticle(file);
  const slug = slugFromFileName(file);
  if (options.url !== undefined && !URL.canParse(options.url)) throw new IngestError(`--url must be an absolute URL, got "${options.url}"`);
  let writer: DataWriter;
  try {
    await DataWriter.recover(dataDir);
    writer = new DataWriter(dataDir, await loadData(dataDir), new ReadWriteGate());
  } catch (e) {
    if (e instanceof DataError) throw new IngestError(`the data folder ${dataDir} does not load as it is, so nothing was added:\n${e.message}`);
    throw e;
  }
  let plan: IngestPlan | undefined;
  try {
    const committed = await writer.write(options.curator ?? `cli:${userInfo().username}`, null, (store) => (plan = planIngest(dataDir, store, { text, bytes, slug, publisher: options.publisher, publishedAt: options.publishedAt, url: options.url })));
    const made = plan!;
    return {
      slug,
      files: made.files.map((f) => f.path),
      publishedAt: made.meta.publishedAt,
      title: made.meta.title,
      claims: made.touched!.filter((t) => t.kind === 'Claim').length,
      proposals: made.proposals,
      entities: made.entities,
      change: { id: committed.entry.id, dataVersion: committed.entry.dataVersionAfter },
    };
  } catch (e) {
    if (e instanceof WriteRefused) {
      const checks = e.issues.length ? ` (a bug in the extractor: please report it with the article)` : '';
      throw new IngestError(`${slug}: ${e.message}${checks}`);
    }
    throw e;
  }
}

/**
 * A write's files checked against the loaded store, with the loader's own
 * checks (check.ts), before anything is written: the new entity files against
 * each other, each changed article's annotations against the entities, every
 * event and topic the write touches still supported by a claim, and nothing
 * left pointing at a removed entity. The result is the write as parsed data
 * (update.ts applies it) and the data folder's files after it (its
 * dataVersion); any problem refuses the whole write with every fault listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Event, NonAssertion, Topic } from '../domain/format.js';
import type { ClaimRecord, EntityRecord, NodeKind } from '../domain/records.js';
import type { Store } from '../domain/store.js';
import { checkArticle, checkEntities, eventSupportProblem, topicUnsupported, type CheckedEntities, type Report } from './check.js';
import { DataError, type Fault } from './faults.js';
import { sha256, versionOf, type FileTable } from './read.js';
import type { ArticleChange, ParsedChanges } from './update.js';

/** A file a write makes or replaces (bytes), or removes (null), by path relative to the data folder. */
export interface FileChange {
  readonly path: string;
  readonly bytes: Buffer | null;
}

const ENTITY_FILES = { 'entities/actors.json': 'actors', 'entities/places.json': 'places', 'entities/topics.json': 'topics', 'entities/events.json': 'events' } as const;
type EntityFile = keyof typeof ENTITY_FILES;
const ANNOTATIONS = /^annotations\/([a-z0-9][a-z0-9_-]*)\.json$/;
const SOURCE_FILE = /^sources\/([a-z0-9][a-z0-9_-]*)\.(txt|json)$/;
const PROPOSALS = /^proposals\/([a-z0-9][a-z0-9_-]*)\.json$/;
const KIND_OF = { actor: 'Actor', place: 'Place', event: 'Event', topic: 'Topic' } as const satisfies Record<string, NodeKind>;

/** The entities as the store holds them, in the shape the article checks read (a reference must name a record by its own key). */
function entitiesOfStore(store: Store): CheckedEntities {
  const has = (kind: keyof typeof KIND_OF, key: string) => store.record(KIND_OF[kind], key)?.key === key;
  return {
    actors: [],
    places: [],
    topics: [],
    events: [],
    refs: { actor: () => -1, place: () => -1, event: () => -1, topic: () => -1, has },
    topicByKey: {
      get: (key: string) => {
        const t = store.record('Topic', key);
        return t && t.key === key ? (t as unknown as Topic) : undefined;
      },
    } as ReadonlyMap<string, Topic>,
    complete: true,
  };
}

/**
 * Checks a write's files; resolves with the write as parsed data and the folder's files after it (the
 * changed files' stamps are left to the writer, which knows them once written).
 */
export function checkFileChanges(store: Store, dataDir: string, files: FileTable, changes: readonly FileChange[]): { parsed: ParsedChanges; digests: Map<string, string> } {
  const faults: Fault[] = [];
  const fault: Report = (file, path, message) => faults.push({ file, path, message });
  const changed = new Map(changes.map((c) => [c.path, c.bytes]));
  const current = (path: string): string | undefined => {
    if (changed.has(path)) return changed.get(path)?.toString('utf8');
    if (!files.has(path)) return undefined;
    return readFileSync(join(dataDir, path), 'utf8');
  };

  // Which records the write is about, by the files it changes.
  const articleSlugs = new Set<string>();
  const newSlugs = new Set<string>();
  let entityFilesChanged = false;
  for (const { path, bytes } of changes) {
    if (path in ENTITY_FILES) {
      if (bytes === null) fault(path, '$', 'an entity file cannot be removed');
      entityFilesChanged = true;
      continue;
    }
    const annotation = ANNOTATIONS.exec(path)?.[1];
    const sourceFile = SOURCE_FILE.exec(path)?.[1];
    if (annotation) articleSlugs.add(annotation);
    else if (sourceFile) {
      if (store.record('Source', sourceFile)) fault(path, '$', `article "${sourceFile}" exists: an article's text and metadata are never rewritten`);
      else newSlugs.add(sourceFile);
      articleSlugs.add(sourceFile);
    } else if (!PROPOSALS.test(path)) fault(path, '$', 'a write may change entity files, annotations, new articles and proposals only');
  }
  for (const slug of newSlugs) {
    if (!changed.get(`sources/${slug}.txt`) || !changed.get(`sources/${slug}.json`)) fault(`sources/${slug}`, '$', 'a new article needs both its .txt and its .json');
  }
  if (faults.length) throw new DataError(faults);

  const entities: CheckedEntities = entityFilesChanged
    ? checkEntities(
        { actors: current('entities/actors.json'), places: current('entities/places.json'), topics: current('entities/topics.json'), events: current('entities/events.json') },
        fault,
      )
    : entitiesOfStore(store);
  if (faults.length) throw new DataError(faults);

  // Each changed or new article, checked as the loader checks it; what its claims support is noted.
  const reports = { event: new Map<string, string[]>(), topic: new Map<string, number>() };
  const support = {
    report(claim: Claim, publishedAt: string) {
      for (const key of claim.events) reports.event.set(key, [...(reports.event.get(key) ?? []), publishedAt]);
      if (claim.topic) reports.topic.set(claim.topic, (reports.topic.get(claim.topic) ?? 0) + 1);
    },
  };
  const articles: ArticleChange[] = [];
  const replacedClaims = new Set<ClaimRecord>();
  for (const slug of [...articleSlugs].sort()) {
    const stored = store.record('Source', slug);
    const textBytes = changed.get(`sources/${slug}.txt`) ?? null;
    const text = stored ? stored.text : (textBytes?.toString('utf8') ?? '');
    const checked = checkArticle(
      slug,
      { meta: current(`sources/${slug}.json`), text, sha256: stored ? stored.sha256 : sha256(textBytes ?? ''), annotations: current(`annotations/${slug}.json`) },
      entities,
      support,
      fault,
    );
    if (!checked) continue;
    for (const c of stored?.claims ?? []) replacedClaims.add(c);
    articles.push({
      slug,
      claims: checked.claims,
      nonAssertions: checked.nonAssertions as NonAssertion[],
      ...(stored ? {} : { added: { meta: checked.meta, text } }),
    });
  }

  // Support: every event and topic the write names or changes keeps a claim; removed entities leave no reference.
  const kept = (claims: readonly ClaimRecord[]) => claims.filter((c) => !replacedClaims.has(c));
  const events: Array<Pick<Event, 'key' | 'date'>> = entityFilesChanged ? [...entities.events] : [...reports.event.keys()].flatMap((k) => store.record('Event', k) ?? []);
  const touchedEvents = new Set([...reports.event.keys(), ...[...replacedClaims].flatMap((c) => c.events.map((e) => e.key))]);
  events.forEach((e) => {
    const stored = store.record('Event', e.key);
    if (!touchedEvents.has(e.key) && stored && entityFilesChanged && JSON.stringify(stored.date) === JSON.stringify(e.date)) return;
    const dates = [...kept(stored?.key === e.key ? stored.claims : []).map((c) => c.source.publishedAt), ...(reports.event.get(e.key) ?? [])];
    const problem = eventSupportProblem(e, dates);
    if (problem) fault('entities/events.json', `$[?(@.key=="${e.key}")]${problem.date ? '.date' : ''}`, problem.message);
  });
  const topicKeys = entityFilesChanged ? entities.topics.map((t) => t.key) : [];
  const touchedTopics = new Set([...reports.topic.keys(), ...[...replacedClaims].flatMap((c) => (c.topic ? [c.topic.key] : [])), ...topicKeys.filter((k) => !store.record('Topic', k))]);
  for (const key of touchedTopics) {
    const stored = store.record('Topic', key);
    if (entityFilesChanged && !entities.refs.has('topic', key)) continue;
    if (kept(stored?.key === key ? stored.claims : []).length + (reports.topic.get(key) ?? 0) === 0) fault('entities/topics.json', `$[?(@.key=="${key}")]`, topicUnsupported(key));
  }
  if (entityFilesChanged) {
    for (const [kind, list] of [
      ['actor', store.actors()],
      ['place', store.places()],
    ] as const) {
      for (const entity of list as readonly EntityRecord[]) {
        if (entities.refs.has(kind, entity.key)) continue;
        const left = kept(entity.claims);
        if (left.length) fault(ANNOTATIONS_OF(left[0]!), '$', `${kind} "${entity.key}" is removed but claim "${left[0]!.id}" still names it`);
        const suggesting = store.claims({ curation: 'AUTO' }).find((c) => !replacedClaims.has(c) && c.suggestions.some((s) => s.target === entity));
        if (suggesting) fault(ANNOTATIONS_OF(suggesting), '$', `${kind} "${entity.key}" is removed but a suggestion of claim "${suggesting.id}" still names it`);
      }
    }
  }
  if (faults.length) throw new DataError(faults);

  const digests = new Map([...files].map(([path, { sha256: digest }]) => [path, digest]));
  for (const { path, bytes } of changes) {
    if (bytes === null) digests.delete(path);
    else digests.set(path, sha256(bytes));
  }
  const parsed: ParsedChanges = {
    version: versionOf(digests),
    entities: entityFilesChanged
      ? Object.fromEntries(
          (Object.entries(ENTITY_FILES) as Array<[EntityFile, (typeof ENTITY_FILES)[EntityFile]]>).filter(([path]) => changed.has(path)).map(([, name]) => [name, entities[name]]),
        )
      : {},
    articles,
  };
  return { parsed, digests };
}

const ANNOTATIONS_OF = (claim: ClaimRecord) => `annotations/${claim.source.slug}.json`;

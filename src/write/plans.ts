/**
 * What each curation write changes in the data folder's files. A plan reads
 * the files it edits as they are on disk (raw JSON, so fields and order a
 * curator wrote are kept), edits them, and says what changed: the change-log
 * entry's target, the record's fields before and after. It never writes: the
 * writer checks the new files with the loader's own checks, then commits them
 * (writer.ts). Inputs arrive with their records resolved and their shapes
 * checked by the GraphQL layer (src/graphql/types/curation.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from '../domain/anchor.js';
import type { Actor, ChangeKind, ChangeTarget, Event, Modality, Place, Quantity, TimeSpan, Topic } from '../domain/format.js';
import type { ActorRecord, ClaimRecord, EntityRecord, EventRecord, PlaceRecord, SuggestionRecord, TopicRecord } from '../domain/records.js';
import type { FileChange } from '../load/changes.js';

/** A write, planned: its files and what the change log says of it. */
export interface WritePlan {
  readonly kind: ChangeKind;
  readonly target: ChangeTarget;
  readonly touched?: readonly ChangeTarget[];
  readonly decision?: string;
  readonly note?: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly files: readonly FileChange[];
}

/** A write that cannot be made as asked: BAD_USER_INPUT with the problem (nothing is written). */
export class PlanError extends Error {}

type Json = Record<string, unknown>;
const bytesOf = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/** The data files a plan reads and edits, as they are on disk. */
class Files {
  private readonly edited = new Map<string, unknown>();
  private readonly original = new Map<string, string>();
  constructor(private readonly dataDir: string) {}

  read<T>(path: string): T {
    if (!this.edited.has(path)) {
      const file = join(this.dataDir, path);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (text !== null) this.original.set(path, text);
      this.edited.set(path, text === null ? null : JSON.parse(text));
    }
    return this.edited.get(path) as T;
  }

  /** An article's annotations file. */
  annotations(slug: string): { claims: Json[] } {
    const doc = this.read<{ claims: Json[] } | null>(`annotations/${slug}.json`);
    if (!doc) throw new PlanError(`article "${slug}" has no annotations file`);
    return doc;
  }

  /** The stored fields of a claim (a live object of its file: edits change the file). */
  claim(claim: ClaimRecord): Json {
    const stored = this.annotations(claim.source.slug).claims.find((c) => c.key === claim.key);
    if (!stored) throw new PlanError(`claim "${claim.id}" is not in annotations/${claim.source.slug}.json`);
    return stored;
  }

  entities(kind: 'actors' | 'places' | 'topics' | 'events'): Json[] {
    return this.read<Json[]>(`entities/${kind}.json`);
  }

  entity(kind: 'actors' | 'places' | 'topics' | 'events', key: string): Json {
    const stored = this.entities(kind).find((e) => e.key === key);
    if (!stored) throw new PlanError(`${kind.slice(0, -1)} "${key}" is not in entities/${kind}.json`);
    return stored;
  }

  /** The files the plan changed. */
  changes(): FileChange[] {
    return [...this.edited]
      .filter(([, value]) => value !== null)
      .map(([path, value]) => ({ path, bytes: bytesOf(value) }))
      .filter(({ path, bytes }) => bytes.toString('utf8') !== this.original.get(path));
  }
}

const copy = <T>(value: T): T => structuredClone(value);
const claimTarget = (claim: ClaimRecord): ChangeTarget => ({ kind: 'Claim', key: claim.id });
const entityKind = (e: EntityRecord) => (e.nodeKind === 'Actor' ? 'actors' : 'places');

/** The claim's fields after a change of claimants: attribution follows them. */
function withClaimants(stored: Json, claimants: readonly string[]): void {
  stored.claimants = [...claimants];
  stored.attribution = claimants.length > 0 ? 'ATTRIBUTED' : 'UNATTRIBUTED';
  delete stored.claimant;
}

export function reviewClaim(dataDir: string, input: { claim: ClaimRecord; decision: 'CONFIRM' | 'REJECT'; note?: string | null }): WritePlan {
  const files = new Files(dataDir);
  const { claim, decision } = input;
  const doc = files.annotations(claim.source.slug);
  const stored = files.claim(claim);
  const before = copy(stored);
  let after: Json | null;
  if (decision === 'CONFIRM') {
    if (claim.curation === 'CURATED') throw new PlanError(`claim "${claim.id}" is already CURATED: there is nothing to confirm`);
    stored.curation = 'CURATED';
    after = copy(stored);
  } else {
    doc.claims.splice(doc.claims.indexOf(stored), 1);
    after = null;
  }
  return { kind: 'REVIEW_CLAIM', target: claimTarget(claim), decision, ...(input.note ? { note: input.note } : {}), before, after, files: files.changes() };
}

export interface ClaimEdit {
  readonly statement?: string;
  readonly claimants?: readonly ActorRecord[];
  readonly modality?: Modality;
  readonly quantity?: Quantity | null;
  readonly time?: TimeSpan | null;
  readonly topic?: TopicRecord | null;
  readonly answer?: string | null;
  readonly events?: readonly EventRecord[];
  readonly places?: readonly PlaceRecord[];
  readonly actors?: readonly ActorRecord[];
  /** Quotes of the article, anchored here (the anchoring `npm run data:anchor` uses). */
  readonly evidence?: readonly string[];
  readonly note?: string | null;
}

export function editClaim(dataDir: string, claim: ClaimRecord, edit: ClaimEdit): WritePlan {
  const files = new Files(dataDir);
  const stored = files.claim(claim);
  const before = copy(stored);
  if (edit.statement !== undefined) stored.statement = edit.statement;
  if (edit.claimants !== undefined) withClaimants(stored, edit.claimants.map((a) => a.key));
  if (edit.modality !== undefined) stored.modality = edit.modality;
  const optional = (field: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null) delete stored[field];
    else stored[field] = value;
  };
  optional('quantity', edit.quantity);
  optional('time', edit.time);
  optional('topic', edit.topic === undefined ? undefined : (edit.topic?.key ?? null));
  optional('answer', edit.answer);
  if (edit.events !== undefined) stored.events = edit.events.map((e) => e.key);
  if (edit.places !== undefined) stored.places = edit.places.map((p) => p.key);
  if (edit.actors !== undefined) stored.actors = edit.actors.map((a) => a.key);
  if (edit.evidence !== undefined) {
    stored.evidence = edit.evidence.map((quote, i) => {
      const found = locate(claim.source.text, { quote });
      if (!found.ok) throw new PlanError(`evidence[${i}]: ${found.message}`);
      return found.selector;
    });
  }
  if (JSON.stringify(before) === JSON.stringify(stored)) throw new PlanError(`the edit changes nothing in claim "${claim.id}"`);
  return { kind: 'EDIT_CLAIM', target: claimTarget(claim), ...(edit.note ? { note: edit.note } : {}), before, after: copy(stored), files: files.changes() };
}

/** Accepting links the claim to the suggested record (made first when the suggestion proposes one); both decisions are kept on the suggestion. */
export function reviewSuggestion(dataDir: string, input: { suggestion: SuggestionRecord; decision: 'ACCEPT' | 'REJECT' }): WritePlan {
  const files = new Files(dataDir);
  const { suggestion, decision } = input;
  const claim = suggestion.claim;
  const stored = files.claim(claim);
  const before = copy(stored);
  if (suggestion.status !== 'SUGGESTED') throw new PlanError(`suggestion "${suggestion.id}" was already ${suggestion.status}`);
  const storedSuggestion = (stored.suggestions as Json[] | undefined)?.find((s) => s.key === suggestion.key);
  if (!storedSuggestion) throw new PlanError(`suggestion "${suggestion.id}" is not in annotations/${claim.source.slug}.json`);
  storedSuggestion.status = decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
  const touched: ChangeTarget[] = [{ kind: 'Claim', key: claim.id }];
  if (decision === 'ACCEPT') {
    let key = suggestion.target?.key;
    if (!key) key = createProposed(files, suggestion, touched);
    const add = (field: string) => {
      const list = (stored[field] as string[] | undefined) ?? [];
      if (!list.includes(key!)) stored[field] = [...list, key];
    };
    switch (suggestion.kind) {
      case 'TOPIC':
        stored.topic = key;
        break;
      case 'EVENT':
        add('events');
        break;
      case 'CLAIMANT':
        withClaimants(stored, [...new Set([...((stored.claimants as string[] | undefined) ?? []), key])]);
        break;
      case 'ACTOR':
        add('actors');
        break;
      case 'PLACE':
        add('places');
        break;
    }
    if (suggestion.target) touched.push({ kind: suggestion.target.nodeKind, key: suggestion.target.key });
  }
  return { kind: 'REVIEW_SUGGESTION', target: { kind: 'Suggestion', key: suggestion.id }, touched, decision, before, after: copy(stored), files: files.changes() };
}

/** Makes the record a suggestion proposes (an event from its proposal); returns its key. */
function createProposed(files: Files, suggestion: SuggestionRecord, touched: ChangeTarget[]): string {
  const proposal = suggestion.proposal!;
  if (suggestion.kind !== 'EVENT') {
    throw new PlanError(`suggestion "${suggestion.id}" proposes a new ${suggestion.kind.toLowerCase()}: create it first (createActor, createPlace or createTopic), then link the claim with editClaim`);
  }
  const events = files.entities('events');
  if (!events.some((e) => e.key === proposal.key)) {
    const [type, subType] = (proposal.kind ?? '').split('/');
    if (!type || !subType || !proposal.date) throw new PlanError(`suggestion "${suggestion.id}" proposes an event without a type or date: create it with createEvent`);
    events.push({
      key: proposal.key,
      title: proposal.name,
      description: `Proposed by the extractor from ${suggestion.claim.source.slug}; accepted by a curator.`,
      type,
      subType,
      date: { start: proposal.date.start, end: proposal.date.end, precision: 'DAY' },
      places: proposal.places ?? [],
      actors: [],
    });
  }
  touched.push({ kind: 'Event', key: proposal.key });
  return proposal.key;
}

/** A topic or event is made with the claims that support it (an unsupported one would be an answer without provenance). */
export function createTopic(dataDir: string, input: { topic: Topic; claims: readonly ClaimRecord[] }): WritePlan {
  const files = new Files(dataDir);
  const topics = files.entities('topics');
  if (topics.some((t) => t.key === input.topic.key)) throw new PlanError(`topic "${input.topic.key}" exists`);
  topics.push({ ...input.topic });
  for (const claim of input.claims) files.claim(claim).topic = input.topic.key;
  return { kind: 'CREATE_TOPIC', target: { kind: 'Topic', key: input.topic.key }, touched: input.claims.map(claimTarget), before: null, after: input.topic, files: files.changes() };
}

export function createEvent(dataDir: string, input: { event: Event; claims: readonly ClaimRecord[] }): WritePlan {
  const files = new Files(dataDir);
  const events = files.entities('events');
  if (events.some((e) => e.key === input.event.key)) throw new PlanError(`event "${input.event.key}" exists`);
  events.push({ ...input.event });
  for (const claim of input.claims) {
    const stored = files.claim(claim);
    stored.events = [...new Set([...((stored.events as string[] | undefined) ?? []), input.event.key])];
  }
  return { kind: 'CREATE_EVENT', target: { kind: 'Event', key: input.event.key }, touched: input.claims.map(claimTarget), before: null, after: input.event, files: files.changes() };
}

export function updateEvent(dataDir: string, event: EventRecord, changes: Partial<Omit<Event, 'key'>>): WritePlan {
  const files = new Files(dataDir);
  const stored = files.entity('events', event.key);
  const before = copy(stored);
  Object.assign(stored, changes);
  if (JSON.stringify(before) === JSON.stringify(stored)) throw new PlanError(`the update changes nothing in event "${event.key}"`);
  return { kind: 'UPDATE_EVENT', target: { kind: 'Event', key: event.key }, before, after: copy(stored), files: files.changes() };
}

export function createActor(dataDir: string, actor: Actor): WritePlan {
  return createEntity(dataDir, 'actors', actor);
}

export function createPlace(dataDir: string, place: Place): WritePlan {
  return createEntity(dataDir, 'places', place);
}

function createEntity(dataDir: string, kind: 'actors' | 'places', record: Actor | Place): WritePlan {
  const files = new Files(dataDir);
  const list = files.entities(kind);
  if (list.some((e) => e.key === record.key)) throw new PlanError(`${kind.slice(0, -1)} "${record.key}" exists`);
  const { curation, mergedKeys, ...fields } = record;
  const stored = { ...fields, ...(curation === 'AUTO' ? { curation } : {}), ...(mergedKeys.length ? { mergedKeys } : {}) };
  list.push(stored);
  return { kind: kind === 'actors' ? 'CREATE_ACTOR' : 'CREATE_PLACE', target: { kind: kind === 'actors' ? 'Actor' : 'Place', key: record.key }, before: null, after: stored, files: files.changes() };
}

export function addAlias(dataDir: string, input: { entity: EntityRecord; alias: string }): WritePlan {
  const files = new Files(dataDir);
  const stored = files.entity(entityKind(input.entity), input.entity.key);
  const before = copy(stored);
  const aliases = (stored.aliases as string[]) ?? [];
  if (aliases.some((a) => a.toLowerCase() === input.alias.toLowerCase())) throw new PlanError(`"${input.alias}" is already an alias of ${input.entity.key}`);
  stored.aliases = [...aliases, input.alias];
  return { kind: 'ADD_ALIAS', target: { kind: input.entity.nodeKind, key: input.entity.key }, before, after: copy(stored), files: files.changes() };
}

/**
 * Merges `remove` into `keep` (two actors or two places): every reference moves to `keep` (claims'
 * claimants, actors and places, suggestions, events, memberships), `keep` takes the aliases, and the
 * removed key is kept in `keep.mergedKeys`, so ids made from it resolve to `keep`.
 */
export function mergeEntities(dataDir: string, input: { keep: EntityRecord; remove: EntityRecord; autoClaims: readonly ClaimRecord[] }): WritePlan {
  const { keep, remove } = input;
  if (keep.nodeKind !== remove.nodeKind) throw new PlanError(`cannot merge ${remove.nodeKind.toLowerCase()} "${remove.key}" into ${keep.nodeKind.toLowerCase()} "${keep.key}": both must be actors or both places`);
  if (keep === remove) throw new PlanError(`cannot merge "${keep.key}" into itself`);
  const files = new Files(dataDir);
  const kind = entityKind(keep);
  const list = files.entities(kind);
  const keptStored = files.entity(kind, keep.key);
  const removedStored = files.entity(kind, remove.key);
  const before = { keep: copy(keptStored), remove: copy(removedStored) };
  const swap = (keys: unknown) => (Array.isArray(keys) ? [...new Set(keys.map((k) => (k === remove.key ? keep.key : k)))] : keys);
  const touched: ChangeTarget[] = [{ kind: remove.nodeKind, key: remove.key }];
  // Claims naming it, and claims whose suggestions point at it.
  const claims = new Set<ClaimRecord>([...(remove.nodeKind === 'Actor' ? (remove as ActorRecord).claims : (remove as PlaceRecord).claims)]);
  for (const claim of input.autoClaims) if (claim.suggestions.some((s) => s.target === remove)) claims.add(claim);
  for (const claim of claims) {
    const stored = files.claim(claim);
    for (const field of ['claimants', 'actors', 'places'] as const) if (stored[field]) stored[field] = swap(stored[field]);
    for (const s of (stored.suggestions as Json[] | undefined) ?? []) if (s.target === remove.key && ['CLAIMANT', 'ACTOR', 'PLACE'].includes(s.kind as string)) s.target = keep.key;
    touched.push(claimTarget(claim));
  }
  for (const event of files.entities('events')) {
    if (kind === 'places') event.places = swap(event.places);
    else event.actors = (event.actors as Array<{ actor: string; role: string }>).map((a) => (a.actor === remove.key ? { ...a, actor: keep.key } : a));
  }
  for (const entity of list) {
    if (entity.memberOf === remove.key) entity.memberOf = keep.key;
    if (entity.within === remove.key) entity.within = keep.key;
  }
  const aliases = (keptStored.aliases as string[]) ?? [];
  const known = new Set(aliases.map((a) => a.toLowerCase()));
  keptStored.aliases = [...aliases, ...[(removedStored.name as string), ...((removedStored.aliases as string[]) ?? [])].filter((a) => a.length >= 2 && !known.has(a.toLowerCase()) && (known.add(a.toLowerCase()), true))];
  keptStored.mergedKeys = [...new Set([...((keptStored.mergedKeys as string[]) ?? []), remove.key, ...((removedStored.mergedKeys as string[]) ?? [])])];
  if (keptStored.memberOf === keep.key) delete keptStored.memberOf;
  if (keptStored.within === keep.key) delete keptStored.within;
  list.splice(list.indexOf(removedStored), 1);
  return { kind: 'MERGE_ENTITIES', target: { kind: keep.nodeKind, key: keep.key }, touched, before, after: { keep: copy(keptStored), remove: null }, files: files.changes() };
}

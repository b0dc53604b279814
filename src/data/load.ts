/**
 * Reading a data folder: files → zod validation → integrity checks → Dataset.
 * Every problem is collected (file, JSON path, what is wrong) before giving up,
 * so a curator sees the whole list at once; any problem refuses the data.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { verifySelector } from './anchor.js';
import { buildDataset, type Dataset, type ValidatedData } from './dataset.js';
import {
  Actors,
  Events,
  Places,
  SourceAnnotations,
  SourceMeta,
  Topics,
  type Actor,
  type Event,
  type Place,
  type Selector,
  type Topic,
} from './format.js';
import { readNumber } from './numbers.js';

export interface Fault {
  /** Path of the file, relative to the data folder. */
  file: string;
  /** JSON path inside the file (`$` for the file as a whole). */
  path: string;
  message: string;
}

export class DataError extends Error {
  constructor(readonly faults: Fault[]) {
    super(`invalid data: ${faults.length} problem${faults.length === 1 ? '' : 's'}\n${faults.map(formatFault).join('\n')}`);
    this.name = 'DataError';
  }
}

export function formatFault(f: Fault): string {
  return `  ${f.file} ${f.path}: ${f.message}`;
}

/** How far back a claim's or event's date may lie before the article that reports it. */
const PLAUSIBLE_YEARS_BEFORE = 15;
/** How far ahead a threat or prediction may look. */
const PLAUSIBLE_YEARS_AHEAD = 1;

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** sha256 over every file's relative path and bytes, in path order: the dataVersion. */
export function hashDataFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    hash.update(relative(dir, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const addYears = (isoDate: string, years: number) => `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;

/** Loads, validates and indexes a data folder; throws DataError listing every problem. */
export function loadDataset(dataDir: string): Dataset {
  const faults: Fault[] = [];
  const fault = (file: string, path: string, message: string) => faults.push({ file, path, message });

  function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> | null {
    const rel = relative(dataDir, file).split(sep).join('/');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      fault(rel, '$', (e as Error).message.startsWith('ENOENT') ? 'file is missing' : `not valid JSON: ${(e as Error).message}`);
      return null;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fault(rel, jsonPath(issue.path), issue.message);
      return null;
    }
    return parsed.data;
  }

  const sourcesDir = join(dataDir, 'sources');
  let textFiles: string[] = [];
  try {
    textFiles = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    fault('sources', '$', `folder is missing: ${sourcesDir}`);
  }

  // Sources: text, metadata, hash, headline, boilerplate anchors.
  const sources: ValidatedData['sources'] = [];
  // Once a file fails its schema, checks that need every record (an event no claim reports...) would only add noise.
  let incomplete = false;
  for (const name of textFiles) {
    const slug = basename(name, '.txt');
    const metaFile = `sources/${slug}.json`;
    const bytes = readFileSync(join(sourcesDir, name));
    const meta = readJson(join(sourcesDir, `${slug}.json`), SourceMeta);
    if (!meta) {
      incomplete = true;
      continue;
    }
    const text = bytes.toString('utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (meta.slug !== slug) fault(metaFile, '$.slug', `is "${meta.slug}" but the file is named "${slug}"`);
    if (meta.sha256 !== sha256) fault(metaFile, '$.sha256', `does not match sources/${name}: the file's sha256 is ${sha256}`);
    if (meta.titleBasis === 'HEADLINE' && !text.includes(meta.title)) fault(metaFile, '$.title', 'titleBasis is HEADLINE but the title does not occur in the text');
    meta.boilerplate.forEach((b, i) => {
      const problem = verifySelector(text, b.selector);
      if (problem) fault(metaFile, `$.boilerplate[${i}].selector`, problem);
    });
    sources.push({ meta, text });
  }
  const sourceBySlug = new Map(sources.map((s) => [s.meta.slug, s]));

  // Entities: keys unique per kind, aliases unique across actors and places, references resolve.
  const actors = readJson(join(dataDir, 'entities/actors.json'), Actors) ?? [];
  const places = readJson(join(dataDir, 'entities/places.json'), Places) ?? [];
  const topics = readJson(join(dataDir, 'entities/topics.json'), Topics) ?? [];
  const events = readJson(join(dataDir, 'entities/events.json'), Events) ?? [];
  const keySets = {
    actor: uniqueKeys('entities/actors.json', actors),
    place: uniqueKeys('entities/places.json', places),
    topic: uniqueKeys('entities/topics.json', topics),
    event: uniqueKeys('entities/events.json', events),
  };
  function uniqueKeys(file: string, records: Array<{ key: string }>): Set<string> {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.key)) fault(file, `$[${i}].key`, `duplicate id "${r.key}"`);
      seen.add(r.key);
    });
    return seen;
  }
  const ref = (kind: keyof typeof keySets, key: string, file: string, path: string) => {
    if (!keySets[kind].has(key)) fault(file, path, `unknown ${kind} "${key}"`);
  };

  const aliasOwner = new Map<string, string>();
  const checkAliases = (file: string, records: Array<Actor | Place>) =>
    records.forEach((r, i) =>
      r.aliases.forEach((alias, j) => {
        const normal = alias.toLowerCase();
        const owner = aliasOwner.get(normal);
        if (owner && owner !== r.key) fault(file, `$[${i}].aliases[${j}]`, `alias "${alias}" is claimed by both "${owner}" and "${r.key}"`);
        aliasOwner.set(normal, r.key);
      }),
    );
  checkAliases('entities/actors.json', actors);
  checkAliases('entities/places.json', places);
  actors.forEach((a, i) => a.memberOf && ref('actor', a.memberOf, 'entities/actors.json', `$[${i}].memberOf`));
  places.forEach((p, i) => p.within && ref('place', p.within, 'entities/places.json', `$[${i}].within`));
  events.forEach((e: Event, i) => {
    e.places.forEach((p, j) => ref('place', p, 'entities/events.json', `$[${i}].places[${j}]`));
    e.actors.forEach((a, j) => ref('actor', a.actor, 'entities/events.json', `$[${i}].actors[${j}].actor`));
  });
  const topicByKey = new Map<string, Topic>(topics.map((t) => [t.key, t]));

  // Annotations: anchors, references, quantities, dates.
  const annotations: ValidatedData['annotations'] = new Map();
  const eventReporters = new Map<string, string[]>();
  const topicsAnswered = new Set<string>();
  let annotationFiles: string[] = [];
  try {
    annotationFiles = readdirSync(join(dataDir, 'annotations')).filter((f) => f.endsWith('.json')).sort();
  } catch {
    annotationFiles = [];
  }
  for (const name of annotationFiles) {
    const file = `annotations/${name}`;
    const doc = readJson(join(dataDir, file), SourceAnnotations);
    if (!doc) {
      incomplete = true;
      continue;
    }
    const source = sourceBySlug.get(doc.source);
    if (doc.source !== basename(name, '.json')) fault(file, '$.source', `is "${doc.source}" but the file is named "${name}"`);
    if (!source) {
      // A source whose metadata failed is already reported; only a missing text is news.
      if (!textFiles.includes(`${doc.source}.txt`)) fault(file, '$.source', `unknown source "${doc.source}": there is no sources/${doc.source}.txt`);
      incomplete = true;
      continue;
    }
    const { text, meta } = source;
    const anchor = (selector: Selector, path: string) => {
      const problem = verifySelector(text, selector);
      if (problem) fault(file, path, problem);
    };
    const seen = new Set<string>();
    doc.claims.forEach((claim, i) => {
      const at = `$.claims[${i}]`;
      if (seen.has(claim.key)) fault(file, `${at}.key`, `duplicate id "${doc.source}/${claim.key}"`);
      seen.add(claim.key);
      claim.evidence.forEach((s, j) => anchor(s, `${at}.evidence[${j}]`));
      const quotes = claim.evidence.map((s) => s.quote);
      const inEvidence = (words: string) => quotes.some((q) => q.includes(words));
      claim.claimants.forEach((k, j) => ref('actor', k, file, `${at}.claimants[${j}]`));
      claim.actors.forEach((k, j) => ref('actor', k, file, `${at}.actors[${j}]`));
      claim.places.forEach((k, j) => ref('place', k, file, `${at}.places[${j}]`));
      claim.events.forEach((k, j) => {
        ref('event', k, file, `${at}.events[${j}]`);
        const reporters = eventReporters.get(k);
        if (reporters) reporters.push(meta.publishedAt);
        else eventReporters.set(k, [meta.publishedAt]);
      });
      if (claim.quantity) {
        const { words, value } = claim.quantity;
        if (!inEvidence(words)) fault(file, `${at}.quantity.words`, `"${words}" does not occur in the claim's evidence`);
        const read = readNumber(words);
        if (read === null) fault(file, `${at}.quantity.value`, `no number can be read from the words "${words}"`);
        else if (read !== value) fault(file, `${at}.quantity.value`, `is ${value} but the words "${words}" say ${read}`);
      }
      if (claim.time) {
        const { words, start, end } = claim.time;
        if (words && !inEvidence(words)) fault(file, `${at}.time.words`, `"${words}" does not occur in the claim's evidence`);
        const earliest = addYears(meta.publishedAt, -PLAUSIBLE_YEARS_BEFORE);
        const latest = ['THREATENED', 'PREDICTED'].includes(claim.modality) ? addYears(meta.publishedAt, PLAUSIBLE_YEARS_AHEAD) : meta.publishedAt;
        if (start < earliest || end > latest) {
          fault(file, `${at}.time`, `${start}..${end} is outside the plausible range ${earliest}..${latest} for an article published ${meta.publishedAt}`);
        }
      }
      if (claim.topic) {
        ref('topic', claim.topic, file, `${at}.topic`);
        topicsAnswered.add(claim.topic);
        const topic = topicByKey.get(claim.topic);
        if (topic?.valueKind === 'QUANTITY') {
          if (!claim.quantity) fault(file, `${at}.quantity`, `topic "${topic.key}" asks for a quantity, the claim has none`);
          else if (claim.quantity.unit !== topic.unit) fault(file, `${at}.quantity.unit`, `is "${claim.quantity.unit}" but topic "${topic.key}" is measured in "${topic.unit}"`);
        }
        if (topic?.valueKind === 'DATE' && !claim.time) fault(file, `${at}.time`, `topic "${topic.key}" asks for a date, the claim has no time`);
        if (topic?.valueKind === 'CATEGORY' && !claim.answer) fault(file, `${at}.answer`, `topic "${topic.key}" asks for a categorical answer, the claim has none`);
      }
      if (claim.answer && !claim.topic) fault(file, `${at}.answer`, 'an answer needs a topic');
    });
    doc.nonAssertions.forEach((n, i) => anchor(n.selector, `$.nonAssertions[${i}].selector`));
    annotations.set(doc.source, doc);
  }

  if (faults.length && incomplete) throw new DataError(faults);

  // Records that no claim supports would be answers without provenance.
  events.forEach((e, i) => {
    const reporters = eventReporters.get(e.key);
    if (!reporters) return fault('entities/events.json', `$[${i}]`, `event "${e.key}" is reported by no claim`);
    const lastReport = reporters.reduce((a, b) => (a > b ? a : b));
    const earliest = addYears(reporters.reduce((a, b) => (a < b ? a : b)), -PLAUSIBLE_YEARS_BEFORE);
    if (e.date.end > lastReport || e.date.start < earliest) {
      fault('entities/events.json', `$[${i}].date`, `${e.date.start}..${e.date.end} is outside the plausible range ${earliest}..${lastReport} of the articles reporting it`);
    }
  });
  topics.forEach((t, i) => {
    if (!topicsAnswered.has(t.key)) fault('entities/topics.json', `$[${i}]`, `topic "${t.key}" is answered by no claim`);
  });

  if (faults.length) throw new DataError(faults);
  return buildDataset({ version: hashDataFolder(dataDir), sources, annotations, actors, places, topics, events });
}

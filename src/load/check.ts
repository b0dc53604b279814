/**
 * Checking a data folder's content: every file against its zod schema
 * (src/domain/format.ts), then every rule that spans records: anchors match
 * the text, references resolve, quantities say what their words say, dates
 * are plausible, every event and topic is supported by a claim. Every problem
 * is collected before giving up; any problem refuses the data.
 */
import type { z } from 'zod';
import { verifySelector } from '../domain/anchor.js';
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
  type SourceMeta as SourceMetaType,
  type SourceAnnotations as SourceAnnotationsType,
  type Topic,
} from '../domain/format.js';
import { readNumber } from '../domain/numbers.js';
import { DataError, jsonPath, type Fault } from './faults.js';
import type { DataFiles } from './read.js';

/** The content of a data folder once every check has passed: what link.ts builds records from. */
export interface ValidatedData {
  readonly version: string;
  /** Articles by slug. */
  readonly sources: ReadonlyArray<{ readonly meta: SourceMetaType; readonly text: string }>;
  readonly annotations: ReadonlyMap<string, SourceAnnotationsType>;
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly topics: readonly Topic[];
  readonly events: readonly Event[];
}

/** How far back a claim's or event's date may lie before the article that reports it. */
const PLAUSIBLE_YEARS_BEFORE = 15;
/** How far ahead a threat or prediction may look. */
const PLAUSIBLE_YEARS_AHEAD = 1;

const addYears = (isoDate: string, years: number) => `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
const baseName = (path: string, ext: string) => path.slice(path.lastIndexOf('/') + 1, -ext.length);

/** Checks a folder's files; returns the validated data or throws DataError listing every problem. */
export function checkDataFiles(files: DataFiles): ValidatedData {
  const faults: Fault[] = [...files.faults];
  const fault = (file: string, path: string, message: string) => faults.push({ file, path, message });

  function parse<S extends z.ZodType>(file: string, schema: S): z.infer<S> | null {
    if (!files.json.has(file)) {
      if (!faults.some((f) => f.file === file)) fault(file, '$', 'file is missing');
      return null;
    }
    const parsed = schema.safeParse(files.json.get(file));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fault(file, jsonPath(issue.path), issue.message);
      return null;
    }
    return parsed.data;
  }

  const textFiles = [...files.texts.keys()].filter((p) => p.startsWith('sources/')).sort();
  if (textFiles.length === 0 && !faults.some((f) => f.file === '.')) fault('sources', '$', 'no article: sources/ holds no .txt file');

  // Sources: text, metadata, hash, headline, boilerplate anchors.
  const sources: Array<{ meta: SourceMetaType; text: string }> = [];
  // Once a file fails its schema, checks that need every record (an event no claim reports...) would only add noise.
  let incomplete = false;
  for (const textFile of textFiles) {
    const slug = baseName(textFile, '.txt');
    const metaFile = `sources/${slug}.json`;
    const meta = parse(metaFile, SourceMeta);
    if (!meta) {
      incomplete = true;
      continue;
    }
    const { text, sha256 } = files.texts.get(textFile)!;
    if (meta.slug !== slug) fault(metaFile, '$.slug', `is "${meta.slug}" but the file is named "${slug}"`);
    if (meta.sha256 !== sha256) fault(metaFile, '$.sha256', `does not match ${textFile}: the file's sha256 is ${sha256}`);
    if (meta.titleBasis === 'HEADLINE' && !text.includes(meta.title)) fault(metaFile, '$.title', 'titleBasis is HEADLINE but the title does not occur in the text');
    meta.boilerplate.forEach((b, i) => {
      const problem = verifySelector(text, b.selector);
      if (problem) fault(metaFile, `$.boilerplate[${i}].selector`, problem);
    });
    sources.push({ meta, text });
  }
  const sourceBySlug = new Map(sources.map((s) => [s.meta.slug, s]));

  // Entities: keys unique per kind, aliases unique across actors and places, references resolve.
  const actors = parse('entities/actors.json', Actors) ?? [];
  const places = parse('entities/places.json', Places) ?? [];
  const topics = parse('entities/topics.json', Topics) ?? [];
  const events = parse('entities/events.json', Events) ?? [];
  const keySets = {
    actor: uniqueKeys('entities/actors.json', actors),
    place: uniqueKeys('entities/places.json', places),
    topic: uniqueKeys('entities/topics.json', topics),
    event: uniqueKeys('entities/events.json', events),
  };
  function uniqueKeys(file: string, records: ReadonlyArray<{ key: string }>): Set<string> {
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
  const checkAliases = (file: string, records: ReadonlyArray<Actor | Place>) =>
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
  checkWithinCycles(places, fault);
  events.forEach((e, i) => {
    e.places.forEach((p, j) => ref('place', p, 'entities/events.json', `$[${i}].places[${j}]`));
    e.actors.forEach((a, j) => ref('actor', a.actor, 'entities/events.json', `$[${i}].actors[${j}].actor`));
  });
  const topicByKey = new Map<string, Topic>(topics.map((t) => [t.key, t]));

  // Annotations: anchors, references, quantities, dates.
  const annotations = new Map<string, SourceAnnotationsType>();
  const eventReporters = new Map<string, string[]>();
  const topicsAnswered = new Set<string>();
  const annotationFiles = [...files.json.keys()].filter((p) => p.startsWith('annotations/')).sort();
  for (const file of annotationFiles) {
    const doc = parse(file, SourceAnnotations);
    if (!doc) {
      incomplete = true;
      continue;
    }
    const source = sourceBySlug.get(doc.source);
    if (doc.source !== baseName(file, '.json')) fault(file, '$.source', `is "${doc.source}" but the file is named "${baseName(file, '.json')}.json"`);
    if (!source) {
      // A source whose metadata failed is already reported; only a missing text is news.
      if (!files.texts.has(`sources/${doc.source}.txt`)) fault(file, '$.source', `unknown source "${doc.source}": there is no sources/${doc.source}.txt`);
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
  return { version: files.version, sources, annotations, actors, places, topics, events };
}

/** A place may not lie within itself, at any depth. */
function checkWithinCycles(places: readonly Place[], fault: (file: string, path: string, message: string) => void): void {
  const byKey = new Map(places.map((p) => [p.key, p]));
  places.forEach((place, i) => {
    const seen = new Set<string>([place.key]);
    for (let up = place.within ? byKey.get(place.within) : undefined; up; up = up.within ? byKey.get(up.within) : undefined) {
      if (seen.has(up.key)) {
        fault('entities/places.json', `$[${i}].within`, `"${place.key}" lies within itself (${[...seen, up.key].join(' → ')})`);
        return;
      }
      seen.add(up.key);
    }
  });
}

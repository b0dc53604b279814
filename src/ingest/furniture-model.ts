/**
 * A learned second opinion on page furniture. The rules of boilerplate.ts name
 * the furniture forms they know, and every unseen outlet prints forms no list
 * holds ("Sponsored", "Comments (12)", a podcast's player, a desk's sign-off).
 * What those forms share is their shape: short, no sentence ending, labels and
 * separators, capitals and digits, page-tool words, furniture around them. A
 * logistic model reads that shape, the line's words and its neighbours' shapes,
 * and marks a line the rules left as body only when it is confident
 * (`threshold`). A second set of one-against-the-rest models names the kind.
 *
 * The model is data: `furniture-model.json` beside this file, validated by
 * `FurnitureModel` when first used. `npm run train:furniture`
 * (tools/train-furniture.ts) makes it from the style sets that are already in
 * sample (`trainedOn`), never from a set still held out, and prints its
 * leave-one-set-out figures. Training is deterministic: the same sets give the
 * same file, which a test checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BoilerplateKind } from '../domain/format.js';
import { PROJECT_ROOT } from '../project.js';
import { finiteVerb } from './clauses.js';
import { ICON_CHARS, REPORTING_VERB, Tags, tokenize, type Span, type Token } from './text.js';

const Weights = z.record(z.string(), z.number());

/** The model file's format: the one definition, for the trainer and for the extractor. */
export const FurnitureModel = z
  .object({
    note: z.string(),
    /** The style-set folders it was trained on (all in sample: none of them is a held-out measure any more). */
    trainedOn: z.array(z.string()).min(1),
    /** A line is furniture at this probability or above; chosen before training, see docs/ingest.md. */
    threshold: z.number().gt(0).lt(1),
    /** Weights of the furniture-or-body model, by feature. */
    furniture: Weights,
    /** Weights of each kind's one-against-the-rest model, trained on furniture lines only. */
    kinds: z.array(z.object({ kind: BoilerplateKind, weights: Weights })).min(1),
    /** Weights of the model that says where a furniture line splits into items ("20:14 GMT · Maren Voss"), by feature. */
    cuts: Weights,
  })
  .strict();
export type FurnitureModel = z.infer<typeof FurnitureModel>;

export const FURNITURE_MODEL_FILE = join(PROJECT_ROOT, 'src', 'ingest', 'furniture-model.json');

let loaded: FurnitureModel | undefined;
/** The committed model, read and validated once per process. */
export function furnitureModel(): FurnitureModel {
  if (!loaded) {
    const parsed = FurnitureModel.safeParse(JSON.parse(readFileSync(FURNITURE_MODEL_FILE, 'utf8')));
    if (!parsed.success) throw new Error(`${FURNITURE_MODEL_FILE}: not a furniture model: ${parsed.error.issues[0]?.message ?? 'invalid'} (run npm run train:furniture)`);
    loaded = parsed.data;
  }
  return loaded;
}

// ================================================================ features

const ICON = new RegExp(`[${ICON_CHARS}]`, 'u');
const LEADING_ICON = new RegExp(`^[${ICON_CHARS}]`, 'u');
/** What leads a line before its words: a shot's number or code, icons, bullets, separators. */
const LEAD = new RegExp(`^(?:\\p{Lu}{2,5}\\s*(?=\\d))?[\\d:.'’"()[\\]\\s/▹▸►▶•·|${ICON_CHARS}-]*`, 'u');
/** A month's name or its abbreviation, not any word that begins like one ("Maren", "Decide"). */
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])/i;

/** The index of the first cut a value does not exceed: a few coarse bins, so one weight speaks for many lengths. */
function bin(value: number, cuts: readonly number[]): number {
  let i = 0;
  while (i < cuts.length && value > cuts[i]!) i++;
  return i;
}

/** How a line looks, without its words: the features a line and its neighbours share. */
function shapeOf(line: string, prefix: string, into: string[]): void {
  const words = line.split(/\s+/).filter(Boolean);
  into.push(`${prefix}words${bin(words.length, [1, 2, 3, 5, 8, 12, 20, 30])}`);
  const last = line.replace(/["”’'»)\]]+$/, '').slice(-1);
  const ending = /\./.test(last) ? '.' : /[!?]/.test(last) ? '?' : last === ':' ? ':' : /[,;]/.test(last) ? ',' : /\p{L}/u.test(last) ? 'letter' : /\d/.test(last) ? 'digit' : 'symbol';
  into.push(`${prefix}ends:${ending}`);
  if (/["”’'»]$/.test(line)) into.push(`${prefix}ends:quote`);
  const first = line[0] ?? '';
  into.push(`${prefix}starts:${/\p{Lu}/u.test(first) ? 'upper' : /\p{Ll}/u.test(first) ? 'lower' : /\d/.test(first) ? 'digit' : /["“‘'(]/.test(first) ? 'quote' : 'symbol'}`);
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) into.push(`${prefix}capitals`);
  into.push(`${prefix}capitalised${bin(words.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, words.length), [0.2, 0.4, 0.6, 0.8])}`);
  if (/\d/.test(line)) into.push(`${prefix}digit`);
  if (/\d{1,2}[:.]\d{2}/.test(line)) into.push(`${prefix}clock`);
  if (MONTH.test(line)) into.push(`${prefix}month`);
  if (/\b(?:19|20)\d{2}\b/.test(line)) into.push(`${prefix}year`);
  if (/[·•|›»]|\s\/\s/.test(line)) into.push(`${prefix}separator`);
  if (ICON.test(line)) into.push(`${prefix}icon`);
  if (/^[^:]{1,30}:\s*\S/.test(line)) into.push(`${prefix}label`);
  if (/["“”]/.test(line)) into.push(`${prefix}quotation`);
  if (/©|\(c\)/i.test(line)) into.push(`${prefix}copyright`);
  if (REPORTING_VERB.test(line)) into.push(`${prefix}reporting-verb`);
  if (line.includes('/')) into.push(`${prefix}slash`);
  if (/\([^)]*\)/.test(line)) into.push(`${prefix}parenthesis`);
}

/**
 * The features of the i-th of a page's lines (trimmed, non-empty, in order):
 * its shape, its words, its first and last word, its place on the page, and
 * the shapes of the lines before and after it.
 */
export function lineFeatures(lines: readonly string[], i: number): string[] {
  const line = lines[i]!;
  const out: string[] = ['bias'];
  shapeOf(line, '', out);
  const words = line.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  for (const w of new Set(words)) out.push(`word:${w}`);
  if (words.length) out.push(`first:${words[0]}`, `last:${words[words.length - 1]}`);
  out.push(`from-top${bin(i, [0, 1, 2, 4, 7])}`, `from-end${bin(lines.length - 1 - i, [0, 1, 2, 4, 7])}`);
  if (i > 0) shapeOf(lines[i - 1]!, 'before:', out);
  else out.push('before:none');
  if (i + 1 < lines.length) shapeOf(lines[i + 1]!, 'after:', out);
  else out.push('after:none');
  return out;
}

// ================================================================ items of one line

/**
 * Where a line may split into items of furniture: a spaced separator, a run of
 * spaces, a sentence's end before a capital or a bracket, the edge of an icon.
 * Which of these do split ("20:14 GMT · Maren Voss" into a time and an author;
 * "Sat 8 Feb · 19 updates" stays whole) is learned: outlets and the sets' writers
 * join and split items in ways no rule names.
 */
const CUT = new RegExp(`\\s+[·•|▌/—–-]\\s+|\\s{2,}|(?<=[.!?]["”’)]?)\\s+(?=[\\p{Lu}(\\[])|\\s+(?=[${ICON_CHARS}])|(?<=[${ICON_CHARS}])\\s+`, 'gu');

/** One possible cut of a line: the separator's span, relative to the line. */
export interface LineCut extends Span {
  separator: string;
}

/** A line's possible cuts, each with its separator (a mark, "spaces", "sentence" or "icon"); none at either edge. */
export function cutsOf(line: string): LineCut[] {
  const cuts: LineCut[] = [];
  for (const m of line.matchAll(CUT)) {
    if (m.index === 0 || m.index + m[0].length >= line.length) continue;
    const mark = m[0].trim();
    const separator = mark ? (/[—–]/.test(mark) ? 'dash' : mark === '-' ? 'hyphen' : mark === '•' ? '·' : mark) : /\s{2,}/.test(m[0]) ? 'spaces' : ICON.test(line[m.index + m[0].length]! + line[m.index - 1]!) ? 'icon' : 'sentence';
    cuts.push({ start: m.index, end: m.index + m[0].length, separator });
  }
  return cuts;
}

/** What an item looks like in one word, so that pairs of items can be weighed ("clock" then "name"). */
function itemKind(item: string): string {
  if (/^\d{1,2}[:.]\d{2}\b/.test(item)) return 'clock';
  if (LEADING_ICON.test(item)) return 'icon';
  if (/^[[(]/.test(item)) return 'bracket';
  if (/^[^:]{1,25}:/.test(item)) return 'label';
  const letters = item.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'capitals';
  if (/[.!?]["”’)]?$/.test(item)) return 'prose';
  if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(item)) return 'name';
  if (/\d/.test(item)) return 'digits';
  return 'words';
}

function itemFeatures(item: string, prefix: string, into: string[]): string {
  const kind = itemKind(item);
  const words = item.match(/[\p{L}']+/gu) ?? [];
  into.push(`${prefix}kind:${kind}`, `${prefix}words${bin(item.split(/\s+/).length, [1, 2, 3, 5, 8])}`);
  // Its first and last words, but not a name's: a label ("Camera:", "by") tells how items join, a reporter's name does not.
  if (words.length && kind !== 'name') into.push(`${prefix}first:${words[0]!.toLowerCase()}`);
  if (words.length && /^\p{Ll}/u.test(words[words.length - 1]!)) into.push(`${prefix}last:${words[words.length - 1]}`);
  if (MONTH.test(item)) into.push(`${prefix}month`);
  if (/\d/.test(item)) into.push(`${prefix}digit`);
  return kind;
}

/** The features of a line's c-th cut: its separator, the items on either side, and the line's other cuts. */
export function cutFeatures(line: string, cuts: readonly LineCut[], c: number): string[] {
  const cut = cuts[c]!;
  const left = line.slice(c > 0 ? cuts[c - 1]!.end : 0, cut.start);
  const right = line.slice(cut.end, c + 1 < cuts.length ? cuts[c + 1]!.start : line.length);
  const out = ['bias', `sep:${cut.separator}`, `cuts${bin(cuts.length, [1, 2, 3])}`, `same-seps${bin(cuts.filter((k) => k.separator === cut.separator).length, [1, 2, 3])}`];
  const l = itemFeatures(left, 'L:', out);
  const r = itemFeatures(right, 'R:', out);
  const rightFirst = r === 'name' ? undefined : right.toLowerCase().match(/[\p{L}']+/u)?.[0];
  out.push(`pair:${l}>${r}`, `sep:${cut.separator}>R:${r}`, `sep:${cut.separator}>L:${l}`);
  if (rightFirst) out.push(`sep:${cut.separator}>R:first:${rightFirst}`);
  if (c === 0) out.push(`first-cut>L:${l}`);
  return out;
}

/** A furniture line's items: the line cut where the model is sure enough (p >= 0.5), each item trimmed, relative to the line. */
export function furnitureItems(model: FurnitureModel, line: string): Span[] {
  const cuts = cutsOf(line);
  const items: Span[] = [];
  let start = 0;
  cuts.forEach((cut, c) => {
    if (sigmoid(score(model.cuts, cutFeatures(line, cuts, c))) < 0.5) return;
    items.push({ start, end: cut.start });
    start = cut.end;
  });
  if (!items.length) return [{ start: 0, end: line.length }];
  items.push({ start, end: line.length });
  // An item of separators only ("MARBEK | | World") is not one.
  return items.filter((s) => /[\p{L}\p{N}]/u.test(line.slice(s.start, s.end)));
}

// ================================================================ the model

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (weights: Record<string, number>, features: readonly string[]) => {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return z;
};

/** The probability that a line with these features is furniture. */
export function furnitureProbability(model: FurnitureModel, features: readonly string[]): number {
  return sigmoid(score(model.furniture, features));
}

/** The kind a furniture line most likely is. */
export function furnitureKind(model: FurnitureModel, features: readonly string[]): BoilerplateKind {
  let best = model.kinds[0]!;
  let bestScore = -Infinity;
  for (const k of model.kinds) {
    const s = score(k.weights, features);
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best.kind;
}

/**
 * A line that reads as a statement: a subject and then a finite verb among its
 * first six words, once a leading number, time code or label is set aside
 * ("Some 900 families left their homes.", "1 Floodwater has cut Marbek off").
 * Once the body has begun, such a line stays body however furniture-like its
 * neighbours: a lost claim costs more than a caption kept as body.
 * Imperatives ("Sign in to continue") are not statements.
 */
export function readsAsStatement(line: string): boolean {
  // Set aside what leads the line: a shot's number or code, icons, a label. A hyphenated compound is one word to the
  // tagger ("Follow-up talks ... ended" opens with a noun, not an imperative).
  const rest = line
    .replace(LEAD, '')
    .replace(/^[^:]{1,30}:\s+/, '')
    // A fronted time or place ("In Marbek, floodwater has cut ...", "On Friday, rescuers pulled ...") is not the subject.
    .replace(/^(?:In|On|At|After|Before|During|By|From|Since|Until|Over|Across|Near|Inside|Outside|Earlier|Later|Meanwhile|Overnight|Elsewhere|Yesterday|Today|Last \p{L}+)\b[^,]{0,40},\s+/u, '')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2');
  const tokens = tokenize(rest);
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length < 4) return false;
  const tags = new Tags(rest, { start: 0, end: rest.length });
  // The tagger calls a plural's present tense an infinitive ("Rescuers search"): tensed all the same.
  const tensed = (t: Token) => finiteVerb(tags, t) || (tags.is(t, 'PresentTense') && !tags.is(t, 'Gerund'));
  const verb = words.findIndex((t) => tags.is(t, 'Verb') || finiteVerb(tags, t));
  if (verb <= 0 || verb > 5 || !tensed(words[verb]!)) return false;
  // Subject and verb in one clause: "Wide of the main street, collapsed shopfronts" is a shot, not a statement.
  if (tokens.some((t) => t.text === ',' && t.start < words[verb]!.start)) return false;
  return words.slice(0, verb).some((t) => tags.is(t, 'Noun') || tags.is(t, 'Pronoun'));
}

/** The note on a span the model found, so a curator sees which furniture no rule named. */
export const learnedNote = (probability: number) => `No rule names this line; the learned furniture model gives it p=${probability.toFixed(2)}.`;
/** A span found by the model, not by a rule. */
export const isLearned = (span: { note?: string }) => !!span.note?.startsWith('No rule names this line;');

/** A page's lines as the model reads them: trimmed, non-empty, with their spans. */
export interface ModelLine extends Span {
  text: string;
}

/** A line the model takes for furniture: its kind, its probability, and whether it reads as a sentence of the body. */
export interface LearnedLine extends ModelLine {
  kind: BoilerplateKind;
  probability: number;
  /** It reads as a statement, reports someone's words or asks a question: the rules take it only before the body, and not when it ends as prose does. */
  sentence: boolean;
}

/** The lines the model gives `threshold` or more, with the kind it gives them. */
export function learnedFurniture(model: FurnitureModel, lines: readonly ModelLine[]): LearnedLine[] {
  const texts = lines.map((l) => l.text);
  const out: LearnedLine[] = [];
  lines.forEach((line, i) => {
    const features = lineFeatures(texts, i);
    const probability = furnitureProbability(model, features);
    if (probability < model.threshold) return;
    // A question, a statement, or a line that ends as prose and reports someone's words ("..., the council said.").
    const sentence = /\?["”’]?$/.test(line.text) || readsAsStatement(line.text) || (/[.!]["”’]?$/.test(line.text) && REPORTING_VERB.test(line.text));
    out.push({ ...line, kind: furnitureKind(model, features), probability, sentence });
  });
  return out;
}

// ================================================================ training

export interface TrainingRow {
  features: string[];
  /** 1 for furniture, 0 for body. */
  label: number;
}

/**
 * Logistic regression by full-batch gradient descent with an L2 penalty: no
 * randomness, so the same rows always give the same weights. Weights are
 * rounded to four decimals and those under `keep` dropped, so the file diffs
 * cleanly and stays small.
 */
export function trainLogistic(rows: readonly TrainingRow[], { epochs = 300, rate = 0.5, l2 = 0.01, keep = 1e-3 } = {}): Record<string, number> {
  // Features as numbers once, so each epoch is arithmetic on arrays.
  const ids = new Map<string, number>();
  const encoded = rows.map((row) => Int32Array.from(new Set(row.features), (f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)));
  const weights = new Float64Array(ids.size);
  const gradient = new Float64Array(ids.size);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    encoded.forEach((features, r) => {
      let z = 0;
      for (const f of features) z += weights[f]!;
      const error = sigmoid(z) - rows[r]!.label;
      for (const f of features) gradient[f]! += error;
    });
    for (let f = 0; f < weights.length; f++) weights[f]! -= rate * (gradient[f]! / rows.length + l2 * weights[f]!);
  }
  const out: Record<string, number> = {};
  for (const [f, id] of [...ids.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const w = Math.round(weights[id]! * 1e4) / 1e4;
    if (Math.abs(w) >= keep) out[f] = w;
  }
  return out;
}

/** One training page: its text, its lines, and its expected furniture as spans with kinds. */
export interface TrainingPage {
  text: string;
  lines: ModelLine[];
  furniture: Array<Span & { kind: BoilerplateKind }>;
}

/** The share of a line's visible characters that lie in expected furniture. */
function furnitureShare(text: string, line: Span, furniture: ReadonlyArray<Span>): number {
  let visible = 0;
  let inside = 0;
  for (let i = line.start; i < line.end; i++) {
    if (/[\s·•|▌]/.test(text[i]!)) continue;
    visible++;
    if (furniture.some((s) => s.start <= i && i < s.end)) inside++;
  }
  return visible ? inside / visible : 0;
}

/** A line's label: furniture when at least half its visible characters lie in expected furniture; its kind, the kind covering most of them. */
export function labelLine(text: string, line: Span, furniture: ReadonlyArray<Span & { kind: BoilerplateKind }>): BoilerplateKind | null {
  const byKind = new Map<BoilerplateKind, number>();
  let visible = 0;
  let inside = 0;
  for (let i = line.start; i < line.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    visible++;
    const f = furniture.find((s) => s.start <= i && i < s.end);
    if (f) {
      inside++;
      byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    }
  }
  if (inside * 2 < visible || inside === 0) return null;
  return [...byKind.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** A model from labelled pages: the furniture model on every line, each kind's model on the furniture lines. */
export function trainFurnitureModel(pages: readonly TrainingPage[], trainedOn: string[], threshold: number): FurnitureModel {
  const rows: Array<TrainingRow & { kind: BoilerplateKind | null }> = [];
  for (const page of pages) {
    const texts = page.lines.map((l) => l.text);
    page.lines.forEach((line, i) => {
      const kind = labelLine(page.text, line, page.furniture);
      rows.push({ features: lineFeatures(texts, i), label: kind ? 1 : 0, kind });
    });
  }
  // Where furniture lines split: every cut of a line that is (nearly) all furniture, a cut when no expected span runs across it.
  const cutRows: TrainingRow[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      if (furnitureShare(page.text, line, page.furniture) < 0.9) continue;
      const cuts = cutsOf(line.text);
      cuts.forEach((cut, c) => {
        const across = page.furniture.some((f) => f.start < line.start + cut.start && f.end > line.start + cut.end);
        cutRows.push({ features: cutFeatures(line.text, cuts, c), label: across ? 0 : 1 });
      });
    }
  }
  const furnitureRows = rows.filter((r) => r.kind);
  const kinds = [...new Set(furnitureRows.map((r) => r.kind!))].sort();
  return {
    note: 'Learned furniture model: made by npm run train:furniture (tools/train-furniture.ts) from the style sets in trainedOn; do not edit by hand.',
    trainedOn,
    threshold,
    furniture: trainLogistic(rows),
    kinds: kinds.map((kind) => ({ kind, weights: trainLogistic(furnitureRows.map((r) => ({ features: r.features, label: r.kind === kind ? 1 : 0 })), { epochs: 200, keep: 0.02 }) })),
    cuts: trainLogistic(cutRows, { epochs: 2000, l2: 0.001 }),
  };
}

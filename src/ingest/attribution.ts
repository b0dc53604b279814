/**
 * Attributed statements and their claimant: "X said ...", "... , X said.",
 * "according to X", "X told Y", "Y quoted X as saying", "with X saying ...",
 * and pronouns ("he added", "it said") that point back to the last claimant.
 * The claimant phrase is resolved to an actor through the alias table (its
 * last known name, the head of the phrase); a phrase naming no known actor
 * stays a phrase, and ingest proposes it as a new actor.
 */
import type { Modality } from './types.js';
import type { EntityIndex, EntityRef } from './entities.js';
import { trimSpan, type Span, type Tags } from './text.js';

export interface Attribution {
  /** The words naming the claimant ("the Britain-based Syrian Observatory for Human Rights", "he"). */
  phrase: Span;
  /** The known actor they name, when there is one. */
  claimant: EntityRef | null;
  /** The reporting verb, lower case ("said", "accused", "according to"). */
  verb: string;
  pronoun: boolean;
}

const SPEECH =
  'said|says|say|told|tells|tell|reported|reports|announced|announces|added|adds|warned|warns|confirmed|confirms|stated|states|declared|declares|' +
  'claimed|claims|claim|accused|accuses|denied|denies|dismissed|dismisses|insisted|insists|noted|notes|explained|explains|threatened|threatens|' +
  'estimated|estimates|wrote|writes|alleged|alleges|blamed|blames|urged|urges|condemned|condemns|rejected|rejects|acknowledged|admitted|argued|' +
  'believes|believed|cautioned|quoted';
const SPEECH_RE = new RegExp(`^(?:${SPEECH})$`, 'i');
const PRONOUN = /^(?:he|she|it|they|the website|the statement|the report|the ministry|the agency|the group)$/i;

/** A phrase can name a claimant: short, no clause inside it. */
function nounPhrase(text: string, span: Span, tags: Tags, maxWords = 14): boolean {
  const phrase = text.slice(span.start, span.end);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > maxWords) return false;
  if (/[;:“”"]/.test(phrase)) return false;
  // No finite verb inside, apart from participles inside names ("UK-based") and "quoted by".
  let at = span.start;
  for (const w of words) {
    const start = text.indexOf(w, at);
    at = start + w.length;
    const ts = tags.of({ start, end: at });
    const finite = ts.includes('Verb') && !ts.includes('Gerund') && !ts.includes('Participle') && !/-/.test(w) && !/^(?:based|led|backed|run|quoted)$/i.test(w);
    if (finite && !ts.includes('Noun')) return false;
  }
  return true;
}

function clean(text: string, span: Span): Span {
  let s = trimSpan(text, span, ',—–-');
  // Drop fronted adverbials ("Meanwhile, Turkey's president", "On Friday, the army").
  const lead = /^(?:[A-Z][\w’' -]{0,40}?,\s+)(?=\S)/.exec(text.slice(s.start, s.end));
  if (lead && !/\b(?:said|says)\b/.test(lead[0])) s = { start: s.start + lead[0].length, end: s.end };
  // Cut a trailing description ("Taher al-Omar, who ...", "the Observatory, an opposition observer", "A source quoted by Sana").
  const cut = /,\s+who\b|,\s+(?:a|an|the)\s|\s+quoted by\b|\s+in a statement\b|\s+on its website\b/i.exec(text.slice(s.start, s.end));
  if (cut) s = trimSpan(text, { start: s.start, end: s.start + cut.index }, ',');
  return s;
}

/** Nouns for a person or body inside an organisation: "a Syrian army source" is not the army itself. */
const ROLE = /^(?:source|sources|spokesman|spokeswoman|spokesperson|official|officials|commander|commanders|head|chief|correspondent|envoy|representative|minister|ministry|president|presidency|adviser|advisor|ambassador|diplomat|diplomats|officer|officers|activist|activists|member|members|leader|leaders|director)$/i;

/**
 * The actor a claimant phrase names: its head. Of "X and Y" the first; of a
 * phrase the last known name, unless a role noun or an unknown name follows it
 * ("Syrian army source", "Kremlin spokesman Dmitry Peskov" with Peskov unknown):
 * then no known actor, and the phrase is proposed as a new one.
 */
function headActor(text: string, phrase: Span, index: EntityIndex): EntityRef | null {
  let p = phrase;
  const and = /\s+and\s+/i.exec(text.slice(p.start, p.end));
  if (and) p = { start: p.start, end: p.start + and.index };
  const found = index.link(text, p).filter((m) => m.entity?.type === 'actor');
  const last = found[found.length - 1];
  if (!last) return null;
  const rest = text.slice(last.end, p.end).trim();
  if (rest) {
    const words = rest.split(/\s+/);
    const tail = words[words.length - 1]!.replace(/[^\p{L}'’-]/gu, '');
    if (ROLE.test(tail) || /^\p{Lu}/u.test(tail)) return null;
  }
  return last.entity;
}

function make(text: string, phrase: Span, verb: string, index: EntityIndex): Attribution | null {
  const p = clean(text, phrase);
  if (p.end <= p.start) return null;
  const words = text.slice(p.start, p.end);
  const pronoun = PRONOUN.test(words.trim());
  const claimant = pronoun ? null : headActor(text, p, index);
  return { phrase: p, claimant, verb: verb.toLowerCase(), pronoun };
}

/**
 * The attribution a span makes itself, looking only at the span: a reporting
 * verb after its opening noun phrase, a closing ", X said.", "according to X",
 * "Y quoted X as saying", or "with X saying".
 */
export function findAttribution(text: string, span: Span, tags: Tags, index: EntityIndex): Attribution | null {
  const s = text.slice(span.start, span.end);
  let m: RegExpExecArray | null;

  // "... state news agency SANA quoted a source at the foreign ministry as saying."
  if ((m = /\bquoted\s+(.{3,80}?)\s+as\s+saying\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'quoted', index);
  }
  // "with Kremlin spokesman Dmitry Peskov saying", "with the Kremlin urging"
  if ((m = /^(?:but\s+|and\s+)?with\s+(.{2,80}?)\s+(saying|urging|adding|insisting|warning|claiming|accusing)\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 4);
    return make(text, { start, end: start + m[1]!.length }, m[2]!, index);
  }
  // Opening noun phrase + reporting verb: "The Observatory said that ...", "On Friday, Turkey's Defense Ministry warned ...".
  const words = [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  for (let k = 0; k < Math.min(words.length, 22); k++) {
    const w = words[k]!;
    if (!SPEECH_RE.test(w[0])) continue;
    const at = span.start + w.index;
    const ts = tags.of({ start: at, end: at + w[0].length });
    if (!ts.includes('Verb') && !/^(?:said|told|says)$/i.test(w[0])) continue;
    if (/^quoted$/i.test(w[0]) && /^\s+by\b/i.test(text.slice(at + w[0].length))) continue;
    const phrase = { start: span.start, end: at };
    const before = text.slice(phrase.start, phrase.end);
    // A quotation first: '"...," Erdogan told a meeting' — the phrase is what follows the closing quote.
    const closing = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf("''"));
    const from = closing >= 0 ? phrase.start + closing + 1 : phrase.start;
    const candidate = trimSpan(text, { start: from, end: phrase.end }, ',');
    if (candidate.end > candidate.start && nounPhrase(text, clean(text, candidate), tags)) return make(text, candidate, w[0], index);
    if (closing < 0) break;
  }
  // A closing ", X said." (or '..." X told AFP.').
  if ((m = new RegExp(`(?:,|[”"’'—])\\s*([^,;:“”"]{2,90}?)\\s+(${SPEECH})\\b[^“”"]*$`, 'i').exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 10)) return make(text, phrase, m[2]!, index);
  }
  // "according to X"
  if ((m = /\baccording to\s+([^,;.]{2,120})/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (!/\b(?:statement|report|data|figures|estimate)\b/i.test(m[1]!)) return make(text, phrase, 'according to', index);
  }
  return null;
}

/** Resolves "he", "it", "the website" to the last claimant named before. */
export function resolvePronoun(attribution: Attribution, text: string, history: EntityRef[]): EntityRef | null {
  if (!attribution.pronoun) return attribution.claimant;
  const word = text.slice(attribution.phrase.start, attribution.phrase.end).toLowerCase();
  const personal = word === 'he' || word === 'she';
  for (let i = history.length - 1; i >= Math.max(0, history.length - 4); i--) {
    const e = history[i]!;
    if (personal ? e.kind === 'PERSON' : e.kind !== 'PERSON') return e;
  }
  return history[history.length - 1] ?? null;
}

const QUOTATION = /[“"]([^“”"]+)[”"]|''([^']+)''/g;

/** The modality of a claim from its reporting verb and its words. */
export function modalityOf(text: string, spans: Span[], attribution: Attribution | null, future: boolean): Modality {
  const words = spans.map((s) => text.slice(s.start, s.end)).join(' ');
  const verb = attribution?.verb ?? '';
  if (/^(?:threaten|warn)/.test(verb) || /\bthreat(?:en)?(?:ed|s)?\b/i.test(words) || (attribution && /\b(?:will|would)\b/i.test(words) && /\bif\b/i.test(words))) return 'THREATENED';
  if (/^(?:accuse|blame|allege)/.test(verb) || /\baccus(?:ed|es|ing)\b/i.test(words)) return 'ALLEGED';
  if (/^(?:den|dismiss|reject)/.test(verb)) return 'DENIED';
  const quoted = [...words.matchAll(QUOTATION)].some((q) => (q[1] ?? q[2] ?? '').trim().split(/\s+/).length >= 3);
  // A time after the publication date is only valid for a threat or a prediction.
  if (future) return 'PREDICTED';
  if (!quoted && /\b(?:will|is likely to|are likely to|is expected to|are expected to)\b/i.test(words)) return 'PREDICTED';
  if (attribution) return quoted ? 'QUOTED' : 'REPORTED';
  return 'ASSERTED';
}

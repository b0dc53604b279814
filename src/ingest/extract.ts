/**
 * The extractor: pure functions from an article's text (and what the dataset
 * already knows: actors, places, topics) to draft records in claimgraph's
 * data format. Nothing here reads or writes files; ingest.ts does that.
 *
 *   sentences (sentences.ts) → boilerplate (boilerplate.ts) → for each body
 *   sentence: times (dates.ts), quantities (quantities.ts), claim units
 *   (clauses.ts), attribution and modality (attribution.ts) → one claim per
 *   fact: per quantity, per distinct day, per answer to a DATE topic, or one
 *   for a unit that states neither → entity links and proposals
 *   (entities.ts), topic proposals (topics.ts).
 *
 * Every claim is `curation: "AUTO"`, anchored by exact selectors, with keys
 * made from its sentence's position and words (`auto-s12-rare-clash-...`), so
 * the same text always gives the same keys.
 */
import { selectorAt } from '../domain/anchor.js';
import type { Qualifier, Selector } from '../domain/format.js';
import type { AttributionKind, Modality } from './types.js';
import { findAttribution, modalityOf, resolvePronoun, type Attribution } from './attribution.js';
import { detectBoilerplate, inBoilerplate, type BoilerplateSpan } from './boilerplate.js';
import { splitUnits, type Unit } from './clauses.js';
import { findTimes, type TimeMention, type TimeValue } from './dates.js';
import { EntityIndex, proposeEntities, type EntityMention, type EntityRef, type Knowledge } from './entities.js';
import { findQuantities, type QuantityMention } from './quantities.js';
import { splitSentences, type Sentence } from './sentences.js';
import { contains, kebab, overlaps, Tags, type Span } from './text.js';
import { prepare } from './prepared.js';
import type { TopicMatcher } from './topics.js';

export { prepare } from './prepared.js';

export type { Knowledge } from './entities.js';

export interface ExtractedClaim {
  key: string;
  statement: string;
  /** Every actor the sentence attributes the claim to; empty for the outlet's own voice. */
  claimants: string[];
  attribution: AttributionKind;
  modality: Modality;
  quantity?: { value: number; unit: string; qualifier: Qualifier; words: string };
  time?: { start: string; end: string; precision: TimeValue['precision']; words?: string };
  topic?: string;
  events: string[];
  places: string[];
  actors: string[];
  curation: 'AUTO';
  evidence: Selector[];
}

export interface ProposedEntity {
  type: 'actor' | 'place';
  name: string;
  kind: string;
  /** Why: a claimant no alias names, or a name compromise recognised. */
  reason: string;
  mentions: Selector[];
  /** Claims that would name it (as claimant), by key. */
  claims: string[];
}

export interface Proposals {
  /** New actors and places a curator may add to data/entities/. */
  entities: ProposedEntity[];
  /** Known entities linked through a spelling no alias has yet: add the alias if right. */
  spellings: Array<{ entity: string; type: 'actor' | 'place'; spelling: string; mentions: Selector[] }>;
  /** Quantities no existing topic fits: candidates for new comparable questions. */
  topics: Array<{ claim: string; unit: string; words: string; question: string }>;
}

export interface Extraction {
  sentences: Sentence[];
  boilerplate: BoilerplateSpan[];
  /** Every entity link and proposed name in the text, by offset. */
  mentions: EntityMention[];
  claims: ExtractedClaim[];
  /** Body sentences that assert nothing (questions). */
  nonAssertions: Array<{ selector: Selector; reason: string }>;
  proposals: Proposals;
}

export interface ExtractOptions {
  publishedAt: string;
  knowledge: Knowledge;
  /** Reuse across articles: the alias regex and topic profiles are built once. */
  index?: EntityIndex;
  topics?: TopicMatcher;
}

/** Sentences of a caption that are only its credit ("Photo: Yahya Nemah / EPA", "(SANA via AP)"). */
const CREDIT_ONLY = /^(?:photo(?:graph)?\s*:|\/?\s*(?:AP|AFP|Reuters|EPA)\s+photo\b|\([^)]*\)$)/i;

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base.replace(/-+$/, '') || 'auto-claim';
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** The alias table and topic profiles of a Knowledge, built once (prepared.ts). */
export function createIndex(knowledge: Knowledge): { index: EntityIndex; topics: TopicMatcher } {
  return prepare(knowledge);
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const { publishedAt } = options;
  const built = options.index && options.topics ? { index: options.index, topics: options.topics } : createIndex(options.knowledge);
  const { index, topics } = built;
  const sentences = splitSentences(text);
  const boilerplate = detectBoilerplate(text);

  // Which sentences carry claims: the body, and captions printed once (a caption printed twice is page furniture).
  const claimable = sentences.filter((s) => {
    if (!inBoilerplate(text, boilerplate, s)) return true;
    const around = boilerplate.find((b) => b.start <= s.start && s.end <= b.end);
    if (!around) return false;
    if (around.kind !== 'PHOTO_CAPTION' || CREDIT_ONLY.test(s.text)) return false;
    const captionText = text.slice(around.start, around.end);
    return text.indexOf(captionText) === text.lastIndexOf(captionText);
  });

  const known = index.link(text);
  // Names are proposed from every sentence a reader reads as content: the body, captions, headline and subheadings.
  const furniture = new Set(['NAVIGATION', 'ADVERTISEMENT', 'DATELINE', 'BYLINE', 'CREDIT_LINE', 'COMMENT_FORM', 'SOCIAL', 'TRANSLATION_NOTICE']);
  const furnitureSpans = boilerplate.filter((b) => furniture.has(b.kind));
  const readable = sentences.filter((s) => !inBoilerplate(text, furnitureSpans, s));
  const proposed: EntityMention[] = [];
  for (const s of readable) proposed.push(...proposeEntities(text, s, [...known, ...proposed]));

  const claims: ExtractedClaim[] = [];
  const nonAssertions: Extraction['nonAssertions'] = [];
  const taken = new Set<string>();
  const claimantHistory: EntityRef[] = [];
  const unknownClaimants = new Map<string, { name: string; mentions: Span[]; claims: string[] }>();
  const recentDays: string[][] = [];
  let previousUnit: string | null = null;

  for (const sentence of claimable) {
    if (/\?["”’']*$/.test(sentence.text)) {
      nonAssertions.push({ selector: selectorAt(text, sentence.start, sentence.end), reason: 'a question' });
      continue;
    }
    const tags = new Tags(text, sentence);
    const narrative = recentDays.flat().filter((d) => d <= publishedAt).sort().pop();
    const times = findTimes(text, sentence, publishedAt, narrative);
    const quantities = findQuantities(text, sentence, { exclude: times, previousUnit, tags });
    if (quantities.length) previousUnit = quantities[quantities.length - 1]!.unit;
    recentDays.push(times.filter((t) => t.time.precision === 'DAY' && t.time.start === t.time.end).map((t) => t.time.start));
    if (recentDays.length > 3) recentDays.shift();

    const mentions = [...known, ...proposed].filter((m) => contains(sentence, m)).sort((a, b) => a.start - b.start);
    const sentenceAttribution = findAttribution(text, sentence, tags, index);
    const sentenceClaimant = sentenceAttribution ? resolvePronoun(sentenceAttribution, text, claimantHistory) : null;

    const units = splitUnits(text, sentence, tags, mentions, quantities).filter((u) => {
      if (u.kind !== 'appositive') return true;
      if (quantities.some((q) => contains(u.body, q))) return true;
      if (u.dash) return true;
      if (u.ofSubject && u.about?.entity && u.about.entity.key !== sentenceClaimant?.key) return true;
      return /^(?:A|An)\s/.test(text.slice(sentence.start, sentence.start + 3)) && u.spans[0]!.start === sentence.start;
    });
    const appositions = units.filter((u) => u.kind === 'appositive');
    const ownerOf = (span: Span): Unit | undefined =>
      appositions.find((u) => contains(u.body, span)) ??
      units.filter((u) => u.kind !== 'appositive').find((u) => u.spans.some((s) => contains(s, span))) ??
      units.find((u) => u.spans.some((s) => overlaps(s, span)));

    for (const unit of units) {
      const unitQuantities = quantities.filter((q) => ownerOf(q) === unit);
      const unitTimes = times.filter((t) => ownerOf(t) === unit);
      const ownAttribution = unit.kind === 'appositive' ? null : findAttribution(text, unit.spans[unit.spans.length - 1]!, tags, index);
      const attribution: Attribution | null = unit.kind === 'appositive' ? null : (ownAttribution ?? sentenceAttribution);
      const claimant = attribution ? (attribution === sentenceAttribution ? sentenceClaimant : resolvePronoun(attribution, text, claimantHistory)) : null;
      const unitText = unit.spans.map((s) => text.slice(s.start, s.end)).join(' … ');
      const entities = known.filter((m) => unit.spans.some((s) => contains(s, m)) && m.entity);
      const named = entities.map((m) => m.entity!.key);
      const context = known.filter((m) => m.entity && m.end <= sentence.start && m.start >= sentence.start - 400).map((m) => m.entity!.key);

      const facts: Array<{ quantity?: QuantityMention; time?: TimeMention; topic?: string; tag: string }> = [];
      const nearestTime = (q: QuantityMention): TimeMention | undefined => {
        const clausal = unitTimes.filter((t) => !t.modifier);
        const after = clausal.filter((t) => t.start >= q.end && t.start - q.end <= 60);
        if (after.length) return after[0];
        return [...clausal].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
      };
      for (const q of unitQuantities) {
        const time = nearestTime(q);
        const topic = topics.forQuantity({ focus: q.words, text: unitText, entities: named, context, time: time?.time, value: q.value, unit: q.unit });
        facts.push({ quantity: q, ...(time ? { time } : {}), ...(topic ? { topic: topic.key } : {}), tag: `q-${kebab(q.words, 4)}` });
      }
      if (!unitQuantities.length) {
        const distinct = unitTimes.filter((t, i) => unitTimes.findIndex((u) => u.time.start === t.time.start && u.time.end === t.time.end) === i);
        if (distinct.length <= 1) facts.push({ ...(distinct[0] ? { time: distinct[0] } : {}), tag: '' });
        else for (const t of distinct) facts.push({ time: t, tag: `t-${kebab(t.words, 4)}` });
      }
      // A time that answers a DATE topic is a claim of its own (the date of the clash), beside the unit's counts.
      for (const t of unitTimes) {
        const dateTopic = topics.forDate({ text: unitText, entities: named, context, time: t.time });
        if (!dateTopic || facts.some((f) => f.topic === dateTopic.key)) continue;
        const plain = facts.find((f) => !f.quantity && !f.topic && f.time === t);
        if (plain) plain.topic = dateTopic.key;
        else facts.push({ time: t, topic: dateTopic.key, tag: `d-${kebab(t.words, 4)}` });
      }

      const base = `auto-s${sentence.index + 1}-${kebab(unitText, 5) || 'claim'}`;
      for (const fact of facts) {
        const key = uniqueKey(fact.tag && facts.length > 1 ? `${base}-${fact.tag}` : base, taken);
        const future = !!fact.time?.future;
        const modality = modalityOf(text, unit.spans, attribution, future);
        const claimantEntity = claimant && claimant.type === 'actor' ? claimant : null;
        const who = claimantEntity ? claimantEntity.name : attribution && !attribution.pronoun ? text.slice(attribution.phrase.start, attribution.phrase.end) : null;
        // A draft statement: who (when the article names them) and the quoted words, dated by the article; a curator rewrites it.
        const statement = who ? `${who}, as reported on ${publishedAt}: ${unitText}` : `As reported on ${publishedAt}: ${unitText}`;
        const places: string[] = [];
        const actors: string[] = [];
        for (const m of entities) {
          const e = m.entity!;
          if (e.key === claimantEntity?.key) continue;
          const list = e.type === 'place' ? places : actors;
          if (!list.includes(e.key)) list.push(e.key);
        }
        claims.push({
          key,
          statement,
          claimants: claimantEntity ? [claimantEntity.key] : [],
          attribution: claimantEntity ? 'ATTRIBUTED' : 'UNATTRIBUTED',
          modality,
          ...(fact.quantity ? { quantity: { value: fact.quantity.value, unit: fact.quantity.unit, qualifier: fact.quantity.qualifier, words: fact.quantity.words } } : {}),
          ...(fact.time ? { time: { ...fact.time.time, words: fact.time.words } } : {}),
          ...(fact.topic ? { topic: fact.topic } : {}),
          events: [],
          places,
          actors,
          curation: 'AUTO',
          evidence: unit.spans.map((s) => selectorAt(text, s.start, s.end)),
        });
        if (attribution && !claimantEntity && !attribution.pronoun) {
          const phrase = text.slice(attribution.phrase.start, attribution.phrase.end);
          const entry = unknownClaimants.get(phrase.toLowerCase()) ?? { name: phrase, mentions: [], claims: [] };
          if (!entry.mentions.some((m) => m.start === attribution.phrase.start)) entry.mentions.push(attribution.phrase);
          entry.claims.push(key);
          unknownClaimants.set(phrase.toLowerCase(), entry);
        }
      }
    }
    if (sentenceClaimant && sentenceClaimant.type === 'actor') claimantHistory.push(sentenceClaimant);
  }

  // Proposals for a curator: unknown claimants, new names, spelling variants, quantities without a topic.
  const entities: ProposedEntity[] = [];
  const claimantMentions: EntityMention[] = [];
  for (const u of unknownClaimants.values()) {
    const name = u.name.replace(/^(?:the|a|an)\s+/i, '');
    entities.push({ type: 'actor', name, kind: 'GROUP', reason: 'claimant that no alias names', mentions: u.mentions.map((m) => selectorAt(text, m.start, m.end)), claims: u.claims });
    for (const m of u.mentions) claimantMentions.push({ ...m, text: text.slice(m.start, m.end), entity: null, via: 'proposed', proposedType: 'actor', proposedKind: 'GROUP' });
  }
  const byName = new Map<string, ProposedEntity>();
  const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  for (const p of proposed) {
    if (claimantMentions.some((c) => sameSpan(c, p))) continue;
    const key = p.text.toLowerCase();
    const entry = byName.get(key) ?? { type: p.proposedType!, name: p.text, kind: p.proposedKind!, reason: 'name recognised in the text', mentions: [], claims: [] };
    entry.mentions.push(selectorAt(text, p.start, p.end));
    byName.set(key, entry);
  }
  entities.push(...byName.values());
  const spellingMap = new Map<string, Proposals['spellings'][number]>();
  for (const m of known.filter((k) => k.via === 'spelling')) {
    const key = `${m.entity!.key}|${m.text}`;
    const entry = spellingMap.get(key) ?? { entity: m.entity!.key, type: m.entity!.type, spelling: m.text, mentions: [] };
    entry.mentions.push(selectorAt(text, m.start, m.end));
    spellingMap.set(key, entry);
  }
  const topicProposals = claims
    .filter((c) => c.quantity && !c.topic)
    .map((c) => ({ claim: c.key, unit: c.quantity!.unit, words: c.quantity!.words, question: `How many ${c.quantity!.unit === 'person' ? 'people' : c.quantity!.unit + 's'}: ${c.evidence[0]!.quote}` }));

  const mentions = [...known, ...claimantMentions, ...proposed.filter((p) => !claimantMentions.some((c) => sameSpan(c, p)))].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    sentences,
    boilerplate,
    mentions,
    claims,
    nonAssertions,
    proposals: { entities, spellings: [...spellingMap.values()], topics: topicProposals },
  };
}

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
import type { Actor, Place, Proposal, Qualifier, Selector, Suggestion } from '../domain/format.js';
import type { ActorKind, AttributionKind, Modality } from './types.js';
import { findAttribution, FRONTED, headActor, modalityOf, resolvePronoun, type Attribution } from './attribution.js';
import { ClaimantResolver, FIRST_PERSON, fullNamesEndingIn, GROUP_NOUNS, isPersonRole, kindOfNew, MEDIUM_KINDS, namedAsMedium, onlyTitles, personalName, SOUNDBITE_MARKER, speakerWords, SPOKEN_NOTE, type Resolved } from './claimants.js';
import type { ClaimContext } from './link.js';
import { anchorOf, newPlace } from './places.js';
import { detectBoilerplate, inBoilerplate, withoutLeadingFurniture, type BoilerplateSpan } from './boilerplate.js';
import { isLearned } from './furniture-model.js';
import { CIRCUMSTANCE, RESUMPTIVE, splitUnits, subjectOf, type Unit, APPOSED_CITY, APPOSED_THING } from './clauses.js';
import { findTimes, type TimeMention, type TimeValue } from './dates.js';
import { EntityIndex, proposeEntities, type EntityMention, type EntityRef, type Knowledge } from './entities.js';
import { findQuantities, type QuantityMention } from './quantities.js';
import { splitSentences, type Sentence } from './sentences.js';
import { DATELINE, LABEL_BEFORE_QUOTATION, labelNamesAKnownPlace, mixedLabelLength, speakerTurns, STAGE_DIRECTION, UNNAMED_REPORT } from './turns.js';
import { contains, escapeRegExp, FRONTED_PLACE, kebab, OF_WHICH, overlaps, Tags, type Span } from './text.js';
import { prepare, type Prepared } from './prepared.js';
import { TOPIC_THRESHOLD, type TopicMatcher } from './topics.js';
import { countryOf, demonymOf } from './countries.js';

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
  /** What the linker proposes to link the claim to (link.ts); filled by draftArticle. */
  suggestions?: Suggestion[];
  evidence: Selector[];
}

export interface ProposedEntity {
  type: 'actor' | 'place';
  name: string;
  kind: string;
  /** The key it has (an AUTO record this draft writes) or would have. */
  key?: string;
  /** Written to entities/ as an AUTO record (true), or only proposed here (false). */
  auto?: boolean;
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
  /** What was read around each claim (same order as `claims`), for the linker. */
  contexts: ClaimContext[];
  /** New AUTO actors (claimants no actor is) and places (tied to a known place) the draft adds. */
  newActors: Actor[];
  newPlaces: Place[];
}

export interface ExtractOptions {
  publishedAt: string;
  knowledge: Knowledge;
  /** Reuse across articles: the alias regex and topic profiles are built once. */
  index?: EntityIndex;
  topics?: TopicMatcher;
  /** The outlet (--publisher): the speaker of "our correspondent". */
  publisher?: string | undefined;
  /** The new source's slug, named in the descriptions of the AUTO records it proposes. */
  slug?: string;
}

/** A body's proper name: an acronym ("OCHA"), or two capitalised words or more, with "of", "for", "and" or "the" between them
 * ("Malawi's Constitutional Court", "The Water Board"); a sentence's first word alone ("Voters", "Rain") is none, nor is a
 * document's name ("The Dorvik Accord"). */
const BODY_NAME = /^(?:\p{Lu}{2,6}|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the))?(?:\s+\p{Lu}[\p{L}'’.&-]*)+(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.&-]*))*)$/u;
const DOCUMENT_NAME = /\b(?:Treaty|Accord|Agreement|Plan|Act|Law|Convention|Deal|Report|Protocol|Charter|Declaration|Resolution|Memorandum)\b/u;
/** Words before a place name that make it where something is ("in", "near", "northwest", "the town of"). */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|across|throughout|near|to|from|out of|around|outside|at|towards?|of|via|through|over|within|on)\s+(?:(?:the|northern|southern|eastern|western|north-?west(?:ern)?|north-?east(?:ern)?|south-?west(?:ern)?|south-?east(?:ern)?|central|rural|war-torn|neighbouring|neighboring|government-held|rebel-held)\s+)*$|\b(?:north|south|east|west|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+$/i;

/** The outlet of a page: the publisher given, else the name its copyright line states. */
export function outletOf(text: string, publisher: string | undefined): string | null {
  if (publisher && publisher.trim() && publisher.trim() !== 'Unknown') return publisher.trim();
  for (const line of text.split('\n')) {
    const m = /^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?:©\s*)?(.+?)(?:\s+\d{4})?\s*(?:[.,]\s*(?:all rights reserved|to see more|click).*)?\.?\s*$/i.exec(line);
    if (m && m[1]!.length >= 2 && m[1]!.length <= 60) return m[1]!.replace(/\s+(?:Ltd|Limited|Inc|LLC|plc)\.?$/i, '').trim();
  }
  return null;
}

/** What kind of outlet a page is, when its furniture says (a shot list: an agency; a player, a channel or a station: a broadcaster). */
export function outletKindOf(text: string, outlet: string | null): ActorKind | null {
  if (outlet) {
    const kind = kindOfNew(outlet);
    if (kind === 'NEWS_AGENCY' || kind === 'BROADCASTER' || kind === 'MEDIA') return kind;
  }
  if (/^(?:SHOTLIST|SHOWS|STORYLINE|SLUG)\s*:/im.test(text)) return 'NEWS_AGENCY';
  if (/(?:©|copyright)[^\n]*\b(?:television|tv|channel|radio|broadcasting|satellite)\b/i.test(text) || /^(?:watch|listen)\b[^\n]*\d+:\d\d/im.test(text)) return 'BROADCASTER';
  if (/(?:©|copyright)[^\n]*\b(?:news agency|agency|wire)\b/i.test(text)) return 'NEWS_AGENCY';
  return null;
}

/** A part of something counted before: "three of them", "among them more than 100 children", "on Sunday alone", "five more". */
export function countsAPart(text: string, q: Span, unit: Span): boolean {
  const before = text.slice(Math.max(unit.start, q.start - 30), q.start);
  const after = text.slice(q.end, Math.min(unit.end, q.end + 60));
  const own = text.slice(q.start, q.end);
  if (/^\s*of\s+(?:them|those|these|whom|which|the)\b/i.test(after) || /\s+of\s+(?:them|those|whom)\b/i.test(own)) return true;
  if (/\b(?:among them|including|of whom|of which|of them|among the dead|among those)\s*$/i.test(before)) return true;
  if (/^\s*more\b/i.test(after) || /\b(?:another|a further|an additional)\s+$/i.test(before)) return true;
  if (/^[^.;,]{0,40}\balone\b/i.test(after)) return true;
  return false;
}

/** A caption that dates its scene: a month and day, a weekday, a year. */
const CAPTION_DATE = /\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:19|20)\d{2})\b/i;
/** Sentences of a caption that are only its credit ("Photo: Yahya Nemah / EPA", "(SANA via AP)", "Northwind/Getty Images"). */
const CREDIT_ONLY = /^(?:photo(?:graph)?\s*:|\/?\s*(?:AP|AFP|Reuters|EPA)\s+photo\b|\([^)]*\)$|\[[^\]]*\]$|[\p{L}\d .&'’-]{2,40}\/\s?[\p{L}\d .&'’-]{2,40}$)/iu;

// Shot lists: a soundbite header, marked as one (SOUNDBITE, SOT, VOX POP, INTERVIEW) or by the language spoken ("(in Arabic)", "(Turkish)") and ending with a colon,
// names the speaker of the quotation below it.
// It may also end on a dash or on a note on the recording ("SB2 — Camp manager X — Arabic — (wind noise)").
/** A body's noun with no article, all that "by the ministry's count" or "ministry figures" leave of the speaker. */
// Not "army" or "government": a war's report names two of each ("according to army figures" after Turkey's ministry).
const BODY_NOUN_ALONE = /^(ministry|agency|police|monitor|observatory|council|commission|court|office|committee|union|company|presidency)$/u;
/** A header marked as a clip ("SOUNDBITE", "SOT", "SYNC" ...), for the unquoted words right under it. */
const SOUNDBITE_MARKED = new RegExp(`\\b(?:${SOUNDBITE_MARKER.source})\\b`, 'u');
const SOUNDBITE_HEADER = new RegExp(
  `(?:\\b(?:${SOUNDBITE_MARKER.source})\\b|${SPOKEN_NOTE.source})[^\\n]*(?::\\s*(?:[[(]\\s*\\d{1,2}:\\d{2}(?:\\s*[-–—]\\s*\\d{1,2}:\\d{2})?\\s*[\\])]\\s*)?|\\s[—–]\\s*(?:\\([^()\\n]*\\))?\\s*)$`,
  'u',
);
// A speaker's label in front of the words on the same line, marked as a clip or as an interviewee's voice, after a shot's
// number or time if any ("4. 00:41 SOT (Turkish) NAME, ROLE: “...”"):
// "ACTUALITY — RAIL UNION OFFICIAL (Italian, interpreted): \"...\"", "UMM HASSAN (voiced): We ran at night."
const SOUNDBITE_LABEL = new RegExp(`^\\s*(?:\\d{1,2}[.)]?\\s+)?(?:[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s*)?([^:\\n"“]{0,120}?(?:\\b(?:${SOUNDBITE_MARKER.source})\\b|${SPOKEN_NOTE.source})[^:\\n"“]{0,60}):\\s+\\S`, 'u');
// Other marks of a recorded voice: a clip ("ARCHIVE CLIP — NAME, ROLE (Arabic, voiced over): "), a voice-over note in
// other words ("(Arabic, voiced over)", "(her words read by a producer)"), and a script's on-screen name ("SUPER: ").
const CLIP_MARKER = /(?:ARCHIVE\s+)?CLIP|SUPER/;
const VOICE_NOTE = /\((?:in\s+)?\p{Lu}\p{Ll}+(?:\s*(?:\/|and|,)\s*\p{Lu}\p{Ll}+)*\s*,\s*(?:voiced|read|spoken|dubbed)\s+over\)|\((?:his|her|their)\s+words\s+(?:read|voiced|spoken)\s+by\s+[^()\n]{1,60}\)/u;
const CLIP_LABEL = new RegExp(`^\\s*([^:\\n"“]{0,120}?(?:\\b(?:${CLIP_MARKER.source})\\b|${VOICE_NOTE.source})[^:\\n"“]{0,60}):\\s+\\S`, 'u');
// A script's on-screen name over a soundbite, with the language spoken: "00:55 SUPER: Brig. Sami Kord, army (Arabic)".
const SUPER_HEADER = new RegExp(`^\\s*(?:[[(]?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?[\\])]?\\s+)?(?:NAME\\s+)?SUPER\\s*:\\s*([^\\n"“]{2,120}?${SPOKEN_NOTE.source})\\s*$`, 'u');
// A bracketed header with its parts between bars: "[CLIP | Col. Sami Kord, army spokesman | Arabic, voiced]", "[ASMA HADID | Arabic, voiced]".
const BARRED_HEADER = /^\s*\[([^\]|\n]{2,80}(?:\|[^\]|\n]{2,80}){1,3})\]\s*$/u;
const BARRED_NOTE = new RegExp(`^(?:(?:${SOUNDBITE_MARKER.source}|${CLIP_MARKER.source})|(?:in\\s+)?\\p{Lu}\\p{Ll}+(?:\\s*(?:\\/|and|,)\\s*\\p{Lu}\\p{Ll}+)*(?:\\s*,\\s*(?:interpreted|translated|voiced|dubbed|subtitled)(?:\\s+over)?)?|(?:interpreted|translated|voiced|dubbed|subtitled)(?:\\s+over)?)$`, 'u');
/** A header's frame before the name it gives: times and time ranges, a shot's number ("3.", "04 —"), notes in brackets, marks in capitals. */
const HEADER_FRAME = /^(?:\s*(?:[[(]?\d{1,2}(?::\d{2}){1,3}(?:\s*[–-]\s*\d{1,2}(?::\d{2}){1,3})?[\])]?|\d{1,2}[.)]|\d{1,3}\s+[—–-]|\([^()\n]{1,30}\)|\[|[▶►]|\p{Lu}{2,}(?:\s+\d{1,2})?\s*[:—–-]?))+\s*/u;
/**
 * Any other line of its own over a quotation that names a person first, in whatever frame the page prints it: "[CLIP —
 * Marcia Bellamy, sister of a deportee — 0'14\"]", "Colonel Raed Jumaa, Syrian army, at a checkpoint", "BITE 1
 * [00:38–00:55] Khadija Nassouh, displaced". The name with its title; null for a line that is a sentence or opens on no name.
 */
function namedHeader(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.split(/\s+/).length > 24 || /[.!?]["”’']?$/.test(trimmed.replace(/[\])]$/, ''))) return null;
  // Not a byline, a credit, a caption or a related link: no reporter's role, date, weekday, bar, "(left)" or headline after a colon.
  if (NOT_A_HEADER.test(trimmed)) return null;
  const body = trimmed.replace(HEADER_FRAME, '');
  const framed = body.length < trimmed.length;
  const first = body.split(/\s*[,(:;|\]]\s*|\s+[—–-]\s+/)[0]!.trim();
  const name = personalName(first);
  if (!name?.includes(' ') || !first.endsWith(name)) return null;
  // After the name, only a role in lower case ("Marcia Bellamy, sister of a deportee"), a note in brackets or the frame's end;
  // a place alone after a comma ("Lina Brandt, Dorvik") is a sign-off.
  const rest = body.slice(body.indexOf(first) + first.length).trim();
  const role = /^,\s*[^,]*\p{Ll}{3,}/u.test(rest);
  if (!framed && !role) return null;
  if (rest && !/^[,(\]—–-]/.test(rest)) return null;
  // Only a title may stand before the name ("Colonel", "Dr."), not a verb or a preposition ("By", "Watch").
  const title = first.slice(0, first.length - name.length).trim();
  return !title || /^(?:\p{Lu}[\p{L}]*\.?\s*){1,3}$/u.test(title) && !/^(?:By|From|With|Watch|Listen|Read|Photo|Video)\b/.test(title) ? first : null;
}
/** The nouns a medium is named by ("the paper says"), and those of a paper alone. */
const MEDIUM_NOUN = /^(?:paper|newspaper|daily|weekly|agency|channel|broadcaster|station|network|outlet|website|site)$/;
const PAPER_NOUN = /^(?:paper|newspaper|daily|weekly)$/;

/** Whether a medium could be called by this noun: a channel or station broadcasts, an agency is one, a paper is neither;
 * media in general ("Turkish media") are no one medium. */
function mediumFits(noun: string, ref: EntityRef): boolean {
  if (!MEDIUM_KINDS.has(ref.kind) || /\bmedia$/i.test(ref.name)) return false;
  const broadcasts = ref.kind === 'BROADCASTER' || /\b(?:TV|television|radio|channel|broadcast\w*)\b/i.test(ref.name);
  const agency = ref.kind === 'NEWS_AGENCY' || /\b(?:agency|news\s+service|wire)\b/i.test(ref.name);
  if (/^(?:channel|broadcaster|station|network)$/.test(noun)) return broadcasts;
  if (noun === 'agency') return agency;
  if (PAPER_NOUN.test(noun)) return !broadcasts && !agency;
  return true;
}

/** A title before a name in a speaker's label ("President Erdogan", "Prime Minister Khan"). */
const LABEL_TITLE = /^(?:(?:President|Prime\s+Minister|Foreign\s+Minister|Minister|Chancellor|King|Queen|Sheikh|Senator|Governor|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+/;
/** What may follow a speaker phrase that closes its sentence: the reporting verb and at most whom it told (", the firm said."). */
const CLOSING_VERB = /^[\s,]*(?:said|says|added|adds|confirmed|warned|told\s[^.]{0,30})\s*[.!]?["”’']*\s*$/i;
/** The same close with a day or a document after the verb: "..., the authority said on Wednesday.", "..., the trust said in a statement." */
const CLOSING_VERB_DATED = /^[\s,]*(?:said|says|added|adds|confirmed|warned)\s+(?:on|in|late\s+on|early\s+on|last|this|earlier|later)\b[^.,;:“”"]{0,30}\s*[.!]?["”’']*\s*$/i;
/** "The group", "the carmaker": an organisation named by its kind, referring back to its name. */
const ORGANISATION_ANAPHOR = /^[Tt]he\s+(group|party|company|carmaker|automaker|firm|league|coalition|organi[sz]ation|charity|movement|alliance|union|federation|association|foundation|airline|bank|lender|insurer|retailer|club|campaign)$/u;

/** A relative pronoun right before a speaker (", which he", "all of which they"): the speaker's clause is the relative one. */
const RELATIVE_BEFORE = new RegExp(`(?:,\\s+(?:which|whom)|\\b${OF_WHICH})\\s+$`, 'i');
/** Words that report speech, as a paragraph closing on a body's words has them (not "figures show", "put the toll at"). */
const SPOKEN = /\b(?:said|says|told|tells|added|adds|stated|warned|warns|insisted|announced)\b/;
/** A number of two or more, in digits or in words. */
const NUMBER = String.raw`(?:\d[\d,.]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)`;
/** A sentence that gives a figure: digits or a number word. */
const COUNTED = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?|thousands?|millions?)\b/i;
/**
 * A sentence opening on a part of a figure given before: "Of those, six ...", "Of the dead, 414 ...", "Five of them ...". A
 * share in words ("Of those, most ...", "Most of them crossed by boat", "One of them left") speaks of people, not of the count.
 */
const PART_OF_A_FIGURE = new RegExp(String.raw`^(?:Of\s+(?:those|these|them|the\s+(?:[\p{L}\d,.-]+\s+){0,2}?[\p{L}-]+)\s*,\s*(?:about\s+|some\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?${NUMBER}\b|${NUMBER}\s+of\s+(?:them|those|these)\s)`, 'u');
const NOT_A_HEADER = /\b(?:[Cc]orrespondent|CORRESPONDENT|[Rr]eporter|REPORTER|[Rr]eporting|REPORTING|[Rr]eports|[Ee]ditor|[Ww]riter|[Ss]taff|[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage|[Cc]aption|[Cc]redit)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{4}\b|\||\((?:left|right|centre|center)\)|:\s+\p{Ll}/u;

/** The speaker's words of a clip's label or header, as the resolver reads a soundbite header ("NAME, ROLE:"). */
const VOICE_NOTES = new RegExp(VOICE_NOTE.source, 'gu');
const CLIP_MARKERS = new RegExp(`\\b(?:${CLIP_MARKER.source})\\b\\s*[—–-]?\\s*`, 'gu');
/** A barred header's part that is only a clip's or soundbite's marker ("CLIP", "SOT"). */
const MARKER_ONLY = new RegExp(`^(?:${SOUNDBITE_MARKER.source}|${CLIP_MARKER.source})$`, 'u');
const clipSpeaker = (label: string): string =>
  label
    .replace(VOICE_NOTES, ' ')
    .replace(CLIP_MARKERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Two states referred back to together: "both governments", "the two capitals". */
const PAIR = /^(?:both|the two)\s+(?:governments|capitals|countries|states|sides)$/i;

/** The line (the paragraph, as pages print them) a position stands in. */
function lineAround(text: string, at: number): Span {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end < 0 ? text.length : end };
}

/** Whether a quotation opening at `at` names its speaker where it closes ('"...," a fisherman said.', '"...," said Ada Quill.'). */
function attributedAtClose(text: string, at: number): boolean {
  const paragraph = text.slice(at, lineAround(text, at).end);
  const close = /^\s*["“][^"“”]*[,?!]["”]/.exec(paragraph);
  if (!close) return false;
  // The speaker may carry an apposition between commas ('," Ann Roe, a farmer near Dorvik, said.').
  return /^\s*,?\s*(?:(?:said|says|added|adds|told|tells|asked|insisted|warned|wrote)\b|(?:[\p{L}'’.-]+\s+){1,6}?(?:said|says|added|adds|told|tells|asked|insisted|warned|wrote)\b|(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+,\s+[^,;:“”"\n]{2,80}?,\s+(?:said|says|added|adds|told|tells|asked|insisted|warned|wrote)\b)/u.test(paragraph.slice(close[0].length, close[0].length + 160));
}

/** Whether a sentence's paragraph is a quotation and nothing else: it opens on a quotation mark and closes one. */
function quotationAlone(text: string, sentence: Span): boolean {
  const line = lineAround(text, sentence.start);
  return /^["“][^"“”]*["”]$/.test(text.slice(line.start, line.end).trim());
}

/** The position is inside a quotation opened earlier in its paragraph and not closed before it. */
function insideQuotation(text: string, at: number): boolean {
  const paragraph = text.slice(lineAround(text, at).start, at);
  const curly = (paragraph.match(/“/g)?.length ?? 0) - (paragraph.match(/”/g)?.length ?? 0);
  const straight = paragraph.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

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
  const { publishedAt, knowledge } = options;
  const prepared: Prepared = prepare(knowledge);
  const index = options.index ?? prepared.index;
  const topics = options.topics ?? prepared.topics;
  const slug = options.slug ?? 'the article';
  const outlet = outletOf(text, options.publisher);
  const boilerplate = detectBoilerplate(text, { outlet });
  const sentences = withoutLeadingFurniture(text, boilerplate, splitSentences(text));
  // "By Gantry's count, ..." on Gantry's own page: the outlet's own reckoning names no one. The outlet is named in full or by
  // its first word ("Gantry" of "Gantry Television News").
  const outletCounts = (a: Attribution | null): boolean => {
    if (!a || a.verb !== 'according to' || !outlet) return false;
    const words = text.slice(a.phrase.start, a.phrase.end).replace(/^the\s+/i, '').trim().toLowerCase();
    const full = outlet.toLowerCase();
    const first = full.split(/\s+/)[0]!;
    if (!(words === full || (first.length >= 3 && words === first))) return false;
    return /^['’]s?\s+(?:own\s+|latest\s+|last\s+)?(?:count|tally|reckoning|estimates?|figures|account)\b/i.test(text.slice(a.phrase.end, a.phrase.end + 30)) && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.phrase.start - 8), a.phrase.start));
  };
  // A label in ordinary case opening the line ("Atlas: President Erdogan has given ...") is who reads the words, not whom
  // they attribute: the sentence is read after it.
  const mixedLabel = mixedLabelLength(text);
  const attributionIn = (span: Span, tags: Tags): Attribution | null => {
    const line = lineAround(text, span.start);
    const label = /^\s*$/.test(text.slice(line.start, span.start)) ? mixedLabel(text.slice(line.start, line.end)) : 0;
    const after = line.start + label;
    const a = findAttribution(text, label && after > span.start && after < span.end ? { start: after, end: span.end } : span, tags, index);
    return outletCounts(a) ? null : a;
  };
  const resolver = new ClaimantResolver({ knowledge, index, matcher: prepared.actors, text, slug, outlet, outletKind: outletKindOf(text, outlet) });

  // Which sentences carry claims: the body, and captions printed once (a caption printed twice is page furniture).
  // A caption's label ("Image caption") or credit ("Northwind/Getty Images") carries nothing; nor does a line only the learned
  // model took, whatever kind it guesses for it.
  const claimable = sentences.filter((s) => {
    if (!inBoilerplate(text, boilerplate, s)) return true;
    const around = boilerplate.find((b) => b.start <= s.start && s.end <= b.end);
    if (!around || isLearned(around)) return false;
    if (around.kind !== 'PHOTO_CAPTION' || CREDIT_ONLY.test(s.text) || s.text.split(/\s+/).length < 4) return false;
    const captionText = text.slice(around.start, around.end);
    // A caption reports a scene: it ends as a sentence or dates it. A related headline taken for one ("The chef cooking
    // for nurses" under a caption) does neither.
    if (!/[.!?]["”’)]?$/.test(s.text.trim()) && !CAPTION_DATE.test(captionText)) return false;
    // A file photo shows an older scene: its caption reports nothing new.
    return text.indexOf(captionText) === text.lastIndexOf(captionText) && !/^\s*file photo\b/i.test(captionText);
  });

  const known = index.link(text);
  // Names are proposed from every sentence a reader reads as content: the body, captions, headline and subheadings.
  const furniture = new Set(['NAVIGATION', 'ADVERTISEMENT', 'DATELINE', 'BYLINE', 'CREDIT_LINE', 'COMMENT_FORM', 'SOCIAL', 'TRANSLATION_NOTICE', 'RELATED_LINK', 'VIDEO_CAPTION']);
  const furnitureSpans = boilerplate.filter((b) => furniture.has(b.kind) || isLearned(b) || (b.kind === 'PHOTO_CAPTION' && CREDIT_ONLY.test(text.slice(b.start, b.end))));
  const readable = sentences.filter((s) => !inBoilerplate(text, furnitureSpans, s));
  const proposed: EntityMention[] = [];
  for (const s of readable) proposed.push(...proposeEntities(text, s, [...known, ...proposed]));
  // A name read as a place once is a place every time the article uses it.
  const placeNames = new Set(proposed.filter((m) => m.proposedType === 'place').map((m) => m.text.toLowerCase()));
  for (const m of proposed) if (placeNames.has(m.text.toLowerCase()) && m.proposedType !== 'place') Object.assign(m, { proposedType: 'place', proposedKind: 'TOWN' });

  // New places the text ties to a known one become AUTO places; the others are proposed.
  const taken = { keys: new Set([...knowledge.actors.map((a) => a.key), ...knowledge.places.map((p) => p.key)]), aliases: new Set([...knowledge.actors, ...knowledge.places].flatMap((e) => e.aliases.map((a) => a.toLowerCase()))) };
  const countryByDemonym = new Map<string, string>();
  for (const p of knowledge.places) if (p.kind === 'COUNTRY') for (const a of p.aliases) countryByDemonym.set(`${a.toLowerCase()}n`, p.key).set(`${a.toLowerCase().replace(/y$/, '')}ish`, p.key).set(`${a.toLowerCase().replace(/[aey]$/, '')}ian`, p.key);
  const placeOf = new Map<string, { place: Place | null; proposal: Proposal; mention: EntityMention }>();
  for (const m of proposed) {
    if (m.proposedType !== 'place' || placeOf.has(m.text.toLowerCase())) continue;
    const sentence = sentences.find((s) => contains(s, m));
    const anchor = sentence ? anchorOf(text, m, sentence, known, countryByDemonym) : null;
    placeOf.set(m.text.toLowerCase(), { ...newPlace(m.text, anchor, knowledge, slug, taken, text.slice(Math.max(0, m.start - 30), m.start)), mention: m });
  }

  // Where the article is: the known place its body names most often (a claim that names none is likely there).
  const placeCounts = new Map<string, number>();
  for (const m of known) if (m.entity?.type === 'place' && claimable.some((s) => contains(s, m))) placeCounts.set(m.entity.key, (placeCounts.get(m.entity.key) ?? 0) + 1);
  const articlePlace = [...placeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const capitals = new Set(knowledge.places.filter((p) => /^capital of\b/i.test(p.description)).map((p) => p.key));
  const countries = new Set(knowledge.places.filter((p) => p.kind === 'COUNTRY').map((p) => p.key));
  /**
   * A country or capital named as a party ("Ankara warned", "between Ankara and Damascus", "Syria's army")
   * rather than as where something happens ("in Ankara", "northwest Syria", "Syria's Idlib province").
   */
  const asParty = (m: EntityMention): boolean => {
    if (m.entity?.type !== 'place' || !(capitals.has(m.entity.key) || countries.has(m.entity.key))) return false;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 60);
    if (LOCATIVE_BEFORE.test(before)) return false;
    if (/^\s+(?:province|countryside|region|city|border|governorate|airport)\b/i.test(after)) return false;
    const possessive = /^['’]s\s+/.exec(after);
    if (possessive && known.some((k) => k.entity?.type === 'place' && k.start >= m.end + possessive[0].length && k.start <= m.end + 40)) return false;
    return true;
  };
  const lineSpan = (at: number): Span => ({ start: text.lastIndexOf('\n', at) + 1, end: text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) });

  const claims: ExtractedClaim[] = [];
  const contexts: ClaimContext[] = [];
  const nonAssertions: Extraction['nonAssertions'] = [];
  const keysTaken = new Set<string>();
  const claimantOf = new Map<ExtractedClaim, Resolved[]>();
  const recentDays: string[][] = [];
  let previousUnit: string | null = null;

  // Shot lists: a soundbite header ("3. (SOUNDBITE) (Arabic) REBEL FIGHTER ..., ABU OMAR, SAYING:") names the speaker of the quotation below it.
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) lineStarts.push(at);
  /** The nearest line above this one that is not blank, or -1. */
  const lineAbove = (line: number) => {
    let previous = line - 1;
    while (previous >= 0 && !lines[previous]!.trim()) previous--;
    return previous;
  };
  // A label that names a place the graph knows, or a state, says where the words were recorded, not who speaks them.
  const knownPlace = (words: string) => index.link(words).find((m) => m.start === 0 && m.end === words.length && (m.entity?.type === 'place' || m.entity?.kind === 'STATE'))?.entity?.kind ?? null;
  /**
   * A line naming a person right above (no blank line between, unless it ends on a colon) a paragraph that is a quotation and nothing else, which gives
   * no speaker of its own (namedHeader); a marker line in capitals ("CLIP OUT") may close the paragraph. The cheap checks
   * first: the attribution of the paragraph's sentences is read only for a header that names someone.
   */
  const namedOver = (sentence: Sentence, above: number): string | null => {
    // Right above, or a blank line above when the header ends on a colon that announces the words ("04 — Karin Ruppelt, witness:").
    if (above <= 0 || (above !== sentence.line - 1 && !(above === sentence.line - 2 && /:\s*$/.test(lines[above]!)))) return null;
    const paragraphEnd = text.indexOf('\n\n', lineStarts[sentence.line]!);
    const paragraph = { start: lineStarts[sentence.line]!, end: paragraphEnd < 0 ? text.length : paragraphEnd };
    const outside = text.slice(paragraph.start, paragraph.end).replace(/“[^”]*”|"[^"]*"/g, ' ').split('\n').filter((l) => /\p{Ll}/u.test(l)).join('\n');
    if (/\p{L}{2}/u.test(outside)) return null;
    const named = namedHeader(lines[above]!);
    if (!named || labelNamesAKnownPlace(named, lines[above]!, knownPlace)) return null;
    const ownSpeaker = sentences.some((x) => x.start >= paragraph.start && x.end <= paragraph.end && attributionIn(x, new Tags(text, x)));
    return ownSpeaker ? null : named;
  };
  const soundbites = new Map<number, Resolved | null>();
  const soundbiteFor = (sentence: Sentence): Resolved | null => {
    // A dateline's agency in brackets ("MOSCOW, 12 February 2020 (Ravenmoor): ...") is no language note over a speaker.
    const label = DATELINE.test(lines[sentence.line] ?? '') ? null : SOUNDBITE_LABEL.exec(lines[sentence.line] ?? '');
    if (label) {
      const key = -1 - sentence.line;
      if (!soundbites.has(key)) soundbites.set(key, resolver.soundbite(`${label[1]!.trim()}:`));
      return soundbites.get(key) ?? null;
    }
    // A person's name and role before a quotation on its line ('Ibrahim Kalin, spokesman for President Erdogan: "..."'): the
    // person, not an actor their role names.
    const inline = turns[sentence.line]?.role === 'GUEST' ? LABEL_BEFORE_QUOTATION.exec(lines[sentence.line] ?? '') : null;
    if (inline) {
      const key = -1 - sentence.line;
      if (!soundbites.has(key)) soundbites.set(key, resolver.soundbite(`${inline[1]}, ${inline[2]}:`));
      return soundbites.get(key) ?? null;
    }
    const clip = CLIP_LABEL.exec(lines[sentence.line] ?? '');
    if (clip && clipSpeaker(clip[1]!)) {
      const key = -1 - sentence.line;
      if (!soundbites.has(key)) soundbites.set(key, resolver.soundbite(`${clipSpeaker(clip[1]!)}:`));
      return soundbites.get(key) ?? null;
    }
    // A clip's words set unquoted right under its marked header, with no blank line between ("(SOUNDBITE) (Arabic) NAME,
    // ROLE:" / "We will defend our land."), as transcripts print them.
    const header = sentence.line > 0 ? lines[sentence.line - 1]! : '';
    if (!/^\s*["“]/.test(lines[sentence.line] ?? '')) {
      if (!header.trim() || !SOUNDBITE_HEADER.test(header) || !SOUNDBITE_MARKED.test(header) || /^\s*(?:\d{1,2}[.)]|\[|\p{Lu}[\p{Lu} ]{2,}:)/u.test(lines[sentence.line] ?? '') || /\baccording\s+to\b/i.test(lines[sentence.line] ?? '')) return null;
      if (!soundbites.has(sentence.line - 1)) soundbites.set(sentence.line - 1, resolver.soundbite(header.trim()));
      return soundbites.get(sentence.line - 1) ?? null;
    }
    const previous = lineAbove(sentence.line);
    if (previous >= 0 && !SOUNDBITE_HEADER.test(lines[previous]!)) {
      const above = lines[previous]!;
      const header = SUPER_HEADER.exec(above)?.[1] ?? null;
      const barred = BARRED_HEADER.exec(above)?.[1]?.split('|').map((p) => p.trim()) ?? null;
      // A barred header is a clip's only when one of its parts marks it (a marker or the language spoken).
      // A language alone ("[Marbek | Tuesday]" reads as one) is not enough: a marker or a voicing note must be there.
      const marked = (p: string) => BARRED_NOTE.test(p) && (MARKER_ONLY.test(p) || /\b(?:interpreted|translated|voiced|dubbed|subtitled)\b|^in\s/.test(p));
      const barredWho = barred && barred.some(marked) ? barred.filter((p) => p && !BARRED_NOTE.test(p)) : null;
      const who = header ?? (barredWho && barredWho.length >= 1 && barredWho.length <= 2 ? barredWho.join(', ') : null) ?? namedOver(sentence, previous);
      if (!who) return null;
      if (!soundbites.has(previous)) soundbites.set(previous, resolver.soundbite(`${clipSpeaker(who)}:`));
      return soundbites.get(previous) ?? null;
    }
    if (previous < 0 || !SOUNDBITE_HEADER.test(lines[previous]!)) return null;
    if (!soundbites.has(previous)) soundbites.set(previous, resolver.soundbite(lines[previous]!.trim()));
    return soundbites.get(previous) ?? null;
  };
  // A quote wall: a paragraph that is a quotation alone, signed on the line right under it ("— Recep Tayyip Erdogan, Turkish
  // president"). The signature names the speaker as a soundbite's header does.
  const signatures = new Map<number, Resolved | null>();
  const signedBelow = (sentence: Sentence): Resolved | null => {
    const signature = quotationAlone(text, sentence) ? /^\s*[—–]\s*(\p{Lu}[^“”"\n]{1,100}?)\s*$/u.exec(lines[sentence.line + 1] ?? '') : null;
    // A name in capitals before any comma ("— Ann Fowler, 54, a shopkeeper", "— Police Scotland"), then what they are; not a
    // reply, a time, a credit or a note ("— Updated 14:05 GMT", "— Reporting by ...", "— See our weather page").
    const who = signature?.[1]!.split(',')[0]!.trim() ?? '';
    // ... or a body or an unnamed person by their description ("— Northland army general command", "— A senior Turkish
    // official"), no credit's or note's word among them.
    const described = /^(?:(?:A|An|The)\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:command|ministry|army|office|spokes(?:man|woman|person)|official|officer|source|diplomat|commander|minister|presidency|government|council|agency|monitor|resident|witness|doctor|nurse|farmer|soldier|fighter|activist|survivor)$/u.test(who) && !/\b(?:updated|reporting|editing|photo|video|source:|see|read)\b/i.test(who);
    if (!signature || !(described || /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|al|el|bin|de|van|von)){0,6}$/u.test(who))) return null;
    if (!signatures.has(sentence.line)) signatures.set(sentence.line, resolver.soundbite(`${signature[1]!.replace(/[.,]$/, '')}:`));
    return signatures.get(sentence.line) ?? null;
  };

  // A broadcast page's speaker turns (turns.ts): a reporter's or a guest's line that names no source of its own is theirs;
  // a presenter's stays the outlet's voice.
  const turns = speakerTurns(text, knownPlace);
  const turnSpeakers = new Map<string, Resolved | null>();
  const turnFor = (sentence: Sentence): Resolved | null => {
    const turn = turns[sentence.line];
    if (!turn || turn.role === 'PRESENTER' || UNNAMED_REPORT.test(sentence.text)) return null;
    if (!turnSpeakers.has(turn.name)) {
      // A label that is a known actor's alias behind a title ("President Erdogan" is Erdogan; "Emine Erdogan" is not).
      const head = headActor(turn.name, { start: 0, end: turn.name.length }, index);
      const untitled = turn.name.replace(LABEL_TITLE, '').toLowerCase();
      const aliased = head && knowledge.actors.find((a) => a.key === head.entity.key)?.aliases.some((a) => a.toLowerCase() === untitled);
      turnSpeakers.set(turn.name, resolver.resolve(turn.name, aliased ? head.entity : null, aliased ? head.via : null));
    }
    return turnSpeakers.get(turn.name) ?? null;
  };

  // A field reporter's own first-person account ("I counted more than 150 vehicles ...", "I've just watched ...") under a
  // live post's byline ("16:10 Serkan Aydemir · Hatay", "13:10 GMT · post 9 Jana Kolar, Marbek") is the reporter's. Only a
  // sentence whose subject is "I": a quotation or "we" stays as it is. (Under a speaker's label, turnFor decides.)
  const reporters = new Map<number, Resolved | null>();
  const reporterFor = (sentence: Sentence): Resolved | null => {
    // "I" may follow a fronted place or time: "From the hillside here I've counted ...".
    // So is a source who spoke to the reporter, introduced with a colon: "A man who left Marbek spoke to me by phone:".
    const toMe = /\b(?:spoke|talked|said|described|explained)\s+(?:it\s+)?to\s+me\b[^"“”]*:\s*$/.test(sentence.text.trim()) && !/^["“]/.test(sentence.text.trim());
    if (!toMe && !/^(?:(?:From|On|Along|At|In|Near|Over|Here|Since|Earlier|Today|This)\b[^,.;:"“”]{0,50}?,?\s+)?I(?:['’](?:ve|m|d)\s|\s+(?:(?:have|had|am|was|could|can|just|also|then|now|still)\s+)*\p{Ll}+(?:ed|ve|en|ing|w|t|n)?\b)/u.test(sentence.text.trim())) return null;
    const line = sentence.line;
    if (reporters.has(line)) return reporters.get(line)!;
    let previous = lineAbove(line);
    // A sound note between the byline and the words is stage direction: "[SOUND: wind, generator hum]".
    while (previous >= 0 && STAGE_DIRECTION.test(lines[previous]!)) previous = lineAbove(previous);
    // A live post's number may come before its time: "#3 · 16:10 Ida Lorn, in Marbek".
    const byline = previous >= 0 ? /^\s*(?:(?:#|(?:[Pp]ost|[Uu]pdate)\s+)\d{1,3}\s*·\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|local(?:\s+time)?))?(?:\s*·\s*(?:post|update)\s+\d+)?\s*·?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})(?:\s*[·,]\s*(?:(?:near|in|outside|at)\s+)?\p{Lu}[\p{L}'’ -]{1,40})?\s*$/u.exec(lines[previous]!)?.[1] : undefined;
    // A post's own signature line with no time: the name and where the reporter is ("Faris Kanaan, Hatay", "— Kamal Aziz,
    // Reyhanli", "Serdar Bilge, near Reyhanlı"). The place is what tells it from a headline in capitals.
    const signature = previous >= 0 && !byline ? /^\s*(?:[—–-]\s*)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})\s*[,·]\s*(?:(?:near|in|outside|at)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u.exec(lines[previous]!)?.[1] : undefined;
    const who = byline ?? signature;
    const found = who ? resolver.resolve(who, null, null) : null;
    reporters.set(line, found);
    return found;
  };

  const anaphorOf = (noun: string, at: number): EntityRef | null => {
    const head = noun.replace(/s$/, '');
    // "Al Watan's front page said ... / The paper promised ...": a paper refers back to the last paper named, whatever its name
    // ("the agency" may be any agency, "the channel" any channel: only their names say).
    const medium = PAPER_NOUN.test(head);
    for (const m of [...known].reverse()) {
      if (m.entity?.type !== 'actor' || m.end > at || m.start < at - 600) continue;
      const names = [m.text, m.entity.name];
      if (names.some((n) => new RegExp(`\\b${head}s?$`, 'i').test(n.trim())) || (medium && mediumFits(head, m.entity))) return m.entity;
    }
    return null;
  };
  const ownSubject = (part: string, sentence: Sentence, at: number): string | null => {
    const noun = /^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(operator|company|firm|force|service|utility|carrier|airline|insurer|bureau|council|board|authority|club|network|trust|institute|agency|commission|university|hospital)$/u.exec(part.trim())?.[1] ?? /^(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+the\s+(force|company|firm|operator|service|utility|airline|carrier|council|board|authority|club|trust|institute|agency|commission|university|hospital)$/u.exec(part.trim())?.[1];
    if (!noun || anaphorOf(noun, at) || resolver.anaphor(noun)) return null;
    // The phrase closes the sentence; with a day or a document after its verb, or with a noun any of its kind may share
    // ("the agency", "the trust"), only when the subject's name ends in that noun ("Marbek Space Agency ..., the agency said on
    // Friday"): "Striker Ann Roe has signed ..., the club said on Friday" is the club's.
    const after = text.slice(at + part.length, sentence.end);
    const dated = !CLOSING_VERB.test(after);
    if (dated && !CLOSING_VERB_DATED.test(after)) return null;
    const subject = subjectOf(text, sentence, new Tags(text, sentence));
    if (!subject) return null;
    const words = text.slice(subject.start, subject.end).replace(/^(?:[^,]{0,40},\s+)/, '').trim();
    // A name: two to four capitalised words, none of them a known actor's.
    if (!/^(?:\p{Lu}[\p{L}'’&-]*)(?:\s+\p{Lu}[\p{L}'’&-]*){1,3}$/u.test(words) || headActor(text, subject, index)) return null;
    if ((dated || /^(?:agency|institute|commission|university|hospital|trust)$/.test(noun)) && /(\p{L}+)$/u.exec(words)?.[1]!.toLowerCase() !== noun) return null;
    return words;
  };
  /**
   * "Nissan has filed a lawsuit ... / The carmaker said ...", "according to the Egyptian Initiative for Personal Rights ... /
   * The group alleges ...": a sentence opening on "the" and an organisation's noun, which no actor the graph knows ends in,
   * refers back to the organisation the text named just before: the new source of the sentence before (not a person or a
   * medium), or else that sentence's subject when it is a name no actor has.
   */
  const organisationBefore = (part: string, sentence: Sentence, at: number): string | null => {
    const noun = ORGANISATION_ANAPHOR.exec(part.trim())?.[1];
    // The noun opens the sentence, or follows only a fronted time or connective ("Hours later, the group said"), or closes
    // it ("..., the bank said.").
    const lead = text.slice(sentence.start, at);
    const closing = CLOSING_VERB.test(text.slice(at + part.length, sentence.end));
    if (!noun || !(/^\s*$/.test(lead) || /^\s*(?:(?:But|And|Yet|Still|Then)\s+|[^,;:“”"]{2,40},\s+)$/u.test(lead) || closing) || anaphorOf(noun, at) || resolver.anaphor(noun)) return null;
    // The sentence before; a fragment a splitter cut off ("£70m) in damages ...") belongs to the one before it.
    const body = sentences.filter((x) => x.end <= sentence.start && !inBoilerplate(text, furnitureSpans, x));
    const before = body.at(-1) && !/^["“(]?\p{Lu}/u.test(body.at(-1)!.text) ? body.at(-2) : body.at(-1);
    if (!before || text.slice(before.end, sentence.start).split('\n').length > 3) return null;
    // Another organisation named after it in that sentence ("The Farmers Council accused Dorvik Motors ...", "... arrested
    // members of the Black Hand") may be the one meant: no guess then. Its own initials in brackets are no other.
    const namedAfter = (end: number) =>
      [...known.filter((m) => m.entity?.type === 'actor'), ...proposed.filter((m) => m.proposedType === 'actor' && m.proposedKind !== 'PERSON')].some((m) => m.start >= end && m.end <= before.end && !/^\s*\($/.test(text.slice(end, m.start))) ||
      // ... or a name of two capitalised words no person has ("Dorvik Motors", "the Black Hand").
      [...text.slice(end, before.end).matchAll(/(?<![(\p{L}])\p{Lu}[\p{L}'’&-]+\s+\p{Lu}[\p{L}'’&-]+/gu)].some((m) => kindOfNew(m[0]) !== 'PERSON');
    const organisation = previous?.sentence === before && previous.claimants.length === 1 && previous.claimants[0]!.isNew ? previous.claimants[0]!.ref : null;
    if (organisation) {
      const mention = claimantMentions.find((m) => m.start >= before.start && m.end <= before.end);
      // A group, a party or a company is no state, body of state or army ("Dorvik police ... / The group said" is not the police).
      return !['PERSON', 'STATE', 'GOVERNMENT_BODY', 'MILITARY'].includes(organisation.kind) && !MEDIUM_KINDS.has(organisation.kind) && !!mention && !namedAfter(mention.end) ? organisation.name : null;
    }
    const subject = subjectOf(text, before, new Tags(text, before));
    const words = subject ? text.slice(subject.start, subject.end).trim() : '';
    if (!subject || !/^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’&-]*){0,4}$/u.test(words) || headActor(text, subject, index) || namedAfter(subject.end)) return null;
    // A name the entity pass read as an organisation's ("Thousands", "Police" are none), no place or person.
    if (!proposed.some((m) => m.proposedType === 'actor' && m.proposedKind !== 'PERSON' && m.start < subject.end && subject.start < m.end)) return null;
    if (known.some((m) => m.entity?.type === 'place' && m.start < subject.end && subject.start < m.end) || proposed.some((m) => (m.proposedType !== 'actor' || m.proposedKind === 'PERSON') && m.start < subject.end && subject.start < m.end)) return null;
    return words.replace(/^The\s+/, '');
  };
  // Claimant phrases resolved once each; "X and Y" gives every one of them.
  const resolvedOf = new Map<string, Resolved[]>();
  const claimantMentions: EntityMention[] = [];
  /** The last person's name the page prints in the 400 characters before a point, as a new actor: no known actor, a full name. */
  const namedJustBefore = (at: number): EntityRef | null => {
    // Not a name inside a quotation: the one spoken about ("'Lena Barakat lost her home,' she says.").
    const name = [...proposed].reverse().find((m) => m.proposedType === 'actor' && m.proposedKind === 'PERSON' && m.end <= at && m.start >= at - 400 && m.text.includes(' ') && personalName(m.text) === m.text && !insideQuotation(text, m.start));
    return name ? (resolver.resolve(name.text, null, null)?.ref ?? null) : null;
  };
  /** The medium a sentence in the outlet's own voice opens on, known or named as a medium ("Northland TV made no mention ..."). */
  const mediumOpening = (before: typeof previous): Resolved | null => {
    if (!before || before.claimants.length) return null;
    const subject = subjectOf(text, before.sentence, new Tags(text, before.sentence));
    // Whose thing it is names no medium ("Marbek Radio's parent company").
    if (!subject || /['’]s?\s/.test(text.slice(subject.start, subject.end))) return null;
    const head = headActor(text, subject, index);
    if (head) return MEDIUM_KINDS.has(head.entity.kind) ? resolver.resolve(text.slice(subject.start, subject.end), head.entity, head.via) : null;
    return namedAsMedium(text.slice(subject.start, subject.end)) ? resolver.medium(text.slice(subject.start, subject.end), null) : null;
  };
  const resolveAttribution = (a: Attribution | null): Resolved[] => {
    if (!a) return [];
    const cached = resolvedOf.get(`${a.phrase.start}:${a.phrase.end}`);
    if (cached) return cached;
    let out: Resolved[] = [];
    // "..., the same estimates suggest": the source of the sentence before. ("The same figures" are no one's, as "the figures".)
    // Only when the sentence before gave that document and a source for it ("UN estimates show. ..., the same estimates suggest").
    const same = /^the\s+same\s+(?:\p{Ll}+\s+)?(estimates?|report|survey|study|sources?|officials?)$/iu.exec(text.slice(a.phrase.start, a.phrase.end).trim());
    if (same && previous?.claimants.length && new RegExp(`\\b${same[1]!.replace(/s$/, '')}`, 'i').test(previous.sentence.text)) return previous.claimants;
    // "Her spokesperson said", "its press office said", "Its home affairs spokeswoman said": the mouthpiece speaks for whom
    // the possessive refers back to.
    const mouthpiece = a.pronoun ? null : /^(?:(his)|(her)|(its)|(their))\s+(?:own\s+)?(?:(?!former\b|ex-)[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press (?:office|secretary|service)|aides?|office|editorial)$/i.exec(text.slice(a.phrase.start, a.phrase.end).trim());
    if (a.pronoun || mouthpiece) {
      // A possessive pronoun standing for its owner ("His message to X was blunt: ...") refers back as its personal pronoun.
      const possessive = ({ his: 'he', her: 'she', its: 'it', their: 'they', him: 'he', them: 'they' } as Record<string, string>)[text.slice(a.phrase.start, a.phrase.end).toLowerCase()];
      const word = mouthpiece ? (mouthpiece[1] ? 'he' : mouthpiece[2] ? 'she' : mouthpiece[3] ? 'it' : 'they') : (possessive ?? text.slice(a.phrase.start, a.phrase.end));
      const personal = /^(?:he|she)$/i.test(word);
      // After a sentence in the outlet's own voice, the subject of that sentence ("The ministry gave no figure. It warned ...");
      // else the last speaker of the right kind; else the nearest actor named before.
      // Without an apposition after its name ("Cumhuriyet, an opposition paper,"): that describes it, and names no one else.
      const fullSubject = previous && !previous.claimant ? subjectOf(text, previous.sentence, new Tags(text, previous.sentence)) : null;
      const apposed = fullSubject ? /,\s+(?:a|an|the)\s/i.exec(text.slice(fullSubject.start, fullSubject.end)) : null;
      const subject = fullSubject && apposed ? { start: fullSubject.start, end: fullSubject.start + apposed.index } : fullSubject;
      const subjectWords = subject ? speakerWords(text.slice(subject.start, subject.end)) : '';
      const subjectKnown = subject ? (headActor(text, subject, index)?.entity ?? (subjectWords.split(/\s+/).length <= 6 ? prepared.actors.match(subjectWords).find((x) => x.score >= 0.95)?.ref : null)) : null;
      // "Zuma was forced to resign in 2018. / He has said ...": a surname the page gave in full before ("Jacob Zuma"), as a new person.
      // "Joe Biden left before polls closed. / Speaking in Columbia, he said ...": a person's whole name as the subject, for "he"
      // or "she" (and "Her aides").
      const subjectFullName = subject && !subjectKnown && /^\p{Lu}[\p{L}'’-]+$/u.test(subjectWords) ? fullNamesEndingIn(text.slice(0, subject.start), subjectWords).pop()?.name :
        subject && !subjectKnown && personal && subjectWords.includes(' ') && subjectWords.endsWith(personalName(subjectWords) ?? '\u0000') && ![...previous!.sentence.text.slice(subject.end - previous!.sentence.start).matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)].some((m) => kindOfNew(m[0]) === 'PERSON') ? (personalName(subjectWords) ?? undefined) : undefined;
      // "The Turkish daily Sabah leads on ... / In an editorial, it asks ...", "Cumhuriyet, an opposition paper, is sceptical. It
      // argues ...": a medium the outlet's own sentence names as its subject, as a new medium.
      const subjectMedium = subject && !subjectKnown && !subjectFullName && word.toLowerCase() === 'it' && !/['’]s\b/.test(subjectWords) && (namedAsMedium(text.slice(fullSubject!.start, fullSubject!.end)) || MEDIUM_KINDS.has(kindOfNew(subjectWords))) ? resolver.resolve(text.slice(subject.start, subject.end), null, null) : null;
      // "OCHA has just published new figures. It says ...", "Malawi's Constitutional Court annulled the vote. It said ...": a body
      // the outlet's own sentence names as its subject by a proper name the graph may not know (no place, no person).
      const subjectBody = subject && !subjectKnown && !subjectFullName && !subjectMedium && word.toLowerCase() === 'it' && BODY_NAME.test(subjectWords) && !DOCUMENT_NAME.test(subjectWords) && kindOfNew(subjectWords) !== 'PERSON' && !index.link(text, subject).some((m) => m.entity?.type === 'place' && m.text === subjectWords) ? resolver.resolve(text.slice(subject.start, subject.end), null, null) : null;
      const subjectActor = subjectKnown ?? (subjectFullName ? (resolver.resolve(subjectFullName, null, null)?.ref ?? null) : null) ??
        (subjectMedium ? resolver.describedAs(subjectMedium, text.slice(subject!.end, subject!.end + 80)).ref : null) ?? subjectBody?.ref ?? null;
      // "President Hollis went further: the dam, she said, ...": the one person named earlier in the pronoun's own sentence.
      // So is "her" closing the sentence ("..., the Post reports, quoting her speech"); a possessive opening it refers back.
      const pronounSentence = sentences.find((x) => x.start <= a.phrase.start && a.phrase.start < x.end);
      const own = personal && !mouthpiece && (!possessive || (!!pronounSentence && /\S/.test(text.slice(pronounSentence.start, a.phrase.start)))) ? pronounSentence : undefined;
      // A person in a possessive or after a preposition ("Asked about Omar Haddad's plan, she said") is not who speaks.
      const asSubject = (m: EntityMention) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !/\b(?:about|of|for|with|to|from|by|on|at|against|like|than)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
      // Nor is one named inside the quotation the pronoun closes ('"We trusted Putin's word," he writes').
      const quoted = (m: EntityMention) => (text.slice(own!.start, m.start).match(/["“”]/g)?.length ?? 0) % 2 === 1;
      const ownPeople = own ? [...new Set(known.filter((m) => m.entity?.type === 'actor' && m.entity.kind === 'PERSON' && m.start >= own.start && m.end <= a.phrase.start && asSubject(m) && !quoted(m)).map((m) => m.entity!.key))] : [];
      // "When Ramaphosa finally spoke, he said ...": the subject of the clause opening the pronoun's sentence, known or not.
      const parenthetical = /^\s*\p{L}+\s*,/u.test(text.slice(a.phrase.end, a.phrase.end + 30));
      const opening = own && !ownPeople.length && !parenthetical ? /^(?:When|After|As|Once|Before|While|Although|Though|Because|Since)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:\p{Ll}+ly\s+)?(?:had\s+|has\s+|was\s+)?\p{Ll}+(?:ed|ke|ve|ame|ook|ose|ent|oke)\b[^,;]*,\s*$/u.exec(text.slice(own.start, a.phrase.start)) : null;
      const openingPerson = opening && (personalName(opening[1]!) || /^\p{Lu}[\p{L}'’-]+$/u.test(opening[1]!)) ? resolver.resolve(opening[1]!, prepared.actors.match(opening[1]!).find((x) => x.score >= 0.95)?.ref ?? null, null) : null;
      const ownPerson = ownPeople.length === 1 ? known.find((m) => m.entity?.key === ownPeople[0])!.entity! : openingPerson?.ref.kind === 'PERSON' ? openingPerson.ref : null;
      // "President Ashraf Ghani condemned the killings, his office said": the person the sentence names before the office.
      const clauseBefore = text.slice(Math.max(0, a.phrase.start - 300), a.phrase.start).split(/[.!?]["”’]?\s+(?=\p{Lu}|$)|\n/u).pop()!;
      // Exactly one personal name in the clause, not after a preposition ("met Governor Brandt", "Floods in West Kellan").
      const allNames = mouthpiece && personal
        ? [...clauseBefore.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4}/gu)]
            .map((m) => ({ name: personalName(m[0]), governed: /\b(?:in|at|of|from|to|with|for|by|near|met|meets|meeting)\s+$/i.test(clauseBefore.slice(0, m.index)) }))
            .filter((x) => x.name)
        : [];
      const owner = allNames.length === 1 && !allNames[0]!.governed ? allNames[0]!.name : null;
      const ownerRef = owner ? (resolver.resolve(owner, prepared.actors.match(owner).find((x) => x.score >= 0.95)?.ref ?? null, null)?.ref ?? null) : null;
      // "..., a spokesman for the defence ministry told Blackthorn. X happened, he added.": "he" is the spokesman the sentence
      // before quoted, who speaks for the ministry; so after "a United Nations spokesman said".
      const previousAttribution = personal && !mouthpiece && !possessive && !ownPerson && previous && previous.claimants.length === 1 && previous.claimants[0]!.ref.kind !== 'PERSON' ? findAttribution(text, previous.sentence, new Tags(text, previous.sentence), index) : null;
      const previousWords = previousAttribution ? text.slice(previousAttribution.phrase.start, previousAttribution.phrase.end) : '';
      const spokesperson = previousAttribution && (/^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|official|officer|source)\s+(?:for|of|at|from|with|in)\s/iu.test(previousWords) || /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:spokes(?:man|woman|person)|official|officer|source)$/u.test(previousWords)) ? previous!.claimants[0]!.ref : null;
      // "Fiona Callendar spoke to Dalia Bakri, who runs field clinics ... / She said ...": the one spoken to answers.
      // Only as a programme introduces its guest: the one spoken to described in a "who" clause, by someone the graph does not
      // know ("Vesna Hollis spoke to Omar Haddad by phone. She said ..." is Hollis).
      const introduction = personal && !mouthpiece && !possessive && !ownPerson && previous ? /^(.{2,60}?)\s+(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+who\b/u.exec(previous.sentence.text) : null;
      const spokenTo = introduction && !prepared.actors.match(introduction[1]!).some((x) => x.score >= 0.95) ? introduction[2] : undefined;
      const interviewee = spokenTo && personalName(spokenTo) === spokenTo ? (resolver.resolve(spokenTo, prepared.actors.match(spokenTo).find((x) => x.score >= 0.95)?.ref ?? null, null)?.ref ?? null) : null;
      // Two people in the clause and no telling whose office speaks: no one, rather than a guess.
      const ref0 = mouthpiece && personal && allNames.length > 1 ? null :
        ownerRef ??
        ownPerson ??
        spokesperson ??
        interviewee ??
        (subjectActor && (personal ? subjectActor.kind === 'PERSON' : subjectActor.kind !== 'PERSON') ? subjectActor : null) ??
        resolvePronoun(a, text, resolver.history, mouthpiece || possessive ? word : undefined) ??
        [...known].reverse().find((m) => m.entity?.type === 'actor' && m.end <= a.phrase.start && m.start >= a.phrase.start - 400 && (personal ? m.entity.kind === 'PERSON' : m.entity.kind !== 'PERSON'))?.entity ??
        // "Fatima Rislan and her children sleep under plastic sheeting. / '...,' she says.": a person the page names just
        // before, whom the graph does not know yet.
        (personal ? namedJustBefore(a.phrase.start) : null) ??
        null;
      // "his office": a head of state's or government's office is the body that serves them, when the graph knows it.
      const ref = ref0 && /office$/i.test(mouthpiece?.[0] ?? '') ? (resolver.officeOf(ref0.name) ?? ref0) : ref0;
      if (ref) out = [{ ref, isNew: resolver.isNew(ref.key), confidence: 0.8, reasons: [`"${word}" refers back to ${ref.name}, the last ${ref.kind === 'PERSON' ? 'person' : 'source'} named`], alternatives: [] }];
    } else if (PAIR.test(text.slice(a.phrase.start, a.phrase.end).trim())) {
      // "Erdogan and Putin discussed Idlib, both governments said", "Both capitals insist ...": the last two states the
      // text named before, by their leaders, bodies or capitals; no one (rather than a new actor "Both governments") when
      // it named fewer.
      const states: Array<{ ref: EntityRef; words: string }> = [];
      const capitals = /capitals$/i.test(text.slice(a.phrase.start, a.phrase.end).trim());
      for (const m of known.filter((k) => k.entity && k.end <= a.phrase.start && k.start >= a.phrase.start - 400)) {
        // "Both capitals": only the capitals named ("Moscow backs Assad and Ankara the rebels").
        const state = capitals ? resolver.capitalState(m.text) : resolver.stateFor(m.entity!, m.text);
        if (state) states.push({ ref: state, words: m.text });
      }
      const distinct = states.reverse().filter((x, i, all) => all.findIndex((y) => y.ref.key === x.ref.key) === i).slice(0, 2).reverse();
      if (distinct.length === 2) out = distinct.map((x) => ({ ref: x.ref, isNew: false, confidence: 0.7, reasons: [`"${text.slice(a.phrase.start, a.phrase.end).trim()}" refers back to ${x.ref.name} ("${x.words}"), one of the two named before`], alternatives: [] }));
    } else {
      const phrase = text.slice(a.phrase.start, a.phrase.end);
      const parts = claimantParts(phrase);
      for (const whole of parts) {
        // "one of the sources", "two of the officials": the group named before ("the sources"), one of whom speaks.
        const part = whole.replace(/^(?:one|two|three|some|several|many|most|each|either|neither)\s+of\s+(?=the\s+\p{Ll})/iu, '');
        const at = a.phrase.start + phrase.indexOf(whole) + (whole.length - part.length);
        const head = headActor(text, { start: at, end: at + part.length }, index);
        // "the army", "the ministry": the nearest actor named before whose name ends in that noun.
        // So do "the army's statement" and "a spokesperson for the ministry": the body's words or mouthpiece speak for it.
        const noun =
          /^the\s+(\p{Ll}[\p{L}-]*)$/u.exec(part.trim())?.[1] ??
          /^[Tt]he\s+(\p{Ll}[\p{L}-]*)['’]s?\s+(?:own\s+|latest\s+)?(?:statement|figures|data|report|tally|count|announcement|communiqu[ée]|spokes(?:man|woman|person))$/u.exec(part.trim())?.[1] ??
          /^(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+the\s+(\p{Ll}[\p{L}-]*)$/u.exec(part.trim())?.[1] ??
          // A body's noun alone, as "by the ministry's count" and "according to ministry figures" leave it: the body named before.
          BODY_NOUN_ALONE.exec(part.trim())?.[1];
        const bare = /^the\s+\p{Ll}[\p{L}-]*$/u.test(part.trim()) || BODY_NOUN_ALONE.test(part.trim());
        // ... and a body's noun opening the sentence ("The ministry said"), which asks only the bodies named just before.
        const openingNoun = /^The\s+(\p{Ll}[\p{L}-]*)$/u.exec(part.trim())?.[1];
        // The bare form asks only the names before ("the army" is no earlier speaker "Army engineers"), but for people in the
        // plural ("the sources", "the witnesses"), who are the speakers before; the possessive and the mouthpiece also ask them.
        const sentence = sentences.find((x) => x.start <= at && at < x.end);
        // "In Damascus, the foreign ministry said": a fronted capital or country says whose body it is, before any named earlier.
        const frontedSide = sentence ? FRONTED_PLACE.exec(text.slice(sentence.start, at))?.[1] : undefined;
        const sided = !!frontedSide && (!!resolver.capitalState(frontedSide) || !!countryOf(frontedSide) || !!resolver.demonymOfPlace(frontedSide));
        // "The paper puts ..." after a sentence a medium carried: that medium, known or new, before any named earlier.
        const mediumNoun = /^[Tt]he\s+(\p{Ll}+)$/u.exec(part.trim())?.[1];
        // "Its reporter described ...", "the agency's correspondent" after a sentence a medium carried: an outlet's unnamed
        // reporter speaks for the outlet.
        const ownReporter = !head && /^(?:[Ii]ts|[Tt]he\s+(?:agency|channel|paper|newspaper|broadcaster|network|station)['’]s)\s+(?:own\s+)?(?:reporter|correspondent|journalist)$/u.test(part.trim());
        const mediumBefore = ownReporter ? previous?.claimants.findLast((c) => MEDIUM_KINDS.has(c.ref.kind))?.ref : !head && mediumNoun && MEDIUM_NOUN.test(mediumNoun) ? previous?.claimants.findLast((c) => mediumFits(mediumNoun, c.ref))?.ref : undefined;
        const paperBefore = !head && !mediumBefore && mediumNoun && PAPER_NOUN.test(mediumNoun) ? anaphorOf(mediumNoun, at) : null;
        // "... according to the minister": the person named before in that role ("The minister of health, Jappie Mhango, said").
        // So does "The minister" opening the sentence.
        const roleNoun = bare ? noun : openingNoun;
        const roleBefore = !head && roleNoun && isPersonRole(roleNoun) ? resolver.personInRole(roleNoun.toLowerCase(), at) : null;
        const definite = mediumBefore ?? paperBefore ?? roleBefore ?? (!head && noun && !sided ? (anaphorOf(noun.toLowerCase(), at) ?? (bare && !GROUP_NOUNS.has(noun.toLowerCase()) ? null : resolver.anaphor(noun.toLowerCase())) ?? (bare ? resolver.bodyNamedBefore(noun.toLowerCase(), at) : null)) : !head && openingNoun && !sided ? resolver.bodyNamedBefore(openingNoun, at) : null);
        const context = sentence ? { sentence: sentence.text, start: sentence.start, before: text.slice(sentence.start, at) } : undefined;
        // ", the rail operator said", ", a spokeswoman for the force said", closing a sentence whose subject is a name no
        // actor has ("Lakeside Rail halted trains ..."): the description refers back to that subject.
        const own = !head && !definite && sentence ? (ownSubject(part, sentence, at) ?? organisationBefore(part, sentence, at)) : null;
        const r = own
          ? resolver.resolve(own, null, null)
          : definite
            ? resolver.resolve(part, definite, 'anaphor')
            : resolver.resolve(part, head?.entity ?? null, head?.via ?? null, context);
        const described = r ? resolver.describedAs(r, text.slice(at + part.length, at + part.length + 80)) : null;
        if (described && described.ref.type === 'actor' && !out.some((x) => x.ref.key === described.ref.key)) out.push(described);
      }
    }
    // The medium it came through, after the speaker ("quoted by SANA", "told the paper", ", Anadolu reported").
    // "it" relaying ("..., it adds.") and "quoted by the same paper": the medium the sentence before cited.
    const relayingBefore = a.channel && /^(?:it|the\s+same\s+(?:paper|newspaper|daily|agency|channel|broadcaster|outlet))$/i.test(text.slice(a.channel.phrase.start, a.channel.phrase.end).trim());
    if (relayingBefore) {
      // ... or, after a sentence in the outlet's own voice, the medium it opened on ("Northland TV made no mention of the
      // convoy. Citing a military source, it reported ...").
      const medium = previous?.claimants.findLast((c) => MEDIUM_KINDS.has(c.ref.kind)) ?? (/^it$/i.test(text.slice(a.channel!.phrase.start, a.channel!.phrase.end).trim()) ? mediumOpening(previous) : null);
      if (medium && out.length && !out.some((x) => x.ref.key === medium.ref.key)) out.push(medium);
    } else if (a.channel && (out.length || a.pronoun)) {
      // A pronoun that stands for no one named before ("They denied ..., Northland TV said."): the medium still carried it.
      const c = a.channel.phrase;
      const sentence = sentences.find((x) => x.start <= c.start && c.start < x.end);
      const context = sentence ? { sentence: sentence.text, start: sentence.start, before: text.slice(sentence.start, c.start) } : undefined;
      const medium = resolver.medium(text.slice(c.start, c.end), headActor(text, c, index)?.entity ?? null, context);
      if (medium && !out.some((x) => x.ref.key === medium.ref.key)) out.push(medium);
    }
    resolvedOf.set(`${a.phrase.start}:${a.phrase.end}`, out);
    // The phrase is a mention of its first speaker (known, or new and proposed).
    if (!a.pronoun && out[0] && !claimantMentions.some((m) => m.start === a.phrase.start)) {
      const r = out[0];
      claimantMentions.push({ start: a.phrase.start, end: a.phrase.end, text: text.slice(a.phrase.start, a.phrase.end), entity: r.isNew ? null : r.ref, via: r.isNew ? 'proposed' : 'spelling', ...(r.isNew ? { proposedType: 'actor' as const, proposedKind: r.ref.kind } : {}) });
    }
    return out;
  };

  /** The later sentence of the same paragraph in which a quotation opened by this one closes; undefined when it closes here. */
  const closingSentence = (sentence: Sentence): Sentence | undefined => {
    const open = text.slice(sentence.start).search(/["“]/);
    const close = open < 0 ? -1 : text.slice(sentence.start + open + 1).search(/["”]/);
    if (close < 0) return undefined;
    const at = sentence.start + open + 1 + close;
    if (at < sentence.end || text.slice(sentence.end, at).includes('\n')) return undefined;
    return sentences.find((s) => s.start <= at && at < s.end);
  };

  /** A speaker in the first person ("we have told our friends") is none: the words are whoever's turn or quotation they are in. */
  const notFirstPerson = (a: Attribution | null): Attribution | null => (a && FIRST_PERSON.test(text.slice(a.phrase.start, a.phrase.end).trim()) ? null : a);

  /** A sentence's own attribution, but not a speaker's "we" or "I" inside a quotation ('"We told them the stairs were narrow."'). */
  const ownAttributionInQuote = (sentence: Sentence): boolean => {
    const a = findAttribution(text, sentence, new Tags(text, sentence), index);
    // Words inside the quotation are the speaker's own ('"People voted for change, and they expect us to deliver it."').
    return !!a && !insideQuotation(text, a.phrase.start) && !(/^["“]/.test(sentence.text.trim()) && FIRST_PERSON.test(text.slice(a.phrase.start, a.phrase.end).trim()));
  };

  /** A speaker and the medium carrying their words ("X told the Courier"): one voice for the quotation that goes on. */
  const toldAMedium = (claimants: Resolved[]) => claimants.length === 2 && MEDIUM_KINDS.has(claimants[1]!.ref.kind) && !MEDIUM_KINDS.has(claimants[0]!.ref.kind);
  /** The sentence before, as drafted: its claimants, whether it quotes, whether it gives a figure (a quantity, not a date). */
  let previous: { sentence: Sentence; claimant: EntityRef | null; claimants: Resolved[]; quoted: boolean; counted: boolean } | null = null;
  for (const sentence of claimable) {
    if (/\?["”’']*$/.test(sentence.text)) {
      nonAssertions.push({ selector: selectorAt(text, sentence.start, sentence.end), reason: 'a question' });
      continue;
    }
    // After a speaker's label, whatever its form ("PRESENTER:", "ANCHOR (MIRA FELLOWES):").
    if (PLEASANTRY.test(sentence.text.trim().replace(/^(?:[\p{Lu}\d][\p{Lu}\d .'’()-]{0,59}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^)]{1,40}\))?):\s+/u, ''))) {
      nonAssertions.push({ selector: selectorAt(text, sentence.start, sentence.end), reason: 'a greeting or thanks' });
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
    // A quotation that goes on after its attributed sentence in the same paragraph ('"...," Kovacs said. "The water took ..."')
    // is the same speaker's, unless page furniture stands between them.
    // So is a sentence inside a quotation opened before it ('"We lost everything. The boats are gone."'), and a new paragraph
    // that opens with a quotation the paragraph before left open.
    const opensQuote = /^["“][^"“”]*["”]?$/.test(sentence.text.trim().replace(/["”]\s*$/, '"'));
    const paragraphBreak = /\n\s*\n/.test(text.slice(previous?.sentence.end ?? 0, sentence.start));
    // A quotation that names its speaker where it closes ('"We left. The boats are gone," a fisherman said.') is that
    // speaker's, not the one before.
    const ownSpeakerAtClose = opensQuote && attributedAtClose(text, sentence.start);
    const continuedQuote: Resolved | null =
      !!previous && (previous.claimants.length === 1 || toldAMedium(previous.claimants)) && !ownSpeakerAtClose &&
      ((previous.quoted &&
        // Across paragraphs only as news prints a quotation that runs on: the paragraph before leaves it open (no closing mark).
        ((opensQuote && (!paragraphBreak || insideQuotation(text, previous.sentence.end))) ||
          // Under a speaker's label the label decides (a reporter's quotation may relay others in its first sentence).
          (!/^["“]/.test(sentence.text.trim()) && !paragraphBreak && !turns[sentence.line] && insideQuotation(text, sentence.start)))) ||
        // A quotation opening right after one speaker's reported words in the same paragraph: 'Dr Joseph Swai said most had
        // suffocated. "We received 36 people in under an hour.'
        (!previous.quoted && opensQuote && !paragraphBreak && !!previous.claimant) ||
        // A paragraph that is a quotation alone, after a paragraph closing on a person's words, quoted or reported
        // (docs/annotating.md, round 14): '"...," said Everlyne Achieng.' / '"Nobody from the school has called us."'; or on
        // a body's spoken words ("The agency, BNPB, said ..."), not a medium's pictures or a source's figures (round 18).
        (opensQuote && paragraphBreak && quotationAlone(text, sentence) && !insideQuotation(text, previous.sentence.end) &&
          (previous.claimants[0]!.ref.kind === 'PERSON' || (!MEDIUM_KINDS.has(previous.claimants[0]!.ref.kind) && SPOKEN.test(previous.sentence.text))))) &&
      // Furniture between them (a shot's line, a caption) ends the quotation.
      !boilerplate.some((b) => b.start >= previous!.sentence.end && b.end <= sentence.start) &&
      !ownAttributionInQuote(sentence)
        ? previous.claimants[0]!
        : null;
    // The first sentences of a quotation whose close names its speaker are that speaker's, as the closing sentence is.
    const closing = ownSpeakerAtClose ? closingSentence(sentence) : undefined;
    const closers = closing ? resolveAttribution(attributionIn(closing, new Tags(text, closing))) : [];
    const closer = closers[0] ?? null;
    const soundbite: Resolved | null = soundbiteFor(sentence) ?? continuedQuote ?? closer ?? signedBelow(sentence);
    // A part of the figure the sentence before gave, in the same paragraph ("Of those, six were severe", "Five of them died
    // on Monday", "Of the dead, 414 were in Hubei"), is the same source's count (docs/annotating.md: a sentence continuing
    // the same report carries its source).
    const attributionOfSentence = soundbite ? null : notFirstPerson(attributionIn(sentence, tags));
    // So is a sentence going on with "They" after a group's report in the same paragraph ("..., Turkish officials said. They are due
    // to meet again on Monday."), outside any quotation.
    const groupGoesOn = !!previous && previous.claimants[0]?.ref.kind === 'GROUP' && !previous.quoted && /^They\s+\p{Ll}/u.test(sentence.text.trim()) && !/["“”]/.test(sentence.text);
    const carried: Resolved[] | null =
      !soundbite && !attributionOfSentence && !!previous && previous.claimants.length > 0 && !paragraphBreak && !turns[sentence.line] && ((previous.counted && PART_OF_A_FIGURE.test(sentence.text.trim())) || groupGoesOn)
        ? previous.claimants
        : null;
    const sentenceAttribution = carried ? null : attributionOfSentence;
    // A quotation going on after words told to a medium ('"...," Du Plessis told the Courier. "We are not able ..."') was told to
    // it too: speaker and channel both, as the sentence before.
    const sentenceClaimants: Resolved[] = soundbite ? (soundbite === closer ? closers : soundbite === continuedQuote ? previous!.claimants : [soundbite]) : (carried ?? resolveAttribution(sentenceAttribution));
    const sentenceClaimant: EntityRef | null = sentenceClaimants[0]?.ref ?? null;
    const sentenceEntities = [...new Set(known.filter((m) => m.entity && contains(sentence, m)).map((m) => m.entity!.key))];

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
      // A comment resuming the sentence in a noun (", a step Washington and Brussels have demanded") is the outlet's: the
      // clause's subject did not say it.
      const resumptive = RESUMPTIVE.test(text.slice(unit.body.start, unit.body.end));
      const ownAttribution = unit.kind === 'appositive' || soundbite || carried || resumptive ? null : notFirstPerson(attributionIn(unit.spans[unit.spans.length - 1]!, tags));
      const inherited = !ownAttribution && !!sentenceAttribution && inherits(text, sentence, unit, sentenceAttribution);
      const attribution: Attribution | null = unit.kind === 'appositive' ? null : (ownAttribution ?? (inherited || soundbite ? sentenceAttribution : null));
      // "X said ..., and he accused ...": a pronoun after the sentence's named speaker refers to that speaker.
      const pronounWord = ownAttribution?.pronoun ? text.slice(ownAttribution.phrase.start, ownAttribution.phrase.end).toLowerCase() : '';
      const sameSpeaker =
        !!ownAttribution && /^(?:he|she|it|they)$/.test(pronounWord) && !!sentenceAttribution && !sentenceAttribution.pronoun && ownAttribution.phrase.start >= sentenceAttribution.phrase.end &&
        sentenceClaimants.length === 1 && (/^(?:he|she)$/.test(pronounWord) ? sentenceClaimants[0]!.ref.kind === 'PERSON' && !sentenceClaimants[0]!.personal : sentenceClaimants[0]!.ref.kind !== 'PERSON');
      const guest = unit.kind !== 'appositive' && !ownAttribution && !inherited && !soundbite && !carried && !sentenceAttribution ? (turnFor(sentence) ?? reporterFor(sentence)) : null;
      const unitClaimants = unit.kind === 'appositive' ? [] : sameSpeaker ? sentenceClaimants : ownAttribution ? resolveAttribution(ownAttribution) : inherited || soundbite || carried ? sentenceClaimants : guest ? [guest] : [];
      const unitText = unit.spans.map((s) => text.slice(s.start, s.end)).join(' … ');
      const inUnit = (m: Span) => unit.spans.some((s) => contains(s, m));
      const entities = known.filter((m) => inUnit(m) && m.entity);
      const named = entities.map((m) => m.entity!.key);
      const context = known.filter((m) => m.entity && m.end <= sentence.start && m.start >= sentence.start - 400).map((m) => m.entity!.key);

      const facts: Array<{ quantity?: QuantityMention; time?: TimeMention; topics: ClaimContext['topics']; tag: string }> = [];
      const nearestTime = (q: QuantityMention): TimeMention | undefined => {
        const clausal = unitTimes.filter((t) => !t.modifier);
        const after = clausal.filter((t) => t.start >= q.end && t.start - q.end <= 60);
        if (after.length) return after[0];
        return [...clausal].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
      };
      const ranked = (list: Array<{ topic: { key: string; valueKind: string }; score: number }>) => list.map((x) => ({ key: x.topic.key, score: x.score, valueKind: x.topic.valueKind as 'QUANTITY' | 'DATE' | 'CATEGORY' }));
      // Questions answered by a category: only suggested (the extractor gives no answer), on the unit's words.
      const categories = ranked(prepared.categories.rank(unitText, [...named, ...context]).slice(0, 3));
      for (const q of unitQuantities) {
        const time = nearestTime(q);
        const part = countsAPart(text, q, unit.body);
        const topicContext = { focus: q.words, text: unitText, entities: named, context, time: time?.time, value: q.value, unit: q.unit, part };
        facts.push({ quantity: q, ...(time ? { time } : {}), topics: ranked(topics.rankQuantity(topicContext)), tag: `q-${kebab(q.words, 4)}` });
      }
      if (!unitQuantities.length) {
        const distinct = unitTimes.filter((t, i) => unitTimes.findIndex((u) => u.time.start === t.time.start && u.time.end === t.time.end) === i);
        if (distinct.length <= 1) facts.push({ ...(distinct[0] ? { time: distinct[0] } : {}), topics: [], tag: '' });
        else for (const t of distinct) facts.push({ time: t, topics: [], tag: `t-${kebab(t.words, 4)}` });
      }
      // A time that answers a DATE topic is a claim of its own (the date of the clash), beside the unit's counts.
      for (const t of unitTimes) {
        const dateTopics = ranked(topics.rankDate({ text: unitText, entities: named, context, time: t.time }));
        const best = topics.forDate({ text: unitText, entities: named, context, time: t.time });
        if (!best || facts.some((f) => f.topics[0]?.key === best.key)) continue;
        const plain = facts.find((f) => !f.quantity && !f.topics.length && f.time === t);
        if (plain) plain.topics = dateTopics;
        else facts.push({ time: t, topics: dateTopics, tag: `d-${kebab(t.words, 4)}` });
      }

      const base = `auto-s${sentence.index + 1}-${kebab(unitText, 5) || 'claim'}`;
      for (const fact of facts) {
        const key = uniqueKey(fact.tag && facts.length > 1 ? `${base}-${fact.tag}` : base, keysTaken);
        const future = !!fact.time?.future;
        const modality = modalityOf(text, unit.spans, attribution, future, !!soundbite, !!guest || (!!carried && unitClaimants.length > 0));
        const claimantRefs = unitClaimants.map((r) => r.ref);
        const who = claimantRefs.length ? claimantRefs.map((r) => r.name).join(' and ') : null;
        // A draft statement: who (when the article names them) and the quoted words, dated by the article; a curator rewrites it.
        const statement = who ? `${who}, as reported on ${publishedAt}: ${unitText}` : `As reported on ${publishedAt}: ${unitText}`;
        const places: string[] = [];
        const actors: string[] = [];
        // Known by alias only: a spelling one letter off is a suggestion for a curator, not a link.
        // A place inside the speaker's name ("Syria's foreign ministry") is not where; "our correspondent in Aleppo" is.
        const inClaimantPhrase = (m: Span) => claimantMentions.some((c) => contains(c, m) && overlaps(c, sentence)) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
        for (const m of entities) {
          const e = m.entity!;
          if (m.via !== 'alias' || claimantRefs.some((r) => r.key === e.key)) continue;
          if (e.type === 'place' && (asParty(m) || inClaimantPhrase(m))) continue;
          const list = e.type === 'place' ? places : actors;
          if (!list.includes(e.key)) list.push(e.key);
        }
        const newPlaces: ClaimContext['newPlaces'] = [];
        const newActors: ClaimContext['newActors'] = [];
        for (const m of proposed.filter(inUnit)) {
          const p = m.proposedType === 'place' ? placeOf.get(m.text.toLowerCase()) : undefined;
          if (p) {
            if (p.place && !places.includes(p.place.key) && places.length < 10) places.push(p.place.key);
            newPlaces.push(
              p.place
                ? { text: m.text, key: p.place.key, reasons: [`"${m.text}" is a place no alias names, tied to a known one ("${p.place.description.match(/\('([^']*)'\)/)?.[1] ?? m.text}")`, 'proposed as a new AUTO place'], confidence: 0.6 }
                : { text: m.text, key: null, proposal: p.proposal, reasons: [`"${m.text}" reads as a place no alias names`], confidence: 0.45 },
            );
          } else if (m.proposedType === 'actor' && !claimantRefs.some((r) => r.name === m.text) && !unitClaimants.some((r) => r.isNew && r.ref.name.includes(m.text))) {
            newActors.push({ text: m.text, proposal: { key: kebab(m.text, 8) || 'actor', name: m.text, kind: m.proposedKind === 'PERSON' ? 'PERSON' : kindOfNew(m.text) } });
          }
        }
        const claim: ExtractedClaim = {
          key,
          statement,
          claimants: claimantRefs.map((r) => r.key).slice(0, 5),
          attribution: claimantRefs.length ? 'ATTRIBUTED' : 'UNATTRIBUTED',
          modality,
          ...(fact.quantity ? { quantity: { value: fact.quantity.value, unit: fact.quantity.unit, qualifier: fact.quantity.qualifier, words: fact.quantity.words } } : {}),
          ...(fact.time ? { time: { ...fact.time.time, words: fact.time.words } } : {}),
          ...(fact.topics[0] && fact.topics[0].score >= TOPIC_THRESHOLD && fact.topics[1]?.score !== fact.topics[0].score ? { topic: fact.topics[0].key } : {}),
          events: [],
          places,
          actors,
          curation: 'AUTO',
          evidence: unit.spans.map((s) => selectorAt(text, s.start, s.end)),
        };
        claims.push(claim);
        claimantOf.set(claim, unitClaimants);
        contexts.push({
          unitText,
          sentenceText: sentence.text,
          mentions: [...known, ...proposed].filter(inUnit),
          sentenceEntities,
          topics: [...fact.topics, ...categories],
          parties: entities.filter((m) => m.entity!.type === 'place' && (asParty(m) || inClaimantPhrase(m))).map((m) => m.entity!.key),
          paragraphPlaces: [...new Set(known.filter((m) => m.entity?.type === 'place' && contains(lineSpan(sentence.start), m) && !inUnit(m) && !asParty(m)).map((m) => m.entity!.key))],
          nearbyPlaces: [...new Set(known.filter((m) => m.entity?.type === 'place' && m.end <= sentence.start && m.start >= sentence.start - 600 && !asParty(m)).map((m) => m.entity!.key))],
          articlePlace,
          claimant: unitClaimants[0] ?? null,
          moreClaimants: unitClaimants.slice(1),
          newPlaces,
          newActors,
        });
      }
    }
    // The media a statement came through are named too ("..., SANA said, citing a military source. ..., the agency said."): noted
    // before the speaker, so a pronoun still refers back to the speaker first.
    if (sentenceClaimant && sentenceClaimant.type === 'actor') for (const medium of sentenceClaimants.slice(1).reverse()) if (medium.ref.type === 'actor') resolver.noteClaimant(medium.ref);
    // Only an agency or a mission named by what it is ("the UN refugee agency", "The U.N. peacekeeping mission, MINUSMA,"), or
    // people in the plural a known group speaks through ("two rebel commanders" / "the commanders said"): a person's or a
    // body's description is no name to refer back by.
    const namedPhrase = sentenceAttribution && !sentenceAttribution.pronoun ? text.slice(sentenceAttribution.phrase.start, sentenceAttribution.phrase.end).split(',')[0]!.trim() : '';
    // ... or a person's role in apposition to their name ("The minister of health, Jappie Mhango, said" / "Ali Kara, a Turkish
    // official, said"), for "the minister" or "the official" after it.
    // So are the titles before the name ("Environment Minister Lesley Griffiths" / "The minister said").
    const attributedWords = sentenceAttribution && !sentenceAttribution.pronoun ? text.slice(sentenceAttribution.phrase.start, sentenceAttribution.phrase.end) : '';
    const titled = attributedWords.split(',')[0]!.trim();
    const titledName = personalName(titled);
    const titles = titledName && titled.endsWith(titledName) ? titled.slice(0, -titledName.length).trim() : '';
    const roleOfPerson = sentenceClaimant?.kind === 'PERSON' && attributedWords
      ? [...attributedWords.split(/\s*,\s*/), /^,\s+((?:the|a|an)\s[^,;:“”"]{2,60}),/.exec(text.slice(sentenceAttribution!.phrase.end, sentenceAttribution!.phrase.end + 80))?.[1] ?? '']
          .find((part) => /^(?:the|a|an)\s/i.test(part) && isPersonRole(part)) ?? (titles && isPersonRole(titles) && !/^(?:deputy|vice|former|ex|shadow|acting|interim)\b/i.test(titles) ? titles : undefined)
      : undefined;
    const namedAs = (/\b(?:agency|mission)$/i.test(namedPhrase) || GROUP_NOUNS.has(namedPhrase.split(/\s+/).pop()!.toLowerCase())) && sentenceClaimant?.kind !== 'PERSON' ? namedPhrase : undefined;
    if (sentenceClaimant && sentenceClaimant.type === 'actor') resolver.noteClaimant(sentenceClaimants[0]?.personal ? { ...sentenceClaimant, kind: 'PERSON' } : sentenceClaimant, namedAs, roleOfPerson);
    // A figure is a quantity, or a number the quantity reader does not know the unit of ("600 flood warnings"), not a date.
    const undated = times.reduceRight((t, time) => t.slice(0, time.start - sentence.start) + t.slice(time.end - sentence.start), sentence.text);
    previous = { sentence, claimant: sentenceClaimant, claimants: sentenceClaimants, quoted: /[“"]/.test(sentence.text) || insideQuotation(text, sentence.start), counted: quantities.length > 0 || COUNTED.test(undated) };
  }

  // Proposals for a curator: new actors and places (AUTO or not), new names, spelling variants, quantities without a topic.
  const newActors = resolver.newActors();
  const entities: ProposedEntity[] = [];
  for (const a of newActors) {
    const keys = claims.filter((c) => c.claimants.includes(a.key)).map((c) => c.key);
    const spans = [...text.matchAll(new RegExp(a.aliases.map(escapeRegExp).join('|') || '(?!)', 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    entities.push({ type: 'actor', name: a.name, kind: a.kind, key: a.key, auto: true, reason: 'claimant that no actor is: written as an AUTO actor', mentions: spans.slice(0, 10).map((m) => selectorAt(text, m.start, m.end)), claims: keys });
  }
  const newPlaces: Place[] = [];
  for (const p of placeOf.values()) {
    const mentions = proposed.filter((m) => m.text.toLowerCase() === p.mention.text.toLowerCase());
    if (p.place) newPlaces.push(p.place);
    entities.push({
      type: 'place',
      name: p.proposal.name,
      kind: p.proposal.kind ?? 'TOWN',
      key: p.proposal.key,
      auto: !!p.place,
      reason: p.place ? 'a place the text ties to a known one: written as an AUTO place at that place\'s point' : 'a place name no alias names, with nothing in the text to locate it',
      mentions: mentions.map((m) => selectorAt(text, m.start, m.end)),
      claims: claims.filter((c) => p.place && c.places.includes(p.place.key)).map((c) => c.key),
    });
  }
  const byName = new Map<string, ProposedEntity>();
  const newNames = new Set(newActors.flatMap((a) => [a.name.toLowerCase(), ...a.aliases.map((x) => x.toLowerCase())]));
  const partOfNew = (name: string) => newActors.some((a) => [a.name, ...a.aliases].some((x) => x !== name && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(x)));
  for (const p of proposed) {
    if (p.proposedType === 'place' || newNames.has(p.text.toLowerCase()) || partOfNew(p.text)) continue;
    const key = p.text.toLowerCase();
    const kind = p.proposedKind === 'PERSON' ? 'PERSON' : kindOfNew(p.text);
    const entry = byName.get(key) ?? { type: 'actor' as const, name: p.text, kind, key: kebab(p.text, 8) || 'actor', auto: false, reason: 'name recognised in the text', mentions: [], claims: [] };
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

  const mentions = [...known, ...proposed, ...claimantMentions.filter((c) => !known.some((k) => k.start === c.start && k.end === c.end))].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    sentences,
    boilerplate,
    mentions,
    claims,
    nonAssertions,
    proposals: { entities, spellings: [...spellingMap.values()], topics: topicProposals },
    contexts,
    newActors,
    newPlaces,
  };
}

/** A presenter's greeting or thanks ("Good evening.", "Dan Okafor, thank you.", "Thanks for joining us."): it says nothing. */
const PLEASANTRY = /^(?:(?:[Gg]ood\s+(?:morning|afternoon|evening|night)|[Hh]ello|[Hh]i|[Ww]elcome(?:\s+back)?)(?:,?\s+(?:and\s+welcome|everyone|everybody|again)(?:\s+to\s+the\s+(?:programme|program|show))?)?|(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+)?(?:[Tt]hank\s+you|[Tt]hanks)(?:\s+(?:very|so)\s+much)?(?:\s+(?:for\s+(?:joining|being\s+with|talking\s+to|speaking\s+to)\s+us(?:\s+(?:tonight|today|this\s+morning|this\s+evening))?))?(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?)\s*[.!]$/u;

/**
 * Whether a claim unit is said by the speaker of its sentence's attribution:
 * the unit holds the attribution; or the attribution opens the sentence
 * ("X said A, and B") and the unit follows it; or it closes the sentence
 * ("A, and B, X said.") and the unit comes before it. A clause after a
 * mid-sentence attribution (", X said, in the most serious clash in years"),
 * a participial comment (", tightening its grip"), or a clause beside
 * another clause's attribution ("A, and X says B") is the outlet's own voice.
 */
export function inherits(text: string, sentence: Span, unit: Unit, a: Attribution): boolean {
  // "The army, which was accused by rights groups of looting, denied the charge": the subject's passive relative clause is
  // what others said of it, not its own words.
  if (/^(?:[^,]{2,80},\s+)?(?:who|which)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+\p{Ll}+(?:ed|en)\s+by\b[^,]*,?\s*$/u.test(text.slice(unit.body.start, unit.body.end)) && unit.body.end <= a.phrase.end + 80 && a.phrase.start < unit.body.start + 1) return false;
  if (unit.spans.some((s) => contains(s, a.phrase))) return true;
  // "A, and local hoteliers say B", "A, and on Tuesday X said B": a speaker coordinated after the clause speaks for B only.
  if (unit.body.end <= a.phrase.start && /^[\s,;]*(?:and|but|while|whereas)\b[^,;:“”"]{0,30}$/u.test(text.slice(unit.body.end, a.phrase.start))) return false;
  // "16 charges, all of which he denies": a speaker inside a relative clause speaks for that clause only.
  if (unit.body.end <= a.phrase.start && RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, a.phrase.start - 30), a.phrase.start))) return false;
  const body = text.slice(unit.body.start, unit.body.start + 60);
  // The speaker's own running count after ", X said,": "..., the monitor said, raising its tally to 312".
  if (unit.body.start >= a.phrase.end && /^(?:raising|bringing|putting|taking|lifting|pushing)\s+(?:its|their)\s+(?:own\s+)?(?:tally|toll|count|total|figure|estimate)\b/i.test(body)) return true;
  // A part of the speaker's own count after it: "..., its defence ministry says — five of them in Monday's shelling",
  // "..., according to UN figures — more than 140,000 of them in the past three days", ", none of them critically".
  if (/^(?:(?:more\s+than|over|at\s+least|about|around|some|nearly|almost|roughly|fewer\s+than|up\s+to|well\s+over)\s+)?(?:[\d][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|scores|hundreds|thousands|most|many|some|half|all|none|several|few|a\s+few|a\s+third|a\s+quarter|two-thirds|three-quarters|the\s+rest|the\s+majority)\s+of\s+(?:them|whom)\b/i.test(body)) return true;
  if (/^\p{Ll}+ing\b/u.test(body) && !/^(?:saying|adding|according|including)\b/i.test(body)) return false;
  // What a place or a body is, in apposition at the sentence's end (clauses.ts cuts it): background in the outlet's voice.
  const apposed = text.slice(unit.body.start, unit.body.end).replace(/[,.!]?["”’']*\s*$/, '');
  if (!contains(unit.body, a.phrase) && (APPOSED_THING.test(apposed) || APPOSED_CITY.test(apposed))) return false;
  // The outlet's comment on the claim: ", a claim that could not be verified".
  if (/^(?:a|an)\s+(?:claim|assertion|account|figure|charge|allegation|version|number|toll)\s+(?:that|which)\b/i.test(body)) return false;
  // The outlet's comment resuming what the speaker said in a noun (", a step Washington has pressed for").
  if (unit.body.start >= a.phrase.end && RESUMPTIVE.test(body)) return false;
  // "A, in what analysts called the most serious clash": the label is theirs, the clause before it the outlet's.
  if (unit.body.end <= a.phrase.start && /^(?:called|call|calls|described|describe|describes)$/.test(a.verb) && /,\s+in\s+what\s+$/i.test(text.slice(Math.max(sentence.start, a.phrase.start - 12), a.phrase.start))) return false;
  // The outlet's own check or caveat after the speaker's words: ", a claim Lakeside Radio could not verify", ", but the
  // figure could not be independently confirmed", ", without giving details", ", without saying whether ...". What the
  // speaker left out is not the speaker's statement.
  if (/^(?:a|an)\s+(?:claim|assertion|account|figure|charge|allegation|version|number|toll)s?\s+(?:[\p{L}\d&.'’-]+\s+){1,4}(?:could\s+not|cannot|can\s*not|can['’]t|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been\s+able\s+to|had\s+no\s+way\s+to)\s+(?:independently\s+)?(?:verify|confirm|check|corroborate)\b/iu.test(text.slice(unit.body.start, unit.body.end))) return false;
  if (/^(?:but|and|though|although)\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:claims?|assertions?|accounts?|figures?|reports?|numbers?|tolls?|tally|counts?)\s+(?:could\s+not|cannot|can\s*not|can['’]t|has\s+not|have\s+not|was\s+not|were\s+not)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|checked|corroborated)\b/iu.test(text.slice(unit.body.start, unit.body.end))) return false;
  // The outlet setting the speaker's figure against another's: ", far fewer than the president's figure", ", well below the
  // army's own count". The comparison is the outlet's.
  if (unit.body.start >= a.phrase.end && /^(?:(?:far|much|well|many|slightly|considerably|substantially|a\s+(?:little|lot|good\s+deal))\s+)?(?:fewer|more|less|lower|higher|greater|smaller|below|above|under|over)\s+(?:than\s+)?(?:the\s+|an?\s+)?[^,;.]{0,60}?\b(?:figure|count|tally|estimate|toll|number|total|claim)s?\b/iu.test(text.slice(unit.body.start, unit.body.end))) return false;
  if (unit.body.start >= a.phrase.end && /^without\s+(?:giving|offering|providing|saying|specifying|elaborating|explaining|disclosing|naming|citing|revealing|releasing|going\s+into)\b/i.test(body)) return false;
  // A circumstance after the speaker's words: ", as troops pressed on", ", a day after the town fell".
  const afterComma = /,\s*$/.test(text.slice(Math.max(sentence.start, unit.body.start - 3), unit.body.start));
  // After a mid-sentence ", X said," the speaker's own account going on ("..., a day after securing the M5", "a day after
  // they took the town") is not one; after an opening "X vowed ..., days after capturing ..." it stays the outlet's.
  const goesOn = /,\s*$/.test(text.slice(sentence.start, a.phrase.start)) && /^(?:(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?(?:day|days|week|weeks|hour|hours|month|months)\s+|(?:shortly|soon|just|hours|days|weeks)\s+)?(?:after|before)\s+(?:(?:(?:first|finally|initially)\s+)?\p{Ll}+ing|they|it|he|she)\s/iu.test(body);
  if (unit.body.start >= a.phrase.end && afterComma && goesOn) return true;
  // A circumstance with a subject of its own after a pledge or a statement (", after troops pushing west from Aleppo met units
  // ..."): the outlet's narrative of when it was said. After a report of what happened ("X said it had secured the road,
  // after troops pushed rebels out of ...") it is part of the report.
  if (unit.body.start >= a.phrase.end && afterComma && CIRCUMSTANCE.test(body) && /\b(?:will|would|vow\w*|pledg\w*|promis\w*|statement)\b/i.test(text.slice(sentence.start, unit.body.start))) return false;
  if (unit.body.start >= a.phrase.end && afterComma && !goesOn && /^(?:as|while|(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|several|a few|\d+)\s+)?(?:day|days|week|weeks|hour|hours|month|months)\s+(?:after|before)|(?:shortly|soon|just|hours|days|weeks)\s+after)\s/i.test(body)) return false;
  // A relative clause describing a place or thing after the speaker's words (", which sits where two roads meet",
  // ", which is home to ...") is background in the outlet's voice.
  if (unit.body.start >= a.phrase.end && afterComma && /^which\s+(?:sits|lies|straddles|links|connects|runs|stands|borders|overlooks|hosts|houses|(?:is|was)\s+(?:home|located|situated|some|about|around|roughly)\b)/i.test(body)) return false;
  // The speaker described by a relative clause goes on: "..., according to the Monitor, which said street fighting ...",
  // "..., according to the UN, which has called it the largest displacement of the war".
  if (unit.body.start >= a.phrase.end && /^\s*,\s*$/.test(text.slice(a.phrase.end, unit.body.start)) && /^(?:which|who)\s+(?:(?:also|later|has|have|had)\s+){0,2}(?:said|says|reported|reports|added|adds|warned|warns|noted|notes|estimated|estimates|counted|counts(?!\s+\d)|calls?(?!\s+(?:off|up|in)\b)|called(?!\s+(?:off|up|in)\b)|describes?|described|insists?|insisted|(?:puts|put)(?=\s+[^,;.]{1,40}?\s+at\b))\b/i.test(body)) return true;
  // The speaker goes on: ", X said, adding that ...".
  if (unit.body.start >= a.phrase.end && /^(?:adding|saying)\s/i.test(body)) return true;
  const before = text.slice(sentence.start, a.phrase.start);
  // "Troops took reporters through the town, a day after the army declared it taken": a speaker inside a subordinate
  // clause speaks only there; the main clause before it is the outlet's narrative.
  if (unit.body.end <= a.phrase.start && /,\s+(?:(?:a|one|two|three|several|\d+)\s+(?:day|days|week|weeks|hour|hours|month|months)\s+)?(?:after|before|since|because|when|until)\s+$/i.test(before)) return false;
  // "According to X, which ..., 12 people have died": a fronted "according to" covers the whole sentence; after a fronted
  // adverbial too ("On Friday, according to X, ..."), not after a clause ("Troops took the town, according to X, which ...").
  const frontedAccording = /^\s*(?:([^,]{0,60}),\s*)?according to\s+$/i.exec(before);
  if (frontedAccording && (!frontedAccording[1] || !(unit.body.start >= a.phrase.end && /^(?:which|who)\s/i.test(body)) || FRONTED.test(frontedAccording[1].trim()) || frontedAccording[1].trim().split(/\s+/).length <= 3)) return true;
  // The speaker opens the sentence, after at most a fronted adverbial ("On Friday, the army said ...") or a quotation.
  const fronted = /^([^,]{0,100}),/.exec(before)?.[1] ?? '';
  const adverbial = !fronted || fronted.split(/\s+/).length <= 4 || FRONTED.test(fronted.trim()) || /^(?:despite|amid|following|ahead of|prior to|throughout|across|over|when|once|while|although|though|because|as|if|unlike|like|according to|in response to)\b/i.test(fronted.trim());
  const opening = adverbial && /^(?:[^,]{0,100},\s*)?(?:[“"][^”"]*[”"],?\s*)?$/.test(before) && !/[”"]\s*,?\s*$/.test(before.trim() ? before : ' ');
  if (opening) return unit.body.start >= a.phrase.start;
  const after = text.slice(a.phrase.end, sentence.end).replace(/^\s*[\p{L}'’-]+/u, '');
  const closing = /^\s*(?:(?:in|on|at|to|from|by|with|late|early|later|earlier|last|this|quoted|citing|adding|told|according)\b[^.;:]*|(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}|(?:reporters|journalists|lawmakers|the\s+\p{L}+)\b[^.;:]*)?[.!?]?["”’']*\s*$/u.test(after);
  return closing && unit.body.end <= a.phrase.start + 1;
}

/**
 * The speakers of a claimant phrase: "the Observatory and Syrian state media"
 * is two, "Russian and Turkish officials" one (a bare adjective is not a speaker).
 */
export function claimantParts(phrase: string): string[] {
  if (!/\s+and\s+/i.test(phrase)) return [phrase];
  // One proper name with "and" inside: a possessive's or "of"'s capitalised word, "and", then capitalised words to an
  // organisation's head ("the Northland's Fisheries and Forestry Agency", "Ministry of Trade and Industry").
  if (/(?:['’]s|\bof)\s+\p{Lu}[\p{L}-]+\s+and\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Organi[sz]ation|Agency|Authority|Institute|Office|Council|Commission|Department|Ministry|Programme|Program|Service|Services|Fund|Industry|Affairs|Development)$/u.test(phrase.trim())) return [phrase];
  // ... and a title-cased name whose "of" governs the pair: "The Academy of Motion Picture Arts and Sciences", "researchers at
  // the London School of Hygiene and Tropical Medicine"; and two modifiers of one head: "Indonesia's search and rescue agency".
  const institution = /\b(?:Academy|School|University|Institute|College|Ministry|Department|Office|Council|Commission|Centre|Center|Society|Association|Federation|Bureau|Museum|Foundation)\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}and\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(phrase.trim());
  if (institution && !/\b(?:TV|Radio|News|Times|Post|Press|Agency|Army|Police|Government)\b/.test(institution[1]!)) return [phrase];
  if (/(?:['’]s|\bthe|\ba|\ban|\bits|\btheir)\s+(?!(?:army|military|police|government|navy|ministry|presidency|parliament|opposition)\b)\p{Ll}+\s+and\s+\p{Ll}+\s+(?:agency|service|department|ministry|office|authority|commission|council|committee|institute|centre|center|unit|team|programme|program)$/u.test(phrase.trim())) return [phrase];
  // ... and one title-cased name with no "of" ("South Wales Fire and Rescue Service", "the Food and Drug Administration").
  if (/^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)+and\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Service|Administration|Agency|Authority|Commission|Department|Ministry|Office|Council|Institute|Movement|Society)$/u.test(phrase.trim()) &&
    !/\b(?:Police|Constabulary|Service|Agency|Authority|Council|Ministry|Department|Office|Army|Government|Party|Court|Commission)\s+and\s/u.test(phrase) && !/^(?:the\s+)?(?:Police|Constabulary)\b/u.test(phrase.trim())) return [phrase];
  const parts = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [phrase];
  // A list inside a preposition's complement is one speaker's description: "Coaches from Japan and Oman", "Diplomats from
  // Russia, Turkey and Iran".
  const countryAfter = /\s(?:from|in|at)\s+(\p{Lu}[\p{L}-]*)$/u.exec(parts[0]!)?.[1];
  if (countryAfter && countryOf(countryAfter) && parts.slice(1).every((p) => countryOf(p))) return [phrase];
  // Two titles of one person: "President and Chief Executive Kenji Hanamura".
  if (parts.slice(0, -1).every(onlyTitles) && personalName(parts.at(-1)!) !== null) return [phrase];
  // An adjective alone ("Russian and Turkish officials") is no speaker; a country whose name ends like one ("Iran", "Japan") is.
  const nameable = (p: string) => p.split(/\s+/).length >= 1 && /\p{L}{2,}/u.test(p) && !(/^(?:\p{Lu}\p{Ll}+(?:n|an|ian|ish|i|ese))$/u.test(p) && !demonymOf(p)) && !/^(?:who|which|speaking)\b/i.test(p);
  // Only a plain list of names: each part a short noun phrase ("Aid groups and the UN").
  if (parts.length > 3 || !parts.every((p) => nameable(p) && p.split(/\s+/).length <= 7)) return [phrase];
  return parts;
}

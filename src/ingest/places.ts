/**
 * New places. A name the alias table does not know is read as a place when
 * the text puts it somewhere (after "in", "near", "the town of", "north of"),
 * when it has the shape of a place name of the region ("Tel ...", "Kafr ...",
 * "Ras al-...", "Al-..." without a given name before it, "...iyah"), or when
 * it is followed by a known place ("Jasim in Deraa province", "Ras al-Ain,
 * Syria"); as a person after a title or a role ("Colonel ...", "resident ...").
 *
 * A new place is written as an AUTO place only when the text ties it to a
 * known one (in it, near it, N of it, its border town of ...): it takes that
 * place's point with a precision that says how far it may be (the province's
 * point: PROVINCE), and its description says so. Otherwise it is only
 * proposed: a place without coordinates cannot be a record.
 */
import type { Place, PlaceKind, Proposal } from '../domain/format.js';
import type { EntityMention, Knowledge } from './entities.js';
import { kebab, type Span } from './text.js';

/** First words of place names in the Levant ("Tel Toukan", "Kafr Nabl", "Ras al-Ain", "Jisr al-Shughur", "Maarat al-Numan"). */
export const PLACE_PREFIX = /^(?:Tel|Tal|Tell|Kafr|Kfar|Kafar|Ras|Jisr|Maarat|Ma['’]arat|Marat|Khan|Deir|Dayr|Ain|Ayn|Bab|Jabal|Jebel|Jabal|Beit|Bayt|Qasr|Hayy|Wadi|Jebel|Mount|Lake|Port|Fort)\b/;
/** Endings of place names of the region ("Ghazawiya", "Mastoumah", "Hasakah"). */
export const PLACE_SUFFIX = /(?:iyah|iya|iyeh|ieh|iyya|abad|kent|shahr|stan)$/i;
/** Words before a name that make it a place. */
export const PLACE_BEFORE = /\b(?:in|near|at|into|from|outside|around|towards|toward|inside|across|through|to|town of|village of|city of|area of|province of|region of|district of|camp of|outskirts of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|km (?:north|south|east|west)\w* of)\s+(?:the\s+)?$/i;
/** Words before a name that make it a person. */
export const PERSON_BEFORE = /\b(?:president|prime minister|minister|spokesman|spokeswoman|spokesperson|colonel|col\.|general|gen\.|brigadier|major|captain|lieutenant|sergeant|commander|envoy|ambassador|resident|protester|fighter|activist|analyst|correspondent|reporter|presenter|speaker|official|officer|soldier|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|king|prince|leader|chief|director|governor|mother|father|woman|man)\s+$/i;

/** Whether a new name reads as a place, a person or neither (an organisation or unknown). */
export function placeOrPerson(text: string, span: Span, name: string): 'place' | 'person' | null {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 30);
  if (PERSON_BEFORE.test(before)) return 'person';
  if (PLACE_BEFORE.test(before)) return 'place';
  if (/^\s+(?:said|says|told|added|warned|explained|insisted|noted)\b/.test(after)) return 'person';
  if (PLACE_PREFIX.test(name) && !/\b(?:Abu|Umm)\b/.test(name)) return 'place';
  if (/^Al[-\s]\p{Lu}/u.test(name) && !/\s/.test(name.replace(/^Al[-\s]/, ''))) return 'place';
  if (PLACE_SUFFIX.test(name.split(/[\s-]+/).pop() ?? '')) return 'place';
  if (/^\s*(?:,\s*)?(?:province|governorate|countryside|district)\b/i.test(after)) return 'place';
  return null;
}

const KIND_WORDS: Array<[RegExp, PlaceKind]> = [
  [/\bvillage\b/i, 'VILLAGE'],
  [/\bcity\b/i, 'CITY'],
  [/\b(?:district|neighbourhood|neighborhood|quarter|suburb)\b/i, 'DISTRICT'],
  [/\b(?:airport|air base|base|crossing|camp|market|hospital|square|bridge|dam|prison|checkpoint)\b/i, 'SITE'],
  [/\b(?:province|governorate)\b/i, 'PROVINCE'],
  [/\btown\b/i, 'TOWN'],
];

/** A known place a new one is tied to by the words around it, and how. */
interface Anchor {
  key: string;
  relation: 'in' | 'near' | 'direction' | 'border';
  kind: PlaceKind;
  words: string;
}

/** How a new place is tied to a known one in its sentence, if it is. */
export function anchorOf(text: string, mention: Span, sentence: Span, known: EntityMention[], countryByDemonym: Map<string, string>): Anchor | null {
  const places = known.filter((m) => m.entity?.type === 'place' && m.start >= sentence.start && m.end <= sentence.end);
  const after = text.slice(mention.end, sentence.end);
  const before = text.slice(sentence.start, mention.start);
  const kindNear = (words: string): PlaceKind => KIND_WORDS.find(([re]) => re.test(words))?.[1] ?? 'TOWN';
  for (const p of places) {
    if (p.start >= mention.end && p.start - mention.end <= 70) {
      const between = text.slice(mention.end, p.start);
      const m = /^\s*,?\s*(?:(?:a|an|the)\s+)?([\p{L}\s-]{0,30}?)\s*(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|edge of)|near|outside|close to|in|inside|on the edge of|,)\s*(?:the\s+)?$/iu.exec(between);
      if (m) return { key: p.entity!.key, relation: m[2] ? 'direction' : /\b(?:near|outside|close to|edge)\b/i.test(between) ? 'near' : 'in', kind: kindNear(between), words: text.slice(mention.start, p.end) };
    }
  }
  for (const p of places) {
    if (p.end <= mention.start && mention.start - p.end <= 40) {
      const between = text.slice(p.end, mention.start);
      const m = /^(?:['’]s)?\s+((?:border\s+)?(?:town|village|city|district|area|countryside|region|province))\s+of\s+$/i.exec(between);
      if (m) return { key: p.entity!.key, relation: /border/i.test(between) || p.entity!.kind === 'BORDER' ? 'border' : 'in', kind: kindNear(m[1]!), words: text.slice(p.start, mention.end) };
    }
  }
  // "the Turkish-controlled Syrian town of Ras al-Ain": a nationality before "town of" places it in that country.
  const demonym = /\b(\p{Lu}\p{Ll}+)\s+((?:border\s+)?(?:town|village|city))\s+of\s+$/u.exec(before);
  if (demonym) {
    const country = countryByDemonym.get(demonym[1]!.toLowerCase());
    if (country) return { key: country, relation: /border/i.test(demonym[2]!) ? 'border' : 'in', kind: kindNear(demonym[2]!), words: text.slice(sentence.start + demonym.index, mention.end) };
  }
  void after;
  return null;
}

const PRECISION_OF: Record<string, Place['location']['precision']> = { COUNTRY: 'COUNTRY', PROVINCE: 'PROVINCE', REGION: 'PROVINCE', CITY: 'DISTRICT', TOWN: 'DISTRICT', VILLAGE: 'DISTRICT', DISTRICT: 'DISTRICT', HIGHWAY: 'ROUTE', BORDER: 'ROUTE', SITE: 'DISTRICT' };

/** A new AUTO place at a known one's point, with the precision that point has for it; or a proposal when there is no anchor. */
export function newPlace(
  name: string,
  anchor: Anchor | null,
  knowledge: Knowledge,
  slug: string,
  taken: { keys: Set<string>; aliases: Set<string> },
  /** The words just before the name ("the village of"): the kind, when no anchor gives it. */
  before = '',
): { place: Place | null; proposal: Proposal } {
  let key = kebab(name, 8) || 'place';
  for (let n = 2; taken.keys.has(key); n++) key = `${kebab(name, 8)}-${n}`;
  const at = anchor ? knowledge.places.find((p) => p.key === anchor.key) : undefined;
  const described = /\b([\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(before)?.[1] ?? '';
  // "the village of X" says what X is; else what the words tying it to a known place say.
  const kind: PlaceKind = KIND_WORDS.find(([re]) => re.test(described))?.[1] ?? anchor?.kind ?? 'TOWN';
  if (!anchor || !at || taken.aliases.has(name.toLowerCase())) return { place: null, proposal: { key, name, kind } };
  taken.keys.add(key);
  taken.aliases.add(name.toLowerCase());
  const precision = anchor.relation === 'in' ? (PRECISION_OF[at.kind] ?? 'PROVINCE') : anchor.relation === 'border' ? 'ROUTE' : (PRECISION_OF[at.kind] ?? 'DISTRICT');
  const within = anchor.relation === 'in' && ['COUNTRY', 'PROVINCE', 'REGION', 'CITY', 'DISTRICT'].includes(at.kind) ? at.key : at.within;
  const place: Place = {
    key,
    name,
    kind,
    description: `Proposed by ingest from ${slug} ('${anchor.words}'). Its point is ${at.name}'s, which the text ties it to, not its own (precision ${precision}): a curator gives it coordinates from a gazetteer.`,
    aliases: [name],
    location: { lat: at.location.lat, lon: at.location.lon, precision },
    ...(within ? { within } : {}),
    curation: 'AUTO',
    mergedKeys: [],
  };
  return { place, proposal: { key, name, kind } };
}

/**
 * Who a claimant phrase names. The attribution finder (attribution.ts) gives
 * the words ("the channel's correspondent in northern Syria", "Turkey's
 * defence ministry", "Rebel fighter Abu Omar"); this module decides which
 * actor they are:
 *
 *  1. a known actor by an alias inside the phrase, at its head (attribution.ts);
 *  2. a known actor by the phrase as a whole, compared word by word after
 *     normalising spelling (defence/defense, Turkey's/Turkish, military/army,
 *     Abdulrahman/Abdul Rahman) and allowing one letter off in long words;
 *  3. the outlet itself for "our correspondent", "the channel's reporter",
 *     "a <Outlet> reporter";
 *  4. an actor named before in the article by a definite description or a
 *     surname ("the ministry", "Aoun");
 *  5. otherwise a new actor, written as an AUTO actor: a person when the phrase
 *     is a personal name or one person in a role ("a Syrian army officer"), a
 *     group for people in the plural ("relatives of the victims"), and
 *     otherwise the kind its head noun says (agency, television, ministry,
 *     forces...). A new actor keeps every spelling the article uses as an alias.
 *
 * Each answer carries a confidence and the reasons, which become the claim's
 * CLAIMANT suggestion. Nothing here reads files.
 */
import type { Actor } from '../domain/format.js';
import type { EntityIndex, EntityRef, Knowledge } from './entities.js';
import type { ActorKind } from './types.js';
import { escapeRegExp, FRONTED_PLACE, kebab, type Span } from './text.js';
import { COUNTRY_WORDS, countriesNamed, countryOf, demonymOf, demonymOfCapital } from './countries.js';

type KnownActor = Knowledge['actors'][number];

export interface Resolved {
  ref: EntityRef;
  /** A new actor, proposed by this draft (an AUTO actor). */
  isNew: boolean;
  confidence: number;
  reasons: string[];
  /** Other actors the phrase may name, less likely. */
  alternatives: Array<{ ref: EntityRef; confidence: number; reasons: string[] }>;
  /** The words name a person speaking for the actor (the outlet's correspondent): "he" may refer back to it. */
  personal?: boolean;
}

// ---------------------------------------------------------------------------
// Words

/** The kinds of actor that relay others' words: a medium. */
export const MEDIUM_KINDS = new Set<string>(['MEDIA', 'NEWS_AGENCY', 'BROADCASTER']);
/** A state's institution named by what it is, with no country: "government", "police", "the finance ministry". */
const INSTITUTION = /^(?:government|army|military|police|armed forces|authorities|prosecutors|presidency|parliament|(?:finance|interior|foreign|health|defen[cs]e|justice|education|agriculture|information|energy|trade|labour|labor)\s+ministry|central bank|electoral commission)$/i;

/** The states whose adjective a speaker's name takes in the region's news ("Turkey's army" → "Turkish army"), from the one
 * table of countries (countries.ts); Kurdistan, no state in that table, is Kurdish. */
const DEMONYMS: Record<string, string> = Object.fromEntries(
  'turkey syria russia iran israel lebanon iraq jordan egypt america britain france germany china qatar kurdistan us usa uk'
    .split(' ')
    .map((w) => [w, w === 'kurdistan' ? 'kurdish' : demonymOf(countryOf(w) ?? w)!.toLowerCase()]),
);

/** Words that mean the same in an actor's name. */
const SAME: Record<string, string> = {
  defense: 'defence', military: 'army', armed: 'army', troops: 'army', organization: 'organisation', tv: 'television', govt: 'government',
  relief: 'aid', humanitarian: 'aid', leader: 'president', leaders: 'president',
  sources: 'official', officials: 'official', diplomatic: 'official', diplomats: 'official', diplomat: 'official', source: 'official',
  agencies: 'group', agency: 'group', groups: 'group', organisations: 'group', organizations: 'group', workers: 'group', charities: 'group',
  ministry: 'ministry', ministries: 'ministry', rebels: 'rebel', commanders: 'commander', fighters: 'fighter', activists: 'activist',
  forces: 'force', soldiers: 'soldier', officers: 'officer', minister: 'minister', spokesperson: 'spokesman', spokeswoman: 'spokesman',
};
/** Words that do not tell actors apart. */
const SOFT = new Set('a an the of for in at on from to and its their his her our senior top unnamed anonymous two three several some many one local-level two-person state-run pro-government official-level affairs'.split(' '));
/** Nouns that name one person by role: singular, they are a person, not the institution named before them. */
const PERSON_ROLES = new Set(
  'official officer soldier commander mayor analyst resident woman man mother father source minister spokesman spokeswoman spokesperson governor diplomat witness doctor activist fighter protester seller vendor engineer correspondent reporter journalist president envoy ambassador lawyer director head chief colonel general expert medic nurse teacher student farmer driver worker volunteer survivor relative member leader adviser advisor representative negotiator presenter producer photographer cameraman manager captain lawmaker legislator senator deputy councillor councilor judge prosecutor investigator villager paramedic rescuer pilot priest imam neighbour neighbor brother sister son daughter husband wife uncle aunt cousin friend grandmother grandfather shopkeeper trader merchant businessman businesswoman researcher professor scientist surgeon refugee mechanic baker butcher labourer policeman policewoman eyewitness bystander historian scholar lecturer banker landlord tenant passenger pensioner veteran defector midwife pharmacist administrator coordinator columnist editor grocer tradesman tailor fisherman shepherd cleric novelist author writer poet singer footballer goalkeeper player athlete'.split(' '),
);
/** A speaker in the first person ("we", "I"): whoever's words these are speaks, never a new actor "We". */
export const FIRST_PERSON = /^(?:I|we)$/i;

/** Whether words end in (or open with) one person's role: "the minister of health", "a Turkish official", "minister". */
export function isPersonRole(words: string): boolean {
  const { head } = headNoun(words.replace(/^(?:the|a|an)\s+/i, ''));
  // A title is a role unless it only qualifies one ("foreign", "deputy", "press") or names a body ("army", "Kremlin").
  return PERSON_ROLES.has(head) || (TITLES.test(head) && !/^(?:army|military|parliament|kremlin|field|senior|deputy|retired|foreign|defen[cs]e|interior|prime|rear|vice|crown|press|communications|presidential)$/i.test(head));
}

/** The same nouns in the plural: a group of such people. */
export const GROUP_NOUNS = new Set(
  'officials officers soldiers commanders analysts residents women men mothers sources ministers diplomats witnesses doctors activists fighters protesters demonstrators engineers correspondents reporters journalists experts medics nurses teachers students farmers drivers workers volunteers survivors relatives members leaders advisers families villagers locals residents people civilians rescuers paramedics lawmakers legislators politicians parties deputies prosecutors investigators monitors observers managers captains neighbours neighbors refugees economists researchers traders merchants shopkeepers scientists surgeons passengers pensioners veterans defectors'.split(' '),
);
const TITLES = /^(?:president|governor|mayor|senator|judge|chancellor|premier|prime|minister|foreign|defence|defense|interior|gen|general|brigadier|colonel|col|lt|lieutenant|major|maj|capt|captain|sgt|sergeant|mr|mrs|ms|dr|sheikh|king|queen|prince|retired|spokesman|spokeswoman|spokesperson|envoy|ambassador|commander|protester|rebel|fighter|resident|parliament|speaker|army|military|field|chief|senior|deputy|kremlin|presenter|correspondent|reporter|analyst|official|rear|vice|admiral|commodore|coach|prosecutor|attorney|director|director-general|secretary|secretary-general|communications|presidential|press|chairman|chairwoman|professor|prof|reverend|archbishop|ayatollah|inspector|superintendent|detective|congressman|congresswoman|representative|executive|officer|warrant|constable|founder|chairperson)$/i;

/**
 * Words that name a medium by what it is ("the Anadolu agency", "the Beirut paper Corniche Daily", "Kestrel Radio", "state
 * television"), in either case for the common nouns; not a public body or a building named like one ("the Independent
 * Electoral Commission", "the press office", "a police station", "a network of activists").
 */
const MEDIUM_WORDS = /\b(?:[Aa]gency|[Nn]ewspaper|[Pp]aper|[Dd]aily|[Ww]eekly|[Tt]abloid|[Mm]agazine|[Tt]elevision|TV|[Cc]hannel|[Bb]roadcasters?|[Rr]adio|[Ss]tation|(?:[Nn]ews|TV|[Tt]elevision|[Bb]roadcast|[Rr]adio)\s+[Nn]etwork|[Nn]ews\s+[Ss]ite|[Ww]ebsite|[Mm]edia|[Pp]ress|[Ww]ire|Times|Post|Herald|Gazette|Tribune|Journal|Observer|Telegraph|Chronicle|Courier|Mail|Express|Guardian|Independent|News|Review|Bulletin|Register|Recorder|Sentinel|Dispatch|Standard)\b/;
const NOT_MEDIUM = /\b(?:commission|council|authority|committee|club|office|board|ministry|department|court|union|(?:police|fire|power|railway|rail|bus|train|petrol|gas|pumping|polling|relay|research|space|weather|ambulance)\s+stations?)\b/i;
/** News agencies the world's pages cite by name alone ("..., Interfax reported."): general knowledge, not any one article's. */
const NEWS_AGENCY_NAMES = /^(?:the\s+)?(?:Interfax|TASS|RIA(?:\s+Novosti)?|Sputnik|Anadolu|Xinhua|Reuters|AFP|AP|DPA|EFE|ANSA|Kyodo|Yonhap|IRNA|ISNA|Fars|Tasnim|Mehr|Petra|MENA|WAM|SPA|QNA|KUNA|Bernama|Antara|PTI|IANS|Ukrinform|PAP|BTA|Agerpres|Saba|SUNA|Kuna)$/;
export function namedAsMedium(words: string): boolean {
  return (MEDIUM_WORDS.test(words) && !NOT_MEDIUM.test(words)) || NEWS_AGENCY_NAMES.test(words.trim());
}

/** Kind of a new actor from its head noun and shape. */
/** A seat of government named by its building ("the White House", "the Kremlin"). */
const SEAT_OF_GOVERNMENT = /^(?:the\s+)?(?:white house|kremlin|elys[ée]e(?: palace)?|downing street|blue house)$/iu;
/** Words that end a newspaper's name ("the Dorvik Courier", "Morava Observer"): the name is a medium's, not a person's. */
const PAPER_NAME_WORDS = 'times|post|gazette|herald|tribune|courier|chronicle|journal|telegraph|dispatch|inquirer|examiner|sentinel|daily|weekly|observer|express|mirror|globe|gleaner|argus|clarion|advertiser|bugle|review|bulletin|register|recorder|mail|standard';
const KIND_BY_WORD: Array<[RegExp, ActorKind]> = [
  // Staff's and workers' bodies are groups, whatever institution names them ("Hospital Authority Employees Alliance").
  [/\b(?:employees|workers|staff|nurses|doctors|teachers|drivers)['’]?\s+(?:alliance|union|association|federation|syndicate|guild)$/iu, 'GROUP'],
  [/^(?:the\s+)?(?:united states|united kingdom|united arab emirates|(?:\p{Lu}\p{L}+\s+)*(?:republic|kingdom|emirates|federation)(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)?)$/iu, 'STATE'],
  [/\b(?:news agency|agency|wire|news service|press agency|pictures|video service|video news|newswire|newsfilm|newsreel|footage|press)\b/i, 'NEWS_AGENCY'],
  // A name that ends in "Video" is a video agency's ("Lakeside Video"); "video" inside a name decides nothing.
  [/^(?:\p{Lu}[\p{L}&-]*\s+){1,3}Video$/u, 'NEWS_AGENCY'],
  [/\b(?:television|tv|channels?|radio|broadcasters?|broadcasting|networks?|stations?)\b/i, 'BROADCASTER'],
  [new RegExp(`\\b(?:media|newspaper|paper|website|outlet|magazine|news site|news|${PAPER_NAME_WORDS})\\b`, 'i'), 'MEDIA'],
  [/\b(?:observatory|monitor|watch)\b/i, 'MONITOR'],
  [/\b(?:bureau|police|constabulary|coast ?guard|(?:fire|rescue|emergency|ambulance) service|ministry|office|council|parliament|presidency|governorate|municipality|department|authority|authorities|cabinet|court|prosecutors?|administration|embassy|mission|commission)\b/i, 'GOVERNMENT_BODY'],
  [/\b(?:army|air force|navy|armed forces|military)\b/i, 'MILITARY'],
  [/\b(?:forces|militia|militias|front|brigade|brigades|faction|factions|battalion|movement|army of|liberation|tahrir|jihad|mujahideen|insurgents)\b/i, 'ARMED_GROUP'],
  [/\b(?:united nations|world health organi[sz]ation|organi[sz]ation for|international committee|international organi[sz]ation|unicef|unhcr|who)\b/i, 'INTERNATIONAL_ORGANISATION'],
];

/** Letters without their diacritics ("Çavuşoğlu" is "Cavusoglu", dotless ı is i): how names are spelt without them. */
export const unaccented = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/İ/g, 'I');
const words = (s: string) => unaccented(s).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
const lowerNoPossessive = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');

/** Normalised content words of an actor name: spelling classes, demonyms for "Turkey's", no determiners. */
export function signature(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of words(phrase)) {
    const possessive = /['’]s$/.test(raw);
    let w = lowerNoPossessive(raw);
    // A dotted acronym is its letters: "U.N." is "UN", "U.S." is "US".
    if (/^(?:\p{L}\.)+\p{L}?$/u.test(w) || /^(?:\p{L}\.){2,}$/u.test(raw)) w = w.replace(/\./g, '');
    if (possessive && DEMONYMS[w]) w = DEMONYMS[w]!;
    for (const part of w.split('-')) {
      if (!part || SOFT.has(part)) continue;
      out.push(SAME[part] ?? part);
    }
  }
  return out;
}

/** Restricted Damerau-Levenshtein distance. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A name's letters with common transliteration differences evened out, for comparing spellings of one name
 * ("Mayhoub"/"Mahyub", "Khalil"/"Halil", "Abdullah"/"Abdulla"): ou/oo are u, kh is h, doubled letters are one, no hyphens.
 */
export function transliterated(s: string): string {
  return s.toLowerCase().replace(/[-'’\s]/g, '').replace(/o[ou]/g, 'u').replace(/kh/g, 'h').replace(/(\p{L})\1+/gu, '$1');
}

/** One string is the other with two neighbouring letters swapped, one of them an h, y or w ("mahyub"/"mayhub"): how transliterations differ, not names. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!] && /[hyw]/.test(a[diff[0]!]! + a[diff[1]!]!);
}

/** Two normalised words are the same name: equal, or one letter off in a word of seven letters or more. */
const sameWord = (a: string, b: string) => a === b || (a.length >= 7 && b.length >= 7 && a[0] === b[0] && editDistance(a, b, 1) <= 1);

// ---------------------------------------------------------------------------
// Matching a phrase against known actors

interface ActorSig {
  ref: EntityRef;
  alias: string;
  sig: string[];
  joined: string;
  /** The head noun, normalised ("ministry" of "Turkish Ministry of Defense"). */
  head: string;
}

/** The normalised head noun of a name: the last word before "of/at/from...", else the last word. */
function headSignature(name: string): string {
  const ws = name.split(/\s+/);
  const prep = ws.findIndex((w, i) => i > 0 && /^(?:of|at|from|in|with|for|on)$/i.test(w));
  const head = ws[(prep > 0 ? prep : ws.length) - 1] ?? '';
  return signature(head)[0] ?? '';
}

/** Known actors' names and aliases as signatures, built once per Knowledge. */
export class ActorMatcher {
  private readonly sigs: ActorSig[] = [];
  readonly byKey = new Map<string, EntityRef>();
  readonly kinds = new Map<string, ActorKind>();
  readonly parents = new Map<string, string>();

  constructor(knowledge: Knowledge) {
    for (const a of knowledge.actors) {
      const ref: EntityRef = { key: a.key, name: a.name, type: 'actor', kind: a.kind };
      this.byKey.set(a.key, ref);
      this.kinds.set(a.key, a.kind);
      if (a.memberOf) this.parents.set(a.key, a.memberOf);
      for (const alias of new Set([a.name, ...a.aliases])) {
        const sig = signature(alias);
        if (sig.length) this.sigs.push({ ref, alias, sig, joined: sig.join(''), head: headSignature(alias) });
      }
    }
  }

  /**
   * Known actors a phrase names as a whole: every content word of the
   * actor's name is in the phrase (up to spelling), the phrase adds no word of
   * its own but soft ones, and both end on the same head noun.
   */
  match(phrase: string): Array<{ ref: EntityRef; score: number; alias: string; how: string }> {
    const sig = signature(phrase);
    if (!sig.length) return [];
    const joined = sig.join('');
    const head = headSignature(phrase);
    const capitalised = new Set(
      words(phrase)
        .slice(1)
        .filter((w) => /^\p{Lu}/u.test(w))
        .flatMap((w) => signature(w)),
    );
    // The first word is capitalised at a sentence's start, but a nationality there still names a side ("Iraqi state television"):
    // another side's body unless the known actor is of that side.
    const first = words(phrase)[0] ?? '';
    const nationality = /^\p{Lu}\p{Ll}+(?:i|ian|an|ish|ese)$/u.test(first) ? (signature(first)[0] ?? null) : null;
    // The phrase is a personal name: capitalised words only, no organisation's word.
    const personal = words(phrase).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_WORDS.test(phrase) && !NOT_IN_NAMES.test(phrase);
    const found = new Map<string, { ref: EntityRef; score: number; alias: string; how: string }>();
    const keep = (ref: EntityRef, score: number, alias: string, how: string) => {
      const old = found.get(ref.key);
      if (!old || old.score < score) found.set(ref.key, { ref, score, alias, how });
    };
    for (const s of this.sigs) {
      if (s.joined === joined) {
        keep(s.ref, 1, s.alias, s.alias.toLowerCase() === phrase.toLowerCase() ? 'alias' : 'spelling');
        continue;
      }
      if (joined.length >= 8 && s.joined.length >= 8 && editDistance(joined, s.joined, 2) <= (joined.length >= 14 ? 2 : 1)) {
        keep(s.ref, 0.9, s.alias, 'spelling');
        continue;
      }
      // A person's name in another transliteration ("Ali Mahyub" for "Ali Mayhoub"): as many words, the same first word and
      // initials, and one letter off once the usual transliteration differences are evened out.
      if (s.ref.kind === 'PERSON' && sig.length === s.sig.length && sig.length >= 2 && sig[0] === s.sig[0] && sig.every((w, i) => w[0] === s.sig[i]![0])) {
        const a = transliterated(joined);
        const b = transliterated(s.joined);
        if (a.length >= 8 && (a === b || swapped(a, b))) {
          keep(s.ref, 0.9, s.alias, 'spelling');
          continue;
        }
      }
      // A known person's name without a given name ("Tayyip Erdogan" for "Recep Tayyip Erdogan"): two words or more, all
      // of them the known name's in order, ending on the same surname.
      if (s.ref.kind === 'PERSON' && sig.length >= 2 && sig.length < s.sig.length && sig[sig.length - 1] === s.sig[s.sig.length - 1] && personal) {
        let at = 0;
        if (sig.every((w) => (at = s.sig.indexOf(w, at) + 1) > 0)) {
          keep(s.ref, 0.9, s.alias, 'words');
          continue;
        }
      }
      // Every word of the known name in the phrase, the same head noun, and nothing added but one modifier.
      const covered = s.sig.every((w) => sig.some((p) => sameWord(p, w)));
      if (!covered || !sameWord(s.head, head)) continue;
      const extra = sig.length - s.sig.length;
      // An added capitalised word makes another name ("Syrian Democratic Forces" is not "Syrian forces").
      const added = sig.filter((w) => !s.sig.some((x) => sameWord(x, w)));
      // A nationality or a country's possessive ("a source at Syria's foreign ministry") names no other body when the known
      // actor's own name has it ("Syrian Ministry of Foreign Affairs").
      const ownSide = (w: string) => w.length >= 4 && s.ref.name.toLowerCase().split(/\s+/).some((n) => n.length >= 4 && n.slice(0, 4) === w.slice(0, 4));
      if (added.some((w) => capitalised.has(w) && !ownSide(w))) continue;
      if (nationality && added.includes(nationality) && !s.ref.name.toLowerCase().includes(nationality.slice(0, 4))) continue;
      if (extra <= 1 && s.sig.length >= 2) keep(s.ref, extra === 0 ? 0.95 : 0.75, s.alias, 'words');
    }
    return [...found.values()].sort((a, b) => b.score - a.score || a.ref.key.localeCompare(b.ref.key));
  }
}

// ---------------------------------------------------------------------------
// Reading a claimant phrase

/** Words after a name that make it a date, a street or a company, not a person's surname ("questioned Lind Monday", "Sandvik Road"). */
const NOT_A_SURNAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Road|Street|Avenue|Lane|Square|Bridge|Park|Holdings|Group|Company|Corp|Ltd|Inc|Bank|Airlines|Motors|Industries|Partners|Foundation|University|School|Hospital|Station|Airport)$/;
/**
 * Last words that make a name a place or a building ("Karst Valley", "Al-Noor Hospital"), not a person: only words that are
 * rarely surnames (not Park, Lane, Hill, Hills, Bay, Church, Market, Camp, Rivers, which are).
 */
const PLACE_ENDING = /^(?:Road|Street|Avenue|Square|Airport|Station|Hospital|Clinic|School|University|Mosque|Valley|River|Mountains|Crossing|District|Quarter|Desert|Canal|Harbour|Harbor|Province|Governorate)$/;
/** A name that ends as a place or a building does, not as a person's. */
export const endsAsAPlace = (name: string) => PLACE_ENDING.test(name.trim().split(/\s+/).pop() ?? '');
/** Words that are never part of a personal name, even capitalised ("Displaced Woman From Saraqeb"). */
const NOT_IN_NAMES = /\b(?:from|of|for|with|in|at|on|to|the|and|woman|man|women|men|girl|boy|child|children|resident|residents|fighter|displaced|protester|soldier|officer|official|source|mother|father|family|people|group|town|village|city|province|border|department)\b/i;

/** A personal name: two to four capitalised words (particles allowed), not an organisation's words. */
const PERSONAL_NAME = /^(?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:al|el|bin|ibn|abu|umm|abd|de|van|von)[-\s])?\p{Lu}[\p{L}'’-]+){1,3}$/u;
const ORG_WORDS = new RegExp(`\\b(?:states|alliance|coalition|authority|cruises|racing|motorsports?|police|bureau|trains|rail|railways?|airways|airport|metro|transport|institute|initiative|project|campaign|platform|motors|steel|energy|oil|holdings|industries|pharmaceuticals|insurance|telecom|technologies|mining|shipping|petroleum|chemicals|forum|foundation|fund|trust|centre|center|society|association|republic|kingdom|emirates|federation|monitor|agency|ministry|office|council|civil defen[cs]e|forces?|front|army|observatory|television|tv|channel|radio|network|news|press|media|group|organi[sz]ation|committee|board|cross|crescent|party|movement|government|university|company|airlines?|bank|service|agency|brigade|union|league|watch|video|commission|court|tribunal|assembly|parliament|senate|congress|embassy|consulate|${PAPER_NAME_WORDS}|wire|newswire|newsfilm|newsreel|footage|broadcasting)\\b`, 'i');

/** The administrative word after a place's name ("Kitui county", "Hubei province"): not part of the place a sayer is in. */
const ADMINISTRATIVE = 'county|province|district|region|governorate|prefecture';
/** The outlet's own staff: the words that make "our <staff>" or "<Outlet>'s <staff>" the outlet speaking. */
const STAFF = 'correspondent|reporter|crew|team|journalist|stringer|producer|photographer|photojournalist|cameraman|camerawoman|camera operator|camera crew|camera|videographer|film crew|reporting team';
/** The beat or rank before a medium's staff: "Bellmark's political editor", "our chief correspondent". */
const STAFF_BEAT = '(?:political|diplomatic|chief|senior|international|foreign|security|defen[cs]e|economics|business|regional|local|war|Middle\\s+East|Europe|Africa|Asia)';
/** Staff only a medium has: "Guaidó's team" is no medium's, "Kestrel TV's cameraman" is. */
const MEDIA_STAFF = 'correspondent|reporter|journalist|stringer|photographer|photojournalist|cameraman|camerawoman|camera operator|camera crew|camera|videographer|film crew|editor|columnist';
/** A medium named by its staff: "Kestrel TV's cameraman", "a Ravenhill camera crew" (the medium's words in group 1). */
const MEDIA_STAFF_OF = new RegExp(`^(?:an?\\s+)?(\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*|\\d+)){0,3}?)(?:['’]s)?\\s+(?:own\\s+)?(?:${STAFF_BEAT}\\s+){0,2}(?:${MEDIA_STAFF})s?$`, 'u');
const CREW_OF = /^(?:an?\s+)?(\p{Lu}[\p{L}\d&.-]*(?:\s+(?:\p{Lu}[\p{L}\d&.-]*|\d+)){0,3}?)(?:['’]s)?\s+(?:own\s+)?(?:crew|team)s?$/u;
/** A description of a war monitor without its name: "a UK-based monitoring group", "the war monitor", "the observatory". */
// "our correspondent", "our political correspondent", "the channel's reporter" (a name after the noun is who speaks).
const OWN_REPORTER = new RegExp(`^(?:our|this (?:channel|station|agency|newspaper)'?s?|(?:the\\s+)?(?:channel|station|agency|network|programme|program|newspaper|paper|broadcaster)['’]s)\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${STAFF})s?\\b(?!\\s+\\p{Lu})`, 'u');
// A named place closing a sayer's phrase: "farmers in Kitui", "a camp manager near Atmeh county".
const PLACED_AT_END = new RegExp(`\\s(in|near)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})(?:\\s+(?:${ADMINISTRATIVE}))?\\s*$`, 'u');
const MONITOR_DESCRIPTION = /^(?:[\p{L}.]+-based\s+)?(?:war\s+|conflict\s+|human rights\s+)?(?:monitor|monitoring group|monitoring organi[sz]ation|observatory|watchdog)$/iu;
/** Agencies of the United Nations, by name and by acronym. */
const UN_AGENCY = /^(?:world health organi[sz]ation|world food programme|international organi[sz]ation for migration|office for the coordination of humanitarian affairs|un (?:refugee|children['’]s|humanitarian|food|migration|human rights) (?:agency|office)|(?:(?:un|united nations)['’]?s?\s+)?food and agriculture organi[sz]ation|(?:un|united nations) (?:high commissioner for refugees|children['’]s fund|human rights office|humanitarian office|refugee agency|peacekeeping (?:mission|force)|peacekeepers))$/i;
const UN_ACRONYM = /^(?:WHO|UNHCR|UNICEF|OCHA|UNRWA|UNDP|WFP|IOM|OHCHR|UNFPA|FAO)$/;

/** A document a body issues, in which it speaks: "a State Department readout", "a Kremlin statement". */
export const ISSUED_DOCUMENT = String.raw`(?:readout|statement|communiqu[ée]|transcript|press\s+release|summary)`;
/** A named body's document, and what it is about (group 1: the body): "a State Department readout of a call with X". */
const NAMED_BODY_DOCUMENT = new RegExp(String.raw`^((?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*)\s+${ISSUED_DOCUMENT}(?:\s+(?:of|on|about)\s+.*)?$`, 'u');

/** Cuts the phrase's own apposition and relative clause, and a fronted adverbial: the words that name the speaker. */
export function speakerWords(phrase: string): string {
  // Icons, timecodes and dashes before the words are furniture ("▪ 01.02 — Rebel fighter"), and so are runs of spaces.
  let p = phrase.trim().replace(/^[^\p{L}"“]+/u, '').replace(/\s{2,}/g, ' ').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // ", who asked not to be named", ", speaking on condition of anonymity"
  p = p.replace(/,\s+(?:who|which|speaking|citing|quoted|according)\b.*$/i, '');
  // "Officials speaking on condition of anonymity", "a soldier who asked not to be named": how they spoke is not who they are.
  p = p.replace(/\s+(?:speaking|who spoke|who asked|who requested|who declined)\s+(?:on (?:the )?condition|anonymously|not to be|to remain|on background)\b.*$/i, '');
  // Fronted adverbials end at a comma: keep the last part that is not a participial phrase.
  const parts = p.split(/,\s+/).map((x) => x.trim()).filter(Boolean);
  if (parts.length > 1) {
    // "Witnesses in Binnesh, north-east of Idlib city,": an apposition saying where a place is, is not the speaker.
    const usable = parts.filter((x) => !(/^(?:speaking|addressing|writing|talking|citing|reporting|in|on|at|after|before|during|from|separately|meanwhile|however|also|later|earlier)\b/i.test(x) || WHERE_A_PLACE_IS.test(x)) || parts.length === 1);
    // Not a role after a possessive or an article ("Its Director-General, Dr. Tedros ..."): the name after it.
    const name = usable.find((x) => PERSONAL_NAME.test(x.replace(/^(?:\p{Ll}[\p{L}-]*\s+)+/u, '')) && !ORG_WORDS.test(x) && !/^(?:(?:Its|His|Her|Their)\s|(?:The|A|An)\s+\S+$)/.test(x));
    // "Moscow, Damascus's key ally,", "Lavrov, Russia's foreign minister,": a bare name, then a description of it (whose, or
    // with its article) in apposition: the name.
    const described = usable.length === 2 && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(usable[0]!) && !/^(?:The|A|An)\s/.test(usable[0]!) && /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?\s+\p{Ll}|(?:a|an|the|its|his|her|their)\s)/u.test(usable[1]!) ? usable[0] : undefined;
    p = name ?? described ?? usable[usable.length - 1] ?? parts[parts.length - 1]!;
  }
  // An acronym in brackets after a name is the same name: "the UN's humanitarian office (OCHA)".
  p = p.replace(/\s*\((?:\p{Lu}[\p{L}.&-]{1,11})\)\s*$/u, '');
  // A trailing time or place adverbial: "Syria's foreign ministry on Wednesday", "Kremlin spokesman ... in Moscow".
  p = p.replace(/\s+(?:on|late on|early on|later on|earlier on)\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2})\b.*$/u, '');
  p = p.replace(/\s+(?:within hours|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|overnight|in a statement|in a televised statement)(?![\p{L}'’]).*$/u, '');
  // Nor who met them, when that ends the phrase ("Rebels I've spoken to", "Aid workers he met"); "Families I met at a camp near
  // Dorvik" says where they were.
  p = p.replace(/\s+(?:I|we|he|she|they)(?:['’]ve|['’]d)?\s+(?:have\s+|had\s+)?(?:(?:spoken|talked|spoke)\s+to|met|interviewed|reached|contacted|saw|visited)$|\s+(?:I|we)(?:['’]ve|['’]d)?$/u, '');
  // A trailing locative is where the speaker was, not who: "a hospital official in the town", "told reporters in Moscow".
  p = p.replace(new RegExp(`\\s+(?:in|from|inside|near)\\s+(?:the\\s+(?:town|city|village|area|region|province|capital|camp|studio|north|south|east|west)\\b.*|northern\\s.*|southern\\s.*|eastern\\s.*|western\\s.*|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:\\s+(?:${ADMINISTRATIVE}))?)$`, 'u'), '');
  // Nor an adverb after it: "When Ramaphosa finally spoke".
  p = p.replace(/\s+(?:finally|only|also|later|earlier|first|then|again|once|briefly|eventually|quickly)$/u, '');
  // A subordinator before the subject is no part of it: "after the Justice Department said".
  p = p.replace(/^(?:after|before|when|while|since|until|because|although|though|once|whereas)\s+(?=\S)/i, '');
  // A named body's document speaks for it: "a State Department readout of a call with Cavusoglu" is the State Department.
  p = p.replace(NAMED_BODY_DOCUMENT, '$1');
  // A person named first, then where they work: "Dr. Waseem Zehri at the city's civil hospital" is Waseem Zehri.
  const workplace = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}'’-]+)\s+(?:at|of|from|with)\s+(?:the|a|an)\s/u.exec(p);
  const worker = workplace ? personalName(workplace[1]!) : null;
  if (worker?.includes(' ')) return worker;
  return p.replace(/^(?:the|a|an|two|three|several|some|one|its|their|his|her)\s+/i, '').trim();
}

/** An apposition that says where a place is: "north-east of Idlib city", "near the border", "40 km from Aleppo". */
const WHERE_A_PLACE_IS = /^(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:(?:just|some|about|around|roughly)\s+)?(?:outside\s|near\s|\d+\s*(?:km|kilometres|kilometers|miles)\b))/i;

/**
 * The full personal names a text prints for a surname, in text order: one or two given names before it, a particle allowed
 * ("Samir Aoun" for "Aoun", "Abdel Fattah al-Burhan" for "Burhan"), two when both read as given names. No title, function
 * word, acronym or sentence opener is a given name ("President Aoun", "When Ramaphosa spoke", "The FAO"). `caseless`
 * compares the surname in capitals, as a speaker's label prints it ("ERGUN:" for "Deniz Ergun"; "IŞIK" is "Işık", which no
 * lower-casing of the label gives back).
 */
export function fullNamesEndingIn(text: string, surname: string, caseless = false): Array<{ name: string; start: number; end: number }> {
  // An acronym ("FAO") is no surname.
  if (!caseless && /^\p{Lu}{2,}$/u.test(surname)) return [];
  const same = (word: string) => (caseless ? word.toUpperCase() === surname.toUpperCase() : word === surname);
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const w of text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu)) {
    // "Aoun's" and "Moss'" are Aoun and Moss; "Aziz-led" is Aziz ("Al-Sadeq" stays whole).
    const whole = w[0].replace(/['’]s?$/u, '');
    const word = same(whole) ? whole : whole.split(/-(?=\p{Ll})/u)[0]!;
    if (!same(word)) continue;
    // The given names on the surname's line, in title case: two when both read as given names, else one.
    const line = text.slice(Math.max(0, w.index - 80), w.index);
    for (const n of [2, 1]) {
      const before = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+[^\\S\\n]+){${n}})((?:al|el|bin|ibn|abu|van|von|de)[-\\s])?$`, 'u').exec(line);
      if (!before) continue;
      const given = before[1]!.trim().split(/\s+/);
      const name = `${given.join(' ')} ${before[2] ?? ''}${word}`;
      // A possessive is whose, never a given name: "Turkey's Hurriyet", "Erdogan's Fahrettin Altun".
      if (given.some((g) => /^\p{Lu}{2,}$/u.test(g) || /['’]s?$/u.test(g) || DESCRIBED_BY.test(g) || SOFT.has(g.toLowerCase()) || NOT_IN_NAMES.test(g) || SENTENCE_OPENER.test(g))) continue;
      if (TITLES.test(given[0]!) || !PERSONAL_NAME.test(name) || ORG_WORDS.test(name)) continue;
      out.push({ name, start: w.index - line.length + before.index, end: w.index + word.length });
      break;
    }
  }
  return out;
}

/** Who backs, owns or runs a name ("the Kremlin-backed Izvestia"): a description before it, no part of it. */
const BACKED_BY = String.raw`\p{Lu}\p{L}*-(?:backed|owned|run|funded|aligned|leaning|controlled)`;
/** ... nor of a person's name, and neither is where a body is or who leads it ("Istanbul-based", "Saudi-led"). */
const DESCRIBED_BY = new RegExp(`^${BACKED_BY}$|^\\p{Lu}\\p{L}*-(?:based|led)$`, 'u');

/** What a speaker is before its name: run by the state or backed by someone ("the state-run X", "the Kremlin-backed Izvestia"). */
const RUN_OR_BACKED = new RegExp(String.raw`^(?:state-run|state-owned|state|pro-government|government-run|${BACKED_BY})\s+(?=\p{Lu})`, 'u');
/** What a medium is before its name: official, state-run, backed by whom, based where, leaning to whom. */
const MEDIUM_DESCRIBED = new RegExp(String.raw`^(?:[Oo]fficial|[Ss]emi-official|[Ss]tate-run|[Ss]tate-owned|[Ss]tate|[Pp]rivate|[Ii]ndependent|[Pp]ro-government|[Oo]pposition|${BACKED_BY}|\p{Lu}\p{L}*-based|[Pp]ro-\p{Lu}\p{L}*)\s+(?=\p{Lu})`, 'u');

/**
 * Words without the country whose they are ("Turkey's Hurriyet newspaper" → "Hurriyet newspaper"). `unless` keeps the
 * country for what follows it ("Israel's Defence Ministry" stays Israel's).
 */
function withoutCountryOwner(words: string, unless: (rest: string) => boolean = () => false): string {
  const m = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s?\s+(?=\S)/u.exec(words);
  if (!m || !countryOf(m[1]!)) return words;
  const rest = words.slice(m[0].length);
  return unless(rest) ? words : rest;
}

/** Words that open a sentence or a clause, never a given name: "When Ramaphosa finally spoke". */
const SENTENCE_OPENER = /^(?:When|After|As|Once|Before|While|Although|Though|Because|Since|If|Then|But|And|So|Yet|Meanwhile|Until|Unless|Where|Whereas|Asked|Told)$/;

/** The personal name a phrase ends with ("Rebel fighter Abu Omar" → "Abu Omar", "retired general Fayez Haddad" → "Fayez Haddad"). */
export function personalName(phrase: string): string | null {
  // Letters after a name say what the person is ("Anne Fairley QC", "Mary Lou McDonald TD"), not who.
  const ws = phrase.replace(/\s+(?:QC|KC|SC|MP|MEP|MSP|TD|OBE|MBE|CBE)$/u, '').split(/\s+/);
  for (let i = 0; i < ws.length - 1; i++) {
    const rest = ws.slice(i).join(' ');
    const first = ws[i]!;
    // What the person is, before the name: a title, a lower-case word, or a role ("Columnist Levent Arıkan", "Imam Yusuf Kaya").
    if (titleAt(ws, i) || (i < ws.length - 2 && PERSON_ROLES.has(first.toLowerCase())) || /^\p{Ll}/u.test(first) || /^(?:for|with|of|in|at|from|on|to|and|the)$/i.test(first) || DESCRIBED_BY.test(first)) continue;
    // A name inside a prepositional phrase ("Diplomats at the United Nations") is not the speaker's.
    if (i > 0 && /^(?:for|with|of|in|at|from|on|to|the|a|an|by|and)$/i.test(ws[i - 1]!)) continue;
    if (PERSONAL_NAME.test(rest) && !ORG_WORDS.test(rest) && !NOT_IN_NAMES.test(rest) && !endsAsAPlace(rest) && !/['’]s\b/.test(rest)) return rest;
  }
  return null;
}

/** Whether the word at `i` is a title: one of TITLES, or a portfolio before "Minister" or "Secretary" ("Health Minister"). */
function titleAt(ws: readonly string[], i: number): boolean {
  return TITLES.test(ws[i]!.replace(/\.$/, '')) || /^(?:Minister|Secretary)$/.test(ws[i + 1] ?? '');
}

/** The surname after titles alone ("Foreign Minister Lavrov" → "Lavrov", "Health Minister Petek" → "Petek"); none for a full name. */
function titledSurname(words: string): string | undefined {
  const ws = words.trim().split(/\s+/);
  if (ws.length < 2 || !/^\p{Lu}[\p{L}'’-]+$/u.test(ws.at(-1)!)) return undefined;
  return ws.slice(0, -1).every((_, i) => titleAt(ws, i)) ? ws.at(-1) : undefined;
}

/** A body named with one or two capitalised words before its noun ("Russia's defence ministry"), by that noun. */
const BODY_NAMED = new Map(
  ['ministry', 'army', 'military', 'government', 'presidency', 'police', 'commission', 'court', 'office'].map((noun) => [noun, new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:\p{Ll}[\p{L}-]*\s+){0,2}${noun}\b`, 'gu')]),
);
/** The words a body's name ends with (or opens with), by the common noun a page calls it later: "the council" for "Waimarie
 * District Council", "the university" for "University of Toronto". Only nouns a name prints itself: a company named by
 * its kind ("the bank", "the carmaker") is guessed from the sentence before alone, since a review found guesses further
 * back wrong (claimants22). */
const BODY_NAMES: Record<string, RegExp> = {
  council: /\bCouncil$/u, university: /\b(?:University|College)$|^University\b/u,
  court: /\b(?:Court|Tribunal)$/u, hospital: /\bHospital$/u, party: /\bParty$/u, commission: /\bCommission$/u, authority: /\bAuthority$/u, board: /\bBoard$/u,
  service: /\bService$/u, department: /^Department\b|\bDepartment$/u, ministry: /^Ministry\b|\bMinistry$/u, agency: /\bAgency$/u, office: /\bOffice$/u,
};

/** Words that are titles and nothing else ("President", "Chief Executive"). */
export const onlyTitles = (words: string) => words.trim().split(/\s+/).every((w) => TITLES.test(w.replace(/\.$/, '')));

/** Words without the titles they open with ("FOREIGN MINISTER CAVUSOGLU" → "CAVUSOGLU"); the words themselves when all are titles. */
export function withoutTitles(words: string): string {
  const ws = words.trim().split(/\s+/);
  const first = ws.findIndex((w) => !TITLES.test(w.replace(/\.$/, '')));
  return first > 0 ? ws.slice(first).join(' ') : words;
}

/** Head noun of a phrase without a name: the last word before "of/at/from/in/with", or the last word. */
function headNoun(phrase: string): { head: string; index: number } {
  const ws = phrase.split(/\s+/);
  const prep = ws.findIndex((w, i) => i > 0 && /^(?:of|at|from|in|near|with|for|on)$/i.test(w));
  const index = (prep > 0 ? prep : ws.length) - 1;
  return { head: lowerNoPossessive(ws[index] ?? ''), index };
}

/** The kind of a new actor: a person's name or one person in a role, people in the plural, or what its head noun says. */
export function kindOfNew(name: string): ActorKind {
  const { head, index } = headNoun(name);
  if (SEAT_OF_GOVERNMENT.test(name.trim())) return 'GOVERNMENT_BODY';
  if (PERSONAL_NAME.test(name) && !ORG_WORDS.test(name) && !NOT_IN_NAMES.test(name)) return 'PERSON';
  if (PERSON_ROLES.has(head)) return 'PERSON';
  if (GROUP_NOUNS.has(head)) return 'GROUP';
  // "A source familiar with the talks", "officials close to the cabinet": the role noun before its complement is the head.
  const role = /^(\p{L}+)\s+(?:familiar|close|briefed|knowledgeable|involved|present)\b/iu.exec(name)?.[1]?.toLowerCase();
  if (role && PERSON_ROLES.has(role)) return 'PERSON';
  if (role && GROUP_NOUNS.has(role)) return 'GROUP';
  // A government is its state; a country's or a public domain's agency is a government body, not a news agency.
  if (head === 'government') return 'STATE';
  if (/\bagency\b/i.test(name) && !/\b(?:news|press|photo|video|picture)\s+agency\b/i.test(name) && (/['’]s\s+(?:\p{Ll}+\s+){0,2}agency\b/iu.test(name) || /\b(?:disaster|emergency|environment|environmental|health|food|space|energy|tax|revenue|border|intelligence|security|meteorological|weather|water|transport|nuclear|atomic|protection|management|statistics|development|migration|relief)\s+(?:\p{L}+\s+)?agency\b/iu.test(name))) return 'GOVERNMENT_BODY';
  // The words up to the head decide ("Istanbul governor's office"), then the whole name.
  const core = name.split(/\s+/).slice(0, index + 1).join(' ');
  for (const [re, kind] of KIND_BY_WORD) if (re.test(core)) return kind;
  for (const [re, kind] of KIND_BY_WORD) if (re.test(name)) return kind;
  return 'GROUP';
}

/** The words that mark a recorded clip in a shot list or transcript: "SOUNDBITE", "SOT", "SB2", "VOX POP", "ACTUALITY". */
export const SOUNDBITE_MARKER = /SOUNDBITES?|SOUND ?BITES?|SOT|SB\s?\d{1,2}|SYNC|TRANSLATED SPEECH|VOX ?POPS?|INTERVIEW|UPSOUND|ACTUALITY/;
/**
 * A bracketed note on the language spoken or its rendering: "(Arabic)", "(in Turkish)", "(Russian, interpreted)",
 * "(voiced)", "(translated)". A speaker's label carrying one is an interviewee's, not the host's.
 */
export const SPOKEN_NOTE = /\((?:(?:in\s+)?\p{Lu}\p{Ll}+(?:\s*(?:\/|and|,)\s*\p{Lu}\p{Ll}+)*(?:\s*,\s*(?:interpreted|translated|voiced|dubbed|subtitled))?|(?:voiced|interpreted|translated|dubbed|subtitled)(?:\s+by\s+[^()]{1,40})?)\)/u;
/** A clip marker with its language in one bracket ("(SOT, French)"), a marker alone ("SOUNDBITE 2"), every language note. */
const MARKER_WITH_LANGUAGE = new RegExp(`\\((?:${SOUNDBITE_MARKER.source})(?:\\s*,\\s*[^()]{1,30})?\\)`, 'giu');
const MARKER = new RegExp(`\\(?\\b(?:${SOUNDBITE_MARKER.source})\\b(?:\\s+\\d+)?\\)?`, 'giu');
const LANGUAGE_NOTES = new RegExp(SPOKEN_NOTE.source, 'gu');
/** What a state has of its own, named by its capital: "officials in Ankara", "the foreign ministry in Moscow". Not "diplomats
 * in Ankara": the diplomats posted there are other states'. */
const ROLE_OF_STATE = /^(?:(?:senior\s+|government\s+|military\s+|security\s+)?(?:officials|sources)|(?:(?:foreign|defen[cs]e|interior|health|information)\s+)?ministry|presidency|military|army|authorities)$/i;
const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(Al|El|Bin|Ibn|Abd)-/g, (m) => m.toLowerCase());

// ---------------------------------------------------------------------------
// The resolver of one article

export interface ResolverOptions {
  knowledge: Knowledge;
  index: EntityIndex;
  matcher: ActorMatcher;
  text: string;
  slug: string;
  /** The outlet: --publisher, else the name its copyright line gives. */
  outlet: string | null;
  /** What the outlet is, when the page says it (a shot list: an agency; "Watch"/"Listen": a broadcaster). */
  outletKind: ActorKind | null;
}

/** Where a claimant phrase stands: its sentence, and the sentence's words before it. */
export interface ClaimantContext {
  sentence: string;
  /** Where the sentence starts in the article. */
  start: number;
  before: string;
}

interface NewActor {
  actor: Actor;
  ref: EntityRef;
  claims: number;
}

/** Resolves claimant phrases of one article; keeps the new actors it proposes, so the article's later mentions reuse them. */
/** Not the second word of another title: "Prime Minister", "Vice President", "Deputy Mayor", "Attorney General". */
const NOT_AFTER_TITLE = String.raw`(?<!\b(?:Prime|Vice|Attorney|Former|Deputy|Acting|Interim|Ex|Lieutenant|Major|Surgeon|Secretary|Governor|Solicitor|Inspector|Postmaster)[\s-]+)`;

export class ClaimantResolver {
  private readonly created = new Map<string, NewActor>();
  private readonly taken = new Set<string>();
  private readonly aliasesTaken = new Set<string>();
  /** Actors named as claimants so far, latest last (for "the ministry", "he"). */
  readonly history: EntityRef[] = [];
  /** The words a speaker in `history` was named by, where they say what it is ("the UN refugee agency"), by position. */
  private readonly namedAs = new Map<number, string>();
  /** The role a person in `history` was described by ("the minister of health"), by position: for "the minister" only. */
  private readonly roleAs = new Map<number, string>();
  /** The known actors the page names anywhere, read once (for a known person by surname alone). */
  private linkedKeys: Set<string> | undefined;

  constructor(private readonly o: ResolverOptions) {
    for (const a of o.knowledge.actors) {
      this.taken.add(a.key);
      for (const alias of a.aliases) this.aliasesTaken.add(alias.toLowerCase());
    }
    for (const p of o.knowledge.places) {
      this.taken.add(p.key);
      for (const alias of p.aliases) this.aliasesTaken.add(alias.toLowerCase());
    }
  }

  /** The new AUTO actors, in the order they were first named. */
  newActors(): Actor[] {
    return [...this.created.values()].map((n) => n.actor);
  }

  isNew(key: string): boolean {
    for (const n of this.created.values()) if (n.ref.key === key) return true;
    return false;
  }

  kindOf(key: string): ActorKind | undefined {
    return this.o.matcher.kinds.get(key) ?? [...this.created.values()].find((n) => n.ref.key === key)?.ref.kind as ActorKind | undefined;
  }

  /** A speaker of a sentence, in the words the article named it by ("the UN refugee agency" for the UN), for "the agency" after it. */
  noteClaimant(ref: EntityRef, named?: string, role?: string): void {
    this.history.push(ref);
    if (named) this.namedAs.set(this.history.length - 1, named);
    if (role) this.roleAs.set(this.history.length - 1, role);
  }

  /**
   * The country a sentence is about, when the graph does not know it: the one country the sentence names other than as a
   * place gone to or from, else the country the article names most (twice at least, and more often than any other). Null for a
   * country the graph knows.
   */
  private countryOfStory(sentence: string): string | null {
    const known = (this.knownCountries ??= new Set(this.o.knowledge.places.filter((p) => p.kind === 'COUNTRY').flatMap((p) => [p.name, ...p.aliases]).map((n) => countryOf(n) ?? n.toLowerCase())));
    const count = (text: string, subjects = false) => {
      const n = new Map<string, number>();
      for (const m of text.matchAll(COUNTRY_WORDS)) {
        // In a sentence, only a country that is no place gone to or from ("crossed into South Africa").
        if (subjects && /\b(?:into|to|from|in|of|with|across|near|towards|toward|against|at|over|via|through)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        for (const c of countriesNamed(text.slice(m.index, m.index + m[0].length + 3))) n.set(c, (n.get(c) ?? 0) + 1);
      }
      return [...n.entries()].sort((a, b) => b[1] - a[1]);
    };
    const own = count(sentence, true);
    if (own.length === 1) return known.has(own[0]![0]) ? null : own[0]![0];
    // Two countries in the sentence ("The Philippines notified the United States"): whose body speaks is a guess.
    if (own.length > 1) return null;
    const story = this.countryNamedMost();
    return story && !known.has(story) ? story : null;
  }

  /** Whether the known actor these words name belongs to a state the article names or is set in ("state television" in a
   * report that names Syria, Syrian or Saraqib is Syria's). */
  private knownStateNamed(words: string): boolean {
    // A story set in places the graph knows is about its states, whichever it names.
    this.placesKnown ??= this.o.index.link(this.o.text).some((m) => m.entity?.type === 'place' && m.entity.kind !== 'COUNTRY');
    if (this.placesKnown) return true;
    const known = this.o.matcher.match(words).find((m) => m.score >= 0.95)?.ref;
    const state = known && this.o.knowledge.actors.find((a) => a.key === known.key)?.memberOf;
    const actor = state && this.o.knowledge.actors.find((a) => a.key === state);
    if (!actor) return false;
    const names = [actor.name, ...actor.aliases].flatMap((n) => [n, demonymOf(countryOf(n) ?? '') ?? '']).filter((n) => n.length > 2);
    return names.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(this.o.text));
  }

  private placesKnown: boolean | undefined;
  private knownCountries: Set<string> | undefined;

  /** A country's body named for the country a report is about ("Turkish officials", "Zambian state television"): the known
   * actor of that name, else a new one of this kind. */
  private bodyOfCountry(name: string, kind: ActorKind, words: string, reason: string): Resolved {
    const known = this.o.matcher.match(name).find((m) => m.score >= 0.95);
    if (known) return { ref: known.ref, isNew: false, confidence: 0.6, reasons: [reason], alternatives: [] };
    const ref = this.create(name, kind, [name], `named as a source ("${words}")`);
    return { ref, isNew: true, confidence: 0.55, reasons: [reason, `proposed as a new ${ref.kind} (AUTO)`], alternatives: [] };
  }

  /** Whether the page's byline ("By AFP", "By Ana Lind, Kestrel") names these words. */
  private bylineNames(words: string): boolean {
    const byline = /^\s*By\s+([^\n]{2,80})$/m.exec(this.o.text.slice(0, 2000))?.[1];
    return !!byline && new RegExp(`(?:^|[\\s,(])${escapeRegExp(words)}(?=$|[\\s,)·|-])`, 'i').test(byline);
  }

  /** The country the article names most (twice at least, and more often than any other), lower case; null for none. */
  private countryNamedMost(): string | null {
    if (this.storyCountry === undefined) {
      const n = new Map<string, number>();
      for (const c of countriesNamed(this.o.text)) n.set(c, (n.get(c) ?? 0) + 1);
      const all = [...n.entries()].sort((a, b) => b[1] - a[1]);
      this.storyCountry = all[0] && all[0][1] >= 2 && (!all[1] || all[0][1] > all[1][1]) ? all[0][0] : null;
    }
    return this.storyCountry;
  }
  private storyCountry: string | null | undefined;

  /** The outlet as an actor: a known one by name, else a new one of the outlet's kind. */
  outletActor(words: string): Resolved | null {
    const name = this.o.outlet;
    if (!name) return null;
    const known = this.o.matcher.match(name)[0];
    const reasons = [`"${words}" is the outlet's own reporter: the outlet (${name}) speaks`];
    if (known) return { ref: known.ref, isNew: false, confidence: 0.85, reasons, alternatives: [], personal: true };
    const kind = /\bchannel|station|programme|program|broadcast/i.test(words) ? 'BROADCASTER' : /\bagency|wire\b/i.test(words) ? 'NEWS_AGENCY' : (this.o.outletKind ?? (kindOfNew(name) === 'GROUP' ? 'MEDIA' : kindOfNew(name)));
    const ref = this.create(name, kind === 'PERSON' || kind === 'GROUP' ? 'MEDIA' : kind, [name], `the outlet that published ${this.o.slug}, named as the source of its own reporter's account ("${words}")`);
    return { ref, isNew: true, confidence: 0.75, reasons: [...reasons, `proposed as a new ${ref.kind} (AUTO)`], alternatives: [], personal: true };
  }

  /**
   * The medium a statement came through, listed after its speaker (docs/annotating.md), or null. Never the outlet itself
   * ("told AFP" in an AFP story is not a claimant). A new one is proposed as a medium whatever its name alone would make it
   * ("Kommersant", "the Hron Daily"): the sentence says it relays.
   */
  medium(phrase: string, aliasRef: EntityRef | null, context?: ClaimantContext): Resolved | null {
    // A medium is named by its name: "the state news agency SUNA" is SUNA, "the Istanbul daily Haliç Post" the Haliç Post,
    // "the Anadolu agency", "Semana magazine" and "the Haberlik daily" Anadolu, Semana and Haberlik.
    // ... and "the official Xinhua news agency", "the semi-official ISNA news agency" Xinhua and ISNA.
    // "Turkey's Hurriyet newspaper": whose medium, not its name.
    const words = withoutCountryOwner(speakerWords(phrase).replace(/^(?:the|a|an)\s+/i, ''))
      // ... and whose it is or whom it leans to: "the Kremlin-backed Izvestia", "the pro-Kurdish Yeni Ozgur Politika".
      .replace(MEDIUM_DESCRIBED, '')
      .replace(/^(?:[\p{L}'’-]+\s+){0,3}?(?:news\s+agency|agency|channel|broadcaster|station|network|newspaper|paper|daily|weekly|magazine|tabloid|website|TV\s+channel)\s+(?=\p{Lu})/u, '')
      .replace(/(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:news\s+agency|agency|magazine|newspaper|website|daily|weekly|paper)$/u, '');
    const outlet = this.o.outlet?.toLowerCase();
    if (!words || (outlet && (words.toLowerCase() === outlet || words.toLowerCase() === outlet.split(/\s+/)[0]))) return null;
    const known = aliasRef ?? this.o.matcher.match(words).find((m) => m.score >= 0.95)?.ref ?? null;
    if (known && !MEDIUM_KINDS.has(known.kind)) return null;
    if (known && outlet && known.name.toLowerCase() === outlet) return null;
    // "told AFP" in a story bylined "By AFP" that another paper printed: the story's own agency, as the outlet is.
    if (this.bylineNames(words) || (known && this.bylineNames(known.name))) return null;
    // "told the paper", "the agency quotes": the medium named before, or none (a common noun is no new actor).
    const common = /^(?:paper|newspaper|daily|weekly|agency|channel|broadcaster|station|network|website|magazine|outlet)$/i.test(words);
    const r = this.resolve(common ? `the ${words.toLowerCase()}` : words, known, known ? 'alias' : null, context);
    if (!r || (outlet && r.ref.name.toLowerCase() === outlet) || (common && r.isNew && r.ref.name.toLowerCase() === words.toLowerCase())) return null;
    if (MEDIUM_KINDS.has(r.ref.kind)) return r;
    if (!r.isNew) return null;
    // "Mayor Ida Lorn quoted X as saying", "opposition leader Y, citing hospital sources,": a person or group who relays is
    // listed as themselves, not made a medium.
    const relayer = phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => !/^(?:reporter|correspondent|presenter|journalist|producer|photographer|cameraman)s?$/.test(w));
    const byRole = !namedAsMedium(phrase) && relayer.some((w) => PERSON_ROLES.has(w) || GROUP_NOUNS.has(w) || TITLES.test(w) || /^(?:opposition|mayor|leaders?)$/.test(w));
    // "..., Pavel Strand said, citing hospital records": a person's name citing a source is that person; a medium is named
    // by what quotes ("X quoted Y as saying").
    const personCiting = r.ref.kind === 'PERSON' && PERSONAL_NAME.test(words) && !!context && /(?:^|,\s*)(?:citing|quoting)\s/i.test(context.sentence);
    const reasons = [`"${phrase.trim()}" relays the statement`, ...r.reasons];
    if (byRole || personCiting) return { ...r, reasons };
    // The kind from all the words ("the Kestrel agency" is an agency named Kestrel).
    const kind = /\b(?:television|tv|channel|broadcasters?|radio|station|network)\b/i.test(phrase) ? 'BROADCASTER' : /\b(?:agency|wire)\b/i.test(phrase) ? 'NEWS_AGENCY' : 'MEDIA';
    return { ...r, ref: this.retype(r.ref, kind), reasons };
  }

  /**
   * A new actor the words right after its name describe as a medium ("Kommersant, a Moscow daily,", "Harbour 24, the
   * island's broadcaster,") is that medium, whatever its name alone made it; so "the paper" after it refers back to it.
   */
  describedAs(r: Resolved, after: string): Resolved {
    const described = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(daily|newspaper|paper|weekly|tabloid|magazine|news\s+agency|agency|broadcaster|channel|television|radio|station|news\s+site|website)(?=\s*[,;.)—–]|\s*$|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|told|tells|added|in|of|from|based|close|owned|run|which|that|with|for|on)\b)/iu.exec(after)?.[1]?.toLowerCase();
    if (!described || !r.isNew || !['GROUP', 'PERSON'].includes(r.ref.kind)) return r;
    const kind = /agency/.test(described) ? 'NEWS_AGENCY' : /broadcaster|channel|television|radio|station/.test(described) ? 'BROADCASTER' : 'MEDIA';
    return { ...r, ref: this.retype(r.ref, kind), reasons: [...r.reasons, `described as a ${described}`] };
  }

  /** A new actor of another kind than its name alone gave it (a medium named by its staff). */
  private retype(ref: EntityRef, kind: ActorKind): EntityRef {
    const created = [...this.created.values()].find((n) => n.ref.key === ref.key);
    if (!created) return ref;
    created.actor.kind = kind;
    created.ref = { ...created.ref, kind };
    return created.ref;
  }

  private create(name: string, kind: ActorKind, aliases: string[], why: string, memberOf?: string): EntityRef {
    const id = name.toLowerCase();
    const existing = this.created.get(id);
    if (existing) {
      existing.claims++;
      for (const a of aliases) this.addAlias(existing, a);
      return existing.ref;
    }
    let key = kebab(name, 8) || 'actor';
    for (let n = 2; this.taken.has(key); n++) key = `${kebab(name, 8)}-${n}`;
    this.taken.add(key);
    const actor: Actor = {
      key,
      name,
      kind,
      description: `Proposed by ingest from ${this.o.slug}: ${why}. A curator confirms, renames or merges it.`,
      aliases: [],
      ...(memberOf ? { memberOf } : {}),
      curation: 'AUTO',
      mergedKeys: [],
    };
    const entry = { actor, ref: { key, name, type: 'actor' as const, kind }, claims: 1 };
    this.created.set(id, entry);
    for (const a of aliases) this.addAlias(entry, a);
    return entry.ref;
  }

  private addAlias(entry: NewActor, alias: string): void {
    const a = alias.trim();
    if (a.length < 2 || this.aliasesTaken.has(a.toLowerCase()) || entry.actor.aliases.length >= 50) return;
    this.aliasesTaken.add(a.toLowerCase());
    entry.actor.aliases.push(a);
  }

  /** A new actor this article already proposed, named again (by its name, an alias, or a surname). */
  private createdNamed(words: string): NewActor | null {
    const lower = words.toLowerCase();
    for (const n of this.created.values()) {
      if (n.actor.name.toLowerCase() === lower || n.actor.aliases.some((a) => a.toLowerCase() === lower)) return n;
    }
    return null;
  }

  /**
   * A full personal name in the article ending with a surname ("Samir Aoun" for "Aoun"). Where two people share it ("Maesaiah
   * Thabane" ... "Prime Minister Tom Thabane" ... "Thabane, 80, said"), the one named last before `at` is meant.
   */
  private fullName(surname: string, at = Infinity): string | null {
    let found: string | null = null;
    for (const m of fullNamesEndingIn(this.o.text, surname)) {
      if (found !== null && m.start >= at) break;
      // A name in apposition ("his wife, Lena Brask, was killed") is someone mentioned, not the one a later surname means.
      const apposed = /,\s*$/.test(this.o.text.slice(Math.max(0, m.start - 3), m.start)) && /^,/.test(this.o.text.slice(m.end));
      if (found === null || (m.start < at && !apposed)) found = m.name;
    }
    // A person the page goes on to call by the first of their names ("Thanathorn Juangroongruangkit" / "Thanathorn told ...").
    // Only one such full name, opening a sentence, in apposition or with its role before it ("its founder, Thanathorn
    // Juangroongruangkit,"), and no
    // weekday, street or company after the word ("questioned Lind Monday", "Sandvik Road", "Sandvik Holdings").
    if (found === null) {
      const escaped = escapeRegExp(surname);
      const fulls = [...this.o.text.matchAll(new RegExp(`(?:^|\\n|[.!?]\\s+|,\\s+|\\b\\p{Ll}+\\s+)${escaped}[ \\t]+(\\p{Lu}[\\p{L}'’-]+)\\b(?![ \\t]+\\p{Lu})`, 'gu'))].filter((m) => m.index! < at);
      const seconds = new Set(fulls.map((m) => m[1]!));
      const second = seconds.size === 1 ? [...seconds][0]! : null;
      const full = second ? `${surname} ${second}` : null;
      // "I've" after a word is the narrator, never a second name ("Farmers I've spoken to").
      if (full && !TITLES.test(surname) && !TITLES.test(second!) && !NOT_A_SURNAME.test(second!) && !/^I(?:['’](?:ve|m|d|ll))?$/u.test(second!) && PERSONAL_NAME.test(full) && !ORG_WORDS.test(full) && !NOT_IN_NAMES.test(second!)) found = full;
    }
    return found;
  }

  /**
   * The one person the graph knows by this surname, accents aside ("Çavuşoğlu" is Mevlut Cavusoglu); none when two share it.
   * Only on a page that names the body or country the person belongs to, and with no title the graph does not give the
   * person ("Dr Rahman" at a hospital is not the Observatory's head, "Coach Pierce" not the ambassador).
   */
  private knownBySurname(surname: string, titles: string): EntityRef | null {
    const key = unaccented(surname).toLowerCase();
    const people = this.o.knowledge.actors.filter((a) => a.kind === 'PERSON' && unaccented(a.name.split(/\s+/).pop()!).toLowerCase() === key);
    const person = people.length === 1 ? people[0]! : undefined;
    if (!person?.memberOf) return null;
    this.linkedKeys ??= new Set(this.o.index.link(this.o.text).map((m) => m.entity?.key).filter((k): k is string => !!k));
    if (!this.linkedKeys.has(person.memberOf)) return null;
    const described = new Set(signature(`${person.description ?? ''} ${person.aliases.join(' ')}`));
    const ownTitles = signature(titles.replace(/\b(?:Mr|Mrs|Ms|Sir|Dame)\.?(?:\s|$)/g, ' '));
    return ownTitles.every((w) => described.has(w)) ? { key: person.key, name: person.name, type: 'actor', kind: 'PERSON' } : null;
  }

  /** The last person the text named in this role ("the minister of health, Jappie Mhango," for "the minister"). */
  personInRole(noun: string, at?: number): EntityRef | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - 6); i--) {
      const person = this.history[i]!;
      if (person.kind !== 'PERSON') continue;
      if (this.roleAs.has(i) && signature(this.roleAs.get(i)!).includes(noun)) return person;
      // ... or printed with it as a title ("Finance Minister Ruth Banda"), named after the one described.
      const surname = person.name.split(/\s+/).pop()!;
      if (new RegExp(`${NOT_AFTER_TITLE}\\b${escapeRegExp(noun)}\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}${escapeRegExp(surname)}\\b`, 'iu').test(this.o.text)) return person;
    }
    // ... or a person the text printed before with it as a title, who has not spoken yet ("Defence Minister Hulusi Akar visited
    // the border." / "The minister said ..."): the nearest such.
    if (at === undefined) return null;
    const title = noun.charAt(0).toUpperCase() + noun.slice(1);
    const before = this.o.text.slice(Math.max(0, at - 1500), at);
    // The whole title, not the second word of another ("Prime Minister", "Vice President", "Attorney General", "Former President").
    const titled = [...before.matchAll(new RegExp(String.raw`${NOT_AFTER_TITLE}\b${escapeRegExp(title)}\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`, 'gu'))].pop();
    const name = titled ? personalName(titled[1]!) : null;
    if (!name || name !== titled![1]) return null;
    return this.resolve(name, this.o.matcher.match(name).find((m) => m.score >= 0.95)?.ref ?? null, null)?.ref ?? null;
  }

  /** The actor an earlier claimant or mention is, for a definite description: "the ministry" after "Turkey's defence ministry". */
  anaphor(head: string): EntityRef | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const ref = this.history[i]!;
      // People named by their body ("council officers") are not the body ("the council").
      const own = headNoun(ref.name).head;
      if (own !== head && (GROUP_NOUNS.has(own) || PERSON_ROLES.has(own)) && BODY_NAMES[head]) continue;
      // A person's role answers by its head noun only ("Environment Minister" for "the minister", not "Board president" for "the board").
      if (this.roleAs.has(i) && headNoun(this.roleAs.get(i)!).head === head) return ref;
      const names = [ref.name, ...(this.namedAs.has(i) ? [this.namedAs.get(i)!] : []), ...(this.o.knowledge.actors.find((a) => a.key === ref.key)?.aliases ?? []), ...([...this.created.values()].find((n) => n.ref.key === ref.key)?.actor.aliases ?? [])];
      if (names.some((n) => signature(n).includes(SAME[head] ?? head))) return ref;
    }
    return null;
  }

  /**
   * The actor a claimant phrase names (never null for a phrase that names a
   * speaker): `aliasRef` is the known actor attribution.ts found by alias at
   * the phrase's head, if any.
   */
  resolve(phrase: string, aliasRef: EntityRef | null, aliasVia: 'alias' | 'spelling' | 'anaphor' | null, context?: ClaimantContext): Resolved | null {
    const words = speakerWords(phrase);
    // Nor is the first or second person ("we have told our friends"): the one whose words they are speaks.
    if (!words || /^(?:no|none|nobody|neither)\b/i.test(words) || FIRST_PERSON.test(words) || /^you$/i.test(words)) return null;
    // "the 34-year-old mother of three": the person the text named before with that age ("Umm Ahmad, 34," or "Khaled Omar, a
    // 52-year-old baker,").
    const age = !aliasRef && context ? /^(?:the\s+)?(\d{1,3})-year-old\b/i.exec(words)?.[1] : undefined;
    if (age) {
      const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|umm)[-\s])?\p{Lu}[\p{L}'’-]+){1,3})`;
      const before = this.o.text.slice(Math.max(0, context!.start - 1500), context!.start);
      const named = [...before.matchAll(new RegExp(String.raw`${NAME},\s+(?:an?\s+)?${age}(?:,|-year-old\b)|\b${age}-year-old\s+(?:[\p{Ll}-]+\s+){0,3}${NAME}`, 'gu'))].pop();
      const name = named ? personalName(named[1] ?? named[2]!) : null;
      if (name) return this.resolve(name, this.o.matcher.match(name).find((m) => m.score >= 0.95)?.ref ?? null, null);
    }
    // A quantifier before "of" ("both of", "all of which") is part of a clause, not a speaker.
    if (/^(?:both|all|each|either|some|many|most|several|few|none|one|two|three)\s+of$/i.test(words)) return null;
    const lower = words.toLowerCase();
    // "the semi-official ISNA news agency", "the official Xinhua news agency", "Turkey's state-run Anadolu news agency", "Iran's
    // semi-official Fars news agency", "Turkey's Hurriyet newspaper": a medium by its name, as a medium names it. The country
    // before it says whose medium it is, not what it is called.
    const agency = aliasRef ? null : /^(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?['’]s?\s+)?(?:(?:[Oo]fficial|[Ss]emi-official|[Ss]tate-run|[Ss]tate-owned|[Ss]tate|[Pp]rivate|[Ii]ndependent|[Pp]ro-government|[Oo]pposition)\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]*)\s+(news\s+agency|agency|newspaper|daily)$/u.exec(words);
    if (agency && !/['’]s\b/.test(agency[1]!) && (agency[2] !== 'agency' || NEWS_AGENCY_NAMES.test(agency[1]!) || /\b(?:state-run|state-owned|semi-official|official|state)\s/i.test(words))) return this.medium(`${agency[1]} ${agency[2]}`, null, context);

    // "Sources close to the Turkish military", "people familiar with the talks": people near a body are not the body.
    const near = /^((?:sources?|people|persons?|officials?|someone|those|diplomats?)\s+(?:close to|familiar with|briefed on|with knowledge of)\s+\S.*)$/i.exec(words)?.[1];
    if (near) {
      const display = near.charAt(0).toUpperCase() + near.slice(1);
      const ref = this.create(display, kindOfNew(display), [display], `named as a source ("${words}")`);
      return { ref, isNew: true, confidence: 0.6, reasons: [`"${words}" are people near a body, not the body`, `proposed as a new ${ref.kind} (AUTO)`], alternatives: [] };
    }

    // "Officials here tell me ...": a correspondent's officials are those of the country the report is from, the one it
    // names most ("Turkish officials" on a page from Hatay about Turkey's losses).
    // So are its bodies ("the defence ministry here says").
    const here = /^(?:the\s+)?(officials|sources|authorities|(?:defen[cs]e|foreign|interior|health)\s+ministry|government|police|army|military)\s+here$/i.exec(words);
    if (here) {
      // The reporter's place by its capital ("ANKARA CORRESPONDENT:", "(Anselm Vogt, Ankara):"), before the country the article
      // names most. Not a country the sentence names: that is what they talk about ("Officials here say Russia brokered it").
      const country = this.reporterCountry(context?.start) ?? this.countryNamedMost();
      if (country) {
        const name = `${demonymOf(country)} ${here[1]!.toLowerCase()}`;
        return this.bodyOfCountry(name, kindOfNew(name), words, `"${words}": the report is from ${country}, the country it names most`);
      }
    }
    // "The pro-government daily Al-Watan", "the Istanbul daily Haliç Post": a medium named after what it is, as a medium.
    if (/^(?:[\p{L}-]+\s+){0,2}?(?:daily|newspaper|paper|weekly|tabloid|magazine|channel|broadcaster|news\s+agency|agency)\s+\p{Lu}/u.test(words)) {
      const medium = this.medium(phrase, aliasRef, context);
      if (medium) return medium;
    }
    // "State television", "state media" in a story about a country the graph does not know: that country's, not the known one's.
    const stateMedium = /^state(?:-run)?\s+(television|tv|radio|media|news\s+agency|broadcaster)$/i.exec(words);
    // Not after a fronted place ("In Beijing, state media reported"): the place says whose, and the graph may not know it.
    const fronted = !!context && /^\s*(?:In|From)\s+\p{Lu}/u.test(context.before);
    const stateCountry = stateMedium && context && !fronted && !this.knownStateNamed(words) ? this.countryOfStory(`${context.before} ${words}`) : null;
    if (stateMedium && stateCountry) {
      const name = `${demonymOf(stateCountry)} state ${stateMedium[1]!.toLowerCase()}`;
      const kind = /agency/i.test(stateMedium[1]!) ? 'NEWS_AGENCY' : /media/i.test(stateMedium[1]!) ? 'MEDIA' : 'BROADCASTER';
      return this.bodyOfCountry(name, kind, words, `"${words}" in a report about ${stateCountry}, a country the graph does not know`);
    }
    // The outlet's own reporter ("our correspondent", "our political correspondent", "the channel's reporter").
    if (OWN_REPORTER.test(words.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) {
      // A name after the noun ("our correspondents Ana Brisk and Tom Lee") is who speaks, not the outlet.
      return this.outletActor(words);
    }
    // "Its correspondent writes" after a paragraph on a newspaper: that medium's reporter speaks for it.
    if (/^its\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:correspondent|reporter|journalist|stringer)s?$/iu.test(phrase.trim())) {
      const medium = this.mediumNamedBefore('outlet', context);
      if (medium) return { ref: medium, isNew: this.isNew(medium.key), confidence: 0.65, reasons: [`"${phrase.trim()}" is the reporter of ${medium.name}, named before`], alternatives: [] };
    }
    const outlet = this.o.outlet;
    if (outlet) {
      const first = outlet.split(/\s+/)[0]!;
      // The outlet's initials ("CNX" for "Continental News Exchange") name it too.
      const initials = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const m = new RegExp(`^(?:${[outlet, first, ...(initials.length >= 2 ? [initials] : [])].map(escapeRegExp).join('|')})(?:['’]s)?\\s+(?:own\\s+)?(?:${STAFF}|(?:${STAFF_BEAT}\\s+){0,2}(?:editor|columnist|correspondent|reporter|journalist))s?\\b`, 'i').exec(words);
      if (m && !personalName(words)) return this.outletActor(words);
      // The short name the page's own credit prints, in its dateline ("(CNX) –") or copyright line ("© CNX 2020").
      const short = new RegExp(`^(\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){0,2})(?:['’]s)?\\s+(?:own\\s+)?(?:${STAFF})s?$`, 'u').exec(words)?.[1];
      if (short && !this.o.matcher.match(short).length && this.printsOwnCredit(short)) return this.outletActor(words);
    }
    // Another medium's staff or camera ("Kestrel TV's cameraman", "a Ravenhill camera crew", "Ravenhill's camera"): the medium
    // reports what they saw. A new one is proposed as a medium, whatever its name alone would make it.
    // A crew or a team is a medium's only when it films or watches ("On Sunday an Arclight crew at Kafr Lusin filmed ..."); a
    // place after the staff says where they were.
    const staffWords = words.replace(/\s+(?:in|at|near|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u, '');
    const filming = !!context && (/\b(?:crews?|teams?)(?:,\s+[^,.;]{2,60},|\s+(?:in|at|near|on|along|with)\s+[^,.;]{2,40}?)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:filmed|photographed|watched|saw|seen|witnessed|counted|spotted|observed|filming|watching|counting)\b/.test(context.sentence) || /\b(?:filmed|shot|taken|recorded)\s+by\s+(?:an?\s+|the\s+)?[^,.;]{2,40}?\s+(?:crews?|teams?)\b/.test(context.sentence));
    const staffOf = MEDIA_STAFF_OF.exec(staffWords)?.[1] ?? (filming ? CREW_OF.exec(staffWords)?.[1] : undefined);
    if (staffOf && !personalName(staffOf)) {
      const known = this.o.matcher.match(staffOf).find((m) => m.score >= 0.95)?.ref ?? null;
      const r = this.resolve(staffOf, known, known ? 'alias' : null, context);
      if (r) {
        const asMedium = r.isNew && !['MEDIA', 'NEWS_AGENCY', 'BROADCASTER'].includes(r.ref.kind) ? { ...r, ref: this.retype(r.ref, 'MEDIA') } : r;
        return { ...asMedium, personal: true, reasons: [`"${words}" report for ${r.ref.name}`, ...r.reasons] };
      }
    }
    // "according to a Lakeside count of ministry statements": the outlet's own tally of others' figures is its own voice,
    // not a speaker (by its name, first word or initials, or the short name of its dateline or copyright line).
    const tally = /^(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})(?:['’]s)?\s+(?:own\s+)?(?:count|tally|analysis|review|calculation|compilation)\s+of\b/u.exec(words)?.[1];
    if (tally && outlet) {
      const initials = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const own = [outlet, outlet.split(/\s+/)[0]!, initials].some((n) => n.toLowerCase() === tally.toLowerCase()) || this.printsOwnCredit(tally);
      if (own) return null;
    }

    // "Lina Haddad of the Levant Policy Forum": a person named with where they work is the person speaking.
    const ofName = /^(\p{Lu}\S+(?:\s+\S+){1,3}?)\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}/u.exec(words)?.[1];
    if (ofName && !aliasRef && PERSONAL_NAME.test(ofName) && !ORG_WORDS.test(ofName) && !NOT_IN_NAMES.test(ofName.replace(/\b(?:al|el)-/gi, '')) && !TITLES.test(ofName.split(/\s+/)[0]!.replace(/\.$/, '')) && !this.o.matcher.match(words).length) {
      const r = this.resolve(ofName, null, null);
      if (r) return r;
    }
    // A body or group named by its capital ("officials in Ankara", "the defence ministry in Ankara", "Ankara's defence
    // ministry") is that state's own, when the state has one by that name ("Turkish officials", "Turkey's defence ministry").
    const inCapital = !aliasRef ? /^(?:[Tt]he\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+in\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(phrase.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())) : null;
    const capitalPossessive = !aliasRef && !inCapital ? /^(\p{Lu}[\p{L}-]+)['’]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u.exec(phrase.trim()) : null;
    const byCapital = inCapital ? { role: inCapital[1]!, capital: inCapital[2]! } : capitalPossessive ? { role: capitalPossessive[2]!, capital: capitalPossessive[1]! } : null;
    if (byCapital && ROLE_OF_STATE.test(byCapital.role)) {
      const country = this.capitalCountry(byCapital.capital);
      const demonym = country ? DEMONYMS[country.toLowerCase()] : undefined;
      for (const name of country ? [...(demonym ? [`${demonym} ${byCapital.role}`] : []), `${country}'s ${byCapital.role}`] : []) {
        const body = this.o.matcher.match(name).find((m) => m.score >= 0.95 && m.ref.kind !== 'STATE' && m.ref.kind !== 'PERSON');
        if (body) return { ref: body.ref, isNew: false, confidence: 0.7, reasons: [`"${words}": ${byCapital.capital} is the capital of ${country}, whose ${byCapital.role} this is`], alternatives: [] };
      }
    }
    // A capital named as a speaker ("Ankara says", "Damascus has dismissed", "the government in Ankara") is its state.
    const capital = /^(?:[Tt]he\s+)?(?:government|authorities)\s+in\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(phrase.trim())?.[1] ?? /^(\p{Lu}[\p{L}'’-]+)\s+(?:government|authorities)$/u.exec(words)?.[1];
    if (!aliasRef && (/^\p{Lu}[\p{L}'’-]+$/u.test(words) || capital)) {
      const state = this.capitalState(capital ?? words);
      if (state) return { ref: state, isNew: false, confidence: 0.7, reasons: [`"${words}", a capital, speaks for ${state.name}`], alternatives: [] };
      // A capital the graph does not know ("Madrid has ruled out both", "the government in Athens"): that country's
      // government, proposed by its demonym so every article's "Madrid" is one actor.
      const demonym = demonymOfCapital(capital ?? words);
      if (demonym && !this.o.matcher.match(capital ?? words).length && !this.fullName(capital ?? words)) {
        const name = `${demonym} government`;
        const known = this.o.matcher.match(name).find((m) => m.score >= 0.95);
        if (known) return { ref: known.ref, isNew: false, confidence: 0.65, reasons: [`"${words}", the capital of the ${demonym} state, speaks for ${known.ref.name}`], alternatives: [] };
        const ref = this.create(name, kindOfNew(name), [name], `named as a source by its capital ("${phrase.trim()}")`);
        return { ref, isNew: true, confidence: 0.6, reasons: [`"${words}" is the capital of the ${demonym} state, which speaks`, `proposed as a new ${ref.kind} (AUTO)`], alternatives: [] };
      }
    }
    // An unnamed spokesman speaks for the body: "a coalition spokesman", "a spokesman for the movement".
    const spokesman = /^(?:(.+?)\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|press office|press service)(?:\s+(?:for|of)\s+(?:the\s+)?(.+))?$/i.exec(words);
    if (spokesman && !personalName(words) && (spokesman[1] || spokesman[2]) && !(spokesman[1] && spokesman[2])) {
      const body = (spokesman[2] ?? spokesman[1])!.trim().replace(/['’]s?$/, '');
      // "President Putin's spokesman": the owner by name, without the title the graph does not print.
      const known = aliasRef ?? this.o.matcher.match(body)[0]?.ref ?? (withoutTitles(body) !== body ? this.o.matcher.match(withoutTitles(body))[0]?.ref : null) ?? null;
      // A bare modifier ("a military spokesman", "a ministry spokesman") names no body of its own.
      const generic = /^(?:military|government|official|state|police|army|security|foreign|defen[cs]e|interior|senior|local|presidential|ministry|regional|provincial|federal|national|palace|press)$/i.test(body);
      if (!/^(?:a|an|the|his|her|their|its)$/i.test(body) && (known || !generic)) {
        const r = this.resolve(body, known, known ? (aliasVia ?? 'alias') : null);
        if (r) return { ...r, reasons: [`"${words}" speaks for ${r.ref.name}`, ...r.reasons] };
      }
    }
    // An international organisation's office, mission, agencies or officials speak for it: "the UN mission", "UN agencies",
    // "UN officials", "the UN humanitarian office OCHA" (its acronym after it).
    const org = this.o.index.link(words).filter((m) => m.entity?.type === 'actor')[0];
    const part = words.slice(org?.end ?? 0).replace(/,?\s+\(?[A-Z]{3,8}\)?$/u, '');
    if (org?.entity?.kind === 'INTERNATIONAL_ORGANISATION' && !words.slice(0, org.start).trim() && /^(?:['’]s)?\s*(?:[\p{L}-]+\s+){0,2}(?:office|mission|agency|agencies|department|body|programme|program|bureau|team|operation|operations|officials|staff)$/iu.test(part)) {
      return { ref: org.entity, isNew: false, confidence: 0.65, reasons: [`"${words}" is part of ${org.entity.name}`], alternatives: [] };
    }
    // "UN figures", "the ministry's data": figures speak for the body that compiled them.
    const figures = /^(.+?)(?:['’]s?)?\s+(?:own\s+|latest\s+|official\s+|written\s+|new\s+|final\s+|preliminary\s+|provisional\s+)?(?:figures|data|statistics|numbers|tally|tallies|estimates?|records|count|counts|statement|communiqu[ée]|announcement|report|bulletin|post|tweet|website|account|letter)$/i.exec(words);
    // A capitalised noun ends a name ("the Bellbird Post", "Northland Data"), not a body's post or data.
    if (figures && !aliasRef && !/\s\p{Lu}[\p{L}]*$/u.test(words)) {
      const body = figures[1]!.trim();
      // "the final tallies", "preliminary figures": figures of no one named, in the outlet's voice.
      if (/^(?:the\s+)?(?:final|preliminary|provisional|partial|early|earlier|first|initial|latest|last|unofficial|complete|full|current)$/i.test(body)) return null;
      const known = this.o.matcher.match(body)[0]?.ref ?? this.o.index.link(body).filter((m) => m.entity?.type === 'actor').pop()?.entity ?? null;
      const r = this.resolve(body, known, known ? 'alias' : null);
      if (r) return { ...r, reasons: [`"${words}" are the figures of ${r.ref.name}`, ...r.reasons] };
    }
    // "The Syrian army's general command", "the general command": an army's command speaks for the army — the one named as
    // its owner, else the army that spoke last, else the army of the country where the sentence happens.
    const command = /^(?:(.+?)['’]s\s+)?(?:general|high|supreme|military|army)\s+command$/i.exec(words);
    if (command) {
      const owner = command[1] ? (this.o.matcher.match(command[1]).find((m) => m.score >= 0.95 && m.ref.kind === 'MILITARY')?.ref ?? null) : null;
      // Only a bare "the general command" is guessed: "the rebels' high command" is not an army's.
      // "The army's general command" is as bare: the army is the one "the army" names.
      const bare = (/^(?:the\s+)?(?:general|high|supreme|military|army)\s+command$/i.test(phrase.trim()) && !/\p{L}['’]s?\s*$/u.test(context?.before ?? '')) || /^(?:the\s+)?(?:army|military)$/i.test(command[1] ?? '');
      const army = owner ?? (bare ? (this.anaphor('army') ?? this.bodyByFunction('the army', context)?.ref ?? null) : null);
      if (army && army.kind === 'MILITARY') return { ref: army, isNew: false, confidence: 0.7, reasons: [`"${words}" is the command of ${army.name}`], alternatives: [] };
    }
    // "The president's office": a head of state's or government's office is the body that serves them.
    const office = /^(.+?)['’]s?\s+(?:office|press office|administration)$/i.exec(words);
    if (office) {
      const body = this.officeOf(office[1]!);
      if (body) return { ref: body, isNew: false, confidence: 0.65, reasons: [`"${words}" is ${body.name}`], alternatives: [] };
    }
    // "Erdogan's government": a known leader's government is the state they belong to.
    const government = /^(.+?)['’]s?\s+(?:government|administration|cabinet)$/i.exec(words)?.[1];
    const leader = government ? this.o.matcher.match(government).find((m) => m.score >= 0.95 && m.ref.kind === 'PERSON') : undefined;
    const leaderActor = leader ? this.o.knowledge.actors.find((a) => a.key === leader.ref.key) : undefined;
    const leaderState = leaderActor ? this.stateOf(leaderActor) : null;
    const stateRef = leaderState ? this.o.matcher.byKey.get(leaderState) : undefined;
    if (stateRef) return { ref: stateRef, isNew: false, confidence: 0.65, reasons: [`"${words}" is the government of ${stateRef.name}, ${leader!.ref.name}'s state`], alternatives: [] };

    const body = !aliasRef ? this.bodyByFunction(phrase, context) : null;
    if (body) return body;
    const name = personalName(words);
    // A known actor by alias at the phrase's head.
    if (aliasRef) {
      const confidence = aliasVia === 'spelling' ? 0.8 : aliasVia === 'anaphor' ? 0.7 : 0.95;
      const reasons = [aliasVia === 'spelling' ? `"${words}" read as a spelling of ${aliasRef.name}` : aliasVia === 'anaphor' ? `"${phrase.trim()}" refers back to ${aliasRef.name}, named just before` : `named by its alias in "${words}"`];
      return { ref: aliasRef, isNew: false, confidence, reasons, alternatives: this.alternatives(aliasRef) };
    }
    // An unnamed body or source of a side the sentence names ("a military source" after "Syrian air defences",
    // "In Moscow, the defence ministry"): the known actor of that side with those words.
    const sided = context && !aliasRef ? this.ofSide(words, context) : null;
    if (sided) return sided;
    // A new actor this article already named.
    const again = this.createdNamed(name ?? words);
    // A bare surname another person shares stands for the one named last ("Lena Brask" ... "Mayor Tomas Brask" ... "Brask").
    const sharedSurname = again && /^\p{Lu}[\p{L}'’-]+$/u.test(words) && this.fullName(words, context?.start);
    if (again && !(sharedSurname && sharedSurname !== again.actor.name)) {
      again.claims++;
      return { ref: again.ref, isNew: true, confidence: 0.75, reasons: [`"${words}" was named before in the article`], alternatives: [] };
    }
    // A known actor by the phrase as a whole.
    const matches = this.o.matcher.match(name ?? words);
    const best = matches[0];
    const { head } = headNoun(words);
    // One person in a role is not the institution ("a Turkish soldier" is not the Turkish military), unless the
    // known actor is such a person or a group of them ("a Syrian army source", "a senior Turkish official").
    const singularRole = PERSON_ROLES.has(head) && !name;
    const aliasHead = best ? headNoun(best.alias).head : '';
    if (best && !(singularRole && !['PERSON', 'GROUP'].includes(best.ref.kind) && aliasHead !== head)) {
      const reasons = [best.how === 'alias' ? `named by its alias "${best.alias}"` : best.how === 'spelling' ? `"${words}" is a spelling of "${best.alias}"` : `"${words}" has the words of "${best.alias}"`];
      return { ref: best.ref, isNew: false, confidence: best.score >= 0.95 ? 0.85 : 0.65, reasons, alternatives: matches.slice(1, 3).map((m) => ({ ref: m.ref, confidence: 0.3, reasons: [`"${words}" shares the words of "${m.alias}"`] })) };
    }
    // A definite description or a surname of someone named before.
    if (/^(?:the\s+)?\p{Ll}/u.test(words) && /^the\s/i.test(phrase.trim()) && words.split(/\s+/).length <= 2) {
      const ref = this.anaphor(head) ?? this.mediumNamedBefore(head, context) ?? this.mediumBefore(head) ?? (context && words.toLowerCase() === head ? this.bodyNamedBefore(head, context.start + context.before.length) : null);
      if (ref) return { ref, isNew: this.isNew(ref.key), confidence: 0.7, reasons: [`"${phrase.trim()}" refers back to ${ref.name}, named before`], alternatives: [] };
      // "The channel's pictures" with no channel named before: a common noun is no new actor.
      if (/^(?:channel|station|network|broadcaster|agency|wire|paper|newspaper|daily|weekly|broadcast|bulletin)$/.test(head)) return null;
    }
    // "Mr Sánchez", "Dr Aoun": an honorific before a surname; the full name is the article's, when it prints one.
    // ... or titles before it ("Foreign Minister Lavrov", "Governor Doğan"), as an honorific is.
    const surname = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(words)?.[1] ?? titledSurname(words);
    if (surname || /^\p{Lu}[\p{L}'’-]+$/u.test(words)) {
      const full = this.fullName(surname ?? words, context?.start);
      if (full) {
        const known = this.o.matcher.match(full)[0];
        if (known) return { ref: known.ref, isNew: false, confidence: 0.75, reasons: [`"${words}" is the surname of ${full}, named in the article`], alternatives: [] };
        const ref = this.create(full, 'PERSON', [full, words], `named as a source ("${words}", in full "${full}")`);
        return { ref, isNew: true, confidence: 0.7, reasons: [`"${words}" is the surname of ${full}, named in the article`, 'proposed as a new PERSON (AUTO)'], alternatives: [] };
      }
      // "Cavusoglu said", "Minister Çavuşoğlu said": the surname of one person the graph knows, when the page names no other.
      const known = this.knownBySurname(surname ?? words, (surname ? words.slice(0, words.lastIndexOf(surname)) : '').trim());
      if (known) return { ref: known, isNew: false, confidence: 0.7, reasons: [`"${words}" is the surname of ${known.name}, whom the graph knows`], alternatives: [] };
      // "Calloway" after "Calloway News Service": the short form of an organisation the article names in full.
      const organisation = surname ? null : this.fullOrganisation(words);
      if (organisation) {
        const r = this.resolve(organisation, null, null);
        if (r) return { ...r, reasons: [`"${words}" is short for ${organisation}, named in the article`, ...r.reasons] };
      }
    }

    // An organisation described by where it is based ("the Britain-based group", "the Geneva-based organisation"): the
    // monitor, group or international organisation that spoke just before; nothing else is guessed.
    if (/^the\s/i.test(phrase.trim()) && /^[\p{L}.]+-based\s+(?:group|organi[sz]ation|charity|body|ngo)$/iu.test(words)) {
      const spoke = this.history.slice(-4).reverse().find((r) => ['MONITOR', 'GROUP', 'INTERNATIONAL_ORGANISATION'].includes(r.kind));
      if (spoke) return { ref: spoke, isNew: this.isNew(spoke.key), confidence: 0.6, reasons: [`"${phrase.trim()}" describes ${spoke.name}, which spoke just before`], alternatives: [] };
    }
    // A monitor described, not named: the monitor that spoke last, else the one monitor the graph knows.
    if (MONITOR_DESCRIPTION.test(words)) {
      const spoke = [...this.history].reverse().find((r) => r.kind === 'MONITOR');
      const monitors = this.o.knowledge.actors.filter((a) => a.kind === 'MONITOR');
      const ref = spoke ?? (monitors.length === 1 ? (this.o.matcher.byKey.get(monitors[0]!.key) ?? null) : null);
      if (ref) return { ref, isNew: this.isNew(ref.key), confidence: 0.6, reasons: [`"${words}" describes a monitor: ${ref.name}`], alternatives: [] };
    }
    // A United Nations agency the graph does not know speaks for the United Nations ("the World Health Organization", "UNHCR").
    // ... also described before its own acronym ("The U.N. peacekeeping mission, MINUSMA,").
    const plain = (w: string) => w.replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''));
    const acronyms = plain(words);
    const described = plain(phrase.split(',')[0]!.trim().replace(/^(?:the|a|an)\s+/i, ''));
    if (UN_AGENCY.test(acronyms) || UN_ACRONYM.test(acronyms) || UN_AGENCY.test(described)) {
      const un = this.o.matcher.match('United Nations').find((m) => m.ref.kind === 'INTERNATIONAL_ORGANISATION');
      if (un) return { ref: un.ref, isNew: false, confidence: 0.6, reasons: [`"${words}" is an agency of ${un.ref.name}`], alternatives: [] };
    }
    // A new actor.
    if (name) {
      const kind = kindOfNew(name);
      const memberOf = this.memberOf(words.slice(0, words.length - name.length));
      const ref = this.create(name, kind, [name], `named as a source ("${words}")`, memberOf);
      return { ref, isNew: true, confidence: 0.75, reasons: [`"${name}" is a name no actor has`, `proposed as a new ${kind} (AUTO)`], alternatives: [] };
    }
    // "The UN's humanitarian office": an organisation's office speaks for it.
    const possessor = /^(.+?)(?:['’]s|(?<=s)['’])\s+(.+)$/.exec(words);
    if (possessor) {
      const owner = this.o.matcher.match(possessor[1]!)[0] ?? null;
      const ownerRef = owner?.ref ?? this.o.index.resolve(possessor[1]!, { start: 0, end: possessor[1]!.length }, 'actor')?.entity ?? null;
      if (ownerRef && ownerRef.kind === 'INTERNATIONAL_ORGANISATION' && /\b(?:office|agency|department|body|programme|program|mission|bureau)\b/i.test(possessor[2]!)) {
        return { ref: ownerRef, isNew: false, confidence: 0.6, reasons: [`"${words}" is part of ${ownerRef.name}`], alternatives: [] };
      }
    }
    // "Rebel commanders": people of a known group in the plural speak for it.
    // Lawmakers, politicians and parties are no armed group's members: "opposition lawmakers" are not the armed opposition.
    if (GROUP_NOUNS.has(head) && !/\b(?:of|at|from|in|with)\b/i.test(words)) {
      const modifier = words.split(/\s+/).slice(0, -1).join(' ');
      const group = modifier ? this.o.index.resolve(modifier, { start: 0, end: modifier.length }, 'actor') : null;
      const political = /^(?:lawmakers|legislators|politicians|parties|deputies)$/.test(head);
      if (group?.entity && (group.entity.kind === 'GROUP' || (group.entity.kind === 'ARMED_GROUP' && !political))) {
        return { ref: group.entity, isNew: false, confidence: 0.6, reasons: [`"${words}" speak for ${group.entity.name}`], alternatives: [] };
      }
    }
    // "the state-run X", "the Kremlin-backed Izvestia", "Britain's Guardian": a name after what describes it, or whose it is.
    let cleaned = withoutCountryOwner(
      words.replace(RUN_OR_BACKED, ''),
      // Only before a proper name, and not a body's ("Israel's Defence Ministry"), unless a medium's.
      (rest) => !/^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(rest) || (ORG_WORDS.test(rest) && !namedAsMedium(rest)),
    ).replace(/^(?:[Oo]perator|[Cc]ompany|[Ff]irm|[Ii]nsurer|[Uu]tility|[Cc]arrier|[Rr]etailer|[Rr]egulator|[Dd]eveloper|[Mm]anufacturer|[Aa]irline|[Ll]ender|[Cc]harity)\s+(?=\p{Lu}\S*$)/u, '');
    // A new common-noun sayer keeps the named place that tells it apart ("farmers in Kitui", "a camp manager near Atmeh",
    // "the embassy in Manila"), without an administrative word after it ("in Kitui county"); speakerWords drops it to find
    // a known actor.
    const withoutApposition = phrase.trim().split(/,\s+/).filter((x, i) => i === 0 || !WHERE_A_PLACE_IS.test(x)).join(', ');
    const placed = PLACED_AT_END.exec(withoutApposition);
    const last = cleaned.split(/\s+/).pop()!;
    const common = /^\p{Ll}/u.test(last) || (cleaned === last && (GROUP_NOUNS.has(last.toLowerCase()) || PERSON_ROLES.has(last.toLowerCase())));
    if (placed && common && !name && placed.input.slice(0, placed.index).endsWith(last)) {
      cleaned = `${cleaned} ${placed[1]} ${placed[2]}`;
    }
    // "..., residents said" in a sentence about a known town: the residents of that town, not everyone's residents (one
    // AUTO actor "Residents" would gather every article's). Only a town, village, city or district qualifies.
    const bare = /^(?:local\s+)?(?:(residents?|villagers?|inhabitants?|locals)|witness(?:es)?|shopkeepers?)$/i.exec(cleaned);
    if (!placed && bare && context) {
      // A town named only to say where another one is ("Binnish, north-east of Idlib city") is not where they live.
      const towns = this.o.index
        .link(context.sentence)
        .filter((m) => m.entity?.type === 'place' && ['CITY', 'TOWN', 'VILLAGE', 'DISTRICT'].includes(m.entity.kind))
        .filter((m) => !/(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:from|of))\s+(?:the\s+)?$/i.test(context.sentence.slice(Math.max(0, m.start - 40), m.start)));
      // Only one town: with two ("troops based in Dorvik shelled Marbek"), which one the residents live in is a guess.
      const town = new Set(towns.map((m) => m.entity!.key)).size === 1 ? towns[0] : undefined;
      if (town) cleaned = `${cleaned} ${bare[1] ? 'of' : 'in'} ${town.text}`;
    }
    // "Two Turkish officials said ... A third official said ...": another of the speakers named before with that noun.
    // Only unnamed officials, sources and diplomats: "another resident" may be anyone.
    const another = aliasRef ? null : /^(?:an?other|a\s+(?:second|third|fourth|fifth))\s+(official|source|diplomat)$/u.exec(phrase.trim().replace(/^A/, 'a'))?.[1];
    if (another) {
      // The same noun, not a kin one ("another source" is no earlier "officials").
      const sameNoun = new RegExp(`\\b${another}s?$`, 'i');
      const before = [...this.history].reverse().find((r) => sameNoun.test(r.name.replace(/\s+(?:in|at|near|from|on|of)\s.*$/, '')));
      if (before) return { ref: before, isNew: this.isNew(before.key), confidence: 0.6, reasons: [`"${phrase.trim()}" is one more of ${before.name}, named before`], alternatives: [] };
    }
    // "Russia blames the rebels. Its defence ministry said ...": the body of the country "its" stands for, the first named in
    // the sentence before the phrase, else in the sentence before ("Russian defence ministry"), known or new.
    // So does "the country's" ("The country's National Defense Ministry announced").
    const possessed = aliasRef || !context ? null : /^(?:its|the\s+country['’]s)\s+(.+)$/i.exec(phrase.trim())?.[1];
    if (possessed && INSTITUTION.test(possessed.replace(/^national\s+/i, ''))) {
      const previous = this.o.text.slice(Math.max(0, context!.start - 400), context!.start).split(/(?<=[.!?]["”’]?)\s+(?=\S)/u).filter((x) => x.trim()).pop() ?? '';
      // "The country's" is the last country named before it ("Kenya sent doctors to Somalia ... The country's health ministry").
      const country = /^the\s+country/i.test(phrase.trim()) ? (countriesNamed(`${previous} ${context!.before}`).pop() ?? null) : (this.firstCountryIn(context!.before) ?? this.firstCountryIn(previous));
      if (country) {
        // A state the table of countries does not hold ("Capital of Northland") by its name: "Northland's defence ministry".
        const name = `${demonymOf(country) ?? `${country}'s`} ${possessed.toLowerCase()}`;
        return this.bodyOfCountry(name, kindOfNew(name), words, `"${phrase.trim()}": "its" is ${country}, named just before`);
      }
    }
    // "The government said", "police said" in a story about a country the graph does not know: that country's ("Zambian
    // police"), so one article's government is not every article's. The country is the one the sentence names, else the
    // one the article names most.
    if (!placed && context && INSTITUTION.test(cleaned)) {
      // Only the words up to the speaker say whose body it is: "The ministry said two Russian diplomats left" is no Russian ministry.
      const country = this.countryOfStory(`${context.before} ${cleaned}`);
      if (country) {
        const name = `${demonymOf(country)} ${cleaned.toLowerCase()}`;
        // The graph may know the body by another spelling ("Turkey's Defense Ministry" for "its defence ministry" in a story about Turkey).
        const known = this.o.matcher.match(name).find((m) => m.score >= 0.95);
        if (known) return { ref: known.ref, isNew: false, confidence: 0.6, reasons: [`"${words}" in a report about ${country} is ${known.ref.name}`], alternatives: [] };
        cleaned = name;
      }
    }
    const kind = kindOfNew(cleaned);
    const memberOf = this.memberOf(cleaned);
    // "villagers" → "Villagers"; a name printed in capitals ("FIELD COMMANDER") in title case.
    const undotted = cleaned.replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''));
    // An acronym stays as printed ("ISNA", "FPRC"), not "Isna".
    const display = /^\p{Lu}{2,6}$/u.test(undotted) ? undotted : /^[\p{Lu}\s'’-]+$/u.test(undotted) ? titleCase(undotted) : undotted.charAt(0).toUpperCase() + undotted.slice(1);
    const ref = this.create(display, kind, [...new Set([display, cleaned.charAt(0).toUpperCase() + cleaned.slice(1)])], `named as a source ("${words}")`, memberOf);
    return { ref, isNew: true, confidence: 0.65, reasons: [`no actor is named "${display}"`, `proposed as a new ${kind} (AUTO)`], alternatives: [] };
  }

  /**
   * The known actor an unnamed, lower-case description names once its side is added: the side is the place of a
   * fronted "In <capital or country>," or else the one nationality the sentence names ("Syrian", "Syria's").
   * Only a description the graph knows word for word with that nationality ("Syrian army source", "Russian defence
   * ministry") is taken; any other stays as it is.
   */
  private ofSide(words: string, context: ClaimantContext): Resolved | null {
    if (!/^\p{Ll}[\p{Ll}\s'’-]*$/u.test(words) || words.split(/\s+/).length > 4) return null;
    const demonyms = new Set(Object.values(DEMONYMS));
    if (signature(words).some((w) => demonyms.has(w))) return null;
    const fronted = FRONTED_PLACE.exec(context.before)?.[1];
    let side = fronted ? this.demonymOfPlace(fronted) : null;
    // A state's own medium in the sentence ("quoted by SANA", "a statement read out on state television") carries its own
    // side's army: "a military source", "the army's general command", whatever town the sentence opens on, and before any
    // nationality the words it carries name ("SANA quoted a military source as denying that Turkish fire ...").
    if (!side && /^(?:(?:army|military)(?:['’]s)?\s+)?(?:army|military|armed forces|general command|command|source|sources)$/.test(words)) {
      const states = new Set(this.o.index.link(context.sentence).map((m) => (m.entity?.type === 'actor' ? this.stateOfMedium(m.entity.key) : null)).filter((s): s is string => !!s));
      if (states.size === 1) side = [...states][0]!;
    }
    // The nationality of the sentence only qualifies unnamed people ("a military source", "officials"); a body
    // ("the government") may be another side's, spoken of in the words it reports.
    if (!side && !fronted && /\b(?:source|sources|official|officials|diplomat|diplomats|officer|officers)$/i.test(words)) {
      const sides = (words: string) => {
        const found = new Set<string>();
        const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
        for (const [country, demonym] of Object.entries(DEMONYMS)) {
          if (country.length <= 3) continue;
          if (new RegExp(`\\b(?:${cap(demonym)}|${cap(country)}['’]s)(?![\\p{L}])`, 'u').test(words)) found.add(demonym);
        }
        // A state the graph knows without a demonym names its side as a possessive or a modifier ("Northland air defences").
        for (const state of this.o.knowledge.actors) {
          if (state.kind !== 'STATE' || !/^\p{Lu}\p{Ll}+$/u.test(state.name) || DEMONYMS[state.name.toLowerCase()]) continue;
          if (new RegExp(`\\b${state.name}(?:['’]s\\s|\\s+\\p{Ll})`, 'u').test(words)) found.add(state.name.toLowerCase());
        }
        return found;
      };
      // The words before the phrase first ("Syria's state news agency, citing a military source, ..."), then the sentence.
      const before = sides(context.before);
      const all = before.size ? before : sides(context.sentence);
      if (all.size === 1) side = [...all][0]!;
    }
    if (!side) return null;
    // An army's command speaks as the army: "the army's general command", "the general command".
    const body = /^(?:(?:army|military)['’]s\s+(?:general\s+)?command|(?:general|army|military)\s+command)$/.test(words) ? 'army' : words;
    // A military source is the army's source: the graph may know it either way ("Syrian army source").
    const m = [body, body.replace(/^military\b/, 'army')].map((b) => this.o.matcher.match(`${side} ${b}`).find((x) => x.score >= 0.95)).find(Boolean);
    if (!m) return null;
    return { ref: m.ref, isNew: false, confidence: 0.6, reasons: [`"${words}" of the ${side} side the sentence names: ${m.ref.name}`], alternatives: [] };
  }

  /** The side a state's medium speaks for, as a nationality ("syrian" for SANA); null for any other actor. */
  private stateOfMedium(key: string): string | null {
    const actor = this.o.knowledge.actors.find((a) => a.key === key);
    if (!actor || !['MEDIA', 'NEWS_AGENCY', 'BROADCASTER'].includes(actor.kind) || !actor.memberOf) return null;
    const state = this.o.knowledge.actors.find((a) => a.key === actor.memberOf && a.kind === 'STATE');
    if (!state) return null;
    const first = state.name.split(/\s+/)[0]!;
    return (countryOf(first) ? demonymOf(countryOf(first)!) : null)?.toLowerCase() ?? first.toLowerCase();
  }

  /**
   * A state's body named by what it does: "its defence ministry" (after "Turkey has lost 14 soldiers"), "his foreign
   * ministry" (after Erdoğan), "the army" (after "Syrian government forces"). The owner is the nearest known actor
   * named before: in the sentence for a possessive, else also in the paragraph before. "The army" takes the nearest
   * army named; a ministry the one of the owner's state, when the graph knows it.
   */
  private bodyByFunction(phrase: string, context?: ClaimantContext): Resolved | null {
    const m = /^(?:(its|his|her|their)|the)\s+(army|military|armed forces|(?:defen[cs]e|foreign|interior)\s+ministry|ministry\s+of\s+(?:defen[cs]e|foreign\s+affairs|(?:the\s+)?interior))$/i.exec(phrase.trim());
    if (!m || !context) return null;
    const at = context.start;
    const role = m[2]!.toLowerCase();
    const military = /^(?:army|military|armed forces)$/.test(role);
    const word = /defen[cs]e/.test(role) ? /defen[cs]e/i : /foreign/.test(role) ? /foreign/i : /interior/i;
    const fits = (a: KnownActor) => (military ? a.kind === 'MILITARY' : a.kind === 'GOVERNMENT_BODY' && [a.name, ...a.aliases].some((n) => word.test(n) && /ministry/i.test(n)));
    // "In Moscow the defence ministry": the fronted place says whose ministry (ofSide), not the last actor named before.
    if (!m[1] && !military && FRONTED_PLACE.test(context.before)) return null;
    const paragraph = this.o.text.slice(Math.max(0, at - 600), at);
    if (!m[1] && military) {
      // "The army" is the army of the country where the sentence (else the paragraph before it) happens: the nearest army
      // named may be a foreign one ("Turkish troops dug in near Taftanaz. The army said it held Saraqib").
      const state = this.stateWhere(context.sentence) ?? this.stateWhere(paragraph);
      const army = state ? this.o.knowledge.actors.find((a) => a.kind === 'MILITARY' && this.stateOf(a) === state) : undefined;
      const ref = army ? this.o.matcher.byKey.get(army.key) : undefined;
      if (ref) return { ref, isNew: false, confidence: 0.65, reasons: [`"${phrase.trim()}" is the army of the country where the sentence happens: ${army!.name}`], alternatives: [] };
      // No country placed: the army the sentence (else the paragraph before it) named last ("Northland troops took the bridge,
      // the army said").
      const named = [...this.o.index.link(context.before).reverse(), ...this.o.index.link(paragraph).reverse()].find((x) => x.entity?.type === 'actor' && x.entity.kind === 'MILITARY');
      const nearest = !state && named ? this.o.matcher.byKey.get(named.entity!.key) : undefined;
      return nearest ? { ref: nearest, isNew: false, confidence: 0.6, reasons: [`"${phrase.trim()}" is ${nearest.name}, the army named just before`], alternatives: [] } : null;
    }
    const before = m[1] ? context.before : `${paragraph} ${context.before}`;
    const mentions = this.o.index.link(before).filter((x) => x.entity?.type === 'actor');
    for (const mention of mentions.reverse()) {
      const owner = this.o.knowledge.actors.find((a) => a.key === mention.entity!.key);
      if (!owner) continue;
      const state = this.stateOf(owner);
      const body = fits(owner) && !m[1] ? owner : state ? this.o.knowledge.actors.find((a) => fits(a) && this.stateOf(a) === state) : undefined;
      const ref = body ? this.o.matcher.byKey.get(body.key) : undefined;
      if (ref) return { ref, isNew: false, confidence: 0.65, reasons: [`"${phrase.trim()}" is the ${role} of ${owner.name}, named before`], alternatives: [] };
      if (m[1]) return null;
    }
    return null;
  }

  /** The state of the country the first known place of a text lies in (up its `within` chain), when the graph has one. */
  private stateWhere(text: string): string | null {
    for (const mention of this.o.index.link(text)) {
      if (mention.entity?.type !== 'place') continue;
      let place = this.o.knowledge.places.find((p) => p.key === mention.entity!.key);
      for (let i = 0; place && place.kind !== 'COUNTRY' && i < 5; i++) place = place.within ? this.o.knowledge.places.find((p) => p.key === place!.within) : undefined;
      if (!place) continue;
      const demonym = DEMONYMS[place.name.toLowerCase()];
      const state = this.o.knowledge.actors.find((a) => a.kind === 'STATE' && [a.name, ...a.aliases].some((n) => n === place!.name || (demonym && n.toLowerCase().startsWith(`${demonym} `))));
      if (state) return state.key;
    }
    return null;
  }

  /**
   * The state a mention stands for when a pair of them is referred back to ("both governments", "the two capitals"): a
   * state itself, a person's or a body's state, a capital's state. Null for anything else.
   */
  stateFor(entity: EntityRef, words: string): EntityRef | null {
    if (entity.type === 'place') return this.capitalState(words);
    const actor = this.o.knowledge.actors.find((a) => a.key === entity.key);
    const key = actor ? this.stateOf(actor) : null;
    return key ? (this.o.matcher.byKey.get(key) ?? null) : null;
  }

  /** The state an actor belongs to, up its memberOf chain. */
  private stateOf(actor: KnownActor): string | null {
    let a: KnownActor | undefined = actor;
    for (let i = 0; a && i < 5; i++) {
      if (a.kind === 'STATE') return a.key;
      a = a.memberOf ? this.o.knowledge.actors.find((x) => x.key === a!.memberOf) : undefined;
    }
    return null;
  }

  /** The demonym of a country named, or of the country whose capital a place is ("Moscow": "russian"). */
  demonymOfPlace(word: string): string | null {
    const direct = DEMONYMS[word.toLowerCase()];
    if (direct) return direct;
    const place = this.o.knowledge.places.find((p) => p.name === word || (p.aliases ?? []).includes(word));
    const country = place ? /^capital of ([\p{Lu}][\p{L} -]+?)\s*[;.(,]/iu.exec(place.description ?? '')?.[1] : undefined;
    const state = (name: string) => this.o.knowledge.actors.some((a) => a.kind === 'STATE' && a.name === name);
    if (!country) return state(word) ? word.toLowerCase() : null;
    return DEMONYMS[country.toLowerCase()] ?? (state(country) ? country.toLowerCase() : null);
  }

  /** The country of the place a correspondent reports from, before `at`, by its capital ("ANKARA CORRESPONDENT", "(Anselm Vogt, Ankara):", "reporting from Ankara"). */
  private reporterCountry(at = Infinity): string | null {
    const before = this.o.text.slice(0, at);
    // ... or by a country named as where the reporter is ("Yeliz Hatipoğlu is in southern Turkey for us", "reporting from
    // Hatay, in southern Turkey"), when the town itself is one the reader does not place.
    const places = [...before.matchAll(/\b(\p{Lu}[\p{L}-]+)\s+CORRESPONDENT\b|\(\s*[^,()\n]{2,40},\s*(\p{Lu}[\p{L}-]+)\s*\)\s*:|\breport(?:ing|s)?\s+from\s+(\p{Lu}[\p{L}-]+)(?:,?\s+(?:in|on)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\s+)?(\p{Lu}[\p{L}-]+))?|\bis\s+(?:in|on)\s+(?:the\s+)?(?:southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)?\s*(\p{Lu}[\p{L}-]+)\s+for\s+us\b/gu)].map((m) => [m[1] ?? m[2] ?? m[3] ?? m[5]!, m[4]] as const);
    // The nearest the reader places.
    for (const place of places.reverse()) {
      for (const p of place) {
        if (!p) continue;
        const title = p.charAt(0) + p.slice(1).toLowerCase();
        const country = this.capitalCountry(title) ?? demonymOfCapital(title) ?? countriesNamed(title)[0];
        if (country) return countryOf(country) ?? country.toLowerCase();
      }
    }
    return null;
  }

  /** The country a text names first, by its name, adjective or capital ("Ankara says ..." is Turkey): lower case, or as its
   * place describes it when the table of countries does not hold it ("Northland"); null when something else is named first. */
  private firstCountryIn(text: string): string | null {
    for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu)) {
      const word = m[0].replace(/['’]s?$/u, '');
      const capital = this.capitalCountry(word) ?? demonymOfCapital(word);
      const country = countriesNamed(word)[0] ?? countriesNamed(word.split(/\s+/)[0]!)[0] ?? (capital ? (countryOf(capital) ?? capital) : null);
      if (country) return country;
      // The first named thing is no country ("The European Union blamed Russia"): "its" is that thing's, not a country's.
      if (!/^(?:The|A|An|In|On|At|After|Before|Meanwhile|But|And|Yet|Then|Later|Earlier|Still|Also|However|Last|This|On\s+\p{Lu}\S*)$/u.test(m[0]) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(word.split(/\s+/).pop()!)) return null;
    }
    return null;
  }

  /** The country a capital is the capital of, by its place's description ("Capital of Turkey; ..."). */
  private capitalCountry(word: string): string | undefined {
    const place = this.o.knowledge.places.find((p) => p.name === word || (p.aliases ?? []).includes(word));
    return place ? /^capital of ([\p{Lu}][\p{L} -]+?)\s*[;.(,]/iu.exec(place.description ?? '')?.[1] : undefined;
  }

  /** The state whose capital a place name is (a place described as "Capital of X"): X's STATE actor. */
  capitalState(word: string): EntityRef | null {
    const country = this.capitalCountry(word);
    if (!country) return null;
    const demonym = DEMONYMS[country.toLowerCase()];
    for (const name of [country, ...(demonym ? [`${demonym} government`, `${demonym} state`] : [])]) {
      const state = this.o.matcher.match(name).find((m) => m.score >= 0.95 && m.ref.kind === 'STATE');
      if (state) return state.ref;
    }
    return null;
  }

  /** The medium a description names, by its kind: "the channel" is the last broadcaster that spoke, "the agency" the last news agency. */
  private mediumBefore(head: string): EntityRef | null {
    const kinds = /^(?:channel|broadcaster|station|network|television|tv|broadcast|bulletin)$/.test(head)
      ? ['BROADCASTER', 'MEDIA']
      : /^(?:agency|group|wire)$/.test(head)
        ? ['NEWS_AGENCY']
        : /^(?:newspaper|paper|daily|website|outlet)$/.test(head)
          ? ['MEDIA']
          : null;
    if (!kinds) return null;
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - 4); i--) {
      const ref = this.history[i]!;
      if (kinds.includes(ref.kind)) return ref;
    }
    return null;
  }

  /**
   * "The paper notes ...", "the channel said" after a sentence that named the medium without quoting it ("Citing
   * officers, the Ashcombe Herald reports ..."): the last name printed before the sentence whose kind fits the noun.
   */
  private mediumNamedBefore(head: string, context?: ClaimantContext): EntityRef | null {
    const kinds = /^(?:channel|broadcaster|station|network)$/.test(head) ? ['BROADCASTER'] : /^(?:broadcast|bulletin)$/.test(head) ? ['BROADCASTER', 'MEDIA'] : /^(?:newspaper|paper|daily|weekly)$/.test(head) ? ['MEDIA'] : /^(?:agency|wire)$/.test(head) ? ['NEWS_AGENCY'] : head === 'outlet' ? ['MEDIA', 'BROADCASTER', 'NEWS_AGENCY'] : null;
    if (!kinds || !context) return null;
    const at = context.start;
    const before = `${this.o.text.slice(Math.max(0, at - 400), at)} ${context.before}`;
    // A possessive after the name ("Kestrel TV's camera") is not part of it.
    const names = [...before.matchAll(/\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*|\s+\d+){1,3}/gu)].map((m) => m[0].replace(/['’]s?$/, ''));
    for (const name of names.reverse()) {
      if (!kinds.includes(kindOfNew(name)) || /^\p{Lu}+$/u.test(name.replace(/\s+/g, ''))) continue;
      const r = this.resolve(name, this.o.matcher.match(name).find((m) => m.score >= 0.95)?.ref ?? null, null);
      if (r) return r.ref;
    }
    return null;
  }

  /**
   * The body the page last named before `at` by a name of its kind, though it had not spoken: a known body by its common
   * noun and owner ("Russia's defence ministry" for "the ministry", within 300 characters), else a name that prints the
   * noun ("Waimarie District Council" for "the council", within 1,500).
   */
  bodyNamedBefore(noun: string, at: number): EntityRef | null {
    const body = BODY_NAMED.get(noun);
    const named = body ? [...this.o.text.slice(Math.max(0, at - 300), at).matchAll(body)].pop() : undefined;
    if (named) {
      // "Russia's defence ministry" as the graph names it: "Russian defence ministry".
      const owner = /^(\p{Lu}[\p{L}-]*)['’]s?\s+(.+)$/u.exec(named[0].trim());
      const country = owner ? countryOf(owner[1]!) : null;
      const forms = [named[0].trim(), ...(owner && country && demonymOf(country) ? [`${demonymOf(country)} ${owner[2]}`] : [])];
      for (const form of forms) {
        const found = this.o.matcher.match(form).find((m) => m.score >= 0.95);
        if (found) return found.ref;
      }
    }
    const ending = BODY_NAMES[noun];
    if (!ending) return null;
    const before = this.o.text.slice(Math.max(0, at - 1500), at);
    const names = [...before.matchAll(/\p{Lu}[\p{L}&'’-]*(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}&'’-]*){1,4}/gu)].map((m) => m[0].replace(/['’]s?$/, '').replace(/^The\s+/, ''));
    const name = names.reverse().find((n) => n.includes(' ') && ending.test(n));
    return name ? (this.resolve(name, this.o.matcher.match(name).find((m) => m.score >= 0.95)?.ref ?? null, null)?.ref ?? null) : null;
  }

  /** The full name of an organisation the article prints, for its first word alone ("Calloway" for "Calloway News Service"). */
  private fullOrganisation(word: string): string | null {
    // "MOH" after "the Ministry of Health (MOH)": an acronym the page gives in brackets after the name.
    if (/^\p{Lu}{2,}$/u.test(word)) {
      const bracketed = new RegExp(`((?:\\p{Lu}[\\p{L}&'’-]*[ \\t]+(?:(?:of|for|and|on|the)[ \\t]+)*){1,8})\\(${escapeRegExp(word)}\\)`, 'u').exec(this.o.text);
      // The name is the words whose initials spell the acronym, with or without "of" and the like ("the Ministry of Health
      // (MOH)", not "On Tuesday the Office for Rail Regulation (ORR)").
      const ws = bracketed?.[1]!.trim().split(/\s+/) ?? [];
      const spells = (name: string[]) => [name.filter((w) => /^\p{Lu}/u.test(w)), name].some((n) => n.map((w) => w[0]!.toUpperCase()).join('') === word);
      const from = ws.findIndex((_, i) => spells(ws.slice(i)));
      if (from >= 0 && ws.length - from > 1) return ws.slice(from).join(' ');
    }
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}((?:\\s+\\p{Lu}[\\p{L}&'’-]*){1,3})`, 'gu');
    for (const m of this.o.text.matchAll(re)) {
      // "Kestrel TV's camera": the possessive is not part of the name.
      const full = `${word}${m[1]}`.replace(/['’]s?$/, '');
      if (!['PERSON', 'GROUP', 'STATE'].includes(kindOfNew(full)) && ORG_WORDS.test(full)) return full;
    }
    return null;
  }

  /** The body a head of state or government's office is: a president's presidency, a prime minister's office. */
  officeOf(owner: string): EntityRef | null {
    const person = this.o.index.link(owner).filter((m) => m.entity?.type === 'actor').pop()?.entity;
    const actor = person ? this.o.knowledge.actors.find((a) => a.key === person.key) : undefined;
    if (!actor || actor.kind !== 'PERSON' || !actor.memberOf) return null;
    const words = [actor.name, ...(actor.aliases ?? []), actor.description ?? ''].join(' ');
    const role = /\bpresident\b/i.test(words) ? /\bpresiden(?:cy|t['’]s office)\b/i : /\bprime minister\b/i.test(words) ? /\bprime minister['’]s office\b|\bprime ministry\b/i : null;
    if (!role) return null;
    const body = this.o.knowledge.actors.find((a) => a.memberOf === actor.memberOf && a.kind === 'GOVERNMENT_BODY' && role.test([a.name, ...(a.aliases ?? [])].join(' | ')));
    return body ? (this.o.matcher.byKey.get(body.key) ?? null) : null;
  }

  /** The known actor a new one belongs to, when its words name one ("Turkey's health minister": Turkey). */
  private memberOf(words: string): string | undefined {
    if (!words.trim()) return undefined;
    const found = this.o.index.link(words).filter((m) => m.entity?.type === 'actor');
    return found[0]?.entity?.key;
  }

  /** Less likely readings of a known claimant: the body it belongs to. */
  private alternatives(ref: EntityRef): Resolved['alternatives'] {
    const parent = this.o.matcher.parents.get(ref.key);
    const p = parent ? this.o.matcher.byKey.get(parent) : undefined;
    return p ? [{ ref: p, confidence: 0.2, reasons: [`${ref.name} belongs to ${p.name}`] }] : [];
  }

  /** The page prints this short name as its own credit: in its dateline ("(CNX) –") or its copyright line ("© CNX 2020"). */
  private printsOwnCredit(short: string): boolean {
    const q = escapeRegExp(short);
    return new RegExp(`\\(${q}\\)\\s*[-–—]|©\\s*(?:\\d{4}\\s+)?${q}\\b`, 'u').test(this.o.text);
  }

  /** A speaker named in a shot list's soundbite header ("REBEL FIGHTER ..., ABU OMAR, SAYING:"). */
  soundbite(header: string): Resolved | null {
    // The header without its shot number or time, its markers and language ("04 SOT (Turkish) — ", "[0'11\"] (in Arabic) ", "3. (SOUNDBITE) (Arabic) ").
    const bare = header
      // A shot number in brackets ("[04] ") and a timecode after the colon ("...: (0:30-0:44)").
      .replace(/^\s*\[\d{1,2}\]\s+/, '')
      .replace(/:\s*[[(]\s*\d{1,2}:\d{2}(?:\s*[-–—]\s*\d{1,2}:\d{2})?\s*[\])]\s*$/, ':')
      .replace(/^\s*(?:\d{1,2}[.)]?\s+|[[(]?\s*\d{1,2}(?::\d{2}){1,2}(?:\s*[-–—]\s*\d{1,2}(?::\d{2}){1,2})?\s*[\])]?\s+|[[(]?\s*\d{1,2}['’′]\s?\d{2}(?:["”″]|['’′]{2})?\s*[\])]?\s+)/, '')
      // A bullet or a shot's letter before it ("• 1:05 (SOT, Swiss German) ...", "(d) 1:02 SOUNDBITE ...").
      .replace(/^\s*(?:[•·▪*]|\(\p{L}\)|\p{L}[.)](?=\s*\d))\s*/u, '')
      .replace(/^\s*(?:\d{1,2}[.)]?\s+|[[(]?\s*\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[-–—]\s*\d{1,2}(?:[:.]\d{2}){1,2})?\s*[\])]?\s+)/, '')
      // A shot's reference in brackets anywhere ("— [F4] Abu Khaled Qaddour"), and a language in capitals ("(RUSSIAN)").
      .replace(/\[\p{Lu}?\d{1,2}\]\s*/gu, '')
      .replace(/\((\p{Lu}[\p{Lu}\s,]+)\)/gu, (_, w: string) => `(${titleCase(w)})`)
      // A marker with its language in one bracket: "(SOT, French)", "(SOUNDBITE, Swiss German)".
      .replace(MARKER_WITH_LANGUAGE, ' ')
      .replace(MARKER, ' ')
      .replace(LANGUAGE_NOTES, ' ')
      // A note on the recording after the speaker ("— Arabic — (wind noise, ducked in the mix)"): not the speaker.
      .replace(/\s+[—–]\s*\p{Lu}\p{Ll}+\s*[—–]\s*(?:\([^()]*\))?\s*$/u, ':')
      .replace(/\s+[—–]\s*$/u, ':')
      .replace(/\s+[—–]\s+/gu, ', ')
      .replace(/^[\s,;:—–-]+/, '')
      // "INTERVIEW with Tom Harker, governor:": the one interviewed.
      .replace(/^with\s+(?=\p{Lu})/u, '');
    const m = /^(.+?)(?:,?\s+SAYING)?\s*:\s*$/i.exec(bare.trim());
    if (!m) return null;
    let who = m[1]!.trim();
    who = who.replace(/,\s+who\b.*$/i, '').trim();
    // How the speaker was reached is no part of who ("FORMER RESIDENT, BY PHONE", "Doctor, via video link").
    who = who.replace(/,\s+(?:by\s+(?:tele)?phone|via\s+(?:video(?:\s+link)?|skype|zoom|satellite|phone|telephone)|on\s+the\s+(?:phone|line))\b/gi, '').trim();
    const parts = who.split(/\s*,\s*/).filter(Boolean);
    const caps = (s: string) => (s === s.toUpperCase() ? titleCase(s) : s);
    // "Nurse who gave only her first name, Mandy, 31": the one name given is the speaker's.
    if (/\b(?:first|given)\s+name\b|\bgave\s+(?:only\s+)?(?:his|her|their)\s+name\b/i.test(m[1]!)) {
      const first = m[1]!.split(/\s*,\s*/).slice(1).map(caps).find((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !ORG_WORDS.test(x) && !TITLES.test(x));
      if (first) {
        const again = this.createdNamed(first);
        if (again) return { ref: again.ref, isNew: true, confidence: 0.7, reasons: [`"${first}" was named before in the article`], alternatives: [] };
        const ref = this.create(first, 'PERSON', [first], `a speaker who gave only one name ("${m[1]!.trim()}")`);
        return { ref, isNew: true, confidence: 0.7, reasons: [`"${first}" is the one name the speaker gave`, 'proposed as a new PERSON (AUTO)'], alternatives: [] };
      }
    }
    // A role in capitals before the name ("CAMP ADMINISTRATOR, AHMAD QASSEM", "FOREIGN MINISTER, JULIE BISHOP"): the name after it.
    if (parts.length >= 2 && isPersonRole(caps(parts[0]!)) && PERSONAL_NAME.test(caps(parts[1]!)) && !ORG_WORDS.test(caps(parts[1]!))) return this.resolve(caps(parts[1]!), null, null);
    // The part that is a personal name, a title before it dropped ("COLONEL SAMER IBRAHIM"); else the first description.
    for (const part of parts) {
      const plain = caps(part).replace(/^(?:(?:Colonel|Col|General|Gen|Brigadier|Major|Captain|Lieutenant|Sergeant|Dr|Mr|Mrs|Ms|Sheikh|President|Minister|Commander)\.?\s+)+/, '');
      if (PERSONAL_NAME.test(plain) && !ORG_WORDS.test(plain) && !NOT_IN_NAMES.test(plain.replace(/\b(?:al|el)-/gi, '')) && plain.split(/\s+/).length <= 4) return this.resolve(plain, null, null);
    }
    return this.resolve(caps(parts[0] ?? who).replace(/^(\p{Lu})/u, (c) => c), null, null);
  }

  /** Touch: a span is only used for its words. */
  static words(text: string, span: Span): string {
    return text.slice(span.start, span.end);
  }
}

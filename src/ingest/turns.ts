/**
 * A broadcast page's speaker turns: on a transcript, a script or a radio page, who holds the floor on each line and in
 * what role. A label ("NOOR VALE, CORRESPONDENT:", "HOST (RUTH ADE):", "[REPORTER — Tom Vale, Marbek]") opens a turn
 * that runs, across paragraphs, to the next label. The curator's rule (docs/annotating.md, "Speaker turns"): a
 * reporter's or a guest's unattributed lines are theirs; a presenter's, a cue's and a back-announcement's are the
 * outlet's own voice.
 */
import { escapeRegExp } from './text.js';
import { endsAsAPlace, fullNamesEndingIn, isPersonRole, personalName, withoutTitles } from './claimants.js';

export type TurnRole = 'REPORTER' | 'PRESENTER' | 'GUEST';

export interface Turn {
  /** The speaker as the page prints the name in running text, else the label's words in title case. */
  name: string;
  role: TurnRole;
}

const TIMECODE = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}.'’-]*`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){0,3}`;
const MIXED_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;
const ROLE_WORD = String.raw`PRESENTER|HOST|ANCHOR|NEWSREADER|READER|CORRESPONDENT|REPORTER|Presenter|Host|Anchor|Reader|Correspondent|Reporter`;

/** The role first, the name after it: "PRESENTER (MAGNUS TEAGUE):", "[00:41] CORRESPONDENT — LUCA BRAMBILLA, NEAR LODI:", "[HOST — Pia Onu]". */
const ROLE_FIRST = new RegExp(String.raw`^\s*${TIMECODE}\[?\s*(${ROLE_WORD})\s*(?:\(\s*|[—–-]\s*)(${MIXED_NAME}|${CAPS_NAME})(?:\s*,\s*[^\]):\n]{1,50})?\s*\)?\s*(?::(?=\s|$)|\]\s*$)`, 'u');
/** A role in capitals with no name: "REPORTER:", "CORRESPONDENT (Marbek):" — the outlet's own reporter. */
// A credit ("Reporter: Bastiaan Roe · Producer: ...", "REPORTER: TOM VALE") names a reporter, and opens no turn.
const ROLE_ONLY = new RegExp(String.raw`^\s*${TIMECODE}\[?\s*(?:REPORTER|CORRESPONDENT)\s*(?:\([^)\n]{1,40}\))?\s*(?::\s*$|:\s+(?!\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*(?:[·|,(]|$))|\]\s*$)`, 'u');
/** A name in ordinary case with its role: "Ana Brisk, correspondent:", "Ana Brisk (reporting):", "Ida Lorn, presenter:". */
const MIXED_WITH_ROLE = new RegExp(String.raw`^\s*${TIMECODE}(${MIXED_NAME})\s*(?:\(\s*|,\s*)((?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|reporting|presenter|host|anchor)\b[^:)\n·|]{0,40})\)?\s*:(?=\s|$)`, 'u');
/** The name first: "OWEN PELLOW:", "NOOR ISSA, LANTERNFIELD CORRESPONDENT, ANTAKYA:", "HALA MROUEH (reporting):". */
const NAME_FIRST = new RegExp(String.raw`^\s*${TIMECODE}(${CAPS_NAME})\s*(?:\(([^)\n]{1,60})\))?\s*(?:,\s*([^:\n"“]{1,80}))?:(?=\s|$)`, 'u');
/** A name in ordinary case alone before a colon at a line's start, words after it: "Selin Vardarli: The delegation left". */
const MIXED_NAME_LABEL = new RegExp(String.raw`^\s*${TIMECODE}(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+\S`, 'u');
/** A label in ordinary case that is a person's name: a whole name, or the surname of a person the page names ("Brereton:"). */
const labelledPerson = (name: string, text: string) => name !== name.toUpperCase() && (name.includes(' ') ? personalName(name) === name : !isFieldLabel(name.toUpperCase()) && fullNamesEndingIn(text, name).length > 0);
/**
 * Whether a page's labels in ordinary case are a transcript's turns: it labels two or more people so, and credits one of
 * them as its presenter, reporter or guest ("Presented by Ida Lorn"); prose that opens lines on a name and a colon (a
 * book's title, a court's exchange) does not. Decided once per page.
 */
function mixedLabelTurns(text: string): boolean {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = MIXED_NAME_LABEL.exec(line);
    if (m && labelledPerson(m[1]!, text)) names.add(m[1]!);
  }
  return names.size >= 2 && [...names].some((name) => creditedRole(text, name.includes(' ') ? name : (fullNamesEndingIn(text, name)[0]?.name ?? name)) !== null);
}
/**
 * A print interview's question label: the label ("Q", "The Ledger Review") that opens the line before a person's answer
 * ("Kalin: No. We are at war with no one.") at least twice. Its lines are the outlet's own voice, and end the answer before.
 */
function questionLabel(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.trim());
  const counts = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const answer = MIXED_NAME_LABEL.exec(lines[i]!);
    if (!answer || !labelledPerson(answer[1]!, text)) continue;
    const question = /^\s*(Q|QUESTION|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})\s*:\s+\S/u.exec(lines[i - 1]!)?.[1];
    if (question && question !== answer[1] && !labelledPerson(question, text)) counts.set(question, (counts.get(question) ?? 0) + 1);
  }
  return [...counts].find(([, n]) => n >= 2)?.[0] ?? null;
}
/** A dateline ending in a colon ("MOSCOW, 12 February 2020 (Ravenmoor): ..."): a place and a date, no speaker. */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s*(?:\p{Lu}[\p{Lu}\s.'’-]*,\s*)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})\b/u;
/** A label of the outlet's own voice: a cue, an intro, a back-announcement, a presenter's link. */
const OUTLET_PART = /^\s*(?:CUE|(?:SUGGESTED\s+|STUDIO\s+)?INTRO|ANCHOR(?:\s+(?:LEAD-IN|INTRO))?|BACK[- ]?ANNOUNCE(?:MENT)?|PRESENTER(?:\s+LINK)?|(?:NEWS)?READER|LINK|OUTRO|STUDIO)\b/u;
/** Any other label at a line's start ("STORY:", "AUDIO IN:", "ENDS"): it ends the turn before it. */
const ANY_LABEL = new RegExp(String.raw`^\s*${TIMECODE}[\[(]?\p{Lu}[\p{Lu}\d .'’&/-]{1,60}(?:\s*\([^)\n]{0,60}\))?\s*(?::|\]|$|\s[·|—–])`, 'u');

/** A one-word label in ordinary case ("Update:", "Presenter:", "Correction:"): it ends the turn before it. */
const WORD_LABEL = /^\s*\p{Lu}\p{Ll}+:\s/u;
/** A stage direction in brackets on a line of its own: "[SOUND: wind, generator hum]", "[MUSIC]". */
export const STAGE_DIRECTION = /^\s*\[(?:SOUND|SFX|NATSOT|NAT SOUND|AMBIENCE|MUSIC|PAUSE|LAUGHTER|CROSSTALK|INAUDIBLE)\b[^\]\n]*\]\s*$/iu;
/** A heading between parts of a page: a short line that does not end as a sentence ("Harbour Closes, Ferries Stop"). */
const HEADING = /^\s*\S(?:\S*\s+){0,11}\S*[^\s.!?"”’:;)…\]]\s*$/u;
/** Words after a label's colon on its own line. */
const LABEL_WORDS_AFTER = /:\s*\S|\]\s*\S/u;
const REPORTER_ROLE = /\b(?:correspondent|reporter|reporting|reports)\b/i;
const PRESENTER_ROLE = /\b(?:presenter|presenting|host|anchor|newsreader|reader)\b/i;
/** Words of a field label, never a person's: "SHOT LIST:", "TX DATE:", "VIEWER DISCRETION:". */
const FIELD_WORD = /^(?:TITLE|LIST|SHOTLIST|SHOTS?|DATE|TX|TRT|USAGE|USE|TERMS|SOURCE|SOURCES|STORY|STORYLINE|SUBJECT|LINE|NOTE|NOTES|TRANSLATION|TRANSLATED|TRANSCRIBED|VERSION|SUPERS?|GFX|VIEWER|DISCRETION|ADVISORY|EMBARGO|AUDIO|VIDEO|PICTURES|SHOWS|RUNS|SOUND|CAMERA|EDITOR|PRODUCER|LOCATION|WATERMARK|THUMBNAIL|UPLOADED|UPLINKED|WHERE|WHEN|FILMED|DURATION|RESTRICTIONS?|CREDIT|CREDITS|ACCESS|RIGHTS|SLUG|ITEM|NO|CLIP|IN|OUT|DUR|ENDS|MUSIC|SFX|NATSOT|ACTUALITY|SOUNDBITE|SOT|VOX|POP|INTERVIEW|WORKING|HEADLINE|BODY|TEXT|SUMMARY|UPDATE|CORRECTION|EDITOR'S|PLACE|RECORDED|ORIGINAL|LANGUAGE|TOPIC|CODES|KEYWORDS|CATEGORY|PRIORITY|FILE|PHOTO|PHOTOS|PICTURE|IMAGE|CAPTION|BY|AND|THE|OF)$/u;

/** A hedge that relays someone unnamed ("..., it was reported", "are said to", "reportedly"): the reporter only passes it on. */
export const UNNAMED_REPORT = /\b(?:it\s+(?:is|was|has\s+been)\s+(?:reported|said|claimed|understood|believed|alleged)|(?:is|are|was|were)\s+(?:said|believed|reported|thought|understood|alleged)\s+to|reportedly|allegedly|purportedly)\b/i;

/** The words a label with no name stands for: the outlet's own reporter, as the claimant resolver reads them. */
const OWN_REPORTER = 'OUR CORRESPONDENT';

// "O'BRIEN" is "O'Brien": a letter after an apostrophe inside a name starts a word too, but not a possessive's "s".
const titleCase = (words: string) =>
  words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/(?<=\p{L}['’])\p{L}(?=\p{L})/gu, (c) => c.toUpperCase());

/** Capitals that name a field ("SHOT LIST", "TX DATE") or the outlet's own part ("CUE"), not a person. */
const isFieldLabel = (words: string) => words.split(/\s+/).some((w) => FIELD_WORD.test(w)) || OUTLET_PART.test(words);

/**
 * The whole name a surname label ("ERGUN:", "KOCABAS, ANKARA CORRESPONDENT:") stands for, in capitals as labels are, when the
 * page prints it in its text ("Deniz Ergun teaches ...", "Presented by Harriet Ellacombe"); null when it prints none.
 */
function fullNameOf(text: string, surname: string): { words: string; printed: string } | null {
  for (const found of fullNamesEndingIn(text, surname, true)) {
    if (SELF_NAMED.test(text.slice(Math.max(0, found.start - 16), found.start)) || personalName(found.name) !== found.name) continue;
    return { words: found.name.toUpperCase(), printed: found.name };
  }
  return null;
}

/** How a presenter names themself or a reporter ("I am Ada Quill", "That was Noor Vale"): no guest introduced. */
const SELF_NAMED = /(?:\bI\s+am|\bI['’]m|\b[Tt]his\s+is|\b[Tt]hat\s+was|\b[Tt]hat['’]s|\bmy\s+name\s+is)\s+$/u;

/** Whether the page prints a label's name (in capitals) in its running text, in ordinary case. */
function printedInText(text: string, words: string): boolean {
  const plain = titleCase(words);
  // Not the name as a label in ordinary case prints it ("Selin Vardarli: ..." at a line's start).
  return personalName(plain) === plain && [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(plain).replace(/\s+/g, '\\s+')}(?![\p{L}])`, 'gu'))].some((m) => !SELF_NAMED.test(text.slice(Math.max(0, m.index - 16), m.index)) && !(/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, m.index - 40), m.index)) && text[m.index + m[0].length] === ':'));
}

/** How the page itself introduces a name: as its reporter, its presenter or its guest. */
function creditedRole(text: string, name: string): TurnRole | null {
  const n = escapeRegExp(name).replace(/\s+/g, '\\s+');
  // The role may say where: "Reporter in Istanbul: Hakan Işık".
  // A credit ends at the name ("Presenter: Ada Quill · Producer: ..."); a presenter's line that names a guest goes on
  // ("PRESENTER: Maher Zaroura runs shelters ...").
  const before = (words: string) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})(?:\s+(?:in|at|from)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s*(?:by\s+|[:·|—–-]\s*)?(?:[^\n|·:]{0,40}?,\s*)?${n}(?![\p{L}])(?=[^\S\n]*(?:\n|$|[·|,;.()/—–-]|(?:and|&|in|at|from|near)\s))`, 'iu');
  if (before('reporters?|reporting|correspondent|field\\s+report(?:er)?|our\\s+correspondent').test(text)) return 'REPORTER';
  if (new RegExp(String.raw`(?:^|[^\p{L}])${n}\s+(?:reports|has\s+been\s+(?:following|reporting|covering))\b|${n},\s+(?:our\s+)?[\p{L} ]{0,30}correspondent\b`, 'iu').test(text)) return 'REPORTER';
  if (before('presented|presenter|hosted|host|anchored|anchor|newsreader|reader').test(text)) return 'PRESENTER';
  if (before('guests?|interviewee|studio\\s+guest').test(text)) return 'GUEST';
  return null;
}

interface Label {
  words: string;
  role: TurnRole | null;
  /** The label sits over one quotation only (a soundbite's or a shot's speaker): its turn is that quotation. */
  quote?: boolean;
}

/**
 * A line of its own naming who speaks in the quotation under it: "SOUNDBITE: Pau Gelabert, caterer", "00:58 Hüsnü Kocabaş,
 * café owner, speaking Turkish:", "00:00:41:20 (SOT) (Turkish) Nevzat Uyar, shopkeeper in Reyhanli:", "From the report —
 * Lubna Baroudi:", "GUEST (Birgitta Wennerholm, Osier Institute, Stockholm):". Read only over a quotation (speakerTurns).
 */
const CLIP_MARK = String.raw`(?:SOUNDBITES?|SOUND ?BITE|BITE(?:\s?\d{1,2})?|SOT|SB\s?\d{1,2}|SYNC|CLIP|ACTUALITY|INTERVIEW|VOX ?POP|UPSOUND|GUEST|INTERVIEWEE)`;
const QUOTE_LABEL = new RegExp(
  // A shot's time may be a range and carry a play mark: "00:29–00:51 ▶ SYNC [Arabic] — Khaled Hamdo, fighter:".
  String.raw`^\s*(?:[[(]?\d{1,2}(?::\d{2}){1,3}(?:\s*[–-]\s*\d{1,2}(?::\d{2}){1,3})?[\])]?\s+)?(?:[▶►]\s*)?(?:\d{1,2}\.\s+)?(?:\(\s*${CLIP_MARK}[^)\n]{0,20}\)\s*|\([\p{L} ,/]{2,30}\)\s*)*` +
    // "BITE 1 [00:38–00:55] Name, role": a mark with its time in brackets needs no dash after it.
    String.raw`(?:${CLIP_MARK}\s*(?:\([^)\n]{1,30}\)\s*|\[[^\]\n]{1,30}\]\s*)?(?:[:—–-]\s*|\(\s*|(?<=[\])]\s*))|From\s+the\s+(?:report|interview|scene|studio)\s*[:—–-]\s*)?` +
    String.raw`(\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu)[-\s])?\p{Lu}[\p{L}.'’-]*){1,3})(?:\s*,\s*[^:
"“”]{1,90}?)?\s*\)?\s*(:)?\s*$`,
  'u',
);
/** A person's name in ordinary case, their role after a comma (group 2), a colon and a quotation on the same line. */
export const LABEL_BEFORE_QUOTATION = /^\s*(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*,\s*([^:"“”\n]{2,90}?):\s*(?=["“]\p{Lu})/u;
const CLIP_MARK_RE = new RegExp(String.raw`(?:^|[\s(])${CLIP_MARK}(?=[\s):—–-])`, 'u');
/** A note between a clip's label and its words: "// Turkish, translated by Windrow //", "(translated)", "[in Arabic]". */
const CLIP_NOTE = /^\s*(?:\/\/.*|\([^)\n]{1,60}\)|\[[^\]\n]{1,60}\])\s*$/u;
/** A script's cue line before a clip's words: 'IN: "The convoys started..."'. */
const CUE_LINE = /^\s*(?:IN|IN-?CUE|INCUE)\s*:/u;
/** A cue line after them, which ends the clip: 'OUT: "...for a week."', "DUR: 0'14\"". */
const END_CUE_LINE = /^\s*(?:OUT|DUR|OUT-?CUE|OUTCUE|DURATION)\s*:/u;
const CLIP_OPENING = new RegExp(String.raw`^\s*\[\s*${CLIP_MARK}\b`, 'u');
/** A clip's label in brackets on a line of its own: "[CLIP — AYLIN SEZGIN, ANTAKYA]". */
const BRACKETED_CLIP = new RegExp(String.raw`^\s*\[\s*${CLIP_MARK}\b[^\]\n]*\]\s*$`, 'u');

/** A clip's running time set off by a slash or a bar, with its field word: "/ DUR 0'36\"", "| TRT 0:14". */
const CLIP_RUNNING_TIME = /\s*[/|]\s*(?:DUR(?:ATION)?|TRT|RUNS|TIME)\b[^\]\n]*$/u;
/** How a clip was recorded, after its speaker: "TEKIN VOICER", "SWANSON ACTUALITY". */
const CLIP_RECORDING = /\s+(?:VOICER|VOICE|VO|V\/O|ACTUALITY|ACT|INTERVIEW|OOV|INSERT)$/u;
/** A clip's running time after its label: "— 0'14\"", "— 0:14", "(1'05)". */
const CLIP_DURATION = /\s*(?:[—–-]\s*\d{1,2}['’:]\s*\d{2}(?:["”]|['’]{2})?|\(\d{1,2}['’:]\s*\d{2}(?:["”]|['’]{2})?\))\s*$/u;
/** A person's label in brackets before their words: a name in capitals with a reporter's or presenter's role after a comma or
 * "REPORTING" after it ("OLIVER QUANT, CORRESPONDENT", "VT — TAREK BITAR REPORTING"), or a clip's ("SOT — Omar Haddad, minister"),
 * or the name alone ("[HATTIE CREWDSON] Russian and Turkish officials met ..."): turns.ts decides whose, as for "NAME:". */
export const BRACKETED_PERSON = String.raw`(?:(?:VT|PKG|PACKAGE|REPORT|INSERT)\s*[:—–-]\s*)?\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}(?:,\s*(?:[\p{Lu}'’.-]+\s+){0,3}(?:CORRESPONDENT|REPORTER|PRESENTER|HOST|ANCHOR|EDITOR)(?:,\s*[^\]\n\p{Ll}]{2,40})?|\s+REPORTING)|${CLIP_MARK}\s*[:—–-][^\]\n]{3,100}|\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}(?=\])`;
/**
 * A script's label in brackets, on a line of its own ("[OLIVER QUANT, CORRESPONDENT]", "[VT — TAREK BITAR REPORTING]"),
 * before the quotation it labels ('[SOT — ANNA BERG, FARMER] "We lost everything."'), or, a person's (`BRACKETED_PERSON`),
 * before the words on its line (group 2: "[OLIVER QUANT, CORRESPONDENT] The road south ...").
 */
const BRACKET_LINE = new RegExp(String.raw`^\s*\[([^\]\n]{1,100})\]\s*(?:$|(?=["“‘]))|^\s*\[(${BRACKETED_PERSON})\]\s*(?=\p{Lu}\p{Ll})`, 'u');
/** What a script puts on screen or on the desk while a turn goes on: a caption, a graphic, a map. It neither opens nor ends one. */
const ON_SCREEN = /^\s*\[\s*(?:SUPER|SUPERS|CAPTION|LOWER\s+THIRD|STRAP|ASTON|CHYRON|GFX|GRAPHICS?|MAP|ON\s+SCREEN|OOV|PIX|STILL)\b/u;
/** A package's or a clip's mark before the reporter's name in a bracketed label: "VT —", "PKG:", "PACKAGE —". */
const PACKAGE_MARK = /^(?:VT|PKG|PACKAGE|REPORT|INSERT)\s*[:—–-]\s*/u;

/**
 * The label a bracketed line stands for, written as the same label on a line of its own: "[OLIVER QUANT, CORRESPONDENT]" is
 * "OLIVER QUANT, CORRESPONDENT:", "[VT — TAREK BITAR REPORTING]" is "TAREK BITAR (REPORTING):", "[SOT — Samira Hallak,
 * displaced]" is a clip's label. Null for a line that is no bracketed label.
 */
function bracketedLabel(line: string, text = ''): string | null {
  // A clip's running time closing the label is no part of its speaker: "[CLIP — Name, role — 0'14\"]", "[CLIP — NAME / DUR
  // 0'36\"]"; nor is how it was recorded ("TEKIN VOICER", "SWANSON ACTUALITY").
  // In a clip's label a typed double hyphen is a dash: "[CLIP: MARIA ZAKHAROVA -- RUSSIAN FOREIGN MINISTRY -- 0'19\"]".
  const found = BRACKET_LINE.exec(CLIP_OPENING.test(line) ? line.replace(/\s--\s/g, ' — ') : line);
  let inner = (found?.[1] ?? found?.[2])?.trim().replace(CLIP_RUNNING_TIME, '').replace(CLIP_DURATION, '');
  if (inner && CLIP_OPENING.test(line)) inner = inner.replace(CLIP_RECORDING, '');
  // How the words reach the listener is no part of the speaker: "(translated)", "(in Arabic)", "(voice-over)".
  inner = inner?.replace(/\s*\((?:translated|translation|subtitled|dubbed|voice[- ]?over|in\s+\p{Lu}\p{Ll}+)\)$/u, '');
  // A name and the reporter's role set off by a dash ("DARA KEANE — political correspondent, RDS") are the name and the role
  // after a comma.
  inner = inner?.replace(/^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3})\s+[—–]\s+(?=(?:[\p{L}'’.-]+\s+){0,3}(?:correspondent|reporter|editor|CORRESPONDENT|REPORTER|EDITOR)\b)/u, '$1, ');
  // A surname alone ("[CLIP — SWANSON]") is the whole name the page prints before it ("Spokesman David Swanson:").
  const surname = inner ? new RegExp(String.raw`^(${CLIP_MARK}\s*[:—–-]\s*)(\p{Lu}[\p{Lu}'’-]+)$`, 'u').exec(inner) : null;
  const full = surname && text ? fullNameOf(text, titleCase(surname[2]!)) : null;
  if (surname && full) inner = `${surname[1]}${full.words}`;
  if (!inner || ON_SCREEN.test(line) || STAGE_DIRECTION.test(line)) return null;
  const packaged = inner.replace(PACKAGE_MARK, '');
  const reporting = /^(.+?)\s+(?:REPORTING|REPORTS)$/u.exec(packaged);
  if (reporting) return `${reporting[1]} (REPORTING):`;
  // A clip's speaker in capitals ("[SOT — ANNA BERG, FARMER]") is the clip label a script prints in ordinary case.
  const clip = new RegExp(String.raw`^(${CLIP_MARK}\s*[:—–-]\s*)([^\p{Ll}]+)$`, 'u').exec(inner);
  // Parts after the speaker's name set off by dashes or bars are their role and place, as after a comma.
  if (clip) return `${clip[1]}${titleCase(clip[2]!.replace(/\s+[—–|]\s+/gu, ', '))}:`;
  return `${packaged === inner ? inner : packaged}:`;
}

/** The kind of place or state words name, when the reader knows them ("TOWN" for "Dorvik", "STATE" for "Northland"). */
export type KnownPlace = (words: string) => string | null;

/** Kinds of place that hold towns: a label's region after its comma ("..., Northland:"). */
const REGION_KINDS = new Set(['STATE', 'COUNTRY', 'PROVINCE', 'REGION']);

/**
 * Whether a label's name over a quotation is a place the reader knows ("Dorvik, Northland:"), or opens on one and gives a
 * known region after its comma ("Dorvik Heights, Northland:"): it says where, not who. A person's town after a name
 * ("Florence Adeyemi, Dorvik:") leaves it a person's, whatever their first name.
 */
export function labelNamesAKnownPlace(name: string, line: string, knownPlace: KnownPlace): boolean {
  const region = /,\s*(\p{Lu}[^:,\n]*?)\s*:?\s*$/u.exec(line)?.[1];
  return !!knownPlace(name.trim()) || (!!knownPlace(name.split(/\s+/)[0]!) && !!region && REGION_KINDS.has(knownPlace(region) ?? ''));
}

/** The speaker label at a line's start, or null when the line opens with none. */
function labelOf(line: string, text: string, knownPlace: KnownPlace, mixedLabels = false): Label | null {
  const bracketed = bracketedLabel(line, text);
  if (bracketed) line = bracketed;
  const roleFirst = ROLE_FIRST.exec(line);
  if (roleFirst) return { words: roleFirst[2]!, role: /^(?:CORRESPONDENT|REPORTER)$/i.test(roleFirst[1]!) ? 'REPORTER' : 'PRESENTER' };
  if (ROLE_ONLY.test(line)) return { words: OWN_REPORTER, role: 'REPORTER' };
  const mixed = MIXED_WITH_ROLE.exec(line);
  if (mixed) return { words: mixed[1]!.toUpperCase(), role: PRESENTER_ROLE.test(mixed[2]!) ? 'PRESENTER' : 'REPORTER' };
  // A person's name in ordinary case alone ("Selin Vardarli: The delegation left ..."), on a page whose labels in ordinary
  // case are turns (`mixedLabelTurns`): read as the same label in capitals.
  const named = mixedLabels ? MIXED_NAME_LABEL.exec(line) : null;
  if (named && labelledPerson(named[1]!, text)) return labelOf(line.replace(named[1]!, named[1]!.toUpperCase()), text, knownPlace);
  // A clip's or a guest's speaker on a line of their own: a marker or a closing colon says it is a label, not a line of
  // text. A guest's turn runs on; a clip's speaker holds only the quotation under the label.
  const clip = QUOTE_LABEL.exec(line);
  // A colon alone ("What Residents Say:", "Northland Army Statement:") labels a clip only over a person's name, or a name with
  // its role or a timecode; a place with its region ("Karst Valley, Northland:") says where, not who.
  const marked = !!clip && (CLIP_MARK_RE.test(line) || /^\s*From\s+the\b/.test(line));
  const knownPlaceLabel = !!clip && labelNamesAKnownPlace(clip[1]!, line, knownPlace);
  const colonOverName = !!clip?.[2] && (/^\s*[[(]?\d{1,2}:\d{2}/.test(line) || (/,/.test(line) && !endsAsAPlace(clip[1]!) && !knownPlaceLabel) || (personalName(clip[1]!) === clip[1] && !knownPlaceLabel));
  if (clip && (marked || colonOverName) && !isFieldLabel(clip[1]!.toUpperCase())) return { words: clip[1]!, role: 'GUEST', quote: !/^\s*(?:GUEST|INTERVIEWEE)\b/.test(line) };
  const nameFirst = DATELINE.test(line) ? null : NAME_FIRST.exec(line);
  if (!nameFirst) {
    // A person's name with their role, a colon and the quotation on the same line ('Samer Ftouni, field coordinator,
    // Lindenfield Relief: "The camps ..."'): a clip's speaker, whose turn is that quotation. Not a presenter's or a reporter's.
    const inline = LABEL_BEFORE_QUOTATION.exec(line);
    const person = inline && personalName(inline[1]!) === inline[1] && !labelNamesAKnownPlace(inline[1]!, line, knownPlace) && !PRESENTER_ROLE.test(inline[2]!) && !REPORTER_ROLE.test(inline[2]!);
    return person ? { words: inline[1]!.toUpperCase(), role: 'GUEST', quote: true } : null;
  }
  const words = nameFirst[1]!;
  if (isFieldLabel(words)) return null;
  const qualifier = `${nameFirst[2] ?? ''} ${nameFirst[3] ?? ''}`;
  if (REPORTER_ROLE.test(qualifier)) return { words, role: 'REPORTER' };
  if (PRESENTER_ROLE.test(qualifier)) return { words, role: 'PRESENTER' };
  // A label with a role or an affiliation that is neither ("TAREQ WANNOUS, camp coordinator:") is an interviewee's; a
  // label placed only by where it was recorded ("MARKET TRADERS (in the square):") names no one.
  const interviewee = qualifier.trim() && !/^\s*(?:in|at|near|on|outside|inside|from)\s+the\b/i.test(qualifier);
  return { words, role: creditedRole(text, titleCase(words)) ?? (interviewee ? 'GUEST' : null) };
}

/**
 * The length of the speaker label a line or sentence opens with ("PRIYA OYELARAN: ", "HOST (RUTH ADE): ", "HALA MROUEH
 * (reporting): "), its spaces included; 0 when it opens with none. Whoever the label names reads the words; the sentence's
 * own speaker, if any, comes after it.
 */
export function speakerLabelLength(line: string): number {
  for (const re of [ROLE_FIRST, ROLE_ONLY, MIXED_WITH_ROLE, NAME_FIRST]) {
    const m = re.exec(line);
    if (!m) continue;
    if (re === NAME_FIRST && (isFieldLabel(m[1]!) || DATELINE.test(line))) return 0;
    return m[0].length + (/^\s*/.exec(line.slice(m[0].length))?.[0].length ?? 0);
  }
  return 0;
}

/**
 * How many characters of a line are a label in ordinary case that this page prints as one: a print interview's question
 * label ("Atlas: President Erdogan has given ...") or a transcript's speaker named in ordinary case ("Lanskoy: ..."). Its
 * words after it are read as a sentence of their own (capitals are `speakerLabelLength`'s). Decided once per page.
 */
export function mixedLabelLength(text: string): (line: string) => number {
  const question = questionLabel(text);
  const asked = question ? new RegExp(String.raw`^\s*${escapeRegExp(question)}\s*:\s+`, 'u') : null;
  const mixedLabels = !!question || mixedLabelTurns(text);
  return (line) => {
    const question = asked?.exec(line);
    if (question) return question[0].length;
    const named = mixedLabels ? MIXED_NAME_LABEL.exec(line) : null;
    return named && labelledPerson(named[1]!, text) ? /^[^:]*:\s*/u.exec(line)![0].length : 0;
  };
}

/**
 * The turn each line of the text belongs to (null outside any, or under a label whose speaker the page does not
 * place). A label with only a surname ("LOWE:") is the speaker of an earlier label with that surname.
 */
export function speakerTurns(text: string, knownPlace: KnownPlace = () => null): Array<Turn | null> {
  const lines = text.split('\n');
  const transcript = mixedLabelTurns(text);
  const question = questionLabel(text);
  // A print interview's labels are turns too; its answers are a paragraph each, unless the page is a transcript already.
  const mixedLabels = transcript || !!question;
  const answersOneParagraph = !!question && !transcript;
  const asksQuestion = question ? new RegExp(String.raw`^\s*${escapeRegExp(question)}\s*:`, 'u') : null;
  // An interview set as questions and answers ("Q: When did you leave?" / "UMM NOUR: We left ..."): a named label right after a
  // question answers it.
  let afterQuestion = false;
  const turns: Array<Turn | null> = [];
  const seen: Array<{ words: string; role: TurnRole | null; printed?: string }> = [];
  let current: Turn | null = null;
  let quoteOnly: 'label' | 'clip' | 'bracketed clip' | 'answer' | 'quote' | null = null;
  for (const line of lines) {
    const answersQuestion = afterQuestion;
    // "Q:", "QUESTION:", "Q (Tom Harker, Meridian Wire):": a question from the floor or the interviewer.
    if (line.trim()) afterQuestion = /^\s*(?:Q|QUESTION)\s*(?:\([^)\n]{1,80}\)\s*)?:/.test(line);
    const asked = asksQuestion?.test(line) ?? false;
    const found = asked ? null : labelOf(line, text, knownPlace, mixedLabels);
    // Abbreviated ranks before a name ("INSP. DANIEL OKAFOR:", "DET. SGT. MARIA LOPES:") are no part of the name the page prints,
    // and say the label is a person's: a guest's, unless the page credits them otherwise.
    const label = found && /^(?:\p{Lu}{2,5}\.\s+)+\p{Lu}[\p{Lu}'’-]+\s+\p{Lu}/u.test(found.words) ? { ...found, words: found.words.replace(/^(?:\p{Lu}{2,5}\.\s+)+/u, ''), role: found.role ?? 'GUEST' } : found;
    if (asked) current = quoteOnly = null;
    else if (label) {
      const same = seen.find((s) => s.words === label.words || s.words.endsWith(` ${label.words}`));
      // A surname after titles ("FOREIGN MINISTER CAVUSOGLU:") stands for the whole name as a surname alone does.
      const surname = withoutTitles(label.words);
      const introduced = !same && !surname.includes(' ') ? fullNameOf(text, surname) : null;
      const words = same && !label.words.includes(' ') ? same.words : (introduced?.words ?? label.words);
      // A surname label whose speaker the page introduces in its text ("Deniz Ergun teaches ..." / "ERGUN:") is a guest unless
      // the page credits that person as its presenter or reporter.
      // So is a label with the whole name the page's text introduces ("Maher Zaroura runs shelters ..." / "MAHER ZAROURA:").
      const role =
        label.role ??
        seen.find((s) => s.words === words && s.role)?.role ??
        (introduced ? (creditedRole(text, introduced.printed) ?? 'GUEST') : words.includes(' ') && (printedInText(text, words) || (answersQuestion && !isPersonRole(titleCase(words)))) ? 'GUEST' : null);
      const printed = introduced?.printed ?? (words === same?.words ? same.printed : undefined);
      seen.push({ words, role, printed });
      const plain = titleCase(words);
      const asPrinted = printed ?? [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(plain).replace(/\s+/g, '\\s+')}(?![\p{L}])`, 'giu'))].map((m) => m[0]).find((m) => m !== m.toUpperCase());
      current = role && words.includes(' ') ? { name: words === OWN_REPORTER ? 'our correspondent' : (asPrinted ?? plain), role } : null;
      // A label on a line of its own over a quotation is a quote set in a page ("NAME, CORRESPONDENT:" / "\"...\""): its
      // turn is that quotation only, and the page's own text goes on after it.
      // A print interview's answer ("Kalin: No. ...") is its own paragraph: the page's prose after the last one is the outlet's.
      quoteOnly = label.quote ? (BRACKETED_CLIP.test(line) ? 'bracketed clip' : 'clip') : !LABEL_WORDS_AFTER.test(line) ? 'label' : answersOneParagraph && MIXED_NAME_LABEL.test(line) ? 'answer' : null;
    } else if (current && END_CUE_LINE.test(line)) current = quoteOnly = null;
    else if (STAGE_DIRECTION.test(line) || ON_SCREEN.test(line) || ((quoteOnly === 'clip' || quoteOnly === 'bracketed clip') && CLIP_NOTE.test(line)) || (current && CUE_LINE.test(line))) {
      // "[SOUND: wind, generator hum]" between a label and its words neither opens nor ends a turn.
    } else if (OUTLET_PART.test(line) || ANY_LABEL.test(line) || WORD_LABEL.test(line) || HEADING.test(line)) current = null;
    else if (line.trim() && quoteOnly) {
      // A radio script's clip in brackets over unquoted words ("[CLIP — AYLIN SEZGIN, ANTAKYA]" / "Ambulances have been ..."):
      // the words are the clip's, to the next label or end mark ("[END OF CLIP]", "[READER]").
      if (quoteOnly === 'answer') current = quoteOnly = null;
      else if (quoteOnly === 'bracketed clip' && !/^\s*["“]/.test(line)) quoteOnly = null;
      else if (quoteOnly === 'clip' && !/^\s*["“]/.test(line)) current = quoteOnly = null;
      else if (quoteOnly === 'label' || quoteOnly === 'clip' || quoteOnly === 'bracketed clip') quoteOnly = /^\s*["“]/.test(line) ? 'quote' : null;
      else {
        current = null;
        quoteOnly = null;
      }
    }
    turns.push(current);
  }
  return turns;
}

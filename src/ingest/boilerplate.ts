/**
 * Page boilerplate: text of the page that is not article body. Lines are
 * classified by what they are (navigation, datelines, bylines, captions,
 * comment forms, notices, subheadings...) and lines printed more than once
 * are marked as the captions they almost always are, every copy after the
 * first with a note. The result uses the data format's BoilerplateKind.
 */
import type { BoilerplateKind } from '../domain/format.js';
import { furnitureItems, furnitureModel, learnedFurniture, learnedNote, type FurnitureModel } from './furniture-model.js';
import { ICON_CHARS, REPORTING_VERB, trimSpan, type Span } from './text.js';
import { BRACKETED_PERSON } from './turns.js';

export interface BoilerplateSpan extends Span {
  kind: BoilerplateKind;
  note?: string;
}

interface Line extends Span {
  text: string;
  /** The line stands alone: a blank line (or the text's edge) before and after it. */
  standalone: boolean;
  /** A blank line (or the text's edge) before it: the line opens a paragraph. */
  opensBlock: boolean;
}

const NAVIGATION = /^(?:accessibility links|breaking news|you are here|skip to (?:main )?content|main menu|menu|home|search|sign in|log in|subscribe|latest news|most read|related (?:stories|articles))$/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}-${MONTH}-\\d{4}|${MONTH} \\d{1,2},\\s?\\d{4}|\\d{1,2} ${MONTH},? \\d{4})`;
const DATELINE = new RegExp(`\\b(?:date|updated|published|first published|posted|filed|(?:last )?modified|last update[ds]?)(?: at| on)?\\s*:?\\s*(?:\\d{1,2}:\\d{2}(?:\\s?[ap]m)?,?\\s*)?(?:(?:[A-Z][a-z]+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s*)?${DATE}(?:,?\\s*\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)?`, 'gi');
const BARE_DATE_LINE = new RegExp(`^(?:[A-Z][a-z]+day,?\\s*)?${DATE}(?:\\s*[,·•|-]?\\s*\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?[A-Z]{2,4})?)?$`, 'i');
const ADVERTISEMENT = /\b(?:advertisement|sponsored content)\b/gi;
// "By Saturday the army said ..." opens a sentence, not a byline.
const BYLINE = /^(?:By|BY)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Nightfall|Dawn|Noon|Midnight|Mid-?\p{Ll}+)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d|,))\p{Lu}|^(?:[Ww]ritten|[Rr]eported|[Ww]ords|[Ss]tory|[Tt]ext) by\s+\p{Lu}|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+(?:(?:[Ss]enior|[Cc]hief|[Ff]oreign|[Ss]pecial|[Ss]taff|[Dd]efence|[Dd]efense|[Mm]iddle [Ee]ast|[Dd]iplomatic|[Ss]ecurity|[Pp]olitical|[Ii]nternational|\p{Lu}[\p{L}'’-]+)\s+){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Ff]reelance [Jj]ournalist|[Cc]ontributor)(?:,?\s+(?:reporting\s+)?(?:from|in)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$/u;
const COMMENT_START = /^(?:add new comment|add a comment|leave a comment|post a comment|leave a reply|comments?)$/i;
const COMMENTS_LINE = /^(?:(?:view|show|read|see|load|hide) (?:all )?(?:\d+ )?comments?|join the (?:conversation|discussion)|comments?\s*\(\d+\)|comments are (?:closed|disabled|moderated|switched off|turned off)\b|log in to comment|sign in to comment|\d+\s+comments?|be the first to comment)\b/i;
const COMMENT_FORM = /this question is for testing whether|your e-?mail address will not be published|required fields are marked|solve this simple math problem|^e\.g\. for\b|^\d+\s*[-+x*×]\s*\d+\s*=\s*$|^(?:name|e-?mail|website|comment|submit|post comment)\s*\*?$/i;
const SOCIAL = /\b\d+ users? ha(?:ve|s) voted\b|^share (?:this|on)\b|^follow us\b|emailed to you|\bnewsletter\b|^sign up for\b|^(?:facebook|twitter|whatsapp|telegram|linkedin)$|^follow\b.{1,60}?\b(?:on|via)\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|youtube|tiktok|linkedin|threads|bluesky|mastodon|social media)\b/i;
const TRANSLATION = /^(?:powered by automated translation|this (?:article|story|text) (?:was|has been) (?:automatically |machine[- ])?translated|(?:automatically |machine[- ])?translated by)\b/i;
/** A video agency's note on its translations: "Translation of Arabic soundbite by Harbour.", "Northish soundbites translated by Harbour Video." */
const TRANSLATION_NOTE = /^(?:[Tt]ranslations? of\b.{1,60}?\bby\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,4}\.?$|(?:\p{Lu}\p{Ll}+(?:(?:\s+and\s+|,\s*)\p{Lu}\p{Ll}+)*\s+)?(?:[Ss]oundbites?|[Ss]ound bites?|[Qq]uotes|[Ii]nterviews?|[Aa]udio|[Ss]ubtitles)\s+translated\s+(?:by|from)\s+\p{Lu})/u;
const CREDIT = /^\((?:with (?:additional )?(?:inputs?|reporting) from|reporting by|additional reporting|writing by|editing by|source)\b[^)]*\)$|^(?:reporting by|additional reporting by|editing by|writing by|compiled by|with (?:additional )?(?:inputs?|reporting) from)\b|^(?:this (?:article|story|report|piece) (?:is|was) (?:based on|compiled from|drawn from)|based on (?:reports?|reporting|material) (?:from|by))\b|^[-–—]*\s*with (?:additional )?(?:assistance|reporting|input|contributions?) (?:from|by)\b|^(?:contributing|contributors?|additional reporting|reporting)\s*:\s*\S/i;
const VIDEO = /^video\s*:|^this (?:video|media|content) (?:can ?not|cannot|can't) be played\b|^to (?:play|watch) this (?:video|content),? (?:you need to )?enable javascript\b/i;
/** A note on how the text was made from a broadcast: "Transcript summary, edited for the web", "This transcript has been edited for clarity". */
const TRANSCRIPT_NOTE = /^(?:(?:this |the )?(?:transcript|summary of the (?:broadcast|programme|program|interview))\b.{0,50}|.{0,50}\bedited for (?:the web|length|clarity|brevity|online)\b.{0,30})$/i;
const CAPTION = /^(?:(?:image|picture|pic|photo|graphic|illustration)\s+)?caption\s*:|^(?:image|picture|photo|video)\s+caption\s*,?\s+\S|^(?:image|picture|pic|graphic|illustration)\s*:\s|\b(?:image|photo|picture)\s+(?:copyright|credit)\s*:|\/\s?(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Anadolu)(?:\s+Photo)?\s*$|\((?:AFP|AP|Reuters|EPA|Getty)\s+(?:photo|image)\)|\bPhoto(?:graph)?\s*:\s|\([^()]*\bvia (?:AP|AFP|Reuters)\)|\bphoto credit\b|^In this (?:photo|image|picture|file photo)\b|^A screenshot\b|\b(?:file photo|photo released)\b/i;

/** A caption's closing credit, an outlet in capitals and a photographer: "... on Friday. LAKESIDE/Ana Lind". */
const PHOTO_CREDIT_END = /[.!?]\s+(?:\p{Lu}[\p{Lu}\d&-]+)\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u;

/**
 * A caption's credit at the end of its line, after the caption's full stop: "Picture: Ana Lind for Harbour", "[HPA photo:
 * Ana Lind]", "(Ana Lind for Harbour)", "(HPA/Ana Lind)", "Harbour/Ana Lind"; a page control may follow it ("⤢ Enlarge").
 */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?<=[.!?]["”’]?\s*)((?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage|[Pp]ic|[Ff]ootage|[Gg]raphic|[Mm]ap|[Ii]llustration)s?\s*(?::\s*|\s+(?=©))[^.:]{2,60}?|[\[(][^\[\]()]{1,60}?(?:\/|\bfor\b|\b[Pp]hoto\b|\b[Pp]icture\b|\b[Hh]andout\b|\bvia\b)[^\[\]()]{0,60}[\])]|\p{Lu}[\p{L}&-]*(?:\s[\p{L}&-]+)?\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+([${ICON_CHARS}]\s*\p{L}[\p{L} ]{0,20}))?$`,
  'u',
);
const WIRE_WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const WIRE_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\\.?';
/** A dateline's date: "Feb 12", "Feb. 6, 2020", "12 February 2020", "8.2.2020", "Wednesday 12 February", "Saturday". */
const WIRE_DATE = `(?:${WIRE_WEEKDAY},?\\s+)?(?:${WIRE_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${WIRE_MONTH}(?:\\s+\\d{4})?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})|${WIRE_WEEKDAY}`;
/**
 * A wire dateline's words before its dash: the place in capitals (a country after it), then a date and the agency in
 * brackets in either order, or the agency first: "ANKARA, Feb 3 (Harbour Wire)", "KABUL (Blackthorn) 9 Feb.", "ANKARA,
 * 8.2.2020 (CPA)", "(DW) ANKARA, Feb 12", "YOKOHAMA, Japan, Feb. 6 /Wire/".
 */
const WIRE_DATELINE_HEAD = `^(?:\\([^)]{1,30}\\)\\s+)?(?:[A-Z][A-Z.'’/ -]{1,40}?(?:,\\s*[A-Z][\\p{L}.'’ -]{1,30}?){0,2})(?:(?:,\\s*|\\s+)(?:${WIRE_DATE}|\\([^)]{1,40}\\)|\\/[^/]{1,40}\\/)){0,2}\\s*`;
/** A wire dateline opening the first paragraph: "ANKARA, Feb 3 (Harbour Wire) - Syrian ...", "BEIRUT (Reuters) — ...". */
const WIRE_DATELINE = new RegExp(`${WIRE_DATELINE_HEAD}\\s*[-–—]+\\s+(?=["“‘(]?\\p{Lu})`, 'u');
/** A wire dateline alone on its line, the paragraph under it: "BEIRUT, Feb 6 (Larkspur) -". */
const LONE_WIRE_DATELINE = new RegExp(`${WIRE_DATELINE_HEAD}\\s*[-–—]+$`, 'u');
/** A label that opens the script of a video agency's story: the text after it is body. */
const SCRIPT_LABEL = /^(?:STORY|STORYLINE|SCRIPT|TEXT|STORY TEXT|INTRO|ANCHOR INTRO|LEAD|SUGGESTED VOICEOVER|VOICEOVER|VOICE OVER|ANCHOR|ANCHOR READ)\s*:\s*/;
/**
 * A speaker's label in capitals before their words in a transcript: "HOLLIS ACHEBE:", "INGRID SOLHEIM, HOST:", "HOST
 * (ROWENA AKINTOLA):", "RANA FAKHOURY, REPORTING FROM GAZIANTEP:", "[00:41] CORRESPONDENT — LUCA BRAMBILLA, NEAR LODI:",
 * "UMM HASSAN (voiced):". Only when words that start with a capital follow it.
 */
const SPEAKER_WORDS = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,4}`;
const SPEAKER_LABEL = new RegExp(String.raw`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?${SPEAKER_WORDS}(?:\s*(?:,|\s[—–-])\s*${SPEAKER_WORDS}){0,2}(?:\s*\([^()]{1,40}\))?:(?=\s+["“‘\[]?\p{Lu})`, 'u');
/** A label in brackets before the quotation it labels: "[SOT — ANNA BERG, FARMER] \"..."; or a person's label before prose on
 * its line ("[OLIVER QUANT, CORRESPONDENT] The road ...", "[SOT — Omar Haddad, minister] We will ...": turns.ts). */
const BRACKET_BEFORE_QUOTE = new RegExp(String.raw`^\[[^\]\n]{3,100}\]\s*(?=["“‘])|^\[(?:${BRACKETED_PERSON})\]\s*(?=\p{Lu}\p{Ll})`, 'u');
/** A numbered or timed shot that holds a soundbite's header and its quotation on one line ("5. SOUNDBITE (French) Prosper
 * Wangata, army spokesman: “They came ...”"): group 1 is the header up to its colon. */
const INLINE_SOUNDBITE = /^((?:\d{1,2}[.)]?|[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)\s+[^"“\n]{0,40}?\b(?:SOUNDBITES?|SOUND ?BITE|SOT|SYNC|VOX ?POPS?|INTERVIEW)\b[^"“\n]{2,160}?:)\s*(?=["“]\s*\p{Lu})/u;
/** A script's cue for a clip, in brackets or not: '[OUT: "...approaching fast."]', 'IN: "The convoys..." OUT: "...a week."'. */
const CUE = /^\[?\s*(?:IN|OUT|IN-?CUE|OUT-?CUE|INCUE|OUTCUE)\s*:\s*["“][^"“”\n]*["”](?:\s*(?:[|/·]\s*)?(?:IN|OUT|DUR)\s*:\s*(?:["“][^"“”\n]*["”]|[\d'’":.]+))*\s*\]?$/u;
/** A line that opens with a label in capitals and a colon: "EMBARGO: None", "SHOT BY: ...". */
const CAPS_FIELD = /^\p{Lu}[\p{Lu}\d '’&/.-]*:/u;
/** Fields of a shot list or agency header, by label, and the kind of furniture each is. */
const FIELD = /^(SLUG|HEADLINE|TITLE|TX DATE|DATE|LOCATION|DATELINE|DURATION|LENGTH|RUNNING TIME|LANGUAGE|AUDIO|SOURCE|RESTRICTIONS|ACCESS|CREDIT|REF|REFERENCE|STORY NO|STORY NUMBER|STORY ID|EDITOR['’]S NOTE|TRANSLATION|SHOWS|SHOTLIST|SHOT LIST|KEYWORDS|TAGS|TOPICS|CATEGORY|CAMERA|PRODUCER|FORMAT|ASPECT RATIO|FRAME RATE|VIDEO SHOWS|SUPER|SUPERS|ARCHIVE|GRAPHICS?|CAPTION)\s*:(.*)$/i;
const FIELD_KIND: Record<string, BoilerplateKind> = {
  SLUG: 'HEADLINE', HEADLINE: 'HEADLINE', TITLE: 'HEADLINE', 'TX DATE': 'DATELINE', DATE: 'DATELINE', LOCATION: 'DATELINE', DATELINE: 'DATELINE',
  DURATION: 'VIDEO_CAPTION', LENGTH: 'VIDEO_CAPTION', 'RUNNING TIME': 'VIDEO_CAPTION', LANGUAGE: 'VIDEO_CAPTION', AUDIO: 'VIDEO_CAPTION', FORMAT: 'VIDEO_CAPTION', 'ASPECT RATIO': 'VIDEO_CAPTION', 'FRAME RATE': 'VIDEO_CAPTION', CAMERA: 'CREDIT_LINE', PRODUCER: 'CREDIT_LINE',
  SOURCE: 'CREDIT_LINE', RESTRICTIONS: 'CREDIT_LINE', ACCESS: 'CREDIT_LINE', CREDIT: 'CREDIT_LINE', REF: 'NAVIGATION', REFERENCE: 'NAVIGATION', 'STORY NO': 'NAVIGATION', 'STORY NUMBER': 'NAVIGATION', 'STORY ID': 'NAVIGATION',
  "EDITOR'S NOTE": 'TRANSLATION_NOTICE', 'EDITOR’S NOTE': 'TRANSLATION_NOTICE', TRANSLATION: 'TRANSLATION_NOTICE', SHOWS: 'SUBHEADING', SHOTLIST: 'SUBHEADING', 'SHOT LIST': 'SUBHEADING', 'VIDEO SHOWS': 'SUBHEADING',
  SUPER: 'VIDEO_CAPTION', SUPERS: 'VIDEO_CAPTION', ARCHIVE: 'VIDEO_CAPTION', GRAPHIC: 'VIDEO_CAPTION', GRAPHICS: 'VIDEO_CAPTION', CAPTION: 'PHOTO_CAPTION',
  KEYWORDS: 'NAVIGATION', TAGS: 'NAVIGATION', TOPICS: 'NAVIGATION', CATEGORY: 'NAVIGATION',
};
/** A shot list's location and date line: "SARAQEB, IDLIB PROVINCE, SYRIA (FEBRUARY 6, 2020) (FRONTLINE PICTURES - NO ACCESS ...)". */
const SHOT_LOCATION = /^[\p{Lu}][\p{Lu}\d ,.'’/-]{2,80}\((?:[^()]*\d{4}[^()]*)\)(?:\s*\([^()]*\))*\s*$/u;
/** A row of a shot table: its number and time code in cells ("#01 | 00:00 | WS | Vehicles on the main road"). */
const SHOT_ROW = /^#?\d{1,3}\s*\|\s*\d{1,2}:\d{2}(?::\d{2})?\s*\|\s*\S/;
/** A numbered shot: "1. VARIOUS OF SMOKE RISING OVER SARAQEB", "4. SOUNDBITE (Turkish) Turkish soldier ...:". */
const SHOT = /^\d{1,2}\.\s+\S/;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
/** An advertisement's break in the text: "Story continues below advertisement", "Continue reading below". */
const AD_BREAK = /^(?:(?:the )?(?:story|article|content|text) continues (?:below|after)\b|continue reading (?:below|after|the main story)\b|advertisement\s*[-–—:·|]\s*(?:scroll|continue|story)\b|scroll (?:down )?to continue\b)/i;
/** An agency credit alone on its line: "(Agencies)", "— AFP", "(With Reuters)". */
const LONE_CREDIT = /^(?:\(\s*(?:with\s+)?(?:[\p{Lu}][\p{L}.&'’-]*|agencies)(?:\s*(?:[,/]|and)\s*(?:[\p{Lu}][\p{L}.&'’-]*|agencies)){0,3}\s*\)|[-–—]\s*(?:[\p{Lu}][\p{L}.&'’-]*|agencies)(?:\s*(?:[,/]|and)\s*(?:[\p{Lu}][\p{L}.&'’-]*|agencies)){0,3})$/u;
/** A note to the agency's clients: "Clients are advised that ...". */
const CLIENT_NOTE = /^(?:clients|subscribers|editors|broadcasters) (?:are|should be) (?:advised|warned|reminded)\b|^(?:note to (?:editors|clients))\b/i;
/** A shot description or sound cue printed in capitals without a number: "VARIOUS OF FLOODED STREETS", "UPSOUND", "(SOUNDBITE) (English) ...:". */
const CAPS_SHOT = /^(?:\((?:SOUNDBITE|UPSOUND|NATSOUND|NAT SOUND|SOT|VOXPOP|VOX POP)\)|(?:SOUNDBITE|UPSOUND|NATSOUND|NAT SOUND|SOT|VOXPOP|VOX POP)\b|(?:WIDE|MEDIUM|CLOSE|CLOSE-UP|VARIOUS|PAN|TRACKING|AERIAL|DRONE|TILT|ZOOM|MID|LONG)(?: SHOT)?(?: OF)?\b)/;
/** A copyright notice inside a short line: "Some Outlet © 2020. Redistribution prohibited." */
const COPYRIGHT_INSIDE = /©|\(c\)\s*\d{4}|\ball rights reserved\b/i;
/** A timecoded shot: "00:00-00:12 Tanks on the road", "(00:12 - 00:20) Children watching", "[0:00–0:14] Troops walk". */
const TIMECODED_SHOT = /^[([]?\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s+\S/;
/** A shot list's label printed alone on its line, without a colon. */
const SHOTLIST_LABEL = /^(?:SHOTLIST|SHOT LIST|SHOWS|VIDEO SHOWS)\s*:?$/i;
/** A label heading the script or background of a video agency's story, alone on its line. */
const SCRIPT_HEADING = /^(?:STORY|STORYLINE|SCRIPT|STORY TEXT|BACKGROUND|BACKGROUNDER|INTRO|SUGGESTED VOICEOVER|VOICEOVER)\s*:?$/;
/** An end marker: "[ENDS]", "-- END --", "###". */
const END_MARKER = /^(?:[[(]\s*)?(?:[-=~*_–—]+\s*)?(?:ends?|end of (?:story|item|transcript|text|report|clip|script)(?:\s+[A-Z\d][\w./-]*\d[\w./-]*)?|story ends)(?:\s*[-=~*_–—]+)?(?:\s*[\])])?\.?$|^#{3,}$/i;
/** A summary bullet under the headline: "* Monitor counts 400 vehicles", "• Talks resume". */
const BULLET = /^[*•▪‣◦–-]\s+\S/;
/** A summary box's label: "Quick take: ...", "Key points: ...". */
const SUMMARY_LABEL = /^(?:quick take|key points|in brief|in short|in \d+ seconds|the short version|the quick version|in a nutshell|start here|skim it|at a glance|summary|the big picture|tl;?dr|highlights|what we know|the gist|what happened|what(?:'s| is) happening|why it matters|what it means|what to know|the story so far|catch up|the essentials|need to know|key facts?|the facts|bottom line)\s*:\s*\S/i;
/** A staff credit or a reporter's line: "Outlet staff in Rome and Paris", "Ana Lind reports from Marbek for Morning News". */
const STAFF_LINE = /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,4}(?:(?:[Ss]taff|[Nn]ewsroom|[Nn]ews [Dd]esk|[Dd]esk|[Bb]ureau)$|(?:staff|staff writers?|correspondents?|bureau)\s+(?:in|at|from)\s+\p{Lu}[\p{L}'’-]*(?:(?:\s+and\s+|,\s*|\/)\p{Lu}[\p{L}'’-]*)*$)|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+reports?\s+(?:from|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+(?:for|on)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?$/u;
/** A reading time: "3 min read", "3-minute read", "90-second read", "Reading time: 3 minutes", "Read time 4 mins". */
const READ_TIME = /^(?:\d+[\s-]*(?:min|mins|minutes?|seconds?|secs?)\.?\s+read|(?:reading|read)\s+time\s*:?\s*(?:about\s+)?\d+\s*(?:min|mins|minutes?|seconds?|secs?)\.?)$/i;
const RELATIVE_TIME = /^(?:(?:posted|updated|published|last updated)\s*:?\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b\s*(?:[|·•,]\s*)?)+$/i;
/** A player or clip: "Watch: ... (2:04)", "Video: ..., 0:58", "[VIDEO] ...", "Listen · 3:48", "... Video: NorthStar". */
const MEDIA = /^(?:watch|video|listen|audio|play|\[video\]|\[audio\]|\[watch\])\b\s*[:·•|–-]?|\(\d{1,2}:\d{2}\)\s*$|,\s*\d{1,2}:\d{2}\s*$|\bvideo\s*:\s*[\p{L}\d .&'’-]{1,40}$/iu;
const RELATED = /^(?:related(?:\s+(?:coverage|stories|articles|content|news|links?))?|most (?:viewed|shared|watched|commented)|editor['’]?s['’]? picks|don['’]t miss|must read|more on this(?: story| topic)?|more stories(?:\s+from\b.*)?|more from\b.*|more on the\b.*|read more|also read|read also|see also|recommended(?: for you)?|you may also like|most read|most popular|trending(?: now)?|top stories|latest stories|in other news|read next|up next|next up|catch up|further reading|keep reading|what to read next|more to read|explore more|more coverage|related reading)\b\s*:?/i;
const BREADCRUMB_SEPARATOR = /\s(?:>|›|»|\||·|•|\/)\s|\s{2,}/;
const SOCIAL_WORDS = /^(?:share(?: this(?: story| article)?| on)?\s*:?\s*)?(?:(?:facebook|twitter|whatsapp|telegram|linkedin|instagram|email|e-mail|reddit|copy link|print|messenger|x|tweet|pinterest|pin it|flipboard|bluesky|threads|mail)(?:\s*[|·•,]\s*|\s+|$))+$/i;
const PROGRAMME = /^(?:(?:as\s+)?heard on|as seen on|from the programme|from the program)\b/i;
const PROMO = /^(?:watch|listen to|follow|download|subscribe to|get|join)\b.*\b(?:live|24 hours|app|podcast|newsletter|alerts|notifications|whatsapp|telegram|youtube|instagram|channel)\b/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Icons a browser copies before a control or a shot ("▶ Play", "🔊 Listen to this article", "▸ 0:21 ..."); a bullet "•" is not one. */
const LEAD_ICONS = new RegExp(`^(?:[${ICON_CHARS}]\\s*)+`, 'u');
/** A cookie or consent banner, in the site's own voice or with its buttons: "We use cookies ... Accept all | Manage settings". */
const CONSENT_VOICE = /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|our use of cookies|cookies help us|you (?:agree|consent) to (?:our|the) use of cookies|we(?: and our (?:\d+ )?(?:partners|vendors))? (?:use|store|store and(?:\/or)? access|access|set)\b[^.]{0,60}\b(?:cookies|information on (?:a|your) device)|you can (?:change|withdraw|manage|update) your (?:choices|consent|preferences|cookie settings)|(?:in|via|from) (?:our |the )?(?:privacy|cookie|consent) (?:settings|centre|center|preferences)|do not sell (?:or share )?my (?:personal )?info(?:rmation)?)\b/i;
const CONSENT_BUTTONS = /\bcookies?\b.*(?:\b(?:accept(?: all)?|reject all|ok|got it|i agree|agree|manage (?:settings|preferences|cookies)|cookie settings)\s*)$/i;
/**
 * A call to action closing a short line: "Plainsight is reader-funded. Become a member", "Questions about this item? Contact
 * the desk", "LIVE ● Citadel 24 — Watch now". The line does not end as a sentence does and its last part is an imperative.
 */
const CTA_TAIL = /^(?:subscribe\b|sign up\b|contribute\b|sign in\b|log in\b|register\b|become a (?:member|subscriber|supporter|patron)\b|donate\b|support (?:us|our)\b|join (?:us|our|the)\b|ask (?:our|the|us)\b|contact (?:us|our|the)\b|tell us\b|send us\b|write to us\b|email us\b|download\b|get (?:the|our|it)\b|try\b|watch (?:now|live)$|listen (?:now|live)$|read (?:now|more)$|learn more$|find out more$|start (?:your|a) (?:free )?trial\b)/i;
function callToAction(t: string): boolean {
  if (words(t) > 25 || /[!?"”’'»)]$/.test(t) || /["“”]/.test(t)) return false;
  const parts = t.replace(/\.$/, '').split(/(?<=[.!?])\s+|\s+[—–|●·•]\s+/);
  if (parts.length < 2) return false;
  // The call closes the line, or follows a question put to the reader ("Forwarded this? Sign up for ... — free").
  // A call has no tense of its own ("Sign up sheets were posted" is a report), and nobody is reported to have made it
  // ("Donate blood, the ministry urged.").
  if (/,\s+[^,]*\b(?:said|says|urged|urges|told|tells|asked|asks|added|warned|pleaded|appealed|wrote)\b/i.test(t)) return false;
  return parts.slice(1).some((part, i) => (i === parts.length - 2 || /\?$/.test(parts[i]!)) && words(part) <= 8 && CTA_TAIL.test(part.trim()) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b/i.test(part));
}
/** A programme guide's pointer: "Next on Foxglove: The Business Hour", "Coming up: Sport". */
const NEXT_ON = /^(?:next|up next|coming up|later|next on\s+[^:]{1,30}|coming up on\s+[^:]{1,30})\s*:\s*\S/i;
/** A label alone heading a video agency's summary or notes: "Story summary:", "Editorial summary", "NOTES FOR EDITORS". */
const NOTES_HEADING = /^(?:(?:story|editorial|editor['’]?s|script|clip|item|video)\s+)?(?:summary|notes?|background|details|information)(?:\s+(?:for|to)\s+(?:editors|clients|broadcasters|subscribers))?\s*:?$/i;
/** A summary box's label alone, its bullets under it: "Key points", "At a glance". */
const SUMMARY_HEADING = /^(?:quick take|key points|in brief|in short|at a glance|summary|tl;?dr|highlights|what we know|the gist|key facts?|the essentials|need to know|what to know)\s*:?$/i;
/** A credit for the outlet's own team or the agencies: "By the Digestly team", "Citadel 24 with agencies", "Sourced from AFP and AP reporting". */
const TEAM_CREDIT = /^by (?:the|our)\s+[^.!?]{1,40}?\b(?:team|staff|desk|newsroom|editors|reporters|correspondents?)$|^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,4}(?:with|and)\s+(?:agencies|wires|agency reports|wire services)$|^(?:sourced|drawn|compiled|adapted) from\s+[^.!?]{1,60}\b(?:reporting|reports|agencies|wires|wire services)\.?$/iu;
/** A byline's name, outlet and place as three or more capitalised parts: "Hanne Sørlie, Bellwether Wire, Istanbul". */
const NAME_OUTLET_PLACE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:,\s*\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|the|and|&)){0,3}){2,3}$/u;

/**
 * A metadata field of an agency or video page in any casing: a short label, a
 * colon and a short value ("Run time: 2'41\"", "Where: Damascus, Syria",
 * "Usage: Subscribers only."). The label's family gives the kind.
 */
const ANY_FIELD = /^(\p{Lu}[\p{L}'’]*(?:[ -][\p{L}'’]+){0,3})\s*:\s*(\S.*)$/u;
const FIELD_FAMILIES: Array<[RegExp, BoilerplateKind]> = [
  [/^(?:slug|headline|title)$/i, 'HEADLINE'],
  [/^(?:presenter|presented by|host|hosted by|anchor|reporter|correspondent|author|authors|writer|words|byline|producer|editor|edited by|written by|published by|posted by|compiled by|curated by|reported by)$/i, 'BYLINE'],
  [/^(?:filed|released|recorded|shot|shot on|shot in|filmed|filmed on|filmed in|locations?|places|where|when|dated?|location|place|dateline|published|posted|updated|transmitted|tx|tx date|broadcast|aired|first aired|time|timestamp|shoot date|filming date|created|embargo|embargoed)$/i, 'DATELINE'],
  [/^(?:run ?time|running time|(?:clip|video|story|item) length|length|duration|sound|audio|natsound|language|languages|picture|pictures|video|format|aspect ratio|frame rate|resolution|super|supers|graphics?|archive|editor['’]s note)$/i, 'VIDEO_CAPTION'],
  [/^(?:camera|cameraman|camerawoman|camera operator|videographer|photographer|producer|shot by|filmed by|rights|usage|use|access|restrictions?|credits?|courtesy|source|sources|copyright|licen[cs]e|clearance|pool|handout|contributors?|sources for [\p{L}'’ ]{1,30}|numbers checked against|figures from)$/iu, 'CREDIT_LINE'],
  [/^(?:(?:editor['’]?s |client |video )?advisory|item|item ref|item no|item number|ref|reference|story no|story id|story number|id|keywords|tags|topics|category|categories|section|filed under|version)$/i, 'NAVIGATION'],
];
function fieldFamily(label: string): BoilerplateKind | null {
  for (const [re, kind] of FIELD_FAMILIES) if (re.test(label.trim())) return kind;
  return null;
}

/** A shot that opens with its time in the clip: "00:00:14 Children ...", "[0'07\"] Close, ...", "(01:05) Queue ...". */
const TIME_SHOT = /^(?:[[(]\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}['’′]\s?\d{2}(?:["”″]|['’′]{2})?)(?:\s*[\])])?\s+\S/;
/** A numbered line: "01 Night, ...", "4. SOUNDBITE ...", "2) Wide of ...". */
const NUMBERED = /^(\d{1,2})[.)]?\s+\S/;
/** A numbered line's number, or null. */
const numberOf = (line: string): number | null => {
  const m = NUMBERED.exec(line);
  return m ? Number(m[1]) : null;
};
/** A label alone in capitals, up to four words: "PICTURES", "SEQUENCE", "ON THE GROUND". */
const CAPS_LABEL = /^(?=.*\p{Lu}{3})\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}$/u;
/** Words of a shot's description: "Wide of ...", "SOT", "Various, celebrations". */
const SHOT_WORDS = /\b(?:wide|close-?up|close|medium|mid|various|aerial|drone|pan|tilt|zoom|tracking|SOT|soundbite|upsound|natsound|vox pop|exterior|interior|cutaway|pull ?out|push ?in)\b/i;
/** A line that is only a rule: "___", "* * *", "-----". */
const RULE_LINE = /^(?:[_=~*•·-]\s*){3,}$/;
/** An end marker between dashes: "— Outlet, item ends —", "-- Outlet --". */
const DASHED_MARKER = /^[-–—]{1,3}\s*[^-–—\s][^-–—]{0,60}?\s*[-–—]{1,3}$/;
/** Staff initials closing agency copy: "OPA av/bt/kl", "jm/ds". */
const STAFF_INITIALS = /^(?:\p{Lu}{2,6}\s+)?\p{Ll}{1,4}(?:\s?\/\s?\p{Ll}{1,4}){1,5}$/u;
/** Credits and editorial notes on how the copy was made: contributors, corrections, rewrites. */
const COPY_NOTE = /\bcontributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|piece|brief)|\s+reporting)\.?$|\b(?:writers?|reporters?|correspondents?|journalists?|staff|producers?|photographers?)\b.{0,80}\bcontributed\.?$|^disclaimer\s*:|\b(?:published|generated|auto-generated) from a syndicated feed\b|^(?:correction|clarification|editor['’]?s note)(?:,?\s+[^:]{1,20})?\s*:\s*\S|^(?:reporting|figures|numbers|information|data) (?:drawn|taken|compiled|checked|sourced) (?:from|against)\b(?![^.]*\b(?:show|shows|showed|say|says|said|indicate|indicates|suggest|suggests|put|puts|is|are|was|were|has|have|had)\b)|^(?:\S+\s+){1,3}summari[sz]es (?:reporting|reports|coverage) (?:by|from) other\b|^an earlier version of this (?:article|story|report|brief|piece)\b|^this (?:article|story|report|brief|piece|page) (?:was|has been) (?:amended|corrected|updated|changed) (?:on|at|to|since)\b|^(?:(?:this|the) (?:article|story|report|brief|piece) (?:was|has been|is) )?(?:rewritten|adapted|compiled|condensed|summari[sz]ed|aggregated|produced|edited)\s+(?:from|by|with|using)\b/i;
/** A link to the outlet's standards or policies: "Our Standards: ...", "Editorial guidelines". */
/** A sign-up form's promise about the reader's address: "We will not share your email. Privacy policy." */
const FORM_PROMISE = /\b(?:we(?:['’]ll| will)? never|we won['’]t|we will not|we do not|we don['’]t) (?:share|sell|pass on|rent|give)\b.{0,20}\byour (?:e-?mail|e-?mail address|address|data|details|personal (?:data|information)|information)\b/i;
/** An agency's note to its clients on using its copy: "Licensed DW content. Headline may be changed; body may be cut from the bottom.", "Clients may order the full rush ...". */
const USAGE_NOTE = /^(?:licensed\b.{0,40}\bcontent\b|(?:clients|subscribers|broadcasters|editors)(?: may\b|:\s))|\b(?:copy|content|story|headline|body|text) may be (?:quoted|cut|changed|shortened|edited|used|republished|reproduced)\b/i;
/** How a transcript was made, opening its line: "Transcribed by ...", "Machine-assisted transcript, checked by ...". */
const TRANSCRIPT_MADE = /^(?:(?:machine[- ]assisted|automated|automatic|edited|full|unedited|rush|partial)\s+)?(?:transcript\b.{0,60}?\b(?:by|checked|edited|produced|prepared|errors?)\b|transcribed\s+(?:by|and)\b)/i;
/** A newsletter asking for a reply: "Reply to this email — a human reads every one.", "Hit reply and ...". */
const NEWSLETTER_REPLY = /\b(?:reply to this (?:e-?mail|newsletter|message)|hit reply|just reply)\b/i;
/** A disclosure of paid links: "Some links may earn us a commission.", "This page contains affiliate links." */
const AFFILIATE = /\b(?:links? (?:on this page )?(?:may|might|can|could) earn us|(?:we|this site) (?:may )?earns? (?:a )?(?:small )?commission|affiliate links?)\b/i;
/** A line that only announces a list under it: "Here is a summary of today's events so far:". */
const LIST_INTRO = /^(?:here (?:is|are|['’]s)|below (?:is|are)|these are|this is)\b.{0,60}\b(?:summary|round-?up|recap|key (?:points|events|facts)|latest|what we know|the main points|today['’]s events)\b.{0,30}:$/i;
const POLICY_LINK = /\bis not responsible for the content of external (?:sites|websites|links|internet sites)\b|^(?:our (?:standards|principles|values|ethics|policies)|editorial (?:standards|guidelines|policy|values)|(?:read )?our (?:corrections|editorial|privacy|ethics) (?:policy|guidelines)|.{0,40}\btrust principles)\b/i;
/** A reporter's line: "Ana Lind reports from the northern border", "Piet Horn reporting from Dorvik". */
const REPORTS_FROM = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:reports?|reporting)\s+(?:from|for|on)\s+\S.{0,70}$/u;
/** Share and page-tool controls as a browser copies them, one to a line: "Share", "close panel", "Copy link", "share2". */
const SHARE_UI = /^(?:(?:video )?ad feedback|follow (?:us|\p{Lu}[\p{L}'’ ]{1,40})\s*:|share\d*|share (?:this|page|story|article|via|on)(?: (?:story|article|page))?|close panel|about sharing|copy link|link copied|link|print|save|saved|bookmark|gift (?:this )?article|listen to (?:this )?(?:article|story)|click (?:here )?to share(?: on social media)?|purchase licensing rights|opens new tab|reprints?|font size|text size)$/iu;
/** A heading of topic tags: the short lines under it are tags. */
const TAGS_HEADING = /^(?:keywords|tags|topics|subjects|related topics|suggested topics|more on|explore|filed under|categories|clips from this story)\s*:?$/i;
/** A photo gallery's item: "Item 1 of 3 ...", "[1/3] ...", "Photo 2 of 5". */
const GALLERY_ITEM = /^(?:(?:item|image|photo|picture|slide)\s+\d+\s+(?:of|\/)\s+\d+\b|\[\d+\s*\/\s*\d+\]\s)|\bpurchase licensing rights\b/i;
/** A caption's label alone, the caption on the next line: "Image caption,", "Caption:". */
const CAPTION_LABEL = /^(?:(?:image|photo|picture|video|media)\s+(?:caption|source|copyright|credit)|caption)\s*[,:]?$/i;
/** A wire dateline glued to the text: "Marbek, Northland (VNN)Floodwater ...", "MARBEK (AP) — ...", and with the country in
 * brackets of its own before the agency: "Marbek (Northland) (VNN) - ...". */
const GLUED_DATELINE = /^\p{Lu}[\p{L}.'’/ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?){0,2}(?:\s*\(\p{Lu}[\p{L}.'’ -]{1,30}\))?\s*\((?:\p{Lu}[\p{L}\d&.-]{0,20})(?:\s+\p{Lu}[\p{L}\d&.-]{0,20}){0,2}\)\s*(?:[-–—]+\s*)?(?=["“‘]?\p{Lu})/u;
/** An author's bio at the foot of the page: "Ana Lind is Lakeside's Dorvik correspondent ...", "Piet Horn writes the Wire's daily briefing." */
const AUTHOR_BIO = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:is|writes|covers|edits|presents|hosts)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Lu}\d][\p{L}\d&.-]*\s+){0,4}?[\p{Lu}\d][\p{L}\d&.-]*['’]s?\s+(?:[\p{L}-]+\s+){0,5}?(?:correspondent|editor|reporter|writer|briefing|newsletter|producer|presenter|columnist|analyst|bureau chief)\b/u;
/** A line that is a link: a bare web or e-mail address in it. */
const URL_LINE = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b/i;
/** A line that points to another page: it ends with an arrow. */
const LINK_ARROW = /\s[→›»⟶➔]\s*$/;
const DAYNAME = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?';
/**
 * A time stamp line in any arrangement: labels ("Posted", "Broadcast", "First
 * posted ..., updated ..."), weekdays, dates, clock times with am/pm and zones
 * (GMT+2, UTC, ET, "(Mecca)"), a reading time, and nothing else.
 */
function stampLine(t: string): boolean {
  if (words(t) > 24 || /[.!?]$/.test(t.replace(/\b[ap]\.m\.$/i, ''))) return false;
  // Parts glued by the copy: "March 4, 20212:31 PM UTCUpdated 3 hours ago".
  let rest = t.replace(/(\d{4})(?=\d{1,2}:\d{2})/g, '$1 ').replace(/(\d)(?=\p{L})/gu, '$1 ').replace(/(\p{Lu}{2,4})(?=(?:Updated|Published|Posted|Modified)\b)/gu, '$1 ');
  let dated = false;
  const cut = (re: RegExp) => {
    rest = rest.replace(re, () => {
      dated = true;
      return ' ';
    });
  };
  cut(new RegExp(DATE, 'gi'));
  cut(new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}(?!\\w)`, 'gi'));
  if (!dated) return false;
  rest = rest
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/\b\d{1,2}\s*[ap]\.?m\.?/gi, ' ')
    .replace(/\b\d{3,4}\s*(?=(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b)/g, ' ')
    .replace(/\b(?:GMT|UTC|local time|[A-Z]{1,3}[SD]?T)(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?(?![\w])/g, ' ')
    .replace(/\blocal time\b/gi, ' ')
    .replace(/\([^()]{1,20}\)/g, ' ')
    .replace(new RegExp(`\\b${DAYNAME}(?![a-z])`, 'gi'), ' ')
    .replace(/\b\d+[\s-]*(?:min|mins|minutes?|seconds?|secs?)\s+read\b/gi, ' ')
    .replace(/\b(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/gi, ' ')
    .replace(/\b(?:first|last|originally|posted|updated?|published|modified|filed|broadcast|aired|released|recorded|transmitted|created|edited|issued|date[ds]?|time|on|at|of|the|and|night|morning|evening|afternoon)\b/gi, ' ');
  return !/[\p{L}\d]/u.test(rest);
}
/** A shot list's place-and-date header: "Location unknown, north of Marbek - 4 March 2021". */
const SHOT_DATE_LINE = new RegExp(`[-–—,|(]\\s*(?:[A-Z][a-z]+day,?\\s*)?${DATE}\\)?$`, 'i');

/** The parts of a header line ("By Ana Lind · 2 min read · March 4, 2021") when every part is furniture and they are of more than one kind. */
/** A bracketed link marker at the end of a paragraph: "[read at source]", "[source ↗]", "[link]", "[more →]". */
const LINK_MARKER = /\s+\[(?:read\s+(?:at|the)\s+(?:source|original|full\s+story)|source|original|link|full\s+story|more|read\s+more|via\s+[^\]]{1,20})\s*[↗→›»]?\s*\]$/i;
/** One source of an aggregator: outlet, title and age, separated by dots, dashes or bars. */
const SOURCE_ITEM = /^\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,4}(?:\s+\([^()]{2,30}\))?\s+[·•|—–]\s+\S.{2,150}?\s+[·•|—–]\s+(?:\d{1,2}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)(?:\s+ago)?|yesterday|today|just now)$/u;
/** "Item 6 of 14", "Story 3 of 9 today": a feed's place in its rundown. */
const ITEM_OF = /\b(?:item|story|clip|part|page)\s+\d{1,3}\s+of\s+\d{1,3}\b/i;
/** A live page's entry time on a line of its own: "14:05", "2.40pm GMT", "09:12 local". */
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:GMT|UTC|BST|CET|EET|ET|local(?:\s+time)?))?$/i;
const LIVE_MARK = /^(?:live|live now|live updates|live blog|live coverage|on air|breaking)$/i;
const POSTED_BY = /^(?:posted|updated|filed|published|added)\s+by\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s*[,·|]\s*\S.{0,40})?$/u;
const LIVE_ENDED = /^(?:(?:this|our)\s+)?live\s+(?:coverage|blog|page|updates?|reporting)\s+(?:has|have|is|are)\s+(?:now\s+)?(?:ended|closed|finished|paused|over)\b/i;
const NEWSLETTER_GREETING = /^(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome(?:\s+back)?)\b[^.!?:]{0,40}[.!,]\s+(?:(?:here\s+are|today,?)\s+)?(?:two|three|four|five|six|seven|eight|\d)\s+(?:things|stories|items|developments|updates|reads)\b/i;
const MAKING_VERB = 'produced|generated|typed|written|compiled|prepared|transcribed|translated|checked|edited|supplied|provided|presented|hosted|directed|filmed|shot|curated|summari[sz]ed';
/** A page's artefact as the subject of a note on how it was made. */
const ARTEFACT = '(?:transcripts?|translations?|summar(?:y|ies)|digest|explainer|briefing|newsletter|round-?up|excerpts|quotes|subtitles|captions|footage|pictures|video|copy|material|live\\s+page|page|programme|program|podcast|episode|item)';
const NOTE_OF_MAKING = new RegExp(`^(?:(?:this|these|our|all)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${ARTEFACT}\\b[^.;]{0,100}?\\b(?:(?:is|are|was|were|has been|have been)\\s+(?:\\p{Ll}+ly\\s+)?(?:${MAKING_VERB})|${MAKING_VERB}\\s+(?:by|from|with|automatically)|may\\s+(?:contain|differ|include)|(?:is|are)\\s+subject\\s+to|draws?\\s+on|summari[sz]es|(?:has|have)\\s+not\\s+(?:been\\s+)?(?:independently\\s+)?verified)\\b`, 'iu');
/** A credit of the programme's makers: "Presented by X. Produced by Y.", "Daybreak is produced by X", "Sound: Z." */
const MAKERS = new RegExp(`^(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:is|are)\\s+)?(?:${MAKING_VERB}|written|edited|reported|produced)\\s+by\\s+(?:the\\s+)?\\p{Lu}[^.;]{1,80}$|^(?:sound|editor|editing|producer|production|camera|graphics|research|music|studio|translation|translations|subtitles)(?:\\s+from\\s+[^:]{1,60})?\\s*:\\s*\\S[^.;]{0,60}$`, 'u');
/** Terms of use of the copy: "Ketch Wire copy is for subscribers under licence KW-2020 only.", "Not for archive." */
const TERMS = /\b(?:copy|footage|material|video|videos|pictures|images|photos?|content|feed|clips?|this\s+\w+)\b[^.;]{0,40}\bunder\s+licen[cs]e\b|^(?:used|reproduced|published|distributed|supplied)\s+under\s+licen[cs]e\b|\blicen[cs]e\s+terms\b|^not\s+for\s+(?:archive|resale|sale|broadcast|publication)(?:\s+(?:or|and)\s+\w+)?\s*$|\bis\s+not\s+responsible\s+for\s+(?:the|their|its)\s+content\b|^(?:our|its|the\s+\w+['’]s)\s+(?:journalists|reporters|staff|editors|correspondents|producers)\s+work\s+under\s+the\b[^.]{0,60}\b(?:charter|code|guidelines|protocol)\b|^(?:written|compiled|edited|curated)\s+by\s+(?:the\s+)?[^.;,]{1,40}?\s+(?:desk|editors|team|staff)(?:\s+(?:of|at|in)\s+[^.;,]{1,30})?$/i;
/** What follows "by <maker>" in a sentence that goes on to say something: "Pictures provided by the army showed ...", "The
 * programme, hosted by X, was taken off air", "X was reported by Y to have resigned". A credit ends at its maker. */
const BY_THEN_VERB = new RegExp(`\\b(?:${MAKING_VERB}|written|edited|reported|produced)\\s+by\\s+[^.;]*?(?:,\\s+\\p{Ll}|\\b(?:shows?|showed|shown|lists?|listed|asks?|asked|reveals?|revealed|depicts?|depicted|appears?|appeared|suggests?|suggested|confirms?|confirmed|contains?|contained|includes?|included|found|finds|indicates?|indicated|was|were|is|are|has|have|had|will|may|can|could|would|should|must|to)\\b)`, 'u');

/** The caveat a note of making may close on: "... and may contain errors", "... and has not been verified". */
const NOTE_TAIL = /\s+(?:and|but)\s+(?:(?:may|might)\s+(?:contain|include|differ)|(?:has|have)\s+not\s+(?:been\s+)?(?:independently\s+)?verified)\b.*$/;

/** A line made only of notes on how the page was made, its makers and its terms, sentence by sentence. */
function productionNote(t: string): boolean {
  // A sentence attributed to someone ("..., the mayor said") is a statement, whatever it is about.
  if (words(t) > 45 || /["“”]/.test(t) || /,\s+[^,]{2,60}?\s+(?:said|says|told|tells|added|reported|stated|claimed|insisted|warned)\b|\baccording\s+to\b/i.test(t)) return false;
  const sentences = t.split(/(?<=[.!;])\s+(?=\p{Lu})/u).map((x) => x.replace(/[.!;]+$/, '').trim()).filter(Boolean);
  // "Presented by X" as "Daybreak is presented by X": the verb may open the sentence in capitals.
  const note = (x: string) => !BY_THEN_VERB.test((x.charAt(0).toLowerCase() + x.slice(1)).replace(NOTE_TAIL, '')) && isNote(x);
  const isNote = (x: string) => NOTE_OF_MAKING.test(x) || TERMS.test(x) || MAKERS.test(x) || MAKERS.test(x.replace(/^\p{Lu}(?=\p{Ll}+\s+by\s)/u, (c) => c.toLowerCase()));
  // Every sentence a note, or a name or a plea of a few words beside one ("Lakeside Video Pool. All footage subject to ...").
  return sentences.some(note) && sentences.every((x) => note(x) || words(x) <= 4);
}

function headerParts(t: string, offset: number): Array<{ kind: BoilerplateKind; span: Span }> | null {
  const parts: Array<{ kind: BoilerplateKind; span: Span }> = [];
  const re = /[^·•|]+/g;
  for (const m of t.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const p = raw.trim();
    if (!p) continue;
    const kind: BoilerplateKind | null =
      (BYLINE.test(p) && words(p) <= 8) || (STAFF_LINE.test(p) && words(p) <= 8) ? 'BYLINE' : READ_TIME.test(p) ? 'NAVIGATION' : BARE_DATE_LINE.test(p) || RELATIVE_TIME.test(p) ? 'DATELINE' : null;
    if (!kind) return null;
    const start = offset + m.index + lead;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.span.end = start + p.length;
    else parts.push({ kind, span: { start, end: start + p.length } });
  }
  return parts.length >= 2 ? parts : null;
}
/** A line of the page header that comes before the body: a byline, a time stamp, a reading time, a share row. */
const headerFurniture = (t: string) =>
  (BYLINE.test(t) && words(t) <= 16) || stampLine(t) || BARE_DATE_LINE.test(t) || RELATIVE_TIME.test(t) || SHARE_UI.test(t) || SOCIAL_WORDS.test(t) || READ_TIME.test(t);
/** A byline's second line: an outlet, a desk, a place, in a few capitalised words. */
const bylineContinuation = (t: string) => words(t) >= 2 && words(t) <= 6 && !SOCIAL_WORDS.test(t) && !NAVIGATION.test(t) && !RELATED.test(t) && !/\d/.test(t) && !/[.!?:;]$/.test(t) && /^\p{Lu}[\p{L}'’&-]*(?:,?\s+(?:\p{Lu}[\p{L}'’&-]*|and|of|the|in|for|&))*$/u.test(t);
const endsLikeProse = (s: string) => /[.!?…:;,]$/.test(s.replace(/['"”’)\]]+$/, ''));
const startsUpper = (s: string) => /^['"“‘(]?\p{Lu}/u.test(s);

/** A page's lines: trimmed, non-empty, with their spans (the learned furniture model reads the same lines). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const raw = text.split('\n');
  raw.forEach((line, i) => {
    const span = trimSpan(text, { start, end: start + line.length });
    start += line.length + 1;
    if (span.end <= span.start) return;
    const blankBefore = i === 0 || raw[i - 1]!.trim() === '';
    const blankAfter = i === raw.length - 1 || raw[i + 1]!.trim() === '';
    lines.push({ ...span, text: text.slice(span.start, span.end), standalone: blankBefore && blankAfter, opensBlock: blankBefore });
  });
  return lines;
}

/** A line that reads as a headline: a few capitalised words, not ending as prose does. */
export function headlineLike(line: string, minWords = 3): boolean {
  const n = words(line);
  // A closing quotation mark does not hide the full stop before it: '"We have lost everything."' ends as prose.
  return n >= minWords && n <= 25 && startsUpper(line) && !/[.;,:!]$/.test(line.replace(/["”’'»]+$/, '')) && !CAPTION.test(line);
}

export interface BoilerplateOptions {
  /** The outlet's name: a line that is only its name (a masthead) is furniture. */
  outlet?: string | null;
  /** The learned second opinion on lines the rules leave as body: the committed model by default, null for the rules alone. */
  furniture?: FurnitureModel | null;
}

export function detectBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateSpan[] {
  const lines = linesOf(text);
  // The learned second opinion, asked only for lines the rules below leave as body: unseen outlets print forms no list holds.
  const model = options.furniture === undefined ? furnitureModel() : options.furniture;
  const learned = new Map(model ? learnedFurniture(model, lines).map((l) => [l.start, l]) : []);
  const out: BoilerplateSpan[] = [];
  const seen = new Map<string, number>();
  const count = new Map<string, number>();
  const normal = (s: string) => s.replace(/\s+/g, ' ');
  for (const l of lines) count.set(normal(l.text), (count.get(normal(l.text)) ?? 0) + 1);
  const outlet = options.outlet?.trim().toLowerCase() || null;
  // Questions standing alone as paragraphs: two or more make an explainer's question headings; one is a question in the body.
  // A question heading alone on its line, or (on an explainer with three or more) right above its answer; an explainer may
  // number them ("2 / Has it stopped?").
  const questionText = (l: Line) => {
    const q = l.text.replace(/^\d{1,2}\s*[/.)]\s+/, '');
    return /\?$/.test(q) && !/["“”]/.test(q) && words(q) <= 10 && (startsUpper(q) || /^(?:so|ok|and|but)\b/i.test(q));
  };
  // A live page's entry time on its own line ("20:15") is above the entry's title: the line after it opens the entry.
  const afterClock = new Set(lines.filter((l, i) => i > 0 && CLOCK_LINE.test(lines[i - 1]!.text.trim())));
  const opens = (l: Line) => l.opensBlock || afterClock.has(l);
  const aboveAnswers = lines.filter((l) => opens(l) && questionText(l)).length >= 3;
  const questionLine = (l: Line) => questionText(l) && (l.standalone || afterClock.has(l) || (aboveAnswers && opens(l)));
  const questionHeadings = lines.filter(questionLine).length >= 2;

  let bodyStarted = false;
  let headline: Line | null = null;
  let previousClassified: BoilerplateKind | null = null;
  let inCommentForm = false;
  let inShotList = false;
  let inRelated = false;
  let inTags = false;
  let videoPage = false;
  let skipNext = false;
  let skipTo = -1;
  let previous: Line | null = null;
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    const mark = (kind: BoilerplateKind, span: Span = line, note?: string) => out.push({ kind, start: span.start, end: span.end, ...(note ? { note } : {}) });
    const previous0End = previous?.end ?? -1;
    const next = lines[i + 1];
    const nextAdjacent = !!next && !/\n\s*\n/.test(text.slice(line.end, next.start));
    const lastSpan = out[out.length - 1];
    const adjacent = !!previous && !/\n\s*\n/.test(text.slice(previous.end, line.start));
    const afterMedia = adjacent && (previousClassified === 'VIDEO_CAPTION' || previousClassified === 'PHOTO_CAPTION');
    previous = line;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (i <= skipTo) continue;
    let kind: BoilerplateKind | null = null;
    /** The line without the icons a browser copies before it. */
    const u = t.replace(LEAD_ICONS, '');

    // A header line made only of datelines and advertisement markers ("date 2020-02-08 Advertisement").
    const parts: Array<{ kind: BoilerplateKind; span: Span }> = [];
    for (const m of t.matchAll(DATELINE)) parts.push({ kind: 'DATELINE', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
    for (const m of t.matchAll(ADVERTISEMENT)) parts.push({ kind: 'ADVERTISEMENT', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
    let rest = t;
    for (const p of parts) rest = rest.replace(text.slice(p.span.start, p.span.end), '');
    const repeated = (count.get(normal(t)) ?? 0) > 1 && words(t) >= 3;

    if (parts.length && !/[\p{L}\p{N}]/u.test(rest)) {
      for (const p of parts.sort((a, b) => a.span.start - b.span.start)) mark(p.kind, p.span);
      previousClassified = parts[0]!.kind;
      continue;
    }
    if (COMMENT_START.test(t)) inCommentForm = true;
    if (inCommentForm && (COMMENT_START.test(t) || COMMENT_FORM.test(t))) {
      const last = out[out.length - 1];
      if (last?.kind === 'COMMENT_FORM' && previousClassified === 'COMMENT_FORM') last.end = line.end;
      else mark('COMMENT_FORM');
      previousClassified = 'COMMENT_FORM';
      continue;
    }
    inCommentForm = false;

    // A link marker closing a paragraph of body ("... citing a military source. [read at source]"): only the marker.
    const marker = LINK_MARKER.exec(t);
    if (marker && marker.index > 0 && words(t.slice(0, marker.index)) >= 4) {
      mark('RELATED_LINK', { start: line.start + marker.index + marker[0].indexOf('['), end: line.end });
      previousClassified = null;
      bodyStarted = true;
      continue;
    }
    // Notes on how the page was made, its credits and its terms, a line of their own: "This transcript was produced by
    // speech recognition ...", "Presented by X. Produced by Y.", "Summary written by Z editors from the reports linked below.",
    // "Translation supplied by the producer.", "All footage subject to licence terms. Not for archive."
    if (productionNote(t) && !BYLINE.test(t) && !TRANSCRIPT_NOTE.test(t)) kind = /^translat/i.test(t) ? 'TRANSLATION_NOTICE' : /\bnot responsible\b/i.test(t) ? 'NAVIGATION' : 'CREDIT_LINE';
    // An aggregator's line for one source: "Rivulet Tribune · Officers indicted in hack · 3h", "Morava Observer — 'Election
    // shadowed by trial' — 1d ago".
    else if (SOURCE_ITEM.test(t) && words(t) <= 30) kind = 'RELATED_LINK';
    // A page header of parts that are one label: "CINDERPATH VIDEO NEWS — DAILY RUNDOWN, ITEM 6 OF 14", "RUSHLIGHT PICTURES —
    // Newsroom Portal — Story 3 of 9 today".
    else if (/\s[—–|]\s/.test(t) && ITEM_OF.test(t) && words(t) <= 16) kind = 'NAVIGATION';
    // A live page's marks: "LIVE", "● LIVE", "| Live", "| Updated 11.02.2020", "Posted by X", "Live coverage has now ended."
    else if (LIVE_MARK.test(u) || /^\|\s*\S/.test(t) && words(t) <= 6) kind = /\d/.test(t) ? 'DATELINE' : 'NAVIGATION';
    else if (POSTED_BY.test(t)) kind = 'BYLINE';
    else if (LIVE_ENDED.test(t) && words(t) <= 25) kind = 'NAVIGATION';
    // A newsletter's greeting over its list: "Good morning. Three things from the weekend: ...".
    else if (!bodyStarted && NEWSLETTER_GREETING.test(t) && words(t) <= 60) kind = 'STANDFIRST';
    if (kind) {
      mark(kind);
      previousClassified = kind;
      continue;
    }

    // A summary box: its label alone and the bullets right under it ("Key points" / "• ..." / "• ..."), one standfirst.
    if (SUMMARY_HEADING.test(t) && nextAdjacent && next && BULLET.test(next.text)) {
      let j = i + 1;
      while (j + 1 < lines.length && BULLET.test(lines[j + 1]!.text) && !/\n\s*\n/.test(text.slice(lines[j]!.end, lines[j + 1]!.start))) j++;
      mark('STANDFIRST', { start: line.start, end: lines[j]!.end });
      previousClassified = 'STANDFIRST';
      previous = lines[j]!;
      skipTo = j;
      continue;
    }
    // A video agency's heading of its summary or notes, alone on its line ("Story summary:", "NOTES FOR EDITORS").
    if (NOTES_HEADING.test(t)) {
      mark('SUBHEADING');
      previousClassified = 'SUBHEADING';
      continue;
    }
    // A shot list's or a script's label alone on its line ("SHOT LIST", "BACKGROUND").
    if (SHOTLIST_LABEL.test(t) || SCRIPT_HEADING.test(t)) {
      inShotList = SHOTLIST_LABEL.test(t);
      mark('SUBHEADING');
      previousClassified = 'SUBHEADING';
      continue;
    }
    // A header line of separated parts of different kinds ("By Ana Lind · 2 min read · March 4, 2021"): each part its own span.
    if (!bodyStarted && /\s[·•|]\s/.test(t)) {
      const split = headerParts(t, line.start);
      if (split) {
        for (const p of split) mark(p.kind, p.span);
        previousClassified = split[split.length - 1]!.kind;
        continue;
      }
    }
    // A label or dateline opening a paragraph of body: only the label is furniture.
    const label = SCRIPT_LABEL.exec(t);
    if (label) {
      inShotList = false;
      mark('SUBHEADING', { start: line.start, end: line.start + label[0].trimEnd().length }, 'Label of the script; the text after it is body.');
      previousClassified = 'SUBHEADING';
      if (t.length > label[0].length) bodyStarted = true;
      continue;
    }
    // A speaker's label over words that read as prose: the label is furniture, the words are body (the speaker is the
    // claimant, read from the text by attribution, not from this span).
    const speaker = SPEAKER_LABEL.exec(t);
    const spoken = speaker ? t.slice(speaker[0].length).trim() : '';
    // A field of an agency's header block ("USAGE: Broadcast and digital. No archive use.") has field lines beside it.
    const fieldBeside = (adjacent && CAPS_FIELD.test(lines[i - 1]!.text)) || (nextAdjacent && CAPS_FIELD.test(next!.text));
    if (speaker && words(spoken) >= 4 && endsLikeProse(spoken) && !FIELD.test(t) && !fieldBeside) {
      mark('VIDEO_CAPTION', { start: line.start, end: line.start + speaker[0].length }, "Speaker's label; their words after it are body.");
      previousClassified = null;
      bodyStarted = true;
      inShotList = false;
      continue;
    }
    // A clip's cue: furniture, whatever words it quotes.
    if (CUE.test(t)) {
      mark('CREDIT_LINE');
      previousClassified = 'CREDIT_LINE';
      continue;
    }
    // A shot's soundbite header and its quotation on one line: the header is furniture, the quotation body (extract.ts reads
    // its speaker from the header).
    const inlineBite = INLINE_SOUNDBITE.exec(t);
    if (inlineBite && words(t.slice(inlineBite[0].length)) >= 2) {
      mark('VIDEO_CAPTION', { start: line.start, end: line.start + inlineBite[1]!.length }, 'Soundbite header; the quotation after it is body.');
      previousClassified = null;
      bodyStarted = true;
      inShotList = true;
      videoPage = true;
      continue;
    }
    // A label in brackets before a quotation on its line ('[SOT — ANNA BERG, FARMER] "We lost everything."'): the label is
    // furniture, the quotation body (turns.ts reads its speaker).
    const bracketed = BRACKET_BEFORE_QUOTE.exec(t);
    if (bracketed && words(t.slice(bracketed[0].length)) >= 2) {
      mark('VIDEO_CAPTION', { start: line.start, end: line.start + bracketed[0].trimEnd().length }, 'Label before a quotation; the quotation after it is body.');
      previousClassified = null;
      bodyStarted = true;
      inShotList = false;
      continue;
    }
    // A caption and its credit on one line ("Boats on the main street, March 4, 2021. Picture: Ana Lind for Harbour"): the
    // caption, the credit and a control after it, a span each. The caption is one or two sentences that report no one's words.
    const trailing = TRAILING_CREDIT.exec(t);
    const caption = trailing ? t.slice(0, trailing.index).trim() : '';
    if (trailing && words(caption) >= 4 && words(caption) <= 45 && startsUpper(caption) && !/["“”]/.test(caption) && !REPORTING_VERB.test(caption) && (caption.match(/[.!?]\s+\p{Lu}/gu)?.length ?? 0) <= 1) {
      mark('PHOTO_CAPTION', trimSpan(text, { start: line.start, end: line.start + trailing.index }));
      mark('CREDIT_LINE', { start: line.start + trailing.index, end: line.start + trailing.index + trailing[1]!.length });
      if (trailing[2]) mark('NAVIGATION', { start: line.end - trailing[2].length, end: line.end });
      previousClassified = 'PHOTO_CAPTION';
      continue;
    }
    // A dateline opens the first paragraph; one with a date and the agency in brackets ("BEIRUT, Feb 6 (Wire) -") is one
    // wherever the rules think the body began (a caption they kept as body must not hide it).
    const wire = WIRE_DATELINE.exec(t);
    const wireHere = !!wire && (!bodyStarted || previousClassified !== null || (/\d/.test(wire[0]) && /\([^)]+\)|\/[^/]+\//.test(wire[0])));
    if (wire && wireHere && words(t) > words(wire[0]) + 3 && /[-–—]\s*$/.test(wire[0].trimEnd())) {
      mark('DATELINE', { start: line.start, end: line.start + wire[0].trimEnd().length });
      bodyStarted = true;
      previousClassified = null;
      continue;
    }
    const glued = !bodyStarted || previousClassified !== null ? GLUED_DATELINE.exec(t) : null;
    if (glued && words(t) > words(glued[0]) + 3) {
      mark('DATELINE', trimSpan(text, { start: line.start, end: line.start + glued[0].length }, ' —–-'));
      bodyStarted = true;
      previousClassified = null;
      continue;
    }
    // A caption's label alone on its line ("Image caption,"): the label and the caption under it, one span.
    if (CAPTION_LABEL.test(t) && nextAdjacent && next && words(next.text) <= 40) {
      mark(/caption/i.test(t) ? 'PHOTO_CAPTION' : 'CREDIT_LINE', { start: line.start, end: next.end });
      previousClassified = 'PHOTO_CAPTION';
      skipNext = true;
      continue;
    }
    // An item of a topic-tag list under its heading.
    if (inTags && adjacent && words(t) <= 5 && !/[.!?]$/.test(t)) {
      mark('NAVIGATION');
      previousClassified = 'NAVIGATION';
      continue;
    }
    inTags = false;

    // The masthead's second line, a programme or section name ("VALLEY RADIO" / "The Morning Hour"), not the headline: its own
    // span, as every style set marks it.
    if (!headline && !bodyStarted && adjacent && lastSpan && (previousClassified === 'NAVIGATION' || previousClassified === 'CREDIT_LINE') && lastSpan.end === previous0End && !!next && headlineLike(next.text) && words(t) >= 2 && words(t) <= 4 && !/[\d:|·•›»>/]/.test(t) && !/\p{Lu}{2,}-\p{Lu}/u.test(t) && !/[.!?]$/.test(t)) {
      mark('NAVIGATION');
      continue;
    }
    // A byline's second line, the outlet or desk and place ("By Ana Lind" / "Lakeside Wire, Dorvik"): one span with it.
    if (previousClassified === 'BYLINE' && adjacent && lastSpan?.kind === 'BYLINE' && bylineContinuation(t)) {
      lastSpan.end = line.end;
      continue;
    }

    // Whole lines of page furniture, by what they are.
    const field = FIELD.exec(t);
    const anyField = field ? null : ANY_FIELD.exec(t);
    let anyFieldKind: BoilerplateKind | null = anyField && words(anyField[2]!) <= 20 && !(bodyStarted && previousClassified === null) ? fieldFamily(anyField[1]!) : null;
    // A role label over a sentence ("PRESENTER: Good evening. ...") is a transcript's speaker, not a byline: a byline field holds a name or two.
    if (anyFieldKind === 'BYLINE' && (words(anyField![2]!) > 12 || /[.!?]["”’]?$/.test(anyField![2]!.trim()))) anyFieldKind = null;
    const prevLine = i > 0 ? lines[i - 1]! : null;
    const number = numberOf(t);
    // A run of numbered lines is a shot list only on a video page (a shot list's label or a video field seen before) or
    // when the line reads as a shot; an explainer's numbered points stay body.
    const numberedRun =
      number !== null &&
      (videoPage || SHOT_WORDS.test(t)) &&
      !/[.!?]["”’]?$/.test(t) &&
      words(t) <= 30 &&
      ((adjacent && !!prevLine && numberOf(prevLine.text) === number - 1) || (nextAdjacent && numberOf(next!.text) === number + 1));
    if (field && words(t) <= (/^(?:HEADLINE|TITLE)$/i.test(field[1]!) ? 30 : 20) && (field[2]!.trim() || /^(?:SHOWS|SHOTLIST|SHOT LIST|VIDEO SHOWS)$/i.test(field[1]!))) {
      kind = FIELD_KIND[field[1]!.toUpperCase().replace(/['’]/, "'")] ?? 'NAVIGATION';
      if (/^(?:SHOWS|SHOTLIST|SHOT LIST|VIDEO SHOWS)$/i.test(field[1]!)) inShotList = true;
    } else if (anyFieldKind) kind = anyFieldKind;
    else if (LONE_WIRE_DATELINE.test(t) && words(t) <= 12) kind = 'DATELINE';
    else if (!inShotList && CLOCK_LINE.test(t)) kind = 'DATELINE';
    else if (inShotList && (SHOT.test(t) || SHOT_LOCATION.test(t) || (NUMBERED.test(t) && words(t) <= 30))) kind = SHOT_LOCATION.test(t) && !SHOT.test(t) ? 'DATELINE' : 'VIDEO_CAPTION';
    else if ((TIMECODED_SHOT.test(u) && words(u) <= 30) || SHOT_ROW.test(t) || (TIME_SHOT.test(u) && words(u) <= 30 && (inShotList || !/[.!?]["”’]?$/.test(u))) || numberedRun) {
      kind = 'VIDEO_CAPTION';
      inShotList = true;
    } else if (inShotList && words(t) <= 12 && SHOT_DATE_LINE.test(t)) kind = 'DATELINE';
    else if (inShotList && words(t) <= 14 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t) && !/[.!?]$/.test(t) && !(CAPS_LABEL.test(t) && !(next && nextAdjacent && (TIME_SHOT.test(next.text) || NUMBERED.test(next.text) || SHOT_LOCATION.test(next.text))))) kind = 'CREDIT_LINE';
    else if (inShotList && /^["“]/.test(t)) {
      // A soundbite's words in a shot list are body.
      bodyStarted = true;
      previousClassified = null;
      continue;
    } else if (TAGS_HEADING.test(t)) {
      kind = 'NAVIGATION';
      inTags = true;
    } else if (SHARE_UI.test(u)) kind = 'SOCIAL';
    else if ((CONSENT_VOICE.test(t) || CONSENT_BUTTONS.test(t)) && words(t) <= 45 && !/["“”]/.test(t)) kind = 'NAVIGATION';
    else if (callToAction(t)) kind = 'ADVERTISEMENT';
    else if (NEXT_ON.test(t) && words(t) <= 10 && !endsLikeProse(t)) kind = 'NAVIGATION';
    else if (TEAM_CREDIT.test(t) && words(t) <= 14) kind = 'CREDIT_LINE';
    else if (AUTHOR_BIO.test(t) && words(t) <= 45 && i >= lines.length - 3) kind = 'BYLINE';
    else if (!bodyStarted && (previousClassified === 'DATELINE' || previousClassified === 'HEADLINE' || previousClassified === 'BYLINE') && words(t) <= 10 && !/\d/.test(t) && NAME_OUTLET_PLACE.test(t)) kind = 'BYLINE';
    else if (URL_LINE.test(t) && words(t) <= 25) kind = 'NAVIGATION';
    else if (GALLERY_ITEM.test(t) && words(t) <= 60) kind = 'PHOTO_CAPTION';
    else if (NAVIGATION.test(u) || READ_TIME.test(t) || /^(?:breaking(?: news)?|live|exclusive|developing|updated|analysis|opinion|watch live)$/i.test(t)) kind = 'NAVIGATION';
    else if (COMMENT_FORM.test(t) || COMMENTS_LINE.test(t)) kind = 'COMMENT_FORM';
    else if (SOCIAL.test(t) || SOCIAL_WORDS.test(t)) kind = 'SOCIAL';
    else if (TRANSLATION.test(t) || ((TRANSLATION_NOTE.test(t) || TRANSCRIPT_NOTE.test(t)) && words(t) <= 14) || (TRANSCRIPT_MADE.test(t) && words(t) <= 25)) kind = 'TRANSLATION_NOTICE';
    else if (NEWSLETTER_REPLY.test(t) && words(t) <= 20 && !REPORTING_VERB.test(t)) kind = 'COMMENT_FORM';
    else if (AFFILIATE.test(t) && words(t) <= 25 && !REPORTING_VERB.test(t)) kind = 'ADVERTISEMENT';
    else if (CREDIT.test(t) || COPYRIGHT.test(t) || (COPYRIGHT_INSIDE.test(t) && words(t) <= 20)) kind = 'CREDIT_LINE';
    else if (END_MARKER.test(t) || RULE_LINE.test(t) || (DASHED_MARKER.test(t) && words(t) <= 8)) kind = 'NAVIGATION';
    else if (STAFF_INITIALS.test(t) || (COPY_NOTE.test(t) && words(t) <= 40)) kind = 'CREDIT_LINE';
    else if (POLICY_LINK.test(t) && words(t) <= 12) kind = 'NAVIGATION';
    else if (FORM_PROMISE.test(t) && words(t) <= 25) kind = 'COMMENT_FORM';
    else if (USAGE_NOTE.test(t) && words(t) <= 25 && !REPORTING_VERB.test(t)) kind = 'CREDIT_LINE';
    else if (LIST_INTRO.test(t)) kind = 'SUBHEADING';
    else if (AD_BREAK.test(t) && words(t) <= 8) kind = 'ADVERTISEMENT';
    else if (LONE_CREDIT.test(t)) kind = 'CREDIT_LINE';
    else if (CLIENT_NOTE.test(t) && words(t) <= 25) kind = 'NAVIGATION';
    else if (/^(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i.test(t)) kind = 'DATELINE';
    else if (CAPS_SHOT.test(t) && words(t) <= 25 && (t === t.toUpperCase() || /:\s*$/.test(t))) kind = 'VIDEO_CAPTION';
    else if (!bodyStarted && (BULLET.test(t) || SUMMARY_LABEL.test(t)) && headline) kind = 'STANDFIRST';
    else if ((STAFF_LINE.test(t) || REPORTS_FROM.test(t)) && words(t) <= 14 && !endsLikeProse(t)) kind = 'BYLINE';
    else if (BYLINE.test(t) && words(t) <= 16) kind = 'BYLINE';
    else if (PROGRAMME.test(t) && words(t) <= 10) kind = 'BYLINE';
    else if (BARE_DATE_LINE.test(t) || RELATIVE_TIME.test(t) || stampLine(t) || (parts.some((p) => p.kind === 'DATELINE' && !/(?:^|\s)\p{Ll}/u.test(text.slice(line.start, p.span.start))) && words(t) <= 10)) kind = 'DATELINE';
    else if (VIDEO.test(t) || (MEDIA.test(t) && words(t) <= 25)) kind = 'VIDEO_CAPTION';
    else if (PROMO.test(t) && words(t) <= 12 && !endsLikeProse(t)) kind = 'ADVERTISEMENT';
    else if (CAPTION.test(t) || PHOTO_CREDIT_END.test(t) || repeated) kind = 'PHOTO_CAPTION';
    else if (RELATED.test(t) && (words(t) <= 5 || /^[^:|–—]{2,30}(?::|\s[|–—])\s*\S/.test(t))) {
      kind = 'RELATED_LINK';
      // A label and its links on one line ("Related: Idlib in five maps · Who are the rebels?") is one span, as most sets
      // annotate it (holdout-3 alone gives the label and each link a span).
      inRelated = !/(?::|\s[|–—])\s*\S/.test(t);
    } else if ((inRelated && adjacent && words(t) <= 16 && !/[.]$/.test(t)) || (LINK_ARROW.test(t) && words(t) <= 16)) kind = 'RELATED_LINK';
    else if (/^(?:image|picture|photo|video)\s+(?:copyright|credit|source)\s*,?\s+\S/i.test(t) && words(t) <= 10) kind = 'CREDIT_LINE';
    else if (afterMedia && words(t) <= 14 && !/[.!]$/.test(t)) kind = previousClassified;
    else if ((headline || bodyStarted) && CAPS_LABEL.test(t)) {
      // A label alone in capitals ("PICTURES", "SEQUENCE", "NARRATIVE"): a heading of the page's parts.
      kind = 'SUBHEADING';
      inShotList = !!next && nextAdjacent && (TIME_SHOT.test(next.text) || NUMBERED.test(next.text));
    }
    else if (outlet && !bodyStarted && t.toLowerCase().includes(outlet) && words(t) <= words(outlet) + 4) kind = 'NAVIGATION';
    else if (!bodyStarted && words(t) <= 8 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t) && !/[.!?]$/.test(t)) kind = 'NAVIGATION';
    else if (BREADCRUMB_SEPARATOR.test(t) && !endsLikeProse(t) && t.split(BREADCRUMB_SEPARATOR).every((part) => words(part) <= 4)) kind = 'NAVIGATION';
    if (kind === 'NAVIGATION' && /^(?:related (?:stories|articles)|most read)$/i.test(t)) inRelated = true;
    else if (kind !== 'RELATED_LINK') inRelated = false;

    if (kind === 'VIDEO_CAPTION' || inShotList) videoPage = true;
    if (kind) {
      const key = normal(t);
      const copies = seen.get(key) ?? 0;
      seen.set(key, copies + 1);
      const note = copies > 0 ? (kind === 'VIDEO_CAPTION' ? 'The same video title printed a second time.' : 'The same caption printed a second time.') : undefined;
      // A caption and its own labelled credit field ("Image caption: ... Image copyright: ..."): two spans.
      const credit = kind === 'PHOTO_CAPTION' ? /[.!?]\s+((?:image|photo|picture|pic)\s+(?:copyright|credit)\s*:\s*\S.*)$/i.exec(t) : null;
      if (credit) {
        const at = line.start + credit.index + credit[0].length - credit[1]!.length;
        mark(kind, trimSpan(text, { start: line.start, end: at }), note);
        mark('CREDIT_LINE', { start: at, end: line.end });
        previousClassified = kind;
        continue;
      }
      mark(kind, line, note);
      previousClassified = kind;
      continue;
    }

    if (!bodyStarted && !headline && headlineLike(t)) {
      headline = line;
      mark('HEADLINE');
      previousClassified = 'HEADLINE';
      continue;
    }
    // A summary under the headline, written as a sentence, is a standfirst when page furniture (a byline, a stamp, a share row)
    // still follows it before the body.
    const standfirst = !bodyStarted && previousClassified === 'HEADLINE' && !!headline && startsUpper(t) && words(t) >= 6 && words(t) <= 60 && !!next && headerFurniture(next.text);
    if (standfirst || (!bodyStarted && previousClassified === 'HEADLINE' && headline && headlineLike(t, 6))) {
      mark('STANDFIRST');
      previousClassified = 'STANDFIRST';
      continue;
    }
    if (!bodyStarted && words(t) <= 3 && !endsLikeProse(t) && t.length <= 30) {
      // A lone name in the page header ("CGTN"): the outlet's or agency's credit.
      mark('CREDIT_LINE');
      previousClassified = 'CREDIT_LINE';
      continue;
    }
    const question = questionHeadings && questionLine(line);
    if ((bodyStarted || (headline && question)) && (line.standalone || question) && words(t) <= 14 && (!endsLikeProse(t) || question) && (startsUpper(t) || question) && i < lines.length) {
      mark('SUBHEADING');
      previousClassified = 'SUBHEADING';
      continue;
    }
    // No rule names this line: the learned model's call, made here so that furniture it finds does not start the body.
    // Its kind is a guess, so the rules' state does not take it up: the line is transparent to the lines after it.
    // A line that reads as a sentence is the model's only before any body and when it does not end as prose does (a
    // headline or a player the rules did not see): the body's first paragraph ends with its full stop.
    const guess = learned.get(line.start);
    // In the body, a short line that reads as a sentence but does not end as one is a heading or a shot when the model is
    // sure (p >= 0.9, fixed before measuring): "② Ankara raises the stakes", "(b) 0:12 Marchers carry portraits". A point
    // of a list ("1 Floodwater has cut Marbek off", "• Some 900 families left") is body unless it is a timed shot.
    const listPoint = /^(?:[•·▪‣◦*–-]\s|\d{1,2}[.)]?\s)/.test(t) && !/\b\d{1,2}:\d{2}\b/.test(t);
    const heading = !endsLikeProse(t) && words(t) <= 10 && !/["“”]/.test(t) && !listPoint && (guess?.probability ?? 0) >= 0.9;
    if (guess && (!guess.sentence || (!bodyStarted && !endsLikeProse(t)) || heading)) {
      mark(guess.kind, line, learnedNote(guess.probability));
      continue;
    }
    bodyStarted = true;
    inShotList = false;
    previousClassified = null;
  }
  if (!model) return out.sort((a, b) => a.start - b.start);
  const lineAt = new Map(lines.map((l) => [l.start, l]));
  return out.flatMap((span) => itemsOf(model, lineAt.get(span.start), span)).sort((a, b) => a.start - b.start);
}

/** A span that is a whole line, cut into the items the model finds on it ("20:14 GMT · Maren Voss"): each keeps the line's kind and note. */
function itemsOf(model: FurnitureModel, line: Line | undefined, span: BoilerplateSpan): BoilerplateSpan[] {
  if (!line || line.end !== span.end) return [span];
  return furnitureItems(model, line.text).map((item) => ({ ...span, start: line.start + item.start, end: line.start + item.end }));
}

/**
 * Sentences with the furniture that opens them cut off ("ANKARA, Feb 3
 * (Harbour Wire) - Syrian ...", "STORY: Syrian ..."): a claim quotes the body only.
 */
export function withoutLeadingFurniture<T extends Span>(text: string, boilerplate: Span[], sentences: T[]): T[] {
  return sentences.map((s) => {
    const lead = boilerplate.find((b) => b.start <= s.start && b.end > s.start && b.end < s.end);
    if (!lead) return s;
    // The dash a dateline ends on ("Marbek (Northland) (VNN) - Troops ...") is no part of the sentence.
    const dash = /^\s*[—–-]+\s+(?=\S)/.exec(text.slice(lead.end, s.end))?.[0].length ?? 0;
    const start = trimSpan(text, { start: lead.end + dash, end: s.end }).start;
    return { ...s, start, ...('text' in s ? { text: text.slice(start, s.end) } : {}) };
  });
}

/**
 * Whether every visible character of a span lies inside boilerplate (one span or several: "date 2020-02-08 Advertisement");
 * the separators between a header line's parts ("By Ana Lind · 2 min read") are not visible words.
 */
export function inBoilerplate(text: string, boilerplate: Span[], span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/[\s·•|›»]/.test(text[i]!)) continue;
    if (!boilerplate.some((b) => b.start <= i && i < b.end)) return false;
  }
  return true;
}

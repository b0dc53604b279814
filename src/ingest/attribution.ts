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
import { FRONTED_PLACE, OF_WHICH, trimSpan, type Span, type Tags } from './text.js';
import { GROUP_NOUNS, ISSUED_DOCUMENT, isPersonRole, MEDIUM_KINDS, namedAsMedium, personalName } from './claimants.js';
import { speakerLabelLength } from './turns.js';
import { countryOf } from './countries.js';
import { ABBREVIATED } from './sentences.js';

export interface Attribution {
  /** The words naming the claimant ("the Britain-based Syrian Observatory for Human Rights", "he"). */
  phrase: Span;
  /** The known actor they name, when there is one. */
  claimant: EntityRef | null;
  /** How that actor was named: one of its aliases, or a spelling one letter off. */
  via: 'alias' | 'spelling' | null;
  /** The reporting verb, lower case ("said", "accused", "according to"). */
  verb: string;
  pronoun: boolean;
  /**
   * The medium the words came through ("quoted by SANA", "X told the paper", ", Anadolu reported"), listed after the
   * speaker (docs/annotating.md). `strict`: the words only may be a medium ("told reporters" is no channel), so they count
   * only when they name one; otherwise the syntax says they relay.
   */
  channel?: { phrase: Span; strict: boolean };
}

const SPEECH =
  'said|says|say|told|tells|tell|reported|reports|announced|announces|added|adds|warned|warns|confirmed|confirms|stated|states|declared|declares|' +
  'claimed|claims|claim|accused|accuses|denied|denies|dismissed|dismisses|insisted|insists|noted|notes|explained|explains|threatened|threatens|' +
  'estimated|estimates|estimate|wrote|writes|alleged|alleges|blamed|blames|urged|urges|condemned|condemns|rejected|rejects|acknowledged|admitted|argued|' +
  'believes|believed|cautioned|quoted|vowed|vows|pledged|pledges|promised|promises|described|describes|demanded|demands|asserted|asserts|predicted|predicts|' +
  'reiterated|reiterates|maintained|maintains|countered|counters|replied|replies|responded|responds|conceded|concedes|revealed|reveals|announce|announced|' +
  'counted|counts|documented|documents|expect|expects|expected|forecast|forecasts|' +
  // Offers, defences, judgements and what a witness saw are statements too.
  'offered|offers|proposed|proposes|defended|defends|criticised|criticized|criticises|criticizes|praised|praises|welcomed|welcomes|hailed|hails|' +
  'questioned|questions|disputed|disputes|contradicted|suggested|suggests|signalled|signaled|indicated|indicates|complained|complains|protested|' +
  'recalled|recalls|objected|assured|assures|boasted|appealed|saw|witnessed|observed|tweeted|tweets|repeated|repeats|' +
  // A reckoning is an estimate; "describe X as" a judgement.
  'reckons|reckon|reckoned|describe|' +
  // Congratulating someone is a statement about them ("X congratulated him on Twitter").
  'congratulated|congratulates|' +
  // Stressing, clarifying, disclosing and lamenting are saying too, and so is condemning in a newsroom's words.
  'stressed|stresses|emphasised|emphasized|emphasises|emphasizes|underlined|underlines|underscored|underscores|retorted|retorts|hinted|hints|' +
  'recounted|recounts|disclosed|discloses|lamented|laments|highlighted|highlights|mentioned|mentions|clarified|clarifies|specified|specifies|' +
  'elaborated|affirmed|affirms|reaffirmed|reaffirms|contended|contends|remarked|commented|echoed|acknowledges|admits|argues|' +
  'slammed|slams|blasted|blasts|decried|decries|deplored|deplores|lambasted|lambasts|informed|advised|concluded|concludes|speculated|asserted';
// Words said aloud in a voice of their own, a speaker's only right after the quotation ('"I have lost everything," a farmer
// shouted'); "The ushers shouted at us" inside a quotation is what the quotation tells.
// So is a question asked ('"Who answers for that?" she asked'), after a question only when the verb comes first ('"...?" asked
// Lindqvist'; '"Citizens for Dorvik," asked the court' is a request).
const VOICE_OF_ANY = 'shouted|shouts|cried|yelled|chanted|screamed|whispered|sobbed|pleaded';
const VOICE = `${VOICE_OF_ANY}|asked|asks|wondered`;
const VOICE_AFTER_QUOTE = new RegExp(`^(?:${VOICE})$`, 'i');
/** The speaker of a voice closing the sentence right after a quotation ('... for that?" she asked.'). */
const CLOSING_VOICE = new RegExp(`[,!?][”"]\\s+((?:[^,;:“”"\\s]+\\s+){0,5}?[^,;:“”"\\s]+)\\s+(?:${VOICE})\\s*[.!]?\\s*$`, 'u');
// The plural present of reporting verbs that are nouns or infinitives as often: "Rebel sources dispute that", "Local
// media report that", "Polls suggest ...", "Most analysts think ...". Read only after an opening subject, never as a
// closing ", X said" ("..., after a dispute over a debt, police said").
// So are the plural present of verbs of conceding, insisting, warning and believing ("Officials concede ...", "Residents
// insist ...", "Aid groups warn ...", "Officials fear ..."); a sentence may also close on them (", Turkish officials concede.").
const OPENING_ONLY = 'dispute|report|suggest|think|thinks|concede|admit|acknowledge|insist|warn|argue|allege|deny|contend|fear|fears|feared|believe|blame|accuse';
const SPEECH_RE = new RegExp(`^(?:${SPEECH}|${OPENING_ONLY})$`, 'i');
// Patterns built once, with the module.
const LABEL = 'terrorists?|extremists?|criminals?|mercenaries|invaders|occupiers|traitors|murderers|illegal|illegitimate|unacceptable|baseless|lies|propaganda';
/** The speaker after a closing quotation mark, up to the comma or stop; a relative clause after it ("who asked not to be named
 * because ...") is cut only where a sentence has one in lower case, so that "the WHO representative" keeps its "WHO". */
const closingQuoteSpeaker = (relative: boolean) =>
  new RegExp(`(?:[”"]\\s*,?\\s*(?:${SPEECH}|${VOICE_OF_ANY})|(?<=[?!][”"])\\s*(?:asked|asks|wondered))\\s+((?:(?:[A-Z]\\.){2,}|\\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Sgt|Maj|Brig|Adm|Sen|Rep|Gov|Rev|St)\\.(?=\\s)|[^,.;:“”"]){2,90}?)${relative ? String.raw`(?:\s+(?:who|whom|whose)\s[^.;:“”"]*)?` : ''}\\s*(?:,|\\.|$)`, 'i');
const CLOSING_QUOTE_SPEAKER = closingQuoteSpeaker(true);
const CLOSING_QUOTE_SPEAKER_PLAIN = closingQuoteSpeaker(false);
// "SANA, citing a military source, called the deployment an act of aggression": calling is saying here too.
const CITING_SOURCE = new RegExp(`^(?:(?:but|and|yet)\\s+|[^,;:“”"]{2,40}\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|later|earlier),\\s+)?([^,;:“”"]{2,60}?),\\s+(?:citing|quoting)\\s+([^,;:“”"]{2,80}?),\\s+(?:(?:has|had|also|later|earlier|again)\\s+)?(?:${SPEECH}|called|calls|branded|brands|labelled|labeled|termed)\\b`, 'i');
/**
 * "as saying", "as warning" ...: how a medium or a speaker is said to quote someone; also the participle a speaker speaks in
 * ("X defended the move, saying ...", "with X urging ..."). One list for every form that uses it.
 */
export const QUOTING_GERUNDS = 'saying|telling|repeating|warning|insisting|stating|adding|confirming|denying|arguing|claiming|calling|describing|accusing|blaming|vowing|threatening|urging|dismissing|rejecting|condemning|stressing';
const AS_SAYING = String.raw`as\s+(?:${QUOTING_GERUNDS})\b`;
/** "Russia's foreign ministry was blunter, blaming ...", "was more cautious, saying", "went further, blaming", "hit back,
 * saying": how the subject spoke (a comparison), then
 * what it said (group 2); "The river was rising, threatening homes" is no statement. */
const MANNER_THEN_GERUND = new RegExp(String.raw`^(.{2,60}?)\s+(?:(?:was|were|is|are)\s+(?:(?:more|less|even|much|far)\s+\p{Ll}+|\p{Ll}+er)|(?:went|goes|go)\s+(?:(?:a\s+step|one\s+step|even|much)\s+)?further(?:\s+still)?(?=,\s+(?:saying|blaming|accusing|warning|insisting|arguing|claiming|denying|describing)\b)|(?:hit|hits|struck|strikes)\s+back(?=,\s+(?:saying|blaming|accusing|warning|insisting|arguing|claiming|denying|describing)\b)),\s+(${QUOTING_GERUNDS})\b`, 'u');
/** "Erdogan went further: ...", "The ministry was blunt: ...", "Kovacs put it plainly: ...": how the subject spoke, then what it
 * said after the colon. A participle clause after the subject ("Erdogan, speaking at the airport, went further:") is no part
 * of it (group 1 is the subject). */
const MANNER_THEN_COLON = /^(.{2,60}?)(?:,\s+(?:speaking|writing|addressing|appearing|talking)\s[^,;:“”"]{2,80},)?\s+(?:(?:went|goes|go)\s+(?:(?:a\s+step|one\s+step|even|much)\s+)?further(?:\s+still)?|(?:was|were|is|are)\s+(?:more\s+|less\s+|even\s+more\s+)?(?:blunt|blunter|cautious|defiant|clear|clearer|unequivocal|emphatic|categorical|scathing|dismissive|direct|explicit|specific|precise|forthright|sharper|harsher)|(?:put|puts)\s+it\s+(?:more\s+)?(?:bluntly|simply|plainly|starkly|this\s+way|differently|another\s+way))\s*:\s+\S/u;
/** A subject that can speak before "was blunt:": a proper name (not "The", "His", "This" ...), or a body or a person by its noun. */
const MANNER_SUBJECT = /^(?:(?!(?:The|A|An|His|Her|Its|Their|This|That|These|Those|Our|My|Your|Rising|Falling)\b)\p{Lu}|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}(?:ministry|army|government|presidency|Kremlin|president|minister|spokes(?:man|woman|person)|agency|officials?|police|court|union|company|party|opposition|rebels?|group|monitor|observatory|commander|envoy|ambassador|mayor|governor|chief|leader|secretary)$)/u;
/** A subject that is a thing acting, not a speaker: water, weather, a job ("Rising water is threatening", "The forecast is calling for"). */
const THING_SUBJECT = /\b(?:water|river|rivers|flood|floods|fire|fires|storm|rain|snow|snowmelt|wind|winds|forecast|job|work|idea|plan|road|sea|tide|ice|heat|cold|weather|market|markets|prices?)\s+(?:was|were|is|are)\s+(?:(?:now|also|still|already)\s+)?$/i;
/** A month's name or abbreviation, whole ("Mar", "March"; not "Marbek"). */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A live page's entry time ("16:48") or a timeline's date ("Wed 5 Feb —") before a sentence. */
const ENTRY_MARK = new RegExp(`^(?:(?:JAN|FEB|MAR|APR|MAY|JUN|JUNE|JUL|JULY|AUG|SEPT?|OCT|NOV|DEC)\\.?\\s+\\d{1,2}\\s*[—–:-]\\s+(?=\\S)|\\d{1,2}[:.]\\d{2}(?:\\s*(?:GMT|UTC|BST|local))?\\s+(?=\\S)|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})\\s*[—–:-]\\s+(?=\\S))`, 'u');
/** A clause's conjunction or relative word before a speaker ("where aid workers say", "all of which he denies"). */
const CLAUSE_LEAD = new RegExp(`^(?:${OF_WHICH}|where|while|whereas|as|and|but|although|though|because|when|which|that|so|according\\s+to)\\s+`, 'i');
/** The rest of a sentence after a closing speaker's verb: no quotation of its own opens there, but a few words the speaker is
 * quoted in may (", the ministry said, adding that troops would halt “the regime's advance”."). */
const QUOTED_WORDS_ONLY = '(?:[^“”"]|[“"][^“”",.;:!?]{1,60}[”"])*';
/** Common irregular pasts that end in no "-ed" ("cut its rate", "set a deadline"), and participles after has/had. */
const IRREGULAR_PAST = 'cut|set|put|hit|made|sent|gave|took|held|won|lost|met|left|kept|told|spent|built|bought|sought|brought';
const IRREGULAR_PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST})$`);
const IRREGULAR_PARTICIPLE = 'set|given|made|put|sent|taken|told|drawn|laid';
const IRREGULAR_PARTICIPLE_WORD = new RegExp(`^(?:${IRREGULAR_PARTICIPLE})$`);
/** "X had promoted the launch for days, calling it ...": a capitalised subject, its verb, then the participle it speaks in. */
const ACTED_THEN_GERUND = new RegExp(String.raw`^((?:\p{Lu}[\p{L}'’.-]*\s+){0,6}\p{Lu}[\p{L}'’.-]*)\s+(?:has\s+|had\s+|have\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST})\b[^,;“”"]{0,120},\s+(${QUOTING_GERUNDS})\b(?!(?<=adding)\s+(?:to|up)\b)`, 'u');
/** A reporting verb anywhere in a stretch of text. */
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH}|according)\\b`, 'i');
/** "Syria's foreign ministry called the remarks empty and said ...": the subject (group 1) and its first verb (group 2) before
 * the "and" of a reporting verb; also after an irregular participle ("Erdogan has set a deadline ... and threatened ..."). */
const COORDINATED_SUBJECT = new RegExp(String.raw`^(.{2,80}?)\s+(?:has\s+|had\s+)?(\p{Ll}+(?:ed|es|s)|(?<=(?:has|had)\s+)(?:${IRREGULAR_PARTICIPLE}))\b[^;:“”"]{0,160}?,?\s+(?:and|but)(?:\s+(?:also|then|later))?$`, 'u');
/** A closing speaker: ", X said." (group 1, its verb group 2), read from a given position (sticky); the lower-case form for a
 * verb after a capitalised name. */
const CLOSING_SPEAKER = new RegExp(`(?:,|[”"’'—])\\s*([^,;:“”"]{2,90}?)\\s+(${SPEECH})\\b${QUOTED_WORDS_ONLY}$`, 'iy');
const CLOSING_SPEAKER_LOWER = new RegExp(`(?:,|[”"’'—])\\s*([^,;:“”"]{2,90}?)\\s+(${SPEECH})\\b${QUOTED_WORDS_ONLY}$`, 'y');
/** The same with any subject, a lower-case word in it, and an apposition before the participle; only the participles of saying. */
const ACTED_THEN_SAYING = new RegExp(String.raw`^(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}?)\s+(?:has\s+|had\s+|have\s+)?(\p{Ll}+ed|${IRREGULAR_PAST})\b[^;“”"]{0,160}?,\s+(saying|adding|insisting|arguing|claiming|stating|noting)\s+(?:that\s+\S|(?!(?:on|for|up|in|with|about|nothing)\b)(?!(?<=adding\s+)to\b)\p{Ll})`, 'u');
/** "with Kremlin spokesman Dmitry Peskov saying", "with the Kremlin urging". */
const WITH_X_GERUND = new RegExp(String.raw`^(?:but\s+|and\s+)?with\s+(.{2,80}?)\s+(${QUOTING_GERUNDS})\b`, 'i');
/** The same closing a sentence: "..., spokesman Abbas Mousavi was quoted as saying by the IRNA news agency.", '"...," police
 * chief Agung Rahmadi was quoted as saying.', "..., Kremlin spokesman Dmitry Peskov was cited by Tass as saying." */
const CLOSING_WAS_QUOTED = new RegExp(String.raw`,["”]?\s+([^,;:“”"]{2,80}?)\s+(?:was|were)\s+(?:quoted|cited)\s+(?:by\s+[^,;:“”"]{2,60}?\s+)?${AS_SAYING}(?:\s+by\s+[^,;:“”"]{2,60}?)?\s*[.!]?["”’']*\s*$`, 'u');
/** A medium closing the sentence, with a day after its verb or a clause it adds (", SANA reported on Tuesday, adding that ..."). */
const CLOSING_MEDIUM = new RegExp(String.raw`,\s+((?:the\s+)?[^,;:“”"]{2,60}?)\s+(?:said|says|reported|reports|added|adds|announced|wrote|writes)(?:\s+(?:on|in|late\s+on|early\s+on)\s+[^,;.“”"]{1,30}?)?(?:,\s+(?:adding|saying|noting)\b${QUOTED_WORDS_ONLY}?)?\s*[.!]?["”’']*\s*$`, 'u');
/** "X quoted Y as saying", "X, and Y cites Z as warning": X relays (group 1). */
const QUOTED_AS_SAYING = new RegExp(String.raw`(?:^|,\s+|\b(?:and|but|while)\s+)(?!(?:and|but|while|then|also)\s)((?:[\p{L}\d&.'’-]+\s+){0,6}?[\p{L}\d&.'’-]+)\s+(?:has\s+|had\s+|also\s+)?(?:quoted|quotes|cited|cites)\s+.{2,80}?\s+${AS_SAYING}`, 'u');
/** "The minister was quoted by the agency as saying": the one quoted (group 1) speaks. */
const WAS_QUOTED_AS_SAYING = new RegExp(String.raw`^(.{2,80}?)\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited|reported|heard)\s+(?:by\s+[^,;]{2,60}?\s+)?${AS_SAYING}`, 'i');
/** "The agency quotes Y as saying": Y (group 1) speaks. */
const QUOTES_X_AS_SAYING = new RegExp(String.raw`\b(?:quoted|quotes|cited|cites)\s+(.{3,80}?)\s+${AS_SAYING}`, 'i');
/** After a passive verb: "was quoted as saying" keeps its subject as the speaker. */
const AS_SAYING_NEXT = new RegExp(String.raw`^\s+${AS_SAYING}`, 'i');
const FRONTED_CITING_CHANNEL = new RegExp(`^(?:[Cc]iting|[Qq]uoting)\\s+[^,;:“”"]{2,80}?,\\s+([^;:“”",]{2,80}?)\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH})\\b`);
/** What is cited as a reason, not a source: "citing security concerns", "citing the weather", "citing a lack of funds". */
const CITED_REASON = /^(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:concerns?|reasons?|grounds|weather|drought|fears?|risks?|lack|shortages?|needs?|threats?|safety|health|costs?|delays?|pressure|rules?|laws?|precedent|constitution|progress|tensions?|violence|situation)(?=\s+(?:of|over|about|for|in|on|to|that|from|and|with)\b|\s*$)/iu;
const FRONTED_CITING = new RegExp(`^(?:[Cc]iting|[Qq]uoting)\\s+([^,;:“”"]{2,80}?),\\s+[^;:“”"]{2,80}?\\s+(?:${SPEECH})\\b`);
const OPENING_ONLY_RE = new RegExp(`^(?:${OPENING_ONLY})$`, 'i');
const CLOSING_OPENING_ONLY = new RegExp(`,\\s+([^,;:“”"]{2,60}?)\\s+(?:${OPENING_ONLY})\\s*[.!]?["”’']*\\s*$`, 'iu');
// Giving a label: "calls", and "brands", "labels", "dubs", "terms" in the third person or the past.
const CALL_VERB = '(?:has |had |have )?(?:(?:repeatedly|publicly|openly|previously|recently|formally|explicitly|frequently|consistently|loudly|again|also) )?(?:called|calls|call|brands|branded|labels|labelled|labeled|dubs|dubbed|terms|termed)';
const CALLS_IT = new RegExp(`^(.{2,80}?)\\s+${CALL_VERB}\\s+(?:(?:it|this|that|them)\\s+(?:a|an|the)\\s|(?:all\\s+(?:of\\s+)?)?(?:the|these|those|its|their|his|her)\\s+[^,;.“”"]{1,60}?\\s+(?:${LABEL})\\s*[.,;]|(?:(?:all|both|most|many|some|each)\\s+of\\s+)?(?:it|this|that|them)\\s+(?:${LABEL})\\s*[.,;])`, 'iu');
const CALLS_SUPERLATIVE = new RegExp(`^(.{2,80}?)\\s+${CALL_VERB}\\s+(?:it|this|that|them|(?:the|this|that|these|those|its|their|his|her|every|each|all)\\s+[^,;.“”"]{1,60}?|what\\s+[^,;.“”"]{1,60}?|\\p{Ll}+\\s+between\\s+[^,;.“”"]{1,60}?)\\s+(?:one\\s+of\\s+)?the\\s+(?:\\p{L}+est|most|worst|best|biggest|largest)\\b`, 'iu');
const CALLS_LABEL = new RegExp(`^(.{2,80}?)\\s+${CALL_VERB}\\s+(?:on\\s|for\\s|(?:it|this|that|them)\\s+(?:a|an|the)\\s|(?:the|this|that|these|those|its|their|his|her|every|each|all)\\s+[^,;.“”"]{1,60}?\\s+(?:a|an)\\s+\\p{L}|[^,;.]{2,60}?\\s+["“‘'][^"”’]{1,200}["”’'])`, 'iu');
// "..., his team, Roush Fenway Racing, says": a description, then the name in apposition to it, closing the sentence.
const APPOSED_NAME_CLOSING = new RegExp(`,\\s+(?:his|her|its|their|the)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+,\\s+(\\p{Lu}[^,;:“”"]{1,60}?),\\s+(?:${SPEECH})\\b(?=\\s*(?:[,.;!?]|$))[^“”"]*$`, 'u');
/** "According to the Herald, Kremlin spokesman Dmitry Peskov said": a medium (group 1) fronted before the speaker (group 2). */
const ACCORDING_TO_MEDIUM_SPEAKER = new RegExp(`^\\s*[Aa]ccording\\s+to\\s+([^,;:“”"]{2,60}?),\\s+((?:(?!\\b(?:that|who|which|whom)\\b)[^,;:“”"]){2,80}?)\\s+(?:has\\s+|had\\s+|also\\s+)?(${SPEECH})\\b(?!\\s+(?:had|has|have|was|were|is|are|would|will|of)\\b)`);
/** Reporting verbs in another sense: lives claimed, one's own staff dismissed ("claimed the lives of", "dismissed her chief of
 * staff"). "claimed responsibility", "claimed 40 people had died" and "dismissed the claims" stay statements. */
const OTHER_SENSE = /^(?:claimed|claims|claim)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost)\s+)?(?:the\s+lives|(?:[\d,.]+|hundreds|thousands|dozens|many|scores)\s+(?:of\s+)?lives)\b(?!\s+(?:had|have|has|were|was|are|is|would|will)\b)|^(?:dismissed|dismisses|dismiss)\s+(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:chief|head|minister|director|coach|manager|staff|cabinet|government|commander|general|governor|ambassador|secretary|deputy|adviser|advisor|aide|board|team)(?:\s+of\s+staff)?(?=\s*(?:[,.;]|$|\s(?:on|in|at|after|over|for|from|and|last|this|earlier)\b))/u;
const MULTIWORD_SPEECH = /^(.{2,80}?)\s+(?:has\s+|had\s+|also\s+)?(?:pointed\s+out|points\s+out|went\s+on\s+to\s+(?:say|add|warn|note|claim|insist|argue)|goes\s+on\s+to\s+(?:say|add|warn|note)|posted\s+(?:on|to)\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:Telegram|Twitter|X|Facebook|Instagram|website|social\s+media|official\s+account|account|channel|page)\b[^,;“”"]{0,40}?\s+that|answered\s+(?=that\s+(?:(?:it|he|she|they|we)\b|(?:\S+\s+){1,3}?(?:had|has|have|was|were|is|are|would|will|could|must|should|did|does|do)\b))|made\s+(?:it\s+)?clear|spelled\s+out|spelt\s+out|put\s+it\s+(?:\p{Ll}+ly|differently|another\s+way|this\s+way))\b/iu;
/** "The Observatory's figures show ...": whose figures, at the sentence's start. */
const FIGURES_SHOW = /^(?!(?:This|Last|Next|That)\s+(?:week|month|year|quarter|season)|Today|Yesterday|\p{Lu}\p{Ll}+day['’])(.{2,80}?)['’]s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:figures|count|tally|data|records|estimates?|numbers|statistics)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|put|puts)\b/u;
/** "..., the Observatory's count shows.": whose figures, closing the sentence. */
const CLOSING_FIGURES_SHOW = /,\s+(?!(?:this|last|next|that)\s+(?:week|month|year|quarter|season)|today|yesterday)((?:the\s+)?[^,;:“”"]{2,60}?)['’]s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:figures|count|tally|data|records|estimates?|numbers|statistics)\s+(?:show|shows|showed|suggest|suggests|indicate|indicates)\s*[.!]?["”’']*\s*$/u;
/** "according to X" to the clause's end; a title's full stop does not end X ("according to Dr. Waseem Zehri"). */
// A dotted acronym ("the U.N. humanitarian office") does not end the phrase.
const ACCORDING_TO = new RegExp(String.raw`\baccording to\s+((?:\b(?!(?:a\.m|p\.m|i\.e|e\.g)\.)(?:[A-Z]\.){2,}|${ABBREVIATED}|[^,;.]){2,120})`, 'i');
const PRONOUN = /^(?:he|she|it|they|him|them|the website|the statement|the report|one of them)$/i;

/** Participles that describe a speaker after its noun ("campaigners opposed to", "residents displaced by"), seldom a main verb. */
const REDUCED_RELATIVE = /^(?:read|broadcast|aired|carried|published|released|issued|posted|opposed|allied|linked|affiliated|close|loyal|displaced|stationed|trapped|sheltering|filmed|interviewed|reached|contacted|evacuated|funded|appointed|elected|polled|surveyed)$/i;
/** The preposition such a participle takes. */
const PARTICIPLE_PREPOSITION = /^(?:by|to|on|in|at|from|with|near|for|into|over|across|inside|outside)$/i;
/** A document, whose carrier is its channel ("a statement carried by Xinhua": attributionOf's own forms), not part of a speaker. */
const DOCUMENT_NOUN = /^(?:statements?|reports?|communiqu[ée]s?|letters?|messages?|comments|remarks)$/i;
/** Collective nouns a tagger may read as verbs ("Italian police say", "the military says"): in a speaker's phrase, nouns. */
const COLLECTIVE = /^(?:police|military|staff|press|media|personnel|clergy)$/i;

/** A phrase can name a claimant: short, no clause inside it. */

function nounPhrase(text: string, span: Span, tags: Tags, maxWords = 14): boolean {
  const phrase = text.slice(span.start, span.end);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > maxWords) return false;
  if (/[;:“”"]/.test(phrase)) return false;
  // A fronted circumstance is no speaker: "With 71% of precincts counted, the office puts ...".
  if (/^(?:With|Without|Despite|Amid|Upon)\s/.test(phrase)) return false;
  // Nor a free relative: "What we saw on Friday night was not a shortage".
  if (/^(?:What|Whatever|How|Why)\s/i.test(phrase)) return false;
  // A clause's conjunction inside: "a day after it", "The deployment came after" are not a speaker.
  if (/\s(?:after|before|when|because|since|until|while|whereas|although|though|if|unless)\s/i.test(` ${phrase} `.replace(/^\s*(?:after|before|when|while|since)\s/i, ' '))) return false;
  // No finite verb inside, apart from participles inside names ("UK-based") and "quoted by".
  let at = span.start;
  for (const [k, w] of words.entries()) {
    const start = text.indexOf(w, at);
    at = start + w.length;
    const ts = tags.of({ start, end: at });
    // A capitalised first word with its apposition after it is a name, whatever a tagger reads it as ("Labour, the main
    // opposition party, said").
    const named = /^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, '')) || (/^\p{Lu}/u.test(w) && start > span.start) ||
      (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && !/(?:ed|ly|ing)$/.test(w) && !FRONTED.test(w) && !/^(?:Overall|Instead|Still|Indeed|Now|Then|Again|Moreover|Yet|Elsewhere|Overnight|Tonight|Pressed|Asked)$/.test(w) && /^,\s+(?:a|an|the)\s/i.test(text.slice(at)));
    // A bare form before a noun modifies it ("state media", "police sources"), and so does a present form between nouns
    // ("district police chief"): not a verb.
    const next = words[k + 1];
    const nextAt = next ? text.indexOf(next, at) : -1;
    const previousAt = k > 0 ? text.lastIndexOf(words[k - 1]!, start) : -1;
    const betweenNouns = ts.includes('PresentTense') && k > 0 && !/s$/i.test(w) && !/^(?:is|are|was|were|has|have|had|does|do|did)$/i.test(w) && tags.of({ start: previousAt, end: previousAt + words[k - 1]!.length }).includes('Noun');
    // ... and so does a participle after a count or a determiner ("40,000 displaced people", "the wounded soldiers").
    const countedParticiple = /\p{Ll}ed$/u.test(w) && k > 0 && /^(?:[\d.,]+|million|billion|thousand|hundred|a|an|the|many|some|several|more|other|newly)$/i.test(words[k - 1]!);
    const modifier = (ts.includes('Infinitive') || betweenNouns || countedParticiple) && !!next && tags.of({ start: nextAt, end: nextAt + next.length }).includes('Noun');
    // The phrase's last word stands right before the reporting verb: "-s" there is a plural noun ("volunteers say", "monitors said").
    const plural = !next && ts.includes('PresentTense') && /\p{L}{3,}s$/u.test(w);
    // "sources close to the army": "close to" is a preposition here.
    const prepositional = /^close$/i.test(w) && /^to$/i.test(next ?? '');
    // The phrase's first word in "-s" is a plural noun, not a verb: "Sources close to ...", "Residents of ...".
    // "-s" after a numeral or determiner is a plural noun: "two engineers at the site", "the residents of".
    const previousWord = k > 0 ? words[k - 1]! : '';
    const countedPlural = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|most|all|the|local|\d+)$/i.test(previousWord) && /\p{L}{3,}s$/u.test(w) && ts.includes('PresentTense');
    const leadingPlural = k === 0 && /^\p{Lu}\p{Ll}/u.test(w) && ts.includes('PresentTense') && /\p{L}{3,}s$/u.test(w);
    // A participle after its noun and before its preposition describes the noun, as a relative clause would: "campaigners
    // opposed to the law", "residents displaced by the fighting", "troops stationed near the town"; not before "and said".
    const previousTags = k > 0 ? tags.of({ start: previousAt, end: previousAt + words[k - 1]!.length }) : [];
    const afterItsNoun = previousTags.includes('Noun') && !previousTags.includes('Pronoun') && !DOCUMENT_NOUN.test(previousWord);
    const reducedRelative = REDUCED_RELATIVE.test(w) && afterItsNoun && PARTICIPLE_PREPOSITION.test(next ?? '') && !words.slice(k + 1).some((x) => /^(?:and|but|then)$/i.test(x));
    // A relative clause without "who": "families I met at a camp", "aid workers he spoke to".
    const contactClause = k > 1 && /^(?:I|we|he|she|they|I['’]ve|we['’]ve|they['’]ve|I['’]d|he['’]d|she['’]d)$/.test(words[k - 1]!) && /^(?:met|interviewed|visited|saw|spoke|spoken|talked|reached|contacted|seen)$/i.test(w) && tags.of({ start: text.lastIndexOf(words[k - 2]!, previousAt), end: text.lastIndexOf(words[k - 2]!, previousAt) + words[k - 2]!.length }).includes('Plural');
    // A past participle opening the phrase before its noun describes it: "Retired teacher Ann Fowler", "Displaced families".
    const openingParticiple = k === 0 && /^\p{Lu}\p{Ll}{2,}ed$/u.test(w) && !!next && /^\p{Ll}/u.test(next) && tags.of({ start: nextAt, end: nextAt + next.length }).includes('Noun');
    // "Turkey, home to 3.6 million refugees, says": "home to" describes, it does not act.
    const homeTo = /^home$/i.test(w) && /^to$/i.test(next ?? '');
    const finite = ts.includes('Verb') && !named && !homeTo && !modifier && !openingParticiple && !plural && !prepositional && !leadingPlural && !countedPlural && !reducedRelative && !contactClause && !ts.includes('Gerund') && !ts.includes('Participle') && !ts.includes('Imperative') && !ts.includes('Prefix') && !/-/.test(w) && !/^(?:based|led|backed|run|quoted)$/i.test(w) && !(!next && COLLECTIVE.test(w));
    if (finite && !ts.includes('Noun')) return false;
  }
  return true;
}

/** A medium's staff by the medium's name: "Nunthorpe's crew", "a Stagsden cameraman", "our team" (group 1 of the forms below). */
const NAMED_STAFF = String.raw`(?:[Oo]ur|\p{Lu}[\p{L}\d&.-]*(?:\s+(?:\p{Lu}[\p{L}\d&.-]*|\d+)){0,2}['’]s?|[Aa]n?\s+\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})\s+(?:own\s+)?(?:correspondents?|reporters?|crews?|teams?|journalists?|stringers?|photographers?|cameram[ae]n|camerawom[ae]n|camera crews?|cameras?|videographers?|film crews?|reporting team)`;
const MEDIUM_STAFF_SAW = new RegExp(String.raw`^(${NAMED_STAFF})(?:,\s+[^,;:“”"]{2,60},|\s+(?:in|at|near|on|along|outside|inside|with)\s+(?:the\s+)?[^,;:“”"]{2,30}?)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:watched|filmed|photographed|spotted|heard|saw|seen|counted|witnessed|observed)\s+\S`, 'u');
const FILMED_BY_STAFF = new RegExp(String.raw`^(?:(?:Footage|Pictures|Images|Video|Photographs|Photos)\s+(?:filmed|shot|taken|recorded)\s+by\s+(${NAMED_STAFF})\b[^,;:“”"]{0,60}?\s+(?:show|shows|showed)\b|with\s+(${NAMED_STAFF})\s+(?:filming|watching|counting|photographing)\s+\S)`, 'u');

/** Reporting verbs in the base form an emphatic "did" or "does" takes. */
const EMPHATIC_SPEECH = /^(?:confirm|say|acknowledge|admit|concede|accept|warn|insist|stress|note|deny)$/i;
/** A fronted adverbial or participial phrase before the speaker: "On Friday", "Speaking to X from Y", "In a statement carried by Z". */
export const FRONTED = /^(?:in|on|at|after|before|during|from|through|speaking|turning to|returning to|moving on to|as for|regarding|addressing|writing|talking|separately|meanwhile|however|also|later|earlier|yesterday|today|last|this|with|under|citing|asked|responding|reacting|hours|days|minutes|shortly|since|by the end|by then|then|still|instead|across|near|inside|outside|along|amid|amidst|despite|following|ahead of|around|over|beyond|behind|beside|between|elsewhere|nearby|overnight|further|throughout|within|among|against|for (?:its|his|her|their) part|taken together|put together|added together|all told|altogether)\b/i;
/** A named body's document up to what it is about: "a State Department readout" of "... readout of a call with X". */
const OWNED_DOCUMENT = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?\p{Lu}[^,;]*?\s${ISSUED_DOCUMENT}(?=\s+(?:of|on|about)\s)`, 'u');
/** A document named by its time ("A statement from last Tuesday", "The video from Friday"): a time, not an author. */
const DOCUMENT_OF_A_TIME = /^(?:(?:But|And|Yet)\s+)?(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+)?)?(?:statement|communiqu[ée]|letter|notice|report|study|survey|video|footage|images|pictures|videos|photos|figures|data)\s+from\s+(?:(?:last|this|next)\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier\s+(?:today|this\s+\p{L}+)|(?:early|late)\s+(?:morning|evening|afternoon|last|this|on)\b|the\s+(?:weekend|morning|night|evening)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/iu;
const WEEKDAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

function clean(text: string, span: Span): Span {
  let s = trimSpan(text, span, ',—–-');
  // "The fair drew 109,000 visitors, according to the organisers, and local hoteliers": after a clause, a coordinated
  // subject (with its apposition) is the speaker.
  const coordinated = /,\s+(?:and|but|while|whereas)\s+([^,;:“”"]{2,60}(?:,\s+[^,;:“”"]{2,40})?)$/u.exec(text.slice(s.start, s.end));
  if (coordinated && coordinated.index > 0) s = { start: s.end - coordinated[1]!.length, end: s.end };
  // A live page's entry time before the sentence ("16:48 State television says ...") is not part of the speaker, nor a
  // timeline's date ("Wed 5 Feb — Erdogan gives ...").
  const entryMark = ENTRY_MARK.exec(text.slice(s.start, s.end));
  if (entryMark) s = { start: s.start + entryMark[0].length, end: s.end };
  // A clause's conjunction or relative word is not part of the speaker ("where aid workers say ...", "while the Kremlin said ...",
  // "16 charges, all of which he denies").
  const lead = CLAUSE_LEAD.exec(text.slice(s.start, s.end));
  if (lead) s = { start: s.start + lead[0].length, end: s.end };
  // A fronted time without its comma: "On Friday it warned", "Last week the ministry said", "two days later the army said",
  // "Later the Kremlin said"; and a day's part with or without it ("On Tuesday evening, the Monitor said").
  // ... also late or early ("Late last night the court ruled").
  const when = /^(?:(?:late|early)\s+(?=last\s+night|yesterday|this\s+(?:morning|afternoon|evening|week)))?(?:yesterday(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening|week)|(?:late |early |later |earlier )?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?,?|last\s+(?:week|month|night|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier\s+(?:this|on)\s+\w+|(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|hours?)\s+later|later|earlier|meanwhile|instead|separately|since\s+then|tonight|overnight|by\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|nightfall|evening|(?:this|that)\s+(?:morning|afternoon|evening|time)|the\s+(?:weekend|evening|morning|afternoon)))\s+(?=\S)/i.exec(text.slice(s.start, s.end));
  if (when && when[0].length < s.end - s.start) s = { start: s.start + when[0].length, end: s.end };
  // A time between the subject and its verb is no part of the speaker: "The court last week ruled", "The ministry on Monday said".
  // In lower case only: "Valley Today", "Dorvik This Week" are outlets' names.
  const trailingWhen = /\s+(?:(?:last|this)\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|earlier|later|overnight)$/.exec(text.slice(s.start, s.end));
  if (trailingWhen && trailingWhen.index > 0) s = { start: s.start, end: s.end - trailingWhen[0].length };
  // A capital fronted without its comma: "And in Moscow the defence ministry blamed ..." (the resolver reads the side).
  const inCapital = FRONTED_PLACE.exec(text.slice(s.start, s.end));
  if (inCapital && /^the\s+\p{Ll}/u.test(text.slice(s.start + inCapital[0].length, s.end))) s = { start: s.start + inCapital[0].length, end: s.end };
  // A fronted phrase without its comma before a pronoun subject: "In a written statement it said", "On its website it said".
  const beforePronoun = /^(?:in|on|at|during|after|before|from|with|under|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?=(?:it|he|she|they|we)$)/iu.exec(text.slice(s.start, s.end));
  if (beforePronoun) s = { start: s.start + beforePronoun[0].length, end: s.end };
  // Drop fronted adverbials ("Meanwhile, Turkey's president", "On Friday, the army", "Speaking to X from Y, Aoun").
  for (;;) {
    const t = text.slice(s.start, s.end);
    const comma = /,\s+/.exec(t);
    if (!comma) break;
    const first = t.slice(0, comma.index);
    // "At least 20 people were wounded, ..." is a clause, not a fronted "At ...".
    // ... and a sentence adverb alone ("Privately, a Russian diplomat told me", "Publicly, the official said").
    if (!(FRONTED.test(first) || /^(?:Privately|Publicly|Officially|Unofficially|Initially|Previously|Subsequently|Eventually|Finally|Similarly|Separately|Crucially|Notably|Significantly|Specifically|Increasingly|Recently|Originally|Ultimately|Reportedly)$/.test(first) || WEEKDAY_OR_MONTH.test(first) || (TIME_WORD.test(first) && first.split(/\s+/).length <= 4 && !NAMED.test(first))) || /\b(?:said|says)\b/.test(first) || /^at\s+(?:least|most)\b/i.test(first)) break;
    s = { start: s.start + comma.index + comma[0].length, end: s.end };
    // "In a statement read by its spokesman, Gen. X, the army said": the name after the adverbial's mouthpiece is
    // its apposition; the speaker is who follows it.
    if (/\b(?:by|from|of|through)\s+(?:its|his|her|their|the)\s+(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|representative|envoy|commander|chief|head)$/iu.test(first)) {
      const apposition = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*),\s+(?=\S)/u.exec(text.slice(s.start, s.end));
      if (apposition) s = { start: s.start + apposition[0].length, end: s.end };
    }
  }
  // "The toll rose to 14, the Monitor": a clause before the comma (a figure in it, or more words than a name takes) is not
  // a speaker with its apposition; the speaker is after the comma.
  const clauseFirst = /^(.+),\s+((?:a|an|the)\s[^,]+)$/.exec(text.slice(s.start, s.end));
  // A person's age after the name ("Vesna Hollis, 54, a former engineer") is no figure of a clause.
  // A role in a named body is a speaker however many words its name takes ("A commander of the National Front for Liberation").
  const roleInBody = !!clauseFirst && /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|for|with|from|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the))*$/u.test(clauseFirst[1]!);
  if (clauseFirst && (/\d/.test(clauseFirst[1]!.replace(/,\s*\d{1,3}$/, '')) || (clauseFirst[1]!.split(/\s+/).length > 7 && !roleInBody))) s = { start: s.end - clauseFirst[2]!.length, end: s.end };
  // Cut a trailing description ("Taher al-Omar, who ...", "the Observatory, an opposition observer", "A source quoted by Sana",
  // "A Turkish soldier who spoke on condition of anonymity", "The Observatory, however,", "Northland, already home to ...").
  // ... and a parenthetical adverbial between the speaker and the verb ("Hollis, in a televised address on Thursday, said").
  // ... and a question put to the speaker, or how the outlet reached them ("The ministry, asked about the flights, repeated",
  // "A farmer reached by telephone insisted").
  // ... and what the speaker was told ("A Turkish official briefed on the meeting said").
  // A named or definite speaker set between commas inside the sentence ("Government forces, the Observatory said, had captured
  // ...", "The talks, Kovacs added, would resume"): the words after the verb go on with a comma, where an apposition's
  // speaker ("The Observatory, a monitoring group, said ...") goes on with its clause.
  const parenthetical = /,\s+((?:the|a|an)\s+[^,;:“”"]{2,50}|\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.-]*){0,4})$/u.exec(text.slice(s.start, s.end));
  if (parenthetical && parenthetical.index > 0 && /^\s+(?:said|says|added|adds|noted|notes|argued|argues|reported|reports|insisted|insists|claimed|claims|warned|warns|believes|believed)\s*,\s*\S/.test(text.slice(s.end, s.end + 40))) return { start: s.end - parenthetical[1]!.length, end: s.end };
  // "a rebel commander who gave his name as Omar Talib": the name given is the speaker's.
  const givenName = /\bwho\s+(?:gave|identified)\s+(?:his|her|their|himself|herself)\s+(?:name\s+)?(?:only\s+)?as\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:al|el|bin|ibn|abu)[-\s])?\p{Lu}[\p{L}'’-]+){0,3})\s*$/u.exec(text.slice(s.start, s.end));
  if (givenName) return { start: s.end - givenName[1]!.length, end: s.end };
  // A description alone, then the name it describes: "One partner, the Dorvik Medical Society (DMS),", "Its main partner, the
  // Red Crescent,": the name speaks.
  const describedThenNamed = /^(?:[Oo]ne|[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.&-]*){1,6}(?:\s+\(\p{Lu}{2,8}\))?),?\s*$/u.exec(text.slice(s.start, s.end));
  // Not a person's role before their name ("The minister of health, Jana Petrova,"): the resolver keeps the role for "the minister"
  // later.
  if (describedThenNamed && !describedThenNamed[0].split(/[\s,]+/).some((word) => isPersonRole(word))) {
    const start = s.start + describedThenNamed[0].lastIndexOf(describedThenNamed[1]!);
    return { start, end: start + describedThenNamed[1]!.length };
  }
  const cutAt = /,\s+(?:in|at|during|after|before|from|via|through|on)\s+(?:a|an|the|his|her|its|their)\s[^,]*,?\s*$|,\s+(?:before|after|while|when|since|upon|on)\s+[a-z]+ing\b[^,]*,?\s*$|,\s+whose\s|,\s+(?:seen|obtained|reviewed|leaked)\s+by\s|,\s+(?:speaking|addressing|talking|writing|reporting|citing|however|meanwhile|though|too|in turn|for (?:its|his|her|their) part|named|appointed|elected|chosen|sworn in|nominated|reached|contacted|interviewed|asked|pressed|questioned)\b|(?<!\s(?:I|we))\s+(?:reached|contacted|interviewed|polled|surveyed)\s+(?:by|on|over|via)\s|\s+(?:briefed|informed)\s+(?:on|about)\s|,\s+(?:a|an|the)\s|,\s+(?:already|itself|long|once|still|now)\s+(?:home\s+to|host\s+to|a|an|the|one\s+of)\s|\s+(?:quoted|cited) (?:by|in)\b|\s+in a (?:televised |written )?statement\b|\s+on its website\b|\s+within hours\b/i.exec(text.slice(s.start, s.end));
  // A relative pronoun in lower case only: "The WHO says" names the World Health Organization.
  const relative = /,?\s+(?:[Ww]ho|[Ww]hich)(?:\s|$)/.exec(text.slice(s.start, s.end));
  // A participle clause between the speaker and the verb (", appearing before the committee ...,", ", fearing more floods,"), in
  // lower case only ("The planemaker, Boeing,") and not a list ("including ...").
  const participle = /,\s+(?!(?:including|excluding|according)\b)[a-z]{2,}ing\b[^,]*,?\s*$/.exec(text.slice(s.start, s.end));
  const cut = [cutAt, relative, participle].filter((m): m is RegExpExecArray => !!m && m.index > 0).sort((a, b) => a.index - b.index)[0];
  if (cut) s = trimSpan(text, { start: s.start, end: s.start + cut.index }, ',');
  // A day between the speaker and the verb ("The army on Saturday said", "Turkey late on Monday also warned"), not a clause's
  // day before a speaker closing it ("Troops on Saturday captured Saraqeb, state media and activists reported").
  const day = /\s+(?:on|late on|early on|later on|earlier on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night))?([^,]*?)\s*$/i.exec(text.slice(s.start, s.end));
  if (day && day.index > 0 && !/,/.test(day[1]!)) s = trimSpan(text, { start: s.start, end: s.start + day.index }, ',');
  // Auxiliaries and adverbs between the speaker and the verb, cut before the document and the age below: "Turkish officials
  // have said", "Diab has said", "The army also said", "Kingsmoor and Jibstock both aired".
  const aux = /(?:\s+(?:has|have|had|was|were|is|are|will|would|did|does|do|also|reportedly|later|earlier|again|previously|repeatedly|separately|then|now|already|still|just|first|once|both|all|each|too|always|(?<=(?:has|have|had)\s+)long|since|consistently|publicly|privately|flatly|strongly|firmly|categorically|vehemently|openly|formally|officially|initially|originally|subsequently|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+\s*$/.exec(text.slice(s.start, s.end));
  if (aux && aux.index > 0) s = trimSpan(text, { start: s.start, end: s.start + aux.index }, ',');
  // "The Kremlin's readout said", "the ministry's communiqué said": the document's owner speaks.
  const document = /^(.{2,60}?)['’]s?\s+(?:own\s+|latest\s+|official\s+|written\s+)?(?:readout|communiqu[ée]|announcement|press release|editorial)$/iu.exec(text.slice(s.start, s.end));
  if (document) s = { start: s.start, end: s.start + document[1]!.length };
  // "Vesna Hollis, 54": the age is not part of the name.
  const age = /,\s*\d{1,3}$/.exec(text.slice(s.start, s.end));
  if (age && age.index > 0) s = { start: s.start, end: s.start + age.index };
  // A reporter's contact clause after the speaker: "Aid agencies I have spoken to", "residents we talked to", "activists I
  // reached overnight", "officials I have spoken to here in Marbek".
  const contact = /\s+(?:that\s+|whom\s+)?(?:I|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:(?:spoken|spoke|talked|talk|speak)\s+(?:to|with)|reached|contacted|interviewed|met)(?:\s+(?:here|there|overnight|today|yesterday|recently|by\s+(?:tele)?phone))*(?:\s+(?:in|at|near)\s+(?:\p{Lu}[\p{L}'’-]+|the\s+\p{Ll}+)(?:\s+(?:this|last)\s+(?:morning|afternoon|evening|week|night))?)?(?:\s+(?:overnight|today|yesterday|recently))?\s*$/u.exec(text.slice(s.start, s.end));
  if (contact && contact.index > 0) s = { start: s.start, end: s.start + contact.index };
  // The narrator after a fronted place or time with no comma: "From the hillside here I've counted ...": the speaker is "I".
  const narrator = /\s(I)(?:['’](?:ve|d|m))?$/.exec(text.slice(s.start, s.end));
  if (narrator) s = { start: s.start + narrator.index + 1, end: s.start + narrator.index + 2 };
  // A left-dislocated topic: "Those groups, he said, were ...": the speaker is the pronoun or name after the comma.
  const dislocated = /,\s+(he|she|it|they|we|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u.exec(text.slice(s.start, s.end));
  if (dislocated && /^(?:he|she|it|they|we)$/i.test(dislocated[1]!)) s = { start: s.end - dislocated[1]!.length, end: s.end };
  return s;
}

/** Nouns for a person or body inside an organisation: "a Syrian army source" is not the army itself. */
const ROLE = /^(?:broadcasters?|media|press|newspapers?|channels?|outlets?|source|sources|spokesman|spokeswoman|spokesperson|official|officials|commander|commanders|head|chief|correspondent|envoy|representative|minister|ministry|president|presidency|adviser|advisor|ambassador|diplomat|diplomats|officer|officers|activist|activists|member|members|leader|leaders|director|lawmakers?|legislators?|MPs?|deputies|politicians?|parties|party)$/i;

/**
 * The actor a claimant phrase names: its head. Of "X and Y" the first; of a
 * phrase the last known name, unless a role noun or an unknown name follows it
 * ("Syrian army source", "Kremlin spokesman Dmitry Peskov" with Peskov unknown):
 * then no known actor, and the phrase is proposed as a new one.
 */
export function headActor(text: string, phrase: Span, index: EntityIndex): { entity: EntityRef; via: 'alias' | 'spelling' } | null {
  let p = phrase;
  const and = /\s+and\s+/i.exec(text.slice(p.start, p.end));
  if (and) p = { start: p.start, end: p.start + and.index };
  const found = index.link(text, p).filter((m) => m.entity?.type === 'actor');
  const last = found[found.length - 1];
  if (!last) return null;
  const rest = text.slice(last.end, p.end).trim();
  // "Iraqi state television" is not the known Syrian state television: another nationality before a known body's
  // alias makes another body.
  const nationality = /(?:^|\s)(\p{Lu}\p{Ll}+(?:i|ian|an|ish|ese))\s*$/u.exec(text.slice(p.start, last.start))?.[1];
  if (nationality && last.entity!.kind !== 'PERSON' && !last.entity!.name.toLowerCase().includes(nationality.toLowerCase().slice(0, 4))) return null;
  // "The Geneva Conflict Observatory": a one-word alias closing a longer proper name is that name's last word, when the words
  // before it are no part of the known actor's names ("the Britain-based Observatory" stays the one the graph knows).
  // Not a describing word ("The UK-based Syrian Human Rights Observatory"): only words of a name count.
  const properBefore = /((?:\p{Lu}[\p{L}'’.-]*\s+)+)$/u.exec(text.slice(p.start, last.start))?.[1]?.trim().split(/\s+/).filter((w) => !/^(?:The|A|An)$|-(?:based|backed|run|led|owned|funded|affiliated|aligned)$/.test(w)) ?? [];
  const actor = index.knowledge.actors.find((a) => a.key === last.entity!.key);
  const word = text.slice(last.start, last.end).trim();
  // Only a common noun the graph gives as an alias ("observatory", "monitor"); a name ("Russia", "Hezbollah") after "Now",
  // "Neighbouring" or "Lebanon's" is still that name.
  if (last.entity!.kind !== 'PERSON' && /^\p{Lu}\p{Ll}+$/u.test(word) && !!actor?.aliases.includes(word.toLowerCase()) && properBefore.length && !properBefore.some((w) => /['’]s$/.test(w))) {
    const own = [actor!.name, ...actor!.aliases].join(' ').toLowerCase();
    if (properBefore.some((w) => !own.includes(w.toLowerCase()))) return null;
  }
  // "Northland's army", "Turkey's health minister": a possessive makes the known name a modifier of another head.
  if (/^['’]s\s+\S/.test(rest)) return null;
  if (rest) {
    const words = rest.split(/\s+/);
    // A particle does not make a surname lower case: "Rebel commander Abu Ahmad al-Halabi" ends on a name.
    const tail = words[words.length - 1]!.replace(/[^\p{L}'’-]/gu, '').replace(/^(?:al|el|bin|ibn|abu)-(?=\p{Lu})/u, '');
    if (ROLE.test(tail) || /^\p{Lu}/u.test(tail)) return null;
    // "Diplomats at the United Nations", "relatives of the victims": the known name is inside a phrase about someone else.
    if (/^(?:at|of|from|in|with|for|near)\b/i.test(rest)) return null;
  }
  const before = text.slice(p.start, last.start).trim().replace(/(?:^|\s+)(?:the|a|an)$/i, '');
  // "Diplomats at the United Nations": a head noun and a preposition before the known name.
  if (/\b(?:at|of|from|with|for)$/i.test(before) && /^(?:\p{L}+\s+)*\p{L}+\s+(?:at|of|from|with|for)$/u.test(before) && !/^(?:the|a|an)$/i.test(before.split(/\s+/)[0]!)) return null;
  return { entity: last.entity!, via: last.via === 'spelling' ? 'spelling' : 'alias' };
}

/**
 * A role named after the verb, then the person in apposition, closing the sentence: '"...," said the shadow treasurer,
 * Ida Lorn.' The name is the speaker. The role must be a common noun phrase ("the", "a", "its" ... before it).
 */
function appositiveName(text: string, role: Span, end: number): Span | null {
  if (!/^(?:the|a|an|one|another|its|his|her|their)\s/i.test(text.slice(role.start, role.end))) return null;
  // "a lawyer for the reporter, Tomas Reyl": the name may be the complement's, not the role's.
  if (/\s(?:of|for|from|at|with|to|in)\s/i.test(text.slice(role.start, role.end))) return null;
  // Where the words appeared may follow the name: "wrote one passenger, Graham Lyle, on Facebook."
  const m = /^,\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})(?:,\s+(?:on|in)\s+[^,;:“”"]{2,40}?)?\s*[.!]?["”’']*\s*$/u.exec(text.slice(role.end, end));
  if (!m || personalName(m[1]!) !== m[1]) return null;
  const start = role.end + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

function make(text: string, phrase: Span, verb: string, index: EntityIndex): Attribution | null {
  let p = clean(text, phrase);
  if (p.end <= p.start) return null;
  // "..., according to the Kremlin, whose readout stressed ...": the relative's owner speaks, named just before the comma.
  // Another "whose" ("Omar Haddad, whose lawyers said", "Dorvik, whose mayor said") names no one this reader can place.
  if (/^whose\s/i.test(text.slice(p.start, p.end))) {
    const document = /^whose\s+(?:readout|statement|report|figures|account|communiqu[ée]|spokes(?:man|woman|person))$/u.test(text.slice(p.start, p.end));
    const owner = document ? /\baccording\s+to\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})\s*,\s*$/u.exec(text.slice(Math.max(0, p.start - 110), p.start)) : null;
    if (!owner) return null;
    const start = p.start - owner[0].length + owner[0].indexOf(owner[1]!, 'according to'.length);
    p = { start, end: start + owner[1]!.length };
  }
  const words = text.slice(p.start, p.end);
  // An acronym with its full stops ("U.N.") is a name, and so is "WHO" in capitals.
  if ((/^(?:and|but|or|then|also|so|that|which|who|as|while|where|when)$/i.test(words.trim()) && words.trim() !== 'WHO') || !/\p{L}{2}|\p{Lu}\.\p{Lu}/u.test(words)) return null;
  // "..., adding that both had stressed ...": a quantifier alone, or the speaker's own "adding that", is no new speaker.
  if (/^(?:(?:adding|saying|noting|insisting)\s+that(?:\s+(?:both|all|each|the\s+two))?|both|all|each|either|neither|none|some|many|most|several|few|the\s+two|not\s+(?:everyone|everybody|all|many)|no\s+one|nobody)$/i.test(words.trim())) return null;
  // A time alone ("..., and on Wednesday said ...", "and later said") is no speaker: the clause's subject before it speaks.
  if (/^(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?$|^(?:later|earlier|then|since|again|also)$/i.test(words.trim())) return null;
  // Figures with no author ("the figures put the dead at 21", "these numbers show ..."): the outlet's own reckoning, no one's.
  if (/^(?:the|these|those|such|both|all|its|our)\s+(?:(?:two|three|latest|new|combined|overall|same)\s+)?(?:figures|numbers|data|statistics|tallies|totals|counts|sums)$/i.test(words.trim())) return null;
  const pronoun = PRONOUN.test(words.trim());
  const head = pronoun ? null : headActor(text, p, index);
  return { phrase: p, claimant: head?.entity ?? null, via: head?.via ?? null, verb: verb.toLowerCase(), pronoun };
}

/**
 * The attribution a span makes itself, looking only at the span: a reporting
 * verb after its opening noun phrase, a closing ", X said.", "according to X",
 * "Y quoted X as saying", or "with X saying"; and the medium that relayed it.
 */
export function findAttribution(text: string, span: Span, tags: Tags, index: EntityIndex): Attribution | null {
  // A digest's rubric ("What they said: Board president X said ..."): a heading run into the sentence, no speaker of its own.
  const rubric = /^\s*What\s+(?:they|he|she|it|we|people|others|officials|critics)\s+(?:said|say|says|are\s+saying|is\s+saying):\s+(?=\p{Lu})/u.exec(text.slice(span.start, span.end));
  if (rubric) return findAttribution(text, { start: span.start + rubric[0].length, end: span.end }, tags, index);
  // "..., a charge the ministry denied.", "..., which Moscow denies.": the rebuttal's subject speaks for it.
  const rebuttal = REBUTTAL.exec(text.slice(span.start, span.end));
  if (rebuttal) {
    const [from, to] = rebuttal.indices![1]!;
    const phrase = { start: span.start + from, end: span.start + to };
    const a = nounPhrase(text, clean(text, phrase), tags) ? make(text, phrase, rebuttal[3]!.toLowerCase(), index) : null;
    if (a) return a;
  }
  const found = attributionWithChannel(text, span, tags, index);
  if (found) return found;
  // A fronted time, place or connective before a form read from the sentence's start ("Hours later, a Kestrel crew filmed
  // ...", "But a military statement read on state television said ...", "Late on Tuesday, a UN report found ..."): the
  // same sentence without it.
  const fronted = FRONTED_LEAD.exec(text.slice(span.start, span.end));
  if (!fronted || (fronted[1] && !(FRONTED.test(fronted[1]) || WEEKDAY_OR_MONTH.test(fronted[1]) || (TIME_WORD.test(fronted[1]) && !NAMED.test(fronted[1]))))) return null;
  return attributionWithChannel(text, { start: span.start + fronted[0].length, end: span.end }, tags, index);
}

/** A rebuttal of what was just reported, opening on its subject (group 1), then its verb (group 3); `d` for where the subject is. */
export const REBUTTAL = /^\s*(?:which|(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|account|figure|version)(?:\s+that)?)\s+((?:the\s+)?(?!(?:it|he|she|they|we|I|this|that|could|can|was|has|had)\b)[^,;:“”"]{2,60}?)(\s+(?:has\s+|have\s+|had\s+)?(?:(?:\p{Ll}+ly|also|since|always|again)\s+)?)(denies|deny|denied|rejects|reject|rejected|disputes|dispute|disputed)\b/du;

/** A word that makes a fronted phrase a time ("Late on Tuesday", "Two hours later", "That evening"). */
const TIME_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|overnight|hours?|days?|weeks?|later|earlier|yesterday|today)\b/i;
/** Two capitalised words in a row ("Marbek Today", "The Sunday Courier", "Anna Day"): a name, whatever time word it holds. */
const NAMED = /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u;
/** A connective ("But", "And") or a fronted phrase with its comma (group 1) opening a sentence. */
const FRONTED_LEAD = /^\s*(?:(?:But|And|Yet|Still|Then)\s+|([^,;:“”"]{2,50}),\s+)(?=\S)/u;

function attributionWithChannel(text: string, span: Span, tags: Tags, index: EntityIndex): Attribution | null {
  const s = text.slice(span.start, span.end);
  // "None of the three countries' main papers reported the convoy": no one's report, in the outlet's voice.
  // Unless someone else is given for it: "Neither of the hospitals reported deaths, officials said."
  const noneOf = /^\s*(?:None|Neither|No one|Nobody)\s+of\s+[^,;:“”"]{2,60}?\s+(?:has\s+|have\s+|had\s+)?(?:reported|said|confirmed|mentioned|carried|commented)\b/u.exec(s);
  if (noneOf) return /\b(?:according\s+to|said|says|told|reported|reports|added|quoted|cited)\b/i.test(s.slice(noneOf[0].length)) ? findAttribution(text, { start: span.start + noneOf[0].length, end: span.end }, tags, index) : null;
  // "..., state news agency SANA reported, citing a military source.": the source cited speaks, the medium relays.
  const closingCiting = CLOSING_CITING.exec(s);
  if (closingCiting) {
    const channelStart = span.start + closingCiting.index + closingCiting[0].indexOf(closingCiting[1]!);
    const sourceStart = span.start + closingCiting.index + closingCiting[0].lastIndexOf(closingCiting[2]!);
    const source = { start: sourceStart, end: sourceStart + closingCiting[2]!.length };
    const channel = { start: channelStart, end: channelStart + closingCiting[1]!.length };
    // "..., the Post reports, quoting his speech to lawmakers": the one whose words they are, named before.
    const owner = /^(his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:speech|statement|remarks|comments|address|interview|briefing|letter|post|tweet|words)\b/u.exec(closingCiting[2]!);
    if (owner) return { phrase: { start: sourceStart, end: sourceStart + owner[1]!.length }, claimant: null, via: null, verb: 'said', pronoun: true, channel: { phrase: clean(text, channel), strict: false } };
    const a = nounPhrase(text, clean(text, source), tags) ? make(text, source, 'said', index) : null;
    if (a) return { ...a, channel: { phrase: clean(text, channel), strict: false } };
  }
  // "According to the Chelsworth Herald, Kremlin spokesman Dmitry Peskov said ...": the speaker after the comma, through the
  // medium fronted before it.
  const accordingMedium = ACCORDING_TO_MEDIUM_SPEAKER.exec(s);
  if (accordingMedium) {
    const channelStart = span.start + accordingMedium.index + accordingMedium[0].indexOf(accordingMedium[1]!);
    const speakerStart = span.start + accordingMedium.index + accordingMedium[0].lastIndexOf(accordingMedium[2]!);
    const channel = clean(text, { start: channelStart, end: channelStart + accordingMedium[1]!.length });
    const speaker = { start: speakerStart, end: speakerStart + accordingMedium[2]!.length };
    const a = namesMedium(text, channel, index) && nounPhrase(text, clean(text, speaker), tags) ? make(text, speaker, accordingMedium[3]!, index) : null;
    if (a) return { ...a, channel: { phrase: channel, strict: true } };
  }
  // "Erdogan has given Damascus until March, the Veryan Post reports, quoting him as warning that ...": the one named before
  // speaks, through the medium.
  const quotingPronoun = CLOSING_QUOTING_PRONOUN.exec(s);
  if (quotingPronoun) {
    const channelStart = span.start + quotingPronoun.index + quotingPronoun[0].indexOf(quotingPronoun[1]!);
    const pronounStart = span.start + quotingPronoun.index + quotingPronoun[0].lastIndexOf(quotingPronoun[2]!);
    const channel = clean(text, { start: channelStart, end: channelStart + quotingPronoun[1]!.length });
    if (namesMedium(text, channel, index)) return { phrase: { start: pronounStart, end: pronounStart + quotingPronoun[2]!.length }, claimant: null, via: null, verb: PAST_OF_GERUND[quotingPronoun[3]!]!, pronoun: true, channel: { phrase: channel, strict: true } };
  }
  // "..., according to a military statement read out on state television", "..., a military statement read on state
  // television said": the body whose statement it is, and the medium that carried it after it (docs/annotating.md, round 14).
  const statementOn = /(\baccording\s+to\s+|^\s*|,\s+)(?:[Aa]n?|[Tt]he)\s+((?:military|army|government|police|ministry|presidency|party|rebel|opposition|\p{Lu}[\p{L}-]*)(?:\s+\p{Ll}+)?)\s+statement\s+(?:read\s+out|read|broadcast|aired|carried|published)\s+(?:on|by|in)\s+((?:the\s+)?[^,;:.“”"]{2,50}?)(?:\s*(?:[.!,;]|$)|\s+(?=((?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|today\s+|yesterday\s+)?(?:said|says|added|stated|announced))\b))/u.exec(s);
  // After "according to" the statement ends the clause; alone, its verb follows it (group 4).
  if (statementOn && (/^according/i.test(statementOn[1]!) || statementOn[4])) {
    const sourceStart = span.start + statementOn.index + statementOn[0].indexOf(statementOn[2]!, statementOn[1]!.length);
    const a = make(text, { start: sourceStart, end: sourceStart + statementOn[2]!.length }, /^according/i.test(statementOn[1]!) ? 'according to' : 'said', index);
    const mediumStart = span.start + statementOn.index + statementOn[0].lastIndexOf(statementOn[3]!);
    const medium = clean(text, { start: mediumStart, end: mediumStart + statementOn[3]!.length });
    if (a) return namesMedium(text, medium, index) && nounPhrase(text, medium, tags, 8) ? { ...a, channel: { phrase: medium, strict: true } } : a;
  }
  const a = attributionOf(text, span, tags, index);
  if (!a) return null;
  // "Putin stressed the Sochi agreements, according to a Kremlin readout.": the closing source is where the words come
  // from; a medium there relays the speaker (docs/annotating.md), any other source is the claimant.
  const according = /,\s+according\s+to\s+((?:the\s+|a\s+|an\s+)?[^,;:“”"]{2,80}?)\s*[.!]?["”’']*\s*$/u.exec(s);
  if (according && a.verb !== 'according to' && !a.pronoun && a.phrase.end <= span.start + according.index && !RULE_NOT_SOURCE.test(according[1]!)) {
    const start = span.start + according.index + according[0].indexOf(according[1]!);
    // "according to a State Department readout of a call with X": the document's owner, not whom the call was with.
    const document = OWNED_DOCUMENT.exec(according[1]!)?.[0];
    const source = clean(text, { start, end: start + (document ?? according[1]!).length });
    if (source.end > source.start && nounPhrase(text, source, tags, 10)) {
      if (namesMedium(text, source, index)) return { ...a, channel: { phrase: source, strict: true } };
      const closing = make(text, source, 'according to', index);
      if (closing) return closing;
    }
  }
  const channel = channelOf(text, span, a, tags, index);
  if (channel && 'attribution' in channel) return channel.attribution;
  return channel ? { ...a, channel } : a;
}

/** "according to the terms of the March agreement", "according to the constitution", "according to plan": a rule or a plan is
 * no one's statement. Its head noun is the last word before any "of". */
const RULE_NOT_SOURCE = /^(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:terms|plans?|laws?|constitution|agreement|deal|accord|treaty|rules?|schedule|timetable|custom|tradition|protocol|charter|regulations?|procedures?|calendar|script|design|instructions|orders|wishes|will)(?:\s+of\b.*)?$/iu;
const CLOSING_CITING = new RegExp(`,\\s+([^,;:“”"]{2,60}?)\\s+(?:said|says|reported|reports|announced|wrote|writes|added)(?:\\s+(?:late|early|later|earlier)?\\s*(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight))?,\\s+(?:citing|quoting)\\s+([^,;:“”"]{2,80}?)\\s*[.!]?["”’']*\\s*$`, 'u');

/** ", the Post reports, quoting him as warning ...": the medium (group 1), the pronoun it quotes (group 2) and how it spoke (3). */
const CLOSING_QUOTING_PRONOUN = /,\s+([^,;:“”"]{2,60}?)\s+(?:said|says|reported|reports|wrote|writes|added|adds),\s+quoting\s+(him|her|them)\s+as\s+(saying|warning|telling|stating|insisting|adding|vowing|promising|threatening)\b/u;

const PAST_OF_GERUND: Record<string, string> = { saying: 'said', warning: 'warned', telling: 'told', stating: 'stated', insisting: 'insisted', adding: 'added', vowing: 'vowed', promising: 'promised', threatening: 'threatened' };

/** Whether words are a medium: a known actor of a medium's kind, or a phrase that names one by what it is. */
function namesMedium(text: string, phrase: Span, index: EntityIndex): boolean {
  const head = headActor(text, phrase, index);
  if (head) return MEDIUM_KINDS.has(head.entity.kind);
  const words = text.slice(phrase.start, phrase.end).trim();
  return namedAsMedium(words) && !/\b(?:conference|briefing|meeting|reporters|journalists|correspondents|sources?|officials?|spokes\w+)\b/i.test(words);
}

/**
 * The medium a statement came through, beside its speaker: "Y, quoted by X, said", "Y was quoted by X as saying", "X quoted Y
 * as saying", "X, citing Y, said", "Citing Y, X reported", "Y told X", "Y, speaking on X", and a sentence that opens on its
 * speaker and closes on the medium (", SANA reported."). When the closing medium is what `attributionOf` found, the opening
 * speaker is returned with the medium as its channel.
 */
function channelOf(text: string, span: Span, a: Attribution, tags: Tags, index: EntityIndex): Attribution['channel'] | { attribution: Attribution } | undefined {
  const s = text.slice(span.start, span.end);
  const at = (m: RegExpExecArray, group: string, strict: boolean, from = 0) => {
    const found = m[0].indexOf(group, from);
    const start = span.start + m.index + (found >= 0 ? found : m[0].lastIndexOf(group));
    const phrase = clean(text, { start, end: start + group.length });
    if (phrase.end <= phrase.start || (phrase.start < a.phrase.end && a.phrase.start < phrase.end)) return undefined;
    if (strict && !namesMedium(text, phrase, index)) return undefined;
    if (!nounPhrase(text, phrase, tags, 8)) return undefined;
    return { phrase, strict };
  };
  let m: RegExpExecArray | null;
  // "Rebels quoted by the same paper insisted ...": the medium named before (extract.ts finds which).
  if ((m = /\b(?:quoted|cited)\s+(?:by|in)\s+(the\s+same\s+(?:paper|newspaper|daily|agency|channel|broadcaster|outlet))\b/u.exec(s))) {
    const c = at(m, m[1]!, false);
    if (c) return c;
  }
  // "Turkish officials quoted by Anadolu put the toll at 14": a medium by name, with the sentence's verb after it (not
  // "quoted by Lebanese media", where the name is the medium's adjective).
  if ((m = /\b(?:quoted|cited)\s+(?:by|in)\s+((?:the\s+)?(?:(?:state|state-run|official|pro-government|opposition|news|press|television|radio|agency|daily|newspaper|paper|channel|broadcaster|website|outlet)\s+){0,3}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s+(\p{Ll}+)/u.exec(s))) {
    const verbAt = span.start + m.index + m[0].length - m[2]!.length;
    const c = tags.of({ start: verbAt, end: verbAt + m[2]!.length }).includes('Verb') ? at(m, m[1]!, false, m[0].length - m[1]!.length - m[2]!.length - 1) : undefined;
    if (c) return c;
  }
  // "Y, quoted by X, said", "Y was quoted by X as saying", "figures quoted by Reuters", "as saying by the daily X"; not the
  // means of a call ("two residents reached by telephone").
  if ((m = /\b(?:(?:quoted|cited)\s+(?:by|in)|(?:interviewed|filmed|contacted|reached)\s+by|,\s+(?:carried|published)\s+by|\b(?:statement|remarks|comments)\s+(?:carried|published|broadcast)\s+by)\s+(?!(?:satellite\s+)?(?:tele)?phone\b|e-?mail\b|video\s+link\b|text\s+message\b|WhatsApp\b|Skype\b|Zoom\b)((?:the\s+)?[^,;:.“”"]{2,60}?)(?=\s+(?:as|on|in|late|early|last|this|that|to|said|says|reported)\b|\s*[,.;]|["”’']|$)/u.exec(s)) || (m = /\bas\s+(?:saying|telling)\s+by\s+((?:the\s+)?[^,;:.“”"]{2,60}?)(?=\s*[,.;]|["”’']|$)/u.exec(s))) {
    const c = at(m, m[1]!, false, m[0].length - m[1]!.length);
    if (c) return c;
  }
  // "Analysts polled by Reuters had expected ...": the medium that asked them, by its name.
  if ((m = /\b(?:polled|surveyed)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/u.exec(s))) {
    const c = at(m, m[1]!, true, m[0].length - m[1]!.length);
    if (c) return c;
  }
  // "X quoted Y as saying", "X, citing Y, said", "Citing Y, X reported".
  if ((m = QUOTED_AS_SAYING.exec(s)) || ((m = CITING_SOURCE.exec(s)) && !CITED_REASON.test(m[2]!))) {
    const c = at(m, m[1]!, false);
    if (c) return c;
  }
  // "Writing in the daily Gundem Ekspres, columnist X argued": the paper carried the columnist's words.
  if ((m = /^[Ww]riting\s+(?:in|for)\s+((?:the\s+)?[^,;:.“”"]{2,60}?),\s+\S/u.exec(s))) {
    const c = at(m, m[1]!, true, 'Writing in'.length);
    if (c) return c;
  }
  if ((m = FRONTED_CITING_CHANNEL.exec(s))) {
    const c = at(m, m[1]!, false, m[0].indexOf(','));
    if (c) return c;
  }
  // "Y told the paper", "residents who fled told the Beirut paper Corniche Daily", "X, speaking on state television, said",
  // "Speaking on state television, X said",
  // "in an interview with Kestrel TV".
  if ((m = /\btold\s+((?:the\s+|a\s+)?[^,;:.“”"]{2,60}?)(?=\s+(?:that|on|in|late|early|last|this|about|it|he|she|they|there|by|from|after|before|during|when|while)\b|\s*[,.;]|["”’']|$)/u.exec(s)) || (m = /(?:,\s+|^)[Ss]peaking\s+(?:on|to)\s+((?:the\s+)?[^,;:.“”"]{2,50}?)(?:\s+(?:by|over|via|from|in|at)\s+[^,;:.“”"]{2,40}?)?(?:\s+(?:later|earlier|late|early|on|last|this)\b[^,;:.“”"]{0,30})?,/u.exec(s)) || (m = /\bin\s+an\s+interview\s+(?:with|on)\s+((?:the\s+)?[^,;:.“”"]{2,50}?)(?=\s+(?:on|in|late|early|last|this|that)\b|\s*[,.;]|["”’']|$)/u.exec(s))) {
    const c = at(m, m[1]!, true, m[0].length - m[1]!.length);
    if (c) return c;
  }
  // "in a statement read on state television", "in remarks carried by SANA", "in a statement broadcast by X": the medium that
  // carried the speaker's words (docs/annotating.md, round 14).
  if ((m = /\b[Ii]n\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[ée]|message|speech|address|comments|remarks|interview|report)\s+(?:read\s+out|read|broadcast|aired|carried|published|run|shown|posted)\s+(?:live\s+)?(?:on|by|in)\s+((?:the\s+)?[^,;:.“”"]{2,50}?)(?=\s+(?:on|in|by|late|early|last|this|that|to|as)\b|\s*[,.;]|["”’']|$)/u.exec(s))) {
    const c = at(m, m[1]!, true, m[0].length - m[1]!.length);
    if (c) return c;
  }
  // A sentence that opens on its speaker and closes on a medium: "Syria's foreign ministry called the remarks empty, SANA
  // said."; "Turkey's defence ministry warned ..., the Anadolu agency reported." Either may be the one found.
  // ... also with a day after the verb or a clause it adds (", SANA reported on Tuesday, adding that ...").
  const closing = CLOSING_MEDIUM.exec(s);
  // "Russia's envoy blamed the rebels, it adds.": the medium the sentence before cited goes on (extract.ts finds which).
  if (closing && closing[1] === 'it' && a.phrase.start < span.start + closing.index) {
    const start = span.start + closing.index + closing[0].indexOf('it', 1);
    return { phrase: { start, end: start + 2 }, strict: false };
  }
  if (closing) {
    const start = span.start + closing.index + closing[0].indexOf(closing[1]!, 1);
    const medium = clean(text, { start, end: start + closing[1]!.length });
    if (medium.end > medium.start && namesMedium(text, medium, index) && nounPhrase(text, medium, tags, 8)) {
      const cut = span.start + closing.index;
      const opening = a.phrase.start >= cut ? attributionOf(text, { start: span.start, end: cut }, tags, index) : a;
      const speaker = opening && opening.phrase.end < cut && !opening.pronoun && !namesMedium(text, opening.phrase, index) ? opening : null;
      if (speaker && speaker !== a) return { attribution: { ...speaker, channel: { phrase: medium, strict: true } } };
      // "He accused Turkey of ..., RIA said.": the pronoun's speaker, whoever it stands for, came through the medium.
      if (speaker || (opening === a && a.pronoun)) return { phrase: medium, strict: true };
    }
  }
  return undefined;
}

function attributionOf(text: string, span: Span, tags: Tags, index: EntityIndex): Attribution | null {
  const s = text.slice(span.start, span.end);
  let m: RegExpExecArray | null;

  // "The minister was quoted by the agency as saying ...": the one quoted speaks, not the medium.
  if ((m = WAS_QUOTED_AS_SAYING.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "..., spokesman Abbas Mousavi was quoted as saying by the IRNA news agency.": the same, closing the sentence.
  if ((m = CLOSING_WAS_QUOTED.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "Hollis's message to Norden was blunt: ...", "His answer was clear: ...": the message's sender says what follows the colon.
  if ((m = /^((?:his|her|its|their)(?=\s)|.{2,60}?(?=['’]s?\s))(?:['’]s?)?\s+(?:(?:latest|own|final)\s+)?(?:message|warning|answer|reply|response|verdict|demand|position)\s+(?:to\s+[^:;,“”"]{2,40}?\s+)?(?:(?:yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:was|is|remained|remains)\s+(?:\p{Ll}+ly\s+)?(?:blunt|clear|simple|direct|stark|plain|unambiguous|firm|short)\s*:\s*\S/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (/^(?:his|her|its|their)$/i.test(m[1]!)) return { phrase, claimant: null, via: null, verb: 'said', pronoun: true };
    // A name, not a thing's description ("The ferry's answer to the floods was simple: it stopped").
    if (/^\p{Lu}/u.test(m[1]!) && !/^(?:the|a|an|this|that)\s/i.test(m[1]!) && nounPhrase(text, clean(text, phrase), tags, 6)) return make(text, phrase, 'said', index);
  }
  // "Here's what he said: ...", "This is what the minister told reporters: ...": the one who said it speaks after the colon.
  if ((m = /^(?:Here(?:['’]s|\s+is)|This\s+is|That\s+is|That['’]s)\s+what\s+((?:the\s+)?[^,;:“”"]{1,60}?)\s+(?:said|says|told\s+[^,;:“”"]{1,40}?|wrote|writes|had\s+to\s+say)\s*:\s*\S/u.exec(s))) {
    const phrase = { start: span.start + m.index + m[0].indexOf(m[1]!, 6), end: span.start + m.index + m[0].indexOf(m[1]!, 6) + m[1]!.length };
    if (/^(?:he|she|they)$/i.test(m[1]!)) return { phrase, claimant: null, via: null, verb: 'said', pronoun: true };
    // A name or a person by their role, not a thing ("This is what the law says:").
    const role = /^the\s+(\p{Ll}+)$/u.exec(m[1]!)?.[1];
    if ((role ? isPersonRole(role) : /^\p{Lu}/u.test(m[1]!)) && nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'said', index);
  }
  // "... as reported by the channel", ", as the agency reported."
  if ((m = /,?\s+as\s+(?:reported|announced|stated|claimed)\s+by\s+([^,;:“”"]{2,80}?)\s*[.!]?["”’']*$/i.exec(s)) || (m = /,\s+as\s+([^,;:“”"]{2,60}?)\s+(?:reported|reports|said|says|announced|claimed|claims)\s*[.!]?["”’']*$/i.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'reported', index);
  }
  // '"...," the coalition's statement read.': the statement's author speaks.
  if ((m = /[”"]\s*,?\s+(.{2,60}?)['’]s?\s+(?:statement|communiqu[ée]|announcement)\s+(?:read|said|says|added)\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // The passive with its agent: "The toll was reported by the Monitor to have reached 40", "..., as was announced by X",
  // "The verdict was confirmed to PBN by a prosecutor, Abdul Niazi.".
  if ((m = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:(?:\p{Ll}+ly|first|also|later|earlier|initially|widely)\s+)?(?:reported|announced|confirmed|stated|said|claimed|denied|estimated|put|welcomed|criticised|criticized|condemned|praised|denounced|rejected|dismissed|hailed|disputed|questioned|described|branded|blamed|contested|contradicted|echoed|stressed|underlined|highlighted|disclosed|mentioned|slammed|decried)(?:\s+to\s+[^,;:“”"]{1,40}?)?\s+by\s+(?!(?:midday|noon|nightfall|dawn|dusk|midnight|morning|evening|night|then|now|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b|the\s+(?:end|time|weekend|morning|evening|afternoon)\b)([^,;:“”"]{2,80}?(?:,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?=\s*[.!]?["”’']*\s*$))?)(?=\s+(?:to|as|at|on|in|that)\b|\s*[,.;]|$)/iu.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    // "... was confirmed to PBN by a prosecutor, Abdul Niazi.": the name in apposition is who confirmed it.
    const phrase = appositiveName(text, { start, end: start + m[1]!.length }, span.end) ?? { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, m[0].split(/\s+/).find((w) => SPEECH_RE.test(w) || /^(?:put)$/i.test(w)) ?? 'reported', index);
  }
  // "... state news agency SANA quoted a source at the foreign ministry as saying."
  if ((m = QUOTES_X_AS_SAYING.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'quoted', index);
  }
  // '"...," said a commander of the National Front for Liberation, who asked not to be named.'
  // "WHO" in capitals is the organisation, not a relative clause ("said the WHO representative in Syria, Akjemal Magtymova").
  if ((m = (/\s(?:who|whom|whose)\s/.test(s) ? CLOSING_QUOTE_SPEAKER : CLOSING_QUOTE_SPEAKER_PLAIN).exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 12)) return make(text, appositiveName(text, phrase, span.end) ?? phrase, 'said', index);
  }
  // "The agency, citing a ministry source, said ...": the cited source speaks; the medium relays. Not a reason cited ("Kovacs,
  // citing security concerns, said"): the one who cites it speaks.
  if ((m = CITING_SOURCE.exec(s)) && !CITED_REASON.test(m[2]!)) {
    const start = span.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const phrase = { start, end: start + m[2]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "..., one of them, Abu Yaman, said by telephone.": the name after "one of them" speaks.
  if ((m = /,\s+(?:one|two|three|some|several|many|most)\s+of\s+(?:them|whom|those)(?:\s+[^,;:“”"]{1,30}?)?,\s+(\p{Lu}[^,;:“”"]{1,40}?),\s+(?:said|says|told|tells|added|explained|insisted)\b[^,;:“”"]{0,40}$/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, phrase, tags, 6)) return make(text, phrase, 'said', index);
  }
  // A closing inverted attribution: "..., said the Regional Monitor.", "..., added a spokesman for the army, who ...".
  // ... and "..., said one resident, Ali Hassan.", "..., says former Northland captain Ann Roe.": one of a kind, or what the
  // person is before the name.
  if ((m = /,\s+(said|says|added|adds|wrote|writes|noted|notes|explained|warned|claimed|stated|announced|confirmed|insisted)\s+((?:the|a|an|one|another)\s+[^,;:“”"]{2,90}?|(?!(?:to|on|in|at|from|for|with|about|by|of|late|early|after|before|that|it|this|us|me)\b)(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}[^,;:“”"]{1,80}?|\p{Lu}[^,;:“”"]{1,90}?)\s*(?:,[^“”"]*)?[.!]?["”’']*$/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    const phrase = { start, end: start + m[2]!.length };
    // Not after a speaker and their apposition: in "Sandvik, a farmer near Dorvik, said the water rose fast" (and "Sandvik,
    // 54, said", "The farmer, Sandvik, said") what follows "said" is what was said. A statement without a verb stays one:
    // "A catastrophe for the whole valley, said the mayor.", "Forty homes, maybe more, said Ilona Kovacs."
    const before = s.slice(0, m.index).split(',').map((part) => part.trim());
    // A name, with what the person is before it ("Trained nurse Ann Fowler, 54, said ...").
    const aName = (words: string) => {
      const name = personalName(words);
      return (name !== null && words.split(/\s+/).length - name.split(/\s+/).length <= 2) || /^\p{Lu}[\p{L}'’-]+$/u.test(words);
    };
    const speakerFirst = before.length === 2 && ((aName(before[0]!) && /^(?:[Aa]n?|[Tt]he|who|aged|\d+|\p{Ll}+\s+of\s)/u.test(before[1]!)) || (/^(?:the|his|her|its|their|our)\s+(?:\p{Ll}+\s+)?\p{Ll}+$/iu.test(before[0]!) && aName(before[1]!)));
    // What the person is before the name ("former Northland captain Petra Lindqvist") only before a person's whole name: "wrote
    // three novels about Dorvik", "adds support for Norden's system" are what was done.
    const described = /^\p{Ll}/u.test(m[2]!) && !/^(?:the|a|an|one|another)\s/i.test(m[2]!);
    const tail = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(m[2]!.trim())?.[1];
    if (!(described && !(tail && personalName(tail) === tail)) && !speakerFirst && !/^(?:on|in|at|late|early|after|before|that|it|this|he|she|they)\b/i.test(m[2]!) && nounPhrase(text, clean(text, phrase), tags, 14)) return make(text, appositiveName(text, phrase, span.end) ?? phrase, m[1]!, index);
  }
  // "Russia's foreign ministry was blunter, blaming ...", "The army was more cautious, saying ...": the subject speaks in the
  // participle after how it spoke.
  if ((m = MANNER_THEN_GERUND.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, m[2]! === 'saying' ? 'said' : m[2]!, index);
  }
  // ... unless what follows names its own speaker ("Damascus was blunter: a source at the foreign ministry, quoted by SANA, said").
  // Only a source is blunt or goes further: a name, or a body or person by its noun ("The message was blunt:" is the outlet's).
  if ((m = MANNER_THEN_COLON.exec(s)) && MANNER_SUBJECT.test(m[1]!.trim()) && !/\b(?:said|says|told|tells|quoted|according\s+to|reported|reports)\b/i.test(s.slice(s.indexOf(':', m[1]!.length) + 1).replace(/[“"][^”"]*[”"]/g, ' '))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "Moscow's reply came from Kremlin spokesman Dmitry Peskov, who told reporters ...": whoever a reply came from speaks.
  if ((m = /\b(?:reply|response|answer|rebuttal|retort|riposte|reaction|denial|warning)\s+came\s+(?:(?:swiftly|quickly|later|within\s+hours|soon)\s+)?from\s+((?:the\s+)?[^,;:“”"]{2,80}?)(?=\s*,|\s+(?:who|which|in|on|at|within|later)\b|\s*[.!]?["”’']*\s*$)/u.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'said', index);
  }
  // "X had promoted the launch for days, calling it ...", "Y defended the move, saying ...": the subject speaks in the participle.
  if ((m = ACTED_THEN_GERUND.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, m[2]! === 'saying' ? 'said' : m[2]!, index);
  }
  // "Turkey's central bank cut its main rate on Wednesday, its sixth cut in a row, saying ...": any subject, its verb (a
  // verb by the tagger, or a common irregular past), then the participle of saying it speaks in.
  if ((m = ACTED_THEN_SAYING.exec(s))) {
    const verbAt = span.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const irregular = IRREGULAR_PAST_WORD.test(m[2]!);
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    // Not after another speaker between them ("Troops entered the town, residents said, adding that ...").
    const between = m[0].slice(m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length);
    const relayed = SPEECH_WORD.test(between);
    const opener = /^(?:After|Before|When|While|As|Since|Although|Though|If|Once|Until|Because|In|On|At|By)\s/.test(m[1]!);
    const addsThing = /^adding$/.test(m[3]!) && !/\s+that\s+\S$/.test(m[0]);
    if (!relayed && !opener && !addsThing && (irregular || tags.of({ start: verbAt, end: verbAt + m[2]!.length }).includes('Verb')) && nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, m[3]! === 'saying' ? 'said' : m[3]!, index);
  }
  // A closing ", Northland broadcasters showed.", ", state television showed.": a medium that shows something reports it;
  // ", UN figures show.": figures show what their author counted.
  if ((m = /,\s+([^,;:“”"]{2,60}?)\s+(?:showed|shows|show|aired|broadcast|suggest|suggests|indicate|indicates)(?:,\s+(?:among them|including|of whom|of them)\b[^“”"]*)?\s*[.!]?$/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (/\b(?:television|tv|broadcasters?|channels?|media|footage|images|pictures|video|stations?|networks?|figures|data|statistics|records|numbers|tallies|estimates|counts)\b/i.test(m[1]!) && nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'showed', index);
  }
  // "Footage it broadcast showed ...", "Footage she filmed shows ...": the pronoun is the medium or the reporter named before.
  if ((m = /^(?:the\s+)?(?:footage|images|pictures|video|videos|photos)\s+(it|they|he|she)\s+(?:broadcast|aired|released|published|posted|showed|carried|filmed|shot|took|recorded)\s+(?:showed|shows|show)\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(` ${m[1]!} `) + 1;
    return make(text, { start, end: start + m[1]!.length }, 'showed', index);
  }
  // "The channel's pictures showed ...", "Kestrel TV's footage shows ...": the medium whose pictures they are shows it.
  if ((m = /^((?:[Tt]he\s+(?:channel|station|agency|network|broadcaster|newspaper|paper))|\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})['’]s?\s+(?:own\s+|latest\s+|live\s+)?(?:footage|images|pictures|video|videos|photos|photographs)\s+(?:also\s+)?(?:showed|shows|show)\b/u.exec(s))) {
    return make(text, { start: span.start + m.index, end: span.start + m.index + m[1]!.length }, 'showed', index);
  }
  // "Its footage showed ...", "Its first statement said ...": the medium or the body named before says it.
  if ((m = /^(its|their)\s+(?:own\s+|latest\s+|first\s+|new\s+|second\s+)?(?:footage|images|pictures|video|videos|photos|broadcast|report|reports|statement|communiqu[ée])\s+(?:showed|shows|show|said|says)\b/i.exec(s))) {
    return { phrase: { start: span.start + m.index, end: span.start + m.index + m[1]!.length }, claimant: null, via: null, verb: 'showed', pronoun: true };
  }
  // "Footage broadcast by Turkish television showed ...", "images released by the army show ..."
  // "Data from the ministry show ...", "A report by the UN found ...": the author of the data or the report.
  // "A statement by the public prosecution, carried by the state news agency MENA, said ...": the statement's author; the
  // medium that carried it is read with the sentence's other relays.
  if ((m = /^(?:(?:But|And|Yet)\s+)?(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[ée]|letter|notice|report|study|survey|video)|footage|images|pictures|video|videos|photos|figures|data|statistics|estimates)\s+(?:(?:broadcast|aired|released|published|posted|issued|shared|carried|compiled|gathered)\s+by|by|from)\s+([^,;:“”"]{2,60}?)(?:,\s+(?:carried|published|broadcast|aired|quoted|cited)\s+(?:by|on|in)\s+[^,;:“”"]{2,60},)?\s+(showed|shows|show|said|says|stated|states|added|read|suggested|suggest|suggests|indicated|indicate|indicates|found|finds|put|puts|estimated|estimates)\b/iu.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, m[0].search(/\s(?:by|from)\s/));
    const author = { start, end: start + m[1]!.length };
    // "The video from Friday", "a statement from last Tuesday": a time, not an author.
    if (!DOCUMENT_OF_A_TIME.test(m[0]) && nounPhrase(text, clean(text, author), tags)) return make(text, author, /^(?:said|says|stated|states|added|read)$/i.test(m[2]!) ? 'said' : 'showed', index);
  }
  // "Our team in Dorvik watched ...", "Our reporter Wanjiru Kamau watched ...", "the agency's stringer filmed ...", "A Kestrel cameraman filmed ...", "Kestrel's camera
  // filmed ...": what a medium's staff saw is that medium's report. Only the staff: "Residents watched as ..." stays narrative.
  if ((m = /^(?:(?:On|Late\s+on|Early\s+on|Last|Overnight|Earlier|Later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week|today)?,?\s+)?(?:(?:Near|In|At|On|Outside|Inside|Along|From)\s+[^,;:“”"]{2,40},\s+(?:(?:north|south|east|west)[\p{L}-]*\s+of\s+[^,;:“”"]{2,30},\s+)?)?((?:[Oo]ur|[Tt]he\s+(?:channel|station|agency|network|newspaper|paper|broadcaster)['’]s|\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}['’]s?|[Aa]n?\s+\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}|\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}(?=\s+(?:camera\s+)?(?:crews|teams|reporters|correspondents|cameramen|journalists)\b))\s+(?:own\s+)?(?:correspondents?|reporters?|crews?|teams?|journalists?|stringers?|producers?|photographers?|cameram[ae]n|camerawom[ae]n|camera crews?|cameras?|videographers?|film crews?|reporting team)(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})?(?:\s+(?:in|at|near|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+(?:north|south|east|west)[\p{L}-]*\s+of\s+[^,;:“”"]{2,30},)?)?)\s+(?:also\s+)?(?:watched|filmed|photographed|spotted|heard|saw|counted|witnessed|observed)\s+\S/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'saw', index);
  }
  // The same staff described before the verb ("Nunthorpe's crew, travelling with government troops, saw ...", "Rookery 24's
  // team near the border has watched ..."), the pictures they filmed ("Footage filmed by a Hartlebury crew on Wednesday
  // shows ...") and a clause of what they filmed ("..., with a Palisade crew filming 150 vehicles cross").
  if ((m = MEDIUM_STAFF_SAW.exec(s)) || (m = FILMED_BY_STAFF.exec(s))) {
    const staff = m[1] ?? m[2]!;
    const start = span.start + m.index + m[0].indexOf(staff);
    return make(text, { start, end: start + staff.length }, 'saw', index);
  }
  // "A UN report found ...", "A Northland army survey concluded ...": the body named before the document is its author.
  if ((m = /^(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:new\s+|latest\s+|recent\s+|separate\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}?(?:\p{Ll}+\s+)?)(?:report|study|survey|investigation|inquiry|review|audit|assessment|analysis)\s+(?:(?:published|released|issued)\s+[^,;:“”"]{1,30}?\s+)?(?:found|finds|concluded|concludes|said|says|showed|shows|estimated|estimates)\b/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.trimEnd().length };
    // Only an author the graph knows ("A Northland army report") or an acronym ("A WHO study"): "A Marbek report", "An
    // Easter survey" name a place or a time.
    const author = headActor(text, phrase, index);
    if ((author?.entity.type === 'actor' || /^\p{Lu}{2,}\s*$/u.test(m[1]!)) && nounPhrase(text, phrase, tags, 4)) return make(text, phrase, 'reported', index);
  }
  // "Pictures provided by the Turkish army showed ...": what pictures show is the claim of whoever provided them.
  if ((m = /^(?:the\s+|new\s+)?(?:pictures|footage|video|videos|images|photos|photographs)\s+(?:provided|released|supplied|published|issued|distributed|posted|shared|broadcast|aired)\s+by\s+([^,;:“”"]{2,60}?)\s+(?:showed|shows|show|appeared\s+to\s+show|appear\s+to\s+show)\b/iu.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, m[0].search(/\sby\s/));
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'showed', index);
  }
  // "Russian officials, quoted by the Interfax agency, called the move unhelpful": whoever a medium quotes speaks, whatever
  // the verb after the quotation.
  // So does "Syria's Foreign Ministry, in comments carried by SANA, called ...".
  if ((m = /^([^,;:“”"]{2,80}?),\s+(?:(?:quoted|cited)\s+(?:by|in)|in\s+(?:(?:a|an|its|his|her|their)\s+)?(?:\p{Ll}+\s+)?(?:comments|remarks|statement|message|interview)\s+(?:carried|published|broadcast|aired|reported|posted)\s+(?:by|on|in))\s+[^,;:“”"]{2,60},\s+(?:has\s+|had\s+|also\s+)?(?!(?:was|is|has|does|goes|lives|lies|died|arrived|returned|travelled|traveled)\b)\p{Ll}+(?:ed|s)\b/u.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "Opposition activists posted videos of ...", "State television broadcast footage of ...": showing is claiming.
  if ((m = /^(?:(?:while|and|but|as)\s+)?(.{2,80}?)\s+(?:posted|published|released|broadcast|aired|shared|showed)\s+(?:\w+\s+)?(?:videos?|footage|images|pictures|photos|photographs|a video|a statement|a report)\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'showed', index);
  }
  // "State television showed soldiers raising the flag", "State media had earlier shown ...": a medium that shows something
  // reports it.
  if ((m = /^([^,;:“”"]{2,60}?)\s+(?:showed|shows|aired|broadcast|(?:has|had|have)\s+(?:\p{Ll}+\s+)?shown)\s+\S/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    const p = clean(text, phrase);
    const head = text.slice(p.start, p.end).split(/\s+/).length <= 6 ? headActor(text, p, index) : null;
    if (head && ['MEDIA', 'BROADCASTER', 'NEWS_AGENCY'].includes(head.entity.kind)) return make(text, phrase, 'showed', index);
    // "On Wednesday the channel had shown ...": a medium named before (extract.ts finds which).
    if (!head && /^the\s+(?:channel|broadcaster)$/i.test(text.slice(p.start, p.end).trim()) && !/^\s*no\b/.test(s.slice(m[0].length - 1))) return make(text, phrase, 'showed', index);
    // A medium no actor is, named by what it is: "Lakeside media showed", "state television aired".
    if (!head && /^(?:[Tt]he\s+)?(?!(?:The|A|An|Its|Their|His|Her|This|That|Some|Many|Other)\s)(?:\p{Lu}[\p{L}'’-]*\s+)(?:state\s+|local\s+|pro-government\s+|opposition\s+)?(?:media|television|TV|broadcasters?|channels?|newspapers?|press)$/u.test(text.slice(p.start, p.end).trim()) && nounPhrase(text, p, tags, 5)) return make(text, phrase, 'showed', index);
  }
  // "Erdogan has given Syrian forces until the end of February to withdraw", "Erdogan gives Damascus until ...": an ultimatum.
  // The present only with a deadline to act by ("gives X until Y to withdraw"), from a speaker the graph knows or a name:
  // "The Monitor gives shelter to 300 families until March", "The new law gives tenants until June to leave" are no threats.
  if ((m = /^(.{2,80}?)\s+(?:has |had )?(?:given|gave|set|(gives|sets)(?!\s+up\b))\s+.{2,60}?\b(?:until|a deadline|an ultimatum)\b/i.exec(s)) && (!m[2] || /\buntil\b[^,;.]{2,40}?\bto\s+\p{Ll}+/u.test(s.slice(m[0].length - 6)))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    const p = clean(text, phrase);
    if (nounPhrase(text, p, tags) && (!m[2] || headActor(text, p, index) || personalName(text.slice(p.start, p.end)))) return make(text, phrase, 'threatened', index);
  }
  // "Al-Watan went further, writing that ...", "The ministry hit back, saying that ...": a speaker who acts and then writes or
  // says; "Hope Mills thanked the department in a statement": what is done in a statement is said.
  if ((m = /^(.{2,80}?)\s+(?:has\s+|had\s+|also\s+)?(?:went\s+further|went\s+on|hit\s+back|followed\s+up|weighed\s+in|chimed\s+in|responded|reacted|replied),\s+(?:writing|saying|adding|arguing|claiming|insisting|warning|noting)\s+(?:that\b|["“])/u.exec(s)) || (m = /^(.{2,80}?)\s+(?:has\s+|had\s+)?\p{Ll}+ed\b[^,;:“”"]{0,80}?\s+in\s+(?:a|an|its|his|her|their)\s+(?:brief\s+|short\s+|written\s+|joint\s+)?(?:statement|communiqu[eé]|tweet|letter|speech|address|post)\b/u.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "The Observatory put the death toll at 11", "Skerry 24 put the march at several hundred people": a figure given is a report.
  if ((m = /^(.{2,100}?)\s+(?:put|puts)\s+(?:(?:the|its|their|\p{Lu}[\p{L}-]*['’]s)\s+|it\s+(?=(?:at|higher|lower|far|much|closer)\b)(?!at\s+(?:odds|least|risk)\b)|(?=(?:\p{Lu}\p{Ll}+\s+)?(?:losses|deaths|dead|casualties|turnout|damage|growth|inflation|unemployment)\s))(?:[\p{L}\d,.'’“”"-]+\s+){0,20}at\s+(?!risk\b)["“]?(?:[\p{L}-]+\s+){0,3}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|tens|several|a\s+(?:few|dozen|hundred|thousand|million)|more\s+than|fewer\s+than|at\s+least|about|around|nearly|almost|some|over|under)\b)/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'put', index);
  }
  // "in what aid agencies call the largest single displacement": the clause's own speaker; in a sentence that has
  // another attribution ("..., according to the UN, in what aid agencies call ..."), only when nothing else names one.
  // "Reporters taken to the town by the army found it deserted": what journalists found on a visit is their account.
  if ((m = /^((?:(?:Foreign|Western|Local|Visiting)\s+)?(?:Reporters|Journalists|Correspondents))\s+(?:(?:taken|brought|escorted|bussed|flown|allowed)\s+[^,;.“”"]{1,60}?\s+)?(?:later\s+|also\s+)?(?:found|described|counted)\s+\S/u.exec(s))) {
    return make(text, { start: span.start + m.index, end: span.start + m.index + m[1]!.length }, 'reported', index);
  }
  let what: Attribution | null = null;
  if ((m = /\bwhat\s+([^,;:“”"]{2,60}?)\s+(?:call|calls|called|describe|describes|described)\b/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 4);
    const phrase = { start, end: start + m[1]!.length };
    if (!/^(?:it|they|he|she)$/i.test(m[1]!) && nounPhrase(text, clean(text, phrase), tags, 8)) what = make(text, phrase, 'called', index);
    if (what && /^\s*(?:in\s+)?what\b/i.test(s)) return what;
  }
  // "The government called the threats \"empty\"", "The cleric called on his followers to ...": calling is saying.
  // "Aid agencies call it the worst ...", "Norden and Lakeside call all the armed groups terrorists": a label given is a judgement.
  if ((m = CALLS_IT.exec(s)) && /^(?!.*\b(?:is|was|are|were)\s+$)/i.test(m[1]!)) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'called', index);
  }
  // "The agency calls the offensive one of the worst ...", "The UN calls what is happening the worst ...": a superlative label
  // given is a judgement too; "Norden brands every armed group there a terrorist organisation" one given to a class.
  if ((m = CALLS_SUPERLATIVE.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'called', index);
  }
  if ((m = CALLS_LABEL.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'called', index);
  }
  // "X called the charge politically motivated", "X described the ruling as unjust": a judgement of a thing said or done.
  if ((m = /^(.{2,80}?)\s+(?:has\s+|had\s+)?(?:called|calls|described|describes|branded|brands|labelled|labeled|termed)\s+(?:the|this|that|these|those|its|his|her|their|such|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+\s+)?(?:charges?|accusations?|claims?|allegations?|move|decision|ruling|verdict|report|remarks|comments|attacks?|threats?|case|trial|arrests?|sentence|law|bill|vote|plan|deal|offer|proposal|motion|measures?|killings?|strikes?|raid|operation|remarks|statements?|words|speech|threats?|ultimatum|deadline|demands?|account|version|figures?|toll|talks|ceasefire|truce|offensive|campaign|policy|warnings?|request|presence|deployment|incursion|reinforcements|build-up|actions?|response|approach|agreement|accord|idea)\s+(?:as\s+)?["“‘']?(?:\p{Ll}+ly\s+)?(?!(?:off|for|out|back|into|over|down|and|but|after|before|until|when|last|next|forward|together|home|early|late|this|that|to|up|in|on|at)\b)\p{Ll}{3,}/u.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'called', index);
  }
  // "Citing the Monitor, Lakeside TV reported ...": the cited source speaks; the medium relays it.
  if ((m = FRONTED_CITING.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "with Kremlin spokesman Dmitry Peskov saying", "with the Kremlin urging"
  if ((m = WITH_X_GERUND.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 4);
    return make(text, { start, end: start + m[1]!.length }, m[2]!, index);
  }
  // A source's numbers: "The Observatory's figures show 13 soldiers killed", "..., the Observatory's count shows.".
  if ((m = FIGURES_SHOW.exec(s)) || (m = CLOSING_FIGURES_SHOW.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    // A place's records are no one's report: "The town's records show no such school."
    const place = /\b(?:town|city|village|province|country|region|area|camp|district|hospital|school|market)$/i.test(m[1]!.trim()) || index.link(m[1]!).some((x) => x.entity?.type === 'place' && x.end === m![1]!.trimEnd().length);
    if (!place && nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'reported', index);
  }
  // "SANA carried a foreign ministry source calling the threats empty": the source speaks, through the medium.
  // "SANA carried a report saying troops had entered Saraqeb": the medium's own report.
  if ((m = /^(.{2,60}?)\s+(?:carried|ran|published|aired|broadcast|printed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:report|story|item|dispatch)\s+(?:saying|that)\b/u.exec(s))) {
    const medium = clean(text, { start: span.start + m.index, end: span.start + m.index + m[1]!.length });
    if (namesMedium(text, medium, index) && nounPhrase(text, medium, tags, 8)) return make(text, medium, 'reported', index);
  }
  // Only a speaker, not a document or a programme ("carried a report saying", "aired an interview with X calling").
  if ((m = /^(.{2,60}?)\s+(?:carried|ran|published|aired|broadcast|printed)\s+((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:source|sources|official|officials|spokes(?:man|woman|person)|minister|commander|officer|diplomat|general|ambassador|envoy|adviser|aide))\s+(?:calling|saying|describing|denying|accusing|warning|as\s+saying)\b/u.exec(s))) {
    const medium = clean(text, { start: span.start + m.index, end: span.start + m.index + m[1]!.length });
    const start = span.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const source = { start, end: start + m[2]!.length };
    const a = namesMedium(text, medium, index) && nounPhrase(text, clean(text, source), tags, 8) ? make(text, source, 'said', index) : null;
    if (a) return { ...a, channel: { phrase: medium, strict: true } };
  }
  // "The opposition paper X asked in an editorial what ...": a question a medium or a speaker puts in print is its statement.
  if ((m = /^(.{2,80}?)\s+(?:asked|asks|wondered|wonders)\s+in\s+(?:an?\s+|its\s+|his\s+|her\s+)?(?:editorial|column|leader|commentary|op-ed|opinion\s+piece|statement|post|tweet)\b/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'asked', index);
  }
  // "Roughly half, UN officials add, had fled": the plural "add" between commas (not "Floods add to the misery").
  if ((m = /,\s+((?:the\s+)?[^,;:“”"]{2,40}?)\s+add,\s+\S/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 6)) return make(text, phrase, 'added', index);
  }
  // "He did not rule out that ...", "Peskov would not rule out a call": a speaker by pronoun or name, never a thing ("The
  // injury did not rule out a return, doctors said"); so no closing speaker after it.
  if ((m = /^(he|she|they|(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s+(?:did|does|would)\s+not\s+rule\s+out\b(?![^“”"]*,\s+[^,]{2,60}\s+(?:said|says|added|told)\b)/u.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // Reporting verbs of several words: "X pointed out that", "X went on to say", "X posted on Telegram that", "X made clear".
  if ((m = MULTIWORD_SPEECH.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // Opening noun phrase + reporting verb: "The Observatory said that ...", "On Friday, Turkey's Defense Ministry warned ...".
  // A transcript's speaker label ("PRIYA OYELARAN: ", "HOST (PRIYA OYELARAN): ", "HALA MROUEH (reporting): ") is who reads
  // the words, not who they attribute: the opening noun phrase follows it (turns.ts reads the labels).
  const label = speakerLabelLength(s);
  const words = [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  // A quotation opening the sentence and closing in it ('"We are still inside Saraqeb and ...," X, a commander with ...,
  // told ...'): the speaker's verb is counted from where the quotation closes, however long it is.
  // So does the last sentence of a longer quotation, which opened in a sentence before ('We lost the house," Ann Roe, a farmer
  // near Dorvik, said.').
  const quotationEnd = /^\s*["“]?[^"“”]{2,400}?[,!?]["”]\s+(?=\S)/u.exec(s)?.[0].length ?? 0;
  // After such a quotation the verb may end the sentence ('"...," Selin Aydemir, an economist, said.'): its full stop is no part
  // of it. Elsewhere a verb at the end is a closing form's, read below.
  if (quotationEnd) for (const w of words) if (w.index! >= quotationEnd && w.index! + w[0].length === s.trimEnd().length && /^\p{L}+\.$/u.test(w[0])) w[0] = w[0].slice(0, -1);
  const first = Math.max(0, words.findIndex((w) => w.index! >= quotationEnd));
  for (let k = first; k < Math.min(words.length, first + 22); k++) {
    const w = words[k]!;
    // The progressive: "State television is reporting that ...", "the ministry was insisting ...".
    // So is a demand or an appeal under way: "The union is demanding 8%", "Opposition parties are demanding that ...", "The
    // agency is calling for a ban", "Aid groups are urging donors ...".
    const beingDone = /\b(?:is|are|was|were)\s+(?:(?:now|also|still|already|openly|publicly)\s+)?$/i.test(s.slice(0, w.index));
    const progressive = beingDone && ((/^(?:reporting|saying|claiming|insisting|warning|denying|confirming|announcing)$/i.test(w[0]) && !/^\s+(?:to|for|at|in|on|from|back|into)\b/i.test(s.slice(w.index + w[0].length))) ||
      // Not a thing's literal pressure or an adjective ("Water is threatening homes", "The job was demanding but ...", "Troops
      // were pushing on"): a demand names what or that, an appeal whom or what for.
      (/^(?:demanding|urging|accusing|blaming|alleging|vowing|pledging)$/i.test(w[0]) && /^\s+(?:that\b|an?\s|the\s|\d|more\b|higher\b|better\b|compensation\b|his\s|her\s|their\s|its\s|donors\b|governments?\b|people\b)/iu.test(s.slice(w.index + w[0].length)) && !THING_SUBJECT.test(s.slice(0, w.index))) ||
      (/^(?:calling|pressing|pushing|appealing|asking)$/i.test(w[0]) && /^\s+(?:for\s|on\s+(?!to\b|towards?\b|with\b)(?:the\s+)?\p{Ll}+\s+(?:to|for)\b)/iu.test(s.slice(w.index + w[0].length)) && !THING_SUBJECT.test(s.slice(0, w.index))) ||
      // ... and what a channel is showing ("State television, for its part, is already showing soldiers raising the flag").
      // A channel's own pictures, not a crew broadcasting live or a channel airing a programme when something happened.
      (/^(?:showing|broadcasting|airing)$/i.test(w[0]) && /\b(?:television|TV|channel|broadcaster|media)(?:,\s+[^,]{2,40},)?\s+(?:was|were|is|are)\s+(?:(?:now|also|still|already)\s+)?$/i.test(s.slice(0, w.index)) && !/^\s+(?:live|a\s+(?:[\p{L}-]+\s+)?(?:programme|program|show|film|series|match|documentary))\b/iu.test(s.slice(w.index + w[0].length))));
    // "The judges ruled that ...": a ruling is what the court says (not "the party ruled that province").
    // ... or people and quantifiers ("ruled that people held at the camp"); not a thing governed ("ruled that region").
    const ruledThat = /^ruled$/i.test(w[0]) && /^\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day\s+)?that\s+(?:the|a|an|it|he|she|they|its|his|her|their|there|people|those|all|any|no|each|every|some|most|parts|\p{Lu}|\d)\b/u.test(s.slice(w.index + w[0].length));
    // Only after a quotation closing on its own punctuation ('"...," a farmer shouted', '"Freedom!" chanted'): a song's title or a
    // banner's words in quotation marks are no speech ('Mourners sang "River Home" as the widow sobbed').
    const voiced = VOICE_AFTER_QUOTE.test(w[0]) && /[,!?]["”]\s+[^"“”]{0,60}$/.test(s.slice(0, w.index));
    // The emphatic "do": "He did confirm that the two leaders had spoken", "She does accept that ...".
    const emphatic = EMPHATIC_SPEECH.test(w[0]) && /\b(?:did|does|do)\s+(?:(?:also|later|at\s+least)\s+)?$/i.test(s.slice(0, w.index)) && /^\s+(?:that\s|to\s|\p{Ll})/u.test(s.slice(w.index + w[0].length));
    // "Japan's government rejects that.", "Herders dispute that picture.", "Residents disagree;": a denial of what the sentence
    // before said, however the tagger reads its verb before a bare demonstrative or a stop ("reject the pay offer" is a vote).
    const deniesThat = /^(?:rejects?|disputes?|denies|deny|disagrees?|contests?)$/i.test(w[0]) && /^(?:\s+(?:that|this|these|those|it)(?:\s+(?:picture|account|claim|figure|version|charge|view|reading|assessment))?\s*[.;,!]|\s*[.;!]|\s*,\s+(?:saying|arguing|insisting)\b)/i.test(s.slice(w.index + w[0].length));
    if (!SPEECH_RE.test(w[0]) && !progressive && !ruledThat && !voiced && !emphatic && !deniesThat) continue;
    // A capitalised word after a capitalised word is part of a name ("the Organization of American States said"), not a verb.
    if (/^\p{Lu}\p{Ll}+$/u.test(w[0]) && /\p{Lu}[\p{L}'’.-]*\s+(?:of\s+)?$/u.test(s.slice(0, w.index))) continue;
    // "A statement from last Tuesday said": a document of a time names no author and is no speaker; a later source may be.
    if (DOCUMENT_OF_A_TIME.test(s.slice(0, w.index))) continue;
    // "Soldiers he saw near Marbek said ...": a verb in a relative clause without "who" is not the speaker's.
    if (/\b\p{L}{3,}s\s+(?:I|we|he|she|they)\s+$/u.test(s.slice(0, w.index))) continue;
    // "Ann Roe, whose party had been expected to finish first, told ...": a passive inside a "whose" clause after the speaker
    // is not the sentence's verb; the one after the clause is.
    if (/,\s+whose\s[^,;:“”"]*\b(?:been|be|is|was|are|were)\s+$/u.test(s.slice(0, w.index))) continue;
    const at = span.start + w.index;
    const ts = tags.of({ start: at, end: at + w[0].length });
    // "The army claims to have taken ...": a claim to have done or to be is a claim, whatever the tagger reads "claims" as.
    const claimsTo = /^claims?$/i.test(w[0]) && /^\s+to\s+(?:have|be|control|hold)\b/i.test(s.slice(w.index + w[0].length));
    // "Damascus vows to win back every inch": a vow, a pledge or a threat to do something, whatever the tagger reads.
    const vowsTo = /^(?:vows|pledges|promises|threatens)$/i.test(w[0]) && /^\s+to\s+\p{Ll}/u.test(s.slice(w.index + w[0].length));
    // "The UN estimates that ...": a present verb a tagger may read as a plural noun, with its clause after it.
    const verbBeforeThat = /^(?:estimates?|claims?|reports?|notes|warns?|says|believes?|argues?|insists?|maintains?|fears?|counts|reckons?)$/i.test(w[0]) && /^\s+that\s/i.test(s.slice(w.index + w[0].length));
    // "Damascus describes the armed groups as terrorists": a description with its "as" after it, whatever the tagger reads.
    const describesAs = /^describes?$/i.test(w[0]) && /^\s+[^.;:“”"]{1,80}?\s+as\s+\S/i.test(s.slice(w.index + w[0].length));
    // "Rebels I reached by phone say they have ...": "say" before its clause, however the tagger reads it after "phone".
    const sayThat = /^say$/i.test(w[0]) && /^\s+(?:that\s+)?(?:they|he|she|it|we|there|the|a|an|some|most|\d)\b/i.test(s.slice(w.index + w[0].length));
    // "Moscow, for its part, blames Turkey ...", "The Observatory, which works from Britain, counts ...": a present in "-s" right
    // after a parenthesis or a relative clause closes is the subject's verb.
    const afterParenthesis = /s$/i.test(w[0]) && (/^[^,]{2,60},\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however|though|too|in\s+response|once\s+again|again|(?:which|who)\s+[^,]{2,60}),\s+$/i.test(s.slice(0, w.index)) ||
      // ... or an apposition describing a name ("Moscow, Damascus's main ally, blames Turkey").
      (!/^reports$/i.test(w[0]) && /^(?!(?:In|On|At|Since|After|Before|During|From|Yesterday|Today|Last|This|By|For|With|Under|Over|Until|Across)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+(?:(?:a|an|the)\s+|\p{Lu}[\p{L}-]*['’]s\s+)(?![^,]*\b(?:town|city|village|province|region|district|area|country|place|camp|hub|stronghold|day|week|month|year|capital)\b)[^,]{2,60},\s+$/u.test(s.slice(0, w.index))));
    // "Erdogan has set a deadline and threatened military action": a past in "-ed" after "and", which a tagger may read as an
    // adjective ("threatened species"); the coordinated form below still asks for the first verb and its subject.
    // ... and a past participle after "has" and an adverb ("has always rejected such accusations"), which a tagger may read the same.
    const coordinatedPast = /ed$/i.test(w[0]) && (/\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$/i.test(s.slice(0, w.index)) || /\s(?:has|have|had)\s+(?:always|never|long|repeatedly|consistently|previously|already|also|again|since|often)\s+$/i.test(s.slice(0, w.index)));
    // "The UN counts 690,000 displaced": a present in "-s" after a name and before a figure, however a tagger reads it.
    const countsAFigure = /^(?:counts|estimates|reckons|puts)$/i.test(w[0]) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(s.slice(0, w.index)) && /^\s+(?:(?:about|around|some|at\s+least|more\s+than|nearly|almost|over|roughly)\s+)?\d/i.test(s.slice(w.index + w[0].length));
    if (!ts.includes('Verb') && !progressive && !countsAFigure && !claimsTo && !vowsTo && !verbBeforeThat && !describesAs && !sayThat && !afterParenthesis && !ruledThat && !voiced && !coordinatedPast && !deniesThat && !/^(?:said|told|says)$/i.test(w[0])) continue;
    if (/^quoted$/i.test(w[0]) && /^\s+by\b/i.test(text.slice(at + w[0].length))) continue;
    // "A former manager accused of stealing ... has been cleared": a participle after its noun, the one accused, not accusing,
    // when no other reporting verb follows ("The man accused of killing the mayor said ..." stays the man's).
    if (/^accused$/i.test(w[0]) && /^\s+of\s/i.test(text.slice(at + w[0].length)) && /\p{L}\s+$/u.test(s.slice(0, w.index)) && !/\b(?:has|have|had|also|then|and|who|which|that)\s+$/i.test(s.slice(0, w.index)) && !SPEECH_WORD.test(s.slice(w.index + w[0].length))) continue;
    // "The storm claimed 40 lives", "She dismissed her chief of staff": a verb in its other sense, no statement.
    if (OTHER_SENSE.test(`${w[0]}${s.slice(w.index + w[0].length, w.index + w[0].length + 60)}`)) break;
    // "The ADF seldom claims its attacks": what a speaker seldom does is no statement; "X reports from Reyhanli." is a
    // reporter's sign-off.
    if (/\b(?:seldom|rarely|hardly)\s+$/i.test(s.slice(0, w.index))) break;
    // "The army has not commented on the filing", "None of the papers reported the convoy": a silence, in the outlet's voice.
    if (/^(?:commented|comments|comment|responded|reported)$/i.test(w[0]) && /\b(?:not|never|yet\s+to)\s+(?:\p{Ll}+ly\s+)?$|n['’]t\s+$/iu.test(s.slice(0, w.index))) continue;
    // "Israel, as is its habit, said nothing", "Damascus has said nothing about its own losses", "Damascus has acknowledged no
    // losses": a silence too (docs/annotating.md: DENIED, no claimant).
    if (/^(?:said|says)$/i.test(w[0]) && /^\s+nothing(?:\s+(?:more|publicly|in\s+public|so\s+far|since|yet))?\s*(?:[.,;!]|$|(?:about|of\s+(?:any|its|his|her|their))\s)/i.test(s.slice(w.index + w[0].length))) continue;
    if (/^(?:said|says|acknowledged|acknowledges|confirmed|confirms|disclosed|discloses|announced|announces|admitted|admits)$/i.test(w[0]) && /\b(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?$/i.test(s.slice(0, w.index)) && /^\s+(?:so\s+far\s+|yet\s+)?(?:nothing|no\s+(?!one\b|doubt\b)\p{Ll}+(?:\s+\p{Ll}+)?)\s*(?:[.,;!]|$|(?:about|on|of|for|in|at|from|since|so\s+far|yet)\s)/iu.test(s.slice(w.index + w[0].length))) continue;
    if (/^report(?:s|ed|ing)?$/i.test(w[0]) && /^\s+from\s+(?!.*\b(?:that|how|on|about|what)\b)[^,;:“”"]{2,60}?[.!]?\s*$/u.test(s.slice(w.index + w[0].length))) continue;
    // ... also with where that is: "Oliver Quant reports from Hatay, on the Turkish side of the border."
    if (/^report(?:s|ed|ing)?$/i.test(w[0]) && /^\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+(?!.*\b(?:that|how|about|what)\b)[^,;:“”"]{2,60}?[.!]?\s*$/u.test(s.slice(w.index + w[0].length))) continue;
    // Right after a determiner a participle is an adjective ("The stressed engineers left", "the reported clashes"), and
    // after a preposition a plural is a noun ("in remarks carried by SANA", "with hints of").
    if (/^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|many)\s+$/i.test(s.slice(0, w.index))) continue;
    if (/(?:^|\s)(?:in|of|with|for|by|on|at|after|before|from|about|into|despite|amid)\s+$/i.test(s.slice(0, w.index))) continue;
    // "rejected as groundless claims that ...": the plural noun a dismissal names, after "as" and its adjective.
    if (/^(?:claims|reports|states|notes)$/i.test(w[0]) && /\bas\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+$/u.test(s.slice(0, w.index))) continue;
    // "He repeated that ...", "she repeated her call for ...": repeating words; "troops repeated the drill" is no statement.
    if (/^repeat/i.test(w[0]) && /\b(?:was|were|is|are|been|being)\s+$/i.test(s.slice(0, w.index))) continue;
    if (/^repeat/i.test(w[0]) && !/^(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|again|this\s+week|on\s+Twitter|in\s+[A-Z][\w'’-]+))*\s+(?:that\b(?!\s+(?:evening|morning|night|day|afternoon|week|weekend|month|year|time|same|summer|winter|spring|autumn)\b)|(?:his|her|its|their)\s+(?:call|calls|warning|warnings|demand|demands|pledge|claim|claims|threat|threats|accusation|accusations|denial|offer|appeal|position|view)\b)/i.test(text.slice(at + w[0].length))) continue;
    // The bare plural present is a noun or an infinitive after a determiner or "to" ("after a dispute over ...", "an app
    // used to report them"); a verb only after its subject.
    // ... not the "to" of a relative clause without "who" ("Rebels I've spoken to insist ...").
    if (OPENING_ONLY_RE.test(w[0]) && !/^thinks$/i.test(w[0]) && /(?:^|\s)(?:a|an|the|to|this|that|its|their|his|her|our|of|in|over|any|no|each|every|new|latest|weekly|daily|annual|official)\s+$/i.test(s.slice(0, w.index)) && !/\b(?:I|we|he|she|they)(?:['’]ve|['’]d)?\s+(?:have\s+|had\s+)?(?:spoken|talked|spoke)\s+to\s+$/.test(s.slice(0, w.index))) continue;
    // A plural noun of the same spelling as a verb, with the sentence's verb after it: "Casualty counts mostly come from ...",
    // "Official estimates vary", "Reports were ...".
    if (/^(?:counts|estimates|claims|reports|notes|questions|documents|forecasts|demands|promises|pledges|states)$/i.test(w[0]) && /^\s+(?:\p{Ll}+ly\s+)?(?:are|were|have|had|come|came|vary|varied|differ|differed|show|showed|put|remain|remained|rose|fell|range|ranged|suggest|suggested|is|was|do|did|could|would|will|may|might|must|can)\b/iu.test(text.slice(at + w[0].length))) continue;
    // "Most analysts think the aim is ...": thinking is a judgement only with a clause after it and a named subject;
    // "they think of nothing else", "I think so" are no one's report.
    if (/^(?:thinks?|believe|fear)$/i.test(w[0]) && (/^\s+(?:of|about|so|twice|again|through|back|over|ahead|up|it(?!\s+(?:will|would|is|was|has|had|could|may|might|can|should|must)\b)|this|otherwise|aloud|hard|long|differently|in|for|nothing|no\s+one|nobody)\b/i.test(text.slice(at + w[0].length)) || /(?:(?:^|[\s,"“])(?:I|we|you|people)|\b(?:because|since|as|although|though|if|when|while|so|that)\s+(?:he|she|they))\s+(?:(?:still|also|now|really|just|do|did|don['’]t|didn['’]t)\s+)*$/i.test(s.slice(0, w.index)))) continue;
    if (label >= w.index) continue;
    const phrase = { start: span.start + label, end: at };
    const before = text.slice(phrase.start, phrase.end);
    // A passive ("Hollis is reported to have ...", "The toll was estimated at ..."): the subject is not the speaker.
    if (/\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu.test(before) && /^(?:said|reported|claimed|alleged|believed|estimated|announced|confirmed|denied|described|quoted|accused|blamed|expected|predicted|rejected|dismissed|urged|warned|told|declared|praised|criticised|criticized|condemned|hailed|questioned|disputed|welcomed|documented|counted|offered|proposed|defended|threatened|promised|pledged|forecast|acknowledged|admitted|echoed|stressed|emphasised|emphasized|underlined|underscored|highlighted|disclosed|mentioned|clarified|slammed|blasted|decried|deplored|lambasted|informed|advised|affirmed|reaffirmed|specified)$/i.test(w[0]) && !AS_SAYING_NEXT.test(text.slice(at + w[0].length))) {
      // ... unless the passive is inside a relative clause of the subject ("Mutharika, who was declared the winner, said"): the
      // subject's own verb comes after it.
      if (/,\s+(?:who|which)\s+[^,;:“”"]*$/i.test(before)) continue;
      break;
    }
    // A quotation first: '"...," Erdogan told a meeting' — the phrase is what follows the closing quote.
    const closing = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf("''"));
    // "The death toll keeps rising: the Observatory now counts ...": after a colon, the subject starts again.
    const colon = before.lastIndexOf(': ');
    const from = Math.max(closing >= 0 ? phrase.start + closing + 1 : phrase.start, colon >= 0 ? phrase.start + colon + 2 : phrase.start);
    const candidate = trimSpan(text, { start: from, end: phrase.end }, ',');
    // "Syria's foreign ministry called the remarks empty and said ...": the subject of the first verb says the second.
    const coordinated = COORDINATED_SUBJECT.exec(text.slice(candidate.start, candidate.end));
    // Not across a relative clause ("The army shelled Dorvik, where families hid ... and later said", "The truce that X signed
    // and said it would honour").
    let coordinatedSubject: Span | null = null;
    if (coordinated && !OPENING_ONLY_RE.test(w[0]) && !/\b(?:that|which|who|whom|where|when|whose)\b/i.test(coordinated[0])) {
      const subject = { start: candidate.start, end: candidate.start + coordinated[1]!.length };
      const verbAt = candidate.start + coordinated[0].indexOf(coordinated[2]!, coordinated[1]!.length);
      const perfect = IRREGULAR_PARTICIPLE_WORD.test(coordinated[2]!);
      if ((perfect || tags.of({ start: verbAt, end: verbAt + coordinated[2]!.length }).includes('Verb')) && nounPhrase(text, clean(text, subject), tags, 8)) coordinatedSubject = subject;
    }
    // A stretch ending in "and"/"but" with a subject and its verb before it is a clause, whatever the tagger makes of that verb
    // ("The opposition Labour Party backed the line but accused").
    const clauseBeforeAnd = !!coordinatedSubject && /\s(?:and|but)(?:\s+(?:also|then|later))?$/.test(text.slice(candidate.start, candidate.end));
    if (candidate.end > candidate.start && !clauseBeforeAnd && nounPhrase(text, clean(text, candidate), tags)) {
      // "Insurers have declared a catastrophe, the Insurance Council said.": the sentence closes on who says it; a subject
      // no actor is, with a verb of the content (declared, expect), is what the speaker reports, not the speaker.
      const closingSpeaker = closing < 0 && !/^(?:said|says|told|tells|reported|reports)$/i.test(w[0]) ? closingSaid(text, span, tags) : null;
      if (closingSpeaker && !headActor(text, clean(text, candidate), index) && !PRONOUN.test(text.slice(candidate.start, candidate.end).trim())) return make(text, closingSpeaker, 'said', index);
      return make(text, candidate, w[0], index);
    }
    if (coordinatedSubject) return make(text, coordinatedSubject, w[0], index);
    // "The deployment came a day after President Erdogan warned that ...": the speaker follows the subordinator.
    const sub = /\b(?:after|before|when|because|since|until|as|while|that|which|where|whereas|although|though)\s+(?!.*\b(?:after|before|when|because|since|until|as|while|that|which|where)\s)(.+)$/i.exec(text.slice(candidate.start, candidate.end));
    if (sub) {
      // "... since the start of March, the United Nations": the subordinate clause ends at the comma; the speaker follows it.
      const lastComma = sub[1]!.lastIndexOf(', ');
      const start = candidate.end - sub[1]!.length + (lastComma >= 0 ? lastComma + 2 : 0);
      const inner = { start, end: candidate.end };
      if (nounPhrase(text, clean(text, inner), tags, 8)) return make(text, inner, w[0], index);
    }
    if (closing < 0) break;
  }
  // A closing ", X said." (or '..." X told AFP.').
  // ", Lakeside TV, the national broadcaster, reported.": the name before its apposition speaks.
  if ((m = /,\s+(\p{Lu}[^,;:“”"]{1,40}?),\s+(?:the|a|an|its|their)\s+[^,;:“”"]{2,60}?,\s+(?:said|says|added|adds|reported|reports)\s*[.!]?["”’']*\s*$/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, phrase, tags, 6)) return make(text, phrase, 'reported', index);
  }
  // "Norden hit back within hours.": a retort; hitting back at a target, with a weapon or near a place is fighting.
  if ((m = /^(.{2,60}?)\s+(?:has\s+|had\s+)?(?:hit|hits) back(?=\s*[,.;:]|\s+(?:within|later|quickly|swiftly|immediately|angrily|sharply|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)/i.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 6)) return make(text, phrase, 'countered', index);
  }
  // "X has ruled out talks", "X sent his condolences", "X expressed concern": refusals, condolences and concerns are statements.
  // ... with an adverb before the verb ("has so far ruled out", "has flatly ruled out").
  if ((m = /^(.{2,80}?)\s+(?:has\s+|had\s+|have\s+)?(?:(?:so\s+far|until\s+now|flatly|firmly|categorically|publicly|repeatedly|already|again|also)\s+)?(?:ruled out|rules out|struck an? (?:[\w-]+ )?(?:note|tone)|sounded an? (?:[\w-]+ )?(?:note|warning|alarm)|sent (?:his|her|its|their) condolences|offered (?:his|her|its|their) condolences|expressed (?:concern|regret|hope|sorrow|solidarity|support|alarm|dismay))\b/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    // "The factory siren sounded a warning": a siren or a bell warns nobody of anything said; "The storm has ruled out repairs":
    // what rules a thing out is no speaker either.
    if (!/\b(?:sirens?|alarms?|bells?|horns?|klaxons?|whistles?|speakers?|loudspeakers?|storms?|weather|rain|snow|floods?|injury|injuries|inflation|costs?|virus|outbreak|shortages?)$/i.test(m[1]!) && nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "The Observatory gave a far lower figure", "The Met Office issued a red warning", "The minister ordered an inquiry": a
  // figure given, a warning issued and an inquiry ordered are the speaker's statements.
  if ((m = /^(.{2,120}?)\s+(?:has\s+|had\s+|have\s+)?(?:(?:gave|gives|give|offered|offers)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:figure|toll|number|estimate|tally|count)(?!\s+of\b)|(?:issued|issues|issue)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:warning|alert|statement|appeal|denial|ultimatum)|(?:ordered|orders)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:investigation|inquiry|enquiry|probe|review))s?\b/iu.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    // "Damascus never gave a number": a figure not given is a silence, in the outlet's voice.
    if (!/(?:\b(?:never|not|no\s+longer)|n['’]t)$/i.test(m[1]!) && nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, 'said', index);
  }
  // "It made the pledge in a statement", "The ministry made the offer after ...": making a statement is saying it.
  if ((m = /^(.{2,80}?)\s+(?:has\s+|had\s+|have\s+)?(?:made|makes|make)\s+(?:the|its|his|her|their|this|that|these|those|a|an)\s+(?:same\s+|new\s+|latest\s+)?(pledge|promise|offer|claim|remarks?|comments?|statement|announcement|threat|accusation|appeal)s?\b/i.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags)) return make(text, phrase, /^threat$/i.test(m[2]!) ? 'threatened' : /^accusation$/i.test(m[2]!) ? 'accused' : 'said', index);
  }
  // ", the monitor's head, Samir Aoun, said.": the name in apposition to a description speaks.
  if ((m = /,\s+(?:the|a|an|its|their)\s+[^,;:“”"]{2,60}?,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?\p{Lu}[\p{L}'’-]+){1,3})(?:,\s+\d{1,3})?,\s+(?:(?:also|later|earlier|again|then)\s+)?(said|says|added|adds|announced|announces|confirmed|confirms|reported|reports|wrote|writes|noted|notes|explained|insisted|warned|stated|declared|told\s+[\p{L}\s]{2,30}?)(?:\s+(?:by\s+(?:tele)?phone|in an interview|in a (?:written |short )?statement|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?(?:,\s+(?:adding|saying)\s.*?)?\s*[.!]?["”’']*\s*$/u.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, phrase, tags, 5)) return make(text, phrase, 'said', index);
  }
  // A closing speaker with a relative clause of its own: "..., Omar Haddad, who runs the ferry office, told Valley Radio.",
  // "..., the Monitor, which has a network of sources, said."
  if ((m = /,\s+((?:the\s+)?\p{Lu}[^,;:“”"]{1,50}?),\s+(?:who|which)\s+[^,;:“”"]{2,80}?,\s+(?:said|says|added|adds|told\s+[^,;:“”"]{2,40}?|reported|reports|wrote|writes)\s*[.!]?["”’']*\s*$/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, phrase, tags, 6)) return make(text, phrase, 'said', index);
  }
  // A sentence closing on a plural present read only at its very end: "..., Turkish officials concede.", "..., aid groups warn."
  if ((m = CLOSING_OPENING_ONLY.exec(s)) && !/^(?:I|we|you|it|that|this|which|who)$/i.test(m[1]!.trim())) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    // Only people (or a known actor) concede or warn: "early results suggest", "more than most landlords admit" name no one.
    const last = m[1]!.trim().split(/\s+/).pop()!.toLowerCase();
    if ((GROUP_NOUNS.has(last) || index.resolve(text, clean(text, phrase), 'actor')?.entity) && nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'said', index);
  }
  // "..., by the count of the Observatory", "on the Observatory's figures", "going by pictures released by SANA", "SANA has it
  // that ...": whose count, figures or pictures the sentence goes by. "By the paper's count" keeps its "the", for extract.ts
  // to read as the paper named before.
  if ((m = /\bby\s+the\s+(?:count|tally|reckoning|estimate|figures)\s+of\s+([^,;:“”"]{2,80}?)(?=\s*[,.;!]|\s*["”’']*\s*$)/iu.exec(s)) || (m = /(?:(?:^|,\s+|\b(?:and|but)\s+)(?:on|going\s+by|judging\s+by)|\bby)\s+(?:the\s+(?!(?:paper|newspaper|daily|weekly)['’]))?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+\w+|this\s+\w+|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)([^,;:“”"]{2,60}?)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figures|count|tally|numbers|estimates?|data)\b/iu.exec(s)) || (m = /\b(?:[Gg]oing|[Jj]udging)\s+by\s+(?:the\s+)?(?:pictures|images|footage|video|videos|photos|photographs|figures|reports?)\s+(?:released|published|issued|broadcast|aired|posted|shown)\s+by\s+([^,;:“”"]{2,60}?)(?=\s*[,.;!]|\s*["”’']*\s*$)/u.exec(s)) || (m = /^(?!(?:(?:the|one|another|a|an|local|popular|conventional|received|official)\s+)?(?:legend|rumou?r|gossip|tradition|folklore|word|story|stories|lore|wisdom|version|account|theory|myth|joke|thinking|logic|saying|tale|narrative|line)\b)([^,;:“”"]{2,60}?)\s+has\s+it\s+that\s/iu.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 10)) return make(text, phrase, 'according to', index);
  }
  // "The Turkish defence ministry's figure is seven soldiers", "The Observatory's toll stands at 300": whose figure it is.
  if ((m = /^((?:[Tt]he\s+)?[^,;:“”"]{2,60}?)['’]s?\s+(?:own\s+|latest\s+|official\s+|civilian\s+)?(?:figure|count|tally|toll|death\s+toll|estimate)(?:\s+(?:since|for|of)\s+[^,;:“”"]{1,80}?)?\s+(?:now\s+|currently\s+)?(?:is|was|stands\s+at|stood\s+at|has\s+risen\s+to|rose\s+to|reached)\b/u.exec(s))) {
    const phrase = { start: span.start + m.index, end: span.start + m.index + m[1]!.length };
    // "Northland's death toll rose to 40": a toll of a country or a place is that place's dead, not its count.
    const owner = index.link(text, phrase).filter((x) => x.entity && x.end >= phrase.end - 1).pop()?.entity;
    const ofPlace = !!owner && (owner.type === 'place' || owner.kind === 'STATE');
    // A source closing the sentence gave the toll ("The storm's toll ... stands at 52, officials said"): read below.
    const closingSource = /,\s+[^,;:“”"]{2,60}?\s+(?:said|says|reported|reports|added|told\s+[^,.]{2,30})\s*[.!]?["”’']*\s*$/u.test(s);
    if (!(ofPlace || countryOf(m[1]!.replace(/^the\s+/i, ''))) && !closingSource && nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'according to', index);
  }
  // "In the ministry's view, ...", "In Ankara's telling, ..." (a name's), "In the view of X, ...", "As X put it, ...", "Per the Monitor,
  // ...", "..., per the Monitor.": whose view or count the sentence gives.
  if ((m = /^(?:In\s+(?:the\s+)?([^,;:“”"]{2,60}?)['’]s?\s+(?:view|opinion|assessment|estimate|estimation|account|reckoning)|In\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})['’]s?\s+telling|In\s+the\s+(?:view|opinion|assessment|estimation)\s+of\s+([^,;:“”"]{2,60}?)|As\s+([^,;:“”"]{2,60}?)\s+(?:put\s+it|said|says|noted|notes|warned|warns|told\s+[^,;:“”"]{2,30}?)|Per\s+([^,;:“”"]{2,60}?)),\s+\S/u.exec(s)) || (m = /,\s+per\s+()()()()((?!(?:cent|capita|day|year|hour|person|head|month|week|annum|se)\b)[^,;:“”"]{2,60}?)\s*[.!]?["”’']*\s*$/u.exec(s))) {
    const who = m[1] || m[2] || m[3] || m[4] || m[5]!;
    const start = span.start + m.index + m[0].indexOf(who, m[0].search(/\s/));
    // "per X" is "according to X", and its source may come through a medium ("per officials quoted in Hurriyet").
    return make(text, { start, end: start + who.length }, m[5] ? 'according to' : 'said', index);
  }
  // '"The dam will hold" – Omar Haddad.': a quotation signed with a dash.
  if ((m = /["”’]\s*[–—]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*\.?\s*$/u.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'said', index);
  }
  // "..., in its words.", "..., in the words of the UN envoy.": whose words the sentence gives.
  if ((m = /,?\s+in\s+(its|his|her|their)\s+(?:own\s+)?words\s*[.!]?["”’']*\s*$/i.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 3);
    return { phrase: { start, end: start + m[1]!.length }, claimant: null, via: null, verb: 'said', pronoun: true };
  }
  if ((m = /,?\s+in\s+the\s+words\s+of\s+([^,;:“”"]{2,80}?)\s*[.!]?["”’']*\s*$/i.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'said', index);
  }
  // "..., if the Turkish press is to be believed.": the source the outlet leaves the claim with.
  if ((m = /,?\s+if\s+([^,;:“”"]{2,60}?)\s+(?:is|are)\s+to\s+be\s+believed\s*[.!]?["”’']*\s*$/i.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'claimed', index);
  }
  // ", he went on.", ", she continued.": closing a sentence after a comma, the speaker carrying on.
  if ((m = /,\s+(he|she|they|it)\s+(?:went\s+on|continued)\s*[.!]?["”’']*\s*$/i.exec(s)) && !FRONTED.test(s.trim())) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 1);
    return make(text, { start, end: start + m[1]!.length }, 'said', index);
  }
  // "..., his team, Roush Fenway Racing, says": a description and the name in apposition to it; the name speaks.
  if ((m = APPOSED_NAME_CLOSING.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'said', index);
  }
  // A voice after the quotation that ends the sentence, when the quotation opened in a sentence before ('"Thirteen are dead.
  // Who answers for that?" she asked.').
  if ((m = CLOSING_VOICE.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 2);
    const phrase = { start, end: start + m[1]!.length };
    if (/^(?:he|she|they)$/i.test(m[1]!) || nounPhrase(text, clean(text, phrase), tags, 16)) return make(text, phrase, 'said', index);
  }
  // A passive clause before it ("1,500 people were told to leave ..., the service said") is passed over for the next comma.
  for (let from = 0, tries = 0; tries < 60; tries++) {
    // An apostrophe inside a word ("Northland's army") closes no quotation.
    const at = s.slice(from).search(/[,”"—]|(?<!\p{L})['’]|['’](?!\p{L})/u);
    if (at < 0) break;
    CLOSING_SPEAKER.lastIndex = from + at;
    m = CLOSING_SPEAKER.exec(s);
    // "..., the Organization of American States said": a capitalised word after a name is part of it, not the verb; the
    // verb is the lower-case one after it.
    if (m && /^\p{Lu}\p{Ll}+$/u.test(m[2]!) && /\p{Lu}[\p{L}'’.-]*(?:\s+of)?$/u.test(m[1]!.trim())) {
      CLOSING_SPEAKER_LOWER.lastIndex = from + at;
      m = CLOSING_SPEAKER_LOWER.exec(s);
    }
    from += at + 1;
    if (!m) continue;
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    // ", it was reported": a passive names no speaker.
    const passive = /\b(?:is|are|was|were|been|being)$/i.test(m[1]!.trim());
    // ", which said ...": a relative pronoun is its antecedent's; the speaker is named elsewhere ("according to X, which said").
    if (/^(?:which|who)$/i.test(m[1]!.trim())) continue;
    // A personal pronoun is a speaker whatever the tagger reads it as after a quotation ('"We know the money went," it said.').
    if (!passive && (/^(?:he|she|it|they)$/i.test(m[1]!.trim()) || nounPhrase(text, clean(text, phrase), tags, 16))) return make(text, phrase, m[2]!, index);
    if (!passive) break;
  }
  // "... died on Thursday (Monitor).": a known source in brackets closing the sentence is its speaker.
  if ((m = /\((?:the\s+)?(\p{Lu}[^()]{1,60})\)\s*[.!]?["”’']*\s*$/u.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    const head = headActor(text, phrase, index);
    if (head && head.entity.kind !== 'PERSON' && text.slice(phrase.start, phrase.end).split(/\s+/).length <= 6 && !/\d/.test(m[1]!)) return make(text, phrase, 'according to', index);
  }
  // "by the Monitor's count", "By UN estimates, ...": the author of the count, in a phrase of its own (opening the sentence or
  // after a comma), so that what merely causes something ("inflated by optimistic revenue estimates") names no one.
  if ((m = /(?:^|[,;]\s*)by\s+((?:the\s+)?[^,;:“”"]{2,60}?)(?:['’]s?\s+(?:own\s+|latest\s+|last\s+)?(?:count|tally|reckoning|estimates?|figures|account)|\s+(?:count|tally|estimates?|figures))\b/i.exec(s)) && !/\d/.test(m[1]!) && !/^(?:the|a|an|this|that|his|her|its|their|our)$/i.test(m[1]!.trim())) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, m[0].search(/by\s/i) + 2);
    const phrase = { start, end: start + m[1]!.length };
    if (nounPhrase(text, clean(text, phrase), tags, 8)) return make(text, phrase, 'according to', index);
  }
  // "according to X"
  // "according to a statement from the army", "according to figures released by the ministry", "according to shipping data
  // compiled by Reuters": the author.
  if ((m = /\baccording to\s+(?:a|an|the|its|their|his|her|new|latest|official|preliminary|\s)*(?:[a-z-]+\s+(?=data\s+(?:compiled\s+|gathered\s+|published\s+|released\s+)?by\b))?(?:statement|report|figures|data|estimates?|tally|count|toll|count)\s+(?:from|by|issued by|released by|published by|compiled by|gathered by|of)\s+([^,;.]{2,100})/i.exec(s))) {
    const start = span.start + m.index + m[0].lastIndexOf(m[1]!);
    return make(text, { start, end: start + m[1]!.length }, 'according to', index);
  }
  // "according to UN figures", "according to the Monitor's latest estimates", "according to police figures": the author named
  // before its figures.
  if ((m = /\b[Aa]ccording to\s+(?:the\s+)?((?:\p{Lu}[\p{L}.&-]*)(?:\s+\p{Lu}[\p{L}.&-]*){0,4}?|police|army|military|government|hospital|(?:health|interior|defen[cs]e)\s+ministry|ministry)(?:['’]s)?\s+(?:(?:own|latest|new|official|preliminary|updated)\s+)*(?:figures|data|estimates?|statistics|count|tally|numbers)\b/u.exec(s)) && !WEEKDAY_OR_MONTH.test(m[1]!)) {
    const start = span.start + m.index + m[0].indexOf(m[1]!, 'according to'.length);
    return make(text, { start, end: start + m[1]!.length }, 'according to', index);
  }
  if ((m = ACCORDING_TO.exec(s))) {
    const start = span.start + m.index + m[0].indexOf(m[1]!);
    const phrase = { start, end: start + m[1]!.length };
    // A document in lower case is no source of its own ("according to data from ..."); a name is ("the Yemen Data Project").
    if (!/\b(?:statement|report|data|figures|estimate)\b/.test(m[1]!) && !RULE_NOT_SOURCE.test(m[1]!)) return make(text, phrase, 'according to', index);
  }
  // A speaker's label over its words, as explainers and live pages print them: "Kremlin: Ankara has failed to ...",
  // "Foreign ministry source, via the agency: the threats are empty". Only a known actor or a speaker noun is a label;
  // "Update:", "Key figures:" are not.
  if (!what && (m = /^([^:;“”"]{2,60}?)(?:,\s+via\s+[^:;“”"]{2,40})?:\s+\S/u.exec(s)) && m[1]!.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(m[1]!) && s.slice(m[0].length - 1).split(/\s+/).length >= 4) {
    const phrase = { start: span.start, end: span.start + m[1]!.length };
    const head = headActor(text, clean(text, phrase), index);
    if (head || /\b(?:source|sources|spokes(?:man|woman|person)|minister|ministry|official|officials|president|army|military|government|police)$/i.test(m[1]!.trim())) return make(text, phrase, 'said', index);
  }
  return what;
}

/**
 * The speaker a sentence closes on, named and not a bare role: ", the Insurance Council of Northland said.", ", the bureau added.",
 * ", Kovacs told reporters." The words after the verb may only be a short indirect object.
 */
function closingSaid(text: string, span: Span, tags: Tags): Span | null {
  const s = text.slice(span.start, span.end);
  const m = /,\s+((?:the|a|an)\s+[^,;:“”"]{2,60}?|\p{Lu}[^,;:“”"]{1,60}?)\s+(?:said|says|added|adds|told\s+(?:\p{L}+\s+){0,2}\p{L}+)(?:\s+(?:in|on|at)\s+[^,;.“”"]{1,40}?)?(?:,\s+(?:adding|saying|allowing|noting|which|while)\b[^“”"]*?)?\s*[.!]?["”’']*\s*$/u.exec(s);
  if (!m) return null;
  const words = m[1]!;
  // A named speaker (a capitalised word after the first), or a definite description that refers back ("the bureau").
  if (!/\s\p{Lu}/u.test(words) && !/^the\s+\p{Ll}[\p{L}-]*$/u.test(words) && !/^\p{Lu}[\p{L}'’-]+$/u.test(words)) return null;
  const start = span.start + m.index + m[0].indexOf(words);
  const phrase = { start, end: start + words.length };
  return nounPhrase(text, clean(text, phrase), tags) ? phrase : null;
}

/** Resolves "he", "it", "the website" to the last claimant named before. */
export function resolvePronoun(attribution: Attribution, text: string, history: EntityRef[], as?: string): EntityRef | null {
  if (!attribution.pronoun && !as) return attribution.claimant;
  const word = as ?? text.slice(attribution.phrase.start, attribution.phrase.end).toLowerCase();
  const personal = word === 'he' || word === 'she';
  for (let i = history.length - 1; i >= Math.max(0, history.length - 4); i--) {
    const e = history[i]!;
    if (personal ? e.kind === 'PERSON' : e.kind !== 'PERSON') return e;
  }
  return null;
}

const QUOTATION = /[“"]([^“”"]+)[”"]|''([^']+)''/g;

/**
 * Whether a statement says that something did not happen or was not said:
 * "did not confirm", "no casualties were reported", "declined to comment",
 * "none of its soldiers had been hurt". A condition ("if ... had not pulled
 * back") and "not only" are not negations of the statement.
 */
export function negated(words: string): boolean {
  const plain = words
    .replace(/\bif\b[^,;.]*/gi, ' ')
    .replace(/\b(?:who\s+)?(?:asked|requested|spoke on condition)\s+not\s+to\s+be\s+(?:named|identified)\b|\bnot\s+authori[sz]ed\s+to\s+(?:speak|talk|brief)\b/gi, ' ')
    .replace(/\bnot only\b|\bwhether or not\b|\bno (?:doubt|more than|fewer than|less than|matter)\b|\bnot least\b|\bnot far\b/gi, ' ');
  return /\b(?:not|never|none|nobody|nothing|neither|nor)\b|n['’]t\b|\bno\s+\p{L}|\b(?:declined|refused|failed)\s+to\s+(?:comment|confirm|say|acknowledge|respond)\b|\bwithout\s+(?:comment|confirm\w*)\b/iu.test(plain);
}

/**
 * The modality of a claim from its reporting verb and its words. `speech`:
 * the words are a quotation whose speaker is known (a soundbite under its
 * header), whatever marks they carry. `voiced`: the words are a labelled
 * speaker's own lines (a reporter's on a transcript), REPORTED unless quoted.
 */
export function modalityOf(text: string, spans: Span[], attribution: Attribution | null, future: boolean, speech = false, voiced = false): Modality {
  const words = spans.map((s) => text.slice(s.start, s.end)).join(' ');
  const verb = attribution?.verb ?? '';
  // `voiced`: a speaker's own lines under their label (turns.ts), or a part of a figure carried from the sentence before
  // (extract.ts): reported in their voice but not quoted.
  const attributed = !!attribution || speech || voiced;
  if (/^(?:threaten|warn|vow)/.test(verb) || /\bthreat(?:en)?(?:ed|s)?\b/i.test(words) || (attributed && /\b(?:will|would)\b/i.test(words) && /\bif\b/i.test(words))) return 'THREATENED';
  // A refusal to let something pass is a threat: "will not leave any attack unanswered", "would not allow the posts to be overrun".
  if (attributed && (/\b(?:will|would|shall)\s+not\s+(?:allow|tolerate|accept|let|leave|stand by|hesitate)\b/i.test(words) || /\bunanswered\b|\bpay a (?:heavy |high )?price\b|\b(?:even )?stronger response\b/i.test(words))) return 'THREATENED';
  if (/^(?:accuse|blame|allege)/.test(verb) || /\baccus(?:ed|es|ing)\b/i.test(words)) return 'ALLEGED';
  if (/^(?:den|dismiss|reject)/.test(verb)) return 'DENIED';
  if (negated(words)) return 'DENIED';
  const quoted = speech || [...words.matchAll(QUOTATION)].some((q) => (q[1] ?? q[2] ?? '').trim().split(/\s+/).length >= 3) || (attributed && /^["“]/.test(words.trim()) && words.split(/\s+/).length >= 3);
  // A time after the publication date is only valid for a threat or a prediction.
  if (future) return 'PREDICTED';
  if (!quoted && /\b(?:will|is likely to|are likely to|(?:is|are|was|were) expected to)\b/i.test(words)) return 'PREDICTED';
  // What someone says will happen: "a delegation would go to Moscow in the coming days", "contacts would continue".
  if (attributed && !quoted && /\bwould\s+(?!have\b|not\b)\p{L}+/iu.test(words)) return 'PREDICTED';
  if (attributed) return quoted ? 'QUOTED' : 'REPORTED';
  return 'ASSERTED';
}

/**
 * Claim units: a sentence cut where it joins statements that stand on their
 * own, so each claim quotes the words that say it. Cuts are made at a
 * coordinating ", but" and at ";", before a non-restrictive ", which"
 * clause, an "as" clause with its own subject ("as Turkey sends more
 * reinforcements"), ", with X saying", ", saying"/", adding" (which keep the
 * sentence's subject as a second span), ", a day after ...", ", while ...",
 * ", a claim that ...".
 * Never inside a quotation. Appositions that state a fact of their own
 * ("Saraqib, a town of 110,000 residents", "Idlib — the last rebel bastion
 * in Syria —", "A main backer of the armed Syrian opposition, Turkey") become
 * units too, overlapping the sentence they stand in.
 */
import type { EntityMention } from './entities.js';
import { QUOTING_GERUNDS, REBUTTAL } from './attribution.js';
import { contains, OF_WHICH, tokenize, trimSpan, type Span, type Tags, type Token } from './text.js';

export interface Unit {
  /** Evidence spans in text order (two when the unit keeps its sentence's subject). */
  spans: Span[];
  /** Where the unit's own words lie (quantities and times are read here). */
  body: Span;
  kind: 'sentence' | 'clause' | 'relative' | 'appositive';
  /** For an apposition: the entity it describes. */
  about?: EntityMention;
  /** The apposition describes the sentence's opening noun phrase. */
  ofSubject?: boolean;
  /** The apposition stands between dashes. */
  dash?: boolean;
}

const AS_CLAUSE = new RegExp(String.raw`(?:,\s+|\s+)(as)\s+(?!(?:well|opposed|soon|part|long|much|many|far|such|if|though|possible|usual|expected|follows|a|an|of|to|for|in|on|the\s+\w+\s+of|${QUOTING_GERUNDS})\b)`, 'gi');
const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i;
/** A verb that gives a thing a name or a quality ("called the remarks empty and disconnected"): what follows "and" is another. */
const NAMING_VERB = /^(?:called|calls|branded|brands|described|describes|termed|terms|labelled|labeled|dubbed)$/i;
/** Giving a figure in the present, a source's own verb in a clause of its own. */
const FIGURE_VERB = /^(?:counts|puts|estimates|reckons)$/i;
const SPEECH_VERB = /^(?:said|says|say|told|tells|added|adds|warned|warns|reported|reports|announced|stated|claimed|claims|insisted|declared)$/i;
const QUOTE_PAIRS: Array<[RegExp]> = [[/“[^”]*”/g], [/"[^"]*"/g], [/''[^']*''/g], [/‘[^’]*’(?!\w)/g]];

function quotations(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  for (const [re] of QUOTE_PAIRS) for (const m of slice.matchAll(re)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  // A quotation opened in an earlier sentence ('But even if ..., we will do what is necessary," he said.')
  // or closed in a later one: an unpaired mark opens or closes a quotation at the sentence's edge.
  const closers = [...slice.matchAll(/”|(?<=[\p{L}\p{N}.,!?…'])"(?=[\s,.;:]|$)|''/gu)];
  const openers = [...slice.matchAll(/“|(?<=^|[\s(])"(?=[\p{L}\p{N}.'‘])/gu)];
  if (closers.length > openers.length) {
    const first = closers[0]!;
    out.push({ start: span.start, end: span.start + first.index + first[0].length });
  } else if (openers.length > closers.length) {
    out.push({ start: span.start + openers[openers.length - 1]!.index, end: span.end });
  }
  return out;
}

/** Auxiliaries and copulas are finite whatever a tagger makes of them ("The shelling has killed": not a plural noun). */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|shall|should|must|does|did|do)$/i;
/** A token that carries a clause's tense: an auxiliary, or a verb that is not a gerund, an infinitive or a participle. */
export const finiteVerb = (tags: Tags, t: Token) => {
  if (AUXILIARY.test(t.text)) return true;
  const ts = tags.of(t);
  return ts.includes('Verb') && !ts.includes('Gerund') && !ts.includes('Infinitive') && !ts.includes('Participle') && !/-/.test(t.text);
};
const wordCount = (text: string, span: Span) => text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The sentence's opening noun phrase (and any fronted adverbial): everything before its first finite verb. */
export function subjectOf(text: string, sentence: Span, tags: Tags): Span | null {
  const tokens = tokenize(text, sentence);
  for (const t of tokens.slice(0, 25)) {
    if (finiteVerb(tags, t) && !/^(?:based|led|backed)$/i.test(t.text)) {
      const s = trimSpan(text, { start: sentence.start, end: t.start }, ',');
      return s.end > s.start ? s : null;
    }
  }
  return null;
}

interface Cut {
  /** Where the left part ends (before the comma). */
  leftEnd: number;
  /** Where the right part starts. */
  rightStart: number;
  type: 'plain' | 'which' | 'subject';
}

/**
 * The outlet's comment resuming what it reports in a noun, with a clause of its own: "a step Washington has pressed for",
 * "a move its neighbours oppose". Whoever the clause names did not say the sentence; the comment is the outlet's.
 */
export const RESUMPTIVE = /^(?:a|an)\s+(?:(?:rare|first|further|major|key|long-awaited|controversial|symbolic)\s+)?(?:step|move|decision|measure|demand|change|concession|gesture|departure|shift|reversal|u-turn|break|precedent)\s+(?!(?:of|in|on|for|to|towards|toward|by|and|or)\b)\S/iu;
/** ", all of which he denies": a relative clause opening on its own subject (a pronoun, a determiner or a name). */
const OF_WHICH_CLAUSE = new RegExp(`,\\s+(${OF_WHICH})\\s+(?=(?:he|she|they|it|we|I|the|its|his|her|their|\\p{Lu})\\b)`, 'gu');
const RESUMPTIVE_AFTER_COMMA = new RegExp(`,\\s+(${RESUMPTIVE.source.slice(1)})`, 'giu');

/** A circumstance with a noun subject of its own: "after troops pushing west from Aleppo met ...", "when the rebels fled". */
export const CIRCUMSTANCE = /^(?:after|when|before)\s+(?!(?:\p{Ll}+ing|they|it|he|she|we|I|its|his|her|their)\b)(?:the\s+)?\p{L}[\p{L}-]*\s+(?:\p{Ll}+ing\b|\p{Ll}+(?:ed|ook|et|ot|ell|ame|ent|an)\b)/u;
const CIRCUMSTANCE_AFTER_COMMA = new RegExp(`,\\s+(${CIRCUMSTANCE.source.slice(1)})`, 'gu');

/** What a place or a body is, in apposition: "a crossroads town where ...", "the road that ...", "a monitor based in Britain". */
export const APPOSED_THING = /^(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:town|city|village|road|highway|motorway|crossroads|hub|junction|district|province|region|capital|port|crossing|enclave|stronghold|monitor|observatory|watchdog)(?:\s+(?:where|(?:that|which)\s+(?:links|linked|connects|connected|runs|ran|leads|led|joins|joined|lies|lay|sits|sat|is|was|borders|bordered|straddles|overlooks)|based|on|in|near|of|east|west|north|south|home|whose|linking|connecting|just|some|about)\b[^,;“”"]*)?$/iu;
/** "Syria's second city", "the country's commercial capital". */
export const APPOSED_CITY = /^(?:\p{Lu}[\p{L}'’-]*|the\s+(?:country|region|province))['’]s?\s+(?:second|third|largest|biggest|main|former|commercial|economic|northern|southern)\s+(?:city|town|port|capital|hub)$/u;

export function splitUnits(text: string, sentence: Span, tags: Tags, mentions: EntityMention[], quantities: Span[] = []): Unit[] {
  const s = text.slice(sentence.start, sentence.end);
  const quotes = quotations(text, sentence);
  const inQuote = (at: number) => quotes.some((q) => q.start < at && at < q.end);
  const tokens = tokenize(text, sentence);
  const tokenAt = (at: number) => tokens.find((t) => t.start >= at);
  const tokensFrom = (at: number, n: number) => tokens.filter((t) => t.start >= at).slice(0, n);
  const untilComma = (at: number, n: number) => {
    const out: Token[] = [];
    for (const t of tokensFrom(at, n)) {
      if (t.text === ',' || t.text === ';' || t.text === '—') break;
      out.push(t);
    }
    return out;
  };

  const cuts: Cut[] = [];
  const add = (m: RegExpMatchArray, word: string, type: Cut['type'] = 'plain') => {
    const at = sentence.start + m.index! + m[0].indexOf(word);
    if (inQuote(at)) return;
    cuts.push({ leftEnd: sentence.start + m.index!, rightStart: at, type });
  };
  for (const m of s.matchAll(/,\s+(but|while|whereas)\s/gi)) add(m, m[1]!);
  // "..., where aid workers say shelter is scarce": a place's clause with a speaker of its own.
  for (const m of s.matchAll(/,\s+(where)\s/gi)) {
    if (untilComma(sentence.start + m.index! + m[0].length, 8).some((t, i) => i > 0 && SPEECH_VERB.test(t.text))) add(m, m[1]!);
  }
  // ", so it is likely to ...": a consequence with a clause of its own.
  for (const m of s.matchAll(/,\s+(so)\s/gi)) {
    if (untilComma(sentence.start + m.index! + m[0].length, 6).some((t) => finiteVerb(tags, t))) add(m, m[1]!);
  }
  for (const m of s.matchAll(/;\s+(\S)/g)) add(m, m[1]!);
  for (const m of s.matchAll(/,\s+(which)\s/gi)) add(m, m[1]!, 'which');
  // "..., all of which he denies": a relative clause with a subject of its own, who speaks for it alone.
  for (const m of s.matchAll(OF_WHICH_CLAUSE)) {
    if (untilComma(sentence.start + m.index! + m[0].length, 8).some((t) => finiteVerb(tags, t))) add(m, m[1]!, 'which');
  }
  for (const m of s.matchAll(/,\s+(saying|adding)\b/gi)) add(m, m[1]!, 'subject');
  for (const m of s.matchAll(/,\s+((?:a|one|two|three|four|five|several|few|a few|\d+)\s+(?:day|days|hours|weeks|months|years)\s+(?:after|before)|(?:days|hours|weeks|months|years|shortly|soon|just|moments)\s+(?:after|before))\b/gi)) add(m, m[1]!);
  // The outlet's comment on what it reports: ", tightening their grip on ...", ", in the most serious clash in years".
  for (const m of s.matchAll(/,\s+((?:raising|deepening|tightening|heightening|fuell?ing|escalating|marking|underscoring|highlighting|signall?ing)\s|in\s+what\s+(?:[\p{L}'’-]+\s+){1,5}?(?:calls?|called|describes?|described|terms?|termed)\s|in\s+(?:the|what\s+(?:was|is)\s+(?:the|a))\s+(?:most|first|second|third|latest|worst|biggest|largest|deadliest|heaviest|fiercest|sharpest)\s)/giu)) add(m, m[1]!);
  // ", a claim that could not be verified": the outlet's comment on what it reports.
  for (const m of s.matchAll(/,\s+((?:a|an)\s+(?:claim|assertion|account|figure|charge|allegation|version)\s+(?:that|which)\s)/gi)) add(m, m[1]!);
  // ", a charge the ministry denied": a rebuttal with a speaker of its own.
  for (const m of s.matchAll(/,\s+((?:a|an)\s)/gi)) if (REBUTTAL.test(s.slice(m.index! + m[0].length - m[1]!.length))) add(m, m[1]!);
  // ", after troops pushing west from Aleppo met units ...": a circumstance with a subject of its own is a clause of its own.
  for (const m of s.matchAll(CIRCUMSTANCE_AFTER_COMMA)) add(m, m[1]!);
  // ", a step Washington has pressed for", ", a move its neighbours oppose": the outlet's comment, resuming what it reports in a noun.
  for (const m of s.matchAll(RESUMPTIVE_AFTER_COMMA)) add(m, m[1]!);
  // ", a claim Valley Radio could not verify": the outlet's own check, with its name in the clause.
  for (const m of s.matchAll(/,\s+((?:a|an)\s+(?:claim|assertion|account|figure|charge|allegation|version)\s+(?:[\p{L}\d&.'’-]+\s+){1,4}(?:could\s+not|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been\s+able\s+to)\s+(?:independently\s+)?(?:verify|confirm|check|corroborate)\b)/giu)) add(m, m[1]!);
  // ", without giving details", ", without saying whether ...": what a speaker left out, in the outlet's voice.
  for (const m of s.matchAll(/,\s+(without\s+(?:giving|offering|providing|saying|specifying|elaborating|explaining|disclosing|naming|revealing|going\s+into)\b)/gi)) add(m, m[1]!);
  // ", far fewer than the president's figure", ", well below the army's own count": the outlet sets one figure against another.
  for (const m of s.matchAll(/,\s+((?:(?:far|much|well|many|slightly|considerably|substantially)\s+)?(?:fewer|more|less|lower|higher|greater|smaller|below|above)\s+(?:than\s+)?(?:the\s+|an?\s+)?[^,;.“”"]{0,60}?\b(?:figure|count|tally|estimate|toll|number|total|claim)s?\b)/giu)) add(m, m[1]!);
  // ", the town where the M4 and M5 meet.", ", the road that links Damascus with Aleppo, Syria's second city.": appositions at
  // the sentence's end that say what a place or a body is are background in the outlet's voice, a unit each.
  for (const m of s.matchAll(/,\s+(?=\S)/g)) {
    const at = sentence.start + m.index! + m[0].length;
    const rest = text.slice(at, sentence.end).replace(/[.!]?["”’']*\s*$/, '');
    const segments = rest.split(/,\s+/);
    // Only of a place or a body the sentence names ("Marbek, the town where ...", "the M5 highway ..., the road that ..."): what
    // an unnamed camp is ("the camp, a base near ...") is the speaker's own content.
    const named = /\s\p{Lu}[\p{L}\d'’-]/u.test(text.slice(sentence.start, sentence.start + m.index!));
    if (!named || inQuote(at) || segments.length > 2 || !segments.every((x) => APPOSED_THING.test(x) || APPOSED_CITY.test(x))) continue;
    cuts.push({ leftEnd: sentence.start + m.index!, rightStart: at, type: 'plain' });
  }
  for (const m of s.matchAll(/,\s+(with)\s/gi)) {
    const after = untilComma(sentence.start + m.index! + m[0].length, 8);
    if (after.some((t) => tags.is(t, 'Gerund') || /ing$/.test(t.lower))) add(m, m[1]!);
  }
  // "quoted a source as denying ..." is how the source was quoted, not a clause of its own.
  for (const m of s.matchAll(AS_CLAUSE)) {
    const at = sentence.start + m.index! + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 2);
    // "as soon as", "as well as", "such as": the second "as" of a comparison.
    if (/\b(?:soon|well|such|same|much|many|long|far|just|so)\s*$/i.test(text.slice(Math.max(sentence.start, at - 12), at))) continue;
    const first = tokenAt(at + 2);
    if (!first || PRONOUNS.test(first.text)) continue;
    const clause = untilComma(at + 2, 9);
    if (!clause.some((t) => finiteVerb(tags, t))) continue;
    // The left part must say something itself ("came as ..." stays whole).
    const previous = Math.max(sentence.start, ...cuts.filter((c) => c.rightStart < at).map((c) => c.rightStart));
    if (wordCount(text, { start: previous, end: at }) < 4) continue;
    cuts.push({ leftEnd: sentence.start + m.index!, rightStart: at, type: 'plain' });
  }
  // Coordinated predicates: "has killed more than 300 civilians and sent some 586,000 ...", "controls ... and has
  // repeatedly vowed ..."; the right one keeps the sentence's subject as a first span. "... and they were also
  // setting up": a coordinated clause with a pronoun subject of its own.
  for (const m of s.matchAll(/(?:,\s+|\s+)and\s+/gi)) {
    const at = sentence.start + m.index! + m[0].length;
    const next = tokenAt(at);
    if (!next || inQuote(at)) continue;
    const previous = Math.max(sentence.start, ...cuts.filter((c) => c.rightStart < at).map((c) => c.rightStart));
    const left = tokens.filter((t) => t.start >= previous && t.end <= sentence.start + m.index!);
    if (left.length < 5 || !left.some((t) => finiteVerb(tags, t))) continue;
    // "A, and the agency says B": a clause with a speaker of its own; A stays in the outlet's voice.
    // ... or counts, puts or estimates ("..., and the UN counts 690,000 people driven from their homes"); so is A closing on its
    // own speaker ("A, the Observatory says, and the UN counts B").
    if (/^,/.test(m[0]) && untilComma(at, 9).some((t, i) => i > 0 && (SPEECH_VERB.test(t.text) || FIGURE_VERB.test(t.text))) && (!left.some((t) => SPEECH_VERB.test(t.text)) || SPEECH_VERB.test(left[left.length - 1]!.text))) {
      cuts.push({ leftEnd: sentence.start + m.index!, rightStart: next.start, type: 'plain' });
      continue;
    }
    if (PRONOUNS.test(next.text) && !/^(?:this|that|these|those|there)$/i.test(next.text) && tokensFrom(next.end, 3).some((t) => finiteVerb(tags, t))) {
      cuts.push({ leftEnd: sentence.start + m.index!, rightStart: next.start, type: 'plain' });
      continue;
    }
    // Not inside reported speech ("Turkey said it can't take more refugees and will do everything") nor inside
    // a relative clause ("which is at an intersection ... and connects ..."): the right part's subject is not the sentence's.
    if (left.some((t) => SPEECH_VERB.test(t.text)) || /^(?:which|who|that|where)$/i.test(left[0]!.text)) continue;
    // Nor two things a thing is called: "called the remarks empty and disconnected from reality".
    // Unless a subject of its own follows: "called the vote a farce and police arrested 12".
    const ownSubject = tags.is(next, 'Noun') || /^(?:the|a|an|his|her|its|their|this|that|these|those)$/i.test(next.text) || /^\p{Lu}/u.test(next.text) || (!SPEECH_VERB.test(next.text) && !/ed$/i.test(next.text) && tokensFrom(next.end, 2).some((t) => finiteVerb(tags, t)));
    if (!ownSubject && left.some((t, i) => NAMING_VERB.test(t.text) && !/^(?:for|on|off|in|up|out)$/i.test(left[i + 1]?.text ?? ''))) continue;
    if (finiteVerb(tags, next) && !tags.is(next, 'Noun')) {
      cuts.push({ leftEnd: sentence.start + m.index!, rightStart: next.start, type: 'subject' });
    }
  }
  // "These areas are home to some 3 million people - many of them displaced ...": a dash after a full clause
  // adds a statement of its own (a pair of dashes is an apposition, handled below).
  const dashes = [...s.matchAll(/\s[-—–]\s/g)];
  if (dashes.length === 1) {
    const m = dashes[0]!;
    const at = sentence.start + m.index! + m[0].length;
    const left = tokens.filter((t) => t.end <= sentence.start + m.index!);
    if (!inQuote(at) && left.length >= 4 && left.some((t) => finiteVerb(tags, t))) cuts.push({ leftEnd: sentence.start + m.index!, rightStart: at, type: 'plain' });
  }
  cuts.sort((a, b) => a.rightStart - b.rightStart);

  const units: Unit[] = [];
  let current: Span[] = [{ start: sentence.start, end: sentence.end }];
  let kind: Unit['kind'] = 'clause';
  const close = (end: number) => {
    current[current.length - 1]!.end = end;
    const spans = current.map((c) => trimSpan(text, c, ',')).filter((c) => c.end > c.start);
    if (spans.length) units.push({ spans, body: { start: spans[spans.length - 1]!.start, end: spans[spans.length - 1]!.end }, kind });
  };
  let skipUntil = -1;
  for (const cut of cuts) {
    if (cut.rightStart < skipUntil) continue;
    const segmentStart = current[current.length - 1]!.start;
    if (wordCount(text, { start: cut.rightStart, end: sentence.end }) < 3) continue;
    if (cut.type !== 'which' && wordCount(text, { start: segmentStart, end: cut.leftEnd }) < 3) continue;
    if (cut.type === 'which') {
      const prefix = tokens.filter((t) => t.start >= segmentStart && t.end <= cut.leftEnd);
      const commas = [...s.matchAll(/,\s+/g)].map((m) => ({ comma: sentence.start + m.index!, next: sentence.start + m.index! + m[0].length })).filter(({ comma }) => comma > cut.rightStart && !inQuote(comma));
      // The relative clause ends at a comma; the main clause keeps its part before the relative and goes on after the comma.
      const endRelativeAt = (end: { comma: number; next: number }, relativeFrom: number) => {
        units.push({ spans: [trimSpan(text, { start: relativeFrom, end: end.comma }, ',')], body: { start: cut.rightStart, end: end.comma }, kind: 'relative' });
        current = [
          { start: segmentStart, end: cut.leftEnd },
          { start: end.next, end: sentence.end },
        ];
        kind = 'clause';
        skipUntil = end.next;
      };
      // "Its goal is the M5, which links Damascus with Aleppo, rather than Idlib city": the relative clause ends at the comma
      // before a contrast that completes the main clause.
      const contrast = commas[0] && !text.slice(cut.rightStart, commas[0].comma).includes(';') && /^(?:rather\s+than|instead\s+of)\s/.test(text.slice(commas[0].next)) ? commas[0] : undefined;
      if (contrast) {
        endRelativeAt(contrast, cut.rightStart);
        continue;
      }
      if (!prefix.some((t) => finiteVerb(tags, t))) {
        // "Turkey, which has troops in north-west Syria, has repeatedly called ...": the relative clause ends at
        // the comma before the main verb; the main clause keeps its subject as a first span.
        const closing = commas.find(({ next }) => {
          const t = tokenAt(next);
          return !!t && (finiteVerb(tags, t) || (tags.is(t, 'Adverb') && !!tokensFrom(next, 3).find((x) => finiteVerb(tags, x))));
        });
        if (closing) {
          endRelativeAt(closing, segmentStart);
          continue;
        }
      }
      if (wordCount(text, { start: segmentStart, end: cut.leftEnd }) < 3) continue;
    }
    close(cut.leftEnd);
    if (cut.type === 'subject') {
      const subject = subjectOf(text, { start: segmentStart, end: sentence.end }, tags);
      current = subject && subject.end <= cut.leftEnd ? [subject, { start: cut.rightStart, end: sentence.end }] : [{ start: cut.rightStart, end: sentence.end }];
    } else {
      current = [{ start: cut.rightStart, end: sentence.end }];
    }
    kind = cut.type === 'which' ? 'relative' : 'clause';
  }
  close(sentence.end);
  if (units.length === 1) units[0]!.kind = 'sentence';

  // Appositions.
  const subject = subjectOf(text, sentence, tags);
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  // Fronted: "A main backer of the armed Syrian opposition, Turkey has sent ...", "Already host to 3.6 million
  // Syrian refugees, Turkey said ...": a description (or a count) of the subject before it.
  const fronted = /^([^,]{3,80}),\s+/.exec(s);
  const frontedSpan = fronted ? { start: sentence.start, end: sentence.start + fronted[1]!.length } : null;
  // A headline's present after its subject is tensed too: "Five soldiers die in an attack, Norden says" is a clause, not a
  // description ("Already host to 3.6 million refugees, Turkey ..." is one).
  // Not inside a relative clause of the description ("A former general who still commands respect, Kovacs said").
  const relative = !!fronted && /\b(?:who|that|which|whose)\b/i.test(fronted[1]!);
  const afterNoun = (t: Token) => { const i = tokens.indexOf(t); return !relative && i > 0 && tags.is(tokens[i - 1]!, 'Noun') && !tags.is(tokens[i - 1]!, 'Pronoun'); };
  const tensed = (t: Token) => tags.is(t, 'PastTense') || tags.is(t, 'Copula') || tags.is(t, 'Auxiliary') || tags.is(t, 'Modal') || (tags.is(t, 'PresentTense') && !tags.is(t, 'Noun') && !tags.is(t, 'Gerund') && afterNoun(t));
  if (fronted && frontedSpan && (/^(?:A|An)\s/.test(s) || quantities.some((q) => contains(frontedSpan, q))) && !tokens.some((t) => contains(frontedSpan, t) && tensed(t))) {
    const named = inSentence.find((m) => m.start === sentence.start + fronted[0].length);
    const after = named && tokenAt(named.end);
    if (named && after && finiteVerb(tags, after)) {
      units.push({ spans: [{ start: sentence.start, end: named.end }], body: { start: sentence.start, end: named.end }, kind: 'appositive', about: named, ofSubject: true });
      const first = units[0]!;
      if (first.spans[0]!.start === sentence.start) {
        first.spans[0] = { start: named.start, end: first.spans[0]!.end };
        first.body = first.spans.length === 1 ? first.spans[0]! : first.body;
      }
    }
  }
  for (const named of inSentence) {
    const rest = text.slice(named.end, sentence.end);
    let m = /^\s+[—–]\s+([^—–]{3,120}?)\s+[—–]/.exec(rest);
    if (m) {
      const end = named.end + m[0].length - 1;
      const span = trimSpan(text, { start: named.start, end });
      units.push({ spans: [span], body: span, kind: 'appositive', about: named, dash: true });
      continue;
    }
    m = /^,\s+((?:a|an|the|home to|about|some|around|nearly|almost|roughly|more than|over|\d)[\s\d](?:[^,.;:—–()]|[,.](?=\d)){3,140})(?=[,.;:—–()]|$)/i.exec(rest);
    if (!m) continue;
    const npStart = named.end + m[0].indexOf(m[1]!);
    const np = { start: npStart, end: npStart + m[1]!.length };
    const npTokens = tokens.filter((t) => t.start >= np.start && t.end <= np.end);
    if (npTokens.length > 16 || npTokens.slice(1).some((t) => tags.is(t, 'Copula') || tags.is(t, 'Modal') || tags.is(t, 'Auxiliary') || (tags.is(t, 'PresentTense') && tags.is(t, 'Verb')))) continue;
    // What follows the apposition: the sentence goes on with a verb (a subject's apposition) or ends.
    const ofSubject = !!subject && named.start < subject.end;
    const start = ofSubject && /^home to\b/i.test(m[1]!) ? sentence.start : named.start;
    const opensSentence = !!subject && /^(?:the\s+)?$/i.test(text.slice(subject.start, named.start));
    units.push({ spans: [trimSpan(text, { start, end: np.end })], body: np, kind: 'appositive', about: named, ofSubject: opensSentence });
  }
  return units;
}

/**
 * npm run eval:robustness [-- --sets holdout-40,holdout-41,...] [--verbose]
 *
 * How well the claimants the extractor gets right hold when the same page is written another way. Held-out sets stay
 * unread until they are measured, so the forms new outlets print cannot be read from them; what can be tried on the sets
 * already read is whether a right reading survives the variations outlets make: the speaker moved after, inside or
 * before a quotation, a fronted time or connective, "also" before the verb, a day or ", adding that" after a closing
 * medium, a longer quotation, a few words in quotation marks after the speaker or inside the clause, "says", "told
 * reporters", "in a statement", a day after a closing speaker, and (whole pages) typography and the case of speaker labels.
 *
 * Sentence variations: each statement drafted right is rewritten in place (its quote with it), the page drafted again,
 * and the statement scored again with the scorer's own rule (src/ingest/evaluate.ts, scoreClaimants). A variation that
 * does not apply to a statement (no "X said ..." to move) is not counted. Page variations rewrite every page of a set
 * and count the right statements before and after. Every variation keeps who the claimants are, so a loss is the
 * extractor's; a few rewrites read oddly (a fronted time before a sentence that has one), which is why the examples
 * are printed with --verbose.
 *
 * The last line is machine-readable:
 *   robustness: sentences-kept=K/N page-statements-kept=P/Q
 */
import { join } from 'node:path';
import { draftArticle } from '../src/ingest/draft.js';
import { draftClaimViews, readStyleSet, scoreClaimants, StyleSetError, type StyleArticle, type StyleStatement } from '../src/ingest/evaluate.js';
import { knowledgeOf } from '../src/ingest/ingest.js';
import { orExit, parseOptions, PROJECT_ROOT, type Command } from './harness.js';

const command: Command = { name: 'eval:robustness', usage: 'usage: npm run eval:robustness [-- --sets holdout-40,holdout-41,...] [--verbose]' };
/** The sets read and tuned on whose pages include broadcast transcripts (never a set still to be measured). */
const DEFAULT_SETS = Array.from({ length: 8 }, (_, i) => `holdout-${i + 40}`);
const options = parseOptions(command, { sets: { type: 'list', default: DEFAULT_SETS }, verbose: { type: 'boolean', default: false } });

const knowledge = await knowledgeOf(join(PROJECT_ROOT, 'data'));
const isStyleSetError = (error: unknown): error is StyleSetError => error instanceof StyleSetError;

/** The claimants of these statements the draft of this text gets right, by the scorer's rule; and its notes. */
function rightOn(article: StyleArticle, text: string, statements: StyleStatement[]) {
  const draft = draftArticle({ text, bytes: Buffer.from(text), slug: article.name, publisher: article.publisher, publishedAt: article.publishedAt, knowledge, uncalibrated: false });
  const kinds = new Map([...knowledge.actors, ...draft.entities.actors].map((a) => [a.key, a.kind as string]));
  return scoreClaimants(text, statements, draftClaimViews(draft, knowledge), (k) => kinds.get(k));
}

const SAID = /^((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s+said\s+(?:that\s+)?(\p{Ll}[^"“”]+?)\.$/u;
const lowerArticle = (words: string) => (/^(?:The|A|An)\s/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words);
const capital = (clause: string) => clause[0]!.toUpperCase() + clause.slice(1);
/** A fronted phrase before a sentence that opens on its subject ("The Monitor said" → "On Tuesday evening, the Monitor said"). */
const fronted = (lead: string) => (q: string) => (/^(?:The|A|An)\s/.test(q) ? lead + lowerArticle(q) : /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(q) && !/^(?:In|On|At|But|And)\s/.test(q) ? lead + q : null);
const moved = (make: (speaker: string, clause: string) => string | null) => (q: string) => {
  const m = SAID.exec(q);
  return m ? make(m[1]!, m[2]!) : null;
};

/** Rewrites of one statement's words that keep who its claimants are; null where the form does not apply. */
const SENTENCE_VARIATIONS: Record<string, (quote: string) => string | null> = {
  'fronted day and its part': fronted('On Tuesday evening, '),
  'fronted time': fronted('Hours later, '),
  'fronted connective': fronted('But '),
  'also before the verb': (q) => (/\s(said|says|told)\s/.test(q) ? q.replace(/\s(said|says|told)\s/, ' also $1 ') : null),
  'a day after the verb': (q) => (/\s(said|says)\s(?=that\s|\p{Ll})/u.test(q) ? q.replace(/\s(said|says)\s/u, ' $1 on Tuesday ') : null),
  'adding that': (q) => (/[^.”"]\.$/.test(q) && /\s(?:said|says|told)\s/.test(q) ? q.replace(/\.$/, ', adding that more talks were planned.') : null),
  'longer quotation': (q) => (/^["“][^"“”]+,["”]\s/.test(q) ? q.replace(/,(["”])\s/, ', and that is what we have told everyone for weeks now,$1 ') : null),
  'quoted words after speaker': (q) => (/[^.”"]\.$/.test(q) && /\s(?:said|says|told)\s/.test(q) ? q.replace(/\.$/, ', adding that the talks had been "useful".') : null),
  'quoted words in the clause': moved((speaker, clause) => (/\s\p{Ll}+$/u.test(clause) ? `${speaker} said ${clause.replace(/(\p{Ll}+)$/u, '"$1"')}.` : null)),
  'present tense': moved((speaker, clause) => `${speaker} says ${clause}.`),
  'told reporters': moved((speaker, clause) => `${speaker} told reporters ${clause}.`),
  'in a statement': moved((speaker, clause) => `${speaker} said in a statement that ${clause}.`),
  'speaker after, with a day': moved((speaker, clause) => `${capital(clause)}, ${lowerArticle(speaker)} said on Tuesday.`),
  'speaker after': moved((speaker, clause) => `${capital(clause)}, ${lowerArticle(speaker)} said.`),
  'according to': moved((speaker, clause) => `${capital(clause)}, according to ${lowerArticle(speaker)}.`),
  'quoted, speaker after': moved((speaker, clause) => `"${capital(clause)}," ${lowerArticle(speaker)} said.`),
  'speaker between commas': moved((speaker, clause) => {
    const words = clause.split(' ');
    return words.length > 6 ? `${capital(words.slice(0, 3).join(' '))}, ${lowerArticle(speaker)} said, ${words.slice(3).join(' ')}.` : `${capital(clause)}, ${lowerArticle(speaker)} said.`;
  }),
};

const title = (name: string) => name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
/** Rewrites of a whole page that keep every statement's claimants (applied to the quotes as well). */
const PAGE_VARIATIONS: Record<string, (text: string) => string> = {
  'curly quotation marks': (t) => t.replace(/(^|[\s(—–-])"/gm, '$1“').replace(/"/g, '”').replace(/(\p{L})'(\p{L})/gu, '$1’$2'),
  'straight quotation marks': (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  'hyphens for dashes': (t) => t.replace(/ [—–] /g, ' - '),
  'speaker labels in ordinary case': (t) => t.replace(/^([A-Z][A-Z'’ .-]{2,40}):(?=\s)/gm, (_, name: string) => `${title(name)}:`),
  'speaker labels in brackets': (t) => t.replace(/^([A-Z][A-Z'’ .-]{2,40}):(?=\s)/gm, (_, name: string) => `[${name}]`),
};

const sentences = new Map<string, { tried: number; lost: number; examples: string[] }>(Object.keys(SENTENCE_VARIATIONS).map((k) => [k, { tried: 0, lost: 0, examples: [] }]));
const pages = new Map<string, { before: number; after: number; examples: string[] }>(Object.keys(PAGE_VARIATIONS).map((k) => [k, { before: 0, after: 0, examples: [] }]));
for (const set of options.sets) {
  const articles = orExit(command, () => readStyleSet(join(PROJECT_ROOT, 'tests', 'ingest', set === 'style-set' ? '' : set, 'style-set')), isStyleSetError);
  for (const article of articles) {
    const base = rightOn(article, article.text, article.statements);
    const wrong = base.notes.filter((n) => n.startsWith('claimant of') || n.startsWith('statement missed'));
    for (const statement of article.statements) {
      if (!statement.claimants.length || article.text.indexOf(statement.quote) < 0 || wrong.some((n) => n.includes(JSON.stringify(statement.quote.slice(0, 70))))) continue;
      for (const [name, vary] of Object.entries(SENTENCE_VARIATIONS)) {
        const quote = vary(statement.quote);
        if (!quote || quote === statement.quote) continue;
        const tally = sentences.get(name)!;
        tally.tried++;
        const again = rightOn(article, article.text.replace(statement.quote, quote), [{ ...statement, quote }]);
        if (again.claimants.right) continue;
        tally.lost++;
        if (tally.examples.length < 5) tally.examples.push(`${set}/${article.name}: ${quote.slice(0, 110)} || ${again.notes[0] ?? ''}`);
      }
    }
    for (const [name, vary] of Object.entries(PAGE_VARIATIONS)) {
      const text = vary(article.text);
      if (text === article.text) continue;
      const tally = pages.get(name)!;
      const again = rightOn(article, text, article.statements.map((s) => ({ ...s, quote: vary(s.quote) })));
      tally.before += base.claimants.right;
      tally.after += again.claimants.right;
      if (again.claimants.right < base.claimants.right && tally.examples.length < 5) tally.examples.push(`${set}/${article.name}: ${base.claimants.right} -> ${again.claimants.right}`);
    }
  }
}

console.log(`sentence variations of the statements drafted right (sets ${options.sets.join(', ')}): lost / tried`);
for (const [name, t] of sentences) {
  console.log(`  ${name.padEnd(26)} ${String(t.lost).padStart(4)} / ${t.tried}`);
  if (options.verbose) for (const e of t.examples) console.log(`      ${e}`);
}
console.log('page variations: statements right before -> after');
for (const [name, t] of pages) {
  console.log(`  ${name.padEnd(32)} ${t.before} -> ${t.after}`);
  if (options.verbose) for (const e of t.examples) console.log(`      ${e}`);
}
const tried = [...sentences.values()].reduce((n, t) => n + t.tried, 0);
const kept = tried - [...sentences.values()].reduce((n, t) => n + t.lost, 0);
const before = [...pages.values()].reduce((n, t) => n + t.before, 0);
const after = [...pages.values()].reduce((n, t) => n + t.after, 0);
console.log(`robustness: sentences-kept=${kept}/${tried} page-statements-kept=${after}/${before}`);

/**
 * npm run eval:agreement [-- --verbose]
 *
 * How far two people agree on claimants, as the extractor's claimant accuracy
 * is scored: the ceiling a reader of the figure should hold it against. For
 * each style set with a `second-reading/` folder, a second annotator (who saw
 * the page, the statements' quotes and the annotation rules, not the writer's
 * claimants) named every statement's claimants; this compares the two with
 * the scorer's rule (`sameClaimants`, src/ingest/evaluate.ts) and prints the
 * share of statements on which they agree, per set and over all.
 *
 * The last line is machine-readable:
 *   agreement: claimant-agreement=A word-for-word=W statements=N
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStyleSet, sameClaimants, sameNameWordForWord, type StyleClaimant } from '../src/ingest/evaluate.js';
import { parseOptions, PROJECT_ROOT, type Command } from './harness.js';

const command: Command = { name: 'eval:agreement', usage: 'usage: npm run eval:agreement [-- --verbose]' };
const args = parseOptions(command, { verbose: { type: 'boolean', default: false } });

const root = join(PROJECT_ROOT, 'tests', 'ingest');
const sets = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'second-reading')))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
if (!sets.length) {
  console.error('eval:agreement: no style set has a second-reading/ folder');
  process.exit(1);
}

const total = { statements: 0, agree: 0, wordForWord: 0 };
for (const set of sets) {
  const tally = { statements: 0, agree: 0, wordForWord: 0 };
  for (const article of readStyleSet(join(root, set, 'style-set'))) {
    const file = join(root, set, 'second-reading', `${article.name}.json`);
    if (!existsSync(file)) throw new Error(`${file}: missing (every article of ${set} needs its second reading)`);
    const second = (JSON.parse(readFileSync(file, 'utf8')) as { statements: Array<{ quote: string; claimants: StyleClaimant[] }> }).statements;
    if (second.length !== article.statements.length) throw new Error(`${file}: ${second.length} statements, the writer's file has ${article.statements.length}`);
    article.statements.forEach((statement, i) => {
      const other = second[i]!;
      if (other.quote !== statement.quote) throw new Error(`${file}: statement ${i + 1} quotes ${JSON.stringify(other.quote.slice(0, 40))}, the writer's ${JSON.stringify(statement.quote.slice(0, 40))}`);
      tally.statements++;
      const agree = sameClaimants(statement.claimants, other.claimants);
      if (agree) tally.agree++;
      else if (args.verbose) console.log(`  ${set}/${article.name.slice(0, 2)} ${JSON.stringify(statement.quote.slice(0, 60))}: writer ${JSON.stringify(statement.claimants)}, second ${JSON.stringify(other.claimants)}`);
      if (sameClaimants(statement.claimants, other.claimants, sameNameWordForWord)) tally.wordForWord++;
    });
  }
  console.log(`${set}: ${tally.agree}/${tally.statements}=${(tally.agree / tally.statements).toFixed(2)} (new names word for word ${tally.wordForWord}/${tally.statements})`);
  total.statements += tally.statements;
  total.agree += tally.agree;
  total.wordForWord += tally.wordForWord;
}
console.log(`agreement: claimant-agreement=${(total.agree / total.statements).toFixed(3)} word-for-word=${(total.wordForWord / total.statements).toFixed(3)} statements=${total.statements}`);

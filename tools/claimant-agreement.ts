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
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, readStyleSet, sameClaimants, sameNameWordForWord, StyleSetError, StyleStatementFormat } from '../src/ingest/evaluate.js';
import { exitWithError, orExit, parseOptions, PROJECT_ROOT, type Command } from './harness.js';

const command: Command = { name: 'eval:agreement', usage: 'usage: npm run eval:agreement [-- --verbose]' };
const args = parseOptions(command, { verbose: { type: 'boolean', default: false } });

const root = join(PROJECT_ROOT, 'tests', 'ingest');
const sets = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'second-reading')))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
if (!sets.length) exitWithError(command, 'no style set has a second-reading/ folder');
function fail(message: string): never {
  return exitWithError(command, message);
}

/** A second reading: each statement's quote with the claimants the second reader named, in the writers' format. */
const SecondReading = z.object({ statements: z.array(StyleStatementFormat.pick({ quote: true, claimants: true })) });
const isStyleSetError = (error: unknown): error is StyleSetError => error instanceof StyleSetError;
function readSecondReading(file: string): z.infer<typeof SecondReading>['statements'] {
  if (!existsSync(file)) fail(`${file}: missing (every article of a set with a second reading needs one)`);
  return orExit(command, () => readJsonFile(file, SecondReading, StyleSetError), isStyleSetError).statements;
}
const readSet = (dir: string) => orExit(command, () => readStyleSet(dir), isStyleSetError);

const total = { statements: 0, agree: 0, wordForWord: 0 };
for (const set of sets) {
  const tally = { statements: 0, agree: 0, wordForWord: 0 };
  for (const article of readSet(join(root, set, 'style-set'))) {
    const file = join(root, set, 'second-reading', `${article.name}.json`);
    const second = readSecondReading(file);
    if (second.length !== article.statements.length) fail(`${file}: ${second.length} statements, the writer's file has ${article.statements.length}`);
    article.statements.forEach((statement, i) => {
      const other = second[i]!;
      if (other.quote !== statement.quote) fail(`${file}: statements.${i}.quote is ${JSON.stringify(other.quote.slice(0, 40))}, the writer's ${JSON.stringify(statement.quote.slice(0, 40))}`);
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

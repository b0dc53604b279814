/**
 * npm run schema:diff -- <git ref> [--fail-on-breaking]
 *
 * Compares schema.graphql at an earlier commit with the working tree's, using
 * GraphQL Inspector, and lists every change: BREAKING ones first. README's
 * changelog names every breaking change this prints.
 */
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

const args = process.argv.slice(2);
const ref = args.find((a) => !a.startsWith('--'));
if (!ref) {
  console.error('usage: npm run schema:diff -- <git ref> [--fail-on-breaking]');
  process.exit(2);
}
let before: string;
try {
  before = execFileSync('git', ['show', `${ref}:schema.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  console.error(`cannot read schema.graphql at ${ref}: ${(e as { stderr?: string }).stderr?.trim() ?? (e as Error).message}`);
  process.exit(2);
}
const after = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
const changes = await diff(buildSchema(before), buildSchema(after));
const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
changes.sort((a, b) => order.indexOf(a.criticality.level) - order.indexOf(b.criticality.level));
for (const change of changes) console.log(`${change.criticality.level.padEnd(12)} ${change.message}`);
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).length;
console.log(`schema:diff ${ref}..working tree: ${changes.length} changes, ${breaking} breaking`);
process.exit(breaking && args.includes('--fail-on-breaking') ? 1 : 0);

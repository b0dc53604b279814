/**
 * npm run schema:print — writes schema.graphql from the code-first schema.
 * npm run schema:check — fails when the committed schema.graphql differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printedSchema } from '../src/graphql/schema.js';

const file = new URL('../schema.graphql', import.meta.url);
const printed = printedSchema() + '\n';
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error('schema.graphql is stale: it differs from the code-first schema. Run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}

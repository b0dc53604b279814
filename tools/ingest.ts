/**
 * npm run ingest -- <file.txt> [--publisher NAME] [--published-at YYYY-MM-DD] [--url URL] [--data-dir DIR]
 *
 * Adds an article to the data folder (--data-dir, else CLAIMGRAPH_DATA_DIR,
 * else data/): its text and metadata under sources/, a draft annotation file
 * of machine-made claims (curation AUTO, each with its suggestions) under
 * annotations/, new AUTO actors and places appended to entities/, and
 * proposals for a curator (new entities, spellings, events, topics, the
 * suggestions' counts) under proposals/, which are also printed. It is a
 * write like a curator's (src/write/ingest.ts): under the folder's lock, the
 * draft passes the loader's checks before anything is written, the files are
 * journaled and each written atomically, nothing is ever overwritten, and the
 * change log records it.
 * docs/ingest.md describes the whole process.
 */
import { resolve } from 'node:path';

const USAGE = 'usage: npm run ingest -- <file.txt> [--publisher NAME] [--published-at YYYY-MM-DD] [--url URL] [--data-dir DIR]';
const OPTIONS = new Set(['--publisher', '--published-at', '--url', '--data-dir']);

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const values: Record<string, string> = {};
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  if (name.startsWith('--')) {
    if (!OPTIONS.has(name)) fail(`unknown option ${name}\n${USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) fail(`${name} needs a value\n${USAGE}`);
    values[name] = value;
  } else files.push(arg);
}
if (files.length !== 1) fail(`${files.length ? 'give one article file at a time' : 'no article file given'}\n${USAGE}`);

const dataDir = resolve(values['--data-dir'] ?? (process.env.CLAIMGRAPH_DATA_DIR || 'data'));
// Loaded after the arguments are checked: a usage error answers at once.
const { IngestError, shown } = await import('../src/ingest/ingest.js');
const { ingestFile } = await import('../src/write/ingest.js');
try {
  const result = await ingestFile({
    file: files[0]!,
    dataDir,
    publisher: values['--publisher'],
    publishedAt: values['--published-at'],
    url: values['--url'],
  });
  const { proposals } = result;
  console.log(`ingest: added ${result.slug} ("${result.title}", ${result.publishedAt}) to ${shown(dataDir)}`);
  for (const file of result.files) console.log(`  wrote ${file}`);
  console.log(`  change ${result.change.id} in changes.jsonl; dataVersion ${result.change.dataVersion.slice(0, 12)}`);
  console.log(`  ${result.claims} draft claims, all curation AUTO: kept out of agreement and disputes until a curator marks them CURATED`);
  const s = proposals.suggestions;
  const kinds = Object.entries(s.byKind)
    .map(([kind, k]) => `${kind.toLowerCase()} ${k.shown}/${k.total}`)
    .join(', ');
  console.log(`  ${s.total} suggestions, ${s.shown} at confidence >= ${s.threshold} (shown by default): ${kinds}`);
  for (const a of result.entities.actors) console.log(`  new AUTO actor ${a.key} "${a.name}" (${a.kind}) in entities/actors.json`);
  for (const p of result.entities.places) console.log(`  new AUTO place ${p.key} "${p.name}" (${p.kind}, at ${p.location.precision} precision) in entities/places.json`);
  if (proposals.entities.some((e) => !e.auto) || proposals.spellings.length || proposals.topics.length || proposals.events.length) {
    console.log(`proposals for a curator (also in proposals/${result.slug}.json; the loader does not read them):`);
    for (const e of proposals.entities.filter((x) => !x.auto)) console.log(`  new ${e.type} "${e.name}" (${e.kind}?): ${e.reason}`);
    for (const sp of proposals.spellings) console.log(`  spelling "${sp.spelling}" read as ${sp.type} ${sp.entity}: add it to its aliases if right`);
    for (const e of proposals.events) console.log(`  new event ${e.key} "${e.name}" (${e.kind}), reported by ${e.claims.join(', ')} (confidence ${e.confidence})`);
    for (const t of proposals.topics) console.log(`  quantity "${t.words}" (${t.unit}) in ${t.claim} answers no existing topic`);
  }
  console.log(`next: review annotations/${result.slug}.json, then npm run data:check`);
} catch (e) {
  if (e instanceof IngestError) fail(e.message);
  throw e;
}

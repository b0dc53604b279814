// Runs before `npm start`: compiles the server (tsc) and the viewer (esbuild)
// into dist/ when an output is missing or older than its sources, so a fresh
// clone starts with one command.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const stale = (output, sources) => !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map(newest));

if (stale('dist/src/server.js', ['src'])) {
  console.log('claimgraph: building the server (tsc) ...');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
if (stale('dist/viewer/app.js', ['src/viewer', 'src/generated'])) {
  execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { stdio: 'inherit' });
}

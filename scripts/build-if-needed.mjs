// Runs before `npm start`: compiles TypeScript to dist/ when dist/ is missing or
// older than any file under src/, so a fresh clone starts with one command.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = 'dist/src/server.js';
if (!existsSync(built) || statSync(built).mtimeMs < newest('src')) {
  console.log('claimgraph: building (tsc) ...');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

// Builds the provenance viewer (src/viewer, TypeScript) into dist/viewer/ with
// esbuild: one ES module bundle plus its HTML and CSS, served by the server at /viewer.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/viewer', { recursive: true });
await build({
  entryPoints: ['src/viewer/main.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  outfile: 'dist/viewer/app.js',
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(`src/viewer/${file}`, `dist/viewer/${file}`);
console.log('claimgraph: built the viewer into dist/viewer/');

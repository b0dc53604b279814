/**
 * What a server start loads: the static imports reachable from the entry
 * point. The extractor (src/ingest/, with chrono-node and compromise) is for
 * the ingest tools and is never part of a server start, and OpenTelemetry's
 * SDK is imported (dynamically) only when tracing is configured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/server.js';

/** Static import specifiers of a module (`import … from`, `export … from`, `import '…'`), not `import()` nor `import type` (erased). */
const staticImports = (source: string) => [...source.matchAll(/^\s*(?:import|export)\s(?!type\s)(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      const target = join(dirname(file), specifier).replace(/\.js$/, '.ts');
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('a server start', () => {
  const { files, packages } = reachable(join(PROJECT_ROOT, 'src/server.ts'));

  it('reaches the whole server (HTTP, GraphQL, domain, load)', () => {
    const layers = new Set([...files].map((f) => relative(join(PROJECT_ROOT, 'src'), f).split('/')[0]));
    for (const layer of ['http', 'graphql', 'domain', 'load']) expect(layers).toContain(layer);
    expect(packages).toContain('graphql-yoga');
  });

  it('loads nothing of OpenTelemetry by itself: tracing.ts imports the SDK when an OTLP endpoint is set', () => {
    expect(files).toContain(join(PROJECT_ROOT, 'src/http/tracing.ts'));
    expect([...packages].filter((p) => p.startsWith('@opentelemetry/'))).toEqual([]);
    const tracing = readFileSync(join(PROJECT_ROOT, 'src/http/tracing.ts'), 'utf8');
    expect(tracing).toContain("await import('@opentelemetry/sdk-node')");
    expect(tracing).toContain("await import('@opentelemetry/api')");
  });

  it('loads neither the extractor nor its language libraries', () => {
    expect([...files].filter((f) => f.includes('/src/ingest/'))).toEqual([]);
    expect(packages).not.toContain('chrono-node');
    expect(packages).not.toContain('compromise');
  });
});

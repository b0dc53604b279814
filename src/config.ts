/**
 * Server configuration from the environment: every limit with its documented
 * default (README, "Limits"), and the production settings (docs/production.md).
 * A malformed value stops start-up with a message naming the variable, never a
 * silent fallback.
 */
import { readFileSync } from 'node:fs';

export interface Config {
  /** Deepest selection nesting (graphql-armor maxDepth). */
  maxDepth: number;
  /** Most aliases in one operation (graphql-armor maxAliases). */
  maxAliases: number;
  /** Most lexical tokens in one document (graphql-armor maxTokens). */
  maxTokens: number;
  /** Most directives in one operation (graphql-armor maxDirectives). */
  maxDirectives: number;
  /** Cost budget: list fields count by their page size (@pothos/plugin-complexity). */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Whether schema introspection is answered (the data is public: on by default). */
  introspection: boolean;
  /** Whether validation errors suggest field names ("Did you mean ...?"): off unless NODE_ENV=development. */
  fieldSuggestions: boolean;
  /** Allowed CORS origins; `*` allows any origin (no credentials are ever allowed). */
  corsOrigins: string[];
  /** One JSON line per request on stdout. */
  requestLog: boolean;
  /** Answer identical requests from memory (keyed by dataVersion: a write makes new keys). */
  responseCache: boolean;
  /** Run only the documents of the trusted-documents manifests (src/http/trusted-documents.ts). */
  trustedDocumentsOnly: boolean;
  /**
   * `max-age` of a GET answer, in seconds (src/http/http-cache.ts): 60 by default, 0 when curation
   * writes are enabled, so that a proxy revalidates every time and readers see each change at once.
   */
  cacheMaxAge: number;
  /** Prometheus metrics at GET /metrics (src/http/metrics.ts). */
  metrics: boolean;
  /** With tracing on (OTEL_EXPORTER_OTLP_ENDPOINT), a span per data-touching resolver too. */
  traceResolvers: boolean;
  /** How long a curation write waits for the data folder's write lock (another writer's) before SERVICE_UNAVAILABLE, in ms. */
  writeLockTimeoutMs: number;
}

/** A curator allowed to write: the name the change log records, and the bearer token. */
export interface Curator {
  readonly name: string;
  readonly token: string;
}

/**
 * The curators, from CLAIMGRAPH_CURATOR_TOKENS ("name:token,name2:token2") or the file
 * CLAIMGRAPH_CURATOR_TOKENS_FILE names (one "name:token" a line; blank lines and lines starting
 * with # are skipped). None: every mutation is refused (FORBIDDEN). A malformed entry stops the start,
 * naming the variable and the entry's position, never the token.
 */
export function curatorsFromEnv(env: NodeJS.ProcessEnv = process.env, readFile: (path: string) => string = defaultReadFile): Curator[] {
  const inline = env.CLAIMGRAPH_CURATOR_TOKENS?.trim();
  const file = env.CLAIMGRAPH_CURATOR_TOKENS_FILE?.trim();
  if (inline && file) throw new ConfigError('set CLAIMGRAPH_CURATOR_TOKENS or CLAIMGRAPH_CURATOR_TOKENS_FILE, not both');
  let entries: string[] = [];
  let name = 'CLAIMGRAPH_CURATOR_TOKENS';
  if (inline) entries = inline.split(',');
  else if (file) {
    name = 'CLAIMGRAPH_CURATOR_TOKENS_FILE';
    let text: string;
    try {
      text = readFile(file);
    } catch (e) {
      throw new ConfigError(`CLAIMGRAPH_CURATOR_TOKENS_FILE names ${file}, which cannot be read: ${(e as Error).message}`);
    }
    entries = text.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'));
  }
  const curators: Curator[] = [];
  entries.forEach((entry, i) => {
    const at = entry.indexOf(':');
    const curator = at > 0 ? { name: entry.slice(0, at).trim(), token: entry.slice(at + 1).trim() } : null;
    if (!curator || !curator.name || curator.token.length < 8 || /\s/.test(curator.token)) {
      throw new ConfigError(`${name}: entry ${i + 1} must be "name:token" with a token of 8 or more characters and no spaces`);
    }
    if (curators.some((c) => c.name === curator.name)) throw new ConfigError(`${name}: curator "${curator.name}" is listed twice`);
    curators.push(curator);
  });
  return curators;
}

const defaultReadFile = (path: string) => readFileSync(path, 'utf8');

export const DEFAULTS: Config = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 500_000,
  maxBodyBytes: 65_536,
  introspection: true,
  fieldSuggestions: false,
  corsOrigins: ['*'],
  requestLog: true,
  responseCache: false,
  trustedDocumentsOnly: false,
  cacheMaxAge: 60,
  metrics: true,
  traceResolvers: false,
  writeLockTimeoutMs: 30_000,
};

/** The environment variable of each setting. */
export const ENV_NAMES: Record<keyof Config, string> = {
  maxDepth: 'CLAIMGRAPH_MAX_DEPTH',
  maxAliases: 'CLAIMGRAPH_MAX_ALIASES',
  maxTokens: 'CLAIMGRAPH_MAX_TOKENS',
  maxDirectives: 'CLAIMGRAPH_MAX_DIRECTIVES',
  maxCost: 'CLAIMGRAPH_MAX_COST',
  maxBodyBytes: 'CLAIMGRAPH_MAX_BODY_BYTES',
  introspection: 'CLAIMGRAPH_INTROSPECTION',
  fieldSuggestions: 'CLAIMGRAPH_FIELD_SUGGESTIONS',
  corsOrigins: 'CLAIMGRAPH_CORS_ORIGINS',
  requestLog: 'CLAIMGRAPH_REQUEST_LOG',
  responseCache: 'CLAIMGRAPH_RESPONSE_CACHE',
  trustedDocumentsOnly: 'CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY',
  cacheMaxAge: 'CLAIMGRAPH_CACHE_MAX_AGE',
  metrics: 'CLAIMGRAPH_METRICS',
  traceResolvers: 'CLAIMGRAPH_TRACE_RESOLVERS',
  writeLockTimeoutMs: 'CLAIMGRAPH_WRITE_LOCK_TIMEOUT_MS',
};

/** Settings that may be 0; every other number must be positive. */
const MAY_BE_ZERO: ReadonlySet<keyof Config> = new Set(['cacheMaxAge']);

/**
 * Whether curation writes are enabled: the curation API accepts writes when it has curator tokens
 * (CLAIMGRAPH_CURATOR_TOKENS, or a file of them in CLAIMGRAPH_CURATOR_TOKENS_FILE).
 */
export const curationEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.CLAIMGRAPH_CURATOR_TOKENS || env.CLAIMGRAPH_CURATOR_TOKENS_FILE);

/**
 * Whether traces are exported: OpenTelemetry's own switch, an OTLP endpoint (the general one or the
 * traces one), unless OTEL_SDK_DISABLED=true. The rest of OTEL_* is read by the SDK itself.
 */
export const tracingEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true';

export class ConfigError extends Error {}

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

function nonNegativeInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw new ConfigError(`${name} must be a whole number of 0 or more, got ${JSON.stringify(raw)}`);
  return n;
}

function bool(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(raw)}`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Config = { ...DEFAULTS, fieldSuggestions: env.NODE_ENV === 'development', cacheMaxAge: curationEnabled(env) ? 0 : DEFAULTS.cacheMaxAge };
  for (const key of Object.keys(ENV_NAMES) as Array<keyof Config>) {
    const name = ENV_NAMES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const current = config[key];
    if (typeof current === 'number') (config as unknown as Record<string, unknown>)[key] = MAY_BE_ZERO.has(key) ? nonNegativeInt(name, raw) : positiveInt(name, raw);
    else if (typeof current === 'boolean') (config as unknown as Record<string, unknown>)[key] = bool(name, raw);
    else config.corsOrigins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  }
  return config;
}

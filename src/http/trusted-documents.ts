/**
 * Trusted documents (persisted operations by id): every operation the project
 * ships is in a manifest codegen's client preset writes (hash -> document), so
 * a client sends `documentId` instead of the document: in a GET's query string
 * (`GET /graphql?documentId=sha256:…&variables=…`, cacheable by any proxy) or
 * in a POST body. The manifests are the project's (src/generated/: GraphiQL's
 * examples, the exports, the viewer, the test suite's operations) and the
 * frontend example's own.
 *
 * By default a document sent in full still runs (notebooks, GraphiQL, curl),
 * under the same limits. With CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY=true only
 * trusted documents run: by id, or sent in full exactly as the manifest or
 * GraphiQL's example tabs spell them (so GraphiQL's examples keep working).
 *
 * yoga's persisted-operations plugin reads only the APQ extension, and on a
 * request with no document at all it would answer 200: this module gives it
 * its own extractor and errors (codes from graphql/errors.ts), and hands it
 * only the requests that name an id, so a request with no document keeps
 * yoga's own 400.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import * as operations from '../generated/graphql.js';
import { requestError } from '../graphql/errors.js';
import { PROJECT_ROOT } from '../project.js';

/** The manifests the server trusts, relative to the project: each a JSON object of id -> document. */
export const MANIFESTS = ['src/generated/persisted-documents.json', 'examples/frontend/src/gql/persisted-documents.json'];

const ID_PREFIX = 'sha256:';

export interface TrustedDocuments {
  /** The document of an id (`sha256:<hex>`), if it is trusted. */
  document(id: string): string | undefined;
  /** Whether a document sent in full is a trusted one, spelled as its manifest or GraphiQL's tabs spell it. */
  isTrustedText(query: string): boolean;
  /** The names of the trusted documents' operations: the only names metrics label requests by. */
  readonly operationNames: ReadonlySet<string>;
  /** The operation a trusted document holds, when it holds one named operation. */
  operationNameOf(id: string): string | undefined;
  readonly size: number;
}

/** The codegen'd documents the server itself holds, each with the hash codegen gave it. */
function generatedDocuments(): Array<{ hash: string; document: DocumentNode }> {
  return Object.values(operations as Record<string, unknown>).flatMap((value) => {
    const hash = (value as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
    return typeof hash === 'string' ? [{ hash, document: value as DocumentNode }] : [];
  });
}

export function loadTrustedDocuments(manifests: readonly string[] = MANIFESTS): TrustedDocuments {
  const byId = new Map<string, string>();
  for (const file of manifests) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the trusted documents manifest ${file} (run \`npm run codegen\`): ${(error as Error).message}`);
    }
    for (const [id, text] of Object.entries(manifest as Record<string, unknown>)) {
      if (!id.startsWith(ID_PREFIX) || typeof text !== 'string') throw new Error(`${file}: ${JSON.stringify(id)} is not a "sha256:<hex>" id with its document`);
      byId.set(id, text);
    }
  }
  const texts = new Set(byId.values());
  for (const { hash, document } of generatedDocuments()) {
    if (!byId.has(hash)) throw new Error(`the generated document ${hash} is not in ${MANIFESTS[0]}: run \`npm run codegen\``);
    // GraphiQL's tabs and the tests print the typed documents: that spelling is trusted too.
    texts.add(print(document));
  }
  const operationNames = new Set<string>();
  const nameOfId = new Map<string, string>();
  for (const [id, text] of byId) {
    const names = parse(text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    for (const name of names) operationNames.add(name);
    if (names.length === 1) nameOfId.set(id, names[0]!);
  }
  return {
    document: (id) => byId.get(id),
    isTrustedText: (query) => texts.has(query),
    operationNames,
    operationNameOf: (id) => nameOfId.get(id),
    size: byId.size,
  };
}

let loaded: TrustedDocuments | undefined;
/** The project's trusted documents, read once per process. */
export const trustedDocuments = (): TrustedDocuments => (loaded ??= loadTrustedDocuments());

/** The id of a typed document codegen made (its `__meta__.hash`), or null for a document it did not. */
export const documentIdOfDocument = (document: DocumentNode): string | null => {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : null;
};

/** A bare SHA-256 is taken as the manifest's "sha256:<hex>". */
export const normalizeDocumentId = (raw: string): string => (/^[0-9a-f]{64}$/.test(raw) ? `${ID_PREFIX}${raw}` : raw);

const idOfRequest = new WeakMap<Request, string>();

/** The trusted document id a request named, if it named one: part of the response cache's key and the ETag. */
export const requestDocumentId = (request: Request): string | undefined => idOfRequest.get(request);

/** `documentId` from a POST body (yoga keeps every key of a JSON body) or a GET's query string (yoga's GET parser drops it). */
function rawDocumentId(params: GraphQLParams, request: Request): unknown {
  const fromBody = (params as { documentId?: unknown }).documentId;
  if (fromBody !== undefined) return fromBody;
  if (request.method === 'GET') return new URL(request.url).searchParams.get('documentId') ?? undefined;
  return undefined;
}

const notAString = (value: unknown) => requestError(`Invalid parameter: documentId must be the id of a trusted document ("sha256:<hex>"), got ${JSON.stringify(value)}`, 'BAD_REQUEST', { wellFormed: false });

const shown = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

export function trustedDocumentsPlugins(documents: TrustedDocuments, { only }: { only: boolean }): Plugin[] {
  const persisted = usePersistedOperations({
    // Documents sent in full never reach it (below).
    allowArbitraryOperations: true,
    extractPersistedOperationId: (_params, request) => idOfRequest.get(request) ?? null,
    getPersistedOperation: (id) => documents.document(id) ?? null,
    customErrors: {
      notFound: ({ request }) =>
        requestError(
          `Unknown documentId ${JSON.stringify(shown(idOfRequest.get(request) ?? ''))}: no trusted document has this id (the ids are the keys of src/generated/persisted-documents.json)`,
          'PERSISTED_QUERY_NOT_IN_LIST',
          { wellFormed: false },
        ),
    },
  }) as Plugin;
  return [
    {
      onParams(payload) {
        const { params, request } = payload;
        const raw = rawDocumentId(params, request);
        if (raw === undefined || raw === null) {
          // A document sent in full, or none: yoga's own path (a request with no document gets its 400 there).
          if (only && typeof params.query === 'string' && params.query !== '' && !documents.isTrustedText(params.query)) {
            throw requestError(
              'This server runs only trusted documents: send the `documentId` of one (the keys of src/generated/persisted-documents.json) rather than a document of your own',
              'PERSISTED_QUERY_NOT_IN_LIST',
              { wellFormed: false },
            );
          }
          return;
        }
        if (typeof raw !== 'string' || raw === '') throw notAString(raw);
        if (params.query !== undefined && params.query !== null) throw requestError('Invalid parameters: send a document (`query`) or the `documentId` of a trusted one, not both', 'BAD_REQUEST', { wellFormed: false });
        idOfRequest.set(request, normalizeDocumentId(raw));
        // The plugin puts the trusted document in place of the id (and drops `documentId`, which yoga's checks would refuse).
        return persisted.onParams?.(payload);
      },
      onParse: persisted.onParse,
      onValidate: persisted.onValidate,
    },
  ];
}

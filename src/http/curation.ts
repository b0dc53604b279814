/**
 * Curation over HTTP: who is writing, the read gate, and what a subscription
 * event carries.
 *
 * - Auth: `Authorization: Bearer <token>` names a curator of
 *   CLAIMGRAPH_CURATOR_TOKENS. Tokens are compared in constant time (as
 *   SHA-256 digests, so their lengths leak nothing) and never logged. A
 *   mutation is refused before execution: UNAUTHENTICATED (401) without a
 *   valid token, FORBIDDEN (403) on a server with no curators. Queries never
 *   need a token; CORS stays credential-free (a token is a header, not a cookie).
 * - The gate (src/write/gate.ts): every request but an event stream holds it
 *   for reading from arrival to answer, so a write applies between requests.
 * - Subscriptions are served over server-sent events only; each event gets
 *   `extensions.provenance` (the articles the change touched, and the
 *   dataVersion), like any answer.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Curator } from '../config.js';
import { READ_ONLY, type Context, type Curation } from '../graphql/context.js';
import { requestError, writeRefused } from '../graphql/errors.js';
import type { ChangeFeed } from '../graphql/feed.js';
import { provenanceOf } from '../graphql/provenance.js';
import type { Hold, ReadWriteGate } from '../write/gate.js';
import type { DataWriter } from '../write/writer.js';

export interface Writes {
  readonly writer: DataWriter;
  readonly gate: ReadWriteGate;
  readonly feed: ChangeFeed;
  readonly curators: readonly Curator[];
}

const digest = (token: string) => createHash('sha256').update(token).digest();

/** The curator a request's bearer token names, or null. */
export function curatorOf(request: Request, curators: readonly Curator[]): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) return null;
  const given = digest(match[1]!);
  let found: string | null = null;
  // Every token is compared, whether or not one already matched: the time taken says nothing.
  for (const curator of curators) if (timingSafeEqual(given, digest(curator.token))) found ??= curator.name;
  return found;
}

const chosenOperation = (document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName));

const streams = (request: Request) => (request.headers.get('accept') ?? '').includes('text/event-stream');

/** The curation side of a request's context. */
export function curationOf(request: Request, writes: Writes | null, holds: WeakMap<Request, Hold>): Curation {
  if (!writes) return READ_ONLY;
  return {
    log: writes.writer.log,
    writer: writes.writer,
    enabled: writes.curators.length > 0,
    curator: writes.curators.length > 0 ? curatorOf(request, writes.curators) : null,
    hold: holds.get(request) ?? null,
    feed: writes.feed,
  };
}

/** What `curationOf` gives a request with no token, outside yoga (known-requests.ts): a read that holds no gate. */
export function anonymousCuration(writes: Writes | null): Curation {
  if (!writes) return READ_ONLY;
  return { log: writes.writer.log, writer: writes.writer, enabled: writes.curators.length > 0, curator: null, hold: null, feed: writes.feed };
}

export function curationPlugin(writes: Writes | null, holds: WeakMap<Request, Hold>): Plugin<Context> {
  return {
    async onRequest({ request }) {
      if (!writes || streams(request)) return;
      holds.set(request, await writes.gate.enter());
    },
    onResponse({ request }) {
      holds.get(request)?.release();
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (chosenOperation(args.document, args.operationName)?.operation !== 'mutation') return;
      const { curation } = args.contextValue as Context;
      if (!curation.enabled) {
        setResultAndStopExecution({ errors: [writeRefused('FORBIDDEN', 'Writes are disabled on this server: set CLAIMGRAPH_CURATOR_TOKENS (or CLAIMGRAPH_CURATOR_TOKENS_FILE) to "name:token" pairs to enable curation')] });
      } else if (!curation.curator) {
        const sent = (args.contextValue as { request?: Request }).request?.headers.has('authorization');
        setResultAndStopExecution({
          errors: [writeRefused('UNAUTHENTICATED', sent ? 'The bearer token names no curator of this server' : 'A mutation needs a curator token: send "Authorization: Bearer <token>"')],
        });
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request && !streams(request)) {
        setResultAndStopExecution({ errors: [requestError('Subscriptions are served over server-sent events: send the request with "Accept: text/event-stream"', 'OPERATION_NOT_SUPPORTED')] });
        return;
      }
      const context = args.contextValue as Context;
      return {
        onSubscribeResult() {
          return {
            onNext({ result, setResult }) {
              // Each event counts the articles its own answer drew on, then starts afresh.
              const provenance = provenanceOf(context.provenance, context.store.version);
              context.provenance.clear();
              setResult({ ...result, extensions: { ...result.extensions, provenance } });
            },
          };
        },
      };
    },
  };
}

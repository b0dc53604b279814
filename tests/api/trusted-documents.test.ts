/**
 * Trusted documents through `yoga.fetch`: the manifest holds every operation
 * the project ships, a document is run by its id over GET and POST, and a bad
 * id or parameter is refused naming what was wrong. A real server that runs
 * only trusted documents is tests/http/trusted-documents.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DisputesSideBySideDocument, TheSourcesDocument, ViewerArticleDocument } from '../../src/generated/graphql.js';
import { MemoryStore } from '../../src/domain/store.js';
import { EXAMPLE_TABS } from '../../src/http/yoga.js';
import { loadTrustedDocuments, MANIFESTS, trustedDocuments } from '../../src/http/trusted-documents.js';
import { bundled, yogaOf } from '../helpers/api.js';
import { PROJECT_ROOT } from '../helpers/server.js';

const GR = 'application/graphql-response+json';
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const { store, yoga } = bundled();
const getById = async (id: string, variables?: object, y = yoga): Promise<Response> =>
  y.fetch(`http://claimgraph.test/graphql?${new URLSearchParams({ documentId: id, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`, { headers: { accept: GR } });
const post = async (body: object, y = yoga): Promise<Response> => y.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify(body) });

/** The named operations of the .graphql files in a folder. */
const operationsIn = (dir: string) =>
  readdirSync(join(PROJECT_ROOT, dir))
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(join(PROJECT_ROOT, dir, f), 'utf8')).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name!.value] : [])));

describe('trusted documents', () => {
  it('the manifests hold every operation the project ships: GraphiQL examples, exports, viewer, frontend example', () => {
    const shipped = [...operationsIn('examples/operations'), ...operationsIn('examples/frontend/src')];
    expect(shipped).toEqual(expect.arrayContaining(['TheSources', 'ExportClaims', 'ExportAnnotations', 'ViewerTopic', 'Disputes', 'ClaimsAbout']));
    const { operationNames } = trustedDocuments();
    expect(shipped.filter((name) => !operationNames.has(name))).toEqual([]);
    // Each manifest is a JSON object of "sha256:<hex>" -> document, as codegen's client preset writes it.
    for (const file of MANIFESTS) {
      const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as Record<string, string>;
      expect(Object.keys(manifest).length, file).toBeGreaterThan(0);
      for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(() => loadTrustedDocuments(['no/such/manifest.json'])).toThrow(/cannot read the trusted documents manifest no\/such\/manifest.json \(run `npm run codegen`\)/);
  });

  it('runs a document by its id, over GET and in a POST body, as it runs the document itself', async () => {
    // The manifest's document is codegen's normalised print (fields sorted): the id runs that one.
    const byQuery = await (await post({ query: trustedDocuments().document(idOf(TheSourcesDocument))! })).text();
    const byGet = await getById(idOf(TheSourcesDocument));
    expect(byGet.status).toBe(200);
    expect(await byGet.text()).toBe(byQuery);
    const byPost = await post({ documentId: idOf(TheSourcesDocument) });
    expect(await byPost.text()).toBe(byQuery);
    // With variables, and with the bare hash.
    const slug = store.sources()[0]!.slug;
    const article = JSON.parse(await (await getById(idOf(ViewerArticleDocument).slice('sha256:'.length), { slug })).text());
    expect(article.data.source.slug).toBe(slug);
    expect(article.extensions.provenance.sources.map((s: { slug: string }) => s.slug)).toEqual([slug]);
  });

  it('refuses an unknown id, a malformed one, and an id with a document, naming what was wrong', async () => {
    const cases: Array<[Promise<Response>, string, string]> = [
      [getById('sha256:0000'), 'PERSISTED_QUERY_NOT_IN_LIST', 'Unknown documentId "sha256:0000": no trusted document has this id (the ids are the keys of src/generated/persisted-documents.json)'],
      [post({ documentId: 42 }), 'BAD_REQUEST', 'Invalid parameter: documentId must be the id of a trusted document ("sha256:<hex>"), got 42'],
      [post({ documentId: '' }), 'BAD_REQUEST', 'Invalid parameter: documentId must be the id of a trusted document ("sha256:<hex>"), got ""'],
      [post({ documentId: idOf(TheSourcesDocument), query: '{ __typename }' }), 'BAD_REQUEST', 'Invalid parameters: send a document (`query`) or the `documentId` of a trusted one, not both'],
      [
        Promise.resolve(yoga.fetch(`http://claimgraph.test/graphql?documentId=${idOf(TheSourcesDocument)}&query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: GR } })),
        'BAD_REQUEST',
        'Invalid parameters: send a document (`query`) or the `documentId` of a trusted one, not both',
      ],
    ];
    for (const [pending, code, message] of cases) {
      const response = await pending;
      expect(response.status, message).toBe(400);
      expect((await response.json()).errors).toEqual([{ message, extensions: { code } }]);
    }
    // Malformed variables by id: the same 400 as with a document.
    const badVariables = await yoga.fetch(`http://claimgraph.test/graphql?documentId=${idOf(ViewerArticleDocument)}&variables=%7Bnot-json`, { headers: { accept: GR } });
    expect(badVariables.status).toBe(400);
    expect((await badVariables.json()).errors[0].message).toMatch(/^Invalid parameter: variables is not valid JSON/);
    // A request with no document at all keeps its 400.
    const none = await yoga.fetch('http://claimgraph.test/graphql', { headers: { accept: 'application/json' } });
    expect(none.status).toBe(400);
    expect((await none.json()).errors[0]).toEqual({ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('with CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY=true, refuses other documents and runs the trusted ones, spelled as GraphiQL sends them too', async () => {
    const only = yogaOf(store, { trustedDocumentsOnly: true });
    const adHoc = await post({ query: '{ sources { totalCount } }' }, only);
    expect(adHoc.status).toBe(400);
    expect((await adHoc.json()).errors).toEqual([
      { message: 'This server runs only trusted documents: send the `documentId` of one (the keys of src/generated/persisted-documents.json) rather than a document of your own', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } },
    ]);
    expect((await getById(idOf(DisputesSideBySideDocument), undefined, only)).status).toBe(200);
    // GraphiQL's example tabs are trusted documents, sent in full.
    expect(EXAMPLE_TABS.length).toBeGreaterThan(0);
    for (const tab of EXAMPLE_TABS) expect((await post({ query: tab.query }, only)).status, tab.query.slice(0, 40)).toBe(200);
    // The manifest's own spelling too; one character more is another document.
    const manifestText = trustedDocuments().document(idOf(TheSourcesDocument))!;
    expect((await post({ query: manifestText }, only)).status).toBe(200);
    expect((await post({ query: `${manifestText} ` }, only)).status).toBe(400);
  });

  it('is part of the response cache key: a document by id and by text are cached apart', async () => {
    let reads = 0;
    const counted = Object.create(store, { topics: { value: (...args: Parameters<MemoryStore['topics']>) => (reads++, store.topics(...args)) } }) as MemoryStore;
    const cached = yogaOf(counted, { responseCache: true });
    const id = idOf(DisputesSideBySideDocument);
    const first = await (await getById(id, undefined, cached)).text();
    expect(reads).toBe(1);
    expect(await (await getById(id, undefined, cached)).text()).toBe(first);
    expect(await (await post({ documentId: id }, cached)).text()).toBe(first);
    expect(reads).toBe(1);
    expect(await (await post({ query: trustedDocuments().document(id)! }, cached)).text()).toBe(first);
    expect(reads).toBe(2);
  });
});

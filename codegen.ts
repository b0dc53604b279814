import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: typed documents (client preset) for every operation
 * the tests, examples and the viewer send. `npm run codegen` regenerates them;
 * `npm run codegen:check` (part of `npm test`) fails when they are stale.
 *
 * `persistedDocuments` also writes each target's trusted documents manifest
 * (persisted-documents.json: "sha256:<hex>" -> document), which the server
 * reads (src/http/trusted-documents.ts): clients send the id, not the document.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  // NodeNext module resolution needs explicit .js extensions in the generated imports.
  importExtension: '.js',
  generates: {
    'src/generated/': {
      documents: ['tests/operations/**/*.graphql', 'examples/operations/**/*.graphql'],
      preset: 'client',
      // The documents keep their definitions (GraphiQL's tabs and the tests print them) and gain `__meta__.hash`.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', JSON: 'unknown' } },
    },
    // The frontend example (examples/frontend): its own operations, typed the way a frontend project would.
    'examples/frontend/src/gql/': {
      documents: ['examples/frontend/src/**/*.graphql'],
      preset: 'client',
      // urql needs a document's definitions to create an operation; the example's exchange then sends only `__meta__.hash`.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, scalars: { Date: 'string', JSON: 'unknown' } },
    },
  },
  hooks: {},
};

export default config;

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Test files importing `graphql` would get index.mjs while Pothos and yoga load
  // the CommonJS build: two copies, "Cannot use GraphQLObjectType from another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Server and browser tests start processes: keep the 2-core machine calm.
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});

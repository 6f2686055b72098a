import { defineConfig } from 'vitest/config';

// Two tiers, as in neo4j/graphql: unit tests need nothing; integration tests (*.int.test.ts)
// share one real Neo4j started by the global setup (embedded unless NEO4J_URI is set).
export default defineConfig({
  test: {
    // @neo4j/graphql's Date scalar uses local-time getters: run everything in UTC.
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          // A loaded 2-core machine can take seconds to parse a seed on first call: bound a hung
          // test, never a slow one (speed is measured in bench/).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/int/**/*.int.test.ts', 'web/test/**/*.int.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          globalSetup: ['test/int/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

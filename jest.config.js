// Two tiers: `unit` needs no database; `integration` runs against a real
// Neo4j that globalSetup starts on a free port (or NEO4J_URI when set).
// tsconfig.test.json sets isolatedModules, so ts-jest transpiles without type-checking
// (`npm test` type-checks with tsc first).
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  // Integration test files share one Neo4j database, so files run one at a time.
  maxWorkers: 1,
  // Jest 30 reads testTimeout only at the top level, not inside projects.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
    },
  ],
};

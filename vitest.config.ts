import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Whether nginx is here for tests/deploy/, decided once (a single line when it is not).
    globalSetup: ['tests/support/deployGlobalSetup.ts'],
    // Build-output and browser tests read dist/, which `npm test` builds first.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});

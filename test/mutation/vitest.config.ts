// The tests of one mutation scope (stryker.config.mjs sets the list), unit and integration alike.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skip = process.env.MUTATION_SKIP_TESTS;
const include = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  test: {
    root,
    include,
    // Integration tests run the app's worker threads from their bundles, built first (as in test/vitest.config.ts).
    ...(include.some((file) => file.startsWith('test/integration/'))
      ? { globalSetup: ['test/support/build-workers.ts'] }
      : {}),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    ...(skip ? { testNamePattern: new RegExp(`^(?!.*${skip}).*$`) } : {}),
  },
});

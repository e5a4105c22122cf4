// The tests of one mutation scope (stryker.config.mjs sets the list), unit and integration alike.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skip = process.env.MUTATION_SKIP_TESTS;

export default defineConfig({
  test: {
    root,
    include: (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    ...(skip ? { testNamePattern: new RegExp(`^(?!.*${skip}).*$`) } : {}),
  },
});

import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', root, include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          root,
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/build-workers.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          // What a page shows after a write or another desk's change comes through a stream and a new
          // reply: on a loaded machine that takes seconds, not expect.poll's default one.
          expect: { poll: { timeout: 15_000 } },
          // A demo office of thousands, its sample papers rendered, before the first test.
          hookTimeout: 120_000,
          // Each file starts its own server on a fresh data folder and its own Chromium on port 0, so
          // e2e files share the workers with the other projects' files instead of queueing after them.
        },
      },
    ],
  },
});

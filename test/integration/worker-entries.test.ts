// Every worker thread runs a bundled entry (db/workers/run-in-worker.ts; lint forbids handing a
// worker code to evaluate): each entry the app names is built beside the bundles by main/build.mjs.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { WORKER_ENTRIES, workerFile } from '../../db/workers/run-in-worker';

it('builds every worker entry the app names', () => {
  for (const name of WORKER_ENTRIES) expect(fs.existsSync(workerFile(name)), name).toBe(true);
});

// StrykerJS on the safety checks (test/mutation/scopes.mjs), one scope per run: `npm run mutation`.
// Incremental, so a re-run tests only the mutants whose code or tests changed; two workers, as this
// machine has two cores.
import process from 'node:process';
import { currentScope } from './test/mutation/scopes.mjs';

const scope = currentScope();
// Read by the mutation vitest config in Stryker's test runner processes, which inherit the environment.
process.env.MUTATION_TESTS = scope.tests.join(',');
process.env.MUTATION_SKIP_TESTS = scope.skipTests ?? '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: scope.mutate,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `test/mutation/incremental/${scope.name}.json`,
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${scope.name}.json` },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['dist', 'dist-*', 'release', 'reports', 'bench', 'docs', '.data', 'test-results'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

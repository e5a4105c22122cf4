// StrykerJS on the safety checks (test/mutation/scopes.mjs), one scope per run: `npm run mutation`.
// Incremental, so a re-run tests only the mutants whose code or tests changed; two workers, as this
// machine has two cores (MUTATION_CONCURRENCY=1 on a machine shared with other work).
import fs from 'node:fs';
import process from 'node:process';
import { currentScope } from './test/mutation/scopes.mjs';

const scope = currentScope();
// MUTATION_ONLY=file,… mutates part of a scope: the incremental result keeps the other files' mutants
// from earlier runs, so a slow scope can be run a file at a time.
const only = process.env.MUTATION_ONLY?.split(',').filter(Boolean);
const unknownFiles = only?.filter((file) => !scope.mutate.includes(file)) ?? [];
if (unknownFiles.length > 0) throw new Error(`not in scope ${scope.name}: ${unknownFiles.join(', ')}`);
const mutate = only && only.length > 0 ? only : scope.mutate;
// MUTATION_TESTS_ONLY=file,… runs only some of the scope's tests: those that cover the part mutated.
const onlyTests = process.env.MUTATION_TESTS_ONLY?.split(',').filter(Boolean);
const unknownTests = onlyTests?.filter((file) => !scope.tests.includes(file)) ?? [];
if (unknownTests.length > 0) throw new Error(`not a test of scope ${scope.name}: ${unknownTests.join(', ')}`);
// The TypeScript checker checks the scope's files and what they import, not the whole project: on a
// loaded two-core machine a check of all ~900 files per mutant group took minutes. A mutant that would
// break only a caller's types is then left to the tests. Written before Stryker copies the sandbox.
const tsconfigFile = `test/mutation/tsconfig.${scope.name}.json`;
const files = scope.mutate.map((entry) => `../../${entry.replace(/(:\d+(:\d+)?-\d+(:\d+)?)$/, '')}`);
fs.writeFileSync(tsconfigFile, `${JSON.stringify({ extends: '../../tsconfig.json', include: [], files }, null, 2)}\n`);
// Read by the mutation vitest config in Stryker's test runner processes, which inherit the environment.
process.env.MUTATION_TESTS = (onlyTests && onlyTests.length > 0 ? onlyTests : scope.tests).join(',');
process.env.MUTATION_SKIP_TESTS = scope.skipTests ?? '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  // A scope may go without (typeCheck: false) when its checks would take longer than its tests: a
  // mutant that would not compile then runs, and a survivor among them is named as such.
  checkers: scope.typeCheck === false ? [] : ['typescript'],
  tsconfigFile,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `test/mutation/incremental/${scope.name}.json`,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  // A mutant that hangs a test (a store that never opens) costs this much more than the tests' own time;
  // MUTATION_TIMEOUT_MS shortens it for a scope whose broken mutants mostly hang.
  timeoutMS: Number(process.env.MUTATION_TIMEOUT_MS ?? 30000),
  // The first run of every test, under load, takes longer than the default five minutes for an integration scope.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${scope.name}.json` },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['dist', 'dist-*', 'release', 'reports', 'bench', 'docs', '.data', 'test-results'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

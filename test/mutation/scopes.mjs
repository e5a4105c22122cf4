// The safety checks under mutation testing, one scope at a time: the files mutated and the tests that
// check them (unit and integration tests only; tests that run a built dist/ are left out, as the
// bundle would carry the mutated code without Stryker's switch). `npm run mutation -- SCOPE…` runs
// the named scopes, all of them without names.
import process from 'node:process';

export const scopes = {
  'id-check-digit': {
    mutate: ['shared/identity/israeli-id.ts'],
    tests: ['test/unit/israeli-id.test.ts', 'test/unit/client-schema.test.ts'],
  },
  sessions: {
    mutate: ['main/services/sessions.ts'],
    tests: ['test/unit/session-store.test.ts'],
  },
  deadlines: {
    mutate: ['shared/rules/working-days.ts', 'shared/rules/calendar.ts', 'shared/rules/calculators/deadline.ts'],
    tests: ['test/unit/rules-deadline.test.ts', 'test/unit/committee-deadlines.test.ts', 'test/unit/rest-days.test.ts'],
  },
  'fee-caps': {
    mutate: ['shared/rules/calculators/fee-limit.ts', 'shared/paperwork/fee-caps.ts'],
    tests: ['test/unit/rules-fee-limit.test.ts', 'test/unit/paperwork.test.ts'],
  },
  'paperwork-gating': {
    mutate: ['shared/paperwork/gating.ts', 'db/repositories/consent-state.ts'],
    tests: ['test/unit/paperwork.test.ts', 'test/integration/paperwork-in-force.test.ts'],
  },
  'audit-chain': {
    mutate: ['db/repositories/audit.ts', 'db/audit-heads.ts', 'db/audit-head-file.ts'],
    tests: ['test/integration/audit.test.ts', 'test/integration/audit-heads.test.ts'],
    skipTests: 'CLI',
    // The type checker's first pass alone took minutes on a shared machine; a test run kills most mutants within a test.
    typeCheck: false,
  },
  'role-checks': {
    mutate: ['main/services/dispatch.ts', 'shared/api/procedure.ts', 'main/services/refusal-log.ts'],
    tests: [
      'test/unit/procedure-access.test.ts',
      'test/integration/dispatch.test.ts',
      'test/integration/contract-roles.test.ts',
      'test/integration/refused-calls.test.ts',
      'test/integration/staff.test.ts',
      'test/integration/operations-log.test.ts',
    ],
    typeCheck: false,
  },
  'backup-restore': {
    mutate: ['db/restore.ts'],
    // backup-documents: the documents a restore brings back from the pools, and those it names as missing;
    // restore-file: restoreDatabase itself, on files the app's procedures cannot hand it.
    tests: [
      'test/integration/restore-file.test.ts',
      'test/integration/backup.test.ts',
      'test/integration/backup-documents.test.ts',
    ],
    typeCheck: false,
  },
  'import-dry-run': {
    mutate: ['shared/transfer/plan.ts'],
    // The plan is pure: its unit tests reach every line. The integration tests through real files
    // (transfer) would cost a minute and a half for each mutant on a shared machine.
    tests: ['test/unit/import-plan.test.ts'],
    // Its tests take a tenth of a second; checking each mutant's types took half a minute.
    typeCheck: false,
  },
};

/** The scope Stryker's config is for (MUTATION_SCOPE). */
export function currentScope(env = process.env) {
  const name = env.MUTATION_SCOPE;
  const scope = name && Object.hasOwn(scopes, name) ? scopes[name] : undefined;
  if (!scope) throw new Error(`MUTATION_SCOPE must be one of: ${Object.keys(scopes).join(', ')}`);
  return { name, ...scope };
}

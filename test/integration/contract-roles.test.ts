// The contract walked whole: every procedure, for every role its access leaves out, is refused through
// the real dispatch with `forbidden` and changes nothing in the store — only the refusal is audited.
// Without a session, every procedure that is not public answers `unauthenticated`.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ProcedureName } from '../../shared/api/contract';
import type { Role } from '../../shared/schemas/staff';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

const roles: Role[] = ['owner', 'lawyer', 'staff'];
const names = Object.keys(contract) as ProcedureName[];

let app: TestApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  app = await openTestApp();
  tokens.set('owner', await setUpAndLogIn(app));
  tokens.set('lawyer', await logInAs(app, 'lawyer'));
  tokens.set('staff', await logInAs(app, 'staff'));
  expectOk(
    await app.call(tokens.get('owner')!, 'clients.create', {
      idNumber: validId('30303030'),
      firstNameHe: 'רות',
      lastNameHe: 'לב',
      birthDate: '1980-02-02',
      sex: 'female',
    }),
  );
});
afterAll(() => app?.dispose());

/** Every table's rows, hashed (in a fixed order: some tables have no rowid); the audit log's refusals aside. */
function fingerprint(): Record<string, string> {
  const tables = app.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const where = table === 'audit_log' ? " WHERE action <> 'refused'" : '';
      const rows = app.store.sqlite.prepare(`SELECT * FROM "${table}"${where}`).raw().all();
      const text = rows
        .map((row) =>
          JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
        )
        .sort();
      return [table, createHash('sha256').update(text.join('\n')).digest('hex')];
    }),
  );
}

const refusedRows = () =>
  app.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'refused'").pluck().get() as number;

const excluded = names.flatMap((name) => {
  const { access } = contract[name];
  return access === 'public' ? [] : roles.filter((role) => !access.includes(role)).map((role) => ({ name, role }));
});

describe('the contract walked whole', () => {
  it('leaves some procedures to owners and some to owners and lawyers', () => {
    expect(excluded.filter((e) => e.role === 'lawyer').length).toBeGreaterThanOrEqual(10);
    expect(excluded.filter((e) => e.role === 'staff').length).toBeGreaterThanOrEqual(25);
    expect(excluded.some((e) => e.role === 'owner')).toBe(false);
  });

  it('refuses every procedure to every role it leaves out, changing nothing but the refusal log', async () => {
    const before = fingerprint();
    const refusedBefore = refusedRows();
    const answers: Record<string, unknown> = {};
    for (const { name, role } of excluded) {
      const reply = await app.call(tokens.get(role)!, name, {} as never);
      answers[`${role} ${name}`] = reply.ok ? 'ok' : reply.error.code;
    }
    expect(answers).toEqual(Object.fromEntries(excluded.map(({ name, role }) => [`${role} ${name}`, 'forbidden'])));
    expect(fingerprint()).toEqual(before);
    expect(refusedRows() - refusedBefore).toBe(excluded.length);
  });

  it('answers every procedure that is not public with `unauthenticated` without a session, changing nothing', async () => {
    const before = fingerprint();
    const refusedBefore = refusedRows();
    const closed = names.filter((name) => contract[name].access !== 'public');
    const answers = Object.fromEntries(
      await Promise.all(closed.map(async (name) => [name, await app.call(null, name, {} as never)] as const)),
    );
    expect(Object.values(answers).every((reply) => !reply.ok && reply.error.code === 'unauthenticated')).toBe(true);
    expect(fingerprint()).toEqual(before);
    expect(refusedRows()).toBe(refusedBefore);
  });

  it('still lets each role call what it may: the refusals were about the role, not the sessions', async () => {
    for (const role of roles) expect((await app.call(tokens.get(role)!, 'auth.me', {})).ok).toBe(true);
  });
});

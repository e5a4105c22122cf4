// Random and hostile inputs to every procedure of the contract, under every role and without a
// session (fast-check): the reply is always { ok, value | error }, never an 'internal' error, never a
// stack trace or a path of ours; and a role the contract excludes changes nothing in the store.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Role } from '../../shared/schemas/staff';
import { closePdfRenderer } from '../../main/paperwork/pdf-renderer';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
const tokens: Record<Role | 'none', string | null> = { owner: null, lawyer: null, staff: null, none: null };
let members = 0;

beforeAll(async () => {
  app = await openTestApp();
  tokens.owner = await setUpAndLogIn(app);
  tokens.lawyer = await logInAs(app, 'lawyer');
  tokens.staff = await logInAs(app, 'staff');
  const client = expectOk(
    await app.call(tokens.owner, 'clients.create', {
      idNumber: validId('44556677'),
      firstNameHe: 'מאיה',
      lastNameHe: 'שגיא',
      birthDate: '1968-04-04',
      sex: 'female',
    }),
  );
  expectOk(
    await app.call(tokens.owner, 'claims.create', {
      clientId: client.id,
      benefit: 'general_disability',
      formNumber: null,
      summary: null,
    }),
  );
}, 60_000);
afterAll(async () => {
  await closePdfRenderer();
  app.dispose();
});

const HOSTILE: unknown[] = [
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  '%FF',
  '\u0000',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '=HYPERLINK("http://x")',
  'א'.repeat(5000),
  '',
  ' ',
  -1,
  0,
  1,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -0,
  null,
  true,
  [],
  {},
  { __proto__: { admin: true } },
  '2026-02-30',
  '9999-12-31',
];

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(undefined),
);

/** Objects with the procedure's own keys (so the fuzz reaches past "unknown field"), filled with hostile values. */
function inputFor(name: ProcedureName): fc.Arbitrary<unknown> {
  const schema = contract[name].input as z.ZodType;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, hostile])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 });
}

/** Every user table's rows, except the audit rows that record refusals: what a refused call may not change. */
function storeDigest(): string {
  const tables = app.store.sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'client_search%' order by name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const where = table === 'audit_log' ? " where action not in ('refused', 'bulk_read')" : '';
    hash
      .update(table)
      .update(JSON.stringify(app.store.sqlite.prepare(`select * from "${table}"${where} order by 1`).raw().all()));
  }
  return hash.digest('hex');
}

function assertWellFormed(reply: ApiResult<unknown>): void {
  expect(typeof reply.ok).toBe('boolean');
  if (reply.ok) return;
  expect(reply.error.code).not.toBe('internal');
  expect(reply.error.message).not.toMatch(
    /\n\s+at |node_modules|\/work\/|Error:|TypeError|SqliteError|undefined|\[object/,
  );
}

const NAMES = Object.keys(contract) as ProcedureName[];
const ROLES = ['owner', 'lawyer', 'staff', 'none'] as const;

describe('every procedure, every role, hostile input', () => {
  for (const name of NAMES) {
    it(
      name,
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...ROLES), inputFor(name), async (role, input) => {
            // A new minute for the read meter; a session the fuzz itself ended (a logout, a role change,
            // a restore) is replaced by a fresh member of that role.
            app.clock.advanceMinutes(1);
            for (const role of ['owner', 'lawyer', 'staff'] as const) {
              const live = app.sessions.resolve(tokens[role]);
              if (typeof live !== 'object' || live?.role !== role)
                tokens[role] = await logInAs(app, role, `${role}-${++members}`);
            }
            const { access } = contract[name];
            const refused = access !== 'public' && (role === 'none' || !access.includes(role));
            const before = refused ? storeDigest() : '';
            const reply = await app.dispatch(app.sessions.resolve(tokens[role]), name, input);
            assertWellFormed(reply);
            if (refused) {
              expect(reply).toMatchObject({
                ok: false,
                error: { code: role === 'none' ? 'unauthenticated' : 'forbidden' },
              });
              expect(storeDigest()).toBe(before);
            }
          }),
          { numRuns: 12 },
        );
      },
      60_000,
    );
  }
});

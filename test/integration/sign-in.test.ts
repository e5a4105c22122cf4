// Sessions and sign-ins that hold: a password change closes the other sessions, guessing is slowed
// and then locked (one audit row per burst, the lock shown to the owner, who can lift it), weak and
// common passwords are refused, nothing is trimmed, old hashes are redone, sessions end after hours.
import { describe, expect, it } from 'vitest';
import { insertStaff } from '../../db/repositories/staff';
import { eachTestInNewOffice, expectOk, OWNER, type TestApp } from '../support/app';
import { signedIn } from '../support/signed-in';
import { logInAs } from '../support/staff';
import { scryptHash } from '../support/scrypt';

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  token = signedIn;
});

interface AuditRow {
  action: string;
  entity_id: number | null;
  details: string | null;
}

function auditRows(...actions: string[]): AuditRow[] {
  const marks = actions.map(() => '?').join(', ');
  return app.store.sqlite
    .prepare(`select action, entity_id, details from audit_log where action in (${marks}) order by id`)
    .all(...actions) as AuditRow[];
}

async function addMaya(): Promise<number> {
  return expectOk(
    await app.call(token, 'staff.create', {
      fullName: 'מיה לוי',
      username: 'maya',
      password: 'Maya-Sisma-2026',
      role: 'staff',
    }),
  ).id;
}

const login = (username: string, password: string) => app.call(null, 'auth.login', { username, password });
const alive = async (session: string) => (await app.call(session, 'auth.me', {})).ok;

describe('sessions after a password change', () => {
  it('closes the other sessions of whoever changes their password, and keeps the one that changed it', async () => {
    const other = signedIn(await login(OWNER.username, OWNER.password)).token;
    expectOk(
      await app.call(token, 'auth.changePassword', {
        currentPassword: OWNER.password,
        newPassword: 'Shalom-Olam-2026',
      }),
    );
    expect(await alive(token)).toBe(true);
    expect(await alive(other)).toBe(false);
  });

  it('closes every session of a member whose password the owner resets', async () => {
    await addMaya();
    const mayaDesk = signedIn(await login('maya', 'Maya-Sisma-2026')).token;
    const mayaLaptop = signedIn(await login('maya', 'Maya-Sisma-2026')).token;
    const maya = expectOk(await app.call(token, 'staff.list', {})).find((m) => m.username === 'maya')!;
    expectOk(await app.call(token, 'staff.setPassword', { id: maya.id, password: 'Tmunat-Nof-77' }));
    expect(await alive(mayaDesk)).toBe(false);
    expect(await alive(mayaLaptop)).toBe(false);
    expect(await alive(token)).toBe(true);
  });

  it('reports a reset that lost a race with an edit as a conflict, and audits no reset', async () => {
    await addMaya();
    const maya = expectOk(await app.call(token, 'staff.list', {})).find((m) => m.username === 'maya')!;
    // The reset reads the row, then hashes for a while; the edit lands in between.
    const [reset, edit] = await Promise.all([
      app.call(token, 'staff.setPassword', { id: maya.id, password: 'Tmunat-Nof-77' }),
      app.call(token, 'staff.update', { ...maya, fullName: 'מיה כהן' }),
    ]);
    expect(edit.ok).toBe(true);
    expect(reset).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(auditRows('set_password')).toEqual([]);
    expect(signedIn(await login('maya', 'Maya-Sisma-2026')).staff.fullName).toBe('מיה כהן');
  });

  it('ends a session after its absolute lifetime however busy it is', async () => {
    for (let minutes = 0; minutes < 12 * 60; minutes += 20) {
      expect(await alive(token)).toBe(true); // busy all day: never idle for 30 minutes
      app.clock.advanceMinutes(20);
    }
    app.clock.advanceMinutes(1);
    expect(await app.call(token, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('password rules', () => {
  it('refuses a short password and a common one, naming the field', async () => {
    const short = await app.call(token, 'staff.create', {
      fullName: 'רון',
      username: 'ron',
      password: '12345678',
      role: 'staff',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'password', message: 'סיסמה: יש להקליד לפחות 10 תווים' },
    });
    const common = await app.call(token, 'auth.changePassword', {
      currentPassword: OWNER.password,
      newPassword: '1234567890',
    });
    expect(common).toMatchObject({ ok: false, error: { code: 'validation', field: 'newPassword' } });
    expect(common.ok === false && common.error.message).toContain('הסיסמה נפוצה');
    const likeName = await app.call(token, 'staff.create', {
      fullName: 'רון',
      username: 'ronaldo77',
      password: 'ronaldo7777',
      role: 'staff',
    });
    expect(likeName).toMatchObject({ ok: false, error: { field: 'password' } });
  });

  it('never trims a password: one ending in a space signs in with the space and not without it', async () => {
    expectOk(
      await app.call(token, 'auth.changePassword', {
        currentPassword: OWNER.password,
        newPassword: ' Gan-Eden-Yarok ',
      }),
    );
    expect(signedIn(await login(OWNER.username, ' Gan-Eden-Yarok ')).staff.username).toBe('dana');
    expect(await login(OWNER.username, 'Gan-Eden-Yarok')).toMatchObject({
      ok: false,
      error: { code: 'bad_credentials' },
    });
  });

  it('redoes a hash made with weaker scrypt parameters at the next sign-in', async () => {
    const weak = await scryptHash('Yashan-Aval-Tov', 2 ** 15);
    insertStaff(app.store.db, {
      officeId: 1,
      fullName: 'ותיק',
      username: 'old-timer',
      role: 'staff',
      passwordHash: weak,
    });
    signedIn(await login('old-timer', 'Yashan-Aval-Tov'));
    const stored = app.store.sqlite
      .prepare("select password_hash from staff_member where username = 'old-timer'")
      .pluck()
      .get() as string;
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
    expect(signedIn(await login('old-timer', 'Yashan-Aval-Tov')).staff.username).toBe('old-timer');
  });
});

// Each of these checks ten or more passwords at scrypt's full cost.
const MANY_TRIES = 60_000;

describe('login throttling', () => {
  it(
    'makes a guesser wait more and more, then locks the name; one audit row per burst',
    async () => {
      await addMaya();
      const replies = [];
      for (let i = 0; i < 3; i += 1) replies.push(await login('maya', `wrong-guess-${i}`));
      expect(replies.map((r) => r.ok === false && r.error.code)).toEqual([
        'bad_credentials',
        'bad_credentials',
        'bad_credentials',
      ]);
      expect((await login('maya', 'wrong-guess-3')).ok).toBe(false); // the fourth is still checked…
      const hurried = await login('maya', 'Maya-Sisma-2026'); // …but the next must wait, even the right one
      expect(hurried).toMatchObject({ ok: false, error: { code: 'throttled' } });
      expect(hurried.ok === false && hurried.error.message).toMatch(/יש להמתין (שנייה|\d+ שניות) ולנסות שוב/);

      for (let i = 4; i < 10; i += 1) {
        app.clock.advanceMinutes(1); // past each wait
        expect(await login('maya', `wrong-guess-${i}`)).toMatchObject({
          ok: false,
          error: { code: 'bad_credentials' },
        });
      }
      app.clock.advanceMinutes(5);
      const locked = await login('maya', 'Maya-Sisma-2026');
      expect(locked).toMatchObject({ ok: false, error: { code: 'throttled' } });
      expect(locked.ok === false && locked.error.message).toContain('נחסמה זמנית');

      // Ten tries, one burst: one row for the burst and one for the lock, not ten.
      expect(auditRows('login_failed', 'login_locked').map((row) => row.action)).toEqual([
        'login_failed',
        'login_locked',
      ]);

      app.clock.advanceMinutes(11); // the lock lifts by itself after fifteen minutes
      expect(signedIn(await login('maya', 'Maya-Sisma-2026')).staff.username).toBe('maya');
    },
    MANY_TRIES,
  );

  it('refuses tries sent in parallel for one name while one is being checked', async () => {
    await addMaya();
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => login('maya', `parallel-guess-${i}`)));
    const codes = replies.map((reply) => (reply.ok ? 'ok' : reply.error.code));
    expect(codes.filter((code) => code === 'bad_credentials')).toHaveLength(1);
    expect(codes.filter((code) => code === 'throttled')).toHaveLength(7);
  });

  it(
    'shows the lock to the owner alone, who can lift it (audited)',
    async () => {
      await addMaya();
      for (let i = 0; i < 10; i += 1) {
        await login('maya', `wrong-guess-${i}`);
        app.clock.advanceMinutes(1);
      }
      const clerk = await logInAs(app, 'staff');
      expect(await app.call(clerk, 'auth.lockouts', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const locks = expectOk(await app.call(token, 'auth.lockouts', {}));
      expect(locks).toEqual([
        { kind: 'username', key: 'maya', fullName: 'מיה לוי', failures: 10, lockedUntil: expect.any(String) },
      ]);
      expectOk(await app.call(token, 'auth.unlock', { kind: 'username', key: 'maya' }));
      expect(expectOk(await app.call(token, 'auth.lockouts', {}))).toEqual([]);
      expect(auditRows('login_unlocked')).toHaveLength(1);
      expect(signedIn(await login('maya', 'Maya-Sisma-2026')).staff.username).toBe('maya');
    },
    MANY_TRIES,
  );

  it(
    'throttles a client address that sprays many names',
    async () => {
      const fromAddress = (address: string, username: string, password: string) =>
        app.dispatch(null, 'auth.login', { username, password }, { clientAddress: address });
      for (let i = 0; i < 11; i += 1) {
        expect(await fromAddress('10.0.0.66', `guess-${i}`, 'Aleph-Bet-Gimel')).toMatchObject({
          ok: false,
          error: { code: 'bad_credentials' },
        });
      }
      expect(await fromAddress('10.0.0.66', OWNER.username, OWNER.password)).toMatchObject({
        ok: false,
        error: { code: 'throttled' },
      });
      expect(await fromAddress('10.0.0.7', OWNER.username, OWNER.password)).toMatchObject({
        ok: true,
        value: { token: expect.any(String) },
      });
      // Spraying unknown names leaves one row for the address's burst, with no name in it.
      const failed = auditRows('login_failed');
      expect(failed).toHaveLength(1);
      expect(JSON.parse(failed[0]!.details!)).toEqual({ from: '10.0.0.66' });
    },
    MANY_TRIES,
  );

  it('does not store a typed username that no staff member has (people type passwords there)', async () => {
    await login('Sod-Gadol-1', 'whatever-1');
    const [row] = auditRows('login_failed');
    expect(row!.entity_id).toBeNull();
    expect(JSON.stringify(row)).not.toMatch(/sod-gadol-1/i);
    app.clock.advanceMinutes(20); // a new burst
    await login(OWNER.username, 'not-the-password');
    expect(JSON.parse(auditRows('login_failed')[1]!.details!)).toMatchObject({ username: 'dana' });
  });
});

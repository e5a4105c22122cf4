// The services through dispatch, on a real SQLite file: what an office would notice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { expectOk, OWNER, openTestApp, SETUP_INPUT, setUpAndLogIn, type TestApp } from '../support/app';
import { invalidId, validId } from '../support/ids';
import { signedIn } from '../support/signed-in';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(30);
});
afterEach(() => app.dispose());

const rachel = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי-אברהם',
  firstNameLatin: 'Rachel',
  lastNameLatin: 'Levi',
  birthDate: '1975-04-12',
  sex: 'female' as const,
  mobilePhone: '054-7654321',
  email: '',
};

describe('first run and sign-in', () => {
  it('sets up the office once, then refuses a second setup', async () => {
    expect(expectOk(await app.call(null, 'office.status', {}))).toEqual({ setupDone: false, officeName: null });
    expectOk(await app.call(null, 'office.setup', SETUP_INPUT));
    expect(expectOk(await app.call(null, 'office.status', {}))).toEqual({
      setupDone: true,
      officeName: 'משרד כהן ושות׳',
    });
    const again = await app.call(null, 'office.setup', SETUP_INPUT);
    expect(again).toEqual({ ok: false, error: { code: 'setup_done', message: 'המשרד כבר הוגדר במערכת' } });
  });

  it('refuses a short password at setup, naming the field', async () => {
    const reply = await app.call(null, 'office.setup', {
      ...SETUP_INPUT,
      owner: { ...SETUP_INPUT.owner, password: 'short' },
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'validation', field: 'owner.password', message: 'סיסמה: יש להקליד לפחות 10 תווים' },
    });
    expect(expectOk(await app.call(null, 'office.status', {})).setupDone).toBe(false);
  });

  it('logs the owner in, case-insensitively by username, and refuses a wrong password', async () => {
    expectOk(await app.call(null, 'office.setup', SETUP_INPUT));
    const wrong = await app.call(null, 'auth.login', { username: OWNER.username, password: 'not-the-password' });
    expect(wrong).toEqual({ ok: false, error: { code: 'bad_credentials', message: 'שם המשתמש או הסיסמה שגויים' } });
    const unknown = await app.call(null, 'auth.login', { username: 'nobody', password: OWNER.password });
    expect(unknown.ok).toBe(false);

    const ok = signedIn(await app.call(null, 'auth.login', { username: 'DANA', password: OWNER.password }));
    expect(ok.staff).toMatchObject({ fullName: 'דנה כהן', role: 'owner' });
    expect(ok.office.name).toBe('משרד כהן ושות׳');
    const me = expectOk(await app.call(ok.token, 'auth.me', {}));
    expect(me.staff.username).toBe('dana');
  });

  it('refuses calls without a session, and a session idle longer than the timeout', async () => {
    const token = await setUpAndLogIn(app);
    const anonymous = await app.call(null, 'clients.search', {});
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    app.clock.advanceMinutes(29);
    expectOk(await app.call(token, 'clients.search', {})); // activity renews the session
    app.clock.advanceMinutes(29);
    expectOk(await app.call(token, 'clients.search', {}));
    app.clock.advanceMinutes(31);
    const stale = await app.call(token, 'clients.search', {});
    expect(stale).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'החיבור פג עקב חוסר פעילות — יש להתחבר מחדש' },
    });
  });

  it('ends the session at logout', async () => {
    const token = await setUpAndLogIn(app);
    expectOk(await app.call(token, 'auth.logout', {}));
    expect((await app.call(token, 'clients.search', {})).ok).toBe(false);
  });
});

describe('insured persons', () => {
  let token: string;
  beforeEach(async () => {
    token = await setUpAndLogIn(app);
  });

  it('adds a client with normalized ID and phone, and finds them by name part, ID and phone', async () => {
    const created = expectOk(
      await app.call(token, 'clients.create', { ...rachel, idNumber: rachel.idNumber.replace(/^0/, '') }),
    );
    expect(created).toMatchObject({ idNumber: rachel.idNumber, mobilePhone: '+972547654321', email: null, version: 1 });
    expectOk(
      await app.call(token, 'clients.create', {
        ...rachel,
        idNumber: validId('20000001'),
        firstNameHe: 'משה',
        lastNameHe: 'כהן',
        firstNameLatin: '',
        lastNameLatin: '',
        mobilePhone: '',
      }),
    );

    const names = async (query: string) =>
      expectOk(await app.call(token, 'clients.search', { query })).rows.map((c) => c.firstNameHe);
    expect(await names('')).toEqual(['משה', 'רחל']); // sorted by last name: כהן before לוי
    expect(await names('אברה')).toEqual(['רחל']);
    expect(await names('רחל לוי')).toEqual(['רחל']);
    expect(await names('levi')).toEqual(['רחל']);
    expect(await names(rachel.idNumber.slice(2, 7))).toEqual(['רחל']);
    expect(await names('054-765')).toEqual(['רחל']);
    expect(await names('+97254765')).toEqual(['רחל']);
    expect(await names('%')).toEqual([]);
  });

  it('refuses an invalid ID with the Hebrew error on the field, and writes nothing', async () => {
    const reply = await app.call(token, 'clients.create', { ...rachel, idNumber: invalidId('03456789') });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'validation', field: 'idNumber', message: 'מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה' },
    });
    expect(expectOk(await app.call(token, 'clients.search', {})).total).toBe(0);
  });

  it('refuses a second client with the same ID in the office', async () => {
    expectOk(await app.call(token, 'clients.create', rachel));
    const duplicate = await app.call(token, 'clients.create', { ...rachel, firstNameHe: 'שרה' });
    expect(duplicate).toEqual({
      ok: false,
      error: { code: 'duplicate', field: 'idNumber', message: 'מבוטח עם מספר הזהות הזה כבר רשום במשרד' },
    });
    expect(expectOk(await app.call(token, 'clients.search', {})).total).toBe(1);
  });

  it('edits a client and refuses a stale write without overwriting', async () => {
    const created = expectOk(await app.call(token, 'clients.create', rachel));
    const edited = expectOk(
      await app.call(token, 'clients.update', { ...rachel, id: created.id, version: 1, lastNameHe: 'לוי' }),
    );
    expect(edited).toMatchObject({ lastNameHe: 'לוי', version: 2 });

    const stale = await app.call(token, 'clients.update', { ...rachel, id: created.id, version: 1, lastNameHe: 'אחר' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!stale.ok && stale.error.message).toContain('מישהו אחר שינה את הרשומה');
    expect(expectOk(await app.call(token, 'clients.get', { id: created.id })).lastNameHe).toBe('לוי');
  });

  it('records every write in the audit log with who and when', async () => {
    app.clock.advanceMinutes(5);
    const created = expectOk(await app.call(token, 'clients.create', rachel));
    expectOk(
      await app.call(token, 'clients.update', { ...rachel, id: created.id, version: 1, email: 'r@example.com' }),
    );
    const rows = app.store.db.select().from(auditLog).all();
    const clientRows = rows.filter((r) => r.entity === 'insured_person');
    expect(clientRows.map((r) => [r.action, r.staffId, r.entityId])).toEqual([
      ['create', 1, created.id],
      ['update', 1, created.id],
    ]);
    expect(clientRows[0]!.at).toBe('2026-03-01T08:05:00.000Z');
    expect(clientRows[1]!.details).toEqual({ fields: ['email'], fromVersion: 1 });
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['login']));
    expect(rows.filter((r) => r.entity === 'office')).toHaveLength(1);
  });

  it('answers a Hebrew error for an unknown procedure', async () => {
    const reply = await app.dispatch(null, 'clients.drop', {});
    expect(reply).toEqual({ ok: false, error: { code: 'bad_request', message: 'הפעולה המבוקשת אינה קיימת' } });
  });
});

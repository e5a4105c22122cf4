// The office and its people: who may manage staff and change the office, and the last owner rule.
import { describe, expect, it } from 'vitest';
import { eachTestInNewOffice, expectOk, OWNER, type TestApp } from '../support/app';
import { logInAs } from '../support/staff';
import { signedIn } from '../support/signed-in';

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  token = signedIn;
});

describe('staff and office', () => {
  it('lets the owner add a lawyer who can then sign in', async () => {
    const lawyer = expectOk(
      await app.call(token, 'staff.create', {
        fullName: 'עו״ד רון לוי',
        licenseNumber: '77777',
        username: 'Ron',
        password: 'ron-password-1',
        role: 'lawyer',
      }),
    );
    expect(lawyer).toMatchObject({ username: 'ron', role: 'lawyer', active: true });
    expect(
      signedIn(await app.call(null, 'auth.login', { username: 'ron', password: 'ron-password-1' })).staff.role,
    ).toBe('lawyer');
    const again = await app.call(token, 'staff.create', {
      fullName: 'אחר',
      username: 'ron',
      password: 'whatever-123',
      role: 'staff',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'duplicate', field: 'username', message: 'שם המשתמש כבר תפוס' },
    });
  });

  it('keeps staff management with the owner and the office with owners and lawyers', async () => {
    const lawyer = await logInAs(app, 'lawyer');
    const staff = await logInAs(app, 'staff');
    const newMember = { fullName: 'x', username: 'xx-user', password: 'password-123', role: 'staff' as const };
    expect(await app.call(lawyer, 'staff.create', newMember)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const office = expectOk(await app.call(staff, 'office.get', {}));
    expect(await app.call(staff, 'office.update', { ...office, name: 'משרד אחר' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(expectOk(await app.call(lawyer, 'office.update', { ...office, name: 'משרד כהן ובניו' })).name).toBe(
      'משרד כהן ובניו',
    );
    expect(
      expectOk(await app.call(staff, 'staff.list', {}))
        .map((m) => m.role)
        .sort(),
    ).toEqual(['lawyer', 'owner', 'staff']);
  });

  it('refuses an office edit made on a stale version, keeping the edit that came first', async () => {
    const office = expectOk(await app.call(token, 'office.get', {}));
    expect(expectOk(await app.call(token, 'office.update', { ...office, name: 'משרד ראשון' })).version).toBe(
      office.version + 1,
    );
    const stale = await app.call(token, 'office.update', { ...office, name: 'משרד שני' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(expectOk(await app.call(token, 'office.get', {}))).toMatchObject({
      name: 'משרד ראשון',
      version: office.version + 1,
    });
  });

  it('refuses a lawyer changing a staff member and a staff member setting a password, changing neither', async () => {
    const lawyer = await logInAs(app, 'lawyer');
    const staff = await logInAs(app, 'staff');
    const [member] = expectOk(await app.call(token, 'staff.list', {})).filter((m) => m.role === 'staff');
    expect(await app.call(lawyer, 'staff.update', { ...member!, role: 'owner' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call(staff, 'staff.setPassword', { id: member!.id, password: 'taken-over-42' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(expectOk(await app.call(token, 'staff.list', {})).find((m) => m.id === member!.id)).toEqual(member);
    expect((await app.call(null, 'auth.login', { username: member!.username, password: 'taken-over-42' })).ok).toBe(
      false,
    );
    expect((await app.call(null, 'auth.login', { username: member!.username, password: 'password-123' })).ok).toBe(
      true,
    );
  });

  it('never leaves the office without an active owner', async () => {
    const [me] = expectOk(await app.call(token, 'staff.list', {})).filter((m) => m.role === 'owner');
    const demote = await app.call(token, 'staff.update', { ...me!, role: 'lawyer' });
    expect(demote).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'במשרד חייב להישאר לפחות בעלים פעיל אחד' },
    });
    expect(expectOk(await app.call(token, 'staff.list', {})).find((m) => m.id === me!.id)?.role).toBe('owner');
  });

  it('deactivated staff cannot sign in; a password change needs the current one', async () => {
    expectOk(
      await app.call(token, 'staff.create', {
        fullName: 'מיה',
        username: 'maya',
        password: 'maya-password',
        role: 'staff',
      }),
    );
    const mayaToken = signedIn(
      await app.call(null, 'auth.login', { username: 'maya', password: 'maya-password' }),
    ).token;
    const maya = expectOk(await app.call(token, 'staff.list', {})).find((m) => m.username === 'maya')!;
    expectOk(await app.call(token, 'staff.update', { ...maya, active: false }));
    expect((await app.call(mayaToken, 'clients.search', {})).ok).toBe(false); // signed out at once
    expect(await app.call(null, 'auth.login', { username: 'maya', password: 'maya-password' })).toMatchObject({
      ok: false,
      error: { code: 'bad_credentials' },
    });

    expect(
      await app.call(token, 'auth.changePassword', { currentPassword: 'wrong', newPassword: 'new-password-1' }),
    ).toMatchObject({ ok: false, error: { field: 'currentPassword' } });
    expectOk(
      await app.call(token, 'auth.changePassword', { currentPassword: OWNER.password, newPassword: 'new-password-1' }),
    );
    expectOk(await app.call(null, 'auth.login', { username: OWNER.username, password: 'new-password-1' }));
  });
});

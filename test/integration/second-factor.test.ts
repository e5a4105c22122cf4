// A second factor: enrol a TOTP app, then a right password alone no longer signs in; recovery codes
// work once; the secret is never shown again nor kept readable in the store; the owner can require a
// second factor of everyone, and the second step is throttled like the first.
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { LoginReply, SecondStep } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { eachTestInNewOffice, expectOk, OWNER, type TestApp } from '../support/app';
import { signedIn } from '../support/signed-in';
import fs from 'node:fs';
import path from 'node:path';
import { openSecret } from '../../main/security/secret-box';
import { testKeys } from '../support/temp';

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  token = signedIn;
});

function codeFor(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: app.clock.now.getTime() });
}

function secondStep(reply: ApiResult<LoginReply>): SecondStep {
  const value = expectOk(reply);
  if (!('secondFactor' in value)) throw new Error('expected a second step, got a session');
  return value;
}

async function enrolOwner(): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret, uri } = expectOk(await app.call(token, 'auth.startSecondFactor', {}));
  expect(uri).toMatch(/^otpauth:\/\/totp\/Mitzui:dana\?.*secret=/);
  expect(await app.call(token, 'auth.confirmSecondFactor', { code: '000000' })).toMatchObject({
    ok: false,
    error: { field: 'code' },
  });
  const { recoveryCodes } = expectOk(await app.call(token, 'auth.confirmSecondFactor', { code: codeFor(secret) }));
  return { secret, recoveryCodes };
}

const login = () => app.call(null, 'auth.login', OWNER);

describe('second factor', () => {
  it('asks for a code after the password once enrolled, and signs in with it', async () => {
    const { secret, recoveryCodes } = await enrolOwner();
    expect(recoveryCodes).toHaveLength(10);
    expect(expectOk(await app.call(token, 'auth.secondFactorStatus', {}))).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });

    const step = secondStep(await login());
    expect(step).toMatchObject({ secondFactor: 'verify' });
    expect(step).not.toHaveProperty('token');
    app.clock.advanceMinutes(1); // the enrolment's step was used; a code is good once
    const typed = codeFor(secret).replace(/^(\d{3})/, '$1 '); // as the app shows it: "123 456"
    const session = signedIn(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: step.pendingToken, code: typed }),
    );
    expect(expectOk(await app.call(session.token, 'auth.me', {})).staff.username).toBe('dana');
    // The pending token is spent with the sign-in.
    expect(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: step.pendingToken, code: codeFor(secret) }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('keeps the secret sealed in the store and never returns it after enrolment', async () => {
    const { secret, recoveryCodes } = await enrolOwner();
    const row = app.store.sqlite
      .prepare("select totp_secret, recovery_codes from staff_member where username = 'dana'")
      .get() as Record<string, string>;
    expect(row.totp_secret).not.toContain(secret);
    for (const code of recoveryCodes) expect(row.recovery_codes).not.toContain(code);
    const status = expectOk(await app.call(token, 'auth.secondFactorStatus', {}));
    expect(JSON.stringify(status)).not.toContain(secret);
  });

  it('accepts each recovery code once', async () => {
    const { recoveryCodes } = await enrolOwner();
    const first = secondStep(await login());
    signedIn(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: first.pendingToken, code: recoveryCodes[0]! }),
    );
    const second = secondStep(await login());
    const reused = await app.call(null, 'auth.loginSecondFactor', {
      pendingToken: second.pendingToken,
      code: recoveryCodes[0]!,
    });
    expect(reused).toMatchObject({
      ok: false,
      error: { code: 'bad_credentials', field: 'code', message: 'קוד האימות שגוי' },
    });
    expect(expectOk(await app.call(token, 'auth.secondFactorStatus', {})).recoveryCodesLeft).toBe(9);
  });

  it('drops a pending sign-in after five wrong codes, and after five minutes', async () => {
    const { secret } = await enrolOwner();
    const step = secondStep(await login());
    for (let i = 0; i < 5; i += 1) {
      const wrong = await app.call(null, 'auth.loginSecondFactor', {
        pendingToken: step.pendingToken,
        code: `11111${i}`,
      });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
      app.clock.advanceMinutes(1); // past the throttle's wait: the token itself gives out
    }
    expect(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: step.pendingToken, code: codeFor(secret) }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    app.clock.advanceMinutes(20);
    const late = secondStep(await login());
    app.clock.advanceMinutes(6);
    expect(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: late.pendingToken, code: codeFor(secret) }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('lets the owner require it of everyone: an unenrolled member enrols while signing in', async () => {
    expect(await app.call(token, 'auth.requireSecondFactor', { required: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await enrolOwner();
    expectOk(await app.call(token, 'auth.requireSecondFactor', { required: true }));
    expectOk(
      await app.call(token, 'staff.create', {
        fullName: 'מיה לוי',
        username: 'maya',
        password: 'Maya-Sisma-2026',
        role: 'staff',
      }),
    );

    const step = secondStep(await app.call(null, 'auth.login', { username: 'maya', password: 'Maya-Sisma-2026' }));
    if (step.secondFactor !== 'enrol') throw new Error('expected enrolment');
    const session = expectOk(
      await app.call(null, 'auth.loginSecondFactor', {
        pendingToken: step.pendingToken,
        code: codeFor(step.enrolment.secret),
      }),
    );
    expect(session.recoveryCodes).toHaveLength(10);
    expect(expectOk(await app.call(session.token, 'auth.secondFactorStatus', {}))).toMatchObject({
      enabled: true,
      required: true,
    });
    expect(await app.call(session.token, 'auth.disableSecondFactor', { password: 'Maya-Sisma-2026' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('turns off with the password, and the password alone signs in again', async () => {
    await enrolOwner();
    expect(await app.call(token, 'auth.disableSecondFactor', { password: 'wrong-password' })).toMatchObject({
      ok: false,
      error: { field: 'password' },
    });
    expectOk(await app.call(token, 'auth.disableSecondFactor', { password: OWNER.password }));
    expect(signedIn(await login()).staff.username).toBe('dana');
  });

  it('lets the owner reset a member’s second factor, after which the password alone signs in', async () => {
    const maya = expectOk(
      await app.call(token, 'staff.create', {
        fullName: 'מיה לוי',
        username: 'maya',
        password: 'Maya-Sisma-2026',
        role: 'staff',
      }),
    );
    const mayaToken = signedIn(
      await app.call(null, 'auth.login', { username: 'maya', password: 'Maya-Sisma-2026' }),
    ).token;
    const { secret } = expectOk(await app.call(mayaToken, 'auth.startSecondFactor', {}));
    expectOk(await app.call(mayaToken, 'auth.confirmSecondFactor', { code: codeFor(secret) }));
    expect(expectOk(await app.call(token, 'staff.list', {})).find((m) => m.id === maya.id)?.secondFactor).toBe(true);
    expect(await app.call(mayaToken, 'auth.resetSecondFactor', { id: maya.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    expectOk(await app.call(token, 'auth.resetSecondFactor', { id: maya.id }));
    expect(
      signedIn(await app.call(null, 'auth.login', { username: 'maya', password: 'Maya-Sisma-2026' })).staff.username,
    ).toBe('maya');
    const audited = app.store.sqlite
      .prepare("select count(*) from audit_log where action = 'second_factor_reset' and entity_id = ?")
      .pluck()
      .get(maya.id);
    expect(audited).toBe(1);
  });

  it('seals the secret with a key kept in the key folder, not in the data folder', async () => {
    await enrolOwner();
    const sealed = app.store.sqlite
      .prepare("select totp_secret from staff_member where username = 'dana'")
      .pluck()
      .get() as string;
    const keyFile = fs
      .readdirSync(testKeys.dir)
      .find((name) => name.endsWith('.secrets-key') && openSecretWith(path.join(testKeys.dir, name), sealed));
    expect(keyFile).toBeDefined();
    const inDataFolder = (fs.readdirSync(app.dataDir, { recursive: true }) as string[]).filter((name) =>
      fs.statSync(path.join(app.dataDir, name)).isFile(),
    );
    for (const name of inDataFolder) expect(openSecretWith(path.join(app.dataDir, name), sealed), name).toBe(false);
  });

  it('still takes a recovery code when the stored secret cannot be opened (a store moved without its key)', async () => {
    const { recoveryCodes } = await enrolOwner();
    app.store.sqlite
      .prepare(
        "update staff_member set totp_secret = 'v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA==:AAAA' where username = 'dana'",
      )
      .run();
    const step = secondStep(await login());
    expect(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: step.pendingToken, code: '123456' }),
    ).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    signedIn(
      await app.call(null, 'auth.loginSecondFactor', { pendingToken: step.pendingToken, code: recoveryCodes[3]! }),
    );
  });
});

/** Whether the file's bytes are the key that opens this sealed secret. */
function openSecretWith(file: string, sealed: string): boolean {
  const key = fs.readFileSync(file);
  if (key.length !== 32) return false;
  try {
    openSecret(key, sealed);
    return true;
  } catch {
    return false;
  }
}

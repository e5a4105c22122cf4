// The operations log on a real app: it lives in the data folder's logs/, records start and stop, and
// an unexpected error there carries the reference the user was shown in Hebrew — never the client's
// ID number the failing call carried.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';

it('logs start, stop and an unexpected error under the reference shown to the user, without personal data', async () => {
  const idNumber = validId('58209749');
  const { app, token } = await officeWithClient({
    idNumber,
    firstNameHe: 'נועה',
    lastNameHe: 'ברק',
    birthDate: '1981-05-05',
    sex: 'female',
  });
  // A store that vanished under a call is no AppError: the user hears of an unexpected error.
  app.store.sqlite.close();
  const reply = await app.call(token, 'clients.byIdNumber', { idNumber });
  expect(reply.ok).toBe(false);
  const error = reply.ok ? null : reply.error;
  expect(error?.code).toBe('internal');
  const ref = /מספר התקלה ([0-9A-F]{8})/.exec(error!.message)?.[1];
  expect(ref).toBeDefined();
  // A call without a session that fails so is answered the same way, logged under no one.
  const unsigned = await app.call(null, 'auth.login', { username: 'dana', password: 'any-password-1' });
  expect(unsigned).toMatchObject({ ok: false, error: { code: 'internal' } });
  const unsignedRef = /מספר התקלה ([0-9A-F]{8})/.exec(unsigned.ok ? '' : unsigned.error.message)?.[1];

  app.close();
  await app.logFlushed();
  const folder = path.join(app.dataDir, 'logs');
  const log = fs.readFileSync(path.join(folder, 'mitzui.log'), 'utf8');
  const lines = log
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { msg: string; ref?: string; procedure?: string; staffId?: number });
  expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['started', 'unexpected error', 'stopped']));
  expect(lines.find((line) => line.ref === ref)).toMatchObject({
    procedure: 'clients.byIdNumber',
    staffId: 1,
    msg: 'unexpected error',
  });
  expect(lines.find((line) => line.ref === unsignedRef)).toMatchObject({
    procedure: 'auth.login',
    staffId: null,
    msg: 'unexpected error',
  });
  expect(log).not.toContain(idNumber);
  expect(log).not.toContain('נועה');
  expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
  fs.rmSync(app.dataDir, { recursive: true, force: true });
});

// Notes, tasks and documents on a real store and data folder.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('60708090'),
    firstNameHe: 'מרים',
    lastNameHe: 'אזולאי',
    birthDate: '1950-12-12',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

describe('notes', () => {
  it('writes, edits and lists notes with their author', async () => {
    const note = expectOk(await app.call(token, 'notes.create', { clientId, body: 'התקשרה לגבי הוועדה הרפואית' }));
    expect(note).toMatchObject({ createdByName: 'דנה כהן', claimId: null });
    expectOk(
      await app.call(token, 'notes.update', { id: note.id, version: 1, body: 'התקשרה לגבי הוועדה הרפואית ב-12/05' }),
    );
    const notes = expectOk(await app.call(token, 'notes.list', { clientId }));
    expect(notes.map((n) => [n.body, n.version])).toEqual([['התקשרה לגבי הוועדה הרפואית ב-12/05', 2]]);
  });

  it('refuses linking a note to another client’s claim', async () => {
    const other = expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('70809010'),
        firstNameHe: 'אלי',
        lastNameHe: 'בן',
        birthDate: '1980-01-01',
        sex: 'male',
      }),
    );
    const claim = expectOk(await app.call(token, 'claims.create', { clientId: other.id, benefit: 'mobility' }));
    const reply = await app.call(token, 'notes.create', { clientId, claimId: claim.id, body: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { field: 'claimId', message: 'התביעה אינה של המבוטח הזה' } });
  });
});

describe('tasks', () => {
  it('lists open tasks by due date and records who completed one', async () => {
    const late = expectOk(
      await app.call(token, 'tasks.create', { kind: 'appeal', title: 'הגשת ערר', dueDate: '2026-04-30', clientId }),
    );
    expectOk(
      await app.call(token, 'tasks.create', { kind: 'call', title: 'לחזור למבוטחת', dueDate: '2026-03-05', clientId }),
    );
    expect(expectOk(await app.call(token, 'tasks.list', { open: true })).map((t) => t.title)).toEqual([
      'לחזור למבוטחת',
      'הגשת ערר',
    ]);
    const done = expectOk(await app.call(token, 'tasks.complete', { id: late.id, version: 1, done: true }));
    expect(done).toMatchObject({ doneBy: 1, doneAt: '2026-03-01T08:00:00.000Z' });
    expect(expectOk(await app.call(token, 'tasks.list', { open: true })).map((t) => t.title)).toEqual([
      'לחזור למבוטחת',
    ]);
    expect(expectOk(await app.call(token, 'tasks.list', { dueBefore: '2026-03-31' })).map((t) => t.title)).toEqual([
      'לחזור למבוטחת',
    ]);
  });

  it('lists a calendar range for one staff member or the whole office, with the client’s name', async () => {
    const staffToken = await logInAs(app, 'staff', 'tamar');
    const tamar = expectOk(await app.call(token, 'staff.list', {})).find((s) => s.fullName === 'צוות staff')!;
    expectOk(
      await app.call(token, 'tasks.create', {
        kind: 'committee',
        title: 'ועדה רפואית',
        dueDate: '2026-04-01',
        clientId,
        assignedTo: tamar.id,
      }),
    );
    expectOk(
      await app.call(token, 'tasks.create', {
        kind: 'deadline',
        title: 'מועד אחרון לערר',
        dueDate: '2026-04-30',
        clientId,
      }),
    );
    expectOk(
      await app.call(staffToken, 'tasks.create', {
        kind: 'call',
        title: 'שיחה בחודש הבא',
        dueDate: '2026-05-01',
        assignedTo: tamar.id,
      }),
    );
    const april = expectOk(await app.call(token, 'tasks.list', { dueFrom: '2026-04-01', dueTo: '2026-04-30' }));
    expect(april.map((t) => [t.dueDate, t.title, t.clientName])).toEqual([
      ['2026-04-01', 'ועדה רפואית', 'מרים אזולאי'],
      ['2026-04-30', 'מועד אחרון לערר', 'מרים אזולאי'],
    ]);
    expect(expectOk(await app.call(token, 'tasks.list', { assignedTo: tamar.id })).map((t) => t.dueDate)).toEqual([
      '2026-04-01',
      '2026-05-01',
    ]);
    expect(await app.call(token, 'tasks.list', { dueFrom: '31/04/2026' })).toMatchObject({
      ok: false,
      error: { field: 'dueFrom' },
    });
  });

  it('refuses assigning a task to nobody in the office', async () => {
    const reply = await app.call(token, 'tasks.create', {
      kind: 'other',
      title: 'x',
      dueDate: '2026-04-01',
      assignedTo: 42,
    });
    expect(reply).toMatchObject({ ok: false, error: { field: 'assignedTo' } });
  });
});

describe('documents', () => {
  it('stores the file once under its SHA-256 and gives the same bytes back', async () => {
    const bytes = Buffer.from('%PDF-1.4 ייפוי כוח חתום', 'utf8');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const info = expectOk(
      await app.call(token, 'documents.add', {
        clientId,
        kind: 'power_of_attorney',
        name: 'ייפוי כוח.pdf',
        mimeType: 'application/pdf',
        contentBase64: bytes.toString('base64'),
      }),
    );
    expect(info).toMatchObject({ sha256: sha, sizeBytes: bytes.length, originalName: 'ייפוי כוח.pdf' });
    const onDisk = path.join(app.dataDir, 'documents', sha.slice(0, 2), sha);
    // Sealed with the office's data key: neither the content nor its text on disk.
    const sealed = fs.readFileSync(onDisk);
    for (const text of ['%PDF', 'ייפוי כוח']) expect(sealed.includes(Buffer.from(text))).toBe(false);
    expectOk(
      await app.call(token, 'documents.add', {
        clientId,
        kind: 'other',
        name: 'copy.pdf',
        mimeType: 'application/pdf',
        contentBase64: bytes.toString('base64'),
      }),
    );
    expect(fs.readdirSync(path.dirname(onDisk))).toEqual([sha]); // no temp files, one copy
    expect(fs.readFileSync(onDisk).equals(sealed)).toBe(true); // kept, not written again

    const read = expectOk(await app.call(token, 'documents.read', { id: info.id }));
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect(expectOk(await app.call(token, 'documents.list', { clientId })).length).toBe(2);
  });

  it('refuses an empty file, naming the field', async () => {
    const reply = await app.call(token, 'documents.add', {
      clientId,
      kind: 'other',
      name: 'x',
      mimeType: 'text/plain',
      contentBase64: '',
    });
    expect(reply).toMatchObject({ ok: false, error: { field: 'contentBase64', message: 'הקובץ ריק' } });
  });
});

// What the office stops keeping, once a day after the daily backup, on real files: old manual and
// safety backups beyond the newest few, old exported claim packages, and records deleted softly
// longer ago than the retention period — purged with everything that belonged to them, audited.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, listBackups, writeBackup } from '../../db/backup';
import { documentFiles, POOL_FOLDER } from '../../db/backup-documents';
import { DEFAULT_RETENTION } from '../../db/retention';
import { auditLog } from '../../db/schema';
import type { InputOf } from '../../shared/api/contract';
import { eachTestInNewOffice, expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  token = signedIn;
});

const DAY = 24 * 60;
const client = (id: string, lastNameHe: string): InputOf<'clients.create'> => ({
  idNumber: validId(id),
  firstNameHe: 'רחל',
  lastNameHe,
  birthDate: '1975-04-12',
  sex: 'female',
});

function count(table: string, where = '1 = 1'): number {
  return app.store.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
}

describe('old backups and exports', () => {
  it('removes manual and safety backups beyond the newest five once 90 days old, and packages once 30 days old', async () => {
    expect(DEFAULT_RETENTION).toMatchObject({ keepNewestBackups: 5, backupMaxAgeDays: 90, exportMaxAgeDays: 30 });
    const manualDir = path.join(app.dataDir, 'backups', 'manual');
    const pool = path.join(app.dataDir, 'backups', POOL_FOLDER);
    const daysAgo = (days: number) => new Date(app.clock.now.getTime() - days * DAY * 60_000);
    for (const days of [10, 20, 30, 40, 50, 60, 100])
      await writeBackup(app.store.sqlite, manualDir, backupName('manual', daysAgo(days)), { pool });
    for (const days of [100, 200])
      await writeBackup(
        app.store.sqlite,
        path.join(app.dataDir, 'backups'),
        backupName('before-restore', daysAgo(days)),
      );

    const exportsDir = path.join(app.dataDir, 'exports');
    fs.mkdirSync(exportsDir);
    const oldPackage = path.join(exportsDir, '034567897_7801_2026-01-01.zip');
    const newPackage = path.join(exportsDir, '034567897_7801_2026-02-25.zip');
    fs.writeFileSync(oldPackage, 'zip');
    fs.writeFileSync(newPackage, 'zip');
    fs.utimesSync(oldPackage, daysAgo(31), daysAgo(31));
    fs.utimesSync(newPackage, daysAgo(5), daysAgo(5));

    expect(await app.keeper.runDailyBackup()).not.toBeNull();
    const ages = (kind: string) =>
      listBackups(manualDir, path.join(app.dataDir, 'backups'))
        .filter((b) => b.kind === kind)
        .map((b) => Math.round((app.clock.now.getTime() - Date.parse(b.createdAt)) / (DAY * 60_000)));
    // The newest five stay whatever their age; the sixth is younger than 90 days and stays too.
    expect(ages('manual')).toEqual([10, 20, 30, 40, 50, 60]);
    expect(ages('before-restore')).toEqual([100, 200]);
    expect(fs.readdirSync(manualDir).filter((name) => name.endsWith('.manifest.json'))).toHaveLength(6);
    expect(fs.readdirSync(exportsDir)).toEqual([path.basename(newPackage)]);
  });
});

describe('records deleted softly', () => {
  it('are purged seven years after their deletion with all that belonged to them, in one audited run', async () => {
    const gone = expectOk(await app.call(token, 'clients.create', client('03456789', 'לוי')));
    const claim = expectOk(
      await app.call(token, 'claims.create', { clientId: gone.id, benefit: 'general_disability' }),
    );
    expectOk(await app.call(token, 'notes.create', { clientId: gone.id, claimId: claim.id, body: 'שיחה עם המבוטחת' }));
    const doc = expectOk(
      await app.call(token, 'documents.add', {
        clientId: gone.id,
        claimId: claim.id,
        kind: 'medical_record',
        name: 'סיכום.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF only hers').toString('base64'),
      }),
    );
    const kept = expectOk(await app.call(token, 'clients.create', client('20000001', 'כהן')));
    expectOk(await app.call(token, 'clients.delete', { id: gone.id, version: 1 }));

    // A year later another client is deleted; six years after that the first deletion is seven years old.
    app.clock.advanceMinutes(365 * DAY);
    token = signedIn(await app.call(null, 'auth.login', { username: 'dana', password: 'correct-horse-9' })).token;
    expectOk(await app.call(token, 'clients.delete', { id: kept.id, version: 1 }));
    app.clock.advanceMinutes(6 * 365 * DAY);
    expect(await app.keeper.runDailyBackup()).not.toBeNull();
    expect(count('insured_person')).toBe(2);

    // Seven calendar years (two of them leap years) and a day.
    app.clock.advanceMinutes(3 * DAY);
    expect(await app.keeper.runDailyBackup()).not.toBeNull();
    expect(count('insured_person', `id = ${gone.id}`)).toBe(0);
    expect(count('claim')).toBe(0);
    expect(count('note')).toBe(0);
    expect(count('document')).toBe(0);
    expect(documentFiles(path.join(app.dataDir, 'documents')).map((d) => d.sha256)).not.toContain(doc.sha256);
    // The client deleted later is kept until their own seven years are up.
    expect(count('insured_person', `id = ${kept.id} AND deleted_at IS NOT NULL`)).toBe(1);
    expect(app.store.sqlite.prepare('SELECT count(*) FROM client_search WHERE rowid = ?').pluck().get(gone.id)).toBe(0);

    const purges = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((row) => row.action === 'purge');
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({
      staffId: null,
      entity: 'database',
      details: { rows: { insured_person: 1, claim: 1, note: 1, document: 1 }, files: 1 },
    });
  });
});

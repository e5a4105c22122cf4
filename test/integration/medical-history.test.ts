// The medical history on a real store: diagnoses, doctors, hospital stays and medications round-trip
// and are read back at once; the health fund and the Arabic names sit on the client; the claim keeps
// the illness in the claimant's words; reads are logged once; bad input is refused in Hebrew.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('30405060'),
    firstNameHe: 'מוחמד',
    lastNameHe: 'אגבאריה',
    birthDate: '1968-04-09',
    sex: 'male',
  }));
});
afterEach(() => app.dispose());

const medicalReads = () =>
  app.store.db
    .select()
    .from(auditLog)
    .all()
    .filter((r) => r.action === 'read_medical');

describe('medical history', () => {
  it('keeps diagnoses, doctors, hospital stays and medications, and gives them back at once', async () => {
    expectOk(
      await app.call(token, 'diagnoses.create', {
        clientId,
        diagnosis: 'סוכרת סוג 2',
        icdCode: 'e11.9',
        sinceDate: '2015-03-01',
      }),
    );
    expectOk(
      await app.call(token, 'diagnoses.create', {
        clientId,
        diagnosis: 'פריצת דיסק מותנית',
        impairmentSection: '37(7)(א)',
      }),
    );
    expectOk(
      await app.call(token, 'doctors.create', {
        clientId,
        doctorName: 'ד"ר רינה לוי',
        specialty: 'אורתופדיה',
        clinic: 'מרפאת כללית חדרה',
        phone: '04-6123456',
      }),
    );
    expectOk(
      await app.call(token, 'hospitalisations.create', {
        clientId,
        hospital: 'הלל יפה',
        ward: 'פנימית ב',
        fromDate: '2024-01-10',
        toDate: '2024-01-15',
        admissionReason: 'כאבים בחזה',
      }),
    );
    const drug = expectOk(
      await app.call(token, 'medications.create', {
        clientId,
        medicationName: 'מטפורמין',
        dose: '850 מ"ג פעמיים ביום',
      }),
    );
    expect(drug).toMatchObject({ clientId, medicationName: 'מטפורמין', version: 1 });
    const client = expectOk(await app.call(token, 'clients.get', { id: clientId }));
    expectOk(await app.call(token, 'clients.update', { ...client, hmo: 'clalit' }));

    const before = medicalReads().length;
    const history = expectOk(await app.call(token, 'medicalHistory.get', { clientId }));
    expect(history.hmo).toBe('clalit');
    expect(history.diagnoses.map((d) => [d.diagnosis, d.icdCode, d.impairmentSection, d.sinceDate])).toEqual([
      ['סוכרת סוג 2', 'E11.9', null, '2015-03-01'],
      ['פריצת דיסק מותנית', null, '37(7)(א)', null],
    ]);
    expect(history.doctors[0]).toMatchObject({
      doctorName: 'ד"ר רינה לוי',
      specialty: 'אורתופדיה',
      phone: '+97246123456',
    });
    expect(history.hospitalisations[0]).toMatchObject({
      hospital: 'הלל יפה',
      ward: 'פנימית ב',
      fromDate: '2024-01-10',
      toDate: '2024-01-15',
    });
    expect(history.medications.map((m) => m.dose)).toEqual(['850 מ"ג פעמיים ביום']);
    // One logged read of medical data for the whole history, naming the client.
    expect(medicalReads().slice(before)).toEqual([
      expect.objectContaining({ entity: 'medical_history', details: { clientId, rows: 5 } }),
    ]);

    const file = expectOk(await app.call(token, 'clients.file', { id: clientId }));
    expect([file.diagnoses.length, file.doctors.length, file.hospitalisations.length, file.medications.length]).toEqual(
      [2, 1, 1, 1],
    );
    const trail = expectOk(await app.call(token, 'audit.client', { clientId }));
    expect(trail.filter((r) => r.entity === 'medication').map((r) => r.action)).toEqual(['create']);
    expect(trail.filter((r) => r.action === 'read_medical').length).toBeGreaterThanOrEqual(2);
  });

  it('deletes softly, and refuses a stale edit', async () => {
    const made = expectOk(await app.call(token, 'medications.create', { clientId, medicationName: 'אקמול' }));
    const edited = expectOk(await app.call(token, 'medications.update', { ...made, dose: '500 מ"ג' }));
    expect((await app.call(token, 'medications.update', { ...made, dose: '1 גרם' })).ok).toBe(false);
    expectOk(await app.call(token, 'medications.delete', { id: edited.id, version: edited.version }));
    expect(expectOk(await app.call(token, 'medications.list', { clientId }))).toEqual([]);
    expect(app.store.sqlite.prepare('select deleted_at is not null from medication').pluck().get()).toBe(1);
  });

  it('refuses bad input with a Hebrew message naming the field', async () => {
    expect(await app.call(token, 'diagnoses.create', { clientId, diagnosis: 'אסתמה', icdCode: 'אסתמה' })).toMatchObject(
      {
        ok: false,
        error: { field: 'icdCode', message: 'קוד האבחנה צריך להיות בתבנית ICD-10, למשל M54.5 או F32' },
      },
    );
    expect(
      await app.call(token, 'hospitalisations.create', {
        clientId,
        hospital: 'רמב"ם',
        fromDate: '2024-02-10',
        toDate: '2024-02-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'toDate', message: 'תאריך השחרור מוקדם מתאריך האשפוז' },
    });
    expect(await app.call(token, 'doctors.create', { clientId, doctorName: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'doctorName', message: 'יש למלא את השדה שם הרופא' },
    });
    const client = expectOk(await app.call(token, 'clients.get', { id: clientId }));
    expect(await app.call(token, 'clients.update', { ...client, hmo: 'kupa' as never })).toMatchObject({
      ok: false,
      error: { field: 'hmo', message: 'יש לבחור קופת חולים מהרשימה' },
    });
  });

  it('keeps the store honest: a blank diagnosis or a discharge before admission cannot be written', () => {
    const insert = (sql: string) => () => app.store.sqlite.prepare(sql).run();
    expect(insert(`insert into diagnosis (insured_person_id, diagnosis) values (${clientId}, '  ')`)).toThrow(/CHECK/);
    expect(
      insert(
        `insert into hospitalisation (insured_person_id, hospital, from_date, to_date) values (${clientId}, 'x', '2024-02-10', '2024-02-01')`,
      ),
    ).toThrow(/CHECK/);
    expect(
      insert(
        `insert into life_event (insured_person_id, kind, event_date) values (${clientId}, 'illness', '2024-02-10')`,
      ),
    ).not.toThrow();
    expect(
      insert(`insert into life_event (insured_person_id, kind, event_date) values (${clientId}, 'flu', '2024-02-10')`),
    ).toThrow(/CHECK/);
  });

  it('keeps the illness as the claimant tells it and the day work stopped on the claim', async () => {
    const claim = expectOk(
      await app.call(token, 'claims.create', {
        clientId,
        benefit: 'general_disability',
        illnessDescription: 'כאבי גב חזקים, לא מסוגל לעמוד יותר מרבע שעה',
        workStoppedDate: '2024-06-30',
      }),
    );
    expect(claim).toMatchObject({
      illnessDescription: 'כאבי גב חזקים, לא מסוגל לעמוד יותר מרבע שעה',
      workStoppedDate: '2024-06-30',
    });
    const edited = expectOk(await app.call(token, 'claims.update', { ...claim, workStoppedDate: '2024-07-01' }));
    expect(edited.workStoppedDate).toBe('2024-07-01');
    expect(await app.call(token, 'claims.update', { ...edited, workStoppedDate: '2999-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'workStoppedDate', message: 'תאריך הפסקת העבודה אינו יכול להיות בעתיד' },
    });
  });

  it('keeps a name in Arabic script beside the Hebrew one, and finds the client by it', async () => {
    const client = expectOk(await app.call(token, 'clients.get', { id: clientId }));
    const saved = expectOk(
      await app.call(token, 'clients.update', { ...client, firstNameAr: 'محمد', lastNameAr: 'اغبارية' }),
    );
    expect(saved).toMatchObject({ firstNameAr: 'محمد', lastNameAr: 'اغبارية' });
    expect(expectOk(await app.call(token, 'clients.search', { query: 'اغبارية' })).rows.map((r) => r.id)).toEqual([
      clientId,
    ]);
    expect(await app.call(token, 'clients.update', { ...saved, lastNameAr: 'Agbaria' })).toMatchObject({
      ok: false,
      error: { field: 'lastNameAr', message: 'שם משפחה בערבית צריך להיכתב באותיות ערביות' },
    });
  });
});

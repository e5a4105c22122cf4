// The intake of an NII case on a real store: the medical history and an illness event arrive with
// the client in one transaction; a family that cannot be (two current spouses, a child born before
// the client was twelve) is refused under the row and field, in Hebrew, and nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';

let app: TestApp;
let token: string;

beforeEach(async () => {
  app = await openTestApp();
  token = await setUpAndLogIn(app);
});
afterEach(() => app.dispose());

const client = {
  idNumber: validId('40506070'),
  firstNameHe: 'סמיר',
  lastNameHe: 'חורי',
  firstNameAr: 'سمير',
  lastNameAr: 'خوري',
  birthDate: '1970-05-05',
  sex: 'male' as const,
  hmo: 'maccabi' as const,
};
const count = (table: string) => app.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get();

describe('an intake that fits an NII case', () => {
  it('keeps the medical history, the health fund, the Arabic name and an illness event with the client', async () => {
    const made = expectOk(
      await app.call(token, 'clients.intake', {
        ...client,
        diagnoses: [{ diagnosis: 'אי ספיקת לב', icdCode: 'I50' }],
        doctors: [{ doctorName: 'ד"ר סלים', specialty: 'קרדיולוגיה' }],
        hospitalisations: [{ hospital: 'רמב"ם', fromDate: '2024-03-01', toDate: '2024-03-09' }],
        medications: [{ medicationName: 'פוסיד', dose: '40 מ"ג' }],
        events: [{ kind: 'illness', eventDate: '2024-03-01', description: 'אובחנה אי ספיקת לב' }],
      }),
    );
    expect(made).toMatchObject({ firstNameAr: 'سمير', lastNameAr: 'خوري', hmo: 'maccabi' });
    const history = expectOk(await app.call(token, 'medicalHistory.get', { clientId: made.id }));
    expect([
      history.hmo,
      history.diagnoses[0]!.icdCode,
      history.doctors[0]!.specialty,
      history.hospitalisations[0]!.toDate,
      history.medications[0]!.dose,
    ]).toEqual(['maccabi', 'I50', 'קרדיולוגיה', '2024-03-09', '40 מ"ג']);
    expect(expectOk(await app.call(token, 'events.list', { clientId: made.id })).map((e) => e.kind)).toEqual([
      'illness',
    ]);
  });

  it('refuses a second current spouse under its row, naming the field, and writes nothing', async () => {
    const reply = await app.call(token, 'clients.intake', {
      ...client,
      family: [
        { relation: 'spouse', firstName: 'רנא', birthDate: '1972-01-01' },
        { relation: 'spouse', firstName: 'מונא' },
      ],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', field: 'family.1.relation' } });
    expect(!reply.ok && reply.error.message).toMatch(/^קרבה: כבר נרשם\/ה בן\/בת זוג/);
    expect(count('insured_person')).toBe(0);
  });

  it('refuses a child born before the client was twelve, and a spouse still a child', async () => {
    const child = await app.call(token, 'clients.intake', {
      ...client,
      family: [{ relation: 'child', firstName: 'עלי', birthDate: '1975-01-01' }],
    });
    expect(child).toMatchObject({ ok: false, error: { field: 'family.0.birthDate' } });
    expect(!child.ok && child.error.message).toContain('לפני שמלאו למבוטח 12');
    const young = await app.call(token, 'clients.intake', {
      ...client,
      family: [{ relation: 'spouse', firstName: 'רנא', birthDate: '2020-01-01' }],
    });
    expect(young).toMatchObject({ ok: false, error: { field: 'family.0.birthDate' } });
    expect(count('family_member')).toBe(0);
  });

  it('holds the same rules when the family is edited in the file', async () => {
    const { id: clientId } = expectOk(await app.call(token, 'clients.create', client));
    const spouse = expectOk(await app.call(token, 'family.create', { clientId, relation: 'spouse', firstName: 'רנא' }));
    expect(await app.call(token, 'family.create', { clientId, relation: 'spouse', firstName: 'מונא' })).toMatchObject({
      ok: false,
      error: { field: 'relation' },
    });
    // Editing the one spouse is not a second one.
    expectOk(await app.call(token, 'family.update', { ...spouse, firstName: 'ראנה' }));
    expect(
      await app.call(token, 'family.create', {
        clientId,
        relation: 'parent',
        firstName: 'חסן',
        birthDate: '1980-01-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'birthDate' },
    });
  });
});

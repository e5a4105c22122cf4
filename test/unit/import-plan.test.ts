// The import's dry run on the cells a reader hands over (no file, no store): what the whole file and
// the office's keys can tell beyond each row's own schema, and how each problem names its row so the
// user can find it — the row's name cells, the cell's text, the column by its Excel letter.
import { describe, expect, it } from 'vitest';
import { planImport, type ImportBook, type OfficeKeys, type SheetRows } from '../../shared/transfer/plan';
import type { Cell } from '../../shared/transfer/cells';
import { validId } from '../support/ids';

const CLIENT_HEADER: Cell[] = ['idNumber', 'firstNameHe', 'lastNameHe', 'birthDate', 'sex', 'fileNumber'];
const noKeys: OfficeKeys = { idNumbers: new Set(), fileNumbers: new Set() };

/** A sheet whose rows are numbered from 2, as under a header row. */
function sheet(kind: SheetRows['kind'], header: Cell[], rows: Cell[][], name = `${kind}.csv`): SheetRows {
  return { kind, name, header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}
const book = (...sheets: SheetRows[]): ImportBook => ({ sheets, problems: [] });
const client = (first8: string, firstNameHe = 'דן', fileNumber: Cell = null): Cell[] => [
  validId(first8),
  firstNameHe,
  'לוי',
  '01/02/1980',
  'זכר',
  fileNumber,
];
const brief = (plan: ReturnType<typeof planImport>) =>
  plan.problems.map(({ sheet: s, row, field, message }) => [s, row, field, message]);

describe('the import plan', () => {
  it('plans each good client with its family members and incomes, whatever the order of the sheets', () => {
    const plan = planImport(
      book(
        sheet(
          'incomes',
          ['clientIdNumber', 'month', 'source', 'income'],
          [[validId('11111111'), '03/2025', 'שכיר', '5000']],
        ),
        sheet('family', ['clientIdNumber', 'relation', 'firstName'], [[validId('11111111'), 'ילד', 'יעל']]),
        sheet('clients', CLIENT_HEADER, [client('11111111'), client('22222222', 'רון')]),
      ),
      noKeys,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toBe(2);
    expect(plan.sources).toEqual([
      { sheet: 'clients', name: 'clients.csv', rows: 2 },
      { sheet: 'family', name: 'family.csv', rows: 1 },
      { sheet: 'incomes', name: 'incomes.csv', rows: 1 },
    ]);
    expect(plan.clients.map((c) => [c.row, c.fields.firstNameHe, c.family.length, c.incomes.length])).toEqual([
      [2, 'דן', 1, 1],
      [3, 'רון', 0, 0],
    ]);
    expect(plan.clients[0]!.family[0]).toMatchObject({ relation: 'child', firstName: 'יעל' });
    expect(plan.clients[0]!.family[0]).not.toHaveProperty('clientIdNumber');
    expect(plan.clients[0]!.incomes[0]).toMatchObject({ month: '2025-03', source: 'employee' });
    expect(plan.clients[0]!.incomes[0]).not.toHaveProperty('clientIdNumber');
  });

  it('names a bad row by its name cells and shows the cell as written, reasons in column order', () => {
    const plan = planImport(
      book(sheet('clients', CLIENT_HEADER, [['123', 'דנה', 'כהן', '31/02/1980', 'X', null]])),
      noKeys,
    );
    expect(plan.problems.map((p) => [p.field, p.fieldLabel, p.value, p.rowLabel])).toEqual([
      ['idNumber', 'מספר זהות', '123', 'דנה כהן'],
      ['birthDate', 'תאריך לידה', '31/02/1980', 'דנה כהן'],
      ['sex', 'מין', 'X', 'דנה כהן'],
    ]);
    // The cell reader's reason, not the schema's for the text it could not read.
    expect(plan.problems.slice(1).map((p) => p.message)).toEqual([
      'תאריך לידה: התאריך אינו תקין או שתבניתו אינה מוכרת — יש לכתוב למשל 31/12/1980',
      'מין: הערך "X" אינו מוכר — אפשר לכתוב: זכר, נקבה',
    ]);
    expect(plan.clients).toEqual([]);
  });

  it('names a family or income row by its client, and a missing cell by an empty value', () => {
    const plan = planImport(
      book(
        sheet('clients', CLIENT_HEADER, [client('11111111')]),
        sheet('family', ['clientIdNumber', 'relation', 'firstName'], [[validId('11111111'), 'שכן', 'יעל']]),
        sheet('incomes', ['clientIdNumber', 'month', 'source', 'income'], [[validId('11111111'), '03/2025', 'שכיר']]),
      ),
      noKeys,
    );
    expect(plan.problems.map((p) => [p.sheet, p.field, p.value, p.rowLabel])).toEqual([
      ['family', 'relation', 'שכן', `יעל ${validId('11111111')}`],
      ['incomes', 'income', '', `${validId('11111111')} 03/2025`],
    ]);
    expect(plan.clients[0]!.family).toEqual([]);
  });

  it('skips a client the office has, with the family rows that go with it, and refuses a file number it uses', () => {
    const office: OfficeKeys = { idNumbers: new Set([validId('11111111')]), fileNumbers: new Set(['T-7']) };
    const plan = planImport(
      book(
        sheet('clients', CLIENT_HEADER, [
          client('11111111'),
          client('22222222', 'רון', 'T-7'),
          client('33333333', 'גל', 'T-8'),
          client('44444444', 'טל', 'T-7'),
        ]),
        sheet('family', ['clientIdNumber', 'relation', 'firstName'], [[validId('11111111'), 'ילד', 'יעל']]),
      ),
      office,
    );
    expect(plan.skipped.map((p) => [p.sheet, p.row, p.field, p.message])).toEqual([
      ['clients', 2, 'idNumber', 'מבוטח עם מספר הזהות הזה כבר רשום במשרד — השורה לא תיובא'],
    ]);
    // The office's use of a file number is the reason, even where the file repeats it.
    expect(brief(plan)).toEqual([
      ['clients', 3, 'fileNumber', 'מספר התיק הזה כבר משמש מבוטח אחר במשרד'],
      ['clients', 5, 'fileNumber', 'מספר התיק הזה כבר משמש מבוטח אחר במשרד'],
    ]);
    expect(plan.clients.map((c) => c.row)).toEqual([4]);
  });

  it('names the first row of an ID, a file number or an income that comes twice in the file', () => {
    const plan = planImport(
      book(
        sheet('clients', CLIENT_HEADER, [
          client('11111111', 'דן', 'A-1'),
          client('22222222', 'רון', 'A-1'),
          client('11111111', 'דנה'),
        ]),
        sheet(
          'incomes',
          ['clientIdNumber', 'month', 'source', 'income'],
          [
            [validId('11111111'), '03/2025', 'שכיר', '5000'],
            [validId('11111111'), '03/2025', 'עצמאי', '700'],
            [validId('11111111'), '2025-03', 'שכירה', '5000'],
          ],
        ),
      ),
      noKeys,
    );
    expect(brief(plan)).toEqual([
      ['clients', 3, 'fileNumber', 'מספר תיק במשרד מופיע כבר בשורה 2 בקובץ'],
      ['clients', 4, 'idNumber', 'מספר זהות מופיע כבר בשורה 2 בקובץ'],
      ['incomes', 4, 'month', 'הכנסה מהמקור הזה לחודש הזה מופיעה כבר בשורה 2 בקובץ'],
    ]);
    expect(plan.clients.map((c) => [c.row, c.incomes.length])).toEqual([[2, 2]]);
  });

  it('reports a family row whose client has no good row, but not one whose client row is already reported', () => {
    const plan = planImport(
      book(
        sheet('clients', CLIENT_HEADER, [[validId('11111111'), null, 'לוי', '01/02/1980', 'זכר', null]]),
        sheet(
          'family',
          ['clientIdNumber', 'relation', 'firstName'],
          [
            [validId('11111111'), 'ילד', 'יעל'],
            [validId('99999999'), 'ילד', 'תמר'],
          ],
        ),
      ),
      noKeys,
    );
    expect(brief(plan)).toEqual([
      ['clients', 2, 'firstNameHe', 'יש למלא את השדה שם פרטי'],
      ['family', 3, 'clientIdNumber', 'אין בגיליון המבוטחים שורה תקינה עם מספר הזהות הזה'],
    ]);
    // The row named by the name it has.
    expect(plan.problems[0]!.rowLabel).toBe('לוי');
  });

  it('checks the header once: unknown columns by number and Excel letter, a repeated or missing column, and no row under a bad header', () => {
    // Columns 7 and 8 are blank (spaces, an empty cell) and ignored; 26–28 are Z, AA, AB.
    const header: Cell[] = [
      ...CLIENT_HEADER,
      '  ',
      null,
      'firstNameHe',
      ...Array<Cell>(16).fill(null),
      'notes',
      'more',
      'even more',
    ];
    const plan = planImport(book(sheet('clients', header, [['123', '', '', '', '', '']])), noKeys);
    expect(plan.problems.map((p) => [p.row, p.field, p.fieldLabel, p.message])).toEqual([
      [1, 'firstNameHe', 'שם פרטי', 'העמודה שם פרטי מופיעה יותר מפעם אחת'],
      [1, 'column', 'עמודה Z', 'העמודה ה־26 (Z) אינה מוכרת — יש לתקן את שם העמודה או למחוק אותה'],
      [1, 'column', 'עמודה AA', 'העמודה ה־27 (AA) אינה מוכרת — יש לתקן את שם העמודה או למחוק אותה'],
      [1, 'column', 'עמודה AB', 'העמודה ה־28 (AB) אינה מוכרת — יש לתקן את שם העמודה או למחוק אותה'],
    ]);
    const missing = planImport(
      book(
        sheet(
          'clients',
          [' idNumber ', 'firstNameHe', 'lastNameHe', 'sex'],
          [[validId('11111111'), 'דן', 'לוי', 'זכר']],
        ),
      ),
      noKeys,
    );
    expect(brief(missing)).toEqual([['clients', 1, 'birthDate', 'חסרה העמודה תאריך לידה']]);
  });

  it('ignores a column with a blank header, whatever its cells hold', () => {
    const plan = planImport(
      book(
        sheet(
          'clients',
          [...CLIENT_HEADER.slice(0, 3), ' ', ...CLIENT_HEADER.slice(3)],
          [[validId('11111111'), 'דן', 'לוי', 'מה שכתוב כאן', '01/02/1980', 'זכר', null]],
        ),
      ),
      noKeys,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.clients.map((c) => [c.row, c.fields.lastNameHe, c.fields.birthDate])).toEqual([
      [2, 'לוי', '1980-02-01'],
    ]);
  });

  it("ignores the header of a sheet without rows, and keeps the reader's own problems first", () => {
    const readerProblem = {
      sheet: 'clients' as const,
      row: 3,
      field: '',
      fieldLabel: '',
      message: 'מירכאות שנפתחו בשורה זו לא נסגרו',
    };
    const plan = planImport(
      {
        sheets: [sheet('clients', CLIENT_HEADER, [client('11111111')]), sheet('family', ['nonsense'], [])],
        problems: [readerProblem],
      },
      noKeys,
    );
    expect(plan.problems).toEqual([readerProblem]);
    expect(plan.rows).toBe(1);
    expect(plan.sources).toEqual([
      { sheet: 'clients', name: 'clients.csv', rows: 1 },
      { sheet: 'family', name: 'family.csv', rows: 0 },
    ]);
    expect(plan.clients).toHaveLength(1);
  });
});

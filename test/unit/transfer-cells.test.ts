// How import cells become the API's values and back: the forms people and Excel write.
import { describe, expect, it } from 'vitest';
import { fromCell, toCell, toText, type Cell } from '../../shared/transfer/cells';
import { columnForHeader, sheetColumns, sheetForName, type Column } from '../../shared/transfer/layout';

function column(kind: keyof typeof sheetColumns, field: string): Column {
  return sheetColumns[kind].find((c) => c.field === field)!;
}
const read = (kind: keyof typeof sheetColumns, field: string, cell: Cell) => fromCell(column(kind, field), cell);

describe('import cells', () => {
  it('reads dates as d/m/yyyy, d.m.yyyy, yyyy-mm-dd, date cells and serial days; anything else is named', () => {
    for (const cell of [
      '07/03/1962',
      '7.3.1962',
      '7-3-1962',
      '1962-03-07',
      '1962-03-07 00:00:00',
      new Date(Date.UTC(1962, 2, 7)),
      22712,
    ]) {
      expect(read('clients', 'birthDate', cell)).toEqual({ value: '1962-03-07' });
    }
    for (const cell of ['31/02/1962', '1962/03/07', '7 במרץ 1962', '07/03/62']) {
      expect(read('clients', 'birthDate', cell)).toEqual({
        problem: 'תאריך לידה: התאריך אינו תקין או שתבניתו אינה מוכרת — יש לכתוב למשל 31/12/1980',
        raw: cell,
      });
    }
    expect(read('clients', 'aliyaDate', '  ')).toEqual({ value: undefined });
  });

  it('reads months as mm/yyyy, yyyy-mm or a date cell', () => {
    for (const cell of ['3/2024', '03.2024', '2024-3', '2024-03', new Date(Date.UTC(2024, 2, 1))])
      expect(read('incomes', 'month', cell)).toEqual({ value: '2024-03' });
    expect(read('incomes', 'month', 'מרץ')).toEqual({ value: 'מרץ' });
  });

  it('gives back the zeros Excel drops from IDs, phones and bank codes', () => {
    expect(read('clients', 'idNumber', 12345674)).toEqual({ value: '12345674' });
    expect(read('clients', 'mobilePhone', 525550001)).toEqual({ value: '0525550001' });
    expect(read('clients', 'mobilePhone', 972525550001)).toEqual({ value: '972525550001' });
    expect(read('clients', 'bankBranch', 34)).toEqual({ value: '034' });
    expect(read('clients', 'bankCode', '9')).toEqual({ value: '09' });
    expect(read('clients', 'postalCode', 6100000)).toEqual({ value: '6100000' });
  });

  it('knows the Hebrew words for codes, in both genders and with final letters', () => {
    expect(read('clients', 'maritalStatus', 'נשואה')).toEqual({ value: 'married' });
    expect(read('clients', 'maritalStatus', 'אלמנה')).toEqual({ value: 'widowed' });
    expect(read('clients', 'maritalStatus', 'ידועה בציבור')).toEqual({ value: 'common_law' });
    expect(read('clients', 'maritalStatus', 'Divorced')).toEqual({ value: 'divorced' });
    expect(read('clients', 'sex', 'F')).toEqual({ value: 'female' });
    expect(read('family', 'relation', 'בת זוג')).toEqual({ value: 'spouse' });
    expect(read('clients', 'isHousewife', 'כן')).toEqual({ value: true });
    expect(read('family', 'isDependant', 0)).toEqual({ value: false });
    expect(read('clients', 'preferredLanguage', 'מרוקאית')).toEqual({
      problem: 'שפה מועדפת: הערך "מרוקאית" אינו מוכר — אפשר לכתוב: עברית, ערבית, רוסית, אנגלית, אמהרית',
      raw: 'מרוקאית',
    });
  });

  it('reads amounts with separators and a shekel sign, and numbers as Excel keeps them', () => {
    expect(read('incomes', 'income', '₪ 12,345.5')).toEqual({ value: '12345.5' });
    expect(read('incomes', 'income', 1234.5600000001)).toEqual({ value: '1234.56' });
  });

  it('drops the apostrophe the CSV export puts before a formula-like cell', () => {
    expect(read('clients', 'fileNumber', "'=1+1")).toEqual({ value: '=1+1' });
    expect(read('clients', 'street', "רח' הרצל")).toEqual({ value: "רח' הרצל" });
  });

  it('writes values as people read them, dates as date cells in Excel', () => {
    expect(toText(column('clients', 'birthDate'), '1962-03-07')).toBe('07/03/1962');
    expect(toCell(column('clients', 'birthDate'), '1962-03-07')).toEqual(new Date(Date.UTC(1962, 2, 7)));
    expect(toText(column('incomes', 'month'), '2024-03')).toBe('03/2024');
    expect(toText(column('clients', 'mobilePhone'), '+972525550001')).toBe('052-5550001');
    expect(toText(column('clients', 'residency'), 'temporary_resident')).toBe('תושב/ת ארעי/ת');
    expect(toText(column('clients', 'isHousewife'), false)).toBe('לא');
    expect(toText(column('clients', 'street'), null)).toBe('');
  });
});

describe('import layout', () => {
  it('finds columns by Hebrew label or English name, and sheets by name', () => {
    expect(columnForHeader('clients', ' שם  פרטי ')?.field).toBe('firstNameHe');
    expect(columnForHeader('family', 'שם פרטי')?.field).toBe('firstName');
    expect(columnForHeader('clients', 'MOBILEPHONE')?.field).toBe('mobilePhone');
    expect(columnForHeader('clients', 'הערות')).toBeUndefined();
    expect(sheetForName('בני משפחה')).toBe('family');
    expect(sheetForName('Incomes')).toBe('incomes');
  });

  it('takes its columns from the API schemas, required where the schema requires', () => {
    expect(sheetColumns.clients.filter((c) => c.required).map((c) => c.field)).toEqual([
      'idNumber',
      'firstNameHe',
      'lastNameHe',
      'birthDate',
      'sex',
    ]);
    expect(sheetColumns.family.filter((c) => c.required).map((c) => c.field)).toEqual([
      'clientIdNumber',
      'relation',
      'firstName',
    ]);
    expect(sheetColumns.incomes.map((c) => c.field)).toEqual(['clientIdNumber', 'month', 'source', 'income']);
  });
});

// A payments list the office downloads as CSV: one payment a row — the client's ID number, the month
// (and, for a retroactive payment, the last month it pays), the amount, and the benefit or the NII's
// claim number when the client has more than one claim. Headers in Hebrew or by their field names;
// every bad cell is one problem naming its row and its column as the file heads it.
import Papa from 'papaparse';
import { z } from 'zod';
import { fieldIssues } from '../../shared/api/validation';
import { benefits, type Benefit } from '../../shared/domain/enums';
import { benefitLabel, fieldLabel, validationMessage } from '../../shared/locales/messages';
import { decimalText, idNumber, optionalIsoDate, optionalText } from '../../shared/schemas/fields';
import { monthField, type PaymentRowProblem } from '../../shared/schemas/payments';
import { fromCell, type Cell } from '../../shared/transfer/cells';
import { foldWord, type Column } from '../../shared/transfer/layout';
import { decode } from '../import/read';

export interface PaymentListRow {
  /** Its line in the file (the header is line 1). */
  row: number;
  idNumber: string;
  fromMonth: string;
  toMonth: string;
  amount: string;
  benefit: Benefit | null;
  niiClaimNumber: string | null;
  paidDate: string | null;
}

type ListField = 'idNumber' | 'month' | 'toMonth' | 'amount' | 'benefit' | 'niiClaimNumber' | 'paidDate';

const COLUMNS: Record<ListField, Column & { also: string[] }> = {
  idNumber: { field: 'idNumber', type: 'id', required: true, also: ['ת.ז.', 'ת"ז', 'תעודת זהות', 'ID'] },
  month: { field: 'month', type: 'month', required: true, also: ['מחודש', 'חודש התשלום', 'fromMonth'] },
  toMonth: { field: 'toMonth', type: 'month', required: false, also: [] },
  amount: { field: 'amount', type: 'decimal', required: true, also: ['סכום התשלום', 'סכום ששולם'] },
  benefit: { field: 'benefit', type: 'text', required: false, also: ['סוג הגמלה'] },
  niiClaimNumber: { field: 'niiClaimNumber', type: 'text', required: false, also: ['מספר תביעה'] },
  paidDate: { field: 'paidDate', type: 'date', required: false, also: ['תאריך תשלום'] },
};

const byHeader = new Map<string, ListField>(
  (Object.entries(COLUMNS) as [ListField, (typeof COLUMNS)[ListField]][]).flatMap(([field, column]) =>
    [fieldLabel(column.field), column.field, ...column.also].map((header) => [foldWord(header), field] as const),
  ),
);

const benefitByWord = new Map<string, Benefit>(
  benefits.flatMap((b) => [[foldWord(b), b] as const, [foldWord(benefitLabel(b)), b] as const]),
);

const rowSchema = z.object({
  idNumber,
  month: monthField('month'),
  toMonth: monthField('toMonth').optional(),
  amount: decimalText('amount'),
  niiClaimNumber: optionalText('niiClaimNumber', 40),
  paidDate: optionalIsoDate('paidDate'),
});

export interface PaymentList {
  rows: PaymentListRow[];
  problems: PaymentRowProblem[];
  /** Each field's column as the file heads it, for naming a column in a later problem. */
  headers: Partial<Record<ListField, string>>;
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** The rows of a payments list, and a problem for each bad header, row and cell. */
export function readPaymentList(bytes: Buffer): PaymentList {
  const parsed = Papa.parse<string[]>(decode(bytes), { skipEmptyLines: false });
  const problems: PaymentRowProblem[] = [];
  for (const row of new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1)))
    problems.push({ row, column: '', message: validationMessage('csvQuotes') });
  const [header = [], ...records] = parsed.data;
  const headers: Partial<Record<ListField, string>> = {};
  const at = new Map<ListField, number>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    const field = byHeader.get(foldWord(name));
    if (!field) {
      problems.push({ row: 1, column: name, message: validationMessage('paymentColumnUnknown', { column: name }) });
    } else if (at.has(field)) {
      problems.push({
        row: 1,
        column: name,
        message: validationMessage('repeatedColumn', { field: COLUMNS[field].field }),
      });
    } else {
      at.set(field, i);
      headers[field] = name;
    }
  });
  for (const field of Object.keys(COLUMNS) as ListField[])
    if (COLUMNS[field].required && !at.has(field))
      problems.push({
        row: 1,
        column: fieldLabel(COLUMNS[field].field),
        message: validationMessage('missingColumn', { field: COLUMNS[field].field }),
      });
  if (problems.some((p) => p.row === 1)) return { rows: [], problems, headers };

  const columnOf = (field: string) => headers[field as ListField] ?? fieldLabel(field);
  const rows: PaymentListRow[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (blank(cells)) return;
    const raw: Record<string, unknown> = {};
    let bad = false;
    for (const [field, index] of at) {
      if (field === 'benefit') continue;
      const coerced = fromCell(COLUMNS[field], (cells[index] ?? null) as Cell);
      if ('problem' in coerced) {
        problems.push({ row, column: columnOf(field), message: coerced.problem });
        bad = true;
      } else raw[field] = coerced.value;
    }
    const parsedRow = rowSchema.safeParse(raw);
    if (!parsedRow.success) {
      for (const issue of fieldIssues(parsedRow.error))
        problems.push({ row, column: columnOf(issue.field), message: issue.message });
      return;
    }
    const benefitCell = at.has('benefit') ? (cells[at.get('benefit')!] ?? '').trim() : '';
    const benefit = benefitCell ? (benefitByWord.get(foldWord(benefitCell)) ?? null) : null;
    if (benefitCell && !benefit) {
      problems.push({ row, column: columnOf('benefit'), message: validationMessage('choice', { field: 'benefit' }) });
      return;
    }
    const value = parsedRow.data;
    const toMonth = value.toMonth ?? value.month;
    if (toMonth < value.month) {
      problems.push({
        row,
        column: columnOf('toMonth'),
        message: validationMessage('dateOrder', { field: 'toMonth' }),
      });
      return;
    }
    if (bad) return;
    rows.push({
      row,
      idNumber: value.idNumber,
      fromMonth: value.month,
      toMonth,
      amount: value.amount,
      benefit,
      niiClaimNumber: value.niiClaimNumber,
      paidDate: value.paidDate,
    });
  });
  return { rows, problems, headers };
}

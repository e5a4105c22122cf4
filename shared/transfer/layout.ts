// The layout of an import or export file: one sheet of clients, and sheets of family members and
// monthly incomes keyed by the client's ID number. Columns are the API's own fields, headed by their
// Hebrew label or their English name; the value words (זכר, נשוי/אה, כן…) come from the locale file.
import { z } from 'zod';
import he from '../locales/he.json';
import { fieldLabel, type FieldName } from '../locales/messages';
import { clientFields } from '../schemas/client';
import { idNumber } from '../schemas/fields';
import { familyMemberFields, monthlyIncomeFields } from '../schemas/records';
import type { SheetKind } from '../schemas/transfer';
import { foldForSearch } from '../search/fold';

export type ColumnType = 'text' | 'id' | 'date' | 'month' | 'phone' | 'bool' | 'choice' | 'decimal' | 'digits';

export interface Column {
  field: FieldName;
  type: ColumnType;
  /** The schema refuses a row without it. */
  required: boolean;
  /** Digits left-padded to this width (Excel drops leading zeros of bank and branch codes). */
  width?: number;
}

type ValueField = keyof typeof he.transfer.values;

const TYPES: Partial<Record<FieldName, ColumnType>> = {
  idNumber: 'id',
  clientIdNumber: 'id',
  birthDate: 'date',
  aliyaDate: 'date',
  month: 'month',
  mobilePhone: 'phone',
  otherPhone: 'phone',
  isHousewife: 'bool',
  isDependant: 'bool',
  monthlyIncome: 'decimal',
  income: 'decimal',
  postalCode: 'digits',
  bankCode: 'digits',
  bankBranch: 'digits',
  bankAccount: 'digits',
};
const WIDTHS: Partial<Record<FieldName, number>> = { bankCode: 2, bankBranch: 3 };

/** Family and income rows name their client by this column. */
export const CLIENT_KEY = 'clientIdNumber';

type RowSchema = z.ZodObject;

/** Each sheet's row schema: the API's, plus the client key where the rows hang off a client. */
export const sheetSchemas = {
  clients: clientFields,
  family: familyMemberFields.safeExtend({ [CLIENT_KEY]: idNumber }),
  incomes: monthlyIncomeFields.safeExtend({ [CLIENT_KEY]: idNumber }),
} satisfies Record<SheetKind, RowSchema>;

function typeOf(field: FieldName): ColumnType {
  return TYPES[field] ?? (field in he.transfer.values ? 'choice' : 'text');
}

function columnsOf(schema: RowSchema, keyFirst: boolean): Column[] {
  const fields = Object.keys(schema.shape) as FieldName[];
  const ordered = keyFirst ? [CLIENT_KEY as FieldName, ...fields.filter((f) => f !== CLIENT_KEY)] : fields;
  return ordered.map((field) => ({
    field,
    type: typeOf(field),
    required: !z.safeParse(schema.shape[field]!, undefined).success,
    ...(WIDTHS[field] ? { width: WIDTHS[field] } : {}),
  }));
}

export const sheetColumns: Record<SheetKind, Column[]> = {
  clients: columnsOf(sheetSchemas.clients, false),
  family: columnsOf(sheetSchemas.family, true),
  incomes: columnsOf(sheetSchemas.incomes, true),
};

export function sheetLabel(kind: SheetKind): string {
  return he.transfer.sheets[kind];
}

/** How headers, sheet names and value words are compared: folded, spaces collapsed. */
export function foldWord(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ').trim();
}

const byHeader = Object.fromEntries(
  (Object.keys(sheetColumns) as SheetKind[]).map((kind) => [
    kind,
    new Map(
      sheetColumns[kind].flatMap((column) => [
        [foldWord(fieldLabel(column.field)), column] as const,
        [foldWord(column.field), column] as const,
      ]),
    ),
  ]),
) as Record<SheetKind, Map<string, Column>>;

/** The column a header names on this sheet: its Hebrew label or its English field name. */
export function columnForHeader(kind: SheetKind, header: string): Column | undefined {
  return byHeader[kind].get(foldWord(header));
}

/** The sheet an Excel worksheet's name stands for: its Hebrew name or its English kind. */
export function sheetForName(name: string): SheetKind | undefined {
  const folded = foldWord(name);
  return (Object.keys(he.transfer.sheets) as SheetKind[]).find(
    (kind) => folded === kind || folded === foldWord(sheetLabel(kind)),
  );
}

/** Latin words people type besides the codes themselves. */
const LATIN: Record<string, string[]> = {
  male: ['m'],
  female: ['f'],
  true: ['yes', 'y', '1', 'v', 'x'],
  false: ['no', 'n', '0'],
};

interface Vocabulary {
  /** Folded word → code. */
  codes: Map<string, string>;
  /** Code → the word written on export (the first of the locale's alternatives). */
  labels: Map<string, string>;
  /** Cell text as written → its code (undefined: no word of this vocabulary), remembered by codeFor. */
  read: Map<string, string | undefined>;
}

/** Cell texts remembered per vocabulary: a file writes its few words 50,000 times; folding each costs. */
const REMEMBERED = 1000;

/** The code a cell's text names in this vocabulary, or undefined. */
export function codeFor(vocabulary: Vocabulary, raw: string): string | undefined {
  if (vocabulary.read.has(raw)) return vocabulary.read.get(raw);
  const code = vocabulary.codes.get(foldWord(raw));
  if (vocabulary.read.size < REMEMBERED) vocabulary.read.set(raw, code);
  return code;
}

function vocabulary(words: Record<string, string>): Vocabulary {
  const codes = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const [code, alternatives] of Object.entries(words)) {
    const forms = alternatives.split('|');
    labels.set(code, forms[0]!);
    for (const form of [code, ...forms, ...(LATIN[code] ?? [])]) codes.set(foldWord(form), code);
  }
  return { codes, labels, read: new Map() };
}

const vocabularies = Object.fromEntries(
  Object.entries(he.transfer.values).map(([field, words]) => [field, vocabulary(words)]),
) as Record<ValueField, Vocabulary>;

/** The vocabulary of a choice column, or the yes/no words for a boolean one. */
export function vocabularyOf(column: Column): Vocabulary {
  return vocabularies[column.type === 'bool' ? 'boolean' : (column.field as ValueField)];
}

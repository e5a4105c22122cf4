// Reads the files the user picked for an import into sheets of cells — from their bytes, never from a
// path. CSV: the clients file, and the same name with -family / -incomes for the other sheets; UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode
// text"), or Windows-1255 when the bytes are not UTF-8 (old Hebrew Excel exports). Excel (.xlsx): one
// worksheet per sheet, found by name, the first worksheet being the clients when none is named so.
import ExcelJS from 'exceljs';
import path from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../shared/api/result';
import { errorMessage, fieldLabel, validationMessage } from '../../shared/locales/messages';
import { sheetKinds, type ImportProblem, type SheetKind } from '../../shared/schemas/transfer';
import type { Cell } from '../../shared/transfer/cells';
import { sheetForName } from '../../shared/transfer/layout';
import type { ImportBook, SheetRows } from '../../shared/transfer/plan';

const CSV_EXTENSIONS = ['.csv', '.txt'];

/** Where the CSV of a sheet lies beside the clients' file (clients.csv → clients-family.csv). */
export function csvFileOf(clientsFile: string, kind: SheetKind): string {
  if (kind === 'clients') return clientsFile;
  const { dir, name, ext } = path.parse(clientsFile);
  return path.join(dir, `${name}-${kind}${ext}`);
}

/** A text file's bytes as text: UTF-16 with its BOM, UTF-8 (its BOM dropped), else Windows-1255. */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1255').decode(bytes);
  }
}

function isBlank(cells: Cell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** Rows 2… with their number in the file, blank ones left out (they still count). */
function dataRows(rows: Cell[][]): SheetRows['rows'] {
  return rows.flatMap((cells, i) => (i === 0 || isBlank(cells) ? [] : [{ row: i + 1, cells }]));
}

/** A picked file: its name as the user's system gave it, and its bytes. */
export interface PickedFile {
  name: string;
  bytes: Buffer;
}

function readCsv(file: PickedFile, kind: SheetKind, problems: ImportProblem[]): SheetRows {
  const parsed = Papa.parse<string[]>(decode(file.bytes), { skipEmptyLines: false });
  // papaparse counts records from 0, the header among them; a bad quote may raise two errors.
  const broken = new Set(parsed.errors.filter((error) => error.type === 'Quotes').map((error) => (error.row ?? 0) + 1));
  for (const row of broken)
    problems.push({ sheet: kind, row, field: '', fieldLabel: fieldLabel(''), message: validationMessage('csvQuotes') });
  return { kind, name: file.name, header: parsed.data[0] ?? [], rows: dataRows(parsed.data) };
}

/** The sheet a CSV holds, by its name: NAME-family.csv and NAME-incomes.csv beside NAME.csv. */
function csvSheetOf(name: string): { kind: SheetKind; base: string } {
  const { name: stem, ext } = path.parse(name);
  for (const kind of sheetKinds) {
    if (kind !== 'clients' && stem.endsWith(`-${kind}`))
      return { kind, base: `${stem.slice(0, -kind.length - 1)}${ext}` };
  }
  return { kind: 'clients', base: name };
}

function readCsvBook(files: PickedFile[]): ImportBook {
  const clients = files.filter((file) => csvSheetOf(file.name).kind === 'clients');
  if (clients.length !== 1) throw new AppError('validation', 'importClientsFileMissing', 'importFiles');
  const clientsFile = clients[0]!;
  const problems: ImportProblem[] = [];
  const sheets = files.map((file) => {
    const { kind, base } = csvSheetOf(file.name);
    if (base !== clientsFile.name || csvFileOf(clientsFile.name, kind) !== file.name) {
      const extra = new AppError('validation', 'importFileExtra', 'importFiles');
      extra.message = errorMessage('importFileExtra', { name: file.name });
      throw extra;
    }
    return readCsv(file, kind, problems);
  });
  return { sheets: sheetKinds.flatMap((kind) => sheets.filter((sheet) => sheet.kind === kind)), problems };
}

/** An Excel cell as text, number, boolean or date: formulas by their result, links and rich text by their text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return cellOf(value.result ?? null);
}

function worksheetRows(worksheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[number - 1] = values.slice(1).map(cellOf);
  });
  return Array.from(rows, (cells) => cells ?? []);
}

async function readXlsxBook(file: PickedFile): Promise<ImportBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'importFileUnreadable', 'importFiles');
  }
  const named = workbook.worksheets.map((worksheet) => ({ worksheet, kind: sheetForName(worksheet.name) }));
  if (!named.some((w) => w.kind === 'clients') && named[0] && !named[0].kind) named[0].kind = 'clients';
  const sheets = named.flatMap(({ worksheet, kind }) => {
    if (!kind) return [];
    const rows = worksheetRows(worksheet);
    return [{ kind, name: worksheet.name, header: rows[0] ?? [], rows: dataRows(rows) }];
  });
  return { sheets, problems: [] };
}

/** The clients file's name, as the audit row records it. */
export function importName(files: PickedFile[]): string {
  return files.find((file) => csvSheetOf(file.name).kind === 'clients')?.name ?? files[0]!.name;
}

export async function readImportBook(files: PickedFile[]): Promise<ImportBook> {
  const extensions = files.map((file) => path.extname(file.name).toLowerCase());
  if (extensions.some((extension) => extension !== '.xlsx' && !CSV_EXTENSIONS.includes(extension)))
    throw new AppError('validation', 'importFileType', 'importFiles');
  if (!extensions.includes('.xlsx')) return readCsvBook(files);
  if (files.length > 1) throw new AppError('validation', 'importOneWorkbook', 'importFiles');
  return readXlsxBook(files[0]!);
}

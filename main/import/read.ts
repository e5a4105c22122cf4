// Reads an import file into sheets of cells. CSV: the clients file, and beside it the same name with
// -family / -incomes for the other sheets; UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode
// text"), or Windows-1255 when the bytes are not UTF-8 (old Hebrew Excel exports). Excel (.xlsx): one
// worksheet per sheet, found by name, the first worksheet being the clients when none is named so.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../shared/api/result';
import { fieldLabel, validationMessage } from '../../shared/locales/messages';
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

function decode(bytes: Buffer): string {
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

function readCsv(file: string, kind: SheetKind, problems: ImportProblem[]): SheetRows {
  const parsed = Papa.parse<string[]>(decode(fs.readFileSync(file)), { skipEmptyLines: false });
  // papaparse counts records from 0, the header among them; a bad quote may raise two errors.
  const broken = new Set(parsed.errors.filter((error) => error.type === 'Quotes').map((error) => (error.row ?? 0) + 1));
  for (const row of broken) problems.push({ sheet: kind, row, field: '', fieldLabel: fieldLabel(''), message: validationMessage('csvQuotes') });
  return { kind, name: path.basename(file), header: parsed.data[0] ?? [], rows: dataRows(parsed.data) };
}

function readCsvBook(file: string): ImportBook {
  const problems: ImportProblem[] = [];
  const sheets = sheetKinds
    .filter((kind) => kind === 'clients' || fs.existsSync(csvFileOf(file, kind)))
    .map((kind) => readCsv(csvFileOf(file, kind), kind, problems));
  return { sheets, problems };
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

async function readXlsxBook(file: string): Promise<ImportBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new AppError('validation', 'importFileUnreadable', 'importFile');
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

export async function readImportBook(file: string): Promise<ImportBook> {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new AppError('validation', 'importFileMissing', 'importFile');
  const extension = path.extname(file).toLowerCase();
  if (CSV_EXTENSIONS.includes(extension)) return readCsvBook(file);
  if (extension === '.xlsx') return readXlsxBook(file);
  throw new AppError('validation', 'importFileType', 'importFile');
}

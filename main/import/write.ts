// Writes sheets in the import layout: CSV (UTF-8 with BOM, so Hebrew Excel opens it right; one file a
// sheet) or Excel (right to left, bold frozen header, dates as date cells). Files are staged as temp
// files in the target folder and flushed; publishing renames them into place, so a reader never sees
// half a file and the caller can tie the rename to its audit row.
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../shared/api/result';
import { fieldLabel } from '../../shared/locales/messages';
import type { FileFormat, SheetKind } from '../../shared/schemas/transfer';
import { FORMULA_LIKE, toCell, toText } from '../../shared/transfer/cells';
import { sheetColumns, sheetLabel, type Column } from '../../shared/transfer/layout';
import { syncFile, syncFolder } from '../../db/backup';
import { csvFileOf } from './read';

export interface SheetOut {
  kind: SheetKind;
  /** Values as the API has them: ISO dates, E.164 phones, codes. */
  rows: Record<string, unknown>[];
}

export interface Staged {
  temp: string;
  target: string;
}

const UTF8_BOM = '\uFEFF';
const WIDTHS: Partial<Record<Column['type'], number>> = { date: 12, id: 12, phone: 15 };

function widthOf(column: Column): number {
  return WIDTHS[column.type] ?? Math.max(14, fieldLabel(column.field).length + 2);
}

function csvText(sheet: SheetOut): string {
  const columns = sheetColumns[sheet.kind];
  const data = sheet.rows.map((row) => columns.map((column) => toText(column, row[column.field])));
  // papaparse's own pattern misses a formula followed by a newline in the same cell; ours does not.
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: columns.map((c) => fieldLabel(c.field)), data },
      { escapeFormulae: FORMULA_LIKE, newline: '\r\n' },
    )
  );
}

async function writeXlsx(file: string, sheets: SheetOut[]): Promise<void> {
  // The streaming writer keeps memory flat for an office of 100,000 clients.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    const columns = sheetColumns[sheet.kind];
    const worksheet = workbook.addWorksheet(sheetLabel(sheet.kind), {
      views: [{ rightToLeft: true, state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    worksheet.columns = columns.map((column) => ({
      key: column.field,
      width: widthOf(column),
      style: column.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    const header = worksheet.addRow(columns.map((column) => fieldLabel(column.field)));
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow(columns.map((column) => toCell(column, row[column.field]))).commit();
    worksheet.commit();
  }
  await workbook.commit();
}

/** The files a set of sheets becomes, under the first base name none of whose files exists yet. */
function targetsFor(folder: string, baseName: string, format: FileFormat, sheets: SheetOut[]): string[] {
  for (let n = 1; ; n++) {
    const base = path.join(folder, n === 1 ? baseName : `${baseName}-${n}`);
    const targets = format === 'xlsx' ? [`${base}.xlsx`] : sheets.map((sheet) => csvFileOf(`${base}.csv`, sheet.kind));
    if (!targets.some((target) => fs.existsSync(target))) return targets;
  }
}

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A folder that is not there, or that refuses the write, is the user's choice at fault: said in Hebrew under it. */
export function folderError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('validation', 'targetFolderMissing', 'targetFolder');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError('validation', 'targetFolderNotWritable', 'targetFolder');
  return error;
}

/** Writes the sheets to flushed temp files in `folder`; nothing appears under a real name yet. */
export async function stageSheets(
  folder: string,
  baseName: string,
  format: FileFormat,
  sheets: SheetOut[],
): Promise<Staged[]> {
  const targets = targetsFor(folder, baseName, format, sheets);
  const staged = targets.map((target) => ({ temp: tempBeside(target), target }));
  try {
    // Created here, so that a folder refusing the write fails now and plainly, not in a stream's error event.
    for (const { temp } of staged) fs.closeSync(fs.openSync(temp, 'wx'));
    if (format === 'xlsx') await writeXlsx(staged[0]!.temp, sheets);
    else sheets.forEach((sheet, i) => fs.writeFileSync(staged[i]!.temp, csvText(sheet)));
    for (const { temp } of staged) syncFile(temp);
  } catch (error) {
    discard(staged);
    throw folderError(error);
  }
  return staged;
}

/** Renames the staged files into place; returns their paths. */
export function publish(staged: Staged[]): string[] {
  for (const { temp, target } of staged) fs.renameSync(temp, target);
  if (staged[0]) syncFolder(path.dirname(staged[0].target));
  return staged.map((s) => s.target);
}

/** Removes whatever staged file was not published. */
export function discard(staged: Staged[]): void {
  for (const { temp } of staged) fs.rmSync(temp, { force: true });
}

// Import of insured persons from CSV or Excel and export of the client list: what the API takes and gives.
import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage, type FieldName } from '../locales/messages';
import { clientSearchInput } from './client';
import { clientListFilters } from './client-list';
import { choice, requiredText } from './fields';

/** The sheets of an import file: the clients, and rows keyed by a client's ID number. */
export const sheetKinds = ['clients', 'family', 'incomes'] as const;
export type SheetKind = (typeof sheetKinds)[number];

export const fileFormats = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof fileFormats)[number];

/** C:\… or \\server\… on Windows, /… elsewhere: the path the user's own system writes. */
function isAbsolutePath(value: string): boolean {
  return /^(?:[A-Za-z]:[\\/]|\\\\|\/)/.test(value) && !value.includes('\0');
}

// Own field names (not 'file'/'folder'), so a missing value is named "קובץ הייבוא", not the backup's.
const absolutePath = (field: FieldName) =>
  requiredText(field, 1000).refine(isAbsolutePath, own(validationMessage('absolutePath', { field })));

/** A folder the user chose on the machine that keeps the office's data, for files the app writes out. */
export const targetFolder = absolutePath('targetFolder');
const format = choice('format', fileFormats);

/** Per file: 50,000 clients with their family and incomes fit well under it. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/**
 * The files the user picked (a file dialog on the desktop, an upload in the browser), sent as bytes:
 * the app never reads an import from a path, so a session cannot make it read any file it can reach.
 * One Excel workbook, or a CSV of clients with NAME-family / NAME-incomes CSVs beside it.
 */
const importUpload = z.object({
  name: requiredText('importFiles', 255),
  contentBase64: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, own(validationMessage('importTooLarge'))),
});
const importFiles = z
  .array(importUpload)
  .min(1, own(validationMessage('required', { field: 'importFiles' })))
  .max(sheetKinds.length, own(validationMessage('importTooManyFiles')));

/** A row by its place in the file, as the dry run names it (header = row 1). */
const rowRef = { sheet: z.enum(sheetKinds), row: z.number().int().min(2) };
/**
 * The user's answers to the dry run, laid over the file as uploaded: a cell's new value, or a row left
 * out. The dry run and the import take the same answers, so both check the same rows.
 */
const amendments = z
  .object({
    fixes: z.array(z.object({ ...rowRef, field: z.string().min(1).max(100), value: z.string().max(1000) })).max(10_000),
    skips: z.array(z.object(rowRef)).max(100_000),
  })
  .default({ fixes: [], skips: [] });
export type ImportAmendments = z.output<typeof amendments>;

/** Clients one import call writes at most, so that the desk can show progress between calls. */
export const MAX_IMPORT_CHUNK = 100_000;

export const importPreviewInput = z.object({ importFiles, amendments });
export const importInput = z.object({
  importFiles,
  amendments,
  confirm: z.literal(true, { error: own(validationMessage('confirmImport')) }),
  /** Write at most this many of the file's clients now; the next call (with the batch) writes the next ones. */
  limit: z.number().int().min(1).max(MAX_IMPORT_CHUNK).optional(),
  /** Continue this import: the clients the earlier calls wrote are in the office now, and are passed over. */
  batchId: z.number().int().positive().optional(),
});
export const importUndoInput = z.object({ batchId: z.number().int().positive() });
/** The client list's current view: its search, filters and order. */
export const exportInput = z.object({
  targetFolder,
  format,
  query: clientSearchInput.shape.query,
  sort: clientSearchInput.shape.sort,
  direction: clientSearchInput.shape.direction,
  ...clientListFilters.shape,
});
export const templateInput = z.object({ targetFolder, format });

/** One thing wrong in the file, where the user sees it: header = row 1. */
export interface ImportProblem {
  sheet: SheetKind;
  row: number;
  /** The field's name, or the column's header when the column itself is unknown. */
  field: string;
  fieldLabel: string;
  message: string;
  /** The cell's text in the file (after the user's fixes), for fixing it in place. */
  value?: string;
  /** Whose row it is, from its name cells (a family or income row: its client's ID number). */
  rowLabel?: string;
}

export interface ImportSource {
  sheet: SheetKind;
  /** The worksheet's name, or the CSV file's name. */
  name: string;
  rows: number;
}

export interface ImportPreview {
  sources: ImportSource[];
  /** Client rows in the file. */
  rows: number;
  /** Client rows that pass every check and are new to the office: what the import writes once no problem is left. */
  valid: number;
  /** Everything that stops the import, by sheet and row; the first 1,000 of problemCount. */
  problems: ImportProblem[];
  problemCount: number;
  /** Rows whose ID number the office already has: the import skips them, with their family and incomes. */
  duplicatesInOffice: ImportProblem[];
  duplicateCount: number;
  /** Rows the user chose to leave out (a client's family and income rows go with it, uncounted). */
  skippedRows: number;
}

export interface ImportResult {
  /** The import these clients belong to: what undo deletes, and what the client list can show. */
  batchId: number;
  imported: number;
  /** Rows whose ID number the office had before this import. */
  skipped: number;
  family: number;
  incomes: number;
  /** The file's clients still to write (with a limit): the next call, with batchId, writes them. */
  remaining: number;
}

export interface ImportUndoResult {
  deleted: number;
}

export interface ExportResult {
  file: string;
  count: number;
}

export interface TemplateResult {
  files: string[];
}

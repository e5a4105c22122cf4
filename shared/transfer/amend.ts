// The user's answers to a dry run laid over the file as read: a fixed cell takes the typed value, a
// skipped row is left out — and with a skipped client row go its family and income rows, unless
// another client row of the file keeps that ID number. The uploaded bytes themselves never change.
import { normalizeIsraeliId } from '../identity/israeli-id';
import type { ImportAmendments, SheetKind } from '../schemas/transfer';
import { fromCell, type Cell } from './cells';
import { CLIENT_KEY, columnForHeader } from './layout';
import type { ImportBook, SheetRows } from './plan';

export interface AmendedBook {
  book: ImportBook;
  /** Rows of the file the user's skips left out (their dependants not counted). */
  skippedRows: number;
}

const rowKey = (sheet: SheetKind, row: number) => `${sheet}|${row}`;

function columnIndex(sheet: SheetRows, field: string): number {
  return sheet.header.findIndex((cell) => cell !== null && columnForHeader(sheet.kind, String(cell))?.field === field);
}

/**
 * Reads the normalized ID number a row names in `field` (null when it names none readable); the
 * column is looked up once per sheet, not once per row.
 */
function idReader(sheet: SheetRows, field: string): (cells: Cell[]) => string | null {
  const index = columnIndex(sheet, field);
  const column = index < 0 ? undefined : columnForHeader(sheet.kind, String(sheet.header[index]));
  return (cells) => {
    if (!column) return null;
    const coerced = fromCell(column, cells[index] ?? null);
    return 'value' in coerced && typeof coerced.value === 'string' ? normalizeIsraeliId(coerced.value) : null;
  };
}

function withFixes(sheet: SheetRows, fixes: ImportAmendments['fixes']): SheetRows {
  const mine = fixes.filter((fix) => fix.sheet === sheet.kind);
  if (mine.length === 0) return sheet;
  const values = new Map(mine.map((fix) => [`${fix.row}|${fix.field}`, fix]));
  const fields = [...new Set(mine.map((fix) => fix.field))]
    .map((field) => ({ field, index: columnIndex(sheet, field) }))
    .filter((f) => f.index >= 0);
  const rows = sheet.rows.map(({ row, cells }) => {
    const fixed = fields.filter(({ field }) => values.has(`${row}|${field}`));
    if (fixed.length === 0) return { row, cells };
    const next = [...cells];
    for (const { field, index } of fixed) next[index] = values.get(`${row}|${field}`)!.value;
    return { row, cells: next };
  });
  return { ...sheet, rows };
}

export function amendBook(book: ImportBook, amendments: ImportAmendments): AmendedBook {
  const skips = new Set(amendments.skips.map((skip) => rowKey(skip.sheet, skip.row)));
  const sheets = book.sheets.map((sheet) => withFixes(sheet, amendments.fixes));
  let skippedRows = 0;
  const skippedIds = new Set<string>();
  const keptIds = new Set<string>();
  const kept = sheets.map((sheet) => {
    const idOf = idReader(sheet, 'idNumber');
    const rows = sheet.rows.filter(({ row, cells }) => {
      const skipped = skips.has(rowKey(sheet.kind, row));
      if (skipped) skippedRows++;
      if (sheet.kind === 'clients') {
        const id = idOf(cells);
        if (id) (skipped ? skippedIds : keptIds).add(id);
      }
      return !skipped;
    });
    return { ...sheet, rows };
  });
  const orphaned = (idOf: (cells: Cell[]) => string | null, cells: Cell[]) => {
    const id = idOf(cells);
    return id !== null && skippedIds.has(id) && !keptIds.has(id);
  };
  const amended = kept.map((sheet) => {
    if (sheet.kind === 'clients') return sheet;
    const idOf = idReader(sheet, CLIENT_KEY);
    return { ...sheet, rows: sheet.rows.filter(({ cells }) => !orphaned(idOf, cells)) };
  });
  // What the reader could not make sense of (a broken quote) goes with a skipped row.
  const problems = book.problems.filter((problem) => !skips.has(rowKey(problem.sheet, problem.row)));
  return { book: { sheets: amended, problems }, skippedRows };
}

// The import template as a download: each sheet's column headers as the importer reads them, in
// UTF-8 with a byte-order mark so that Hebrew Excel opens it right; and what each column takes.
import { fieldLabel } from '../../../shared/locales/messages';
import type { SheetKind } from '../../../shared/schemas/transfer';
import { sheetColumns, vocabularyOf, type Column } from '../../../shared/transfer/layout';
import { download } from '../client-file/documents/fileBytes';

/** Names the importer reads together: NAME.csv beside NAME-family.csv and NAME-incomes.csv. */
const BASE_NAME = 'mitzui-import';

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function templateCsv(kind: SheetKind): string {
  return `\uFEFF${sheetColumns[kind].map((column) => csvCell(fieldLabel(column.field))).join(',')}\r\n`;
}

export function downloadTemplate(kind: SheetKind): void {
  const name = kind === 'clients' ? `${BASE_NAME}.csv` : `${BASE_NAME}-${kind}.csv`;
  download(new Blob([templateCsv(kind)], { type: 'text/csv;charset=utf-8' }), name);
}

/** The words a choice column takes, as an export writes them. */
export function choicesOf(column: Column): string {
  return [...vocabularyOf(column).labels.values()].join(', ');
}

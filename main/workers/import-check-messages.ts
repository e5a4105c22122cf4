// What the app's thread and the import's check (main/workers/import-check.ts) tell each other.
import type { MessagePort } from 'node:worker_threads';
import type { ImportProblem } from '../../shared/schemas/transfer';
import type { ClientToImport, FamilyRow, ImportBook, IncomeRow } from '../../shared/transfer/plan';

export interface ImportCheckWork {
  book: ImportBook;
  /** The office's ID and file numbers (OfficeKeys, as arrays to cross threads). */
  idNumbers: string[];
  fileNumbers: string[];
  /** The worker answers on this port, and counts each message it posts in `posted` (an Int32Array). */
  port: MessagePort;
  posted: SharedArrayBuffer;
}

/** What passed, in the order it passed; rows of the family and income sheets name their client's row. */
export type CheckedItem =
  | { kind: 'client'; entry: Omit<ClientToImport, 'family' | 'incomes'> }
  | { kind: 'family'; clientRow: number; member: FamilyRow }
  | { kind: 'income'; clientRow: number; income: IncomeRow };

export type ImportCheckMessage =
  | { kind: 'passed'; items: CheckedItem[] }
  /** The whole plan's counts, after everything that passed. */
  | { kind: 'done'; clients: number; problems: number; skipped: ImportProblem[] }
  | { kind: 'failed'; error: string };

// Import of insured persons (with family members and monthly incomes) from CSV or Excel, and export of
// the client list. The dry run and the import share one check (shared/transfer/plan.ts, on the API's
// own schemas); the import runs it again inside its one transaction and writes nothing unless the whole
// file passes. Clients whose ID number the office already has are skipped, with their rows. The
// clients of one import form a batch, which the importer may undo (import-undo.ts).
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { toHundredths } from '../../../shared/money';
import { errorMessage } from '../../../shared/locales/messages';
import { sheetKinds, type ImportResult } from '../../../shared/schemas/transfer';
import { amendBook, type AmendedBook } from '../../../shared/transfer/amend';
import { planImport, type ClientToImport, type ImportBook, type ImportPlan } from '../../../shared/transfer/plan';
import { insertImportedClient, officeClientKeys } from '../../../db/repositories/client-import';
import { batchClientCount, insertImportBatch, type ImportBatchRow } from '../../../db/repositories/import-batches';
import { listClientIds } from '../../../db/repositories/client-list';
import { byIds } from '../../../db/repositories/insured-persons';
import { todayInIsrael } from '../../../shared/dates';
import { recordRepository } from '../../../db/repositories/records';
import { familyMembers, monthlyIncomes } from '../../../db/schema';
import { importName, readImportBook, type PickedFile } from '../../import/read';
import { discard, publish, stageSheets, type SheetOut } from '../../import/write';
import { audit, type Call } from '../context';
import { ownBatch } from './import-undo';
import type { Handlers } from '../handler';

/** The preview lists this many problems (and skipped rows) at most; it counts them all. */
const MAX_LISTED_PROBLEMS = 1000;

const family = recordRepository(familyMembers, 'r.id');
const incomes = recordRepository(monthlyIncomes, 'r.id');

/** A row the checks passed but the store refused: the transaction takes everything back. */
class ImportFailed extends AppError {
  constructor(row: number, cause: unknown) {
    super('conflict', 'importFailed', 'importFiles');
    this.message = errorMessage('importFailed', { row });
    this.cause = cause;
  }
}

function plan(call: Call, book: ImportBook): ImportPlan {
  return planImport(book, officeClientKeys(call.store.db, call.session.officeId));
}

type UploadInput = ParsedInputOf<'clients.importPreview'>;

function picked(input: UploadInput): PickedFile[] {
  return input.importFiles.map((file) => ({
    name: path.basename(file.name),
    bytes: Buffer.from(file.contentBase64, 'base64'),
  }));
}

/** The uploaded file as read, with the user's fixes and skips laid over it. */
async function readAmended(input: UploadInput): Promise<AmendedBook> {
  return amendBook(await readImportBook(picked(input)), input.amendments);
}

export async function previewImport(call: Call, input: UploadInput): Promise<OutputOf<'clients.importPreview'>> {
  const { book, skippedRows } = await readAmended(input);
  const checked = plan(call, book);
  return {
    sources: checked.sources,
    rows: checked.rows,
    valid: checked.clients.length,
    problems: checked.problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: checked.problems.length,
    duplicatesInOffice: checked.skipped.slice(0, MAX_LISTED_PROBLEMS),
    duplicateCount: checked.skipped.length,
    skippedRows,
  };
}

/** A new batch for the file, or the caller's own one this call continues. */
function batchFor(call: Call, batchId: number | undefined, fileName: string): ImportBatchRow {
  if (batchId !== undefined) return ownBatch(call, batchId);
  return insertImportBatch(call.store.db, {
    officeId: call.session.officeId,
    fileName,
    createdAt: call.now().toISOString(),
    createdBy: call.session.staffId,
  });
}

/**
 * Audit: one 'import' row per call — who imported which file, the counts, the batch, and the ids of the
 * clients it created (one range: a single writer inside one transaction takes consecutive ids). A
 * hash-chained row per client would double the cost of every row written and add 50,000 chain links
 * for one act; the clients' rows keep created_by, created_at and their batch themselves.
 */
function writePlan(call: Call, clients: ClientToImport[], batch: ImportBatchRow, result: ImportResult): ImportResult {
  const { db } = call.store;
  const stamp = call.now().toISOString();
  const by = call.session.staffId;
  let firstId: number | null = null;
  let lastId: number | null = null;
  for (const client of clients) {
    try {
      const fields = {
        ...client.fields,
        officeId: call.session.officeId,
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: by,
        updatedBy: by,
        importBatchId: batch.id,
      };
      const id = insertImportedClient(db, fields);
      const owned = { insuredPersonId: id, createdAt: stamp, updatedAt: stamp };
      for (const member of client.family) {
        family.insert(db, {
          ...member,
          ...owned,
          monthlyIncomeAgorot: member.monthlyIncome === null ? null : toHundredths(member.monthlyIncome),
        });
      }
      for (const income of client.incomes)
        incomes.insert(db, { ...income, ...owned, incomeAgorot: toHundredths(income.income) });
      firstId ??= id;
      lastId = id;
    } catch (error) {
      throw new ImportFailed(client.row, error);
    }
    result.imported++;
    result.family += client.family.length;
    result.incomes += client.incomes.length;
  }
  const { batchId: _batch, remaining: _remaining, ...counts } = result;
  audit(call, {
    action: 'import',
    entity: 'insured_person',
    details: {
      file: batch.fileName,
      batchId: batch.id,
      ...counts,
      clientIds: firstId === null ? null : { from: firstId, to: lastId },
    },
  });
  return result;
}

/**
 * Checks the file (with the user's answers) and writes it in one transaction: nothing when any row
 * has a problem. With a limit, writes the first `limit` clients not yet in the office; the desk calls
 * again with the batch for the next ones, showing progress in between.
 */
export async function importFiles(call: Call, input: ParsedInputOf<'clients.import'>): Promise<ImportResult> {
  const files = picked(input);
  const { book } = await readAmended(input);
  return call.store.db.transaction(() => {
    const checked = plan(call, book);
    if (checked.problems.length > 0) throw new AppError('validation', 'importHasProblems', 'importFiles');
    const batch = batchFor(call, input.batchId, importName(files));
    const now = checked.clients.slice(0, input.limit ?? checked.clients.length);
    // The batch's clients from earlier calls are in the office now: the plan passes them over as known.
    const skipped = checked.skipped.length - batchClientCount(call.store.db, batch.id);
    const result = {
      batchId: batch.id,
      imported: 0,
      skipped,
      family: 0,
      incomes: 0,
      remaining: checked.clients.length - now.length,
    };
    return writePlan(call, now, batch, result);
  });
}

/** Israel time in the name, as the office reads the clock: mitzui-clients-2026-03-01-1000. */
function exportName(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jerusalem',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return `mitzui-clients-${part.year}-${part.month}-${part.day}-${part.hour}${part.minute}`;
}

/** The clients of the list's current view (search, filters, order); every live client by name when none is set. */
export async function exportClients(
  call: Call,
  input: ParsedInputOf<'clients.export'>,
): Promise<OutputOf<'clients.export'>> {
  const { db } = call.store;
  const { targetFolder: _folder, format: _format, ...view } = input;
  const { ids } = listClientIds(
    db,
    call.session.officeId,
    { ...view, limit: -1, offset: 0, withTotal: false },
    todayInIsrael(call.now()),
  );
  const rows = byIds(db, ids);
  const staged = await stageSheets(input.targetFolder, exportName(call.now()), input.format, [
    { kind: 'clients', rows },
  ]);
  try {
    // Exports of personal data are logged: the row and the file appear together or not at all.
    return db.transaction(() => {
      const file = staged[0]!.target;
      const filters = {
        benefit: input.benefit,
        claimStatus: input.claimStatus,
        staffId: input.staffId,
        consentProblem: input.consentProblem,
      };
      audit(call, {
        action: 'export',
        entity: 'insured_person',
        details: { file, format: input.format, count: rows.length, query: input.query || null, ...filters },
      });
      publish(staged);
      return { file, count: rows.length };
    });
  } finally {
    discard(staged);
  }
}

/** Empty files with every sheet's headers, ready to fill in. */
export async function writeTemplate(
  _call: Call,
  input: ParsedInputOf<'clients.importTemplate'>,
): Promise<OutputOf<'clients.importTemplate'>> {
  const sheets: SheetOut[] = sheetKinds.map((kind) => ({ kind, rows: [] }));
  const staged = await stageSheets(input.targetFolder, 'mitzui-import', input.format, sheets);
  try {
    return { files: publish(staged) };
  } finally {
    discard(staged);
  }
}

export const transferHandlers: Handlers<
  'clients.importPreview' | 'clients.import' | 'clients.export' | 'clients.importTemplate'
> = {
  'clients.importPreview': previewImport,
  'clients.import': importFiles,
  'clients.export': exportClients,
  'clients.importTemplate': writeTemplate,
};

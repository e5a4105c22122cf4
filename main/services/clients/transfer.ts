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
import { planImport, type ClientToImport } from '../../../shared/transfer/plan';
import { insertImportedClient, officeClientKeys } from '../../../db/repositories/client-import';
import { batchClientCount, insertImportBatch, type ImportBatchRow } from '../../../db/repositories/import-batches';
import { listClientIds } from '../../../db/repositories/client-list';
import { byIds } from '../../../db/repositories/insured-persons';
import { todayInIsrael } from '../../../shared/dates';
import { recordRepository } from '../../../db/repositories/records';
import { familyMembers, monthlyIncomes } from '../../../db/schema';
import { checkOffThread } from '../../import/check-off-thread';
import { importName, readImportBook, type PickedFile } from '../../import/read';
import type { CheckedItem } from '../../workers/import-check-messages';
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
  const checked = planImport(book, officeClientKeys(call.store.db, call.session.officeId));
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

/** The counts and the range of new client ids (consecutive: one writer inside one transaction). */
interface Written {
  imported: number;
  family: number;
  incomes: number;
  firstId: number | null;
  lastId: number | null;
}

/**
 * Writes what the check passed, as it passes: up to `limit` clients, and the family and income rows of
 * the clients written. The batch is made (or continued) at the first client.
 */
class PlanWriter {
  readonly written: Written = { imported: 0, family: 0, incomes: 0, firstId: null, lastId: null };
  /** The batch, and how many of its clients earlier calls wrote. */
  private opened: { batch: ImportBatchRow; earlier: number } | null = null;
  /** Client row in the file → its new id. */
  private readonly ids = new Map<number, number>();
  private readonly stamp: string;

  constructor(
    private readonly call: Call,
    private readonly openBatch: () => ImportBatchRow,
    private readonly limit: number,
  ) {
    this.stamp = call.now().toISOString();
  }

  batch(): { batch: ImportBatchRow; earlier: number } {
    if (!this.opened) {
      const batch = this.openBatch();
      this.opened = { batch, earlier: batchClientCount(this.call.store.db, batch.id) };
    }
    return this.opened;
  }

  item(item: CheckedItem): void {
    if (item.kind === 'client') this.client(item.entry.row, item.entry.fields);
    else {
      const id = this.ids.get(item.clientRow);
      if (id === undefined) return; // its client is past the limit: a later call writes both
      const { db } = this.call.store;
      const owned = { insuredPersonId: id, createdAt: this.stamp, updatedAt: this.stamp };
      this.atRow(item.clientRow, () => {
        if (item.kind === 'family') {
          const { member } = item;
          const agorot = member.monthlyIncome === null ? null : toHundredths(member.monthlyIncome);
          family.insert(db, { ...member, ...owned, monthlyIncomeAgorot: agorot });
          this.written.family++;
        } else {
          incomes.insert(db, { ...item.income, ...owned, incomeAgorot: toHundredths(item.income.income) });
          this.written.incomes++;
        }
      });
    }
  }

  private client(row: number, fields: ClientToImport['fields']): void {
    if (this.written.imported >= this.limit) return;
    const { batch } = this.batch();
    const by = this.call.session.staffId;
    const id = this.atRow(row, () =>
      insertImportedClient(this.call.store.db, {
        ...fields,
        officeId: this.call.session.officeId,
        createdAt: this.stamp,
        updatedAt: this.stamp,
        createdBy: by,
        updatedBy: by,
        importBatchId: batch.id,
      }),
    );
    this.ids.set(row, id);
    this.written.firstId ??= id;
    this.written.lastId = id;
    this.written.imported++;
  }

  private atRow<T>(row: number, write: () => T): T {
    try {
      return write();
    } catch (error) {
      throw new ImportFailed(row, error);
    }
  }
}

/**
 * Audit: one 'import' row per call — who imported which file, the counts, the batch, and the ids of the
 * clients it created (one range: a single writer inside one transaction takes consecutive ids). A
 * hash-chained row per client would double the cost of every row written and add 50,000 chain links
 * for one act; the clients' rows keep created_by, created_at and their batch themselves.
 */
function auditImport(call: Call, batch: ImportBatchRow, result: ImportResult, written: Written): void {
  const { batchId: _batch, remaining: _remaining, ...counts } = result;
  audit(call, {
    action: 'import',
    entity: 'insured_person',
    details: {
      file: batch.fileName,
      batchId: batch.id,
      ...counts,
      clientIds: written.firstId === null ? null : { from: written.firstId, to: written.lastId },
    },
  });
}

/**
 * Checks the file (with the user's answers) and writes it in one transaction: nothing when any row
 * has a problem. The check runs on a worker (the dry run's own plan) and hands over what passed while
 * this thread writes it; a problem anywhere takes the transaction back. With a limit, writes the first
 * `limit` clients not yet in the office; the desk calls again with the batch for the next ones,
 * showing progress in between.
 */
export async function importFiles(call: Call, input: ParsedInputOf<'clients.import'>): Promise<ImportResult> {
  const files = picked(input);
  const { book } = await readAmended(input);
  return call.store.db.transaction(() => {
    const check = checkOffThread(book, officeClientKeys(call.store.db, call.session.officeId));
    try {
      const writer = new PlanWriter(
        call,
        () => batchFor(call, input.batchId, importName(files)),
        input.limit ?? Number.POSITIVE_INFINITY,
      );
      for (;;) {
        const message = check.next();
        if (message.kind === 'failed') throw new Error(message.error);
        if (message.kind === 'passed') for (const item of message.items) writer.item(item);
        else {
          if (message.problems > 0) throw new AppError('validation', 'importHasProblems', 'importFiles');
          const { batch, earlier } = writer.batch();
          const { written } = writer;
          const result = {
            batchId: batch.id,
            imported: written.imported,
            // The batch's clients from earlier calls are in the office now: the plan passes them over as known.
            skipped: message.skipped.length - earlier,
            family: written.family,
            incomes: written.incomes,
            remaining: message.clients - written.imported,
          };
          auditImport(call, batch, result, written);
          return result;
        }
      }
    } finally {
      check.stop();
    }
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

// Undoing an import: its clients are deleted softly, as one by one from their files, and audited as
// one act. Refused, naming them, when someone has worked on any of them since: what they added would
// vanish with the client. Only the importer may continue or undo an import.
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import {
  clientsWorkedOnSince,
  deleteBatchClients,
  findImportBatch,
  markBatchUndone,
  type ImportBatchRow,
  type WorkedOnClient,
} from '../../../db/repositories/import-batches';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';

/** Names the refusal lists before "and N more". */
const NAMED = 5;

/** The caller's own import, not undone. */
export function ownBatch(call: Call, batchId: number): ImportBatchRow {
  const batch = findImportBatch(call.store.db, call.session.officeId, batchId);
  if (!batch) throw new AppError('not_found', 'importBatchNotFound', 'batchId');
  if (batch.createdBy !== call.session.staffId) throw new AppError('forbidden', 'importBatchNotYours', 'batchId');
  if (batch.undoneAt) throw new AppError('conflict', 'importAlreadyUndone', 'batchId');
  return batch;
}

function namesOf(clients: WorkedOnClient[]): string {
  const names = clients.slice(0, NAMED).map((client) => `${client.firstNameHe} ${client.lastNameHe}`);
  const more = clients.length - names.length;
  return more > 0 ? `${names.join(', ')} ועוד ${more}` : names.join(', ');
}

export function undoImport(call: Call, input: ParsedInputOf<'clients.importUndo'>): OutputOf<'clients.importUndo'> {
  const { db } = call.store;
  return db.transaction(() => {
    const batch = ownBatch(call, input.batchId);
    const workedOn = clientsWorkedOnSince(db, batch.id);
    if (workedOn.length > 0)
      throw new AppError('conflict', 'importEditedSince', 'batchId', { names: namesOf(workedOn) });
    const at = call.now().toISOString();
    const deleted = deleteBatchClients(db, batch.id, call.session.staffId, at);
    markBatchUndone(db, batch.id, call.session.staffId, at);
    audit(call, {
      action: 'delete',
      entity: 'import_batch',
      entityId: batch.id,
      details: { file: batch.fileName, deleted },
    });
    return { deleted };
  });
}

export const importUndoHandlers: Handlers<'clients.importUndo'> = {
  'clients.importUndo': undoImport,
};

// A document's bytes, or — when its file is not in the documents folder (a restore from a backup
// that did not carry it, a disk that lost it) or will not open (damaged, changed, sealed with another
// office's key) — a clear error naming the document (and its client) rather than an unexpected failure.
import { AppError } from '../../shared/api/result';
import { errorMessage } from '../../shared/locales/messages';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import type { DocumentRow } from '../../db/repositories/documents';
import { SealedFileError } from '../../db/sealed-file';
import { DocumentChangedError, documentsDir, readDocumentFile } from '../storage/document-files';
import type { Call } from './context';

export class DocumentFileMissingError extends AppError {
  constructor(name: string, client: string | null) {
    super('not_found', client === null ? 'documentFileMissingNoClient' : 'documentFileMissing');
    this.message = errorMessage(client === null ? 'documentFileMissingNoClient' : 'documentFileMissing', {
      name,
      client: client ?? '',
    });
  }
}

export function documentContent(call: Call, row: DocumentRow): Buffer {
  try {
    return readDocumentFile(documentsDir(call.store.file), row.sha256, call.keeper.dataKey());
  } catch (error) {
    if (error instanceof SealedFileError || error instanceof DocumentChangedError)
      throw new AppError('conflict', 'documentFileDamaged', undefined, { name: row.originalName });
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const client =
      row.insuredPersonId === null ? undefined : findInsuredPerson(call.store.db, row.officeId, row.insuredPersonId);
    throw new DocumentFileMissingError(row.originalName, client ? `${client.firstNameHe} ${client.lastNameHe}` : null);
  }
}

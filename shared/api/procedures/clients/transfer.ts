// Import of insured persons from CSV or Excel (a dry run, then the import itself) and export of the
// client list. Personal data leaves or enters the office in bulk: owners and lawyers only.
import { bodyFor, lawyers, procedure } from '../../procedure';
import {
  exportInput,
  importInput,
  importPreviewInput,
  importUndoInput,
  MAX_IMPORT_BYTES,
  templateInput,
  type ExportResult,
  type ImportPreview,
  type ImportResult,
  type ImportUndoResult,
  type TemplateResult,
} from '../../../schemas/transfer';

export const transferProcedures = {
  'clients.importPreview': procedure<ImportPreview>()({
    input: importPreviewInput,
    access: lawyers,
    maxBodyBytes: bodyFor(MAX_IMPORT_BYTES),
  }),
  'clients.import': procedure<ImportResult>()({
    input: importInput,
    access: lawyers,
    maxBodyBytes: bodyFor(MAX_IMPORT_BYTES),
    changes: 'client',
  }),
  /** Deletes (softly) the clients an import created, unless one was worked on since. */
  'clients.importUndo': procedure<ImportUndoResult>()({ input: importUndoInput, access: lawyers, changes: 'client' }),
  'clients.export': procedure<ExportResult>()({ input: exportInput, access: lawyers }),
  'clients.importTemplate': procedure<TemplateResult>()({ input: templateInput, access: lawyers }),
};

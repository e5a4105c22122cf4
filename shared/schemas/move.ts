// Moving an office from one desk's store into a new, empty office server: the package the desk makes
// (the store, its documents, the figures they must match, the folder's keys sealed by a passphrase
// the owner types on both sides), its upload in parts, and the server's verification report.
import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage } from '../locales/messages';

/** Largest package the server takes: its parts are written to one file as they arrive. */
export const MAX_MOVE_PACKAGE_BYTES = 8 * 1024 * 1024 * 1024;
/** One uploaded part, well under the body limit once in base64. */
export const MOVE_PART_BYTES = 16 * 1024 * 1024;
/** The owner types this on the desk and again on the server; it seals the folder's keys in the package. */
export const MIN_MOVE_PASSPHRASE = 12;

const passphrase = z
  .string()
  .min(MIN_MOVE_PASSPHRASE, own(validationMessage('movePassphrase', { min: MIN_MOVE_PASSPHRASE })))
  .max(200, own(validationMessage('movePassphrase', { min: MIN_MOVE_PASSPHRASE })));

export const movePackageInput = z.object({ passphrase });

/** An upload in progress is named by the id its first part was given. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;

export const moveUploadInput = z.object({
  uploadId: z
    .string()
    .regex(UPLOAD_ID, own(validationMessage('moveUpload')))
    .optional(),
  /** Where this part starts in the package: parts come in order, each once. */
  offset: z.number().int().min(0).max(MAX_MOVE_PACKAGE_BYTES),
  contentBase64: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(Math.ceil(MOVE_PART_BYTES / 3) * 4, own(validationMessage('moveUpload'))),
});

export const adoptOfficeInput = z.object({
  uploadId: z.string().regex(UPLOAD_ID, own(validationMessage('moveUpload'))),
  passphrase,
  confirm: z.literal(true, { error: own(validationMessage('confirmRestore')) }),
});

export interface AuditHeadFigure {
  id: number;
  hash: string;
}

/** What the desk's store held when the package was made; the server must find exactly this. */
export interface MoveFigures {
  format: 1;
  /** The store's schema version: the server must run the same version of Mitzui. */
  schemaVersion: number;
  createdAt: string;
  office: string;
  /** Rows per table. */
  tables: Record<string, number>;
  documents: { sha256: string; size: number }[];
  auditHead: AuditHeadFigure;
}

export interface MovePackage {
  /** The package's full path, in the desk's exports folder. */
  file: string;
  name: string;
  size: number;
  tables: number;
  rows: number;
  documents: number;
  /** Documents whose file no longer matched its SHA-256 on the desk: left out of the package. */
  damagedDocuments: number;
  auditHead: AuditHeadFigure;
}

export interface MoveUploaded {
  uploadId: string;
  received: number;
}

export type MoveCheckName = 'tables' | 'documents' | 'auditChain';

export interface MoveReport {
  office: string;
  createdAt: string;
  tables: { table: string; expected: number; found: number }[];
  documents: { expected: number; verified: number; mismatched: string[] };
  auditChain: { expected: AuditHeadFigure; found: AuditHeadFigure; verified: boolean; rows: number };
  /** The first check that failed; the server then went back to its empty store. */
  failed: MoveCheckName | null;
}

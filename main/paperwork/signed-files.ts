// A signed paper is frozen: its PDF must still hash to the SHA-256 recorded at signing, and the
// document record must still point at those bytes. Anything else needs a new signature.
import { findDocument } from '../../db/repositories/documents';
import { documentsDir, readDocumentFile, sha256Hex } from '../storage/document-files';
import type { Call } from '../services/context';
import type { SignedPaperRow } from './papers';

/** The signed PDF's bytes when they are unchanged, else null. */
export function intactBytes(call: Call, paper: SignedPaperRow): Buffer | null {
  const doc = findDocument(call.store.db, call.session.officeId, paper.documentId);
  if (!doc || doc.sha256 !== paper.sha256) return null;
  try {
    const bytes = readDocumentFile(documentsDir(call.store.file), paper.sha256);
    return sha256Hex(bytes) === paper.sha256 ? bytes : null;
  } catch {
    return null; // the file is gone
  }
}

/** The newest paper of each template (a later signature replaces an earlier one). */
export function latestByTemplate<T extends SignedPaperRow>(papers: T[], claimId: number | null = null): Map<string, T> {
  const latest = new Map<string, T>();
  for (const p of papers) {
    if (p.claimId !== null && p.claimId !== claimId) continue;
    if (!latest.has(p.template)) latest.set(p.template, p); // papers come newest first
  }
  return latest;
}

// A signed paper is frozen: its PDF must still hash to the SHA-256 recorded at signing, and the
// document record must still point at those bytes. Anything else needs a new signature.
import fs from 'node:fs';
import type { Benefit } from '../../shared/domain/enums';
import { coversBenefit } from '../../shared/paperwork/gating';
import type { PaperFile } from '../../shared/paperwork/model';
import { paperOptions, type PaperOptions } from '../../shared/paperwork/options';
import { findDocument } from '../../db/repositories/documents';
import { plainContent } from '../../db/sealed-file';
import { documentFilePath, documentsDir, sha256Hex } from '../storage/document-files';
import type { Call } from '../services/context';
import type { SignedPaperRow } from './papers';

/** The signed PDF's bytes, or, when they changed, the SHA-256 found instead (null: the file is gone). */
export type SignedFile = { intact: true; bytes: Buffer } | { intact: false; found: string | null };

export function signedFile(call: Call, paper: SignedPaperRow): SignedFile {
  const doc = findDocument(call.store.db, call.session.officeId, paper.documentId);
  if (!doc) return { intact: false, found: null };
  if (doc.sha256 !== paper.sha256) return { intact: false, found: doc.sha256 };
  let raw: Buffer;
  try {
    raw = fs.readFileSync(documentFilePath(documentsDir(call.store.file), paper.sha256));
  } catch {
    return { intact: false, found: null }; // the file is gone
  }
  let bytes: Buffer;
  try {
    bytes = plainContent(raw, call.keeper.dataKey());
  } catch {
    return { intact: false, found: sha256Hex(raw) }; // it will not open: changed or cut short on disk
  }
  const found = sha256Hex(bytes);
  return found === paper.sha256 ? { intact: true, bytes } : { intact: false, found };
}

/** The signed PDF's bytes when they are unchanged, else null. */
export function intactBytes(call: Call, paper: SignedPaperRow): Buffer | null {
  const file = signedFile(call, paper);
  return file.intact ? file.bytes : null;
}

/** What the paper was filled with when it was signed (papers/sign stores it in `fields`). */
export function signedFields(paper: SignedPaperRow): {
  options: PaperOptions;
  client: Partial<PaperFile['client']> | null;
} {
  const { options, client } = paper.fields as { options?: unknown; client?: unknown };
  const parsed = paperOptions.safeParse(options ?? {});
  return {
    options: parsed.success ? parsed.data : paperOptions.parse({}),
    client: client && typeof client === 'object' ? (client as Partial<PaperFile['client']>) : null,
  };
}

/**
 * The newest paper of each template that may serve the claim (a later signature replaces an earlier
 * one): the client's own papers and the claim's. A power of attorney serves only where the scope it
 * was signed with covers the claim's benefit and the representation it brought into force is in
 * force (`inForce`: representation ids) — a newer one for another benefit does not replace it.
 */
export function latestForClaim<T extends SignedPaperRow>(
  papers: T[],
  claim: { id: number; benefit: Benefit },
  inForce: readonly number[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const p of papers) {
    if (p.claimId !== null && p.claimId !== claim.id) continue;
    if (
      p.template === 'poa' &&
      !(
        p.representationId !== null &&
        inForce.includes(p.representationId) &&
        coversBenefit(signedFields(p).options, claim.benefit)
      )
    )
      continue;
    if (!latest.has(p.template)) latest.set(p.template, p); // papers come newest first
  }
  return latest;
}

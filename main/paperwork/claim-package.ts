// One claim's readiness (what blocks its export, what its checklist lacks) and its upload package.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import type { ClaimReadiness, PackageExport } from '../../shared/api/procedures/paperwork';
import { todayInIsrael } from '../../shared/dates';
import { checklistFor } from '../../shared/paperwork/checklist';
import { checklistTemplate } from '../../shared/paperwork/checklist-page';
import { formForClaim, type ClaimForm } from '../../shared/paperwork/claim-forms';
import { exportBlockers, type AttachmentType } from '../../shared/paperwork/gating';
import { changedClientRows } from '../../shared/paperwork/signed-changes';
import { errorMessage, paperworkMessage } from '../../shared/locales/messages';
import { displayDate } from '../../shared/paperwork/html';
import { renderPaper } from '../../shared/paperwork/layout';
import type { PaperContext } from '../../shared/paperwork/model';
import { paperOptions } from '../../shared/paperwork/options';
import { templateById, type PaperTemplate } from '../../shared/paperwork/templates';
import { findClaim, type ClaimRow } from '../../db/repositories/claims';
import { inForceOn } from '../../db/repositories/consent-state';
import { auditChainHead } from '../../db/repositories/audit';
import { documentsOf, type DocumentRow } from '../../db/repositories/documents';
import { audit, type Call } from '../services/context';
import { documentContent } from '../services/document-content';
import { paperFontCss } from './fonts';
import { imageToPdf } from './image-to-pdf';
import { paperContext } from './paper-context';
import { papersOf, type SignedPaperRow } from './papers';
import { pdfRenderer } from './pdf-renderer';
import { latestForClaim, signedFields, signedFile } from './signed-files';
import { folderError } from '../import/write';
import { writeAtomically } from '../storage/atomic-file';
import { manifestEntry, packageFileName, sizeWarnings, zipPackage, type PackageFile } from './upload-package';

const CONSENTS = ['poa', 'medical_waiver', 'fee_agreement'] as const;
/** Documents that come into the package as signed papers, not as attachments. */
const PAPER_KINDS = new Set(['power_of_attorney', 'medical_waiver', 'fee_agreement', 'claim_form']);

/** The consents an office also gets signed on paper: a scanned copy uploaded as the paper's kind stands for it. */
const SCANNABLE = ['poa', 'medical_waiver'] as const;

/** A signed paper whose file no longer hashes to what was signed, as the audit records it. */
interface ChangedPaper {
  paperId: number;
  template: string;
  sha256: string;
  found: string | null;
}

interface ClaimState {
  claim: ClaimRow;
  form: ClaimForm;
  ctx: PaperContext;
  readiness: ClaimReadiness;
  /** Unchanged signed papers that belong in the package, by template. */
  signed: Map<string, { paper: SignedPaperRow; bytes: Buffer }>;
  /** Scanned copies standing for the carried consents not signed in the app, by template. */
  scanned: Map<string, DocumentRow>;
  changed: ChangedPaper[];
  attachments: DocumentRow[];
}

/** The labels of the client's details the paper shows that changed since it was signed. */
function staleFields(paper: SignedPaperRow, ctx: PaperContext): string[] {
  const { options, client } = signedFields(paper);
  const template = templateById(paper.template);
  if (!client || !template) return [];
  return changedClientRows(template, { ...ctx, language: paper.language, options }, client);
}

function claimState(call: Call, claimId: number): ClaimState {
  const claim = findClaim(call.store.db, call.session.officeId, claimId);
  if (!claim) throw new AppError('not_found', 'claimNotFound', 'claimId');
  const form = formForClaim(claim);
  if (!form) throw new AppError('validation', 'noClaimForm', 'claimId');
  const ctx = paperContext(
    call,
    { clientId: claim.insuredPersonId, claimId, template: form.id, language: 'he', options: paperOptions.parse({}) },
    null,
  );
  const today = todayInIsrael(call.now());
  const inForce = inForceOn(call.store.db, claim.insuredPersonId, today);

  // The signed papers the package carries, in its order: the form, then the consents (the waiver
  // only for a medical claim). Each must still be what was signed: its file unchanged, the client's
  // details it shows still the client's.
  const carried = [form.id, ...CONSENTS.filter((t) => t !== 'medical_waiver' || form.medical)];
  const papers = papersOf(call.store.db, call.session.officeId, claim.insuredPersonId);
  const latest = latestForClaim(papers, claim, inForce.representation);
  const signed = new Map<string, { paper: SignedPaperRow; bytes: Buffer }>();
  const changed: ChangedPaper[] = [];
  const staleSigned: { template: string; fields: string[] }[] = [];
  for (const template of carried) {
    const paper = latest.get(template);
    if (!paper) continue;
    const file = signedFile(call, paper);
    if (!file.intact) {
      changed.push({ paperId: paper.id, template, sha256: paper.sha256, found: file.found });
      continue;
    }
    signed.set(template, { paper, bytes: file.bytes });
    const fields = staleFields(paper, ctx);
    if (fields.length) staleSigned.push({ template, fields });
  }
  const documents = documentsOf(call.store.db, call.session.officeId, claim.insuredPersonId).filter(
    (d) => d.claimId === claimId || d.claimId === null,
  );
  const attachments = documents.filter((d) => !PAPER_KINDS.has(d.kind));
  // A paper signed in the app is kept as a document of its kind too: only an upload is a scan.
  const frozen = new Set(papers.map((p) => p.documentId));
  const scans = documents.filter((d) => !frozen.has(d.id));
  const scanned = scannedCopies(
    scans,
    claimId,
    carried.filter((t) => !signed.has(t)),
  );
  const scannedPapers = [...scanned].map(([paper, doc]) => ({ paper, date: uploadDate(doc) }));
  const blockers = exportBlockers({
    claim,
    scannedPapers,
    medical: form.medical,
    representation: ctx.file.representation,
    consents: ctx.file.consents,
    inForce,
    changedPapers: changed.map((c) => c.template),
    staleSigned,
    attachments: [...scanned.values(), ...attachments].map((d) => ({ name: d.originalName, mimeType: d.mimeType })),
    today,
  });
  const checklist = checklistFor(form, {
    signedPapers: [...signed.keys()],
    scannedPapers,
    documentKinds: attachments.map((d) => d.kind),
  });
  return {
    claim,
    form,
    ctx,
    readiness: {
      clientId: claim.insuredPersonId,
      form: { id: form.id, formNumber: form.formNumber, title: form.title },
      blockers,
      checklist,
    },
    signed,
    scanned,
    changed,
    attachments,
  };
}

/** The Israeli date a document was uploaded on. */
function uploadDate(doc: DocumentRow): string {
  return todayInIsrael(new Date(doc.createdAt));
}

/**
 * For each of `templates` that is scannable, the scanned copy that stands for it: one uploaded for
 * this claim before one uploaded for the client as a whole, the newest first (`documents` come newest
 * first). The package carries one file per paper, as the portal takes one power of attorney.
 */
function scannedCopies(documents: DocumentRow[], claimId: number, templates: string[]): Map<string, DocumentRow> {
  const copies = new Map<string, DocumentRow>();
  for (const template of SCANNABLE) {
    if (!templates.includes(template)) continue;
    const kind = templateById(template)!.documentKind;
    const copy =
      documents.find((d) => d.kind === kind && d.claimId === claimId) ?? documents.find((d) => d.kind === kind);
    if (copy) copies.set(template, copy);
  }
  return copies;
}

export function claimReadiness(call: Call, claimId: number): ClaimReadiness {
  return claimState(call, claimId).readiness;
}

async function renderTemplate(template: PaperTemplate, ctx: PaperContext): Promise<Uint8Array> {
  return pdfRenderer().render(renderPaper(template, ctx, paperFontCss()).html);
}

const TYPE_NAMES: Record<AttachmentType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** A PDF goes in as it is, a scanned image as one PDF page; the gate has refused any other type. */
async function documentFile(call: Call, doc: DocumentRow, name: string, description: string): Promise<PackageFile> {
  const bytes = documentContent(call, doc);
  const unreadable = () =>
    refusal(
      paperworkMessage('attachmentUnreadable', {
        name: doc.originalName,
        type: TYPE_NAMES[doc.mimeType as AttachmentType],
      }),
    );
  if (doc.mimeType === 'image/png' || doc.mimeType === 'image/jpeg') {
    const pdf = await imageToPdf(bytes, doc.mimeType).catch(() => null);
    if (!pdf) throw unreadable();
    return { name, bytes: pdf, type: 'application/pdf', description: `${description} (הומר ל-PDF)` };
  }
  if (doc.mimeType !== 'application/pdf' || bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw unreadable();
  return { name, bytes, type: 'application/pdf', description };
}

/** A refusal to export whose Hebrew message names what stands in the way. */
function refusal(message: string): AppError {
  const error = new AppError('conflict', 'exportBlocked', 'claimId');
  error.message = message;
  return error;
}

/** Kinds of attachment that carry medical information. */
const MEDICAL_KINDS = new Set(['medical_record', 'decision_letter']);

/**
 * Medical information leaves the office only on a lawyer's or the owner's export: a package with a
 * medical confidentiality waiver or medical attachments is refused to staff, and the refusal audited.
 */
function assertMayExportMedical(call: Call, state: ClaimState): void {
  if (call.session.role !== 'staff') return;
  if (!state.form.medical && !state.attachments.some((d) => MEDICAL_KINDS.has(d.kind))) return;
  audit(call, {
    action: 'export_refused',
    entity: 'claim',
    entityId: state.claim.id,
    details: { clientId: state.claim.insuredPersonId, reason: 'medical_by_staff' },
  });
  throw new AppError('forbidden', 'medicalExportByStaff', 'claimId');
}

/**
 * The package holds the documents decrypted: it is written nowhere but into the folder the user chose
 * (checked first, never created), atomically — no copy in the app's own folders.
 */
function writePackage(folder: string, fileName: string, zip: Uint8Array): string {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('validation', 'targetFolderMissing', 'targetFolder');
  const target = path.join(folder, fileName);
  try {
    writeAtomically(target, zip);
  } catch (error) {
    throw folderError(error);
  }
  return target;
}

/**
 * Refuses with the exact missing papers; otherwise makes `<ID>_<form>_<date>.zip`: returned for the
 * download, and written into `targetFolder` when the user chose one.
 */
export async function exportClaimPackage(
  call: Call,
  claimId: number,
  uploadLimitBytes: number,
  targetFolder?: string,
): Promise<PackageExport> {
  const state = claimState(call, claimId);
  assertMayExportMedical(call, state);
  const { claim, form, ctx, readiness, signed } = state;
  if (readiness.blockers.length) {
    // A refused export is logged too, with the hashes of any signed file that changed under us.
    audit(call, {
      action: 'export_refused',
      entity: 'claim',
      entityId: claim.id,
      details: {
        clientId: claim.insuredPersonId,
        blockers: readiness.blockers.map((b) => ({ kind: b.kind, template: b.template })),
        changedPapers: state.changed,
      },
    });
    throw refusal(`${errorMessage('exportBlocked')}: ${readiness.blockers.map((b) => b.message).join(' ')}`);
  }
  const today = ctx.date;
  const id = ctx.file.client.idNumber;
  const name = (code: string, ext = 'pdf') => packageFileName(id, code, today, ext);

  const files: PackageFile[] = [];
  // No signed form: the form filled from the file, for the insured to sign at the portal. A signed
  // form that changed never gets here (the gate refused it), so it is never silently replaced.
  const signedForm = signed.get(form.id);
  files.push({
    name: name(form.fileCode),
    bytes: signedForm?.bytes ?? (await renderTemplate(templateById(form.id)!, ctx)),
    type: 'application/pdf',
    description: signedForm ? `${form.title} (חתום)` : form.title,
  });
  // Each consent once, under the paper's own name: the one signed in the app, else its scanned copy.
  for (const template of CONSENTS) {
    const t = templateById(template)!;
    const s = signed.get(template);
    const scan = state.scanned.get(template);
    if (s)
      files.push({
        name: packageFileName(id, t.fileCode, todayInIsrael(new Date(s.paper.signedAt))),
        bytes: s.bytes,
        type: 'application/pdf',
        description: `${t.title} (חתום)`,
      });
    else if (scan)
      files.push(
        await documentFile(
          call,
          scan,
          packageFileName(id, t.fileCode, uploadDate(scan)),
          `${t.title} (${paperworkMessage('scannedCopy', { date: displayDate(uploadDate(scan))! })}: ${scan.originalName})`,
        ),
      );
  }
  for (const [i, doc] of state.attachments.entries())
    files.push(
      await documentFile(call, doc, name(`${doc.kind.toUpperCase().replace(/_/g, '-')}-${i + 1}`), doc.originalName),
    );
  files.push({
    name: name('CHECKLIST'),
    bytes: await renderTemplate(checklistTemplate(form, readiness.checklist), ctx),
    type: 'application/pdf',
    description: 'רשימת המסמכים הנדרשים',
  });

  const warnings = sizeWarnings(files, uploadLimitBytes);
  const manifest = {
    createdAt: call.now().toISOString(),
    client: { idNumber: id, name: `${ctx.file.client.firstNameHe} ${ctx.file.client.lastNameHe}` },
    claim: { id: claim.id, benefit: claim.benefit, form: form.formNumber },
    files: files.map(manifestEntry),
    checklist: readiness.checklist,
    warnings,
    // The audit log's head when the package left: rows later cut off the log's end show against it.
    auditHead: auditChainHead(call.store.db),
  };
  const zip = zipPackage(files, manifest);
  const fileName = name(form.fileCode, 'zip');
  const target = targetFolder === undefined ? null : writePackage(targetFolder, fileName, zip);
  audit(call, {
    action: 'export',
    entity: 'claim',
    entityId: claim.id,
    details: {
      clientId: claim.insuredPersonId,
      file: fileName,
      files: manifest.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    },
  });
  return { fileName, path: target, zipBase64: Buffer.from(zip).toString('base64'), manifest, warnings };
}

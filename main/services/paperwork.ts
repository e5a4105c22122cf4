// Paperwork: papers previewed and signed as PDFs rendered by Chromium, frozen by their
// SHA-256; a signed power of attorney makes the representation active, a revoked one blocks export;
// a claim's upload package is built only when its consents are in order, and every export is logged.
import type { ParsedInputOf } from '../../shared/api/contract';
import type { SignedPaperInfo } from '../../shared/api/procedures/paperwork';
import { AppError } from '../../shared/api/result';
import { todayInIsrael } from '../../shared/dates';
import { feeCaps } from '../../shared/paperwork/fee-caps';
import { renderPaper } from '../../shared/paperwork/layout';
import type { PaperContext } from '../../shared/paperwork/model';
import type { PaperTemplate } from '../../shared/paperwork/templates';
import type { Benefit } from '../../shared/domain/enums';
import { insertDocument } from '../../db/repositories/documents';
import { recordRepository } from '../../db/repositories/records';
import { findStaff } from '../../db/repositories/staff';
import { representations } from '../../db/schema';
import fs from 'node:fs';
import path from 'node:path';
import { claimReadiness, exportClaimPackage } from '../paperwork/claim-package';
import { folderOpener } from '../paperwork/folder-opener';
import { paperFontCss } from '../paperwork/fonts';
import { paperContext, representative, templateFor } from '../paperwork/paper-context';
import { insertSignedPaper, papersOf, type SignedPaperRow } from '../paperwork/papers';
import { pdfRenderer } from '../paperwork/pdf-renderer';
import { intactBytes } from '../paperwork/signed-files';
import { packageFileName } from '../paperwork/upload-package';
import { documentsDir, storeDocumentFile } from '../storage/document-files';
import { audit, type Call } from './context';
import { assertWithinFeeCaps } from './fee-check';
import type { Handlers } from './handler';
import { assertClient } from './ownership';
import { recordHandlers } from './records';

const representationsRepository = recordRepository(representations, 'r.created_at DESC');

const MB = 1024 * 1024;

function toInfo(call: Call, row: SignedPaperRow & { signedByName: string }): SignedPaperInfo {
  return {
    id: row.id,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    template: row.template,
    language: row.language,
    signerName: row.signerName,
    method: row.method,
    device: row.device,
    signedAt: row.signedAt,
    signedByName: row.signedByName,
    sha256: row.sha256,
    documentId: row.documentId,
    intact: intactBytes(call, row) !== null,
  };
}

/** The records a signature brings into force, inside the signing transaction. */
function recordsSigned(call: Call, template: PaperTemplate, ctx: PaperContext, clientId: number) {
  const date = ctx.date;
  const o = ctx.options;
  const consent = (kind: 'medical_waiver' | 'benefits_information') =>
    (
      recordHandlers['consents.create'](call, {
        clientId,
        kind,
        signedDate: date,
        expiryDate: null,
        revokedDate: null,
      }) as { id: number }
    ).id;
  switch (template.id) {
    case 'poa': {
      const representation = recordHandlers['representation.create'](call, {
        clientId,
        scope: o.scope,
        benefits: o.scope === 'general' ? [] : o.benefits,
        status: 'active',
        signedDate: date,
        activeFrom: date,
        endedDate: null,
        revokedDate: null,
      }) as { id: number };
      return {
        representationId: representation.id,
        consentId: o.benefitsInformation ? consent('benefits_information') : null,
      };
    }
    case 'medical_waiver':
      return { consentId: consent('medical_waiver') };
    case 'fee_agreement': {
      const fees = recordHandlers['fees.create'](call, {
        clientId,
        benefits: o.benefits,
        openingFee: o.openingFee,
        successFeePercent: o.successFeePercent,
        signedDate: date,
        cancellationWorkingDays: 7,
        cancelledDate: null,
        informationSheetGiven: o.informationSheetGiven,
      }) as { id: number };
      return { feeAgreementId: fees.id };
    }
    default:
      return {};
  }
}

async function sign(call: Call, input: ParsedInputOf<'paperwork.sign'>): Promise<SignedPaperInfo> {
  const template = templateFor(input);
  const signedAt = call.now().toISOString();
  const ctx = paperContext(call, input, {
    method: input.method,
    signature: input.signature,
    signerName: input.signerName,
    signerIdNumber: input.signerIdNumber,
    signedAt,
    device: input.device,
  });
  if (template.id === 'fee_agreement')
    assertWithinFeeCaps(ctx.date, !!ctx.representative.licenseNumber, ctx.options, 'options.');
  const pdf = await pdfRenderer().render(renderPaper(template, ctx, paperFontCss()).html);
  // The file first: a record never points at bytes that are not there.
  const sha256 = storeDocumentFile(documentsDir(call.store.file), pdf, call.keeper.dataKey());
  return call.store.db.transaction(() => {
    const stamp = call.now().toISOString();
    const document = insertDocument(call.store.db, {
      officeId: call.session.officeId,
      insuredPersonId: input.clientId,
      claimId: input.claimId,
      kind: template.documentKind,
      sha256,
      originalName: packageFileName(ctx.file.client.idNumber, template.fileCode, ctx.date),
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: call.session.staffId,
    });
    const row = insertSignedPaper(call.store.db, {
      officeId: call.session.officeId,
      insuredPersonId: input.clientId,
      claimId: input.claimId,
      template: template.id,
      language: input.language,
      fields: { options: input.options, client: ctx.file.client, claim: ctx.claim, representative: ctx.representative },
      signerName: input.signerName,
      signerIdNumber: input.signerIdNumber,
      method: input.method,
      signature: input.signature,
      device: input.device,
      signedAt,
      signedBy: call.session.staffId,
      sha256,
      documentId: document.id,
      ...recordsSigned(call, template, ctx, input.clientId),
      createdAt: stamp,
      updatedAt: stamp,
    });
    audit(call, {
      action: 'sign',
      entity: 'signed_paper',
      entityId: row.id,
      details: { clientId: input.clientId, template: template.id, sha256, method: input.method, device: input.device },
    });
    return toInfo(call, { ...row, signedByName: findStaff(call.store.db, call.session.staffId)?.fullName ?? '' });
  });
}

/** An exported package's folder, shown in the file manager where the desktop shell can. */
function showExport(folder: string, fileName: string): { folder: string; opened: boolean } {
  const file = path.join(folder, path.basename(fileName));
  // Only a package the export wrote: a bare package name, nothing else.
  if (path.basename(fileName) !== fileName || !fileName.endsWith('.zip') || !fs.existsSync(file))
    throw new AppError('not_found', 'exportNotFound', 'fileName');
  const open = folderOpener();
  open?.(file);
  return { folder, opened: !!open };
}

export const paperworkHandlers: Handlers<
  | 'paperwork.feeCaps'
  | 'paperwork.preview'
  | 'paperwork.sign'
  | 'paperwork.list'
  | 'paperwork.revoke'
  | 'paperwork.readiness'
  | 'paperwork.export'
  | 'paperwork.showExport'
> = {
  'paperwork.feeCaps': (call) => feeCaps(todayInIsrael(call.now()), !!representative(call).licenseNumber),
  'paperwork.preview': async (call, input) => {
    const template = templateFor(input);
    const ctx = paperContext(call, input, null);
    // The client is not shown an agreement that could not be signed.
    if (template.id === 'fee_agreement')
      assertWithinFeeCaps(ctx.date, !!ctx.representative.licenseNumber, ctx.options, 'options.');
    const { html, missing } = renderPaper(template, ctx, paperFontCss());
    const pdf = await pdfRenderer().render(html);
    return { pdfBase64: Buffer.from(pdf).toString('base64'), missing };
  },
  'paperwork.sign': sign,
  'paperwork.list': (call, input) => {
    assertClient(call, input.clientId);
    return papersOf(call.store.db, call.session.officeId, input.clientId).map((row) => toInfo(call, row));
  },
  'paperwork.revoke': (call, input) =>
    call.store.db.transaction(() => {
      const current = representationsRepository.find(call.store.db, call.session.officeId, input.representationId);
      if (!current) throw new AppError('not_found', 'representationNotFound', 'representationId');
      if (current.status !== 'active') throw new AppError('conflict', 'representationNotActive');
      recordHandlers['representation.update'](call, {
        id: current.id,
        version: input.version,
        scope: current.scope as 'general' | 'per_benefit',
        benefits: current.benefits as Benefit[],
        status: 'revoked',
        signedDate: current.signedDate as string | null,
        activeFrom: current.activeFrom as string | null,
        endedDate: current.endedDate as string | null,
        revokedDate: input.revokedDate,
      });
      audit(call, {
        action: 'revoke',
        entity: 'representation',
        entityId: current.id,
        details: { clientId: current.insuredPersonId, revokedDate: input.revokedDate },
      });
      return null;
    }),
  'paperwork.readiness': (call, input) => claimReadiness(call, input.claimId),
  'paperwork.export': (call, input) =>
    exportClaimPackage(call, input.claimId, input.uploadLimitMb * MB, input.targetFolder),
  'paperwork.showExport': (_call, input) => showExport(input.targetFolder, input.fileName),
};

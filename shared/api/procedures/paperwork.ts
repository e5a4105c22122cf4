// Paperwork: preview and sign papers, record a revoked power of attorney, check a claim's
// readiness and export its upload package.
import { z } from 'zod';
import { own } from '../validation';
import { everyone, procedure } from '../procedure';
import { languages, signatureMethods } from '../../domain/enums';
import { validationMessage } from '../../locales/messages';
import { choice, isoDateField, optionalText, recordId, recordVersion, requiredText } from '../../schemas/fields';
import type { Blocker } from '../../paperwork/gating';
import type { ChecklistItem } from '../../paperwork/checklist';
import { PNG_DATA_URL } from '../../paperwork/html';
import type { Manifest } from '../../paperwork/manifest';
import type { FeeCaps } from '../../paperwork/fee-caps';
import { paperOptions } from '../../paperwork/options';
import { paperTemplateIds, templateById } from '../../paperwork/templates';
import { targetFolder } from '../../schemas/transfer';

const paperInput = z.object({
  clientId: recordId,
  claimId: recordId.nullable().default(null),
  template: choice('template', paperTemplateIds),
  language: choice('language', languages).default('he'),
  options: paperOptions.prefault({}),
});

/** A drawn signature is a PNG (~20–60 KB from signature_pad); a typed one is the signer's name. */
const signatureInput = paperInput
  .extend({
    signerName: requiredText('signerName', 120),
    signerIdNumber: optionalText('signerIdNumber', 12),
    method: choice('signature', signatureMethods),
    signature: z.string().max(600_000),
    device: requiredText('device', 200),
  })
  .superRefine((value, ctx) => {
    if (!value.signature.trim())
      ctx.addIssue({ code: 'custom', path: ['signature'], message: own(validationMessage('signatureMissing')) });
    else if (value.method === 'drawn' && !PNG_DATA_URL.test(value.signature)) {
      ctx.addIssue({ code: 'custom', path: ['signature'], message: own(validationMessage('signatureImage')) });
    }
    // A power of attorney or a medical waiver binds only by the signer's own hand.
    const template = templateById(value.template);
    if (value.method === 'typed' && template?.handSigned) {
      ctx.addIssue({
        code: 'custom',
        path: ['signature'],
        message: own(validationMessage('signatureHandOnly', { paper: template.title })),
      });
    }
  });

export interface SignedPaperInfo {
  id: number;
  clientId: number;
  claimId: number | null;
  template: string;
  language: string;
  signerName: string;
  method: (typeof signatureMethods)[number];
  device: string;
  signedAt: string;
  signedByName: string;
  sha256: string;
  documentId: number;
  /** The stored file still matches the SHA-256 recorded when it was signed. */
  intact: boolean;
}

export interface ClaimReadiness {
  clientId: number;
  form: { id: string; formNumber: string | null; title: string } | null;
  blockers: Blocker[];
  checklist: ChecklistItem[];
}

export interface PackageExport {
  fileName: string;
  /** Where the ZIP was written, in the folder the user chose; null when it went only to the download. */
  path: string | null;
  zipBase64: string;
  manifest: Manifest;
  warnings: string[];
}

/** Where an exported package lies; `opened` when the desktop shell showed it in the file manager. */
export interface ExportFolder {
  folder: string;
  opened: boolean;
}

export const paperworkProcedures = {
  /** The caps a fee agreement made today may not exceed, for the form's hints and live check. */
  'paperwork.feeCaps': procedure<FeeCaps>()({ input: z.object({}), access: everyone }),
  'paperwork.preview': procedure<{ pdfBase64: string; missing: string[] }>()({ input: paperInput, access: everyone }),
  'paperwork.sign': procedure<SignedPaperInfo>()({
    input: signatureInput,
    access: everyone,
    maxBodyBytes: 1024 * 1024,
    changes: 'paper',
  }),
  'paperwork.list': procedure<SignedPaperInfo[]>()({ input: z.object({ clientId: recordId }), access: everyone }),
  'paperwork.revoke': procedure<null>()({
    input: z.object({ representationId: recordId, version: recordVersion, revokedDate: isoDateField('revokedDate') }),
    access: everyone,
    changes: 'record',
  }),
  'paperwork.readiness': procedure<ClaimReadiness>()({ input: z.object({ claimId: recordId }), access: everyone }),
  'paperwork.export': procedure<PackageExport>()({
    input: z.object({
      claimId: recordId,
      /** The portal's upload limit per file; larger files get a warning. */
      uploadLimitMb: z
        .number()
        .positive()
        .max(100, own(validationMessage('generic', { field: 'uploadLimitMb', detail: '≤ 100' })))
        .default(5),
      /** Where the package is written, plain, on the office's machine; without it, only the download carries it. */
      targetFolder: targetFolder.optional(),
    }),
    access: everyone,
  }),
  'paperwork.showExport': procedure<ExportFolder>()({
    input: z.object({ fileName: requiredText('fileName', 200), targetFolder }),
    access: everyone,
  }),
};

// Document records: a name a clerk would give the scan, its type, and the file behind it — one
// sample file per kind (DemoDocumentFiles), stored by the caller, so every demo document opens.
import type { documents } from '../schema';
import { stamp } from './calendar';
import type { DemoContext } from './context';
import type { Draft } from './rows';

export type DocumentDraft = Draft<typeof documents, 'insuredPersonId' | 'claimId'>;
type Kind = DocumentDraft['kind'];

/** The stored sample file each kind of demo document points at. */
export type DemoDocumentFiles = Record<Kind, { sha256: string; sizeBytes: number; mimeType: string }>;

/** What a clerk calls each kind of paper; also the sample file's title. */
export const DEMO_DOCUMENT_TITLES: Record<Kind, string> = {
  power_of_attorney: 'ייפוי כוח',
  medical_waiver: 'ויתור סודיות רפואית',
  fee_agreement: 'הסכם שכר טרחה',
  claim_form: 'טופס תביעה',
  medical_record: 'סיכום מידע רפואי',
  decision_letter: 'מכתב החלטה',
  id_card: 'צילום תעודת זהות',
  pay_slip: 'תלוש שכר',
  other: 'מסמך',
};

/** `idNumber` is the client's: scans are named after it. */
export function makeDocument(
  ctx: DemoContext,
  idNumber: string,
  kind: Kind,
  day: number,
  staffId: number,
): DocumentDraft {
  const file = ctx.documentFiles[kind];
  const createdAt = stamp(ctx.random, day);
  return {
    officeId: ctx.officeId,
    kind,
    ...file,
    originalName: `${DEMO_DOCUMENT_TITLES[kind]} ${idNumber}.pdf`,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdBy: staffId,
  };
}

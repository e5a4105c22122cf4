// Document records (metadata only): the SHA-256 of content generated for them, a name a clerk would
// give the scan, its type and size. No file is written; the demo has nothing to open.
import { createHash } from 'node:crypto';
import type { documents } from '../schema';
import { stamp } from './calendar';
import type { DemoContext } from './context';
import type { Draft } from './rows';

export type DocumentDraft = Draft<typeof documents, 'insuredPersonId' | 'claimId'>;
type Kind = DocumentDraft['kind'];

const NAMES: Record<Kind, string> = {
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
export function makeDocument(ctx: DemoContext, idNumber: string, kind: Kind, day: number, staffId: number): DocumentDraft {
  const { random } = ctx;
  const scan = kind === 'id_card';
  const content = `${kind}\n${idNumber}\n${day}\n${random.digits(16)}`;
  const createdAt = stamp(random, day);
  return {
    officeId: ctx.officeId,
    kind,
    sha256: createHash('sha256').update(content).digest('hex'),
    originalName: `${NAMES[kind]} ${idNumber}.${scan ? 'jpg' : 'pdf'}`,
    mimeType: scan ? 'image/jpeg' : 'application/pdf',
    sizeBytes: scan ? random.int(150_000, 4_000_000) : random.int(30_000, 2_500_000),
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdBy: staffId,
  };
}

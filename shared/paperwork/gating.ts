// When a claim may leave the office: only with a power of attorney in force covering its
// benefit, a medical claim only with a medical confidentiality waiver in force, and only with signed
// papers that are still what was signed — their files unchanged, the client's details they show
// still the client's — and attachments the portal takes. Each blocker says exactly what is missing
// and which paper creates it. Whether a paper is in force on a day is decided in one place, the
// store's consent states (db/repositories/consent-state), and comes in here as ids.
import type { Benefit } from '../domain/enums';
import { benefitLabel, paperTitleText, paperworkMessage } from '../locales/messages';
import { displayDate } from './html';
import type { ScannedPaper } from './checklist';
import type { PaperFile } from './model';
import { templateById } from './templates';

export interface Blocker {
  kind: 'power_of_attorney' | 'medical_waiver' | 'changed_paper' | 'client_changed' | 'attachment_type';
  /** The template whose (new) signature fixes it; null when no paper does (an attachment to convert). */
  template: string | null;
  message: string;
}

export interface GateInput {
  claim: { benefit: Benefit };
  medical: boolean;
  representation: PaperFile['representation'];
  consents: PaperFile['consents'];
  /** The ids of the representations and consents in force today. */
  inForce: { representation: readonly number[]; consents: readonly number[] };
  /** Templates whose signed file no longer matches its recorded SHA-256. */
  changedPapers: string[];
  /** Signed papers showing client details that changed since: the template and the changed rows' labels. */
  staleSigned: { template: string; fields: string[] }[];
  /** The files the package would attach besides the papers. */
  attachments: { name: string; mimeType: string }[];
  /** ISO date. */
  today: string;
  /** Papers signed by hand and uploaded as scans: a scan alone puts nothing in force, so a blocker names it. */
  scannedPapers?: readonly ScannedPaper[];
}

/** What the package takes as it is (PDF) or turns into a PDF page (PNG, JPEG). */
const attachmentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

function isAttachmentType(mimeType: string): mimeType is AttachmentType {
  return (attachmentTypes as readonly string[]).includes(mimeType);
}

/** Whether a power of attorney's scope (its record's, or the one a paper was signed with) covers the benefit. */
export function coversBenefit(scope: { scope: string; benefits: readonly string[] }, benefit: Benefit): boolean {
  return scope.scope === 'general' || scope.benefits.includes(benefit);
}

/** A paper named in a sentence. */
function paperTitle(template: string): string {
  if (template === 'poa' || template === 'medical_waiver' || template === 'fee_agreement')
    return paperTitleText(template);
  const t = templateById(template);
  return paperTitleText('claimForm', { form: t?.formNumber ?? t?.title ?? '' });
}

/** The displayed upload date of the scan standing for `paper`, if there is one. */
function scanDate(input: GateInput, paper: string): string | null {
  return displayDate(input.scannedPapers?.find((s) => s.paper === paper)?.date);
}

function powerOfAttorneyBlocker(input: GateInput): Blocker | null {
  const { today } = input;
  const benefit = benefitLabel(input.claim.benefit);
  const mine = input.representation.filter((r) => coversBenefit(r, input.claim.benefit));
  if (mine.some((r) => input.inForce.representation.includes(r.id))) return null;
  // Why none is in force, the likeliest fix first.
  const notYet = mine.find((r) => r.status === 'active' && r.activeFrom && r.activeFrom > today);
  const revoked = mine.find((r) => r.status === 'revoked' || (r.revokedDate && r.revokedDate <= today));
  // Ended as the store's consent states say: marked ended (whatever its date), or active past its end date.
  const ended = mine.find((r) => r.status === 'ended' || (r.status === 'active' && r.endedDate && r.endedDate < today));
  const message = notYet
    ? paperworkMessage('poaNotYet', { benefit, date: displayDate(notYet.activeFrom)! })
    : revoked
      ? paperworkMessage('poaRevoked', { benefit, date: displayDate(revoked.revokedDate) ?? '' })
      : ended
        ? ended.endedDate
          ? paperworkMessage('poaEnded', { benefit, date: displayDate(ended.endedDate)! })
          : paperworkMessage('poaEndedUndated', { benefit })
        : scanDate(input, 'poa')
          ? paperworkMessage('poaScanUnrecorded', { benefit, date: scanDate(input, 'poa')! })
          : paperworkMessage('poaMissing', { benefit });
  return { kind: 'power_of_attorney', template: 'poa', message };
}

function waiverBlocker(input: GateInput): Blocker | null {
  if (!input.medical) return null;
  if (input.consents.some((c) => c.kind === 'medical_waiver' && input.inForce.consents.includes(c.id))) return null;
  const scanned = scanDate(input, 'medical_waiver');
  return {
    kind: 'medical_waiver',
    template: 'medical_waiver',
    message: scanned ? paperworkMessage('waiverScanUnrecorded', { date: scanned }) : paperworkMessage('waiverMissing'),
  };
}

export function exportBlockers(input: GateInput): Blocker[] {
  const changed = input.changedPapers.map((template): Blocker => ({
    kind: 'changed_paper',
    template,
    message: paperworkMessage(templateById(template)?.kind === 'claim_form' ? 'formChanged' : 'paperChanged', {
      paper: paperTitle(template),
    }),
  }));
  const stale = input.staleSigned.map(({ template, fields }): Blocker => ({
    kind: 'client_changed',
    template,
    message: paperworkMessage('clientChanged', { paper: paperTitle(template), fields: fields.join(', ') }),
  }));
  const attachments = input.attachments
    .filter((a) => !isAttachmentType(a.mimeType))
    .map((a): Blocker => ({
      kind: 'attachment_type',
      template: null,
      message: paperworkMessage('attachmentType', { name: a.name }),
    }));
  return [powerOfAttorneyBlocker(input), waiverBlocker(input), ...changed, ...stale, ...attachments].filter(
    (b): b is Blocker => b !== null,
  );
}

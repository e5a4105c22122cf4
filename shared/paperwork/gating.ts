// When a claim may leave the office (issue #6): only with an active power of attorney covering its
// benefit, and a medical claim only with a valid medical confidentiality waiver. Each blocker says
// exactly what is missing and which paper creates it.
import type { Benefit } from '../domain/enums';
import { benefitLabel } from '../locales/messages';
import { displayDate } from './html';
import type { PaperFile } from './model';

export interface Blocker {
  kind: 'power_of_attorney' | 'medical_waiver' | 'changed_paper';
  /** The template that fixes it. */
  template: string;
  message: string;
}

export interface GateInput {
  claim: { benefit: Benefit };
  medical: boolean;
  representation: PaperFile['representation'];
  consents: PaperFile['consents'];
  /** Templates whose signed file no longer matches its recorded SHA-256. */
  changedPapers: string[];
  /** ISO date. */
  today: string;
}

function covers(r: PaperFile['representation'][number], benefit: Benefit): boolean {
  return r.scope === 'general' || r.benefits.includes(benefit);
}

function powerOfAttorneyBlocker(input: GateInput): Blocker | null {
  const benefit = benefitLabel(input.claim.benefit);
  const mine = input.representation.filter((r) => covers(r, input.claim.benefit));
  if (mine.some((r) => r.status === 'active' && !r.revokedDate)) return null;
  const revoked = mine.find((r) => r.status === 'revoked');
  const message = revoked
    ? `ייפוי הכוח לגמלת ${benefit} בוטל על ידי המבוטח ב-${displayDate(revoked.revokedDate)} — אין לייצא עד שייחתם ייפוי כוח חדש.`
    : `חסר ייפוי כוח פעיל לגמלת ${benefit} (כללי או לגמלה זו) — יש להחתים את המבוטח על ייפוי כוח (בל/70).`;
  return { kind: 'power_of_attorney', template: 'poa', message };
}

function waiverBlocker(input: GateInput): Blocker | null {
  if (!input.medical) return null;
  const valid = input.consents.some(
    (c) => c.kind === 'medical_waiver' && !c.revokedDate && c.signedDate <= input.today && (!c.expiryDate || c.expiryDate >= input.today),
  );
  if (valid) return null;
  return {
    kind: 'medical_waiver',
    template: 'medical_waiver',
    message: `זו תביעה רפואית וחסר כתב ויתור על סודיות רפואית בתוקף — יש להחתים את המבוטח על כתב ויתור.`,
  };
}

const paperTitles: Record<string, string> = { poa: 'ייפוי הכוח', medical_waiver: 'כתב הוויתור על סודיות רפואית', fee_agreement: 'הסכם שכר הטרחה' };

export function exportBlockers(input: GateInput): Blocker[] {
  const changed = input.changedPapers.map(
    (template): Blocker => ({
      kind: 'changed_paper',
      template,
      message: `הקובץ החתום של ${paperTitles[template] ?? 'המסמך'} שונה אחרי החתימה — יש לחתום עליו מחדש.`,
    }),
  );
  return [powerOfAttorneyBlocker(input), waiverBlocker(input), ...changed].filter((b): b is Blocker => b !== null);
}

// The documents each claim type needs in its upload package, and which of them the file holds.
// Sources: the sections of the NII's rights guide 2014 each claim form cites (attach a medical certificate, pay slips…).
import type { documentKinds } from '../domain/enums';
import type { ClaimForm } from './claim-forms';

type DocumentKind = (typeof documentKinds)[number];

export interface ChecklistItem {
  id: string;
  label: string;
  /** A signed paper of this template, or an attached document of one of these kinds, satisfies it. */
  paper?: string;
  documentKinds?: DocumentKind[];
  present: boolean;
  /** The paper is there only as a copy signed by hand and scanned, uploaded on this ISO date. */
  scanned?: { date: string };
}

/** A paper the insured signed by hand, scanned and uploaded as a document of the paper's kind. */
export interface ScannedPaper {
  /** The paper's template: poa, medical_waiver. */
  paper: string;
  /** ISO date it was uploaded. */
  date: string;
}

export interface ChecklistState {
  /** Templates with a signed, unchanged paper. */
  signedPapers: string[];
  /** Scanned copies of papers: each counts when no paper of its template was signed in the app. */
  scannedPapers: ScannedPaper[];
  /** Kinds of the documents attached to the client or the claim. */
  documentKinds: DocumentKind[];
}

type Need = Omit<ChecklistItem, 'present'>;

const ID_CARD: Need = { id: 'id_card', label: 'צילום תעודת זהות עם ספח', documentKinds: ['id_card'] };
const MEDICAL: Need = { id: 'medical_record', label: 'מסמכים רפואיים עדכניים', documentKinds: ['medical_record'] };
const PAY: Need = { id: 'pay_slip', label: 'תלושי שכר או אישור הכנסה', documentKinds: ['pay_slip'] };
const DECISION: Need = { id: 'decision_letter', label: 'מכתב ההחלטה', documentKinds: ['decision_letter'] };

const formNeeds: Record<string, Need[]> = {
  bl7801: [ID_CARD, MEDICAL],
  bl211: [ID_CARD, { ...MEDICAL, label: 'תעודה רפואית ראשונה על הפגיעה' }, PAY],
  bl200: [ID_CARD, MEDICAL],
  bl279: [ID_CARD, MEDICAL, PAY],
  bl7849: [ID_CARD, MEDICAL],
  bl7821: [ID_CARD, { ...MEDICAL, label: 'תעודות רפואיות של הילד' }],
  bl1500: [ID_CARD, PAY],
  bl2201: [ID_CARD, { ...MEDICAL, label: 'תעודה רפואית לנפגע בתאונה' }],
  reserve: [ID_CARD, { id: 'service_certificate', label: 'אישור על שירות מילואים', documentKinds: ['other'] }, PAY],
  bl910: [ID_CARD, DECISION],
  form672: [ID_CARD],
  form6101: [ID_CARD],
};

export function checklistFor(form: ClaimForm, state: ChecklistState): ChecklistItem[] {
  const needs: Need[] = [
    { id: 'poa', label: 'ייפוי כוח חתום', paper: 'poa' },
    ...(form.medical
      ? [{ id: 'medical_waiver', label: 'כתב ויתור על סודיות רפואית חתום', paper: 'medical_waiver' }]
      : []),
    ...(formNeeds[form.id] ?? [ID_CARD]),
  ];
  return needs.map((need): ChecklistItem => {
    if (!need.paper)
      return { ...need, present: (need.documentKinds ?? []).some((k) => state.documentKinds.includes(k)) };
    if (state.signedPapers.includes(need.paper)) return { ...need, present: true };
    const scan = state.scannedPapers.find((s) => s.paper === need.paper);
    return scan ? { ...need, present: true, scanned: { date: scan.date } } : { ...need, present: false };
  });
}

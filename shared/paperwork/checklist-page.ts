// The checklist as a page in the package: what this claim type needs, and what is there.
import { paperworkMessage } from '../locales/messages';
import type { ChecklistItem } from './checklist';
import { displayDate } from './html';
import type { ClaimForm } from './claim-forms';
import type { PaperTemplate } from './templates';

/** Attached or missing; a paper there only as a scan says so, with the day it was uploaded. */
function status(item: ChecklistItem): string {
  if (!item.present) return 'חסר';
  return item.scanned ? `צורף — ${paperworkMessage('scannedCopy', { date: displayDate(item.scanned.date)! })}` : 'צורף';
}

export function checklistTemplate(form: ClaimForm, items: ChecklistItem[]): PaperTemplate {
  return {
    id: 'checklist',
    kind: 'claim_form',
    documentKind: 'other',
    formNumber: form.formNumber,
    fileCode: 'CHECKLIST',
    title: `רשימת מסמכים לתביעה — ${form.title}`,
    source: form.source,
    languages: ['he'],
    needsClaim: true,
    medical: false,
    handSigned: false,
    benefits: form.benefits,
    body: () => ({
      unsigned: true,
      sections: [
        { title: 'המסמכים הנדרשים', table: { head: ['מסמך', 'מצב'], rows: items.map((i) => [i.label, status(i)]) } },
      ],
    }),
  };
}

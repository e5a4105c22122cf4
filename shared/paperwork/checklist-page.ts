// The checklist as a page in the package: what this claim type needs, and what is there.
import type { ChecklistItem } from './checklist';
import type { ClaimForm } from './claim-forms';
import type { PaperTemplate } from './templates';

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
      sections: [{ title: 'המסמכים הנדרשים', table: { head: ['מסמך', 'מצב'], rows: items.map((i) => [i.label, i.present ? 'צורף' : 'חסר']) } }],
    }),
  };
}

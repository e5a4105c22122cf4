// Every paper the desk can produce: the three consents and the claim forms, with the document kind
// it is stored as, its form number, its source and the languages it exists in.
import type { Benefit, documentKinds } from '../domain/enums';
import { claimFormBody, claimForms } from './claim-forms';
import { feeAgreement } from './consents/fee-agreement';
import { medicalWaiver } from './consents/medical-waiver';
import { powerOfAttorney } from './consents/power-of-attorney';
import { consentLanguages } from './consents/translations';
import type { PaperBody, PaperContext, PaperLanguage } from './model';
import { cite, LAW, page } from '../rules/sources';

export interface PaperTemplate {
  id: string;
  kind: 'consent' | 'claim_form';
  documentKind: (typeof documentKinds)[number];
  formNumber: string | null;
  fileCode: string;
  title: string;
  source: string;
  languages: readonly PaperLanguage[];
  /** Filled for one claim (claim forms, except the self-employed requests). */
  needsClaim: boolean;
  medical: boolean;
  /** Signed by hand only (drawn on the screen, or on the printed paper): a typed name is no signature. */
  handSigned: boolean;
  benefits: readonly Benefit[];
  body(ctx: PaperContext): PaperBody;
}

const consents: PaperTemplate[] = [
  {
    id: 'poa',
    kind: 'consent',
    documentKind: 'power_of_attorney',
    formNumber: 'בל/70',
    fileCode: 'BL70',
    title: 'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי',
    source: `${cite('activity2023', 'מערכת מייצגים בגמלאות: ייצוג לאחר הסכמת המבוטח, ביטול בידי המבוטח')}; טופס בל/70`,
    languages: consentLanguages,
    needsClaim: false,
    medical: false,
    handSigned: true,
    benefits: [],
    body: powerOfAttorney,
  },
  {
    id: 'medical_waiver',
    kind: 'consent',
    documentKind: 'medical_waiver',
    formNumber: null,
    fileCode: 'WAIVER',
    title: 'כתב ויתור על סודיות רפואית',
    source: cite('activity2023', 'טפסים מקוונים: ויתור על סודיות רפואית'),
    languages: consentLanguages,
    needsClaim: false,
    medical: false,
    handSigned: true,
    benefits: [],
    body: medicalWaiver,
  },
  {
    id: 'fee_agreement',
    kind: 'consent',
    documentKind: 'fee_agreement',
    formNumber: null,
    fileCode: 'FEES',
    title: 'הסכם שכר טרחה',
    source: `${LAW.amendment161}; ${page('kolzchutFeeLimit', 'תקרות, 7 ימי עבודה לביטול, פריסת התשלום')}`,
    languages: consentLanguages,
    needsClaim: false,
    medical: false,
    handSigned: false,
    benefits: [],
    body: feeAgreement,
  },
];

export const paperTemplates: readonly PaperTemplate[] = [
  ...consents,
  ...claimForms.map((form): PaperTemplate => ({
    id: form.id,
    kind: 'claim_form',
    documentKind: 'claim_form',
    formNumber: form.formNumber,
    fileCode: form.fileCode,
    title: form.title,
    source: form.source,
    languages: ['he'],
    needsClaim: !form.clientLevel,
    medical: form.medical,
    handSigned: false,
    benefits: form.benefits,
    body: (ctx) => claimFormBody(form, ctx),
  })),
];

export const paperTemplateIds = paperTemplates.map((t) => t.id) as [string, ...string[]];

export function templateById(id: string): PaperTemplate | undefined {
  return paperTemplates.find((t) => t.id === id);
}

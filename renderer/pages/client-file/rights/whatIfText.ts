// The what-if form holds what the user typed; these turn it into values the facts take, with a
// Hebrew error for a field that cannot be read (that field is then left as the file has it).
import type { NursingDependency } from '../../../../shared/rules/scan/facts';
import type { WhatIfValues } from './whatIf';

export type WhatIfTexts = Record<keyof WhatIfValues, string>;
export type WhatIfErrors = Partial<Record<keyof WhatIfValues, 'percentInvalid' | 'amountInvalid' | 'countInvalid'>>;

const yesNo = (value: boolean | null) => (value === null ? '' : String(value));
const fromYesNo = (text: string) => (text === '' ? null : text === 'true');

const PERCENT_FIELDS = ['incapacityPercent', 'weightedPercent', 'maxImpairmentPercent'] as const;
const AMOUNT_FIELDS = ['monthlyIncome', 'spouseIncome'] as const;
const COUNT_FIELDS = ['specialServicesPercent', 'insuredYears', 'deceasedInsuredMonths'] as const;
const WHOLE = /^\d{1,4}$/;
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

export function toTexts(values: WhatIfValues): WhatIfTexts {
  return {
    incapacityPercent: values.incapacityPercent?.toString() ?? '',
    weightedPercent: values.weightedPercent?.toString() ?? '',
    maxImpairmentPercent: values.maxImpairmentPercent?.toString() ?? '',
    specialServicesPercent: values.specialServicesPercent?.toString() ?? '',
    monthlyIncome: values.monthlyIncome ?? '',
    maritalStatus: values.maritalStatus ?? '',
    spouseIncome: values.spouseIncome ?? '',
    children: values.children.toString(),
    inInstitution: yesNo(values.inInstitution),
    insuredYears: values.insuredYears?.toString() ?? '',
    nursingDependency: values.nursingDependency ?? '',
    medicalCheckWithin72h: yesNo(values.medicalCheckWithin72h),
    deceasedInsuredMonths: values.deceasedInsuredMonths?.toString() ?? '',
  };
}

/** Readable fields replace `base`'s values; an unreadable one keeps `base`'s and reports an error. */
export function fromTexts(texts: WhatIfTexts, base: WhatIfValues): { values: WhatIfValues; errors: WhatIfErrors } {
  const values = { ...base };
  const errors: WhatIfErrors = {};
  const clean = (key: keyof WhatIfValues) => texts[key].trim().replace(/,/g, '');

  for (const key of PERCENT_FIELDS) {
    const text = clean(key);
    if (text === '') values[key] = null;
    else if (WHOLE.test(text) && Number(text) <= 100) values[key] = Number(text);
    else errors[key] = 'percentInvalid';
  }
  for (const key of COUNT_FIELDS) {
    const text = clean(key);
    if (text === '') values[key] = null;
    else if (WHOLE.test(text)) values[key] = Number(text);
    else errors[key] = 'countInvalid';
  }

  for (const key of AMOUNT_FIELDS) {
    const text = clean(key);
    if (text === '') values[key] = null;
    else if (AMOUNT.test(text)) values[key] = twoPlaces(text);
    else errors[key] = 'amountInvalid';
  }
  values.maritalStatus = texts.maritalStatus === '' ? null : texts.maritalStatus;
  values.nursingDependency = texts.nursingDependency === '' ? null : (texts.nursingDependency as NursingDependency);
  values.inInstitution = fromYesNo(texts.inInstitution);
  values.medicalCheckWithin72h = fromYesNo(texts.medicalCheckWithin72h);
  const kids = clean('children');
  if (WHOLE.test(kids) && Number(kids) <= 20) values.children = Number(kids);
  else errors.children = 'countInvalid';
  return { values, errors };
}

/** "1500" → "1500.00", "99.5" → "99.50": the two-place decimal strings the rules and the store use. */
function twoPlaces(text: string): string {
  const [whole, cents = ''] = text.split('.');
  return `${whole}.${cents.padEnd(2, '0')}`;
}

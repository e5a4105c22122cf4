// The records kept about an insured person besides their own details.
// Amounts and percents with decimals are two-place decimal strings; the store keeps them ×100.
import { z } from 'zod';
import { own } from '../api/validation';
import { todayInIsrael } from '../dates';
import {
  benefits,
  committeeKinds,
  consentKinds,
  employmentKinds,
  familyRelations,
  incomeSources,
  lifeEventKinds,
  representationScopes,
  representationStatuses,
} from '../domain/enums';
import { isValidIsraeliId, normalizeIsraeliId } from '../identity/israeli-id';
import { validationMessage, type FieldName } from '../locales/messages';
import {
  decimalText,
  isoDateField,
  month,
  optionalDecimal,
  optionalIsoDate,
  optionalText,
  percentInt,
  requiredText,
  sex,
  wholeNumber,
  choice,
} from './fields';

/** End not before start, reported under the end field. */
export function ordered<T extends Record<string, unknown>>(start: keyof T & string, end: keyof T & FieldName) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[start] as string | null | undefined;
    const to = value[end] as string | null | undefined;
    if (from && to && to < from)
      ctx.addIssue({ code: 'custom', path: [end], message: own(validationMessage('dateOrder', { field: end })) });
  };
}

export const notFuture = (iso: string | null) => !iso || iso <= todayInIsrael();
const benefitList = z.array(choice('benefits', benefits)).max(benefits.length);

const optionalId = optionalText(
  'idNumber',
  12,
  z
    .string()
    .transform((raw) => normalizeIsraeliId(raw) ?? raw)
    .refine(isValidIsraeliId, own(validationMessage('idNumberCheckDigit'))),
);

export const familyMemberFields = z.object({
  relation: choice('relation', familyRelations),
  idNumber: optionalId,
  firstName: requiredText('firstName', 60),
  lastName: optionalText('lastName', 60),
  birthDate: optionalIsoDate('birthDate').refine(
    notFuture,
    own(validationMessage('dateFuture', { field: 'birthDate' })),
  ),
  sex: sex.nullable().default(null),
  monthlyIncome: optionalDecimal('monthlyIncome'),
  isDependant: z.boolean().default(false),
});

export const employmentPeriodFields = z
  .object({
    kind: choice('kind', employmentKinds),
    employerName: optionalText('employerName', 120),
    employerNumber: optionalText('employerNumber', 20),
    startDate: isoDateField('startDate'),
    endDate: optionalIsoDate('endDate'),
  })
  .superRefine(ordered('startDate', 'endDate'));

export const monthlyIncomeFields = z.object({
  month,
  source: choice('source', incomeSources),
  income: decimalText('income'),
});

export const impairmentFields = z.object({
  section: requiredText('section', 30),
  description: optionalText('description', 200),
  percent: wholeNumber('percent').max(100, own(validationMessage('percentRange', { field: 'percent' }))),
  isTemporary: z.boolean().default(false),
});

export const medicalDeterminationFields = z
  .object({
    committeeKind: choice('committeeKind', committeeKinds),
    committeeDate: isoDateField('committeeDate'),
    weightedPercent: percentInt('weightedPercent'),
    incapacityPercent: percentInt('incapacityPercent'),
    isPermanent: z.boolean().default(false),
    validFrom: optionalIsoDate('validFrom'),
    validUntil: optionalIsoDate('validUntil'),
    specialServicesPercent: wholeNumber('specialServicesPercent').max(400).nullable().default(null),
    mobilityLimitationPercent: percentInt('mobilityLimitationPercent'),
    impairments: z.array(impairmentFields).max(40).default([]),
  })
  .superRefine(ordered('validFrom', 'validUntil'));

export const lifeEventFields = z
  .object({
    kind: choice('kind', lifeEventKinds),
    eventDate: isoDateField('eventDate'),
    endDate: optionalIsoDate('endDate'),
    days: wholeNumber('days').nullable().default(null),
    familyMemberId: z.number().int().positive().nullable().default(null),
    description: optionalText('description', 500),
  })
  .superRefine(ordered('eventDate', 'endDate'));

export const representationFields = z
  .object({
    scope: choice('scope', representationScopes),
    benefits: benefitList.default([]),
    status: choice('status', representationStatuses).default('pending'),
    signedDate: optionalIsoDate('signedDate'),
    activeFrom: optionalIsoDate('activeFrom'),
    endedDate: optionalIsoDate('endedDate'),
    revokedDate: optionalIsoDate('revokedDate'),
  })
  .superRefine((value, ctx) => {
    if (value.scope === 'per_benefit' && value.benefits.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['benefits'], message: own(validationMessage('benefitsRequired')) });
    }
    if (value.status === 'revoked' && !value.revokedDate) {
      ctx.addIssue({ code: 'custom', path: ['revokedDate'], message: own(validationMessage('revokedNeedsDate')) });
    }
  });

export const consentFields = z
  .object({
    kind: choice('kind', consentKinds),
    signedDate: isoDateField('signedDate'),
    expiryDate: optionalIsoDate('expiryDate'),
    revokedDate: optionalIsoDate('revokedDate'),
  })
  .superRefine(ordered('signedDate', 'expiryDate'));

export const feeAgreementFields = z.object({
  benefits: benefitList.min(1, own(validationMessage('benefitsRequired'))),
  openingFee: decimalText('openingFee'),
  successFeePercent: decimalText('successFeePercent').refine(
    (v) => Number(v) <= 100,
    own(validationMessage('percentRange', { field: 'successFeePercent' })),
  ),
  signedDate: optionalIsoDate('signedDate'),
  cancellationWorkingDays: wholeNumber('cancellationWorkingDays').default(7),
  cancelledDate: optionalIsoDate('cancelledDate'),
  informationSheetGiven: z.boolean().default(false),
});

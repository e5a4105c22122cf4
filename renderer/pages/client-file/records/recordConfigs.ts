// One declaration per record kind: which fields its form has, of what kind, in what order, and which
// of them the table shows. The generic section (RecordSection) does the rest for every kind.
import type { RecordKind } from '../../../../shared/api/procedures/records';
import {
  committeeKinds,
  consentKinds,
  employmentKinds,
  familyRelations,
  incomeSources,
  lifeEventKinds,
  representationScopes,
  representationStatuses,
} from '../../../../shared/domain/enums';
import type { FileTab } from '../tabs';

export type FieldKind =
  | 'text'
  | 'idNumber'
  | 'phone'
  | 'code'
  | 'longText'
  | 'date'
  | 'month'
  | 'money'
  | 'percent'
  | 'decimalPercent'
  | 'count'
  | 'choice'
  | 'bool'
  | 'benefits'
  | 'familyMember'
  | 'impairments'
  | 'impairmentSection';

/** The keyboard a phone or tablet offers: letters for text and codes (ICD-10), a dial pad for phones, digits for the rest. */
export function inputModeOf(kind: FieldKind): 'tel' | 'decimal' | undefined {
  if (kind === 'phone') return 'tel';
  return kind === 'text' || kind === 'code' || kind === 'longText' ? undefined : 'decimal';
}

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** For 'choice': the codes, shown as clientFile.enums.<group>.<code>. */
  choices?: readonly string[];
  group?: string;
  required?: boolean;
  /** Shown as a column of the section's table. */
  column?: boolean;
  /** Grid width out of 12 (default 4). */
  span?: number;
  /** For 'impairmentSection': the field of the same record the chosen item's heading fills. */
  fills?: string;
}

export interface RecordConfig {
  kind: RecordKind;
  fields: FieldSpec[];
  /** A fact's qualifier picks the row whose field has that value (family.spouse → relation). */
  qualifierField?: string;
  /** Facts the rights engine names differently from the form. */
  aliases?: Record<string, string>;
  /** Values a new record starts with besides blanks. */
  defaults?: Record<string, string | boolean>;
}

const choice = (name: string, choices: readonly string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind: 'choice',
  choices,
  group: name,
  column: true,
  ...extra,
});

export const recordConfigs: Record<RecordKind, RecordConfig> = {
  family: {
    kind: 'family',
    qualifierField: 'relation',
    fields: [
      choice('relation', familyRelations, { required: true }),
      { name: 'firstName', kind: 'text', required: true, column: true },
      { name: 'lastName', kind: 'text', column: true },
      { name: 'idNumber', kind: 'idNumber', column: true },
      { name: 'birthDate', kind: 'date', column: true },
      choice('sex', ['female', 'male'], { column: false }),
      { name: 'monthlyIncome', kind: 'money', column: true },
      { name: 'isDependant', kind: 'bool', column: true, span: 8 },
    ],
  },
  employment: {
    kind: 'employment',
    fields: [
      choice('kind', employmentKinds, { required: true, group: 'employmentKind' }),
      { name: 'employerName', kind: 'text', column: true },
      { name: 'employerNumber', kind: 'idNumber' },
      { name: 'startDate', kind: 'date', required: true, column: true },
      { name: 'endDate', kind: 'date', column: true },
    ],
  },
  incomes: {
    kind: 'incomes',
    aliases: { monthlyIncome: 'income' },
    fields: [
      { name: 'month', kind: 'month', required: true, column: true },
      choice('source', incomeSources, { required: true }),
      { name: 'income', kind: 'money', required: true, column: true },
    ],
  },
  medical: {
    kind: 'medical',
    fields: [
      choice('committeeKind', committeeKinds, { required: true }),
      { name: 'committeeDate', kind: 'date', required: true, column: true },
      { name: 'weightedPercent', kind: 'percent', column: true },
      { name: 'incapacityPercent', kind: 'percent', column: true },
      { name: 'specialServicesPercent', kind: 'percent' },
      { name: 'mobilityLimitationPercent', kind: 'percent' },
      { name: 'validFrom', kind: 'date' },
      { name: 'validUntil', kind: 'date', column: true },
      { name: 'isPermanent', kind: 'bool', column: true },
      { name: 'impairments', kind: 'impairments', column: true, span: 12 },
    ],
  },
  events: {
    kind: 'events',
    qualifierField: 'kind',
    fields: [
      choice('kind', lifeEventKinds, { required: true, group: 'eventKind' }),
      { name: 'eventDate', kind: 'date', required: true, column: true },
      { name: 'endDate', kind: 'date', column: true },
      { name: 'days', kind: 'count', column: true },
      { name: 'familyMemberId', kind: 'familyMember' },
      { name: 'description', kind: 'longText', column: true, span: 12 },
    ],
  },
  representation: {
    kind: 'representation',
    defaults: { status: 'pending' },
    fields: [
      choice('scope', representationScopes, { required: true }),
      choice('status', representationStatuses, { required: true, group: 'representationStatus' }),
      { name: 'benefits', kind: 'benefits', column: true },
      { name: 'signedDate', kind: 'date', column: true },
      { name: 'activeFrom', kind: 'date', column: true },
      { name: 'endedDate', kind: 'date' },
      { name: 'revokedDate', kind: 'date', column: true },
    ],
  },
  consents: {
    kind: 'consents',
    qualifierField: 'kind',
    fields: [
      choice('kind', consentKinds, { required: true, group: 'consentKind' }),
      { name: 'signedDate', kind: 'date', required: true, column: true },
      { name: 'expiryDate', kind: 'date', column: true },
      { name: 'revokedDate', kind: 'date', column: true },
    ],
  },
  fees: {
    kind: 'fees',
    defaults: { cancellationWorkingDays: '7' },
    fields: [
      { name: 'benefits', kind: 'benefits', required: true, column: true, span: 12 },
      { name: 'openingFee', kind: 'money', required: true, column: true },
      { name: 'successFeePercent', kind: 'decimalPercent', required: true, column: true },
      { name: 'signedDate', kind: 'date', column: true },
      { name: 'cancellationWorkingDays', kind: 'count' },
      { name: 'cancelledDate', kind: 'date', column: true },
      { name: 'informationSheetGiven', kind: 'bool', column: true },
    ],
  },
  diagnoses: {
    kind: 'diagnoses',
    fields: [
      { name: 'diagnosis', kind: 'text', required: true, column: true, span: 4 },
      { name: 'impairmentSection', kind: 'impairmentSection', fills: 'diagnosis', column: true, span: 3 },
      { name: 'icdCode', kind: 'code', column: true, span: 2 },
      { name: 'sinceDate', kind: 'date', column: true, span: 3 },
    ],
  },
  doctors: {
    kind: 'doctors',
    fields: [
      { name: 'doctorName', kind: 'text', required: true, column: true, span: 6 },
      { name: 'specialty', kind: 'text', column: true, span: 6 },
      { name: 'clinic', kind: 'text', column: true, span: 6 },
      { name: 'phone', kind: 'phone', column: true, span: 6 },
    ],
  },
  hospitalisations: {
    kind: 'hospitalisations',
    fields: [
      { name: 'hospital', kind: 'text', required: true, column: true, span: 6 },
      { name: 'ward', kind: 'text', column: true, span: 6 },
      { name: 'fromDate', kind: 'date', required: true, column: true, span: 6 },
      { name: 'toDate', kind: 'date', column: true, span: 6 },
      { name: 'admissionReason', kind: 'longText', column: true, span: 12 },
    ],
  },
  medications: {
    kind: 'medications',
    fields: [
      { name: 'medicationName', kind: 'text', required: true, column: true, span: 6 },
      { name: 'dose', kind: 'text', column: true, span: 6 },
    ],
  },
};

/** Which record sections each tab holds, in order. */
export const tabKinds: Partial<Record<FileTab, RecordKind[]>> = {
  family: ['family'],
  work: ['employment', 'incomes'],
  medical: ['diagnoses', 'doctors', 'hospitalisations', 'medications', 'medical'],
  events: ['events'],
  representation: ['representation', 'consents'],
  fee: ['fees'],
};

/** The fact prefixes (tabs.ts) that name each kind. */
export const kindOfPrefix: Record<string, RecordKind> = {
  family: 'family',
  employment: 'employment',
  incomes: 'incomes',
  medical: 'medical',
  events: 'events',
  representation: 'representation',
  consents: 'consents',
  fee: 'fees',
  fees: 'fees',
  diagnoses: 'diagnoses',
  doctors: 'doctors',
  hospitalisations: 'hospitalisations',
  medications: 'medications',
};

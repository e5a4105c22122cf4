// The records that hang off an insured person share one shape of procedures:
// <kind>.list {clientId}, <kind>.create {clientId, …}, <kind>.update {id, version, …}, <kind>.delete {id, version}.
import type { RecordKindName } from '../record-kind-names';
import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import {
  consentFields,
  employmentPeriodFields,
  familyMemberFields,
  feeAgreementFields,
  lifeEventFields,
  medicalDeterminationFields,
  monthlyIncomeFields,
  representationFields,
} from '../../schemas/records';
import {
  diagnosisFields,
  hospitalisationFields,
  medicationFields,
  treatingDoctorFields,
} from '../../schemas/medical-history';

export interface RecordMeta {
  id: number;
  version: number;
  clientId: number;
  createdAt: string;
  updatedAt: string;
}

export type RecordOf<S extends z.ZodType> = z.output<S> & RecordMeta;

type FieldsSchema = z.ZodObject<z.ZodRawShape>;

function recordProcedures<const K extends string, S extends FieldsSchema>(kind: K, fields: S) {
  const list = procedure<RecordOf<S>[]>()({ input: z.object({ clientId: recordId }), access: everyone });
  const create = procedure<RecordOf<S>>()({
    input: fields.safeExtend({ clientId: recordId }),
    access: everyone,
    changes: 'record',
  });
  const update = procedure<RecordOf<S>>()({
    input: fields.safeExtend({ id: recordId, version: recordVersion }),
    access: everyone,
    changes: 'record',
  });
  const remove = procedure<null>()({
    input: z.object({ id: recordId, version: recordVersion }),
    access: lawyers,
    changes: 'record',
  });
  return {
    [`${kind}.list`]: list,
    [`${kind}.create`]: create,
    [`${kind}.update`]: update,
    [`${kind}.delete`]: remove,
  } as Record<`${K}.list`, typeof list> &
    Record<`${K}.create`, typeof create> &
    Record<`${K}.update`, typeof update> &
    Record<`${K}.delete`, typeof remove>;
}

/** Each kind's field schema, by the name its procedures carry. */
export const recordKinds = {
  family: familyMemberFields,
  employment: employmentPeriodFields,
  incomes: monthlyIncomeFields,
  medical: medicalDeterminationFields,
  events: lifeEventFields,
  representation: representationFields,
  consents: consentFields,
  fees: feeAgreementFields,
  diagnoses: diagnosisFields,
  doctors: treatingDoctorFields,
  hospitalisations: hospitalisationFields,
  medications: medicationFields,
} as const satisfies Record<RecordKindName, unknown>;
export type RecordKind = keyof typeof recordKinds;
/** The kinds that make up the medical history the claim form asks for. */
export const medicalHistoryKinds = [
  'diagnoses',
  'doctors',
  'hospitalisations',
  'medications',
] as const satisfies readonly RecordKind[];
export type MedicalHistoryKind = (typeof medicalHistoryKinds)[number];

export const recordProceduresAll = {
  ...recordProcedures('family', familyMemberFields),
  ...recordProcedures('employment', employmentPeriodFields),
  ...recordProcedures('incomes', monthlyIncomeFields),
  ...recordProcedures('medical', medicalDeterminationFields),
  ...recordProcedures('events', lifeEventFields),
  ...recordProcedures('representation', representationFields),
  ...recordProcedures('consents', consentFields),
  ...recordProcedures('fees', feeAgreementFields),
  ...recordProcedures('diagnoses', diagnosisFields),
  ...recordProcedures('doctors', treatingDoctorFields),
  ...recordProcedures('hospitalisations', hospitalisationFields),
  ...recordProcedures('medications', medicationFields),
};

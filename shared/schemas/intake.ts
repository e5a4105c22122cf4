// The intake wizard sends the new client and what it learned about them at once.
import { z } from 'zod';
import { own } from '../api/validation';
import { clientFields } from './client';
import { familyIssues } from './family-sanity';
import { diagnosisFields, hospitalisationFields, medicationFields, treatingDoctorFields } from './medical-history';
import {
  employmentPeriodFields,
  familyMemberFields,
  lifeEventFields,
  medicalDeterminationFields,
  monthlyIncomeFields,
} from './records';

export const intakeRecords = {
  family: z.array(familyMemberFields).max(30).default([]),
  employment: z.array(employmentPeriodFields).max(40).default([]),
  incomes: z.array(monthlyIncomeFields).max(120).default([]),
  diagnoses: z.array(diagnosisFields).max(30).default([]),
  doctors: z.array(treatingDoctorFields).max(20).default([]),
  hospitalisations: z.array(hospitalisationFields).max(30).default([]),
  medications: z.array(medicationFields).max(40).default([]),
  medical: z.array(medicalDeterminationFields).max(20).default([]),
  events: z.array(lifeEventFields).max(30).default([]),
};
export type IntakeRecordKind = keyof typeof intakeRecords;

export const intakeInput = clientFields.safeExtend(intakeRecords).superRefine((value, ctx) => {
  for (const issue of familyIssues(value.birthDate, value.family)) {
    ctx.addIssue({ code: 'custom', path: ['family', issue.index, issue.field], message: own(issue.message) });
  }
});
export type IntakeInput = z.input<typeof intakeInput>;

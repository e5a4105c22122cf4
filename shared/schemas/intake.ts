// The intake wizard sends the new client and what it learned about them at once.
import { z } from 'zod';
import { clientFields } from './client';
import { employmentPeriodFields, familyMemberFields, lifeEventFields, medicalDeterminationFields, monthlyIncomeFields } from './records';

export const intakeRecords = {
  family: z.array(familyMemberFields).max(30).default([]),
  employment: z.array(employmentPeriodFields).max(40).default([]),
  incomes: z.array(monthlyIncomeFields).max(120).default([]),
  medical: z.array(medicalDeterminationFields).max(20).default([]),
  events: z.array(lifeEventFields).max(30).default([]),
};
export type IntakeRecordKind = keyof typeof intakeRecords;

export const intakeInput = clientFields.safeExtend(intakeRecords);
export type IntakeInput = z.input<typeof intakeInput>;

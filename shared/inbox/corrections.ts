// The fields a user may correct before confirming a letter, and the shape each correction must have:
// dates ISO, a time hh:mm, percents and amounts decimal, a place as text. Lists (impairments), the
// period and coded values (benefit, outcome, route) are not corrected here.
import type { FieldName } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d{1,9}(?:\.\d{1,2})?$/;

export const correctableFields = {
  letterDate: ISO_DATE,
  decisionDate: ISO_DATE,
  committeeDate: ISO_DATE,
  committeeTime: /^(?:[01]\d|2[0-3]):[0-5]\d$/,
  committeePlace: /^\S.{0,199}$/u,
  weightedPercent: DECIMAL,
  incapacityPercent: DECIMAL,
  temporaryUntil: ISO_DATE,
  amount: DECIMAL,
  dueDate: ISO_DATE,
} as const satisfies Partial<Record<FieldName, RegExp>>;

export type CorrectableField = keyof typeof correctableFields;
export const correctableFieldNames = Object.keys(correctableFields) as CorrectableField[];

/** Whether a field holds a date (typed by the user as dd/mm/yyyy, kept ISO). */
export const isDateField = (name: CorrectableField): boolean => correctableFields[name] === ISO_DATE;

export type Corrections = Partial<Record<CorrectableField, string>>;

// What a reading of one NII letter is: its kind, the ID numbers in it, and each field with the span
// of text it came from and how sure the rule that found it is.
import type { Benefit } from '../domain/enums';

export const letterKinds = [
  'decision',
  'committeeInvitation',
  'committeeProtocol',
  'documentRequest',
  'paymentNotice',
  'other',
] as const;
export type LetterKind = (typeof letterKinds)[number];

export const outcomes = ['approved', 'rejected', 'partial'] as const;
export type Outcome = (typeof outcomes)[number];

/** Where a letter says a decision can be contested. */
export const appealRoutes = ['medicalAppealsCommittee', 'incapacityAppealsCommittee', 'labourCourt'] as const;
export type AppealRoute = (typeof appealRoutes)[number];

/** certain: a labelled value, found once; likely: found by a weaker cue; doubtful: the letter gives several. */
export const confidences = ['certain', 'likely', 'doubtful'] as const;
export type Confidence = (typeof confidences)[number];

export interface Span {
  start: number;
  end: number;
}

export interface Impairment {
  /** The impairment as the letter names it. */
  impairment: string;
  /** Decimal string, e.g. "20" or "7.5". */
  percent: string;
}

export interface Period {
  from: string;
  to: string;
}

/** Every field a rule can find, and the shape of its value. Dates ISO (yyyy-mm-dd), percents and amounts decimal strings. */
export interface FieldValues {
  letterDate: string;
  decisionDate: string;
  committeeDate: string;
  committeeTime: string;
  committeePlace: string;
  benefit: Benefit;
  outcome: Outcome;
  medicalPercent: Impairment[];
  weightedPercent: string;
  incapacityPercent: string;
  temporaryUntil: string;
  amount: string;
  period: Period;
  appealRoute: AppealRoute;
  dueDate: string;
}
export type FieldName = keyof FieldValues;

export const fieldNames = [
  'letterDate',
  'decisionDate',
  'committeeDate',
  'committeeTime',
  'committeePlace',
  'benefit',
  'outcome',
  'medicalPercent',
  'weightedPercent',
  'incapacityPercent',
  'temporaryUntil',
  'amount',
  'period',
  'appealRoute',
  'dueDate',
] as const satisfies readonly FieldName[];

export interface Field<T> {
  value: T;
  confidence: Confidence;
  span: Span;
  /** The user corrected what was read (the span is where the read value came from). */
  corrected?: true;
}

export type Fields = { [K in FieldName]?: Field<FieldValues[K]> };

export interface Reading {
  kind: LetterKind;
  /** Valid Israeli ID numbers, 9 digits, those labelled as such first. */
  idNumbers: string[];
  /** The name the letter is addressed to, for finding the client when no ID number matches. */
  addressee?: { name: string; span: Span };
  /** The NII's file or claim numbers the letter names. */
  fileNumbers?: string[];
  fields: Fields;
  /** The text came from OCR of a scan (see scan.ts): no field is certain. */
  ocr?: true;
}

/** One letter kind's rules: how strongly a text looks like it, and the fields it carries. */
export interface LetterRule {
  kind: Exclude<LetterKind, 'other'>;
  /** 0 when the text does not look like this kind at all; the kind with the highest score wins. */
  score(text: string): number;
  fields(text: string): Fields;
}

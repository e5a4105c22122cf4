// The rules core's contract: every calculator answers in this shape, for the UI, the
// services and the command line alike.

export interface Reason {
  /** A Hebrew sentence a lawyer can paste into a letter. */
  text: string;
  /** The published document and section, the law or the public page it rests on. */
  source: string;
}

/** A value two public sources give differently: the one used, the other, and why (the rights panel shows it). */
export interface ValueConflict {
  parameter: string;
  description: string;
  from: string;
  usedSource: string;
  otherValue: string;
  otherSource: string;
  why: string;
}

export type Unit = 'day' | 'month' | 'once' | null;

export interface RuleResult {
  calculator: string;
  /**
   * null: the facts given cannot decide; `missing` is never empty then and says what is needed — an
   * input field by name, or in words a value the sources do not give. A deadline is true: its period
   * runs until the due date in `details`.
   */
  eligible: boolean | null;
  /** ₪ with two places, rounded half-up to the agora only at the end. */
  amount: string | null;
  unit: Unit;
  details: Record<string, unknown>;
  reasons: Reason[];
  /** The first is the one notice that figures may be out of date, when there is one. */
  warnings: string[];
  missing: string[];
  conflicts: ValueConflict[];
}

/** Bad input: the CLI prints it as { error: { field, message } } and exits 2. */
export class RuleInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

// The rules core's contract (issue 4): every calculator answers in this shape, for the UI, the
// services and the command line alike.

export interface Reason {
  /** A Hebrew sentence a lawyer can paste into a letter. */
  text: string;
  /** The seed file and section, or the law or public page, it rests on. */
  source: string;
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
  warnings: string[];
  missing: string[];
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

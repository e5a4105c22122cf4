// Combining a calculator's separate conditions into one answer: any condition that fails makes the
// answer false; otherwise any that the facts cannot decide makes it null; otherwise true.
export type Verdict = boolean | null;

export function allOf(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes(false)) return false;
  if (verdicts.includes(null)) return null;
  return true;
}

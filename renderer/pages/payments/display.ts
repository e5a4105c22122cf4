// How the payments screens write a month and a span of months: mm/yyyy, as the NII's letters do.
import { monthSpanText, nextMonth } from '../../../shared/payments/months';
import type { PaymentFlag } from '../../../shared/schemas/payments';

/** A month not paid is a question to ask; a wrong rate or a stop is money lost. */
export const flagColor = { missing: 'orange', wrong_rate: 'red', stopped: 'red' } as const;

/** A run of flags of one kind on consecutive months at the same amounts: one line for a person to read. */
export interface FlagRun extends PaymentFlag {
  /** The run's last month (`month` its first). */
  until: string;
}

export function flagRuns(flags: readonly PaymentFlag[]): FlagRun[] {
  const runs: FlagRun[] = [];
  for (const flag of flags) {
    const last = runs.at(-1);
    if (
      last &&
      last.kind === flag.kind &&
      last.expected === flag.expected &&
      last.paid === flag.paid &&
      nextMonth(last.until) === flag.month
    )
      last.until = flag.month;
    else runs.push({ ...flag, until: flag.month });
  }
  return runs;
}

export const runText = (run: FlagRun) => monthSpanText({ fromMonth: run.month, toMonth: run.until });

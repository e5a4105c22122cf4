// What the whole-office scan keeps of one client's rights: read by the scan's worker thread.
import { toHundredths } from '../../shared/money';
import { scanRights } from '../../shared/rules/scan/scan-client';
import type { NewFinding } from '../../db/repositories/office-scan';
import { factsOf } from './client-facts';
import type { ScanSubject } from './office-scan-files';

/**
 * The findings worth keeping for one client: eligible or maybe, each marked claimed or not. A "maybe"
 * keeps what it is worth at best (every missing fact at its most favourable), so that sorting by
 * amount ranks the office's open questions by their value; its first missing fact settles it.
 */
export function findingsOf({ file, received }: ScanSubject, date: string): NewFinding[] {
  const claimed = new Set(file.claims.map((c) => c.benefit));
  return scanRights(factsOf(file, received), date)
    .filter((right) => right.verdict !== 'no')
    .map((right) => {
      const atBest = right.verdict === 'maybe' && right.worth !== null;
      const amount = atBest ? right.worth : (right.result?.amount ?? null);
      return {
        clientId: file.client.id,
        calculator: right.calculator,
        verdict: right.verdict as NewFinding['verdict'],
        amountAgorot: amount === null ? null : toHundredths(amount),
        unit: atBest ? right.worthUnit : (right.result?.unit ?? null),
        claimed: claimed.has(right.benefit),
        missing: right.missing,
      };
    });
}

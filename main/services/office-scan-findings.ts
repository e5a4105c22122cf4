// What the whole-office scan keeps of one client's rights: read by the scan's worker thread.
import type { Benefit } from '../../shared/domain/enums';
import { toHundredths } from '../../shared/money';
import { scanRights } from '../../shared/rules/scan/scan-client';
import type { NewFinding } from '../../db/repositories/office-scan';
import { factsOf } from './client-facts';
import type { ScanSubject } from './office-scan-files';

/** The benefit a calculator's right is claimed under: a finding is "claimed" when such a claim exists. */
export const BENEFIT_OF: Record<string, Benefit> = {
  'general-disability': 'general_disability',
  'special-services': 'special_services',
  'disabled-child': 'disabled_child',
  'work-injury-allowance': 'work_injury',
  'work-disability': 'work_injury',
  unemployment: 'unemployment',
  'reserve-duty': 'reserve_duty',
  'old-age': 'old_age',
  'old-age-income-supplement': 'old_age',
  survivors: 'survivors',
  nursing: 'nursing',
  'income-support': 'income_support',
  maternity: 'maternity',
  accident: 'accident_victims',
};

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
        claimed: BENEFIT_OF[right.calculator] !== undefined && claimed.has(BENEFIT_OF[right.calculator]!),
        missing: right.missing,
      };
    });
}

// The calculators the rights scan runs for every client, each with the benefit a claim for its right
// is filed under (a finding counts as claimed when the client has a claim of that benefit). The scan's
// candidates, the office scan's findings and the scan screen's filter all read this list; adding a
// calculator to the scan means a line here, its candidate in scan/ and its label in the locales.
import type { Benefit } from '../domain/enums';

export const BENEFIT_OF = {
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
} as const satisfies Record<string, Benefit>;

export type ScannedCalculator = keyof typeof BENEFIT_OF;

/** In the order the scan screen offers them. */
export const SCANNED_CALCULATORS = Object.keys(BENEFIT_OF) as ScannedCalculator[];

export function isScannedCalculator(name: string): name is ScannedCalculator {
  return Object.hasOwn(BENEFIT_OF, name);
}

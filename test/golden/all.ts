// Every calculator's golden cases by its CLI name, for tests that run them all (the CLI batch), each
// with the result it must match.
import { accidentCases } from './accident.cases';
import { deadlineCases } from './deadline.cases';
import { disabledChildCases } from './disabled-child.cases';
import { feeLimitCases } from './fee-limit.cases';
import { generalDisabilityCases } from './general-disability.cases';
import { incomeSupportCases } from './income-support.cases';
import { incomeSupplementCases } from './income-supplement.cases';
import { maternityCases } from './maternity.cases';
import { needyDisabledOffsetCases } from './needy-disabled-offset.cases';
import { nursingCases } from './nursing.cases';
import { oldAgeCases } from './old-age.cases';
import { reserveDutyCases } from './reserve-duty.cases';
import { retroactiveCases } from './retroactive.cases';
import { specialServicesCases } from './special-services.cases';
import { survivorsCases } from './survivors.cases';
import { unemploymentCases } from './unemployment.cases';
import { workDisabilityCases } from './work-disability.cases';
import { workInjuryAllowanceCases } from './work-injury-allowance.cases';

export const goldenByCalculator: Record<string, readonly { input: object; expected: object }[]> = {
  accident: accidentCases,
  // The deadline's cases state its details (the due dates), the others their whole result.
  deadline: deadlineCases.map((c) => ({ input: c.input, expected: { details: c.expected } })),
  'disabled-child': disabledChildCases,
  'fee-limit': feeLimitCases,
  'general-disability': generalDisabilityCases,
  'income-support': incomeSupportCases,
  maternity: maternityCases,
  'needy-disabled-offset': needyDisabledOffsetCases,
  nursing: nursingCases,
  'old-age-income-supplement': incomeSupplementCases,
  'old-age': oldAgeCases,
  'reserve-duty': reserveDutyCases,
  retroactive: retroactiveCases,
  'special-services': specialServicesCases,
  survivors: survivorsCases,
  unemployment: unemploymentCases,
  'work-disability': workDisabilityCases,
  'work-injury-allowance': workInjuryAllowanceCases,
};

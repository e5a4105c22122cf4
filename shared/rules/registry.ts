// Every calculator by its CLI name, and every dated parameter (for --list). One line per entry:
// add a calculator's import and its line in the list.
import type { Calculator } from './calculator';
import { deadline } from './calculators/deadline';
import { feeLimit } from './calculators/fee-limit';
import { retroactive, setMonthlyLookup } from './calculators/retroactive';
import { workInjuryAllowance } from './calculators/work-injury-allowance';
import { unemployment } from './calculators/unemployment';
import { reserveDuty } from './calculators/reserve-duty';
import { accident } from './calculators/accident';
import { maternity } from './calculators/maternity';
import { generalDisability } from './calculators/general-disability';
import { specialServices } from './calculators/special-services';
import { disabledChild } from './calculators/disabled-child';
import { workDisability } from './calculators/work-disability';
import { needyDisabledOffset } from './calculators/needy-disabled-offset';
import { oldAge } from './calculators/old-age';
import { incomeSupport } from './calculators/income-support';
import { survivors } from './calculators/survivors';
import { nursing } from './calculators/nursing';
import { incomeSupplement } from './calculators/income-supplement';
import { feeParameters } from './parameters/fees';
import type { Parameter } from './parameters/parameter';
import { workInjuryParameters } from './parameters/work-injury';
import { unemploymentParameters } from './parameters/unemployment';
import { reserveDutyParameters } from './parameters/reserve-duty';
import { accidentParameters } from './parameters/accident';
import { maternityParameters } from './parameters/maternity';
import { disabilityParameters } from './parameters/disability';
import { workDisabilityParameters } from './parameters/work-disability';
import { oldAgeParameters } from './parameters/old-age';
import { incomeSupportParameters } from './parameters/income-support';
import { survivorsParameters } from './parameters/survivors';
import { nursingParameters } from './parameters/nursing';
import { incomeSupplementParameters } from './parameters/income-supplement';

const all: Calculator[] = [
  deadline,
  feeLimit,
  retroactive,
  workInjuryAllowance,
  unemployment,
  reserveDuty,
  accident,
  maternity,
  generalDisability,
  specialServices,
  disabledChild,
  workDisability,
  needyDisabledOffset,
  oldAge,
  incomeSupport,
  survivors,
  nursing,
  incomeSupplement,
].map((c) => c as unknown as Calculator);

export const calculators: Record<string, Calculator> = Object.fromEntries(all.map((c) => [c.name, c]));
setMonthlyLookup((name) => (name === retroactive.name ? undefined : calculators[name]));

/** Each parameters/<area>.ts module exports an array of its parameters; list them here. */
export const parameters: Parameter<unknown>[] = [
  feeParameters,
  workInjuryParameters,
  unemploymentParameters,
  reserveDutyParameters,
  accidentParameters,
  maternityParameters,
  disabilityParameters,
  workDisabilityParameters,
  oldAgeParameters,
  incomeSupportParameters,
  survivorsParameters,
  nursingParameters,
  incomeSupplementParameters,
].flat() as Parameter<unknown>[];

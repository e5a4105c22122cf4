// Every calculator by its CLI name, and every dated parameter (for --list). One line per entry:
// add a calculator's import and its line in the list.
import type { Calculator } from './calculator';
import { deadline } from './calculators/deadline';
import { feeLimit } from './calculators/fee-limit';
import { retroactive, setMonthlyLookup } from './calculators/retroactive';
import { feeParameters } from './parameters/fees';
import type { Parameter } from './parameters/parameter';

const all: Calculator[] = [
  deadline,
  feeLimit,
  retroactive,
].map((c) => c as unknown as Calculator);

export const calculators: Record<string, Calculator> = Object.fromEntries(all.map((c) => [c.name, c]));
setMonthlyLookup((name) => (name === retroactive.name ? undefined : calculators[name]));

/** Each parameters/<area>.ts module exports an array of its parameters; list them here. */
export const parameters: Parameter<unknown>[] = [
  feeParameters,
].flat() as Parameter<unknown>[];

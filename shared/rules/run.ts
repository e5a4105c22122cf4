// One entry for every caller (CLI, services, renderer): a calculator name and raw input in, a
// result or an input error out — never an exception.
import { runCalculator } from './calculator';
import { calculators } from './registry';
import { RuleInputError, type RuleResult } from './types';

export type RunAnswer = RuleResult | { error: { field: string; message: string } };

export function runByName(name: string, input: unknown): RunAnswer {
  const calculator = calculators[name];
  if (!calculator) return { error: { field: 'calculator', message: `מחשבון לא מוכר: ${name}` } };
  try {
    return runCalculator(calculator, input);
  } catch (error) {
    if (error instanceof RuleInputError) return { error: { field: error.field, message: error.message } };
    throw error;
  }
}

export function isError(answer: RunAnswer): answer is { error: { field: string; message: string } } {
  return 'error' in answer;
}

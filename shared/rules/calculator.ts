// A calculator: a zod schema for its input and a pure function from input to outcome. Running it
// validates the input, collects reasons/warnings/missing facts and formats the amount.
import Decimal from 'decimal.js';
import type { z } from 'zod';
import { fieldIssues } from '../api/validation';
import { RuleContext } from './context';
import { RuleInputError, type RuleResult, type Unit } from './types';

export interface Outcome {
  eligible: boolean | null;
  amount: Decimal | null;
  unit: Unit;
  details: Record<string, unknown>;
}

export interface Calculator<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Hebrew, one line, for --list. */
  description: string;
  input: S;
  run(input: z.output<S>, ctx: RuleContext): Outcome;
}

export function defineCalculator<S extends z.ZodType>(calculator: Calculator<S>): Calculator<S> {
  return calculator;
}

/** Two places, half-up, only here at the end. */
export function formatAmount(amount: Decimal): string {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function runCalculator(calculator: Calculator, raw: unknown): RuleResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RuleInputError('input', 'הקלט צריך להיות אובייקט JSON עם שדות המחשבון (ראו --list)');
  }
  const parsed = calculator.input.safeParse(raw);
  if (!parsed.success) {
    const [first] = fieldIssues(parsed.error);
    throw new RuleInputError(first?.field ?? '', first?.message ?? 'קלט לא תקין');
  }
  const ctx = new RuleContext();
  const outcome = calculator.run(parsed.data, ctx);
  return {
    calculator: calculator.name,
    eligible: outcome.eligible,
    amount: outcome.amount === null ? null : formatAmount(outcome.amount),
    unit: outcome.unit,
    details: outcome.details,
    reasons: ctx.reasons,
    warnings: withStaleNotice(ctx),
    missing: ctx.missing,
    conflicts: ctx.conflicts,
  };
}

function withStaleNotice(ctx: RuleContext): string[] {
  const notice = ctx.staleNotice();
  return notice ? [notice, ...ctx.warnings] : ctx.warnings;
}

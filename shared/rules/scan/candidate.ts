// One calculator the scan means to run for a client: its input as far as the file gives it, the
// facts (by their stable names, facts.ts) it lacks, and those it had to assume.
import type { Benefit } from '../../domain/enums';
import type { Reason } from '../types';
import { BENEFIT_OF, type ScannedCalculator } from '../scanned';

const ASSUMED = 'סריקת זכויות: עובדה שאינה רשומה בתיק המבוטח';

/** The record a right or deadline is about, for the UI to link to. */
export interface About {
  record: 'client' | 'claim' | 'event' | 'family' | 'medical' | 'employment';
  id?: number;
  /** The day the calculation is about (the event's day, the child's birth…). */
  date: string;
}

export interface Assumption {
  fact: string;
  /** Hebrew, for the reasons: what was assumed and why. */
  text: string;
}

export class Candidate {
  readonly input: Record<string, unknown> = {};
  readonly missing: string[] = [];
  /** Facts taken without the file giving them (by name). */
  readonly assumed: string[] = [];
  /** Reasons the scan adds to the result: what it assumed (where the calculator does not say so itself), and why. */
  readonly notes: Reason[] = [];
  /** Calculator input field → the fact that gives it, to name what a calculator asks for. */
  readonly factOf: Record<string, string> = {};

  /** The benefit a claim for this right is filed under (scanned.ts). */
  readonly benefit: Benefit;

  constructor(
    readonly calculator: ScannedCalculator,
    readonly about: About,
  ) {
    this.benefit = BENEFIT_OF[calculator];
  }

  /** A field the file gives (or, when `value` is undefined, lacks: `fact` is then missing). */
  known(field: string, value: unknown, fact: string): this {
    this.factOf[field] = fact;
    if (value === undefined) {
      if (!this.missing.includes(fact)) this.missing.push(fact);
    } else this.input[field] = value;
    return this;
  }

  /** A field the scan derives itself (the date, an age) and that is never missing. */
  set(field: string, value: unknown): this {
    if (value !== undefined) this.input[field] = value;
    return this;
  }

  /**
   * A field the file does not hold, taken as `fallback` unless a what-if gives it. With no fallback
   * the calculator's own default applies, and the calculator says so itself.
   */
  assume(field: string, given: unknown, fallback: unknown, assumption: Assumption): this {
    this.factOf[field] = assumption.fact;
    const value = given ?? fallback;
    if (value !== undefined) this.input[field] = value;
    if (given === undefined) this.suppose(assumption, fallback !== undefined);
    return this;
  }

  /** Records an assumption, and (when `say`) the reason that tells it. */
  suppose(assumption: Assumption, say = true): this {
    if (!this.assumed.includes(assumption.fact)) this.assumed.push(assumption.fact);
    if (say) this.notes.push({ text: assumption.text, source: ASSUMED });
    return this;
  }

  /** The stable name of what the calculator asked for: its input field's fact, or its own words. */
  factFor(asked: string): string {
    return this.factOf[asked] ?? asked;
  }

  /** Names the fact behind a field the calculator may ask for without it being an input here. */
  maps(field: string, fact: string): this {
    this.factOf[field] = fact;
    return this;
  }
}

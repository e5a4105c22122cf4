// What a calculator writes to while it runs: reasons with their sources, warnings, missing facts, the
// figures that may be out of date and the values a second source disputes.
// Warnings and missing facts are kept once each, in the order first given; the sets make that cheap
// for a retroactive run, which passes on the warnings of every month it computes.
import type { DatedValue, Parameter } from './parameters/parameter';
import type { Reason, ValueConflict } from './types';

export class RuleContext {
  readonly reasons: Reason[] = [];
  readonly warnings: string[] = [];
  readonly missing: string[] = [];
  readonly conflicts: ValueConflict[] = [];
  readonly #warned = new Set<string>();
  readonly #needed = new Set<string>();
  /** Description of each figure used past its last known date → that date. */
  readonly #stale = new Map<string, string>();
  #staleDate = '';

  because(text: string, source: string): void {
    this.reasons.push({ text, source });
  }

  warn(text: string): void {
    if (this.#warned.has(text)) return;
    this.#warned.add(text);
    this.warnings.push(text);
  }

  need(fact: string): void {
    if (this.#needed.has(fact)) return;
    this.#needed.add(fact);
    this.missing.push(fact);
  }

  /** A figure known only up to `knownFrom` was used for `date`; the result says so once (staleNotice). */
  stale(description: string, knownFrom: string, date: string): void {
    const before = this.#stale.get(description);
    if (!before || knownFrom < before) this.#stale.set(description, knownFrom);
    if (date > this.#staleDate) this.#staleDate = date;
  }

  conflict<T>(p: Parameter<T>, used: DatedValue<T>): void {
    const other = used.conflict!;
    if (this.conflicts.some((c) => c.parameter === p.name && c.from === used.from)) return;
    this.conflicts.push({
      parameter: p.name,
      description: p.description,
      from: used.from,
      usedSource: used.source,
      otherValue: other.value,
      otherSource: other.source,
      why: other.why,
    });
    this.warn(`המקורות חלוקים על "${p.description}" מ-${used.from}: מקור אחר נותן ${other.value}. ${other.why}`);
  }

  /** Takes in what a context run inside this one collected (a retroactive month), reasons aside. */
  absorb(inner: RuleContext): void {
    for (const w of inner.warnings) this.warn(w);
    for (const [description, from] of inner.#stale) this.stale(description, from, inner.#staleDate);
    for (const c of inner.conflicts)
      if (!this.conflicts.some((k) => k.parameter === c.parameter && k.from === c.from)) this.conflicts.push(c);
  }

  /** One notice for the whole result, naming the oldest "known until" date and the figures concerned. */
  staleNotice(): string | null {
    if (this.#stale.size === 0) return null;
    const month = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const oldest = [...this.#stale.values()].sort()[0]!;
    const figures = [...this.#stale].map(([description, from]) => `${description} – ידוע עד ${month(from)}`).join('; ');
    return `הסכומים ידועים עד ${month(oldest)}: לתאריך ${this.#staleDate} נעשה שימוש בערכים האחרונים הידועים (${figures}), והסכום בפועל עשוי להיות שונה.`;
  }
}

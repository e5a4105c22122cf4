// What a calculator writes to while it runs: reasons with their sources, warnings, missing facts.
// Warnings and missing facts are kept once each, in the order first given; the sets make that cheap
// for a retroactive run, which passes on the warnings of every month it computes.
import type { Reason } from './types';

export class RuleContext {
  readonly reasons: Reason[] = [];
  readonly warnings: string[] = [];
  readonly missing: string[] = [];
  readonly #warned = new Set<string>();
  readonly #needed = new Set<string>();

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
}

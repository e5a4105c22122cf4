// What a calculator writes to while it runs: reasons with their sources, warnings, missing facts.
import type { Reason } from './types';

export class RuleContext {
  readonly reasons: Reason[] = [];
  readonly warnings: string[] = [];
  readonly missing: string[] = [];

  because(text: string, source: string): void {
    this.reasons.push({ text, source });
  }

  warn(text: string): void {
    if (!this.warnings.includes(text)) this.warnings.push(text);
  }

  need(fact: string): void {
    if (!this.missing.includes(fact)) this.missing.push(fact);
  }
}

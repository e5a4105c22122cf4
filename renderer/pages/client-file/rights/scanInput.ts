// What the scan fed a calculator for one right, so the drill-down starts from it. The scan's answer
// does not carry its inputs, so they are rebuilt here from the same facts by the scan's own
// candidate builders (the rules core is pure and runs here as well).
import { disabilityCandidates } from '../../../../shared/rules/scan/disability';
import type { ClientFacts } from '../../../../shared/rules/scan/facts';
import type { ScannedRight } from '../../../../shared/rules/scan/scan-client';
import { supportCandidates } from '../../../../shared/rules/scan/support';
import { workCandidates } from '../../../../shared/rules/scan/work';

export function scanInput(facts: ClientFacts, date: string, right: ScannedRight): Record<string, unknown> {
  const candidates = [
    ...disabilityCandidates(facts, date),
    ...workCandidates(facts, date),
    ...supportCandidates(facts, date),
  ];
  const same = candidates.find(
    (c) =>
      c.calculator === right.calculator &&
      c.about.record === right.about.record &&
      c.about.id === right.about.id &&
      c.about.date === right.about.date,
  );
  return { ...(same?.input ?? { date }) };
}

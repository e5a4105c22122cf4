// Where a missing fact is entered: the client-file tab that holds it (the file page focuses the
// field named in `?focus=`). Facts are stable names like `medical.incapacityPercent`; a calculator
// may instead ask a question in Hebrew, which has no field to jump to.
import { parseFact } from '../tabs';

/** The file tab URL that lets the user supply `fact`, or null when no tab holds it. */
export function factLink(clientId: number, fact: string): string | null {
  const parsed = parseFact(fact);
  return parsed ? `/clients/${clientId}/${parsed.tab}?focus=${encodeURIComponent(fact)}` : null;
}

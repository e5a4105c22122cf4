// A period a letter names: "מיום 01.03.2024 עד יום 31.05.2024", "01.03.2024 - 31.05.2024", or whole
// months "03/2024 עד 05/2024" (from the first of the first month to the last of the last).
import { endOfMonth, format } from 'date-fns';
import { cue } from './find';
import type { Period } from './types';
import { DATE, parseDate } from './values';

const MONTH = `(?:0?[1-9]|1[0-2])[./]\\d{4}`;
const SPLIT = /\s*(?:-|–|עד\s+(?:ליום|יום)?)\s*/u;

export const periodCues = [
  cue(
    `(?:לתקופה|עבור\\s+התקופה|בתקופה|עבור\\s+החודשים|עבור\\s+חודשים)\\s*:?\\s*(?:מיום|מ-?)?\\s*((?:${DATE}|${MONTH})\\s*(?:-|–|עד\\s+(?:ליום|יום)?)\\s*(?:${DATE}|${MONTH}))`,
  ),
];

function monthStart(raw: string): string | null {
  const m = /^(\d{1,2})[./](\d{4})$/.exec(raw);
  return m ? `${m[2]}-${m[1]!.padStart(2, '0')}-01` : null;
}

function monthEnd(raw: string): string | null {
  const start = monthStart(raw);
  return start ? format(endOfMonth(new Date(`${start}T12:00:00`)), 'yyyy-MM-dd') : null;
}

export function parsePeriod(raw: string): Period | null {
  const [a, b] = raw.split(SPLIT).map((part) => part.trim());
  if (!a || !b) return null;
  const from = parseDate(a) ?? monthStart(a);
  const to = parseDate(b) ?? monthEnd(b);
  return from && to && from <= to ? { from, to } : null;
}

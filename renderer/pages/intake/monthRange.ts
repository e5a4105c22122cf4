// Months typed mm/yyyy, and every month from one to another: an income entered once for a stretch of
// months (a salary that did not change) becomes one row per month, as the rules read incomes.

const TYPED = /^(\d{1,2})[./-](\d{4})$/;

/** "3/2024" → { year: 2024, month: 3 }; null when it is not a month. */
export function readMonth(text: string): { year: number; month: number } | null {
  const match = TYPED.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { year: Number(match[2]), month } : null;
}

/** Longest stretch taken at once: ten years, the most the intake keeps. */
export const MAX_MONTHS = 120;

/** Every month from `from` to `to` as mm/yyyy, oldest first; null when the range is backwards or too long. */
export function monthsBetween(
  from: { year: number; month: number },
  to: { year: number; month: number },
): string[] | null {
  const first = from.year * 12 + from.month - 1;
  const last = to.year * 12 + to.month - 1;
  if (last < first || last - first >= MAX_MONTHS) return null;
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const index = first + i;
    return `${String((index % 12) + 1).padStart(2, '0')}/${Math.floor(index / 12)}`;
  });
}

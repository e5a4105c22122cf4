// Work history: up to three consecutive periods ending with the present one (employed, self-employed,
// unemployed, not working, unpaid leave), and the insured income of each month of the last year that
// a paid period covers, in agorot.
import type { employmentPeriods, monthlyIncomes } from '../schema';
import { addYears, between, isoOf, monthOf, monthStart, notBefore } from './calendar';
import type { Profile } from './person';
import type { Random } from './random';
import type { Draft } from './rows';

export type PeriodDraft = Draft<typeof employmentPeriods, 'insuredPersonId'>;
export type IncomeDraft = Draft<typeof monthlyIncomes, 'insuredPersonId' | 'employmentPeriodId'>;
export interface WorkDraft {
  period: PeriodDraft;
  incomes: IncomeDraft[];
}

const EMPLOYERS =
  `שופרסל בע"מ, עיריית חיפה, עיריית ירושלים, תנובה, אלביט מערכות, המרכז הרפואי רמב"ם, משרד החינוך, רמי לוי שיווק השקמה,
  אגד, חברת החשמל לישראל, בזק, שירותי בריאות כללית, מכבי שירותי בריאות, טבע תעשיות פרמצבטיות, אינטל ישראל, הום סנטר,
  נגריית הגליל, מאפיית אנג'ל, סולל בונה, שיכון ובינוי, נשר מפעלי מלט, עוף טוב, מלונות דן, אסם, קבוצת יוחננוף, דלק,
  מוסך אבו ח'דרה, חברת ניקיון הכרמל, בית אבות נווה שלום, מועצה אזורית גליל תחתון`
    .split(/\s*,\s*/)
    .map((name, i) => ({ name, number: `51${String((i * 7919 + 1234567) % 10_000_000).padStart(7, '0')}` }));

type Kind = PeriodDraft['kind'];
const LAST_KIND: [Kind, number][] = [
  ['employee', 62],
  ['self_employed', 12],
  ['unemployed', 8],
  ['not_working', 12],
  ['unpaid_leave', 3],
];

export function makeWork(random: Random, profile: Profile, asOf: number, createdAt: string): WorkDraft[] {
  const adult = addYears(profile.birth, 18);
  const retired = profile.age >= 67;
  const count = random.weighted([
    [1, 45],
    [2, 35],
    [3, 20],
  ] as const);
  // Built backwards from the present (or from retirement): each period ends before the next begins.
  let end: number | null = retired ? addYears(profile.birth, 67) : null;
  const periods: { start: number; end: number | null; kind: Kind }[] = [];
  for (let n = 0; n < count; n++) {
    const kind: Kind =
      n === 0 && !retired
        ? random.weighted(LAST_KIND)
        : random.weighted<Kind>([
            ['employee', 85],
            ['self_employed', 15],
          ]);
    const start = Math.max(adult, (end ?? asOf) - random.int(180, 12 * 365));
    if (start >= (end ?? asOf)) break;
    periods.unshift({ start, end, kind });
    end = start - between(random, 1, 180);
    if (end <= adult) break;
  }

  // Each month of the year before asOf, paid once per source even where two periods meet in it.
  const firstMonth = monthStart(asOf, -12);
  const seen = new Set<string>();
  return periods.map(({ start, end: last, kind }) => {
    const employer = kind === 'employee' || kind === 'unpaid_leave' ? random.pick(EMPLOYERS) : null;
    const written = notBefore(random, createdAt, start);
    const period: PeriodDraft = {
      kind,
      employerName: employer?.name ?? null,
      employerNumber: employer?.number ?? null,
      startDate: isoOf(start),
      endDate: last === null ? null : isoOf(last),
      version: 1,
      createdAt: written,
      updatedAt: written,
    };
    const incomes: IncomeDraft[] = [];
    if (kind === 'employee' || kind === 'self_employed') {
      const base = random.int(5500, kind === 'employee' ? 24000 : 30000);
      const variation = kind === 'employee' ? 0.08 : 0.35;
      for (
        let month = Math.max(firstMonth, monthStart(start));
        month <= (last ?? asOf - 1) && month < monthStart(asOf);
        month = monthStart(month, 1)
      ) {
        const key = `${monthOf(month)}|${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const amount = Math.round(base * 100 * (1 - variation + random.next() * 2 * variation));
        const entered = notBefore(random, written, monthStart(month, 1));
        incomes.push({
          month: monthOf(month),
          source: kind,
          incomeAgorot: amount,
          version: 1,
          createdAt: entered,
          updatedAt: entered,
        });
      }
    }
    return { period, incomes };
  });
}

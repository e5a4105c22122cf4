// Medical determinations: a committee's impairments (section of the list of impairments, percent),
// the weighted percent they combine into, or a claims officer's incapacity degree; temporary ones
// with an end date; some with a special-services level or a mobility limitation.
// The sections follow the numbering of the schedule to the National Insurance (Determining the Degree
// of Disability of Work Injury Victims) Regulations, 1956, as commonly cited in protocols; they
// illustrate, they do not advise.
import type { medicalDeterminations, medicalImpairments } from '../schema';
import { addYears, between, isoOf, stamp, workday } from './calendar';
import type { Profile } from './person';
import type { Random } from './random';
import type { Draft } from './rows';

export type DeterminationDraft = Draft<typeof medicalDeterminations, 'insuredPersonId'>;
export type ImpairmentDraft = Draft<typeof medicalImpairments, 'determinationId'>;
export interface MedicalDraft {
  determination: DeterminationDraft;
  impairments: ImpairmentDraft[];
}

export const IMPAIRMENTS: [section: string, description: string, percents: number[]][] = [
  ['37(7)(ב)', 'הגבלה בינונית בתנועות עמוד השדרה המותני', [10, 20]],
  ['37(5)(ב)', 'הגבלה בינונית בתנועות עמוד השדרה הצווארי', [10, 20]],
  ['34(ב)', 'הפרעת דחק בתר-חבלתית', [10, 20, 30, 50]],
  ['34(ג)', 'הפרעה דיכאונית', [20, 30, 50]],
  ['48(2)(ב)', 'הגבלה בתנועות הברך', [10, 20]],
  ['41(4)(ב)', 'הגבלה בתנועות הכתף', [10, 20, 25]],
  ['9(1)(ב)', 'מחלת לב איסכמית', [20, 30, 60]],
  ['5(1)(ב)', 'ליקוי בתפקוד הריאות', [20, 40]],
  ['75', 'צלקות', [5, 10]],
  ['72(2)(ב)', 'ירידה בשמיעה', [10, 20]],
  ['35(1)(ב)', 'פיברומיאלגיה', [10, 20]],
  ['10(ב)', 'יתר לחץ דם', [10, 20]],
];

type Committee = DeterminationDraft['committeeKind'];
const COMMITTEES: [Committee, number][] = [
  ['first_tier', 45],
  ['appeals', 15],
  ['work_injury_first_tier', 15],
  ['work_injury_appeals', 5],
  ['incapacity', 15],
  ['other', 5],
];

/** Each further impairment counts only against the capacity the ones before left. */
export function weighted(percents: number[]): number {
  const remaining = [...percents].sort((a, b) => b - a).reduce((left, p) => left * (1 - p / 100), 1);
  return Math.round(100 * (1 - remaining));
}

function determination(random: Random, profile: Profile, asOf: number): MedicalDraft {
  const committeeKind = random.weighted(COMMITTEES);
  const day = workday(between(random, profile.intake + 30, asOf - 1));
  const validFrom = Math.max(profile.birth, day - random.int(0, 365));
  const isPermanent = random.chance(0.55);
  const impairments: ImpairmentDraft[] =
    committeeKind === 'incapacity'
      ? []
      : random.some(IMPAIRMENTS, random.int(1, 4)).map(([section, description, percents]) => ({
          section,
          description,
          percent: random.pick(percents),
          isTemporary: !isPermanent && random.chance(0.5),
        }));
  const percent = impairments.length > 0 ? weighted(impairments.map((i) => i.percent)) : null;
  const createdAt = stamp(random, day);
  return {
    determination: {
      committeeKind,
      committeeDate: isoOf(day),
      weightedPercent: percent,
      incapacityPercent: committeeKind === 'incapacity' ? random.pick([50, 60, 65, 74, 100]) : null,
      isPermanent,
      validFrom: isoOf(validFrom),
      validUntil: isPermanent ? null : isoOf(addYears(validFrom, random.int(1, 3))),
      specialServicesPercent:
        percent !== null && percent >= 60 && random.chance(0.2) ? random.pick([50, 105, 175]) : null,
      mobilityLimitationPercent: random.chance(0.08) ? random.int(40, 100) : null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      createdBy: profile.lawyerId,
    },
    impairments,
  };
}

/** About 60% of clients have been before a committee; a quarter of those twice. */
export function makeMedical(random: Random, profile: Profile, asOf: number): MedicalDraft[] {
  if (asOf - profile.intake < 60 || !random.chance(0.6)) return [];
  const count = random.chance(0.25) ? 2 : 1;
  return Array.from({ length: count }, () => determination(random, profile, asOf)).sort((a, b) =>
    a.determination.committeeDate.localeCompare(b.determination.committeeDate),
  );
}

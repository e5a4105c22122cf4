// Spouse (with income), children (with birth dates; minors are dependants), a parent for young
// clients and now and then a guardian — as recorded at intake.
import type { familyMembers } from '../schema';
import { addYears, between, isoOf } from './calendar';
import type { IdNumbers } from './identity';
import { familyName, givenNames, namePools } from './names';
import type { Profile, Sex } from './person';
import type { Random } from './random';
import type { Draft } from './rows';

export type FamilyDraft = Draft<typeof familyMembers, 'insuredPersonId'>;

const CHILDREN: [number, number][] = [
  [0, 15],
  [1, 15],
  [2, 25],
  [3, 22],
  [4, 13],
  [5, 7],
  [6, 3],
];

export function makeFamily(
  random: Random,
  ids: IdNumbers,
  profile: Profile,
  asOf: number,
  createdAt: string,
): FamilyDraft[] {
  const { community, birth } = profile;
  const rows: FamilyDraft[] = [];
  const member = (
    relation: FamilyDraft['relation'],
    sex: Sex,
    born: number,
    lastName: string | null,
    income: number | null,
  ): void => {
    rows.push({
      relation,
      idNumber: ids.next(random),
      firstName: random.pick(givenNames(community, sex)).he,
      lastName,
      birthDate: isoOf(born),
      sex,
      monthlyIncomeAgorot: income,
      isDependant: relation === 'child' ? asOf < addYears(born, 18) : relation === 'spouse' && !income,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
  };

  const partnered =
    ['married', 'common_law'].includes(profile.maritalStatus) ||
    (profile.maritalStatus === 'separated' && random.chance(0.5));
  if (partnered) {
    const sex: Sex = profile.sex === 'male' ? 'female' : 'male';
    const born = Math.min(addYears(asOf, -18), birth + random.int(-6 * 365, 6 * 365));
    const income = random.weighted<number | null>([
      [random.int(4000, 20000) * 100, 65],
      [0, 20],
      [null, 15],
    ]);
    member('spouse', sex, born, familyName(community, profile.family, sex).he, income);
  }

  if (profile.age >= 22 && (profile.maritalStatus !== 'single' || random.chance(0.15))) {
    const count =
      random.weighted(CHILDREN) + (community === 'arab' || community === 'ethiopian' ? random.int(0, 1) : 0);
    const last = Math.min(asOf - 30, addYears(birth, profile.sex === 'female' ? 45 : 55));
    const born = Array.from({ length: count }, () => between(random, addYears(birth, 20), last)).sort((a, b) => a - b);
    for (const day of born) {
      const sex: Sex = random.chance(0.5) ? 'male' : 'female';
      const adult = asOf >= addYears(day, 18);
      member(
        'child',
        sex,
        day,
        familyName(community, profile.family, sex).he,
        adult && random.chance(0.5) ? random.int(3000, 12000) * 100 : null,
      );
    }
  }

  if (profile.age < 26 && random.chance(0.3)) {
    member(
      'parent',
      random.chance(0.5) ? 'male' : 'female',
      addYears(birth, -random.int(20, 40)),
      profile.family.he,
      random.int(0, 15000) * 100,
    );
  }
  if (random.chance(0.02)) {
    const sex: Sex = random.chance(0.5) ? 'male' : 'female';
    member('guardian', sex, addYears(asOf, -random.int(30, 70)), random.pick(namePools[community].family).he, null);
  }
  return rows;
}

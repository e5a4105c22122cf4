// The insured person: who they are (community, age, family status), where they live and how to reach
// them, plus the profile the rest of their file is drawn from.
import type { maritalStatuses } from '../../shared/domain/enums';
import type { insuredPersons } from '../schema';
import { addYears, between, dayOf, isoOf, stamp, workday } from './calendar';
import type { PersonContext } from './context';
import { emailAddress, mobileNumber } from './identity';
import { familyName, givenNames, namePools, type Community, type Name } from './names';
import { landline, pickLocality, pickStreet, postalCode } from './places';
import type { Random } from './random';
import type { Draft } from './rows';

export type Sex = 'male' | 'female';
type MaritalStatus = (typeof maritalStatuses)[number];

/** What the other parts of the file are drawn from. */
export interface Profile {
  community: Community;
  sex: Sex;
  birth: number;
  age: number;
  maritalStatus: MaritalStatus;
  /** The family name in its base (masculine) form, for spouse and children. */
  family: Name;
  /** The day the office opened the file. */
  intake: number;
  lawyerId: number;
  clerkId: number;
}

const COMMUNITY_WEIGHTS: [Community, number][] = [
  ['jewish', 52],
  ['arab', 30],
  ['fsu', 14],
  ['ethiopian', 4],
];

const AGE_BANDS: [[number, number], number][] = [
  [[18, 29], 10],
  [[30, 44], 22],
  [[45, 59], 33],
  [[60, 67], 17],
  [[68, 92], 18],
];

function maritalStatusAt(random: Random, age: number): MaritalStatus {
  if (age < 30)
    return random.weighted<MaritalStatus>([
      ['single', 65],
      ['married', 30],
      ['common_law', 3],
      ['divorced', 2],
    ]);
  if (age < 60) {
    return random.weighted<MaritalStatus>([
      ['married', 60],
      ['divorced', 15],
      ['single', 12],
      ['separated', 4],
      ['common_law', 5],
      ['widowed', 4],
    ]);
  }
  return random.weighted<MaritalStatus>([
    ['married', 55],
    ['widowed', 25],
    ['divorced', 12],
    ['single', 5],
    ['separated', 3],
  ]);
}

const LANGUAGES: Record<Community, [Draft<typeof insuredPersons>['preferredLanguage'], number][]> = {
  jewish: [
    ['he', 95],
    ['en', 5],
  ],
  arab: [
    ['ar', 85],
    ['he', 15],
  ],
  fsu: [
    ['ru', 70],
    ['he', 30],
  ],
  ethiopian: [
    ['am', 50],
    ['he', 50],
  ],
};

/** The waves of immigration each community mostly came in. */
const ALIYA_YEARS: Record<Community, [number, number][]> = {
  jewish: [[1950, 2022]],
  arab: [],
  fsu: [
    [1989, 1999],
    [1989, 1999],
    [2014, 2023],
  ],
  ethiopian: [
    [1984, 1985],
    [1991, 1991],
    [1999, 2012],
  ],
};
const ALIYA_SHARE: Record<Community, number> = { jewish: 0.06, arab: 0, fsu: 0.9, ethiopian: 0.85 };

function aliyaDate(random: Random, community: Community, birth: number, asOf: number): string | null {
  if (!random.chance(ALIYA_SHARE[community])) return null;
  const [from, to] = random.pick(ALIYA_YEARS[community]);
  const day = between(random, dayOf(`${from}-01-01`), dayOf(`${to}-12-31`));
  return day > birth && day < asOf ? isoOf(day) : null; // born in Israel after the wave
}

const BANKS = ['10', '11', '12', '12', '20', '20', '31', '17', '14', '13', '54'];

export function makePerson(
  ctx: PersonContext,
  fileSequence: number,
): { profile: Profile; person: Draft<typeof insuredPersons> } {
  const { random, asOf } = ctx;
  const community = random.weighted(COMMUNITY_WEIGHTS);
  const sex: Sex = random.chance(0.5) ? 'male' : 'female';
  const [minAge, maxAge] = random.weighted(AGE_BANDS);
  const birth = addYears(asOf, -random.int(minAge, maxAge)) - random.int(1, 364);
  const age = Math.floor((asOf - birth) / 365.25);
  const family = random.pick(namePools[community].family);
  const first = random.pick(givenNames(community, sex));
  const last = familyName(community, family, sex);
  const locality = pickLocality(random, community);
  const maritalStatus = maritalStatusAt(random, age);
  const intake = workday(Math.max(addYears(birth, 18), between(random, addYears(asOf, -8), asOf - 7)));
  const lawyerId = random.pick(ctx.staff.lawyers);
  const clerkId = random.pick(ctx.staff.clerks);
  const createdAt = stamp(random, intake);
  const withLatin = random.chance(0.55);
  const bank = random.chance(0.7);

  const person: Draft<typeof insuredPersons> = {
    officeId: ctx.officeId,
    idNumber: ctx.ids.next(random),
    firstNameHe: first.he,
    lastNameHe: last.he,
    firstNameLatin: withLatin ? first.latin : null,
    lastNameLatin: withLatin ? last.latin : null,
    birthDate: isoOf(birth),
    sex,
    maritalStatus,
    residency: random.weighted([
      ['resident', 97],
      ['temporary_resident', 2],
      ['non_resident', 1],
    ] as const),
    street: pickStreet(random, locality),
    houseNumber: String(random.int(1, 120)) + (random.chance(0.1) ? random.pick(['א', 'ב', 'ג']) : ''),
    locality: locality.name,
    postalCode: random.chance(0.7) ? postalCode(random, locality) : null,
    mobilePhone: random.chance(0.92) ? mobileNumber(random) : null,
    otherPhone: random.chance(0.15) ? landline(random, locality) : null,
    email: random.chance(0.4) ? emailAddress(random, first, last) : null,
    preferredLanguage: random.weighted(LANGUAGES[community]),
    isHousewife: sex === 'female' && maritalStatus === 'married' && age < 67 && random.chance(0.12),
    aliyaDate: aliyaDate(random, community, birth, asOf),
    bankCode: bank ? random.pick(BANKS) : null,
    bankBranch: bank ? String(random.int(1, 999)).padStart(3, '0') : null,
    bankAccount: bank ? random.digits(random.int(6, 9)) : null,
    fileNumber: `${isoOf(intake).slice(0, 4)}/${String(fileSequence).padStart(6, '0')}`,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdBy: clerkId,
    updatedBy: clerkId,
  };
  return { profile: { community, sex, birth, age, maritalStatus, family, intake, lawyerId, clerkId }, person };
}

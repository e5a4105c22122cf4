// Medical committees of the demo's medical claims: one for each time a claim went before a committee.
// A claim in committee today has its sitting ahead (a time, an NII branch or now and then a service
// centre, the doctors, a checklist
// partly ticked); one that went on to a decision has it held, with its outcome per impairment, the
// protocol's receipt and the determination the outcome is kept as. Drawn from a stream of its own,
// seeded by the claim, so the rest of the demo office stays as it was.
import type { Benefit, ClaimStatus, CommitteeType, NiiBranch, NiiServiceCentre } from '../../shared/domain/enums';
import { committeeSpecialties } from '../../shared/domain/enums';
import type { medicalCommittees } from '../schema';
import { between, isoOf, stamp, workday } from './calendar';
import { IMPAIRMENTS, weighted, type MedicalDraft } from './medical';
import { Random } from './random';
import type { Draft } from './rows';

export interface CommitteeDraft {
  committee: Draft<typeof medicalCommittees, 'insuredPersonId' | 'claimId' | 'determinationId'>;
  /** The held committee's outcome as a determination; null while it is ahead. */
  determination: MedicalDraft | null;
}

/** Large branches see more committees. */
const BRANCHES: [NiiBranch, number][] = [
  ['tel_aviv', 12],
  ['jerusalem', 10],
  ['haifa', 9],
  ['beer_sheva', 7],
  ['petah_tikva', 6],
  ['rishon_lezion', 5],
  ['netanya', 5],
  ['holon', 4],
  ['ramat_gan', 4],
  ['ashdod', 4],
  ['nazareth', 4],
  ['krayot', 3],
  ['hadera', 3],
  ['rehovot', 3],
  ['kfar_saba', 3],
  ['tiberias', 2],
  ['afula', 2],
  ['ashkelon', 2],
  ['bnei_brak', 2],
  ['taibe', 2],
];

/** Some committees sit at a service centre near the client instead of a branch. */
const SERVICE_CENTRES: NiiServiceCentre[] = [
  'yirka',
  'modiin',
  'rahat',
  'kiryat_ata',
  'maale_adumim',
  'rosh_haayin',
  'netivot',
  'yokneam',
];

const CHECKLIST = ['תעודת זהות', 'מסמכים רפואיים עדכניים', 'סיכומי אשפוז', 'רשימת תרופות'];

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function typeOf(benefit: Benefit, appeal: boolean): CommitteeType {
  if (benefit === 'work_injury') return appeal ? 'work_injury_appeals' : 'work_injury_first_tier';
  return appeal ? 'appeals' : 'first_tier';
}

interface ClaimPath {
  key: string;
  benefit: Benefit;
  path: ClaimStatus[];
  days: number[];
  asOf: number;
  lawyerId: number;
}

/** The committees of a claim that went (or goes) before one. */
export function makeCommittees({ key, benefit, path, days, asOf, lawyerId }: ClaimPath): CommitteeDraft[] {
  const random = new Random(seedOf(key));
  return path.flatMap((status, i) => {
    if (status !== 'in_committee') return [];
    const ahead = i === path.length - 1;
    const day = ahead ? workday(asOf + random.int(3, 45)) : workday(between(random, days[i]!, days[i + 1]! - 7));
    const received = ahead ? null : days[i + 1]!;
    const outcome = ahead
      ? []
      : random.some(IMPAIRMENTS, random.int(1, 3)).map(([section, description, percents]) => ({
          section,
          description,
          percent: random.pick(percents),
          isTemporary: false,
          until: null,
        }));
    const weightedPercent = ahead ? null : weighted(outcome.map((item) => item.percent));
    const createdAt = stamp(random, days[i]!);
    const updatedAt = received === null ? createdAt : stamp(random, received);
    const committee: CommitteeDraft['committee'] = {
      committeeType: typeOf(benefit, path.slice(0, i).includes('appeal')),
      committeeDate: isoOf(day),
      committeeTime: `${String(random.int(8, 14)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`,
      ...(random.chance(0.12)
        ? { branch: null, serviceCentre: random.pick(SERVICE_CENTRES) }
        : { branch: random.weighted(BRANCHES), serviceCentre: null }),
      specialties: random.some(committeeSpecialties, random.int(1, 3)),
      checklist: CHECKLIST.map((label) => ({ label, done: !ahead || random.chance(0.4), documentId: null })),
      clientRemindedDate:
        ahead && random.chance(0.5) ? isoOf(Math.min(asOf, day - 2)) : ahead ? null : isoOf(day - random.int(2, 5)),
      outcome,
      weightedPercent,
      protocolReceivedDate: received === null ? null : isoOf(received),
      version: received === null ? 1 : 2,
      createdAt,
      updatedAt,
      createdBy: lawyerId,
    };
    const determination: MedicalDraft | null =
      received === null
        ? null
        : {
            determination: {
              committeeKind: committee.committeeType as MedicalDraft['determination']['committeeKind'],
              committeeDate: committee.committeeDate,
              weightedPercent,
              isPermanent: true,
              version: 1,
              createdAt: updatedAt,
              updatedAt,
              createdBy: lawyerId,
            },
            impairments: outcome.map(({ section, description, percent, isTemporary }) => ({
              section,
              description,
              percent,
              isTemporary,
            })),
          };
    return [{ committee, determination }];
  });
}

// One client's whole file, drawn before anything is written: the person, family, work and income,
// medical determinations, life events, agreements, claims with their history, documents, tasks,
// notes, and the reads of medical data and sign-ins the audit log will show.
import type { ClaimStatus } from '../../shared/domain/enums';
import type { insuredPersons } from '../schema';
import { addYears, between, dayOf, isoOf, stamp } from './calendar';
import { makeAgreements, type AgreementsDraft } from './agreements';
import { makeClaim, type ClaimFileDraft } from './claims';
import type { DemoContext } from './context';
import { makeEvents, type EventDraft } from './events';
import { makeFamily, type FamilyDraft } from './family';
import { makeNote, makeTask, type NoteDraft, type TaskDraft } from './follow-ups';
import { makeMedical, type MedicalDraft } from './medical';
import { makePerson, type Profile } from './person';
import type { Draft } from './rows';
import { noteBody } from './texts';
import { makeWork, type WorkDraft } from './work';

export interface ClientFileDraft {
  profile: Profile;
  person: Draft<typeof insuredPersons>;
  family: FamilyDraft[];
  work: WorkDraft[];
  medical: MedicalDraft[];
  events: EventDraft[];
  agreements: AgreementsDraft;
  claims: ClaimFileDraft[];
  tasks: TaskDraft[];
  notes: NoteDraft[];
  /** Who opened the client's medical data, and when. */
  medicalReads: { at: string; staffId: number }[];
  logins: { at: string; staffId: number }[];
}

const CLAIM_COUNTS: [number, number][] = [
  [1, 20],
  [2, 25],
  [3, 20],
  [4, 15],
  [5, 12],
  [6, 8],
];

/** `sequence` numbers the office's files from 1; `firstClaimStatus` pins the status of the first claim. */
export function makeClientFile(ctx: DemoContext, sequence: number, firstClaimStatus?: ClaimStatus): ClientFileDraft {
  const { random, asOf } = ctx;
  const { profile, person } = makePerson(ctx, sequence);
  const createdAt = person.createdAt!;
  const family = makeFamily(random, ctx.ids, profile, asOf, createdAt);
  const adultsBornBy = isoOf(addYears(asOf, -18));
  const hasMinorChild = family.some((m) => m.relation === 'child' && m.birthDate! > adultsBornBy);
  const claimCount = random.weighted(CLAIM_COUNTS);
  const claims = Array.from({ length: claimCount }, (_, n) =>
    makeClaim(ctx, profile, person.idNumber, { hasMinorChild, status: n === 0 ? firstClaimStatus : undefined }),
  );
  const benefits = [...new Set(claims.map((c) => c.claim.benefit))];
  const medical = makeMedical(random, profile, asOf);

  const callBack = Math.max(profile.intake, asOf - random.int(0, 20));
  const tasks = random.chance(0.1)
    ? [
        makeTask(ctx, { kind: 'call', title: 'לחזור ללקוח' }, callBack, callBack + random.int(1, 14), {
          author: profile.lawyerId,
          assignee: profile.clerkId,
        }),
      ]
    : [];
  const notes = random.chance(0.3)
    ? [makeNote(ctx, noteBody(random), between(random, profile.intake, asOf - 1), profile.clerkId)]
    : [];
  const firstCommittee = medical[0] && dayOf(medical[0].determination.committeeDate);
  const medicalReads =
    firstCommittee !== undefined && random.chance(0.5)
      ? [{ at: stamp(random, between(random, firstCommittee, asOf - 1)), staffId: profile.lawyerId }]
      : [];
  const logins = random.chance(0.2)
    ? [{ at: new Date(Date.parse(createdAt) - random.int(5, 90) * 60_000).toISOString(), staffId: profile.clerkId }]
    : [];

  return {
    profile,
    person,
    family,
    work: makeWork(random, profile, asOf, createdAt),
    medical,
    events: makeEvents(random, profile, asOf, createdAt),
    agreements: makeAgreements(ctx, profile, person.idNumber, benefits, createdAt),
    claims,
    tasks,
    notes,
    medicalReads,
    logins,
  };
}

// Claims, each walked along the workflow (shared/domain/enums.ts claimTransitions) to the status it
// has today, every step kept as a status-change row with who, when and why; a decision row for every
// time the NII decided; the claim's documents, its open task and a note now and then.
import type { Benefit, ClaimStatus } from '../../shared/domain/enums';
import type { claimDecisions, claims, claimStatusChanges } from '../schema';
import { between, isoOf, monthStart, stamp, workday } from './calendar';
import { makeCommittees, type CommitteeDraft } from './committees';
import type { DemoContext } from './context';
import { makeDocument, type DocumentDraft } from './documents';
import { makeNote, makeTask, type NoteDraft, type TaskDraft } from './follow-ups';
import type { Profile } from './person';
import type { Random } from './random';
import type { Draft } from './rows';
import { claimNote, claimSummary, decisionNote, statusReason, taskFor } from './texts';

export type ClaimDraft = Draft<typeof claims, 'insuredPersonId'>;
export type ChangeDraft = Draft<typeof claimStatusChanges, 'claimId'>;
export type DecisionDraft = Draft<typeof claimDecisions, 'claimId'>;

export interface ClaimFileDraft {
  claim: ClaimDraft;
  changes: ChangeDraft[];
  decisions: DecisionDraft[];
  documents: DocumentDraft[];
  tasks: TaskDraft[];
  notes: NoteDraft[];
  committees: CommitteeDraft[];
}

/** Forms named in the NII rights guide "Your rights at the NII 2014"; null where it names none. */
const FORMS: Partial<Record<Benefit, string>> = {
  general_disability: 'בל/7801',
  special_services: 'בל/7849',
  disabled_child: 'בל/7821',
  work_injury: 'בל/211',
  unemployment: 'בל/1500',
  old_age: 'בל/480',
  survivors: 'בל/410',
  nursing: 'בל/2600',
  maternity: 'בל/355',
  accident_victims: 'בל/2201',
  hostile_action: 'בל/580',
  polio_compensation: 'בל/7870',
};

/** Benefits decided by a medical committee. */
const MEDICAL = new Set<Benefit>([
  'general_disability',
  'special_services',
  'disabled_child',
  'mobility',
  'work_injury',
  'accident_victims',
  'hostile_action',
  'nursing',
]);

/** Monthly payment or lump-sum range in shekels when the claim is approved. */
const PAYMENTS: Record<Benefit, { monthly: [number, number] } | { lump: [number, number] }> = {
  general_disability: { monthly: [1500, 4800] },
  special_services: { monthly: [1300, 6100] },
  disabled_child: { monthly: [1000, 5500] },
  mobility: { monthly: [500, 5000] },
  work_injury: { monthly: [1500, 12000] },
  unemployment: { monthly: [3000, 11000] },
  reserve_duty: { lump: [1500, 40000] },
  old_age: { monthly: [1800, 3800] },
  survivors: { monthly: [1800, 4500] },
  nursing: { monthly: [1800, 6500] },
  income_support: { monthly: [1500, 3200] },
  maternity: { lump: [8000, 60000] },
  accident_victims: { lump: [3000, 50000] },
  hostile_action: { monthly: [2000, 9000] },
  polio_compensation: { lump: [50000, 200000] },
  ringworm_compensation: { lump: [30000, 150000] },
  other: { lump: [1000, 10000] },
};

const STATUS_WEIGHTS: [ClaimStatus, number][] = [
  ['draft', 8],
  ['ready', 7],
  ['filed', 14],
  ['in_committee', 11],
  ['decided', 25],
  ['appeal', 10],
  ['closed', 25],
];

/** Days each step of the workflow usually takes. */
const STEP_DAYS: Record<string, [number, number]> = {
  'draft>ready': [1, 30],
  'ready>draft': [1, 10],
  'ready>filed': [1, 20],
  'filed>in_committee': [30, 150],
  'filed>decided': [30, 180],
  'in_committee>decided': [14, 90],
  'decided>appeal': [10, 55],
  'appeal>in_committee': [30, 120],
  'appeal>decided': [60, 300],
  'decided>closed': [10, 120],
  'draft>closed': [5, 60],
  'filed>closed': [30, 200],
};

function benefitWeights(profile: Profile, hasMinorChild: boolean): [Benefit, number][] {
  const { age, sex } = profile;
  const working = age < 67;
  const bornYear = Number(isoOf(profile.birth).slice(0, 4));
  return [
    ['general_disability', working ? 25 : 2],
    ['work_injury', working ? 14 : 1],
    ['special_services', 7],
    ['mobility', 6],
    ['disabled_child', hasMinorChild ? 8 : 0],
    ['nursing', age >= 67 ? 14 : 0],
    ['old_age', age >= 62 ? 10 : 0],
    ['survivors', profile.maritalStatus === 'widowed' ? 12 : 1],
    ['unemployment', working ? 7 : 0],
    ['income_support', 4],
    ['reserve_duty', age < 50 && profile.community !== 'arab' ? 3 : 0],
    ['maternity', sex === 'female' && age >= 20 && age <= 45 ? 4 : 0],
    ['accident_victims', 4],
    ['hostile_action', 2],
    ['polio_compensation', bornYear < 1970 ? 1 : 0],
    ['ringworm_compensation', bornYear < 1960 ? 1 : 0],
    ['other', 1],
  ];
}

/** The statuses a claim went through to reach `status`, starting with its creation as a draft. */
function pathTo(random: Random, status: ClaimStatus, medical: boolean): ClaimStatus[] {
  const filed: ClaimStatus[] = random.chance(0.05)
    ? ['draft', 'ready', 'draft', 'ready', 'filed']
    : ['draft', 'ready', 'filed'];
  const decided: ClaimStatus[] = [
    ...filed,
    ...(medical && random.chance(0.8) ? (['in_committee'] as const) : []),
    'decided',
  ];
  const reviewed: ClaimStatus[] =
    medical && random.chance(0.5) ? ['appeal', 'in_committee', 'decided'] : ['appeal', 'decided'];
  switch (status) {
    case 'draft':
      return ['draft'];
    case 'ready':
      return ['draft', 'ready'];
    case 'filed':
      return filed;
    case 'in_committee':
      return [...filed, 'in_committee'];
    case 'decided':
      return decided;
    case 'appeal':
      return [...decided, 'appeal'];
    case 'closed':
      return random.weighted<ClaimStatus[]>([
        [['draft', 'closed'], 15],
        [[...filed, 'closed'], 10],
        [[...decided, 'closed'], 60],
        [[...decided, ...reviewed, 'closed'], 15],
      ]);
  }
}

/** Day of each step: the usual gaps, squeezed when the file is too young to hold them all. */
function stepDays(random: Random, path: ClaimStatus[], earliest: number, latest: number): number[] {
  const gaps = path.map((status, i) => (i === 0 ? 0 : random.int(...STEP_DAYS[`${path[i - 1]}>${status}`]!)));
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = Math.max(0, latest - earliest);
  const scale = total > room ? room / total : 1;
  let day = earliest + random.int(0, Math.max(0, room - Math.floor(total * scale)));
  return gaps.map((gap) => {
    day = Math.max(day, Math.min(latest, workday(day + Math.floor(gap * scale))));
    return day;
  });
}

function outcome(random: Random, appealedLater: boolean, afterAppeal: boolean): DecisionDraft['outcome'] {
  if (appealedLater)
    return random.weighted([
      ['rejected', 60],
      ['partly', 40],
    ] as const);
  if (afterAppeal)
    return random.weighted([
      ['approved', 50],
      ['partly', 30],
      ['rejected', 20],
    ] as const);
  return random.weighted([
    ['approved', 45],
    ['partly', 25],
    ['rejected', 30],
  ] as const);
}

interface DecisionFacts {
  benefit: Benefit;
  result: DecisionDraft['outcome'];
  decided: number;
  received: number;
  /** Day the claim was filed: retroactive payment runs from up to a year before it. */
  filed: number;
  lawyerId: number;
}

function decision(
  random: Random,
  { benefit, result, decided, received, filed, lawyerId }: DecisionFacts,
): DecisionDraft {
  const share = result === 'approved' ? 1 : result === 'partly' ? 0.5 : 0;
  const percent = !MEDICAL.has(benefit)
    ? null
    : result === 'approved'
      ? random.int(8, 20) * 5
      : result === 'partly'
        ? random.int(4, 11) * 5
        : random.int(0, 19);
  const payment = PAYMENTS[benefit];
  // A work injury under 20% is paid as a grant, not a pension.
  const asLump = 'lump' in payment || (benefit === 'work_injury' && percent !== null && percent < 20);
  const [min, max] = 'lump' in payment ? payment.lump : asLump ? [5000, 60000] : payment.monthly;
  const amount = share === 0 ? null : Math.round(random.int(min, max) * share) * 100;
  const months = asLump ? 0 : random.int(0, 18);
  const createdAt = stamp(random, received);
  return {
    decidedDate: isoOf(decided),
    receivedDate: isoOf(received),
    outcome: result,
    percent,
    monthlyAmountAgorot: asLump ? null : amount,
    lumpSumAgorot: asLump ? amount : null,
    retroactiveAgorot: amount !== null && months > 0 ? amount * months : null,
    retroactiveFrom: amount !== null && months > 0 ? isoOf(monthStart(filed, -random.int(0, 12))) : null,
    notes: decisionNote(random),
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdBy: lawyerId,
  };
}

function appealRoute(random: Random, medical: boolean): NonNullable<ClaimDraft['appealRoute']> {
  return medical
    ? random.weighted([
        ['medical_appeal', 40],
        ['labour_court', 50],
        ['claims_committee', 10],
      ] as const)
    : random.weighted([
        ['labour_court', 70],
        ['claims_committee', 30],
      ] as const);
}

/** Due date of the open task for a claim now in `status` that reached it on `since`. */
function taskDue(random: Random, status: ClaimStatus, since: number, asOf: number): number {
  if (status === 'in_committee') return asOf + random.int(3, 45); // the committee's date
  if (status === 'decided') return since + 60; // the appeal period
  if (status === 'filed') return since + 45;
  return since + random.int(7, 30);
}

export function makeClaim(
  ctx: DemoContext,
  profile: Profile,
  idNumber: string,
  options: { hasMinorChild: boolean; status?: ClaimStatus },
): ClaimFileDraft {
  const { random, asOf } = ctx;
  const benefit =
    options.status === 'in_committee'
      ? 'general_disability'
      : random.weighted(benefitWeights(profile, options.hasMinorChild));
  const medical = MEDICAL.has(benefit);
  const target = options.status ?? random.weighted(STATUS_WEIGHTS);
  const path = pathTo(random, target === 'in_committee' && !medical ? 'filed' : target, medical);
  const days = stepDays(random, path, profile.intake, asOf - 1);
  const clerk = random.pick(ctx.staff.clerks);
  const actor = (status: ClaimStatus) => (status === 'draft' || status === 'ready' ? clerk : profile.lawyerId);

  let previous = '';
  const changes: ChangeDraft[] = path.map((status, i) => {
    let at = stamp(random, days[i]!);
    if (at <= previous) at = new Date(Date.parse(previous) + 60_000).toISOString();
    previous = at;
    return {
      fromStatus: i === 0 ? null : path[i - 1]!,
      toStatus: status,
      at,
      staffId: actor(status),
      reason: i === 0 ? null : statusReason(random, status, path.slice(0, i).includes('decided')),
    };
  });

  const filedAt = path.indexOf('filed');
  const filedDay = filedAt >= 0 ? days[filedAt]! : null;
  const decisions: DecisionDraft[] = [];
  path.forEach((status, i) => {
    if (status !== 'decided') return;
    const received = days[i]!;
    const decided = Math.max(days[i - 1]!, received - random.int(3, 14));
    const result = outcome(random, path[i + 1] === 'appeal', path.slice(0, i).includes('appeal'));
    decisions.push(
      decision(random, { benefit, result, decided, received, filed: filedDay ?? received, lawyerId: profile.lawyerId }),
    );
  });

  const last = decisions[decisions.length - 1];
  const retro = decisions.reduce((sum, d) => sum + (d.retroactiveAgorot ?? 0), 0);
  const status = path[path.length - 1]!;
  const claim: ClaimDraft = {
    officeId: ctx.officeId,
    benefit,
    formNumber: FORMS[benefit] ?? null,
    status,
    outcome: last?.outcome ?? null,
    appealRoute: path.includes('appeal') ? appealRoute(random, medical) : null,
    filedDate: filedDay === null ? null : isoOf(filedDay),
    decidedDate: last ? last.receivedDate : null,
    retroactiveAgorot: retro > 0 ? retro : null,
    summary: random.chance(0.7) ? claimSummary(random, benefit) : null,
    version: changes.length,
    createdAt: changes[0]!.at,
    updatedAt: changes[changes.length - 1]!.at,
    createdBy: clerk,
    updatedBy: changes[changes.length - 1]!.staffId,
  };

  const documents: DocumentDraft[] = [];
  if (filedDay !== null && random.chance(0.15))
    documents.push(makeDocument(ctx, idNumber, 'claim_form', filedDay, clerk));
  if (medical && random.chance(0.1)) documents.push(makeDocument(ctx, idNumber, 'medical_record', days[0]!, clerk));
  path.forEach((s, i) => {
    if (s === 'decided' && random.chance(0.25))
      documents.push(makeDocument(ctx, idNumber, 'decision_letter', days[i]!, clerk));
  });

  const since = days[days.length - 1]!;
  const task = taskFor(status, benefit);
  const tasks =
    task && random.chance(0.4)
      ? [
          makeTask(ctx, task, since, taskDue(random, status, since, asOf), {
            author: profile.lawyerId,
            assignee: task.kind === 'call' || task.kind === 'document_request' ? clerk : profile.lawyerId,
          }),
        ]
      : [];
  const notes = random.chance(0.3)
    ? [
        makeNote(
          ctx,
          claimNote(random, benefit),
          between(random, days[0]!, asOf - 1),
          random.pick([clerk, profile.lawyerId]),
        ),
      ]
    : [];
  const committees = makeCommittees({
    key: `${idNumber}:${changes[0]!.at}`,
    benefit,
    path,
    days,
    asOf,
    lawyerId: profile.lawyerId,
  });
  return { claim, changes, decisions, documents, tasks, notes, committees };
}

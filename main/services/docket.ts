// The docket: every running deadline the rules know for a client, kept as tasks so that it reaches
// the calendar, the dashboard, the file header and the claim page.
//
// syncClientDeadlines(ctx, clientId) recomputes the client's deadlines and upserts them by a
// stable source key, inside the caller's transaction (better-sqlite3: one connection, so the caller's
// db.transaction wraps these writes):
// - creates a deadline that is new (only while it still runs: one already past is not docketed late);
// - moves the due date (and title) when its source changed — a date the user moved stays while the
//   source gives the same date as before;
// - deletes an open deadline whose source is gone (decision replaced, event deleted, claim filed);
// - never reopens, moves or deletes one the user closed (done or not needed, with the reason).
// Sources come in families, the key's first part: 'decision' (appeal routes of each claim's latest
// decision, per benefit: main/services/appeal-deadlines.ts), 'event' and 'family' (claim periods
// from life events and births: the rights scan's fromEvents), and 'committee' (what a medical
// committee's outcome opens: main/services/committee-deadlines.ts).
import { isoToDisplay } from '../../shared/dates';
import type { taskKinds } from '../../shared/domain/enums';
import { dueDate as periodDue, deadlinePeriods, type DeadlineKind } from '../../shared/rules/calculators/deadline';
import { fromEvents } from '../../shared/rules/scan/deadlines';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import type { Db } from '../../db/open';
import {
  clientsWithSources,
  decidedAfterAppeal,
  docketClient,
  docketedTasks,
  eventsOf,
  familyOf,
  latestDecision,
  liveClaimsOf,
} from '../../db/repositories/docket';
import { findClaim } from '../../db/repositories/claims';
import { listCommittees } from '../../db/repositories/committees';
import { findOffice, setDeadlineReminderDays } from '../../db/repositories/offices';
import { findStaff } from '../../db/repositories/staff';
import { deleteTask, insertTask, updateTask } from '../../db/repositories/tasks';
import { appealDeadlines } from './appeal-deadlines';
import { committeeDeadlines } from './committee-deadlines';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

export interface DocketSource {
  /** `${family}:${id}:${kind}` — stable while the source lives. */
  key: string;
  kind: (typeof taskKinds)[number];
  binding: boolean;
  title: string;
  rule: string;
  dueDate: string;
  claimId: number | null;
  /** Who should own it; the client's last handler when null. */
  owner: number | null;
}

export interface DocketContext {
  db: Db;
  officeId: number;
  /** Israel's date: a new deadline is docketed only while it still runs on this day. */
  today: string;
  /** The write's timestamp. */
  stamp: string;
  /** Who the writes are by (null: the demo generator). */
  staffId: number | null;
  record?: (action: 'create' | 'update' | 'delete', taskId: number, details: Record<string, unknown>) => void;
}

type Families = Record<string, DocketSource[]>;

/** The docket of a service call: its clock, its office, its audit trail. */
export function docketOf(call: Call, today: string): DocketContext {
  return {
    db: call.store.db,
    officeId: call.session.officeId,
    today,
    stamp: call.now().toISOString(),
    staffId: call.session.staffId,
    record: (action, entityId, details) =>
      audit(call, { action, entity: 'task', entityId, details: { ...details, docket: true } }),
  };
}

/** The staff member a claim's deadlines go to: its handler, else whoever opened it — if still active here. */
export function claimOwner(
  db: Db,
  officeId: number,
  claim: { handlerId: number | null; createdBy: number },
): number | null {
  const member = findStaff(db, claim.handlerId ?? claim.createdBy);
  return member?.active && member.officeId === officeId ? member.id : null;
}

function decisionSources(ctx: DocketContext, claims: ReturnType<typeof liveClaimsOf>): DocketSource[] {
  return claims.flatMap((claim) => {
    if (claim.status === 'closed') return [];
    const decision = latestDecision(ctx.db, claim.id);
    if (!decision) return [];
    // A decision recorded while a ערר was under way ends it: it goes on to court, not to another ערר.
    const endsMedicalAppeal = claim.appealRoute === 'medical_appeal' && decidedAfterAppeal(ctx.db, claim.id);
    const owner = claimOwner(ctx.db, ctx.officeId, claim);
    return appealDeadlines({ benefit: claim.benefit, ...decision }, endsMedicalAppeal).map((d) => ({
      key: `decision:${decision.id}:${d.route}`,
      kind: 'appeal' as const,
      binding: true,
      title: d.title,
      rule: d.rule,
      dueDate: d.dueDate,
      claimId: claim.id,
      owner,
    }));
  });
}

function periodTitle(kind: DeadlineKind, from: string, due: ReturnType<typeof periodDue>): string {
  const { what } = deadlinePeriods[kind];
  const length = due.period.months ? `${due.period.months} חודשים` : `${due.period.days} ימים`;
  const [head, ...rest] = what.split(',');
  const moved =
    due.movedOver.length > 0
      ? `; הוזז מ־${isoToDisplay(due.rawDueDate)} (${due.movedOver.map((d) => d.name).join(', ')})`
      : '';
  return `${head} — ${length} ${rest.join(',').trim()} ${isoToDisplay(from)}${moved}`;
}

function eventSources(
  ctx: DocketContext,
  clientId: number,
  client: NonNullable<ReturnType<typeof docketClient>>,
  claims: ReturnType<typeof liveClaimsOf>,
): DocketSource[] {
  const facts: ClientFacts = {
    birthDate: client.birthDate,
    sex: client.sex,
    maritalStatus: client.maritalStatus,
    residency: null,
    isHousewife: false,
    family: familyOf(ctx.db, clientId).map((f) => ({ ...f, monthlyIncome: null })),
    employment: [],
    incomes: [],
    medical: [],
    events: eventsOf(ctx.db, clientId),
    claims: claims.map((c) => ({ ...c, receivedDate: null })),
  };
  return fromEvents(facts)
    .filter((start) => start.from <= ctx.today)
    .map((start) => {
      const due = periodDue(start.kind, start.from);
      return {
        key: `${start.about.record}:${start.about.id}:${start.kind}`,
        kind: 'deadline' as const,
        binding: true,
        title: periodTitle(start.kind, start.from, due),
        rule: due.period.source,
        dueDate: due.date,
        claimId: null,
        owner: null,
      };
    });
}

/** The client's last handler: the handler of their newest live claim, else whoever opened the file. */
function clientOwner(
  ctx: DocketContext,
  client: { createdBy: number },
  claims: ReturnType<typeof liveClaimsOf>,
): number | null {
  for (const claim of claims) {
    const owner = claimOwner(ctx.db, ctx.officeId, claim);
    if (owner !== null) return owner;
  }
  const member = findStaff(ctx.db, client.createdBy);
  return member?.active && member.officeId === ctx.officeId ? member.id : ctx.staffId;
}

const familyOfKey = (key: string) => key.slice(0, key.indexOf(':'));

export interface SyncResult {
  created: number;
  moved: number;
  removed: number;
}

/** Every deadline the client's live committees open, owned by their claim's handler. */
function committeeSources(ctx: DocketContext, clientId: number): DocketSource[] {
  return listCommittees(ctx.db, ctx.officeId, { clientId, limit: 2000 }).flatMap((committee) => {
    const claim = committee.claimId === null ? undefined : findClaim(ctx.db, ctx.officeId, committee.claimId);
    const owner = claim ? claimOwner(ctx.db, ctx.officeId, claim) : null;
    return committeeDeadlines(committee).map((deadline) => ({
      key: deadline.sourceKey,
      kind: 'appeal' as const,
      binding: true,
      title: deadline.title,
      rule: deadline.rule,
      dueDate: deadline.dueDate,
      claimId: committee.claimId,
      owner,
    }));
  });
}

/**
 * One ערר per claim: when the claim's medical committee has its outcome recorded, the committee's
 * ערר (counted from the protocol's receipt) is the one to docket, and the decision's medical-appeal
 * route gives way — both are the same appeal against the same committee.
 */
function withoutSecondMedicalAppeal(decisions: DocketSource[], committees: DocketSource[]): DocketSource[] {
  const appealed = new Set(committees.filter((c) => c.key.endsWith(':medical_appeal')).map((c) => c.claimId));
  return decisions.filter((d) => !(d.key.endsWith(':medical_appeal') && appealed.has(d.claimId)));
}

/** Recomputes the client's running deadlines and reconciles their tasks (see the top of this module). */
export function syncClientDeadlines(ctx: DocketContext, clientId: number): SyncResult {
  const result: SyncResult = { created: 0, moved: 0, removed: 0 };
  const client = docketClient(ctx.db, ctx.officeId, clientId);
  if (!client) return result;
  const claims = liveClaimsOf(ctx.db, ctx.officeId, clientId);
  const committees = committeeSources(ctx, clientId);
  const families: Families = {
    decision: withoutSecondMedicalAppeal(decisionSources(ctx, claims), committees),
    event: [],
    family: [],
    committee: committees,
  };
  for (const source of eventSources(ctx, clientId, client, claims)) families[familyOfKey(source.key)]!.push(source);
  const sources = new Map(Object.values(families).flatMap((list) => list.map((s) => [s.key, s] as const)));
  const existing = new Map(docketedTasks(ctx.db, ctx.officeId, clientId).map((row) => [row.sourceKey!, row]));
  const fallbackOwner = clientOwner(ctx, client, claims);

  for (const [key, row] of existing) {
    if (row.doneAt !== null || sources.has(key)) continue;
    if (deleteTask(ctx.db, row.id, row.version)) {
      result.removed += 1;
      ctx.record?.('delete', row.id, { clientId, sourceKey: key, reason: 'source gone' });
    }
  }
  for (const source of sources.values()) {
    const row = existing.get(source.key);
    if (!row) {
      if (source.dueDate < ctx.today) continue;
      const task = insertTask(ctx.db, {
        officeId: ctx.officeId,
        insuredPersonId: clientId,
        claimId: source.claimId,
        kind: source.kind,
        title: source.title,
        dueDate: source.dueDate,
        computedDue: source.dueDate,
        binding: source.binding,
        sourceKey: source.key,
        rule: source.rule,
        assignedTo: source.owner ?? fallbackOwner,
        createdAt: ctx.stamp,
        updatedAt: ctx.stamp,
        createdBy: ctx.staffId,
      });
      result.created += 1;
      ctx.record?.('create', task.id, {
        clientId,
        claimId: source.claimId,
        sourceKey: source.key,
        dueDate: source.dueDate,
      });
    } else if (
      row.doneAt === null &&
      (row.computedDue !== source.dueDate || row.title !== source.title || row.rule !== source.rule)
    ) {
      const moved = row.computedDue !== source.dueDate;
      const changes = {
        title: source.title,
        rule: source.rule,
        computedDue: source.dueDate,
        updatedAt: ctx.stamp,
        ...(moved ? { dueDate: source.dueDate } : {}),
      };
      if (updateTask(ctx.db, row.id, row.version, changes) && moved) {
        result.moved += 1;
        ctx.record?.('update', row.id, { clientId, sourceKey: source.key, from: row.dueDate, to: source.dueDate });
      }
    }
  }
  return result;
}

/**
 * Dockets a whole office as of `today` — the demo generator's last step, so that the demo's deadlines
 * come from this module and not from rows made by hand. Written by nobody (no staff member acted).
 */
export function docketOffice(db: Db, officeId: number, today: string, stamp: string): SyncResult {
  const ctx: DocketContext = { db, officeId, today, stamp, staffId: null };
  const total: SyncResult = { created: 0, moved: 0, removed: 0 };
  db.transaction(() => {
    for (const clientId of clientsWithSources(db, officeId)) {
      const one = syncClientDeadlines(ctx, clientId);
      total.created += one.created;
      total.moved += one.moved;
      total.removed += one.removed;
    }
  });
  return total;
}

export const docketHandlers: Handlers<'docket.settings' | 'docket.setReminderDays'> = {
  'docket.settings': (call) => ({
    reminderDays: findOffice(call.store.db, call.session.officeId)?.deadlineReminderDays ?? [],
  }),
  'docket.setReminderDays': (call, input) =>
    call.store.db.transaction(() => {
      setDeadlineReminderDays(call.store.db, call.session.officeId, input.reminderDays, call.now().toISOString());
      audit(call, {
        action: 'update',
        entity: 'office',
        entityId: call.session.officeId,
        details: { deadlineReminderDays: input.reminderDays },
      });
      return { reminderDays: input.reminderDays };
    }),
};

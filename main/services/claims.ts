// Claims: open, edit, move through the workflow with who/when/why, record decisions (opening their
// appeal deadlines on the docket), list and board them by status, delete softly.
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { todayInIsrael } from '../../shared/dates';
import { claimStatuses, claimTransitions } from '../../shared/domain/enums';
import { fromHundredths, toHundredths } from '../../shared/money';
import type { Claim, ClaimCounts, ClaimListRow, ClaimStatus, Decision } from '../../shared/schemas/claims';
import {
  clientLabels,
  countClaimsByStatus,
  decisionsOf,
  findClaim,
  insertClaim,
  insertDecision,
  listClaims,
  recordStatusChange,
  softDeleteClaim,
  statusHistory,
  statusSince,
  updateClaim,
  type ClaimFilter,
  type ClaimRow,
  type DecisionRow,
} from '../../db/repositories/claims';
import { committeeDates, listCommittees } from '../../db/repositories/committees';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import { reassignClaimDeadlines } from '../../db/repositories/docket';
import { findStaff, staffNames } from '../../db/repositories/staff';
import { insertTask, type TaskRow } from '../../db/repositories/tasks';
import { benefitLabel, taskTitle } from '../../shared/locales/messages';
import { claimAppealValue } from './claim-appeal';
import { factsOf } from './client-facts';
import { fileHandlers, settled } from './clients/file';
import { toCommittee } from './committees';
import { audit, type Call } from './context';
import { claimOwner, docketOf, syncClientDeadlines } from './docket';
import type { Handlers } from './handler';

const money = (agorot: number | null) => (agorot === null ? null : fromHundredths(agorot));
const agorot = (text: string | null) => (text === null ? null : toHundredths(text));

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    version: row.version,
    clientId: row.insuredPersonId,
    benefit: row.benefit,
    formNumber: row.formNumber,
    niiClaimNumber: row.niiClaimNumber,
    summary: row.summary,
    illnessDescription: row.illnessDescription,
    workStoppedDate: row.workStoppedDate,
    handlerId: row.handlerId ?? row.createdBy,
    status: row.status,
    outcome: row.outcome,
    appealRoute: row.appealRoute,
    filedDate: row.filedDate,
    decidedDate: row.decidedDate,
    retroactive: money(row.retroactiveAgorot),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    claimId: row.claimId,
    decidedDate: row.decidedDate,
    receivedDate: row.receivedDate,
    outcome: row.outcome,
    percent: row.percent,
    monthlyAmount: money(row.monthlyAmountAgorot),
    lumpSum: money(row.lumpSumAgorot),
    retroactive: money(row.retroactiveAgorot),
    retroactiveFrom: row.retroactiveFrom,
    notes: row.notes,
  };
}

export function claimOf(call: Call, id: number, version?: number): ClaimRow {
  const row = findClaim(call.store.db, call.session.officeId, id);
  if (!row) throw new AppError('not_found', 'claimNotFound');
  if (version !== undefined && row.version !== version) throw new AppError('conflict', 'staleVersion');
  return row;
}

function create(call: Call, input: ParsedInputOf<'claims.create'>): OutputOf<'claims.create'> {
  const { db } = call.store;
  return db.transaction(() => {
    if (!findInsuredPerson(db, call.session.officeId, input.clientId))
      throw new AppError('not_found', 'clientNotFound', 'clientId');
    const stamp = call.now().toISOString();
    const { staffId, officeId } = call.session;
    const row = insertClaim(db, {
      officeId,
      insuredPersonId: input.clientId,
      benefit: input.benefit,
      formNumber: input.formNumber,
      niiClaimNumber: input.niiClaimNumber,
      summary: input.summary,
      illnessDescription: input.illnessDescription,
      workStoppedDate: input.workStoppedDate,
      handlerId: staffId,
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: staffId,
      updatedBy: staffId,
    });
    recordStatusChange(db, { claimId: row.id, fromStatus: null, toStatus: 'draft', at: stamp, staffId, reason: null });
    audit(call, {
      action: 'create',
      entity: 'claim',
      entityId: row.id,
      details: { clientId: input.clientId, benefit: input.benefit },
    });
    syncDeadlines(call, row.insuredPersonId);
    return toClaim(row);
  });
}

function update(call: Call, input: ParsedInputOf<'claims.update'>): OutputOf<'claims.update'> {
  const { db } = call.store;
  return db.transaction(() => {
    claimOf(call, input.id, input.version);
    const row = updateClaim(db, input.id, input.version, {
      benefit: input.benefit,
      formNumber: input.formNumber,
      niiClaimNumber: input.niiClaimNumber,
      summary: input.summary,
      illnessDescription: input.illnessDescription,
      workStoppedDate: input.workStoppedDate,
      updatedAt: call.now().toISOString(),
      updatedBy: call.session.staffId,
    });
    if (!row) throw new AppError('conflict', 'staleVersion');
    audit(call, { action: 'update', entity: 'claim', entityId: row.id });
    syncDeadlines(call, row.insuredPersonId);
    return toClaim(row);
  });
}

/** The claim's deadlines, as the rules see them after this write (main/services/docket.ts). */
export function syncDeadlines(call: Call, clientId: number): void {
  syncClientDeadlines(docketOf(call, todayInIsrael(call.now())), clientId);
}

/** A new handler takes over the claim and its open deadlines that were the old handler's. */
function setHandler(call: Call, input: ParsedInputOf<'claims.setHandler'>): OutputOf<'claims.setHandler'> {
  const { db } = call.store;
  return db.transaction(() => {
    const before = claimOf(call, input.id, input.version);
    const member = findStaff(db, input.handlerId);
    if (!member || member.officeId !== call.session.officeId || !member.active)
      throw new AppError('not_found', 'staffNotFound', 'handlerId');
    const stamp = call.now().toISOString();
    const row = updateClaim(db, input.id, input.version, {
      handlerId: member.id,
      updatedAt: stamp,
      updatedBy: call.session.staffId,
    });
    if (!row) throw new AppError('conflict', 'staleVersion');
    const previous = before.handlerId ?? before.createdBy;
    const moved = reassignClaimDeadlines(db, row.id, previous, member.id, stamp);
    audit(call, {
      action: 'update',
      entity: 'claim',
      entityId: row.id,
      details: { handlerId: { from: previous, to: member.id }, deadlinesReassigned: moved },
    });
    return toClaim(row);
  });
}

/** Moves a claim along the workflow; only the transitions in claimTransitions are allowed. */
export function moveTo(
  call: Call,
  before: ClaimRow,
  to: ClaimStatus,
  extra: {
    reason: string | null;
    date: string | null;
    outcome?: ClaimRow['outcome'];
    appealRoute?: ClaimRow['appealRoute'];
  },
): ClaimRow {
  if (!claimTransitions[before.status].includes(to)) throw new AppError('conflict', 'badTransition', 'to');
  const { db } = call.store;
  const stamp = call.now().toISOString();
  const day = extra.date ?? todayInIsrael(call.now());
  const row = updateClaim(db, before.id, before.version, {
    status: to,
    updatedAt: stamp,
    updatedBy: call.session.staffId,
    ...(to === 'filed' ? { filedDate: day } : {}),
    ...(to === 'decided' ? { decidedDate: day, outcome: extra.outcome ?? before.outcome } : {}),
    ...(to === 'appeal' ? { appealRoute: extra.appealRoute ?? before.appealRoute } : {}),
  });
  if (!row) throw new AppError('conflict', 'staleVersion');
  recordStatusChange(db, {
    claimId: row.id,
    fromStatus: before.status,
    toStatus: to,
    at: stamp,
    staffId: call.session.staffId,
    reason: extra.reason,
  });
  audit(call, { action: 'transition', entity: 'claim', entityId: row.id, details: { from: before.status, to } });
  return row;
}

function transition(call: Call, input: ParsedInputOf<'claims.transition'>): OutputOf<'claims.transition'> {
  return call.store.db.transaction(() => {
    const row = moveTo(call, claimOf(call, input.id, input.version), input.to, input);
    if (input.to === 'in_committee' && input.committeeDate) openCommitteeTask(call, row, input.committeeDate);
    syncDeadlines(call, row.insuredPersonId);
    return toClaim(row);
  });
}

/** The committee's sitting, as a task on its day for the claim's handler: it shows in the calendar. */
export function openCommitteeTask(call: Call, claim: ClaimRow, day: string): TaskRow {
  const stamp = call.now().toISOString();
  const task = insertTask(call.store.db, {
    officeId: call.session.officeId,
    insuredPersonId: claim.insuredPersonId,
    claimId: claim.id,
    kind: 'committee',
    title: taskTitle('committee', { benefit: benefitLabel(claim.benefit) }),
    dueDate: day,
    assignedTo: handlerOf(call, claim),
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: call.session.staffId,
  });
  audit(call, { action: 'create', entity: 'task', entityId: task.id, details: { claimId: claim.id, dueDate: day } });
  return task;
}

/** The staff member the claim's tasks go to: its handler while active here, else the one acting. */
function handlerOf(call: Call, claim: ClaimRow): number {
  return claimOwner(call.store.db, call.session.officeId, claim) ?? call.session.staffId;
}

/**
 * Records a decision; a claim still waiting for one (filed, in committee, on appeal) moves to decided,
 * and the appeal deadlines the decision opens become tasks. Runs inside the caller's transaction (the
 * decision form's, or a confirmed letter's).
 */
export function recordDecision(
  call: Call,
  input: ParsedInputOf<'claims.decide'>,
): { claim: ClaimRow; decision: DecisionRow } {
  const { db } = call.store;
  let claim = claimOf(call, input.claimId);
  const decision = insertDecision(db, {
    claimId: claim.id,
    decidedDate: input.decidedDate,
    receivedDate: input.receivedDate,
    outcome: input.outcome,
    percent: input.percent,
    monthlyAmountAgorot: agorot(input.monthlyAmount),
    lumpSumAgorot: agorot(input.lumpSum),
    retroactiveAgorot: agorot(input.retroactive),
    retroactiveFrom: input.retroactiveFrom,
    notes: input.notes,
    createdAt: call.now().toISOString(),
    updatedAt: call.now().toISOString(),
    createdBy: call.session.staffId,
  });
  if (claimTransitions[claim.status].includes('decided')) {
    claim = moveTo(call, claim, 'decided', { reason: null, date: input.decidedDate, outcome: input.outcome });
  }
  const row = updateClaim(db, claim.id, claim.version, {
    outcome: input.outcome,
    decidedDate: input.decidedDate,
    retroactiveAgorot: decision.retroactiveAgorot,
  });
  if (!row) throw new AppError('conflict', 'staleVersion');
  audit(call, {
    action: 'decide',
    entity: 'claim',
    entityId: claim.id,
    details: { outcome: input.outcome, decisionId: decision.id },
  });
  syncDeadlines(call, row.insuredPersonId);
  return { claim: row, decision };
}

function decide(call: Call, input: ParsedInputOf<'claims.decide'>): OutputOf<'claims.decide'> {
  return call.store.db.transaction(() => {
    const { claim, decision } = recordDecision(call, input);
    return { claim: toClaim(claim), decision: toDecision(decision) };
  });
}

/** Claims with their client, handler and the time they entered their status. */
function toListRows(call: Call, rows: ClaimRow[]): ClaimListRow[] {
  const { db } = call.store;
  const clients = clientLabels(db, [...new Set(rows.map((r) => r.insuredPersonId))]);
  const handlers = staffNames(db, [...new Set(rows.map((r) => r.handlerId ?? r.createdBy))]);
  const since = statusSince(
    db,
    rows.map((r) => r.id),
  );
  const committees = committeeDates(
    db,
    rows.map((r) => r.id),
    todayInIsrael(call.now()),
  );
  return rows.map((row) => ({
    ...toClaim(row),
    clientName: clients.get(row.insuredPersonId)?.name ?? '',
    clientIdNumber: clients.get(row.insuredPersonId)?.idNumber ?? '',
    staffId: row.handlerId ?? row.createdBy,
    staffName: handlers.get(row.handlerId ?? row.createdBy) ?? '',
    statusSince: since.get(row.id) ?? row.createdAt,
    committeeDate: committees.get(row.id) ?? null,
  }));
}

function countsOf(call: Call, filter: ClaimFilter): ClaimCounts {
  const counted = countClaimsByStatus(call.store.db, call.session.officeId, filter);
  return Object.fromEntries(claimStatuses.map((status) => [status, counted.get(status) ?? 0])) as ClaimCounts;
}

function get(call: Call, input: ParsedInputOf<'claims.get'>): OutputOf<'claims.get'> {
  const row = claimOf(call, input.id);
  return {
    ...toListRows(call, [row])[0]!,
    history: statusHistory(call.store.db, row.id),
    decisions: decisionsOf(call.store.db, row.id).map(toDecision),
  };
}

/** The appeal's estimate from the claim's committee outcome or decision and the client's file (reads medical data). */
function appealValue(call: Call, input: ParsedInputOf<'claims.appealValue'>): OutputOf<'claims.appealValue'> {
  const claim = claimOf(call, input.id);
  const { db } = call.store;
  const committees = listCommittees(db, call.session.officeId, { claimId: claim.id, limit: 500 }).map(toCommittee);
  const file = settled(fileHandlers['clients.file'](call, { id: claim.insuredPersonId, withClaimHistory: false }));
  return claimAppealValue({
    claim,
    committees,
    decisions: decisionsOf(db, claim.id).map(toDecision),
    file,
    facts: factsOf(file),
    date: input.date ?? todayInIsrael(call.now()),
  });
}

function list(call: Call, input: ParsedInputOf<'claims.list'>): OutputOf<'claims.list'> {
  return listClaims(call.store.db, call.session.officeId, input).map(toClaim);
}

function page(call: Call, input: ParsedInputOf<'claims.page'>): OutputOf<'claims.page'> {
  const counts = countsOf(call, input);
  const total =
    input.status === undefined ? claimStatuses.reduce((sum, status) => sum + counts[status], 0) : counts[input.status];
  return { rows: toListRows(call, listClaims(call.store.db, call.session.officeId, input)), total, counts };
}

/** Each column longest-waiting first: the claims that have sat longest in their status lead. */
function board(call: Call, input: ParsedInputOf<'claims.board'>): OutputOf<'claims.board'> {
  const counts = countsOf(call, input);
  return {
    columns: claimStatuses.map((status) => ({
      status,
      total: counts[status],
      cards: toListRows(
        call,
        listClaims(call.store.db, call.session.officeId, {
          ...input,
          status,
          limit: input.perColumn,
          offset: 0,
          sort: 'statusSince',
          direction: 'asc',
        }),
      ),
    })),
  };
}

function remove(call: Call, input: ParsedInputOf<'claims.delete'>): OutputOf<'claims.delete'> {
  return call.store.db.transaction(() => {
    const claim = claimOf(call, input.id, input.version);
    if (!softDeleteClaim(call.store.db, input.id, input.version, call.session.staffId, call.now().toISOString()))
      throw new AppError('conflict', 'staleVersion');
    audit(call, { action: 'delete', entity: 'claim', entityId: input.id });
    syncDeadlines(call, claim.insuredPersonId);
    return null;
  });
}

export const claimHandlers: Handlers<
  | 'claims.create'
  | 'claims.update'
  | 'claims.setHandler'
  | 'claims.transition'
  | 'claims.decide'
  | 'claims.get'
  | 'claims.list'
  | 'claims.page'
  | 'claims.board'
  | 'claims.delete'
  | 'claims.appealValue'
> = {
  'claims.create': create,
  'claims.update': update,
  'claims.setHandler': setHandler,
  'claims.transition': transition,
  'claims.decide': decide,
  'claims.get': get,
  'claims.list': list,
  'claims.page': page,
  'claims.board': board,
  'claims.delete': remove,
  'claims.appealValue': appealValue,
};

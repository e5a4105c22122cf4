// Undoing a confirmed letter: everything confirming did is reversed in one transaction — the tasks it
// opened, the committee (removed, or put back as it stood), the determination, the decision, the claim's
// status (moved back, with the move in its history) — the document is un-filed and the item waits in
// the inbox again; the docket then drops the deadlines whose source is gone. Only while nothing later
// builds on it: otherwise it refuses, naming what blocks it, and changes nothing.
import { AppError } from '../../../shared/api/result';
import { inboxText } from '../../../shared/locales/messages';
import {
  deleteDecision,
  findClaim,
  findDecision,
  recordStatusChange,
  updateClaim,
} from '../../../db/repositories/claims';
import { committeeRecords } from '../../../db/repositories/committees';
import { findDocument, softDeleteDocument } from '../../../db/repositories/documents';
import {
  filedWithActions,
  laterFiledOnClaim,
  setInboxActions,
  unfileInboxItem,
  type InboxItemRow,
} from '../../../db/repositories/inbox';
import { findPayment, softDeletePayment } from '../../../db/repositories/payments';
import { deleteTask, findTask } from '../../../db/repositories/tasks';
import { refreshClaim } from '../../payments/check';
import { syncDeadlines } from '../claims';
import { determinationVersion, restoreDetermination } from '../committee-determination';
import { audit, type Call } from '../context';
import { emptyDone, type Done, type Touched } from './done';

function stale(): never {
  throw new AppError('conflict', 'staleVersion');
}

/** What a later step built on what confirming did, as Hebrew reasons; empty when it can be undone. */
function blockers(call: Call, item: InboxItemRow, { undo }: Done): string[] {
  const { db } = call.store;
  const { officeId } = call.session;
  const reasons: string[] = [];
  const later = laterFiledOnClaim(db, item);
  if (later) reasons.push(inboxText('undoLaterLetter', { name: later.originalName }));
  if (undo.claim && findClaim(db, officeId, undo.claim.id)?.version !== undo.claim.version)
    reasons.push(inboxText('undoClaimChanged'));
  if (undo.decision && findDecision(db, undo.decision.claimId, undo.decision.id)?.version !== undo.decision.version)
    reasons.push(inboxText('undoDecisionChanged'));
  if (undo.committee && committeeRecords.find(db, officeId, undo.committee.id)?.version !== undo.committee.version)
    reasons.push(inboxText('undoCommitteeChanged'));
  if (undo.determination && determinationVersion(call, undo.determination.id) !== undo.determination.version)
    reasons.push(inboxText('undoDeterminationChanged'));
  // A task it opened must stand as it was made; a deadline the docket opened, only not be closed (the docket itself retitles it).
  const check = (touched: Touched, strict: boolean) => {
    const task = findTask(db, officeId, touched.id);
    if (!task) return;
    if (task.doneAt !== null) reasons.push(inboxText('undoTaskClosed', { title: task.title }));
    else if (strict && task.version !== touched.version)
      reasons.push(inboxText('undoTaskChanged', { title: task.title }));
  };
  undo.tasks.forEach((task) => check(task, true));
  undo.deadlines.forEach((task) => check(task, false));
  for (const touched of undo.payments ?? []) {
    const payment = findPayment(db, officeId, touched.id);
    if (payment && payment.version !== touched.version) reasons.push(inboxText('undoPaymentChanged'));
  }
  return reasons;
}

/** A record put back as it stood: it is at a new version now, with the content it had at `from`. */
interface PutBack {
  record: 'claim' | 'committee' | 'determination';
  id: number;
  from: number;
  to: number;
}

function reverseCommittee(call: Call, { undo }: Done, putBack: PutBack[]): void {
  const { db } = call.store;
  const stamp = call.now().toISOString();
  if (undo.committee) {
    const { id, version, from, before } = undo.committee;
    const restored = before
      ? committeeRecords.update(db, id, version, { ...before, updatedAt: stamp })
      : committeeRecords.remove(db, id, version, stamp);
    if (!restored) stale();
    if (typeof restored === 'object' && from !== undefined)
      putBack.push({ record: 'committee', id, from, to: restored.version });
    audit(call, {
      action: before ? 'update' : 'delete',
      entity: 'medical_committee',
      entityId: id,
      details: { undo: true },
    });
  }
  if (undo.determination) {
    const { id, from, before } = undo.determination;
    const to = restoreDetermination(call, undo.determination, before);
    if (to !== null && from !== undefined) putBack.push({ record: 'determination', id, from, to });
  }
}

function reverseClaim(call: Call, item: InboxItemRow, { undo }: Done, putBack: PutBack[]): void {
  const { db } = call.store;
  const stamp = call.now().toISOString();
  if (undo.decision) {
    if (!deleteDecision(db, undo.decision.id, undo.decision.version)) stale();
    audit(call, { action: 'delete', entity: 'claim_decision', entityId: undo.decision.id, details: { undo: true } });
  }
  if (!undo.claim) return;
  const { id, version, from, before } = undo.claim;
  const now = findClaim(db, call.session.officeId, id) ?? stale();
  const restored = updateClaim(db, id, version, { ...before, updatedAt: stamp, updatedBy: call.session.staffId });
  if (!restored) stale();
  if (from !== undefined) putBack.push({ record: 'claim', id, from, to: restored.version });
  if (now.status !== before.status) {
    const reason = inboxText('undoStatusReason', { name: item.originalName });
    recordStatusChange(db, {
      claimId: id,
      fromStatus: now.status,
      toStatus: before.status,
      at: stamp,
      staffId: call.session.staffId,
      reason,
    });
  }
  audit(call, {
    action: 'transition',
    entity: 'claim',
    entityId: id,
    details: { from: now.status, to: before.status, undo: true },
  });
}

/** The payments a payment notice recorded, removed; the claim's payments checked again without them. */
function reversePayments(call: Call, { undo }: Done): void {
  const { db } = call.store;
  const { officeId, staffId } = call.session;
  for (const touched of undo.payments ?? []) {
    const payment = findPayment(db, officeId, touched.id);
    if (!payment) continue;
    if (!softDeletePayment(db, payment.id, payment.version, staffId, call.now().toISOString())) stale();
    audit(call, { action: 'delete', entity: 'payment', entityId: payment.id, details: { undo: true } });
    refreshClaim(call, findClaim(db, officeId, payment.claimId) ?? stale());
  }
}

function unfile(call: Call, item: InboxItemRow): void {
  const { db } = call.store;
  const stamp = call.now().toISOString();
  const document = item.documentId === null ? undefined : findDocument(db, call.session.officeId, item.documentId);
  if (document) {
    if (!softDeleteDocument(db, document.id, document.version, call.session.staffId, stamp)) stale();
    audit(call, { action: 'delete', entity: 'document', entityId: document.id, details: { undo: true } });
  }
  if (!unfileInboxItem(db, item.id, item.version, stamp)) stale();
  audit(call, { action: 'update', entity: 'inbox_item', entityId: item.id, details: { filed: false, undo: true } });
}

/**
 * An earlier letter that left a record at the version this one found it at sees it back as it left it:
 * its record of what it did moves to the record's new version, so it can be undone in its turn.
 */
function rebaseEarlier(call: Call, item: InboxItemRow, putBack: PutBack[]): void {
  if (putBack.length === 0 || item.clientId === null) return;
  const { db } = call.store;
  for (const other of filedWithActions(db, call.session.officeId, item.clientId)) {
    if (other.id === item.id) continue;
    const done = JSON.parse(other.actions!) as Done;
    let moved = false;
    for (const back of putBack) {
      const touched = done.undo[back.record];
      if (touched?.id === back.id && touched.version === back.from) {
        touched.version = back.to;
        moved = true;
      }
    }
    if (moved) setInboxActions(db, other.id, JSON.stringify(done));
  }
}

/** Undoes the confirmed item (runs inside the caller's transaction), or refuses naming what blocks it. */
export function undoConfirm(call: Call, item: InboxItemRow): void {
  const done = item.actions === null ? emptyDone() : (JSON.parse(item.actions) as Done);
  const reasons = blockers(call, item, done);
  if (reasons.length > 0) throw new AppError('conflict', 'undoBlocked', undefined, { reasons: reasons.join('; ') });
  const { db } = call.store;
  for (const touched of done.undo.tasks) {
    const task = findTask(db, call.session.officeId, touched.id);
    if (!task) continue;
    if (!deleteTask(db, task.id, task.version)) stale();
    audit(call, { action: 'delete', entity: 'task', entityId: task.id, details: { undo: true } });
  }
  const putBack: PutBack[] = [];
  reverseCommittee(call, done, putBack);
  reverseClaim(call, item, done, putBack);
  reversePayments(call, done);
  rebaseEarlier(call, item, putBack);
  unfile(call, item);
  if (item.clientId !== null) syncDeadlines(call, item.clientId);
}

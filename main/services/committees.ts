// Medical committees: list (by client, claim or days — a medical read, logged), create and update in
// one transaction with the determination their outcome is kept as and the deadlines it opens on the
// docket, delete softly (lawyers only).
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { todayInIsrael } from '../../shared/dates';
import type { Committee, CommitteeFields } from '../../shared/schemas/committees';
import { findClaim } from '../../db/repositories/claims';
import {
  committeeRecords,
  linkDetermination,
  listCommittees,
  type CommitteeRow,
} from '../../db/repositories/committees';
import { findDocument } from '../../db/repositories/documents';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import { keepOutcome } from './committee-determination';
import { audit, type Call } from './context';
import { docketOf, syncClientDeadlines } from './docket';
import type { Handlers } from './handler';

export function toCommittee(row: CommitteeRow): Committee {
  return {
    id: row.id,
    version: row.version,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    committeeType: row.committeeType,
    committeeDate: row.committeeDate,
    committeeTime: row.committeeTime,
    branch: row.branch,
    serviceCentre: row.serviceCentre,
    specialties: row.specialties,
    checklist: row.checklist,
    clientRemindedDate: row.clientRemindedDate,
    // Outcomes recorded before the claimed percent was asked for lack it: not disputed.
    outcome: row.outcome.map((item) => ({ ...item, claimedPercent: item.claimedPercent ?? null })),
    weightedPercent: row.weightedPercent,
    protocolDocumentId: row.protocolDocumentId,
    protocolReceivedDate: row.protocolReceivedDate,
    notes: row.notes,
    determinationId: row.determinationId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function columnsOf(input: CommitteeFields) {
  return {
    claimId: input.claimId,
    committeeType: input.committeeType,
    committeeDate: input.committeeDate,
    committeeTime: input.committeeTime,
    branch: input.branch,
    serviceCentre: input.serviceCentre,
    specialties: input.specialties,
    checklist: input.checklist,
    clientRemindedDate: input.clientRemindedDate,
    outcome: input.outcome,
    weightedPercent: input.weightedPercent,
    protocolDocumentId: input.protocolDocumentId,
    protocolReceivedDate: input.protocolReceivedDate,
    notes: input.notes,
  };
}

/** The claim and the documents a committee names are the client's own. */
function checkLinks(call: Call, clientId: number, input: CommitteeFields): void {
  const { db } = call.store;
  const { officeId } = call.session;
  if (input.claimId !== null) {
    const claim = findClaim(db, officeId, input.claimId);
    if (!claim) throw new AppError('not_found', 'claimNotFound', 'claimId');
    if (claim.insuredPersonId !== clientId) throw new AppError('validation', 'claimOfOtherClient', 'claimId');
  }
  const linked: [string, number | null][] = [
    ['protocolDocumentId', input.protocolDocumentId],
    ...input.checklist.map((item, i): [string, number | null] => [`checklist.${i}.documentId`, item.documentId]),
  ];
  for (const [field, id] of linked) {
    if (id === null) continue;
    const document = findDocument(db, officeId, id);
    if (!document) throw new AppError('not_found', 'documentNotFound', field);
    if (document.insuredPersonId !== clientId) throw new AppError('validation', 'documentOfOtherClient', field);
  }
}

function existing(call: Call, id: number, version: number): CommitteeRow {
  const row = committeeRecords.find(call.store.db, call.session.officeId, id) as CommitteeRow | undefined;
  if (!row) throw new AppError('not_found', 'committeeNotFound');
  if (row.version !== version) throw new AppError('conflict', 'staleVersion');
  return row;
}

/** The deadlines the client's committees open, reconciled on the docket. */
function docket(call: Call, clientId: number): void {
  syncClientDeadlines(docketOf(call, todayInIsrael(call.now())), clientId);
}

/** Keeps the outcome as a determination and links it, and dockets what it opens; returns the committee as saved. */
function withOutcome(call: Call, row: CommitteeRow): Committee {
  const determinationId = keepOutcome(call, { ...row, clientId: row.insuredPersonId, committeeId: row.id });
  if (determinationId !== null && determinationId !== row.determinationId)
    linkDetermination(call.store.db, row.id, determinationId);
  docket(call, row.insuredPersonId);
  return toCommittee({ ...row, determinationId });
}

/**
 * Records a committee with the determination its outcome is kept as and the deadlines it opens.
 * Runs inside the caller's transaction (the committee form's, or a confirmed letter's).
 */
export function createCommittee(call: Call, input: ParsedInputOf<'committees.create'>): Committee {
  if (!findInsuredPerson(call.store.db, call.session.officeId, input.clientId))
    throw new AppError('not_found', 'clientNotFound', 'clientId');
  checkLinks(call, input.clientId, input);
  const stamp = call.now().toISOString();
  const row = committeeRecords.insert(call.store.db, {
    ...columnsOf(input),
    insuredPersonId: input.clientId,
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: call.session.staffId,
  }) as CommitteeRow;
  audit(call, {
    action: 'create',
    entity: 'medical_committee',
    entityId: row.id,
    details: { clientId: input.clientId, claimId: input.claimId },
  });
  return withOutcome(call, row);
}

/** Changes a committee as createCommittee records one, inside the caller's transaction. */
export function updateCommittee(call: Call, input: ParsedInputOf<'committees.update'>): Committee {
  const before = existing(call, input.id, input.version);
  checkLinks(call, before.insuredPersonId, input);
  const row = committeeRecords.update(call.store.db, input.id, input.version, {
    ...columnsOf(input),
    updatedAt: call.now().toISOString(),
  }) as CommitteeRow | undefined;
  if (!row) throw new AppError('conflict', 'staleVersion');
  audit(call, {
    action: 'update',
    entity: 'medical_committee',
    entityId: row.id,
    details: { clientId: row.insuredPersonId, fromVersion: input.version },
  });
  return withOutcome(call, row);
}

function create(call: Call, input: ParsedInputOf<'committees.create'>): OutputOf<'committees.create'> {
  return call.store.db.transaction(() => createCommittee(call, input));
}

function update(call: Call, input: ParsedInputOf<'committees.update'>): OutputOf<'committees.update'> {
  return call.store.db.transaction(() => updateCommittee(call, input));
}

function list(call: Call, input: ParsedInputOf<'committees.list'>): OutputOf<'committees.list'> {
  if (input.clientId !== undefined && !findInsuredPerson(call.store.db, call.session.officeId, input.clientId))
    throw new AppError('not_found', 'clientNotFound', 'clientId');
  const rows = listCommittees(call.store.db, call.session.officeId, input);
  audit(call, {
    action: 'read_medical',
    entity: 'medical_committee',
    entityId: null,
    details: { clientId: input.clientId, claimId: input.claimId, from: input.from, to: input.to, rows: rows.length },
  });
  return rows.map((row) => ({ ...toCommittee(row), clientName: row.clientName, benefit: row.benefit }));
}

function remove(call: Call, input: ParsedInputOf<'committees.delete'>): OutputOf<'committees.delete'> {
  return call.store.db.transaction(() => {
    const before = existing(call, input.id, input.version);
    if (!committeeRecords.remove(call.store.db, input.id, input.version, call.now().toISOString()))
      throw new AppError('conflict', 'staleVersion');
    audit(call, {
      action: 'delete',
      entity: 'medical_committee',
      entityId: input.id,
      details: { clientId: before.insuredPersonId },
    });
    docket(call, before.insuredPersonId);
    return null;
  });
}

export const committeeHandlers: Handlers<
  'committees.list' | 'committees.create' | 'committees.update' | 'committees.delete'
> = {
  'committees.list': list,
  'committees.create': create,
  'committees.update': update,
  'committees.delete': remove,
};

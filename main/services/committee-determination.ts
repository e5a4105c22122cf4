// A committee's outcome kept as the client's medical determination, so the rights engine reads it like
// one typed in by hand: one determination per committee (updated when the outcome is corrected), and a
// determination already typed in for that sitting is taken over rather than copied.
import type { committeeKinds, CommitteeType } from '../../shared/domain/enums';
import type { OutcomeItem } from '../../shared/schemas/committees';
import { unlinkedDetermination } from '../../db/repositories/committees';
import { AppError } from '../../shared/api/result';
import { impairmentsOf, replaceImpairments, type Impairment } from '../../db/repositories/impairments';
import { recordRepository } from '../../db/repositories/records';
import { medicalDeterminations } from '../../db/schema';
import { audit, type Call } from './context';

const determinations = recordRepository(medicalDeterminations, 'r.committee_date DESC');

type DeterminationKind = (typeof committeeKinds)[number];

/** The determination kinds are the committee types but for 'special', kept as 'other'. */
function kindOf(type: CommitteeType): DeterminationKind {
  return type === 'special' ? 'other' : type;
}

export interface CommitteeOutcome {
  clientId: number;
  committeeId: number | null;
  committeeType: CommitteeType;
  committeeDate: string;
  // The claimed percent is the office's, not the committee's: the determination does not keep it.
  outcome: Omit<OutcomeItem, 'claimedPercent'>[];
  weightedPercent: number | null;
  determinationId: number | null;
}

/** Whether anything of the outcome is recorded yet. */
export function hasOutcome(committee: { outcome: readonly unknown[]; weightedPercent: number | null }): boolean {
  return committee.outcome.length > 0 || committee.weightedPercent !== null;
}

/**
 * Writes the outcome into the committee's determination (made, taken over or updated) and returns its
 * id; without an outcome, returns the link as it was. Runs inside the committee's transaction.
 */
export function keepOutcome(call: Call, committee: CommitteeOutcome): number | null {
  if (!hasOutcome(committee)) return committee.determinationId;
  const { db } = call.store;
  const kind = kindOf(committee.committeeType);
  const temporary = committee.outcome.filter((item) => item.isTemporary);
  const untils = temporary
    .map((item) => item.until)
    .filter((until): until is string => until !== null)
    .sort();
  const values = {
    committeeKind: kind,
    committeeDate: committee.committeeDate,
    weightedPercent: committee.weightedPercent,
    isPermanent: temporary.length === 0,
    validUntil: temporary.length > 0 ? (untils[0] ?? null) : null,
    updatedAt: call.now().toISOString(),
  };
  const linked =
    committee.determinationId === null
      ? undefined
      : determinations.find(db, call.session.officeId, committee.determinationId);
  const existingId = linked?.id ?? unlinkedDetermination(db, committee.clientId, committee.committeeDate, kind);
  const existing = existingId === undefined ? undefined : determinations.find(db, call.session.officeId, existingId);
  const row = existing
    ? determinations.update(db, existing.id, existing.version, values)!
    : determinations.insert(db, {
        ...values,
        insuredPersonId: committee.clientId,
        createdAt: values.updatedAt,
        createdBy: call.session.staffId,
      });
  replaceImpairments(
    db,
    row.id,
    committee.outcome.map(({ section, description, percent, isTemporary }) => ({
      section,
      description,
      percent,
      isTemporary,
    })),
  );
  audit(call, {
    action: existing ? 'update' : 'create',
    entity: 'medical_determination',
    entityId: row.id,
    details: { clientId: committee.clientId, committeeId: committee.committeeId },
  });
  return row.id;
}

/** A determination as it stood, so that undoing a confirmed protocol can put it back. */
export interface DeterminationSnapshot {
  id: number;
  version: number;
  values: Record<string, unknown>;
  impairments: Impairment[];
}

const restorable = ['committeeKind', 'committeeDate', 'weightedPercent', 'isPermanent', 'validUntil'] as const;

/** The determination a committee's outcome would be kept in, as it stands now; undefined when there is none yet. */
export function determinationBefore(
  call: Call,
  committee: Pick<CommitteeOutcome, 'clientId' | 'committeeType' | 'committeeDate' | 'determinationId'>,
): DeterminationSnapshot | undefined {
  const { db } = call.store;
  const id =
    committee.determinationId ??
    unlinkedDetermination(db, committee.clientId, committee.committeeDate, kindOf(committee.committeeType));
  const row = id === undefined ? undefined : determinations.find(db, call.session.officeId, id);
  if (!row) return undefined;
  return {
    id: row.id,
    version: row.version,
    values: Object.fromEntries(restorable.map((key) => [key, row[key]])),
    impairments: impairmentsOf(db, [row.id]).get(row.id) ?? [],
  };
}

export function determinationVersion(call: Call, id: number): number | null {
  return determinations.find(call.store.db, call.session.officeId, id)?.version ?? null;
}

/**
 * Puts a determination back as it stood (snapshot), or removes one that did not exist before (null);
 * returns the version it is back at (null: removed).
 */
export function restoreDetermination(
  call: Call,
  current: { id: number; version: number },
  before: DeterminationSnapshot | null,
): number | null {
  const { db } = call.store;
  const stamp = call.now().toISOString();
  const restored = before
    ? determinations.update(db, current.id, current.version, { ...before.values, updatedAt: stamp })
    : determinations.remove(db, current.id, current.version, stamp);
  if (!restored) throw new AppError('conflict', 'staleVersion');
  if (before) replaceImpairments(db, current.id, before.impairments);
  audit(call, {
    action: before ? 'update' : 'delete',
    entity: 'medical_determination',
    entityId: current.id,
    details: { undo: true },
  });
  return typeof restored === 'object' ? restored.version : null;
}

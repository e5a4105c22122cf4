// What the docket reads of one client to know their running deadlines, and its own rows: the tasks
// that carry a source key.
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { claimDecisions, claims, familyMembers, insuredPersons, lifeEvents, tasks } from '../schema';
import { prepared } from '../statements';
import { clientsWithCommitteeOutcomes } from './committees';

type TaskRow = typeof tasks.$inferSelect;
const readTask = rowReader(tasks);

/** Every docketed task of the client, open or closed. */
export function docketedTasks(db: Db, officeId: number, clientId: number): TaskRow[] {
  return (
    prepared(
      db,
      'SELECT * FROM task WHERE office_id = ? AND insured_person_id = ? AND source_key IS NOT NULL ORDER BY id',
    ).all(officeId, clientId) as RawRow[]
  ).map(readTask);
}

export interface DocketClient {
  birthDate: string;
  sex: 'male' | 'female';
  maritalStatus: string | null;
  createdBy: number;
}

export function docketClient(db: Db, officeId: number, clientId: number): DocketClient | undefined {
  return db
    .select({
      birthDate: insuredPersons.birthDate,
      sex: insuredPersons.sex,
      maritalStatus: insuredPersons.maritalStatus,
      createdBy: insuredPersons.createdBy,
    })
    .from(insuredPersons)
    .where(
      and(eq(insuredPersons.id, clientId), eq(insuredPersons.officeId, officeId), isNull(insuredPersons.deletedAt)),
    )
    .get();
}

/** The client's live claims, newest first. */
export function liveClaimsOf(db: Db, officeId: number, clientId: number) {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.officeId, officeId), eq(claims.insuredPersonId, clientId), isNull(claims.deletedAt)))
    .orderBy(desc(claims.createdAt), desc(claims.id))
    .all();
}

/** The claim's latest decision: the one whose appeal routes run. */
export function latestDecision(db: Db, claimId: number) {
  return db
    .select()
    .from(claimDecisions)
    .where(eq(claimDecisions.claimId, claimId))
    .orderBy(desc(claimDecisions.decidedDate), desc(claimDecisions.id))
    .get();
}

/** The claim was decided again after it last went on appeal: that decision ends the appeal. */
export function decidedAfterAppeal(db: Db, claimId: number): boolean {
  const row = prepared(
    db,
    `SELECT 1 FROM claim_status_change d WHERE d.claim_id = @claimId AND d.to_status = 'decided'
       AND d.id > (SELECT max(a.id) FROM claim_status_change a WHERE a.claim_id = @claimId AND a.to_status = 'appeal')`,
  ).get({ claimId });
  return row !== undefined;
}

export function eventsOf(db: Db, clientId: number) {
  return db
    .select({
      id: lifeEvents.id,
      kind: lifeEvents.kind,
      eventDate: lifeEvents.eventDate,
      endDate: lifeEvents.endDate,
      days: lifeEvents.days,
    })
    .from(lifeEvents)
    .where(eq(lifeEvents.insuredPersonId, clientId))
    .all();
}

export function familyOf(db: Db, clientId: number) {
  return db
    .select({
      id: familyMembers.id,
      relation: familyMembers.relation,
      birthDate: familyMembers.birthDate,
      isDependant: familyMembers.isDependant,
    })
    .from(familyMembers)
    .where(and(eq(familyMembers.insuredPersonId, clientId), isNull(familyMembers.deletedAt)))
    .all();
}

/** The clients of an office that have anything a deadline can run from (the demo docket walks these). */
export function clientsWithSources(db: Db, officeId: number): number[] {
  const withClaims = db
    .selectDistinct({ id: claims.insuredPersonId })
    .from(claims)
    .where(and(eq(claims.officeId, officeId), isNotNull(claims.decidedDate)))
    .all();
  const withEvents = db
    .selectDistinct({ id: lifeEvents.insuredPersonId })
    .from(lifeEvents)
    .innerJoin(insuredPersons, eq(insuredPersons.id, lifeEvents.insuredPersonId))
    .where(eq(insuredPersons.officeId, officeId))
    .all();
  const withCommittees = clientsWithCommitteeOutcomes(db, officeId).map((id) => ({ id }));
  return [...new Set([...withClaims, ...withEvents, ...withCommittees].map((r) => r.id))].sort((a, b) => a - b);
}

/** Hands the claim's open docketed deadlines that were its old handler's (or nobody's) to the new one. */
export function reassignClaimDeadlines(db: Db, claimId: number, from: number | null, to: number, at: string): number[] {
  const rows = prepared(
    db,
    `UPDATE task SET assigned_to = @to, updated_at = @at, version = version + 1
     WHERE claim_id = @claimId AND source_key IS NOT NULL AND done_at IS NULL AND (assigned_to IS NULL OR assigned_to = @from) RETURNING id`,
  ).all({ claimId, from, to, at }) as { id: number }[];
  return rows.map((r) => r.id);
}

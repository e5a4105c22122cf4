// Ranked full-text matches among claims and notes (clients have their own path in insured-persons).
import type { Db } from '../open';
import { prepared } from '../statements';

export function matchingClaimIds(db: Db, officeId: number, match: string, limit: number): number[] {
  return prepared(
    db,
    `SELECT c.id FROM claim_search s JOIN claim c ON c.id = s.rowid
     WHERE claim_search MATCH ? AND c.office_id = ? AND c.deleted_at IS NULL
     ORDER BY bm25(claim_search), c.updated_at DESC LIMIT ?`,
  )
    .pluck()
    .all(match, officeId, limit) as number[];
}

export function matchingNotes(db: Db, officeId: number, match: string, limit: number) {
  return prepared(
    db,
    `SELECT n.id, n.insured_person_id AS clientId, substr(n.body, 1, 160) AS excerpt, n.created_at AS createdAt
     FROM note_search s JOIN note n ON n.id = s.rowid
     WHERE note_search MATCH ? AND n.office_id = ? AND n.deleted_at IS NULL
     ORDER BY bm25(note_search), n.created_at DESC LIMIT ?`,
  ).all(match, officeId, limit) as { id: number; clientId: number; excerpt: string; createdAt: string }[];
}

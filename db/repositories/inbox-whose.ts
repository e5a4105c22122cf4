// The office's clients and claims as the inbox asks about them when matching a letter (live rows only).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { claims, insuredPersons } from '../schema';
import type { ClaimCandidate } from '../../shared/inbox/whose';

/** The client of a live claim the NII numbered so. */
export function clientOfNiiClaimNumber(db: Db, officeId: number, niiClaimNumber: string): number | null {
  const row = db
    .select({ clientId: claims.insuredPersonId })
    .from(claims)
    .where(and(eq(claims.officeId, officeId), eq(claims.niiClaimNumber, niiClaimNumber), isNull(claims.deletedAt)))
    .get();
  return row?.clientId ?? null;
}

/** Live clients whose Hebrew family name is one of `words`, with their names. */
export function clientsWithFamilyName(
  db: Db,
  officeId: number,
  words: string[],
): { id: number; firstNameHe: string; lastNameHe: string }[] {
  if (words.length === 0) return [];
  return db
    .select({ id: insuredPersons.id, firstNameHe: insuredPersons.firstNameHe, lastNameHe: insuredPersons.lastNameHe })
    .from(insuredPersons)
    .where(
      and(
        eq(insuredPersons.officeId, officeId),
        inArray(insuredPersons.lastNameHe, words),
        isNull(insuredPersons.deletedAt),
      ),
    )
    .all();
}

export function claimCandidates(db: Db, officeId: number, clientId: number): ClaimCandidate[] {
  return db
    .select({
      id: claims.id,
      benefit: claims.benefit,
      niiClaimNumber: claims.niiClaimNumber,
      filedDate: claims.filedDate,
      status: claims.status,
    })
    .from(claims)
    .where(and(eq(claims.officeId, officeId), eq(claims.insuredPersonId, clientId), isNull(claims.deletedAt)))
    .all();
}

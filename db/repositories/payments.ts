// Payments, the flags their last check left and the fee ledger: a claim's rows by its index, the
// flags and ledger entries replaced whole when its payments are checked again.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { claims, feeAgreements, feeLedgerEntries, insuredPersons, paymentFlags, payments } from '../schema';
import { prepared } from '../statements';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type FeeAgreementRow = typeof feeAgreements.$inferSelect;
export type LedgerRow = typeof feeLedgerEntries.$inferSelect;

const live = (officeId: number) => and(eq(payments.officeId, officeId), isNull(payments.deletedAt));

/** Inserts a payment unless the claim has a live one of the same kind and months (then undefined). */
export function insertPayment(db: Db, row: NewPayment): PaymentRow | undefined {
  return (
    db
      .insert(payments)
      .values(row)
      // The only unique key besides the id is the live span (payment_claim_span_unique).
      .onConflictDoNothing()
      .returning()
      .get()
  );
}

export function findPayment(db: Db, officeId: number, id: number): PaymentRow | undefined {
  return db
    .select()
    .from(payments)
    .where(and(live(officeId), eq(payments.id, id)))
    .get();
}

export function softDeletePayment(db: Db, id: number, version: number, by: number, at: string): boolean {
  const changed = db
    .update(payments)
    .set({ deletedAt: at, deletedBy: by, updatedAt: at, version: sql`${payments.version} + 1` })
    .where(and(eq(payments.id, id), eq(payments.version, version), isNull(payments.deletedAt)))
    .run();
  return changed.changes === 1;
}

export function claimPayments(db: Db, officeId: number, claimId: number): PaymentRow[] {
  return db
    .select()
    .from(payments)
    .where(and(live(officeId), eq(payments.claimId, claimId)))
    .orderBy(asc(payments.fromMonth), asc(payments.id))
    .all();
}

/** The live claims of the office that have a live payment. */
export function claimsWithPayments(db: Db, officeId: number): number[] {
  return (
    prepared(
      db,
      `SELECT DISTINCT p.claim_id AS id FROM payment p JOIN claim c ON c.id = p.claim_id
       WHERE p.office_id = ? AND p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY p.claim_id`,
    ).all(officeId) as { id: number }[]
  ).map((r) => r.id);
}

/** The client's fee agreements, newest signed first. */
export function agreementsOf(db: Db, clientId: number): FeeAgreementRow[] {
  return db
    .select()
    .from(feeAgreements)
    .where(eq(feeAgreements.insuredPersonId, clientId))
    .orderBy(sql`${feeAgreements.signedDate} DESC`, sql`${feeAgreements.id} DESC`)
    .all();
}

export function replaceFlags(db: Db, claimId: number, rows: (typeof paymentFlags.$inferInsert)[]): void {
  db.delete(paymentFlags).where(eq(paymentFlags.claimId, claimId)).run();
  if (rows.length) db.insert(paymentFlags).values(rows).run();
}

export function replaceLedger(db: Db, claimId: number, rows: (typeof feeLedgerEntries.$inferInsert)[]): void {
  db.delete(feeLedgerEntries).where(eq(feeLedgerEntries.claimId, claimId)).run();
  if (rows.length) db.insert(feeLedgerEntries).values(rows).run();
}

export interface LedgerLineRow {
  entry: LedgerRow;
  payment: PaymentRow;
}

/** The client's ledger, each entry with its payment, in the order the money came. */
export function clientLedger(db: Db, officeId: number, clientId: number): LedgerLineRow[] {
  return db
    .select({ entry: feeLedgerEntries, payment: payments })
    .from(feeLedgerEntries)
    .innerJoin(payments, eq(payments.id, feeLedgerEntries.paymentId))
    .innerJoin(claims, eq(claims.id, feeLedgerEntries.claimId))
    .where(
      and(
        eq(feeLedgerEntries.officeId, officeId),
        eq(feeLedgerEntries.insuredPersonId, clientId),
        isNull(payments.deletedAt),
        isNull(claims.deletedAt),
      ),
    )
    .orderBy(asc(payments.toMonth), asc(payments.id))
    .all();
}

/** The office's live clients by their ID numbers, for matching the rows of a payments list. */
export function clientsByIdNumber(db: Db, officeId: number, idNumbers: string[]): Map<string, number> {
  if (idNumbers.length === 0) return new Map();
  const rows = db
    .select({ id: insuredPersons.id, idNumber: insuredPersons.idNumber })
    .from(insuredPersons)
    .where(
      and(
        eq(insuredPersons.officeId, officeId),
        isNull(insuredPersons.deletedAt),
        inArray(insuredPersons.idNumber, idNumbers),
      ),
    )
    .all();
  return new Map(rows.map((r) => [r.idNumber, r.id]));
}

/** The live claims of these clients, for finding the one a row pays (by NII number, else benefit). */
export function claimsOfClients(
  db: Db,
  officeId: number,
  clientIds: number[],
): { id: number; clientId: number; benefit: string; niiClaimNumber: string | null; status: string }[] {
  if (clientIds.length === 0) return [];
  return db
    .select({
      id: claims.id,
      clientId: claims.insuredPersonId,
      benefit: claims.benefit,
      niiClaimNumber: claims.niiClaimNumber,
      status: claims.status,
    })
    .from(claims)
    .where(and(eq(claims.officeId, officeId), isNull(claims.deletedAt), inArray(claims.insuredPersonId, clientIds)))
    .orderBy(asc(claims.id))
    .all();
}

/** The dashboard's statement: per flag kind the live claims that have it, and (kind null) those with any. */
export const PAYMENT_FLAG_COUNTS_SQL = `WITH flagged AS (
    SELECT f.kind, f.claim_id FROM payment_flag f JOIN claim c ON c.id = f.claim_id
    WHERE f.office_id = @officeId AND c.deleted_at IS NULL)
  SELECT kind, count(DISTINCT claim_id) AS claims FROM flagged GROUP BY kind
  UNION ALL SELECT NULL, count(DISTINCT claim_id) FROM flagged`;

// Signed papers in the store: written once, never updated (a change needs a new signature).
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { signedPapers, staff } from '../../db/schema';

export type SignedPaperRow = typeof signedPapers.$inferSelect;

export function insertSignedPaper(db: Db, row: typeof signedPapers.$inferInsert): SignedPaperRow {
  return db.insert(signedPapers).values(row).returning().get();
}

/** Newest first, with the name of the staff member who took the signature. */
export function papersOf(db: Db, officeId: number, clientId: number): (SignedPaperRow & { signedByName: string })[] {
  return db
    .select({ paper: signedPapers, signedByName: staff.fullName })
    .from(signedPapers)
    .innerJoin(staff, eq(staff.id, signedPapers.signedBy))
    .where(and(eq(signedPapers.officeId, officeId), eq(signedPapers.insuredPersonId, clientId)))
    .orderBy(desc(signedPapers.signedAt), desc(signedPapers.id))
    .all()
    .map((r) => ({ ...r.paper, signedByName: r.signedByName }));
}

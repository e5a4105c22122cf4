// Insured persons (clients) of one office.
import { and, asc, count, eq, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../open';
import { insuredPersons } from '../schema';

export type InsuredPersonRow = typeof insuredPersons.$inferSelect;
export type NewInsuredPerson = typeof insuredPersons.$inferInsert;

export function insertInsuredPerson(db: Db, row: NewInsuredPerson): InsuredPersonRow {
  return db.insert(insuredPersons).values(row).returning().get();
}

export function findInsuredPerson(db: Db, officeId: number, id: number): InsuredPersonRow | undefined {
  return db
    .select()
    .from(insuredPersons)
    .where(and(eq(insuredPersons.officeId, officeId), eq(insuredPersons.id, id)))
    .get();
}

export function findInsuredPersonByIdNumber(db: Db, officeId: number, idNumber: string): InsuredPersonRow | undefined {
  return db
    .select()
    .from(insuredPersons)
    .where(and(eq(insuredPersons.officeId, officeId), eq(insuredPersons.idNumber, idNumber)))
    .get();
}

/**
 * Writes only when the stored version is the one the caller read; returns the new row, or
 * undefined when someone else changed it first.
 */
export function updateInsuredPerson(
  db: Db,
  officeId: number,
  id: number,
  expectedVersion: number,
  changes: Partial<NewInsuredPerson>,
): InsuredPersonRow | undefined {
  return db
    .update(insuredPersons)
    .set({ ...changes, version: sql`${insuredPersons.version} + 1` })
    .where(
      and(
        eq(insuredPersons.officeId, officeId),
        eq(insuredPersons.id, id),
        eq(insuredPersons.version, expectedVersion),
      ),
    )
    .returning()
    .get();
}

function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function contains(column: SQLWrapper, text: string): SQL {
  return sql`${column} like ${likeContains(text)} escape '\\'`;
}

/** Digits a person might type for a phone: 050-1234567 → 9725012345…, matched inside E.164. */
function phoneDigits(digits: string): string {
  return digits.startsWith('0') ? `972${digits.slice(1)}` : digits;
}

function searchCondition(query: string): SQL | undefined {
  const compact = query.replace(/[\s-]/g, '');
  if (compact === '') return undefined;
  if (/^\+?\d+$/.test(compact)) {
    const digits = compact.replace('+', '');
    return or(
      contains(insuredPersons.idNumber, digits),
      contains(sql`replace(${insuredPersons.mobilePhone}, '+', '')`, phoneDigits(digits)),
    );
  }
  const words = query.trim().split(/\s+/);
  return and(
    ...words.map((word) =>
      or(
        contains(insuredPersons.firstNameHe, word),
        contains(insuredPersons.lastNameHe, word),
        contains(insuredPersons.firstNameLatin, word),
        contains(insuredPersons.lastNameLatin, word),
        contains(insuredPersons.email, word),
      ),
    ),
  );
}

export function searchInsuredPersons(
  db: Db,
  officeId: number,
  query: string,
  limit: number,
  offset: number,
): { rows: InsuredPersonRow[]; total: number } {
  const where = and(eq(insuredPersons.officeId, officeId), searchCondition(query));
  const rows = db
    .select()
    .from(insuredPersons)
    .where(where)
    .orderBy(asc(insuredPersons.lastNameHe), asc(insuredPersons.firstNameHe), asc(insuredPersons.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(insuredPersons).where(where).get()?.n ?? 0;
  return { rows, total };
}

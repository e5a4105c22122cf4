// Inbox items: one per office and file content (SHA-256).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { inboxItems } from '../schema';
import type { InboxStatus } from '../../shared/inbox/item';

export type InboxItemRow = typeof inboxItems.$inferSelect;

export function insertInboxItem(db: Db, row: typeof inboxItems.$inferInsert): InboxItemRow {
  return db.insert(inboxItems).values(row).returning().get();
}

export function findInboxItem(db: Db, officeId: number, id: number): InboxItemRow | undefined {
  return db
    .select()
    .from(inboxItems)
    .where(and(eq(inboxItems.officeId, officeId), eq(inboxItems.id, id)))
    .get();
}

export function findInboxItemBySha256(db: Db, officeId: number, sha256: string): InboxItemRow | undefined {
  return db
    .select()
    .from(inboxItems)
    .where(and(eq(inboxItems.officeId, officeId), eq(inboxItems.sha256, sha256)))
    .get();
}

/** Newest first. */
export function inboxItemsOf(db: Db, officeId: number, status: InboxStatus | null): InboxItemRow[] {
  return db
    .select()
    .from(inboxItems)
    .where(
      status === null
        ? eq(inboxItems.officeId, officeId)
        : and(eq(inboxItems.officeId, officeId), eq(inboxItems.status, status)),
    )
    .orderBy(desc(inboxItems.createdAt), desc(inboxItems.id))
    .all();
}

/**
 * Letters waiting for someone, as the inbox's figures count them (shared/inbox/counts.ts): to file by
 * hand (unreadable, or read without a client found) and to confirm (read, client found).
 */
export function inboxWaiting(db: Db, officeId: number): { toFile: number; toConfirm: number } {
  const row = db
    .select({
      toFile: sql<number>`coalesce(sum(${inboxItems.status} = 'unreadable' or ${inboxItems.clientId} is null), 0)`,
      toConfirm: sql<number>`coalesce(sum(${inboxItems.status} = 'new' and ${inboxItems.clientId} is not null), 0)`,
    })
    .from(inboxItems)
    .where(and(eq(inboxItems.officeId, officeId), inArray(inboxItems.status, ['new', 'unreadable'])))
    .get();
  return { toFile: row?.toFile ?? 0, toConfirm: row?.toConfirm ?? 0 };
}

/** Files the item; false when someone changed it since `expectedVersion`. */
export function fileInboxItem(
  db: Db,
  id: number,
  expectedVersion: number,
  filed: {
    clientId: number;
    claimId: number | null;
    documentId: number;
    reading: string | null;
    by: number;
    at: string;
  },
): boolean {
  return (
    db
      .update(inboxItems)
      .set({
        status: 'filed',
        reading: filed.reading,
        clientId: filed.clientId,
        claimId: filed.claimId,
        documentId: filed.documentId,
        filedBy: filed.by,
        filedAt: filed.at,
        updatedAt: filed.at,
        version: sql`${inboxItems.version} + 1`,
      })
      .where(and(eq(inboxItems.id, id), eq(inboxItems.version, expectedVersion)))
      .run().changes === 1
  );
}

// Inbox items: one per office and file content (SHA-256).
import { and, desc, eq, gt, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
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
    /** What confirming did beside filing (JSON), for showing and undoing it. */
    actions: string | null;
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
        actions: filed.actions,
        filedBy: filed.by,
        filedAt: filed.at,
        updatedAt: filed.at,
        version: sql`${inboxItems.version} + 1`,
      })
      .where(and(eq(inboxItems.id, id), eq(inboxItems.version, expectedVersion)))
      .run().changes === 1
  );
}

/** Puts a filed item back in the inbox, waiting to be confirmed again; false when someone changed it since. */
export function unfileInboxItem(db: Db, id: number, expectedVersion: number, at: string): boolean {
  return (
    db
      .update(inboxItems)
      .set({
        status: 'new',
        documentId: null,
        actions: null,
        filedBy: null,
        filedAt: null,
        updatedAt: at,
        version: sql`${inboxItems.version} + 1`,
      })
      .where(and(eq(inboxItems.id, id), eq(inboxItems.version, expectedVersion), eq(inboxItems.status, 'filed')))
      .run().changes === 1
  );
}

/** The first letter confirmed on the same claim after this one (filed later, or as late and after it). */
export function laterFiledOnClaim(db: Db, item: InboxItemRow): InboxItemRow | undefined {
  if (item.claimId === null || item.filedAt === null) return undefined;
  return db
    .select()
    .from(inboxItems)
    .where(
      and(
        eq(inboxItems.officeId, item.officeId),
        eq(inboxItems.claimId, item.claimId),
        eq(inboxItems.status, 'filed'),
        ne(inboxItems.id, item.id),
        or(gt(inboxItems.filedAt, item.filedAt), and(eq(inboxItems.filedAt, item.filedAt), gt(inboxItems.id, item.id))),
      ),
    )
    .orderBy(inboxItems.filedAt, inboxItems.id)
    .get();
}

/** The client's filed items that kept what confirming did. */
export function filedWithActions(db: Db, officeId: number, clientId: number): InboxItemRow[] {
  return db
    .select()
    .from(inboxItems)
    .where(
      and(
        eq(inboxItems.officeId, officeId),
        eq(inboxItems.clientId, clientId),
        eq(inboxItems.status, 'filed'),
        isNotNull(inboxItems.actions),
      ),
    )
    .all();
}

/** Rewrites the record of what confirming did (bookkeeping of undo: not an edit of the item). */
export function setInboxActions(db: Db, id: number, actions: string): void {
  db.update(inboxItems).set({ actions }).where(eq(inboxItems.id, id)).run();
}

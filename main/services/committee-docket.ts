// The docket's committee family: the deadlines each committee's outcome opens (committee-deadlines.ts),
// handed to the docket's own sync (docket.ts) so they are kept, moved and removed like its others —
// binding, owned by the claim's handler, citing their rule.
import type { Db } from '../../db/open';
import { findClaim } from '../../db/repositories/claims';
import { clientsWithCommitteeOutcomes, listCommittees } from '../../db/repositories/committees';
import { committeeDeadlines } from './committee-deadlines';
import { claimOwner, syncClientDeadlines, type DocketContext, type DocketSource, type SyncResult } from './docket';

/** Every deadline the client's live committees open. */
export function committeeSources(db: Db, officeId: number, clientId: number): DocketSource[] {
  return listCommittees(db, officeId, { clientId, limit: 2000 }).flatMap((committee) => {
    const claim = committee.claimId === null ? undefined : findClaim(db, officeId, committee.claimId);
    const owner = claim ? claimOwner(db, officeId, claim) : null;
    return committeeDeadlines(committee).map((deadline) => ({
      key: deadline.sourceKey,
      kind: 'appeal' as const,
      binding: true,
      title: deadline.title,
      rule: deadline.rule,
      dueDate: deadline.dueDate,
      claimId: committee.claimId,
      owner,
    }));
  });
}

/** Reconciles the client's docket with their committees (inside the caller's transaction). */
export function syncCommitteeDeadlines(ctx: DocketContext, clientId: number): SyncResult {
  return syncClientDeadlines(ctx, clientId, { committee: committeeSources(ctx.db, ctx.officeId, clientId) });
}

/** The demo office's committee deadlines, after its other deadlines are docketed; written by nobody. */
export function docketOfficeCommittees(db: Db, officeId: number, today: string, stamp: string): number {
  const ctx: DocketContext = { db, officeId, today, stamp, staffId: null };
  return db.transaction(() => clientsWithCommitteeOutcomes(db, officeId).reduce((created, clientId) => created + syncCommitteeDeadlines(ctx, clientId).created, 0));
}

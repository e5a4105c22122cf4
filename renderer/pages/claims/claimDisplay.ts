// How long a claim has been in its status, counted in Israeli civil days; a closed claim waits for
// nothing, so it has no such count. And which other desks' changes the claims lists show.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { todayInIsrael } from '../../../shared/dates';
import type { ClaimStatus } from '../../../shared/domain/enums';

/** Whole days since the claim entered its status; never negative (a desk whose clock runs behind the store's). */
export function daysInStatus(statusSince: string, today = todayInIsrael()): number {
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(todayInIsrael(new Date(statusSince)))));
}

/** Days the claim has waited in its status, or null for a closed claim. */
export function waitingDays(
  claim: { status: ClaimStatus; statusSince: string },
  today = todayInIsrael(),
): number | null {
  return claim.status === 'closed' ? null : daysInStatus(claim.statusSince, today);
}

/** A claim row shows the claim and its client's name: the lists ask again when either changes. */
export const CLAIMS_LIVE = { kinds: ['claim', 'client'] } as const;

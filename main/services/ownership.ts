// Checks that what a request links to belongs to this office and to the same client.
import { AppError } from '../../shared/api/result';
import { findClaim } from '../../db/repositories/claims';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import type { Call } from './context';

export function assertClient(call: Call, clientId: number): void {
  if (!findInsuredPerson(call.store.db, call.session.officeId, clientId))
    throw new AppError('not_found', 'clientNotFound', 'clientId');
}

export function assertClaimOfClient(call: Call, claimId: number | null, clientId: number | null): void {
  if (claimId === null) return;
  const claim = findClaim(call.store.db, call.session.officeId, claimId);
  if (!claim) throw new AppError('not_found', 'claimNotFound', 'claimId');
  if (clientId !== null && claim.insuredPersonId !== clientId)
    throw new AppError('validation', 'claimOfOtherClient', 'claimId');
}

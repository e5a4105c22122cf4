// A move along the workflow: to "decided" it is the decision form (which opens the appeal
// deadlines); any other step is a transition with its reason.
import type { ClaimStatus } from '../../../shared/domain/enums';
import type { Claim } from '../../../shared/schemas/claims';
import { DecisionDialog } from './DecisionDialog';
import { TransitionDialog, type MovingClaim } from './TransitionDialog';

export interface Move {
  claim: MovingClaim;
  to: ClaimStatus;
}

export function MoveDialog({ move, onClose, onDone }: { move: Move; onClose(): void; onDone(claim: Claim): void }) {
  return move.to === 'decided' ? (
    <DecisionDialog claimId={move.claim.id} onClose={onClose} onDone={onDone} />
  ) : (
    <TransitionDialog claim={move.claim} to={move.to} onClose={onClose} onDone={onDone} />
  );
}

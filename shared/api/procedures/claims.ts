import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import {
  claimAppealValueInput,
  claimBoardInput,
  claimCreateInput,
  claimHandlerInput,
  claimListInput,
  claimPageInput,
  claimTransitionInput,
  claimUpdateInput,
  decisionInput,
  type Claim,
  type ClaimAppealValue,
  type ClaimBoard,
  type ClaimDetail,
  type ClaimPage,
  type Decision,
} from '../../schemas/claims';

export const claimProcedures = {
  'claims.create': procedure<Claim>()({ input: claimCreateInput, access: everyone, changes: 'claim' }),
  'claims.update': procedure<Claim>()({ input: claimUpdateInput, access: everyone, changes: 'claim' }),
  'claims.setHandler': procedure<Claim>()({ input: claimHandlerInput, access: everyone, changes: 'claim' }),
  'claims.transition': procedure<Claim>()({ input: claimTransitionInput, access: everyone, changes: 'claim' }),
  'claims.decide': procedure<{ claim: Claim; decision: Decision }>()({
    input: decisionInput,
    access: everyone,
    changes: { kind: 'claim', reply: 'claim' },
  }),
  'claims.get': procedure<ClaimDetail>()({ input: z.object({ id: recordId }), access: everyone }),
  'claims.list': procedure<Claim[]>()({ input: claimListInput, access: everyone }),
  /** The claims list screen: a sorted page, the total and the count per status. */
  'claims.page': procedure<ClaimPage>()({ input: claimPageInput, access: everyone }),
  /** The board: per status the first cards and how many there are. */
  'claims.board': procedure<ClaimBoard>()({ input: claimBoardInput, access: everyone }),
  /** What an appeal could be worth (an estimate; null: no committee outcome nor decided percent). A medical read. */
  'claims.appealValue': procedure<ClaimAppealValue | null>()({
    input: claimAppealValueInput,
    access: everyone,
    reads: 'records',
  }),
  'claims.delete': procedure<null>()({
    input: z.object({ id: recordId, version: recordVersion }),
    access: lawyers,
    changes: 'claim',
  }),
};

import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import {
  claimCreateInput,
  claimListInput,
  claimTransitionInput,
  claimUpdateInput,
  decisionInput,
  type Claim,
  type ClaimDetail,
  type Decision,
} from '../../schemas/claims';

export const claimProcedures = {
  'claims.create': procedure<Claim>()({ input: claimCreateInput, access: everyone }),
  'claims.update': procedure<Claim>()({ input: claimUpdateInput, access: everyone }),
  'claims.transition': procedure<Claim>()({ input: claimTransitionInput, access: everyone }),
  'claims.decide': procedure<{ claim: Claim; decision: Decision }>()({ input: decisionInput, access: everyone }),
  'claims.get': procedure<ClaimDetail>()({ input: z.object({ id: recordId }), access: everyone }),
  'claims.list': procedure<Claim[]>()({ input: claimListInput, access: everyone }),
  'claims.delete': procedure<null>()({ input: z.object({ id: recordId, version: recordVersion }), access: lawyers }),
};

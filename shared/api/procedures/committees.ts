// Medical committees: list by client, claim or days; create, update; delete (lawyers, like other records).
import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import {
  committeeCreateInput,
  committeeListInput,
  committeeUpdateInput,
  type Committee,
  type CommitteeListRow,
} from '../../schemas/committees';

export const committeeProcedures = {
  'committees.list': procedure<CommitteeListRow[]>()({ input: committeeListInput, access: everyone, reads: 'rows' }),
  'committees.create': procedure<Committee>()({ input: committeeCreateInput, access: everyone, changes: 'committee' }),
  'committees.update': procedure<Committee>()({ input: committeeUpdateInput, access: everyone, changes: 'committee' }),
  'committees.delete': procedure<null>()({
    input: z.object({ id: recordId, version: recordVersion }),
    access: lawyers,
    changes: 'committee',
  }),
};

import { z } from 'zod';
import { procedure } from '../procedure';
import { officeSetupInput } from '../../schemas/office';

export const officeProcedures = {
  'office.status': procedure<{ setupDone: boolean; officeName: string | null }>()({ input: z.object({}), access: 'public', beforeCheck: true }),
  'office.setup': procedure<{ officeId: number }>()({ input: officeSetupInput, access: 'public' }),
};

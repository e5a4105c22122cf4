import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { officeSetupInput } from '../../schemas/office';
import { officeUpdateInput, type OfficeDetails } from '../../schemas/staff';

export const officeProcedures = {
  'office.status': procedure<{ setupDone: boolean; officeName: string | null }>()({
    input: z.object({}),
    access: 'public',
    beforeCheck: true,
  }),
  'office.setup': procedure<{ officeId: number }>()({ input: officeSetupInput, access: 'public' }),
  'office.get': procedure<OfficeDetails>()({ input: z.object({}), access: everyone }),
  'office.update': procedure<OfficeDetails>()({ input: officeUpdateInput, access: lawyers, changes: 'office' }),
};

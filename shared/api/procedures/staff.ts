import { z } from 'zod';
import { everyone, owners, procedure } from '../procedure';
import { staffCreateInput, staffPasswordInput, staffUpdateInput, type StaffMember } from '../../schemas/staff';

export const staffProcedures = {
  'staff.list': procedure<StaffMember[]>()({ input: z.object({}), access: everyone }),
  'staff.create': procedure<StaffMember>()({ input: staffCreateInput, access: owners, changes: 'staff' }),
  'staff.update': procedure<StaffMember>()({ input: staffUpdateInput, access: owners, changes: 'staff' }),
  'staff.setPassword': procedure<null>()({ input: staffPasswordInput, access: owners, changes: 'staff' }),
};

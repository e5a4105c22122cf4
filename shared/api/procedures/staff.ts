import { z } from 'zod';
import { everyone, lawyers, owners, procedure } from '../procedure';
import {
  changePasswordInput,
  officeUpdateInput,
  staffCreateInput,
  staffPasswordInput,
  staffUpdateInput,
  type OfficeDetails,
  type StaffMember,
} from '../../schemas/staff';

export const staffProcedures = {
  'staff.list': procedure<StaffMember[]>()({ input: z.object({}), access: everyone }),
  'staff.create': procedure<StaffMember>()({ input: staffCreateInput, access: owners, changes: 'staff' }),
  'staff.update': procedure<StaffMember>()({ input: staffUpdateInput, access: owners, changes: 'staff' }),
  'staff.setPassword': procedure<null>()({ input: staffPasswordInput, access: owners, changes: 'staff' }),
  'auth.changePassword': procedure<null>()({ input: changePasswordInput, access: everyone }),
  'office.get': procedure<OfficeDetails>()({ input: z.object({}), access: everyone }),
  'office.update': procedure<OfficeDetails>()({ input: officeUpdateInput, access: lawyers, changes: 'office' }),
};

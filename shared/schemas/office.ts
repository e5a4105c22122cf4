import { z } from 'zod';
import { anyPhone, licenseNumber, newPassword, optionalText, requiredText, username } from './fields';

export const officeFields = z.object({
  name: requiredText('name', 120),
  address: optionalText('address', 200),
  phone: anyPhone,
});

export const ownerFields = z.object({
  fullName: requiredText('fullName', 120),
  licenseNumber,
  username,
  password: newPassword('password'),
});

export const officeSetupInput = z.object({ office: officeFields, owner: ownerFields });
export type OfficeSetupInput = z.input<typeof officeSetupInput>;

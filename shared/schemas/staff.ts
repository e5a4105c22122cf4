import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage } from '../locales/messages';
import { anyPhone, licenseNumber, newPassword, optionalText, recordId, recordVersion, requiredText, username } from './fields';

export const roles = ['owner', 'lawyer', 'staff'] as const;
export type Role = (typeof roles)[number];
const role = z.enum(roles, { error: own(validationMessage('choice', { field: 'role' })) });

export const loginInput = z.object({
  username: requiredText('username', 64).toLowerCase(),
  password: requiredText('password', 200),
});
export type LoginInput = z.input<typeof loginInput>;

export interface StaffSummary {
  id: number;
  fullName: string;
  username: string;
  role: Role;
}

export interface StaffMember extends StaffSummary {
  version: number;
  licenseNumber: string | null;
  active: boolean;
}

export const staffCreateInput = z.object({ fullName: requiredText('fullName', 120), licenseNumber, username, password: newPassword, role });
export const staffUpdateInput = z.object({
  id: recordId,
  version: recordVersion,
  fullName: requiredText('fullName', 120),
  licenseNumber,
  role,
  active: z.boolean(),
});
export const staffPasswordInput = z.object({ id: recordId, password: newPassword });
export const changePasswordInput = z.object({ currentPassword: requiredText('currentPassword', 200), newPassword });

export const officeUpdateInput = z.object({
  version: recordVersion,
  name: requiredText('name', 120),
  address: optionalText('address', 200),
  phone: anyPhone,
});

export interface OfficeDetails {
  id: number;
  version: number;
  name: string;
  address: string | null;
  phone: string | null;
}

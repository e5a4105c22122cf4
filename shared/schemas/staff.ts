import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage } from '../locales/messages';
import {
  anyPhone,
  licenseNumber,
  newPassword,
  optionalText,
  passwordText,
  recordId,
  recordVersion,
  requiredText,
  username,
} from './fields';

export const roles = ['owner', 'lawyer', 'staff'] as const;
export type Role = (typeof roles)[number];
const role = z.enum(roles, { error: own(validationMessage('choice', { field: 'role' })) });

export const loginInput = z.object({
  username: requiredText('username', 64).toLowerCase(),
  password: passwordText('password'),
});
export type LoginInput = z.input<typeof loginInput>;

/** A 6-digit code from an authenticator app, or a recovery code (letters, digits, a dash); spaces dropped. */
export const secondFactorCode = z
  .string()
  .transform((code) => code.replace(/\s/g, ''))
  .pipe(
    z
      .string()
      .regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/i, own(validationMessage('secondFactorCode', { field: 'code' }))),
  );

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
  /** Signs in with a second factor (TOTP). */
  secondFactor: boolean;
}

export const staffCreateInput = z.object({
  fullName: requiredText('fullName', 120),
  licenseNumber,
  username,
  password: newPassword('password'),
  role,
});
export const staffUpdateInput = z.object({
  id: recordId,
  version: recordVersion,
  fullName: requiredText('fullName', 120),
  licenseNumber,
  role,
  active: z.boolean(),
});
export const staffPasswordInput = z.object({ id: recordId, password: newPassword('password') });
export const changePasswordInput = z.object({
  currentPassword: passwordText('currentPassword'),
  newPassword: newPassword('newPassword'),
});

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

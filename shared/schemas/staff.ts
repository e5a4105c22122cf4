import { z } from 'zod';
import { requiredText } from './fields';

export const roles = ['owner', 'lawyer', 'staff'] as const;
export type Role = (typeof roles)[number];

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

import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import { loginInput, type StaffSummary } from '../../schemas/staff';

export interface OfficeSummary {
  id: number;
  name: string;
}

export interface SignedIn {
  token: string;
  idleMinutes: number;
  staff: StaffSummary;
  office: OfficeSummary;
}

export const authProcedures = {
  'auth.login': procedure<SignedIn>()({ input: loginInput, access: 'public' }),
  'auth.logout': procedure<null>()({ input: z.object({}), access: everyone }),
  'auth.me': procedure<Omit<SignedIn, 'token'>>()({ input: z.object({}), access: everyone }),
};

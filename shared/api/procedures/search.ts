// One search box for clients, claims and notes.
import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import type { Client } from '../../schemas/client';
import type { Claim } from '../../schemas/claims';

export interface GlobalResults {
  clients: Client[];
  claims: (Claim & { clientName: string })[];
  notes: { id: number; clientId: number; clientName: string; excerpt: string; createdAt: string }[];
}

export const searchProcedures = {
  'search.global': procedure<GlobalResults>()({
    input: z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(8) }),
    access: everyone,
  }),
};

import { z } from 'zod';
import { lawyers, owners, procedure } from '../procedure';
import { recordId } from '../../schemas/fields';

export interface AuditRecord {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  details: unknown;
}

/** The newest audit row's id and seal, as a backup or export records it. */
export interface AuditHead {
  id: number;
  hash: string;
}

/**
 * changed: a row's content no longer matches its seal; missing_before: a row was deleted or moved;
 * unsealed: a row has no seal; truncated: a recorded head is gone (rows cut off the end);
 * unverifiable: the key that sealed rows before `verifiableFrom` is lost.
 */
export type AuditVerdict =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; brokenAt: number; reason: 'changed' | 'missing_before' | 'unsealed' | 'truncated' }
  | { ok: false; rows: number; brokenAt: number; reason: 'unverifiable'; verifiableFrom: number };

export const auditListInput = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  beforeId: z.number().int().positive().optional(),
});

/** One client's trail, for the history tab of their file: owners only. */
export const auditClientInput = z.object({
  clientId: recordId,
  limit: z.number().int().min(1).max(500).default(100),
  beforeId: z.number().int().positive().optional(),
});

export const auditProcedures = {
  'audit.list': procedure<AuditRecord[]>()({ input: auditListInput, access: lawyers }),
  'audit.client': procedure<AuditRecord[]>()({ input: auditClientInput, access: owners }),
  'audit.verify': procedure<AuditVerdict>()({ input: z.object({}), access: lawyers }),
};

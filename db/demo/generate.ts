// The demo-office generator: an office, its staff and `clients` client files drawn from one seed, written
// in batches of one transaction each. The same seed and as-of date give the same store, row for row.
import { claimStatuses } from '../../shared/domain/enums';
import type { Db } from '../open';
import { firstOffice } from '../repositories/offices';
import { prepared } from '../statements';
import { AuditTrail } from './audit-trail';
import { dayOf } from './calendar';
import { makeClientFile } from './client-file';
import type { DemoContext } from './context';
import type { DemoDocumentFiles } from './documents';
import { IdNumbers } from './identity';
import { Random } from './random';
import { createDemoOffice } from './staff';
import { writeClientFile } from './write';

/** Fixed so that a seed alone decides the data; --as-of moves it. */
export const DEMO_AS_OF = '2026-11-01';

export interface DemoOptions {
  clients: number;
  seed: number;
  /** ISO date nothing in the office happens after (default DEMO_AS_OF). */
  asOf?: string;
  /** Hash of the demo password, shared by every demo account (db/ does not hash passwords). */
  passwordHash: string;
  /** The sample file each kind of document points at, already in the data folder's documents store. */
  documentFiles: DemoDocumentFiles;
  /** Clients per transaction. */
  batchSize?: number;
  onProgress?: (progress: { clients: number; total: number; auditRows: number }) => void;
}

const COUNTED = [
  'insured_person',
  'family_member',
  'monthly_income',
  'medical_determination',
  'medical_committee',
  'claim',
  'claim_status_change',
  'claim_decision',
  'document',
  'task',
  'note',
  'audit_log',
] as const;

export interface DemoSummary {
  officeId: number;
  rows: Record<(typeof COUNTED)[number], number>;
}

export function generateDemoOffice(db: Db, options: DemoOptions): DemoSummary {
  if (!Number.isInteger(options.clients) || options.clients < 1)
    throw new Error('The number of clients must be a whole number above 0');
  if (firstOffice(db))
    throw new Error('This store already holds an office: generate the demo into an empty data folder');
  const random = new Random(options.seed);
  const asOf = dayOf(options.asOf ?? DEMO_AS_OF);
  const batchSize = options.batchSize ?? 5000;
  const { officeId, staff } = db.transaction(() =>
    createDemoOffice(db, random, { clients: options.clients, asOf, passwordHash: options.passwordHash }),
  );
  const ctx: DemoContext = {
    random,
    ids: new IdNumbers(),
    staff,
    officeId,
    asOf,
    documentFiles: options.documentFiles,
  };
  const trail = new AuditTrail(officeId);

  let auditRows = 0;
  for (let start = 0; start < options.clients; start += batchSize) {
    const end = Math.min(options.clients, start + batchSize);
    db.transaction(() => {
      // The first files pin their first claim's status, so even a small office shows every status.
      for (let n = start; n < end; n++)
        auditRows += writeClientFile(db, makeClientFile(ctx, n + 1, claimStatuses[n]), trail);
    });
    options.onProgress?.({ clients: end, total: options.clients, auditRows });
  }

  const rows = Object.fromEntries(
    COUNTED.map((table) => [table, prepared(db, `SELECT count(*) FROM ${table}`).pluck().get() as number]),
  );
  return { officeId, rows: rows as DemoSummary['rows'] };
}

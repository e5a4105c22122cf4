// Client files for a chunk of clients, from a few range queries (one per table), for the whole-office
// scan: `clients.file` per client would cost a dozen queries and a medical-read audit row each.
// The files carry what `factsOf` reads — the client, every record kind, the claims and when each
// decision was received; documents, tasks and notes are left empty (no rule reads them).
import type { ClientFile } from '../../shared/api/procedures/clients/file';
import { medicalHistoryKinds } from '../../shared/api/procedures/records';
import { groupBy } from '../../shared/group-by';
import type { Db } from '../../db/open';
import { scanChunkRows, scanKinds, type ScanKind } from '../../db/repositories/office-scan';
import { toClaim } from './claims';
import type { ReceivedDates } from './client-facts';
import { toClient } from './clients/client';
import { toRecords } from './records';

export interface ScanSubject {
  file: ClientFile;
  received: ReceivedDates;
}

/** The files of these clients (ascending ids of one office's live clients). */
export function clientFiles(db: Db, officeId: number, ids: number[]): ScanSubject[] {
  if (ids.length === 0) return [];
  const chunk = scanChunkRows(db, officeId, ids);
  const records = Object.fromEntries(
    scanKinds.map((kind) => [
      kind,
      groupBy(toRecords(db, kind, chunk.records[kind]), (record) => record.clientId as number),
    ]),
  ) as Record<ScanKind, Map<number, unknown[]>>;
  const claimsOf = groupBy(chunk.claims.map(toClaim), (c) => c.clientId);
  // As receivedDates() in rights.ts: per decided claim, the received day of its latest decision.
  const received = new Map<number, string | null>();
  for (const d of chunk.decisions) received.set(d.claimId, d.receivedDate);

  return chunk.clients.map((row) => {
    const recordsOf = Object.fromEntries([
      ...scanKinds.map((kind) => [kind, records[kind].get(row.id) ?? []]),
      ...medicalHistoryKinds.map((kind) => [kind, []]),
    ]) as Omit<ClientFile, 'client' | 'claims' | 'documents' | 'tasks' | 'notes'>;
    const file: ClientFile = {
      client: toClient(row),
      ...recordsOf,
      claims: claimsOf.get(row.id) ?? [],
      documents: [],
      tasks: [],
      notes: [],
    };
    return { file, received };
  });
}

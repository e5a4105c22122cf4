// A client's whole file for the file screen (and the bench's "open a client file"). Built from the same reads the single-kind procedures use, so rules and audit match; the
// client is checked once, and the claims' histories and decisions, when asked for, come in two reads.
import type { ClaimHistory, ClientFile } from '../../../shared/api/procedures/clients/file';
import type { Claim } from '../../../shared/schemas/claims';
import { groupBy } from '../../../shared/group-by';
import { recordKinds, type RecordKind } from '../../../shared/api/procedures/records';
import { clientDecisions, clientStatusHistory, listClaims } from '../../../db/repositories/claims';
import { documentsOf } from '../../../db/repositories/documents';
import { notesOf } from '../../../db/repositories/notes';
import { toClaim, toDecision } from '../claims';
import { getClient } from './client';
import type { Call } from '../context';
import { toInfo } from '../documents';
import type { Handlers } from '../handler';
import { toNote } from '../notes';
import { isMedicalKind, listRecords, logMedicalRead, MEDICAL_HISTORY_ENTITY } from '../records';
import { taskHandlers } from '../tasks';

/** These handlers are synchronous (one SQLite connection); the Handler type also allows promises. */
export function settled<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous handler');
  return value;
}

/** Each claim's history and decisions in two reads for the whole file, not two per claim. */
function claimHistories(call: Call, clientId: number, claims: Claim[]): ClaimHistory[] {
  const { db } = call.store;
  const history = groupBy(clientStatusHistory(db, clientId), (change) => change.claimId);
  const decisions = groupBy(clientDecisions(db, clientId), (decision) => decision.claimId);
  return claims.map((claim) => ({
    claimId: claim.id,
    history: (history.get(claim.id) ?? []).map(({ claimId: _claim, ...change }) => change),
    decisions: (decisions.get(claim.id) ?? []).map(toDecision),
  }));
}

export const fileHandlers: Handlers<'clients.file'> = {
  'clients.file': (call, input) => {
    const client = getClient(call, input);
    const { db } = call.store;
    const { officeId } = call.session;
    // The client is checked once above, not again for each part.
    const kinds = Object.keys(recordKinds) as RecordKind[];
    const lists = kinds.map((kind) => [kind, listRecords(call, kind, client.id)] as const);
    // The file shows every medical record at once: one logged read of medical data, not one per kind.
    logMedicalRead(
      call,
      MEDICAL_HISTORY_ENTITY,
      client.id,
      lists.reduce((sum, [kind, rows]) => sum + (isMedicalKind(kind) ? rows.length : 0), 0),
    );
    const records = Object.fromEntries(lists) as unknown as Omit<
      ClientFile,
      'client' | 'claims' | 'documents' | 'tasks' | 'notes'
    >;
    const claims = listClaims(db, officeId, { clientId: client.id, limit: 500, offset: 0 }).map(toClaim);
    return {
      client,
      ...records,
      claims,
      documents: documentsOf(db, officeId, client.id).map(toInfo),
      tasks: settled(taskHandlers['tasks.list'](call, { clientId: client.id, limit: 500 })),
      notes: notesOf(db, officeId, client.id).map(({ note, createdByName }) => toNote(note, createdByName)),
      ...(input.withClaimHistory ? { claimHistory: claimHistories(call, client.id, claims) } : {}),
    };
  },
};

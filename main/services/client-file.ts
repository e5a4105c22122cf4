// A client's whole file for the file screen (and the bench's "open a client file"), and the global
// search. Built from the same handlers the single-kind procedures use, so rules and audit match.
import type { ClientFile } from '../../shared/api/procedures/files';
import { recordKinds, type RecordKind } from '../../shared/api/procedures/records';
import { toMatchQuery } from '../../shared/search/match-query';
import { clientNames, findClaim } from '../../db/repositories/claims';
import { searchInsuredPersons } from '../../db/repositories/insured-persons';
import { matchingClaimIds, matchingNotes } from '../../db/search/global-search';
import { toClaim } from './claims';
import { getClient, toClient } from './clients';
import type { Call } from './context';
import { documentHandlers } from './documents';
import type { Handlers } from './handler';
import { noteHandlers } from './notes';
import { isMedicalKind, listRecords, logMedicalRead, MEDICAL_HISTORY_ENTITY } from './records';
import { claimHandlers } from './claims';
import { taskHandlers } from './tasks';

/** These handlers are synchronous (one SQLite connection); the Handler type also allows promises. */
export function settled<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous handler');
  return value;
}

export const fileHandlers: Handlers<'clients.file' | 'search.global'> = {
  'clients.file': (call, input) => {
    const client = getClient(call, input);
    const byClient = { clientId: client.id };
    // The client is checked once above, not again for each kind.
    const kinds = Object.keys(recordKinds) as RecordKind[];
    const lists = kinds.map((kind) => [kind, listRecords(call, kind, client.id)] as const);
    // The file shows every medical record at once: one logged read of medical data, not one per kind.
    logMedicalRead(call, MEDICAL_HISTORY_ENTITY, client.id, lists.reduce((sum, [kind, rows]) => sum + (isMedicalKind(kind) ? rows.length : 0), 0));
    const records = Object.fromEntries(lists) as unknown as Omit<ClientFile, 'client' | 'claims' | 'documents' | 'tasks' | 'notes'>;
    return {
      client,
      ...records,
      claims: settled(claimHandlers['claims.list'](call, { clientId: client.id, limit: 500, offset: 0 })),
      documents: settled(documentHandlers['documents.list'](call, byClient)),
      tasks: settled(taskHandlers['tasks.list'](call, { clientId: client.id, limit: 500 })),
      notes: settled(noteHandlers['notes.list'](call, byClient)),
    };
  },
  'search.global': (call: Call, input) => {
    const match = toMatchQuery(input.query);
    if (!match) return { clients: [], claims: [], notes: [] };
    const { db } = call.store;
    const { officeId } = call.session;
    const clients = searchInsuredPersons(db, officeId, { query: input.query, direction: 'asc', limit: input.limit, offset: 0 }).rows.map(toClient);
    const claims = matchingClaimIds(db, officeId, match, input.limit).map((id) => toClaim(findClaim(db, officeId, id)!));
    const notes = matchingNotes(db, officeId, match, input.limit);
    const names = clientNames(db, [...new Set([...claims.map((c) => c.clientId), ...notes.map((n) => n.clientId)])]);
    return {
      clients,
      claims: claims.map((c) => ({ ...c, clientName: names.get(c.clientId) ?? '' })),
      notes: notes.map((n) => ({ ...n, clientName: names.get(n.clientId) ?? '' })),
    };
  },
};

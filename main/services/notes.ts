// Notes on a client's file. Anyone may write; only owners and lawyers delete (softly).
import { AppError } from '../../shared/api/result';
import type { Note } from '../../shared/schemas/work';
import { findNote, insertNote, notesOf, softDeleteNote, updateNote, type NoteRow } from '../../db/repositories/notes';
import { findStaff } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { assertClaimOfClient, assertClient } from './ownership';

export function toNote(row: NoteRow, createdByName: string): Note {
  return {
    id: row.id,
    version: row.version,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    body: row.body,
    createdBy: row.createdBy,
    createdByName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function noteOf(call: Call, id: number, version: number): NoteRow {
  const row = findNote(call.store.db, call.session.officeId, id);
  if (!row) throw new AppError('not_found', 'noteNotFound');
  if (row.version !== version) throw new AppError('conflict', 'staleVersion');
  return row;
}

const authorName = (call: Call, id: number) => findStaff(call.store.db, id)?.fullName ?? '';

export const noteHandlers: Handlers<'notes.create' | 'notes.update' | 'notes.list' | 'notes.delete'> = {
  'notes.create': (call, input) =>
    call.store.db.transaction(() => {
      assertClient(call, input.clientId);
      assertClaimOfClient(call, input.claimId, input.clientId);
      const stamp = call.now().toISOString();
      const row = insertNote(call.store.db, {
        officeId: call.session.officeId,
        insuredPersonId: input.clientId,
        claimId: input.claimId,
        body: input.body,
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: call.session.staffId,
      });
      audit(call, { action: 'create', entity: 'note', entityId: row.id, details: { clientId: input.clientId } });
      return toNote(row, authorName(call, row.createdBy));
    }),
  'notes.update': (call, input) =>
    call.store.db.transaction(() => {
      noteOf(call, input.id, input.version);
      const row = updateNote(call.store.db, input.id, input.version, input.body, call.now().toISOString());
      if (!row) throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'update', entity: 'note', entityId: row.id });
      return toNote(row, authorName(call, row.createdBy));
    }),
  'notes.list': (call, input) => {
    assertClient(call, input.clientId);
    return notesOf(call.store.db, call.session.officeId, input.clientId).map(({ note, createdByName }) =>
      toNote(note, createdByName),
    );
  },
  'notes.delete': (call, input) =>
    call.store.db.transaction(() => {
      noteOf(call, input.id, input.version);
      if (!softDeleteNote(call.store.db, input.id, input.version, call.now().toISOString()))
        throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'delete', entity: 'note', entityId: input.id });
      return null;
    }),
};

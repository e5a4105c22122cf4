// Insured persons: create, edit (optimistic concurrency), read, search. Every write is audited.
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { Client, ClientFields } from '../../shared/schemas/client';
import { isUniqueViolation } from '../../db/open';
import {
  findInsuredPerson,
  findInsuredPersonByIdNumber,
  insertInsuredPerson,
  searchInsuredPersons,
  updateInsuredPerson,
  type InsuredPersonRow,
} from '../../db/repositories/insured-persons';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

const FIELDS = [
  'idNumber',
  'firstNameHe',
  'lastNameHe',
  'firstNameLatin',
  'lastNameLatin',
  'birthDate',
  'sex',
  'mobilePhone',
  'email',
] as const satisfies readonly (keyof ClientFields)[];

function toClient(row: InsuredPersonRow): Client {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as unknown as ClientFields;
  return { id: row.id, version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt, ...fields };
}

function pickFields(input: ClientFields): ClientFields {
  return Object.fromEntries(FIELDS.map((f) => [f, input[f]])) as unknown as ClientFields;
}

function duplicateId(): AppError {
  return new AppError('duplicate', 'duplicateIdNumber', 'idNumber');
}

/** Runs a write, turning the unique-index backstop into the same Hebrew error as the early check. */
function guardingDuplicates<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateId();
    throw error;
  }
}

export function createClient(call: Call, input: ParsedInputOf<'clients.create'>): OutputOf<'clients.create'> {
  const { db } = call.store;
  return guardingDuplicates(() =>
    db.transaction((tx) => {
      if (findInsuredPersonByIdNumber(tx, call.session.officeId, input.idNumber)) throw duplicateId();
      const stamp = call.now().toISOString();
      const row = insertInsuredPerson(tx, {
        ...pickFields(input),
        officeId: call.session.officeId,
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: call.session.staffId,
        updatedBy: call.session.staffId,
      });
      audit(call, { action: 'create', entity: 'insured_person', entityId: row.id });
      return toClient(row);
    }),
  );
}

export function updateClient(call: Call, input: ParsedInputOf<'clients.update'>): OutputOf<'clients.update'> {
  const { db } = call.store;
  return guardingDuplicates(() =>
    db.transaction((tx) => {
      const before = findInsuredPerson(tx, call.session.officeId, input.id);
      if (!before) throw new AppError('not_found', 'clientNotFound');
      if (before.version !== input.version) throw new AppError('conflict', 'staleVersion');
      const other = findInsuredPersonByIdNumber(tx, call.session.officeId, input.idNumber);
      if (other && other.id !== input.id) throw duplicateId();

      const next = pickFields(input);
      const changed = FIELDS.filter((f) => before[f] !== next[f]);
      if (changed.length === 0) return toClient(before);

      const row = updateInsuredPerson(tx, call.session.officeId, input.id, input.version, {
        ...next,
        updatedAt: call.now().toISOString(),
        updatedBy: call.session.staffId,
      });
      if (!row) throw new AppError('conflict', 'staleVersion');
      audit(call, {
        action: 'update',
        entity: 'insured_person',
        entityId: row.id,
        details: { fields: changed, fromVersion: input.version },
      });
      return toClient(row);
    }),
  );
}

export function getClient(call: Call, input: ParsedInputOf<'clients.get'>): OutputOf<'clients.get'> {
  const row = findInsuredPerson(call.store.db, call.session.officeId, input.id);
  if (!row) throw new AppError('not_found', 'clientNotFound');
  return toClient(row);
}

export function searchClients(call: Call, input: ParsedInputOf<'clients.search'>): OutputOf<'clients.search'> {
  const { rows, total } = searchInsuredPersons(call.store.db, call.session.officeId, input.query, input.limit, input.offset);
  return { rows: rows.map(toClient), total };
}

export const clientHandlers: Handlers<'clients.create' | 'clients.update' | 'clients.get' | 'clients.search'> = {
  'clients.create': createClient,
  'clients.update': updateClient,
  'clients.get': getClient,
  'clients.search': searchClients,
};

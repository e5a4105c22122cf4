// Insured persons: create, edit (optimistic concurrency), read, search, delete softly. Every write
// is audited; the ID number and the office's file number are unique.
import { AppError } from '../../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { clientFields as clientSchema, type Client, type ClientFields } from '../../../shared/schemas/client';
import { isUniqueViolation } from '../../../db/open';
import {
  findInsuredPerson,
  findInsuredPersonByFileNumber,
  findInsuredPersonByIdNumber,
  insertInsuredPerson,
  searchInsuredPersons,
  softDeleteInsuredPerson,
  updateInsuredPerson,
  type InsuredPersonRow,
} from '../../../db/repositories/insured-persons';
import { todayInIsrael } from '../../../shared/dates';
import { docketOf, syncClientDeadlines } from '../docket';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';

const FIELDS = Object.keys(clientSchema.shape) as (keyof ClientFields)[];

function pickFields(source: ClientFields | InsuredPersonRow): ClientFields {
  return Object.fromEntries(FIELDS.map((f) => [f, source[f]])) as unknown as ClientFields;
}

export function toClient(row: InsuredPersonRow): Client {
  return { id: row.id, version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt, ...pickFields(row) };
}

const duplicateId = () => new AppError('duplicate', 'duplicateIdNumber', 'idNumber');
const duplicateFile = () => new AppError('duplicate', 'duplicateFileNumber', 'fileNumber');
const stale = () => new AppError('conflict', 'staleVersion');

/** The early checks give the Hebrew error under the right field; the unique indexes are the backstop. */
function assertUnique(call: Call, fields: ClientFields, selfId: number | null): void {
  const { db } = call.store;
  const sameId = findInsuredPersonByIdNumber(db, call.session.officeId, fields.idNumber);
  if (sameId && sameId.id !== selfId) throw duplicateId();
  if (fields.fileNumber) {
    const sameFile = findInsuredPersonByFileNumber(db, call.session.officeId, fields.fileNumber);
    if (sameFile && sameFile.id !== selfId) throw duplicateFile();
  }
}

function guardingDuplicates<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw String((error as Error).message).includes('file_number') ? duplicateFile() : duplicateId();
    throw error;
  }
}

export function createClient(call: Call, input: ParsedInputOf<'clients.create'>): OutputOf<'clients.create'> {
  const { db } = call.store;
  return guardingDuplicates(() =>
    db.transaction(() => {
      const fields = pickFields(input);
      assertUnique(call, fields, null);
      const stamp = call.now().toISOString();
      const row = insertInsuredPerson(db, {
        ...fields,
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

const DOCKETED_FIELDS: string[] = ['birthDate', 'sex', 'maritalStatus'];

export function updateClient(call: Call, input: ParsedInputOf<'clients.update'>): OutputOf<'clients.update'> {
  const { db } = call.store;
  return guardingDuplicates(() =>
    db.transaction(() => {
      const before = findInsuredPerson(db, call.session.officeId, input.id);
      if (!before) throw new AppError('not_found', 'clientNotFound');
      if (before.version !== input.version) throw stale();
      const next = pickFields(input);
      assertUnique(call, next, input.id);

      const changed = FIELDS.filter((f) => before[f] !== next[f]);
      if (changed.length === 0) return toClient(before);
      const row = updateInsuredPerson(db, call.session.officeId, input.id, input.version, {
        ...next,
        updatedAt: call.now().toISOString(),
        updatedBy: call.session.staffId,
      });
      if (!row) throw stale();
      audit(call, {
        action: 'update',
        entity: 'insured_person',
        entityId: row.id,
        details: { fields: changed, fromVersion: input.version },
      });
      // Birth date, sex and marital status decide which claim periods run (retirement age, a widow's claim).
      if (changed.some((f) => DOCKETED_FIELDS.includes(f)))
        syncClientDeadlines(docketOf(call, todayInIsrael(call.now())), row.id);
      return toClient(row);
    }),
  );
}

export function deleteClient(call: Call, input: ParsedInputOf<'clients.delete'>): OutputOf<'clients.delete'> {
  const { db } = call.store;
  return db.transaction(() => {
    const before = findInsuredPerson(db, call.session.officeId, input.id);
    if (!before) throw new AppError('not_found', 'clientNotFound');
    const row = softDeleteInsuredPerson(
      db,
      call.session.officeId,
      input.id,
      input.version,
      call.session.staffId,
      call.now().toISOString(),
    );
    if (!row) throw stale();
    audit(call, { action: 'delete', entity: 'insured_person', entityId: input.id });
    return null;
  });
}

export function getClient(call: Call, input: ParsedInputOf<'clients.get'>): OutputOf<'clients.get'> {
  const row = findInsuredPerson(call.store.db, call.session.officeId, input.id);
  if (!row) throw new AppError('not_found', 'clientNotFound');
  return toClient(row);
}

export function searchClients(call: Call, input: ParsedInputOf<'clients.search'>): OutputOf<'clients.search'> {
  const { rows, total } = searchInsuredPersons(call.store.db, call.session.officeId, input);
  return { rows: rows.map(toClient), total };
}

export function clientByIdNumber(
  call: Call,
  input: ParsedInputOf<'clients.byIdNumber'>,
): OutputOf<'clients.byIdNumber'> {
  const row = findInsuredPersonByIdNumber(call.store.db, call.session.officeId, input.idNumber);
  return row
    ? { id: row.id, firstNameHe: row.firstNameHe, lastNameHe: row.lastNameHe, deleted: row.deletedAt !== null }
    : null;
}

export const clientHandlers: Handlers<
  'clients.create' | 'clients.update' | 'clients.delete' | 'clients.get' | 'clients.search' | 'clients.byIdNumber'
> = {
  'clients.create': createClient,
  'clients.update': updateClient,
  'clients.delete': deleteClient,
  'clients.get': getClient,
  'clients.search': searchClients,
  'clients.byIdNumber': clientByIdNumber,
};

// One repository for the records that hang off an insured person (family, work, medical, events,
// representation, consents, fee agreements): the table's own drizzle columns say how each value is
// stored (booleans as 0/1, JSON as text), so every kind shares the same SQL paths.
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { prepared } from '../statements';

export type RecordRow = Record<string, unknown> & { id: number; insuredPersonId: number; version: number };

export interface RecordRepository {
  table: string;
  softDelete: boolean;
  list(db: Db, officeId: number, clientId: number): RecordRow[];
  find(db: Db, officeId: number, id: number): RecordRow | undefined;
  insert(db: Db, values: Record<string, unknown>): RecordRow;
  /** Undefined when the version no longer matches: someone else wrote first. */
  update(db: Db, id: number, expectedVersion: number, values: Record<string, unknown>): RecordRow | undefined;
  remove(db: Db, id: number, expectedVersion: number, at: string): boolean;
}

export function recordRepository(table: SQLiteTable, orderBy: string): RecordRepository {
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const byKey = new Map(columns);
  const softDelete = byKey.has('deletedAt');
  const live = softDelete ? 'AND r.deleted_at IS NULL' : '';

  const fromRow = rowReader(table) as (raw: RawRow) => RecordRow;

  const toParams = (values: Record<string, unknown>) => {
    const keys = Object.keys(values).filter((key) => byKey.has(key));
    const params = Object.fromEntries(
      keys.map((key) => [key, values[key] == null ? null : byKey.get(key)!.mapToDriverValue(values[key])]),
    );
    return { keys, params };
  };

  const select = `SELECT r.* FROM "${name}" r JOIN insured_person p ON p.id = r.insured_person_id WHERE p.office_id = @officeId ${live}`;

  return {
    table: name,
    softDelete,
    list: (db, officeId, clientId) =>
      (
        prepared(db, `${select} AND r.insured_person_id = @clientId ORDER BY ${orderBy}, r.id`).all({
          officeId,
          clientId,
        }) as Record<string, unknown>[]
      ).map(fromRow),
    find: (db, officeId, id) => {
      const raw = prepared(db, `${select} AND r.id = @id`).get({ officeId, id }) as Record<string, unknown> | undefined;
      return raw && fromRow(raw);
    },
    insert: (db, values) => {
      const { keys, params } = toParams(values);
      const sql = `INSERT INTO "${name}" (${keys.map((k) => `"${byKey.get(k)!.name}"`).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')}) RETURNING *`;
      return fromRow(prepared(db, sql).get(params) as Record<string, unknown>);
    },
    update: (db, id, expectedVersion, values) => {
      const { keys, params } = toParams(values);
      const sets = keys.map((k) => `"${byKey.get(k)!.name}" = @${k}`).join(', ');
      const sql = `UPDATE "${name}" SET ${sets}, version = version + 1 WHERE id = @id AND version = @expectedVersion RETURNING *`;
      const raw = prepared(db, sql).get({ ...params, id, expectedVersion }) as Record<string, unknown> | undefined;
      return raw && fromRow(raw);
    },
    remove: (db, id, expectedVersion, at) => {
      const sql = softDelete
        ? `UPDATE "${name}" SET deleted_at = @at, updated_at = @at, version = version + 1 WHERE id = @id AND version = @expectedVersion`
        : `DELETE FROM "${name}" WHERE id = @id AND version = @expectedVersion`;
      return prepared(db, sql).run(softDelete ? { id, expectedVersion, at } : { id, expectedVersion }).changes === 1;
    },
  };
}

// Inserts demo rows through one cached prepared statement per table, built from the drizzle schema:
// the row types and column names come from db/schema.ts, the speed from skipping the query builder
// (millions of rows at benchmark scale).
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { prepared } from '../statements';

/** A row as the schema takes it, without its own id and without the references given at write time. */
export type Draft<T extends SQLiteTable, Refs extends keyof T['$inferInsert'] = never> = Omit<
  T['$inferInsert'],
  'id' | Refs
>;

/** A function that inserts one row of `table` (every column but id) and returns the new id. */
export function rowWriter<T extends SQLiteTable>(table: T): (db: Db, row: Draft<T>) => number {
  const columns = (Object.entries(getTableColumns(table)) as [string, Column][]).filter(([key]) => key !== 'id');
  const text = `INSERT INTO "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')})
    VALUES (${columns.map(() => '?').join(', ')})`;
  return (db, row) => {
    const record = row as Record<string, unknown>;
    // The column maps each value the way drizzle stores it (booleans as 0/1, JSON as text).
    const values = columns.map(([key, column]) => (record[key] == null ? null : column.mapToDriverValue(record[key])));
    return Number(prepared(db, text).run(values).lastInsertRowid);
  };
}

// Rows read by hand-written (cached) statements, turned into the shape drizzle would give: camelCase
// keys and each column's own conversion (booleans from 0/1, JSON from text). The hot read paths use
// these instead of the query builder, which builds and prepares its SQL again on every call.
import { Column, getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export type RawRow = Record<string, unknown>;

export function rowReader<T extends SQLiteTable>(table: T): (raw: RawRow) => T['$inferSelect'] {
  // Most columns (text, plain integers) keep the driver's value: their conversion is skipped.
  const columns = Object.entries(getTableColumns(table)).map(([key, column]: [string, Column]) => ({
    key,
    name: column.name,
    convert:
      column.mapFromDriverValue === Column.prototype.mapFromDriverValue
        ? null
        : (value: unknown) => column.mapFromDriverValue(value),
  }));
  return (raw) => {
    const row: RawRow = {};
    for (const { key, name, convert } of columns) {
      const value = raw[name];
      row[key] = value === null || value === undefined ? null : convert ? convert(value) : value;
    }
    return row as T['$inferSelect'];
  };
}

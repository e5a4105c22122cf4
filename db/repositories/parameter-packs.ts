// The parameter packs the owner imported, in the order they were imported (a later pack's value for
// the same parameter and date wins).
import { asc } from 'drizzle-orm';
import type { Db } from '../open';
import { parameterPacks } from '../schema';

export type ParameterPackRow = typeof parameterPacks.$inferSelect;

export function listParameterPacks(db: Db): ParameterPackRow[] {
  return db.select().from(parameterPacks).orderBy(asc(parameterPacks.id)).all();
}

export function insertParameterPack(db: Db, row: Omit<ParameterPackRow, 'id'>): ParameterPackRow {
  return db.insert(parameterPacks).values(row).returning().get();
}

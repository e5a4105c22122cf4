// The impairments of a medical determination, replaced as a whole with it.
import type { Db } from '../open';
import { prepared } from '../statements';

export interface Impairment {
  section: string;
  description: string | null;
  percent: number;
  isTemporary: boolean;
}

export function replaceImpairments(db: Db, determinationId: number, impairments: Impairment[]): void {
  prepared(db, 'DELETE FROM medical_impairment WHERE determination_id = ?').run(determinationId);
  const insert = prepared(
    db,
    'INSERT INTO medical_impairment (determination_id, section, description, percent, is_temporary) VALUES (?, ?, ?, ?, ?)',
  );
  for (const i of impairments) insert.run(determinationId, i.section, i.description, i.percent, i.isTemporary ? 1 : 0);
}

export function impairmentsOf(db: Db, determinationIds: number[]): Map<number, Impairment[]> {
  const out = new Map<number, Impairment[]>(determinationIds.map((id) => [id, []]));
  if (determinationIds.length === 0) return out;
  // One cached statement whatever the number of ids: they travel as a JSON array.
  const rows = prepared(
    db,
    `SELECT determination_id AS determinationId, section, description, percent, is_temporary AS isTemporary
     FROM medical_impairment WHERE determination_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(determinationIds)) as (Omit<Impairment, 'isTemporary'> & {
    determinationId: number;
    isTemporary: number;
  })[];
  for (const { determinationId, isTemporary, ...row } of rows)
    out.get(determinationId)!.push({ ...row, isTemporary: isTemporary === 1 });
  return out;
}

// Rebuilds the clients' full-text index when it is out of step with the table: after the migration that
// created it, or if a crash or a manual edit left it short.
import type { Db } from '../open';
import { prepared } from '../statements';
import { indexClient, type ClientSearchFields } from './client-index';

function count(db: Db, text: string): number {
  return prepared(db, text).pluck().get() as number;
}

export function rebuildClientIndex(db: Db): void {
  db.$client.exec('DELETE FROM client_search');
  const rows = prepared(
    db,
    `SELECT id, id_number AS idNumber, first_name_he AS firstNameHe, last_name_he AS lastNameHe,
            first_name_latin AS firstNameLatin, last_name_latin AS lastNameLatin,
            first_name_ar AS firstNameAr, last_name_ar AS lastNameAr,
            mobile_phone AS mobilePhone, other_phone AS otherPhone, file_number AS fileNumber
     FROM insured_person WHERE deleted_at IS NULL`,
  ).all() as ClientSearchFields[];
  for (const row of rows) indexClient(db, row);
}

/** True when every live client is indexed and nothing else is. */
export function clientIndexInStep(db: Db): boolean {
  return (
    count(db, 'SELECT count(*) FROM client_search_docsize') ===
    count(db, 'SELECT count(*) FROM insured_person WHERE deleted_at IS NULL')
  );
}

export function ensureClientIndex(db: Db): void {
  if (!clientIndexInStep(db)) db.transaction(() => rebuildClientIndex(db));
}

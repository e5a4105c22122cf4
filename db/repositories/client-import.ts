// The store side of an import: every ID and file number the office holds, read once; and the client
// insert for thousands of rows in one transaction.
import { getTableColumns } from 'drizzle-orm';
import { clientFields, type ClientFields } from '../../shared/schemas/client';
import type { Db } from '../open';
import { insuredPersons } from '../schema';
import { indexNewClient } from '../search/client-index';
import { prepared } from '../statements';
import type { NewInsuredPerson } from './insured-persons';

/** Deleted clients included: their ID and file numbers stay taken under the unique indexes. */
export function officeClientKeys(db: Db, officeId: number): { idNumbers: Set<string>; fileNumbers: Set<string> } {
  const rows = prepared(db, 'SELECT id_number, file_number FROM insured_person WHERE office_id = ?')
    .raw()
    .all(officeId) as [string, string | null][];
  return {
    idNumbers: new Set(rows.map(([id]) => id)),
    fileNumbers: new Set(rows.flatMap(([, file]) => (file === null ? [] : [file]))),
  };
}

export type ImportedClient = ClientFields &
  Required<
    Pick<NewInsuredPerson, 'officeId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'importBatchId'>
  >;

// One cached prepared statement for every row: insertInsuredPerson's query builder prepares its
// statement anew (and returns the whole row) for each call, several times the cost at 50,000 rows.
const table = getTableColumns(insuredPersons);
const KEYS = [
  ...Object.keys(clientFields.shape),
  'officeId',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'importBatchId',
] as (keyof ImportedClient)[];
const INSERT = `INSERT INTO insured_person (${KEYS.map((key) => `"${table[key].name}"`).join(', ')}) VALUES (${KEYS.map(() => '?').join(', ')})`;

/** As insertInsuredPerson, the search index kept in step; returns the new client's id. */
export function insertImportedClient(db: Db, row: ImportedClient): number {
  const values = KEYS.map((key) => (row[key] === null ? null : table[key].mapToDriverValue(row[key])));
  const id = Number(prepared(db, INSERT).run(values).lastInsertRowid);
  indexNewClient(db, { id, ...row });
  return id;
}

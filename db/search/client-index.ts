// The clients' full-text index: names in Hebrew, Latin and Arabic letters, and identifiers (ID number,
// phones, file number) with their trailing parts, so "4159" finds 314159260 and "6789" a phone.
import { digitsOf, foldForSearch } from '../../shared/search/fold';
import { spellingKeys } from '../../shared/search/spelling';
import type { Db } from '../open';
import { prepared } from '../statements';

export interface ClientSearchFields {
  id: number;
  idNumber: string;
  firstNameHe: string;
  lastNameHe: string;
  firstNameLatin: string | null;
  lastNameLatin: string | null;
  firstNameAr: string | null;
  lastNameAr: string | null;
  mobilePhone: string | null;
  otherPhone: string | null;
  fileNumber: string | null;
}

/** Every suffix of a digit string down to minLength: prefix search over them is substring search. */
function suffixes(digits: string, minLength: number): string[] {
  const out: string[] = [];
  for (let start = 0; digits.length - start >= minLength; start++) out.push(digits.slice(start));
  return out;
}

function nationalDigits(e164: string): string {
  return `0${digitsOf(e164).replace(/^972/, '')}`;
}

/** What the index holds: the folded names, the identifiers, and the Hebrew names' spelling keys. */
export function clientSearchText(row: ClientSearchFields): { names: string; identifiers: string; nameKeys: string } {
  const names = [
    row.firstNameHe,
    row.lastNameHe,
    row.firstNameLatin,
    row.lastNameLatin,
    row.firstNameAr,
    row.lastNameAr,
  ]
    .filter(Boolean)
    .join(' ');
  const identifiers = [
    ...suffixes(row.idNumber, 3),
    row.idNumber.replace(/^0+/, ''),
    ...[row.mobilePhone, row.otherPhone].filter((p): p is string => !!p).flatMap((p) => suffixes(nationalDigits(p), 4)),
    row.fileNumber ? foldForSearch(row.fileNumber) : '',
    row.fileNumber ? digitsOf(row.fileNumber) : '',
  ];
  return {
    names: foldForSearch(names),
    identifiers: [...new Set(identifiers.filter(Boolean))].join(' '),
    nameKeys: spellingKeys(`${row.firstNameHe} ${row.lastNameHe}`),
  };
}

/** A client just inserted, so not in the index yet: nothing to delete first (an import does 50,000). */
export function indexNewClient(db: Db, row: ClientSearchFields): void {
  const { names, identifiers, nameKeys } = clientSearchText(row);
  prepared(db, 'INSERT INTO client_search (rowid, names, identifiers, name_keys) VALUES (?, ?, ?, ?)').run(
    row.id,
    names,
    identifiers,
    nameKeys,
  );
}

export function indexClient(db: Db, row: ClientSearchFields): void {
  unindexClient(db, row.id);
  indexNewClient(db, row);
}

export function unindexClient(db: Db, id: number): void {
  prepared(db, 'DELETE FROM client_search WHERE rowid = ?').run(id);
}

// Claims and notes are searched by one folded text column each.
import type { Benefit } from '../../shared/domain/enums';
import { benefitLabel } from '../../shared/locales/messages';
import { foldForSearch } from '../../shared/search/fold';
import type { Db } from '../open';
import { prepared } from '../statements';

type TextIndex = 'claim_search' | 'note_search';

function indexText(db: Db, table: TextIndex, id: number, parts: (string | null | undefined)[]): void {
  prepared(db, `DELETE FROM ${table} WHERE rowid = ?`).run(id);
  prepared(db, `INSERT INTO ${table} (rowid, body) VALUES (?, ?)`).run(
    id,
    foldForSearch(parts.filter(Boolean).join(' ')),
  );
}

/** A claim is found by its benefit's Hebrew name, its form number (בל/7801 or 7801), its NII number and its summary. */
export function indexClaim(
  db: Db,
  claim: {
    id: number;
    benefit: Benefit;
    formNumber: string | null;
    niiClaimNumber?: string | null;
    summary: string | null;
  },
): void {
  const formDigits = claim.formNumber?.replace(/\D/g, '');
  const niiDigits = claim.niiClaimNumber?.replace(/\D/g, '');
  indexText(db, 'claim_search', claim.id, [
    benefitLabel(claim.benefit),
    claim.formNumber,
    formDigits,
    claim.niiClaimNumber,
    niiDigits,
    claim.summary,
  ]);
}

export function indexNote(db: Db, note: { id: number; body: string }): void {
  indexText(db, 'note_search', note.id, [note.body]);
}

export function unindexClaim(db: Db, id: number): void {
  prepared(db, 'DELETE FROM claim_search WHERE rowid = ?').run(id);
}

export function unindexNote(db: Db, id: number): void {
  prepared(db, 'DELETE FROM note_search WHERE rowid = ?').run(id);
}

// Which claim each row of a payments list pays: the client by ID number, then the claim by the NII's
// claim number when the row gives one, else by the benefit, else the client's only claim. Of several,
// the one decided (or under appeal) is the one the NII pays on.
import { validationMessage } from '../../shared/locales/messages';
import type { PaymentRowProblem } from '../../shared/schemas/payments';
import { claimsOfClients, clientsByIdNumber } from '../../db/repositories/payments';
import type { Db } from '../../db/open';
import type { PaymentList, PaymentListRow } from './csv';

type ClaimLine = ReturnType<typeof claimsOfClients>[number];

export interface MatchedRow extends PaymentListRow {
  clientId: number;
  claimId: number;
}

const PAYING = ['decided', 'appeal'];

function claimFor(row: PaymentListRow, own: ClaimLine[]): ClaimLine[] {
  if (row.niiClaimNumber) return own.filter((c) => c.niiClaimNumber === row.niiClaimNumber);
  const ofBenefit = row.benefit ? own.filter((c) => c.benefit === row.benefit) : own;
  if (ofBenefit.length <= 1) return ofBenefit;
  const paying = ofBenefit.filter((c) => PAYING.includes(c.status));
  return paying.length ? paying : ofBenefit;
}

/** The rows with their client and claim; a problem for each row that names none, or one twice in the list. */
export function matchRows(
  db: Db,
  officeId: number,
  list: PaymentList,
): { rows: MatchedRow[]; problems: PaymentRowProblem[] } {
  const column = (field: keyof PaymentList['headers'], fallback: string) => list.headers[field] ?? fallback;
  const clients = clientsByIdNumber(db, officeId, [...new Set(list.rows.map((r) => r.idNumber))]);
  const claims = claimsOfClients(db, officeId, [...clients.values()]);
  const problems: PaymentRowProblem[] = [];
  const rows: MatchedRow[] = [];
  const seen = new Map<string, number>();
  for (const row of list.rows) {
    const clientId = clients.get(row.idNumber);
    if (clientId === undefined) {
      problems.push({ row: row.row, column: column('idNumber', ''), message: validationMessage('paymentNoClient') });
      continue;
    }
    const found = claimFor(
      row,
      claims.filter((c) => c.clientId === clientId),
    );
    if (found.length !== 1) {
      const field = row.niiClaimNumber ? 'niiClaimNumber' : row.benefit ? 'benefit' : 'idNumber';
      problems.push({
        row: row.row,
        column: column(field, ''),
        message: validationMessage(found.length === 0 ? 'paymentNoClaim' : 'paymentClaimAmbiguous'),
      });
      continue;
    }
    const key = `${found[0]!.id}|${row.fromMonth}|${row.toMonth}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: row.row,
        column: column('month', ''),
        message: validationMessage('paymentTwiceInFile', { row: earlier }),
      });
      continue;
    }
    seen.set(key, row.row);
    rows.push({ ...row, clientId, claimId: found[0]!.id });
  }
  return { rows, problems };
}

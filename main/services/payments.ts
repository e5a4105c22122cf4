// Payments the NII made on a client's claims: recorded by hand, from a CSV list or from a payment
// letter (payments/from-letter.ts), each write checking the claim again against the rules and posting
// the fees its payments allow; the client's ledger and the statement they can be given.
import Decimal from 'decimal.js';
import { AppError } from '../../shared/api/result';
import { fromHundredths, toHundredths } from '../../shared/money';
import type { ClientLedger } from '../../shared/schemas/payments';
import { findClaim, type ClaimRow } from '../../db/repositories/claims';
import {
  claimsWithPayments,
  clientLedger,
  findPayment,
  insertPayment,
  softDeletePayment,
} from '../../db/repositories/payments';
import { claimCheck, refreshClaim, toPayment } from '../payments/check';
import { readPaymentList } from '../payments/csv';
import { matchRows } from '../payments/match';
import { feeStatementPdf } from '../payments/statement';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { assertClient } from './ownership';

function claimOf(call: Call, id: number): ClaimRow {
  const claim = findClaim(call.store.db, call.session.officeId, id);
  if (!claim) throw new AppError('not_found', 'claimNotFound', 'claimId');
  return claim;
}

/** The client's ledger over all their claims, and the fee their agreements give in all. */
function ledgerOf(call: Call, clientId: number): ClientLedger & { feeTotal: string | null } {
  assertClient(call, clientId);
  const lines = clientLedger(call.store.db, call.session.officeId, clientId);
  const entries = lines.map(({ entry, payment }) => ({
    paymentId: payment.id,
    claimId: payment.claimId,
    benefit: payment.benefit,
    kind: payment.kind,
    fromMonth: payment.fromMonth,
    toMonth: payment.toMonth,
    amount: fromHundredths(payment.amountAgorot),
    fee: fromHundredths(entry.feeAgorot),
    basis: entry.basis,
  }));
  const claimIds = [...new Set(entries.map((e) => e.claimId))];
  const totals = claimIds.map((id) => claimCheck(call, claimOf(call, id)).feeTotal);
  const feeTotal =
    totals.length && totals.every((t) => t !== null)
      ? totals.reduce((s, t) => s.plus(t!), new Decimal(0)).toFixed(2)
      : null;
  const collected = entries.reduce((s, e) => s.plus(e.fee), new Decimal(0)).toFixed(2);
  return { clientId, entries, collected, feeTotal };
}

export const paymentHandlers: Handlers<
  | 'payments.forClaim'
  | 'payments.create'
  | 'payments.delete'
  | 'payments.import'
  | 'payments.recheck'
  | 'payments.ledger'
  | 'payments.statement'
> = {
  'payments.forClaim': (call, input) => claimCheck(call, claimOf(call, input.claimId)),
  'payments.create': (call, input) =>
    call.store.db.transaction(() => {
      const claim = claimOf(call, input.claimId);
      const at = call.now().toISOString();
      const toMonth = input.kind === 'monthly' ? input.fromMonth : (input.toMonth ?? input.fromMonth);
      const row = insertPayment(call.store.db, {
        officeId: claim.officeId,
        insuredPersonId: claim.insuredPersonId,
        claimId: claim.id,
        benefit: claim.benefit,
        kind: input.kind,
        fromMonth: input.fromMonth,
        toMonth,
        amountAgorot: toHundredths(input.amount),
        paidDate: input.paidDate,
        source: 'manual',
        createdAt: at,
        updatedAt: at,
        createdBy: call.session.staffId,
      });
      if (!row) throw new AppError('conflict', 'paymentDuplicate', 'fromMonth');
      audit(call, { action: 'create', entity: 'payment', entityId: row.id, details: { claimId: claim.id } });
      refreshClaim(call, claim);
      return toPayment(row);
    }),
  'payments.delete': (call, input) =>
    call.store.db.transaction(() => {
      const row = findPayment(call.store.db, call.session.officeId, input.id);
      if (!row) throw new AppError('not_found', 'paymentNotFound');
      if (row.version !== input.version) throw new AppError('conflict', 'staleVersion');
      if (!softDeletePayment(call.store.db, row.id, row.version, call.session.staffId, call.now().toISOString()))
        throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'delete', entity: 'payment', entityId: row.id, details: { claimId: row.claimId } });
      refreshClaim(call, claimOf(call, row.claimId));
      return null;
    }),
  'payments.import': (call, input) => {
    const list = readPaymentList(Buffer.from(input.contentBase64, 'base64'));
    const matched = matchRows(call.store.db, call.session.officeId, list);
    const problems = [...list.problems, ...matched.problems].sort((a, b) => a.row - b.row);
    if (problems.length || input.dryRun)
      return { recorded: problems.length ? 0 : matched.rows.length, duplicates: 0, problems, claimIds: [] };
    return call.store.db.transaction(() => {
      const at = call.now().toISOString();
      let recorded = 0;
      const claims = new Set<number>();
      for (const row of matched.rows) {
        const claim = claimOf(call, row.claimId);
        const inserted = insertPayment(call.store.db, {
          officeId: claim.officeId,
          insuredPersonId: claim.insuredPersonId,
          claimId: claim.id,
          benefit: claim.benefit,
          kind: row.fromMonth === row.toMonth ? 'monthly' : 'retroactive',
          fromMonth: row.fromMonth,
          toMonth: row.toMonth,
          amountAgorot: toHundredths(row.amount),
          paidDate: row.paidDate,
          source: 'csv',
          createdAt: at,
          updatedAt: at,
          createdBy: call.session.staffId,
        });
        if (!inserted) continue;
        recorded += 1;
        claims.add(claim.id);
      }
      const claimIds = [...claims].sort((a, b) => a - b);
      for (const id of claimIds) refreshClaim(call, claimOf(call, id));
      audit(call, {
        action: 'import',
        entity: 'payment',
        details: { file: input.name, recorded, duplicates: matched.rows.length - recorded, claims: claimIds.length },
      });
      return { recorded, duplicates: matched.rows.length - recorded, problems: [], claimIds };
    });
  },
  'payments.recheck': (call) =>
    call.store.db.transaction(() => {
      const ids = claimsWithPayments(call.store.db, call.session.officeId);
      const flags = ids.reduce((n, id) => n + refreshClaim(call, claimOf(call, id)).flags.length, 0);
      audit(call, { action: 'recheck', entity: 'payment', details: { claims: ids.length, flags } });
      return { claims: ids.length, flags };
    }),
  'payments.ledger': (call, input) => {
    const { feeTotal: _total, ...ledger } = ledgerOf(call, input.clientId);
    return ledger;
  },
  'payments.statement': async (call, input) => {
    const statement = await feeStatementPdf(call, ledgerOf(call, input.clientId), input.language);
    audit(call, {
      action: 'export',
      entity: 'insured_person',
      entityId: input.clientId,
      details: { paper: 'fee_statement', language: statement.language, file: statement.fileName },
    });
    return statement;
  },
};

// Reading and verifying the audit trail: owners and lawyers only; one client's trail, for the history
// tab of the file, owners only. Verification compares the chain with the heads the backups recorded.
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { recordedHeads } from '../../db/audit-heads';
import { headFileOf, listAudit, verifyAuditChain } from '../../db/repositories/audit';
import { clientAuditTrail } from '../../db/repositories/client-audit';
import { assertClient } from './ownership';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

function list(call: Call, input: ParsedInputOf<'audit.list'>): OutputOf<'audit.list'> {
  return listAudit(call.store.db, call.session.officeId, input);
}

function clientTrail(call: Call, input: ParsedInputOf<'audit.client'>): OutputOf<'audit.client'> {
  assertClient(call, input.clientId);
  return clientAuditTrail(call.store.db, call.session.officeId, input);
}

function verify(call: Call): OutputOf<'audit.verify'> {
  const verdict = verifyAuditChain(
    call.store.db,
    recordedHeads(call.store.db, call.keeper.list(), headFileOf(call.store.db)),
  );
  audit(call, { action: 'verify', entity: 'audit_log', details: { ok: verdict.ok, rows: verdict.rows } });
  return verdict;
}

export const auditHandlers: Handlers<'audit.list' | 'audit.client' | 'audit.verify'> = {
  'audit.list': list,
  'audit.client': clientTrail,
  'audit.verify': verify,
};

// Where a client's power of attorney (representation) and medical confidentiality waiver stand on a
// given day, as SQL over the client row `p`: active, missing (none, or only an unsigned one),
// expired (ended, or past its expiry date) or revoked by the insured. An active paper wins over an
// old revoked or expired one. Parameters: @today (ISO date).
import type { ConsentProblem, ConsentState } from '../../shared/domain/enums';

const poaActive = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id AND r.status = 'active'
  AND (r.ended_date IS NULL OR r.ended_date >= @today) AND (r.revoked_date IS NULL OR r.revoked_date > @today))`;
const poaRevoked = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id AND r.status = 'revoked')`;
const poaExpired = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id
  AND (r.status = 'ended' OR (r.status = 'active' AND r.ended_date < @today)))`;

const waiverActive = `EXISTS (SELECT 1 FROM consent w WHERE w.insured_person_id = p.id AND w.kind = 'medical_waiver'
  AND (w.revoked_date IS NULL OR w.revoked_date > @today) AND (w.expiry_date IS NULL OR w.expiry_date >= @today))`;
const waiverRevoked = `EXISTS (SELECT 1 FROM consent w WHERE w.insured_person_id = p.id AND w.kind = 'medical_waiver' AND w.revoked_date <= @today)`;
const waiverAny = `EXISTS (SELECT 1 FROM consent w WHERE w.insured_person_id = p.id AND w.kind = 'medical_waiver')`;

/** One state per paper: the first that holds of active, revoked, expired; missing otherwise. */
export const powerOfAttorneyStateSql = `CASE WHEN ${poaActive} THEN 'active' WHEN ${poaRevoked} THEN 'revoked' WHEN ${poaExpired} THEN 'expired' ELSE 'missing' END`;
export const medicalWaiverStateSql = `CASE WHEN ${waiverActive} THEN 'active' WHEN ${waiverRevoked} THEN 'revoked' WHEN ${waiverAny} THEN 'expired' ELSE 'missing' END`;

/** A filter condition on `p` for one consent problem. */
export function consentProblemSql(problem: ConsentProblem): string {
  const [paper, state] = problem.split('_') as ['poa' | 'waiver', Exclude<ConsentState, 'active'>];
  return `(${paper === 'poa' ? powerOfAttorneyStateSql : medicalWaiverStateSql}) = '${state}'`;
}

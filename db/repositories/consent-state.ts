// Where a client's power of attorney (representation) and medical confidentiality waiver stand on a
// given day, as SQL: the one notion of "in force on @today" that the client list, the dashboard and
// the export gate all use. In force: a power of attorney that is active, has started (active_from)
// and has neither ended nor been revoked by that day; a consent signed by that day and neither
// expired nor revoked. Over the client row `p`: active, missing (none, or only an unsigned or not
// yet started one), expired (ended, or past its expiry date) or revoked by the insured. An active
// paper wins over an old revoked or expired one. Parameters: @today (ISO date).
import type { ConsentProblem, ConsentState } from '../../shared/domain/enums';
import type { Db } from '../open';
import { prepared } from '../statements';

/** A representation row `r` in force on @today. */
const representationInForceSql = (r: string) => `(${r}.status = 'active' AND (${r}.active_from IS NULL OR ${r}.active_from <= @today)
  AND (${r}.ended_date IS NULL OR ${r}.ended_date >= @today) AND (${r}.revoked_date IS NULL OR ${r}.revoked_date > @today))`;

/** A consent row `c` (of any kind) in force on @today. */
const consentInForceSql = (c: string) => `(${c}.signed_date <= @today
  AND (${c}.revoked_date IS NULL OR ${c}.revoked_date > @today) AND (${c}.expiry_date IS NULL OR ${c}.expiry_date >= @today))`;

const poaActive = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id AND ${representationInForceSql('r')})`;
const poaRevoked = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id AND (r.status = 'revoked' OR r.revoked_date <= @today))`;
const poaExpired = `EXISTS (SELECT 1 FROM representation r WHERE r.insured_person_id = p.id
  AND (r.status = 'ended' OR (r.status = 'active' AND r.ended_date < @today)))`;

const waiverActive = `EXISTS (SELECT 1 FROM consent w WHERE w.insured_person_id = p.id AND w.kind = 'medical_waiver' AND ${consentInForceSql('w')})`;
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

export interface InForce {
  representation: number[];
  consents: number[];
}

/** The ids of one client's representations and consents in force on `today`. */
export function inForceOn(db: Db, clientId: number, today: string): InForce {
  const params = { clientId, today };
  return {
    representation: prepared(db, `SELECT r.id FROM representation r WHERE r.insured_person_id = @clientId AND ${representationInForceSql('r')} ORDER BY r.id`)
      .pluck()
      .all(params) as number[],
    consents: prepared(db, `SELECT c.id FROM consent c WHERE c.insured_person_id = @clientId AND ${consentInForceSql('c')} ORDER BY c.id`)
      .pluck()
      .all(params) as number[],
  };
}

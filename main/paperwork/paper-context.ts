// Gathers what a paper is filled from: the client's file (through the same handlers the desk uses,
// so medical reads are logged), the office, the representative and the claim.
import { AppError } from '../../shared/api/result';
import type { ParsedInputOf } from '../../shared/api/contract';
import { todayInIsrael } from '../../shared/dates';
import type { PaperContext, PaperFile, PaperSignature } from '../../shared/paperwork/model';
import { templateById, type PaperTemplate } from '../../shared/paperwork/templates';
import { findClaim } from '../../db/repositories/claims';
import { findOffice } from '../../db/repositories/offices';
import { listStaff } from '../../db/repositories/staff';
import { toClaim } from '../services/claims';
import { getClient } from '../services/clients';
import type { Call } from '../services/context';
import { recordHandlers } from '../services/records';

type PaperRequest = ParsedInputOf<'paperwork.preview'>;

/** The records handlers are synchronous (one SQLite connection). */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous handler');
  return value;
}

export function paperFile(call: Call, clientId: number): PaperFile {
  const byClient = { clientId };
  return {
    client: getClient(call, { id: clientId }),
    family: now(recordHandlers['family.list'](call, byClient)),
    employment: now(recordHandlers['employment.list'](call, byClient)),
    events: now(recordHandlers['events.list'](call, byClient)),
    medical: now(recordHandlers['medical.list'](call, byClient)),
    representation: now(recordHandlers['representation.list'](call, byClient)),
    consents: now(recordHandlers['consents.list'](call, byClient)),
  };
}

/** The signed-in lawyer, or, when a secretary prepares the paper, the office's first licensed lawyer. */
export function representative(call: Call): PaperContext['representative'] {
  const members = listStaff(call.store.db, call.session.officeId).filter((s) => s.active);
  const me = members.find((s) => s.id === call.session.staffId);
  const lawyer = me && me.role !== 'staff' ? me : (members.find((s) => s.role !== 'staff' && s.licenseNumber) ?? me);
  return { fullName: lawyer?.fullName ?? '', licenseNumber: lawyer?.licenseNumber ?? null };
}

export function templateFor(request: Pick<PaperRequest, 'template' | 'claimId' | 'language'>): PaperTemplate {
  const template = templateById(request.template)!; // the contract's schema admits known ids only
  if (template.needsClaim && request.claimId === null) throw new AppError('validation', 'paperNeedsClaim', 'claimId');
  if (!template.languages.includes(request.language)) throw new AppError('validation', 'paperLanguage', 'language');
  return template;
}

export function paperContext(call: Call, request: PaperRequest, signature: PaperSignature | null): PaperContext {
  const file = paperFile(call, request.clientId);
  const claimRow = request.claimId === null ? undefined : findClaim(call.store.db, call.session.officeId, request.claimId);
  if (request.claimId !== null && !claimRow) throw new AppError('not_found', 'claimNotFound', 'claimId');
  if (claimRow && claimRow.insuredPersonId !== request.clientId) throw new AppError('validation', 'claimOfOtherClient', 'claimId');
  const office = findOffice(call.store.db, call.session.officeId);
  return {
    file,
    office: { name: office?.name ?? '', address: office?.address ?? null, phone: office?.phone ?? null },
    representative: representative(call),
    claim: claimRow ? toClaim(claimRow) : null,
    language: request.language,
    date: todayInIsrael(call.now()),
    options: request.options,
    signature,
  };
}

// Gathers what a paper is filled from: the client's file (through the same handlers the desk uses,
// so medical reads are logged), the office, the representative and the claim.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import type { ParsedInputOf } from '../../shared/api/contract';
import { todayInIsrael } from '../../shared/dates';
import { validationMessage } from '../../shared/locales/messages';
import type { Claim } from '../../shared/schemas/claims';
import type {
  PaperContext,
  PaperFile,
  PaperLawyer,
  PaperMedicalHistory,
  PaperSignature,
} from '../../shared/paperwork/model';
import { templateById, type PaperTemplate } from '../../shared/paperwork/templates';
import { findClaim } from '../../db/repositories/claims';
import { findOffice } from '../../db/repositories/offices';
import { toClaim } from '../services/claims';
import { getClient } from '../services/clients/client';
import { medicalHistoryOf } from '../services/medical-history';
import type { Call } from '../services/context';
import { recordHandlers } from '../services/records';
import { signingLawyer, type StaffMember } from '../services/signing-lawyer';

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
    incomes: now(recordHandlers['incomes.list'](call, byClient)),
    events: now(recordHandlers['events.list'](call, byClient)),
    medical: now(recordHandlers['medical.list'](call, byClient)),
    representation: now(recordHandlers['representation.list'](call, byClient)),
    consents: now(recordHandlers['consents.list'](call, byClient)),
  };
}

const asLawyer = (m: StaffMember | undefined): PaperLawyer => ({
  fullName: m?.fullName ?? '',
  licenseNumber: m?.licenseNumber ?? null,
});

/**
 * Who a paper names. The representative who signs (services/signing-lawyer). The lawyers a power of attorney names: the
 * ones picked in the dialog; by default every active lawyer of the office, so any of them may appear
 * for the client at a committee without a new signature (the signing lawyer first).
 */
function people(call: Call, picked: readonly number[]): Pick<PaperContext, 'representative' | 'lawyers'> {
  const { members, lawyer } = signingLawyer(call);
  const licensed = members.filter((s) => s.role !== 'staff');
  for (const id of picked) {
    if (!licensed.some((s) => s.id === id)) {
      const error = new AppError('validation', 'validation', 'options.lawyers');
      error.message = validationMessage('lawyerNotInOffice');
      throw error;
    }
  }
  const named = picked.length
    ? licensed.filter((s) => picked.includes(s.id))
    : [...licensed].sort((a, b) => Number(b.id === lawyer?.id) - Number(a.id === lawyer?.id));
  return { representative: asLawyer(lawyer), lawyers: (named.length ? named : [lawyer]).map(asLawyer) };
}

/** The medical history as a claim form tells it: the file's records and, from the claim, the illness in the claimant's words. */
function medicalHistory(call: Call, clientId: number, claim: Claim | null): PaperMedicalHistory {
  const history = medicalHistoryOf(call, clientId);
  return {
    illnessDescription: claim?.illnessDescription ?? null,
    workStoppedDate: claim?.workStoppedDate ?? null,
    hmo: history.hmo,
    doctors: history.doctors.map((d) => ({ name: d.doctorName, specialty: d.specialty, clinic: d.clinic })),
    hospitalisations: history.hospitalisations.map((h) => ({
      hospital: h.hospital,
      department: h.ward,
      from: h.fromDate,
      until: h.toDate,
    })),
    diagnoses: history.diagnoses.map((d) => (d.icdCode ? `${d.diagnosis} (${d.icdCode})` : d.diagnosis)),
    medications: history.medications.map((m) => (m.dose ? `${m.medicationName} ${m.dose}` : m.medicationName)),
  };
}

/** The lawyer who signs as the representative (the fee caps depend on whether one is licensed). */
export function representative(call: Call): PaperContext['representative'] {
  return people(call, []).representative;
}

/** A reference a clerk can quote: the form, the date and six random letters ("BL7801-20261102-K3F9QX"). */
function paperReference(fileCode: string, date: string): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const random = [...randomBytes(6)].map((b) => letters[b % letters.length]).join('');
  return `${fileCode}-${date.replaceAll('-', '')}-${random}`;
}

export function templateFor(request: Pick<PaperRequest, 'template' | 'claimId' | 'language'>): PaperTemplate {
  const template = templateById(request.template)!; // the contract's schema admits known ids only
  if (template.needsClaim && request.claimId === null) throw new AppError('validation', 'paperNeedsClaim', 'claimId');
  if (!template.languages.includes(request.language)) throw new AppError('validation', 'paperLanguage', 'language');
  return template;
}

export function paperContext(call: Call, request: PaperRequest, signature: PaperSignature | null): PaperContext {
  const file = paperFile(call, request.clientId);
  const claimRow =
    request.claimId === null ? undefined : findClaim(call.store.db, call.session.officeId, request.claimId);
  if (request.claimId !== null && !claimRow) throw new AppError('not_found', 'claimNotFound', 'claimId');
  if (claimRow && claimRow.insuredPersonId !== request.clientId)
    throw new AppError('validation', 'claimOfOtherClient', 'claimId');
  const office = findOffice(call.store.db, call.session.officeId);
  const date = todayInIsrael(call.now());
  const claim = claimRow ? toClaim(claimRow) : null;
  return {
    file,
    office: { name: office?.name ?? '', address: office?.address ?? null, phone: office?.phone ?? null },
    ...people(call, request.options.lawyers),
    // Read (and logged as a medical read) only for a paper that shows medical details.
    medicalHistory: templateById(request.template)?.medical ? medicalHistory(call, request.clientId, claim) : null,
    claim,
    language: request.language,
    date,
    options: request.options,
    signature,
    paperId: paperReference(templateById(request.template)?.fileCode ?? 'PAPER', date),
  };
}

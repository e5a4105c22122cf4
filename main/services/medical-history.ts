// A client's medical history in one read (the claim form fills its sections from it), logged as one
// read of medical data like any other.
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { MedicalHistory } from '../../shared/api/procedures/medical-history';
import { AppError } from '../../shared/api/result';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import type { Call } from './context';
import type { Handlers } from './handler';
import { listRecords, logMedicalRead, MEDICAL_HISTORY_ENTITY } from './records';

export function medicalHistoryOf(call: Call, clientId: number): MedicalHistory {
  const client = findInsuredPerson(call.store.db, call.session.officeId, clientId);
  if (!client) throw new AppError('not_found', 'clientNotFound', 'clientId');
  const history = {
    hmo: client.hmo,
    diagnoses: listRecords(call, 'diagnoses', clientId),
    doctors: listRecords(call, 'doctors', clientId),
    hospitalisations: listRecords(call, 'hospitalisations', clientId),
    medications: listRecords(call, 'medications', clientId),
  };
  const rows =
    history.diagnoses.length + history.doctors.length + history.hospitalisations.length + history.medications.length;
  logMedicalRead(call, MEDICAL_HISTORY_ENTITY, clientId, rows);
  return history as unknown as MedicalHistory;
}

export const medicalHistoryHandlers: Handlers<'medicalHistory.get'> = {
  'medicalHistory.get': (call: Call, input: ParsedInputOf<'medicalHistory.get'>): OutputOf<'medicalHistory.get'> =>
    medicalHistoryOf(call, input.clientId),
};

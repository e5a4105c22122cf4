// A client's whole medical history in one read: the claim form and the file's records tab need it all.
import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import type { Hmo } from '../../domain/enums';
import { recordId } from '../../schemas/fields';
import type {
  diagnosisFields,
  hospitalisationFields,
  medicationFields,
  treatingDoctorFields,
} from '../../schemas/medical-history';
import type { RecordOf } from './records';

export interface MedicalHistory {
  hmo: Hmo | null;
  diagnoses: RecordOf<typeof diagnosisFields>[];
  doctors: RecordOf<typeof treatingDoctorFields>[];
  hospitalisations: RecordOf<typeof hospitalisationFields>[];
  medications: RecordOf<typeof medicationFields>[];
}

export const medicalHistoryProcedures = {
  'medicalHistory.get': procedure<MedicalHistory>()({
    input: z.object({ clientId: recordId }),
    access: everyone,
    reads: 'records',
  }),
};

// A client's medical history as the general-disability claim form (בל/7801) asks for it: diagnoses,
// the health fund, treating doctors, hospital stays and regular medications; and, on a claim, the
// illness as the claimant tells it and the day work stopped.
// Source: National Insurance Institute, "תביעה לקצבת נכות כללית" (form בל/7801), the sections on the
// illness, treating doctors and hospitalisations; https://www.btl.gov.il/benefits/Disability/Pages/default.aspx
import { z } from 'zod';
import { own } from '../api/validation';
import { hmos } from '../domain/enums';
import { validationMessage } from '../locales/messages';
import { anyPhone, choice, isoDateField, optionalIsoDate, optionalText, requiredText } from './fields';
import { notFuture } from './records';

const pastDate = (field: 'sinceDate' | 'workStoppedDate') =>
  optionalIsoDate(field).refine(notFuture, own(validationMessage('dateFuture', { field })));

/** ICD-10 as doctors write it: a letter, two digits, optionally a dot and up to four more. */
const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/;

export const hmo = choice('hmo', hmos).nullable().default(null);

export const diagnosisFields = z.object({
  diagnosis: requiredText('diagnosis', 200),
  icdCode: optionalText(
    'icdCode',
    10,
    z
      .string()
      .toUpperCase()
      .regex(ICD10, own(validationMessage('icdCode'))),
  ),
  /** The impairment item it likely falls under (the list of impairments of the disability regulations), as typed or chosen. */
  impairmentSection: optionalText('impairmentSection', 30),
  sinceDate: pastDate('sinceDate'),
});

export const treatingDoctorFields = z.object({
  doctorName: requiredText('doctorName', 80),
  specialty: optionalText('specialty', 60),
  clinic: optionalText('clinic', 120),
  phone: anyPhone,
});

export const hospitalisationFields = z
  .object({
    hospital: requiredText('hospital', 120),
    ward: optionalText('ward', 60),
    fromDate: isoDateField('fromDate').refine(
      (iso) => notFuture(iso),
      own(validationMessage('dateFuture', { field: 'fromDate' })),
    ),
    toDate: optionalIsoDate('toDate'),
    admissionReason: optionalText('admissionReason', 500),
  })
  .superRefine((value, ctx) => {
    if (value.toDate && value.toDate < value.fromDate) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: own(validationMessage('dischargeBeforeAdmission')) });
    }
  });

export const medicationFields = z.object({
  medicationName: requiredText('medicationName', 120),
  dose: optionalText('dose', 120),
});

/** What a claim records of the illness, in the claimant's words. */
export const claimMedicalFields = {
  illnessDescription: optionalText('illnessDescription', 4000),
  workStoppedDate: pastDate('workStoppedDate'),
};

export type DiagnosisFields = z.output<typeof diagnosisFields>;
export type TreatingDoctorFields = z.output<typeof treatingDoctorFields>;
export type HospitalisationFields = z.output<typeof hospitalisationFields>;
export type MedicationFields = z.output<typeof medicationFields>;

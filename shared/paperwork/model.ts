// What a paper is made of: the data it is filled from, the sections it shows, and its signature.
import type { ClientFile } from '../api/procedures/clients/file';
import type { Claim } from '../schemas/claims';
import type { Hmo, languages, signatureMethods } from '../domain/enums';
import type { PaperOptions } from './options';

export type PaperLanguage = (typeof languages)[number];
export type SignatureMethod = (typeof signatureMethods)[number];

export type PaperFile = Pick<
  ClientFile,
  'client' | 'family' | 'employment' | 'incomes' | 'events' | 'medical' | 'representation' | 'consents'
>;

/** A lawyer a paper names (a power of attorney names the ones the user picked). */
export interface PaperLawyer {
  fullName: string;
  licenseNumber: string | null;
}

/**
 * What the insured tells the NII about their illness on a claim form: the illness in their words,
 * the date work stopped, the HMO, treating doctors, hospitalisations, diagnoses and medications.
 * Null until the file holds a medical history; each part the file lacks prints as a blank to fill.
 */
export interface PaperMedicalHistory {
  illnessDescription: string | null;
  /** ISO yyyy-mm-dd. */
  workStoppedDate: string | null;
  hmo: Hmo | null;
  doctors: { name: string; specialty: string | null; clinic: string | null }[];
  hospitalisations: { hospital: string; department: string | null; from: string | null; until: string | null }[];
  diagnoses: string[];
  medications: string[];
}

export interface PaperSignature {
  method: SignatureMethod;
  /** PNG data URL when drawn; the typed name when typed. */
  signature: string;
  signerName: string;
  signerIdNumber: string | null;
  /** UTC ISO timestamp. */
  signedAt: string;
  device: string;
}

export interface PaperContext {
  file: PaperFile;
  office: { name: string; address: string | null; phone: string | null };
  /** The lawyer who signs as the representative (the signed-in lawyer, else the office's first). */
  representative: PaperLawyer;
  /** The lawyers a power of attorney names: those picked in the paper dialog, else every active lawyer. */
  lawyers: PaperLawyer[];
  medicalHistory: PaperMedicalHistory | null;
  claim: Claim | null;
  language: PaperLanguage;
  /** The paper's date, ISO yyyy-mm-dd. */
  date: string;
  options: PaperOptions;
  signature: PaperSignature | null;
  /** The paper's own reference, printed in its footer ("BL7801-20261102-K3F9QX"). */
  paperId: string;
}

/** One labelled value; `ltr` for digits that must keep their order; `required` reports a blank. */
export interface PaperRow {
  label: string;
  value: string | null;
  ltr?: boolean;
  required?: boolean;
  /** Left empty only where it applies to the client (a second phone, a guardian): a plain line, not marked. */
  ifApplicable?: boolean;
}

export interface PaperSection {
  title: string;
  /** The form's own section number, printed before the title. */
  number?: number;
  rows?: PaperRow[];
  paragraphs?: string[];
  checks?: { label: string; checked: boolean }[];
  /** The client ticks these boxes by hand (other benefits received): none is struck out. */
  clientTicks?: boolean;
  /** The checks are one choice (marital status): named here, marked as a blank when none is checked. */
  pickOne?: string;
  /** A table: header cells, then rows of cells; `blankRows` empty lines left for the client to fill. */
  table?: { head: string[]; rows: string[][]; blankRows?: number };
  /** A part the insured signs on its own (the benefits-information authorisation). */
  signHere?: boolean;
  /** Signature lines of others under this part (the representatives' acceptance, the attestation). */
  signLines?: { title: string; name: string | null }[];
}

/** A translation of a consent's text for a client who reads another language. */
export interface Translation {
  language: Exclude<PaperLanguage, 'he'>;
  paragraphs: string[];
}

export interface PaperBody {
  sections: PaperSection[];
  /** The same consent text in the client's language, shown after the authoritative Hebrew. */
  translation?: Translation;
  /** Signature lines besides the insured's (the representative's, an employer's…). */
  countersign?: { title: string; name: string | null }[];
  /** Parts after the signatures (a power of attorney's acceptance and attestation), signed by others. */
  after?: PaperSection[];
  /** A list for the clerk, not a paper anyone signs. */
  unsigned?: boolean;
}

// What a paper is made of: the data it is filled from, the sections it shows, and its signature.
import type { ClientFile } from '../api/procedures/files';
import type { Claim } from '../schemas/claims';
import type { languages, signatureMethods } from '../domain/enums';
import type { PaperOptions } from './options';

export type PaperLanguage = (typeof languages)[number];
export type SignatureMethod = (typeof signatureMethods)[number];

export type PaperFile = Pick<ClientFile, 'client' | 'family' | 'employment' | 'events' | 'medical' | 'representation' | 'consents'>;

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
  representative: { fullName: string; licenseNumber: string | null };
  claim: Claim | null;
  language: PaperLanguage;
  /** The paper's date, ISO yyyy-mm-dd. */
  date: string;
  options: PaperOptions;
  signature: PaperSignature | null;
}

/** One labelled value; `ltr` for digits that must keep their order; `required` reports a blank. */
export interface PaperRow {
  label: string;
  value: string | null;
  ltr?: boolean;
  required?: boolean;
}

export interface PaperSection {
  title: string;
  rows?: PaperRow[];
  paragraphs?: string[];
  checks?: { label: string; checked: boolean }[];
  /** A table: header cells, then rows of cells. */
  table?: { head: string[]; rows: string[][] };
  /** A part the insured signs on its own (the benefits-information authorisation). */
  signHere?: boolean;
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
  /** A list for the clerk, not a paper anyone signs. */
  unsigned?: boolean;
}

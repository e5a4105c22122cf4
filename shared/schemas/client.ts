// The insured person (מבוטח) as this slice knows them; the full record comes with the case store.
import { z } from 'zod';
import { birthDate, email, hebrewName, idNumber, latinName, mobilePhone, recordId, recordVersion, sex } from './fields';

export const clientFields = z.object({
  idNumber,
  firstNameHe: hebrewName('firstNameHe'),
  lastNameHe: hebrewName('lastNameHe'),
  firstNameLatin: latinName('firstNameLatin'),
  lastNameLatin: latinName('lastNameLatin'),
  birthDate,
  sex,
  mobilePhone,
  email,
});
export type ClientFields = z.output<typeof clientFields>;
export type ClientFieldsInput = z.input<typeof clientFields>;

export const clientUpdateInput = clientFields.extend({ id: recordId, version: recordVersion });
export const clientGetInput = z.object({ id: recordId });

export const clientSearchInput = z.object({
  query: z.string().trim().max(100).default(''),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});

export interface Client extends ClientFields {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ClientPage {
  rows: Client[];
  total: number;
}

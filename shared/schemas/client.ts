// The insured person (מבוטח) as the office records them.
import { z } from 'zod';
import { own } from '../api/validation';
import { isIsoDate, todayInIsrael } from '../dates';
import { languages, maritalStatuses, residencies } from '../domain/enums';
import { validationMessage, type FieldName } from '../locales/messages';
import { hmo } from './medical-history';
import {
  arabicName,
  birthDate,
  email,
  hebrewName,
  idNumber,
  latinName,
  mobilePhone,
  anyPhone,
  optionalText,
  recordId,
  recordVersion,
  sex,
  choice,
} from './fields';

function digits(field: FieldName, pattern: RegExp, key: Parameters<typeof validationMessage>[0]) {
  return optionalText(field, 20, z.string().regex(pattern, own(validationMessage(key))));
}

const aliyaDate = optionalText(
  'aliyaDate',
  10,
  z
    .string()
    .refine(isIsoDate, own(validationMessage('dateFormat', { field: 'aliyaDate' })))
    .refine((iso) => iso <= todayInIsrael(), own(validationMessage('aliyaDateFuture'))),
);

export const clientFields = z
  .object({
    idNumber,
    firstNameHe: hebrewName('firstNameHe'),
    lastNameHe: hebrewName('lastNameHe'),
    firstNameLatin: latinName('firstNameLatin'),
    lastNameLatin: latinName('lastNameLatin'),
    birthDate,
    sex,
    maritalStatus: choice('maritalStatus', maritalStatuses).nullable().default(null),
    residency: choice('residency', residencies).nullable().default(null),
    street: optionalText('street', 80),
    houseNumber: optionalText('houseNumber', 10),
    locality: optionalText('locality', 60),
    postalCode: digits('postalCode', /^\d{7}$/, 'postalCode'),
    mobilePhone,
    otherPhone: anyPhone,
    email,
    preferredLanguage: choice('preferredLanguage', languages).default('he'),
    isHousewife: z.boolean().default(false),
    aliyaDate,
    bankCode: digits('bankCode', /^\d{2}$/, 'bankCode'),
    bankBranch: digits('bankBranch', /^\d{3}$/, 'bankBranch'),
    bankAccount: digits('bankAccount', /^\d{2,13}$/, 'bankAccount'),
    fileNumber: optionalText('fileNumber', 30),
    // Added later, so kept last: the export's columns follow this order.
    firstNameAr: arabicName('firstNameAr'),
    lastNameAr: arabicName('lastNameAr'),
    hmo,
  })
  .superRefine((client, ctx) => {
    const bank = [client.bankCode, client.bankBranch, client.bankAccount];
    if (bank.some(Boolean) && !bank.every(Boolean)) {
      const missing = (['bankCode', 'bankBranch', 'bankAccount'] as const).find((f) => !client[f]);
      ctx.addIssue({ code: 'custom', path: [missing!], message: own(validationMessage('bankIncomplete')) });
    }
    if (client.aliyaDate && client.aliyaDate < client.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['aliyaDate'], message: own(validationMessage('aliyaBeforeBirth')) });
    }
  });
export type ClientFields = z.output<typeof clientFields>;
export type ClientFieldsInput = z.input<typeof clientFields>;

export const clientUpdateInput = clientFields.and(z.object({ id: recordId, version: recordVersion }));
export const clientGetInput = z.object({ id: recordId });
export const clientDeleteInput = z.object({ id: recordId, version: recordVersion });

export const clientSortKeys = ['name', 'idNumber', 'birthDate', 'updatedAt', 'fileNumber'] as const;
export type ClientSortKey = (typeof clientSortKeys)[number];

export const clientSearchInput = z.object({
  query: z.string().trim().max(100).default(''),
  /** Absent: by relevance when there is a query, by name otherwise. */
  sort: z.enum(clientSortKeys).optional(),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(500).default(50),
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

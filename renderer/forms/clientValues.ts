// The client form's values (what a person types) and their conversion to and from the API's shape.
import { displayToIso, isoToDisplay } from '../../shared/dates';
import { formatPhone } from '../../shared/identity/phone';
import type { Client, ClientFieldsInput } from '../../shared/schemas/client';

type Text<K extends keyof ClientFieldsInput> = Record<K, string>;

/** Every field as the form holds it: text as typed (dates dd/mm/yyyy), '' for none. */
export type ClientFormValues = Text<
  | 'idNumber'
  | 'firstNameHe'
  | 'lastNameHe'
  | 'firstNameLatin'
  | 'lastNameLatin'
  | 'firstNameAr'
  | 'lastNameAr'
  | 'birthDate'
  | 'street'
  | 'houseNumber'
  | 'locality'
  | 'postalCode'
  | 'mobilePhone'
  | 'otherPhone'
  | 'email'
  | 'aliyaDate'
  | 'bankCode'
  | 'bankBranch'
  | 'bankAccount'
  | 'fileNumber'
> & {
  sex: NonNullable<ClientFieldsInput['sex']> | '';
  maritalStatus: NonNullable<ClientFieldsInput['maritalStatus']> | '';
  residency: NonNullable<ClientFieldsInput['residency']> | '';
  preferredLanguage: NonNullable<ClientFieldsInput['preferredLanguage']>;
  isHousewife: boolean;
  hmo: NonNullable<ClientFieldsInput['hmo']> | '';
};

export const emptyClient: ClientFormValues = {
  idNumber: '',
  firstNameHe: '',
  lastNameHe: '',
  firstNameLatin: '',
  lastNameLatin: '',
  firstNameAr: '',
  lastNameAr: '',
  birthDate: '',
  sex: '',
  maritalStatus: '',
  residency: '',
  street: '',
  houseNumber: '',
  locality: '',
  postalCode: '',
  mobilePhone: '',
  otherPhone: '',
  email: '',
  preferredLanguage: 'he',
  isHousewife: false,
  aliyaDate: '',
  bankCode: '',
  bankBranch: '',
  bankAccount: '',
  fileNumber: '',
  hmo: '',
};

/** An unreadable date is passed on as typed so the schema reports it under its field. */
export function typedDate(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (displayToIso(trimmed) ?? trimmed);
}

export function toClientInput(values: ClientFormValues): ClientFieldsInput {
  return {
    ...values,
    birthDate: typedDate(values.birthDate),
    aliyaDate: typedDate(values.aliyaDate),
    // '' (nothing chosen) is refused by the schema with its own message under the field.
    sex: values.sex as ClientFieldsInput['sex'],
    maritalStatus: values.maritalStatus || null,
    residency: values.residency || null,
    hmo: values.hmo || null,
  };
}

export function fromClient(client: Client): ClientFormValues {
  const text = (value: string | null) => value ?? '';
  return {
    idNumber: client.idNumber,
    firstNameHe: client.firstNameHe,
    lastNameHe: client.lastNameHe,
    firstNameLatin: text(client.firstNameLatin),
    lastNameLatin: text(client.lastNameLatin),
    firstNameAr: text(client.firstNameAr),
    lastNameAr: text(client.lastNameAr),
    birthDate: isoToDisplay(client.birthDate),
    sex: client.sex,
    maritalStatus: client.maritalStatus ?? '',
    residency: client.residency ?? '',
    street: text(client.street),
    houseNumber: text(client.houseNumber),
    locality: text(client.locality),
    postalCode: text(client.postalCode),
    mobilePhone: client.mobilePhone ? formatPhone(client.mobilePhone) : '',
    otherPhone: client.otherPhone ? formatPhone(client.otherPhone) : '',
    email: text(client.email),
    preferredLanguage: client.preferredLanguage,
    isHousewife: client.isHousewife,
    aliyaDate: client.aliyaDate ? isoToDisplay(client.aliyaDate) : '',
    bankCode: text(client.bankCode),
    bankBranch: text(client.bankBranch),
    bankAccount: text(client.bankAccount),
    fileNumber: text(client.fileNumber),
    hmo: client.hmo ?? '',
  };
}

// The client form's values (what a person types) and their conversion to and from the API's shape.
import { displayToIso, isoToDisplay } from '../../shared/dates';
import { formatPhone } from '../../shared/identity/phone';
import type { Client, ClientFieldsInput } from '../../shared/schemas/client';

export interface ClientFormValues {
  idNumber: string;
  firstNameHe: string;
  lastNameHe: string;
  firstNameLatin: string;
  lastNameLatin: string;
  /** As typed: dd/mm/yyyy. */
  birthDate: string;
  sex: 'male' | 'female' | '';
  mobilePhone: string;
  email: string;
}

export const emptyClient: ClientFormValues = {
  idNumber: '',
  firstNameHe: '',
  lastNameHe: '',
  firstNameLatin: '',
  lastNameLatin: '',
  birthDate: '',
  sex: '',
  mobilePhone: '',
  email: '',
};

export function toClientInput(values: ClientFormValues): ClientFieldsInput {
  const birthDate = values.birthDate.trim();
  return {
    ...values,
    // An unreadable date is passed on as typed so the schema reports it under the field.
    birthDate: displayToIso(birthDate) ?? birthDate,
    // '' (nothing chosen) is refused by the schema with its own message under the field.
    sex: values.sex as ClientFieldsInput['sex'],
  };
}

export function fromClient(client: Client): ClientFormValues {
  return {
    idNumber: client.idNumber,
    firstNameHe: client.firstNameHe,
    lastNameHe: client.lastNameHe,
    firstNameLatin: client.firstNameLatin ?? '',
    lastNameLatin: client.lastNameLatin ?? '',
    birthDate: isoToDisplay(client.birthDate),
    sex: client.sex,
    mobilePhone: client.mobilePhone ? formatPhone(client.mobilePhone) : '',
    email: client.email ?? '',
  };
}

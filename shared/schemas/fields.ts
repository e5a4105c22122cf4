// Field schemas shared by every form and procedure; each error names its field in Hebrew.
import { z } from 'zod';
import { own, ownInvalid } from '../api/validation';
import { validationMessage, type FieldName } from '../locales/messages';
import { isValidIsraeliId, normalizeIsraeliId } from '../identity/israeli-id';
import { normalizeIsraeliMobile, normalizeIsraeliPhone } from '../identity/phone';
import { isIsoDate, todayInIsrael } from '../dates';

const HEBREW_NAME = /^[\u0590-\u05FF'"\-\s]+$/;
const LATIN_NAME = /^[A-Za-z'.\-\s]+$/;
// Arabic letters, their diacritics and the supplement block (U+0600–U+06FF, U+0750–U+077F).
const ARABIC_NAME = /^[\u0600-\u06FF\u0750-\u077F'"\-\s]+$/;

export function requiredText(field: FieldName, max: number) {
  return z
    .string()
    .trim()
    .min(1, own(validationMessage('required', { field })))
    .max(max, own(validationMessage('tooLong', { field, max })));
}

/** An optional text: '', null or absent mean none and come out as null. */
export function optionalText(field: FieldName, max: number, inner: z.ZodType<string, string> = z.string()) {
  return z
    .string()
    .trim()
    .max(max, own(validationMessage('tooLong', { field, max })))
    .nullish()
    .transform((value) => (value == null || value === '' ? null : value))
    .pipe(inner.nullable());
}

function normalized(normalize: (raw: string) => string | null, message: string) {
  return z.string().transform((raw, ctx) => {
    const value = normalize(raw);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: own(message) });
      return z.NEVER;
    }
    return value;
  });
}

export const idNumber = requiredText('idNumber', 12)
  .pipe(normalized(normalizeIsraeliId, validationMessage('idNumberFormat')))
  .refine(isValidIsraeliId, own(validationMessage('idNumberCheckDigit')));

export const hebrewName = (field: FieldName) =>
  requiredText(field, 60).regex(HEBREW_NAME, own(validationMessage('hebrewName', { field })));

export const latinName = (field: FieldName) =>
  optionalText(field, 60, z.string().regex(LATIN_NAME, own(validationMessage('latinName', { field }))));

/** A name in Arabic script, kept beside the Hebrew one for Arabic-speaking clients. */
export const arabicName = (field: FieldName) =>
  optionalText(field, 60, z.string().regex(ARABIC_NAME, own(validationMessage('arabicName', { field }))));

export const mobilePhone = optionalText(
  'mobilePhone',
  20,
  normalized(normalizeIsraeliMobile, validationMessage('mobilePhone')),
);

export const anyPhone = optionalText('phone', 20, normalized(normalizeIsraeliPhone, validationMessage('phone')));

export const email = optionalText(
  'email',
  254,
  z
    .string()
    .toLowerCase()
    .pipe(z.email(own(validationMessage('email')))),
);

export const birthDate = requiredText('birthDate', 10)
  .refine(isIsoDate, own(validationMessage('dateFormat', { field: 'birthDate' })))
  .refine((iso) => iso <= todayInIsrael(), own(validationMessage('birthDateFuture')))
  .refine((iso) => iso >= '1900-01-01', own(validationMessage('birthDateTooOld')));

export const sex = z.enum(['male', 'female'], { error: own(validationMessage('sex')) });
export type Sex = z.infer<typeof sex>;

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, own(validationMessage('username')));

/** A password as typed: never trimmed, since a space at either end is part of it. */
export function passwordText(field: FieldName) {
  return z
    .string()
    .min(1, own(validationMessage('required', { field })))
    .max(200, own(validationMessage('passwordLong', { field })));
}

/**
 * A new password: at least 10 characters (NIST SP 800-63B allows 8 as a floor; a desk full of medical
 * files asks for more). Common ones are refused in main, where the password list is loaded.
 */
export function newPassword(field: FieldName) {
  return z
    .string()
    .min(10, own(validationMessage('passwordShort', { field })))
    .max(200, own(validationMessage('passwordLong', { field })));
}

export const licenseNumber = optionalText(
  'licenseNumber',
  7,
  z.string().regex(/^\d{1,7}$/, own(validationMessage('licenseNumber'))),
);

export const recordId = z.number().int().positive();
export const recordVersion = z.number().int().positive();
/** The inputs that name one row: by id, by id at a version (a write), by the client it hangs off. */
export const byIdInput = z.object({ id: recordId });
export const byVersionInput = z.object({ id: recordId, version: recordVersion });
export const byClientInput = z.object({ clientId: recordId });

/** A civil date as ISO YYYY-MM-DD. */
export function isoDateField(field: FieldName) {
  return requiredText(field, 10).refine(isIsoDate, own(validationMessage('dateFormat', { field })));
}

export function optionalIsoDate(field: FieldName) {
  return optionalText(field, 10, z.string().refine(isIsoDate, own(validationMessage('dateFormat', { field }))));
}

function twoPlaces(field: FieldName) {
  return z
    .string()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, own(validationMessage('decimal', { field })))
    .transform((text) => (text.includes('.') ? text.padEnd(text.indexOf('.') + 3, '0') : `${text}.00`));
}

/** A two-place decimal as text ("3700.00"), normalized to two places. */
export function decimalText(field: FieldName) {
  return requiredText(field, 13).pipe(twoPlaces(field));
}

export function optionalDecimal(field: FieldName) {
  return optionalText(field, 13, twoPlaces(field));
}

export function percentInt(field: FieldName) {
  const message = own(validationMessage('percentRange', { field }));
  return z.number({ error: message }).int(message).min(0, message).max(100, message).nullable().default(null);
}

export function wholeNumber(field: FieldName) {
  const message = own(validationMessage('wholeNumber', { field }));
  return z
    .number({ error: ownInvalid(message) })
    .int(message)
    .min(0, message);
}

export const month = requiredText('month', 7).regex(
  /^[12]\d{3}-(0[1-9]|1[0-2])$/,
  own(validationMessage('monthFormat', { field: 'month' })),
);

/** One of a closed list of codes, with a Hebrew message naming the field. */
export function choice<const T extends readonly [string, ...string[]]>(field: FieldName, values: T) {
  return z.enum(values, { error: own(validationMessage('choice', { field })) });
}

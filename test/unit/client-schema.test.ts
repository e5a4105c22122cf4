// The contract's client schema gives Hebrew messages that name the field a person must fix.
import { describe, expect, it } from 'vitest';
import { validationError } from '../../shared/api/validation';
import { z } from 'zod';
import { clientFields } from '../../shared/schemas/client';
import { wholeNumber } from '../../shared/schemas/fields';
import { invalidId, validId } from '../support/ids';

const good = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female',
  mobilePhone: '054-7654321',
  email: 'Rachel@Example.co.il',
};

function errorFor(input: object) {
  const parsed = clientFields.safeParse(input);
  if (parsed.success) throw new Error('expected a validation error');
  return validationError(parsed.error);
}

describe('client fields schema', () => {
  it('normalizes what it accepts', () => {
    const parsed = clientFields.parse({ ...good, idNumber: good.idNumber.slice(1), firstNameLatin: '' });
    expect(parsed.mobilePhone).toBe('+972547654321');
    expect(parsed.email).toBe('rachel@example.co.il');
    expect(parsed.firstNameLatin).toBeNull();
    expect(parsed.idNumber).toBe(good.idNumber);
  });

  it('names the ID field and the check digit in Hebrew', () => {
    const error = errorFor({ ...good, idNumber: invalidId('03456789') });
    expect(error).toEqual({
      code: 'validation',
      field: 'idNumber',
      message: 'מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה',
    });
  });

  it('says which required field is missing', () => {
    const { lastNameHe: _omit, ...rest } = good;
    expect(errorFor(rest)).toMatchObject({ field: 'lastNameHe', message: 'יש למלא את השדה שם משפחה' });
    expect(errorFor({ ...good, firstNameHe: '   ' })).toMatchObject({
      field: 'firstNameHe',
      message: 'יש למלא את השדה שם פרטי',
    });
  });

  it('tells a value of the wrong type from a missing one, naming the field', () => {
    // zod keeps no input on the issues it returns, so a wrong type once read as a missing field.
    const wrong = errorFor({ ...good, firstNameHe: 42 });
    expect(wrong.field).toBe('firstNameHe');
    expect(wrong.message).not.toContain('יש למלא');
    expect(wrong.message).toBe('שם פרטי: קלט לא תקין: צריך להיות מחרוזת, התקבל מספר');
    const { firstNameHe: _omit, ...rest } = good;
    expect(errorFor(rest)).toMatchObject({ field: 'firstNameHe', message: 'יש למלא את השדה שם פרטי' });
  });

  it("keeps a schema's own message for a wrong value and still says a missing one is missing", () => {
    const days = z.object({ days: wholeNumber('days') });
    const errorOf = (input: object) => validationError(days.safeParse(input).error!);
    expect(errorOf({ days: 'שלושה' }).message).toBe(errorOf({ days: -1 }).message);
    expect(errorOf({ days: 'שלושה' }).message).not.toContain('יש למלא');
    expect(errorOf({}).message).toMatch(/^יש למלא את השדה /);
  });

  it('refuses a Latin first name in the Hebrew field, a future birth date and a landline as mobile', () => {
    expect(errorFor({ ...good, firstNameHe: 'Rachel' }).message).toBe('שם פרטי צריך להיכתב באותיות עבריות');
    expect(errorFor({ ...good, birthDate: '2999-01-01' }).message).toBe('תאריך הלידה אינו יכול להיות בעתיד');
    expect(errorFor({ ...good, mobilePhone: '03-6091234' }).field).toBe('mobilePhone');
    expect(errorFor({ ...good, sex: '' }).message).toBe('יש לבחור מין');
  });
});

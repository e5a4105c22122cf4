// Rows every paper repeats: the insured's details, the representative's, a benefit list in Hebrew.
import { formatPhone } from '../identity/phone';
import { benefitLabel } from '../locales/messages';
import type { Benefit } from '../domain/enums';
import { displayDate } from './html';
import type { PaperContext, PaperRow } from './model';

export function fullName(ctx: PaperContext): string {
  return `${ctx.file.client.firstNameHe} ${ctx.file.client.lastNameHe}`;
}

export function addressLine(ctx: PaperContext): string | null {
  const { street, houseNumber, locality, postalCode } = ctx.file.client;
  const parts = [[street, houseNumber].filter(Boolean).join(' '), locality, postalCode].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export function insuredRows(ctx: PaperContext): PaperRow[] {
  const c = ctx.file.client;
  return [
    { label: 'שם משפחה', value: c.lastNameHe, required: true },
    { label: 'שם פרטי', value: c.firstNameHe, required: true },
    { label: 'מספר זהות', value: c.idNumber, ltr: true, required: true },
    { label: 'תאריך לידה', value: displayDate(c.birthDate), ltr: true, required: true },
    { label: 'מין', value: c.sex === 'male' ? 'זכר' : 'נקבה' },
    { label: 'כתובת', value: addressLine(ctx), required: true },
    { label: 'טלפון נייד', value: c.mobilePhone && formatPhone(c.mobilePhone), ltr: true },
    { label: 'דואר אלקטרוני', value: c.email, ltr: true },
  ];
}

export function bankRows(ctx: PaperContext): PaperRow[] {
  const c = ctx.file.client;
  return [
    { label: 'קוד בנק', value: c.bankCode, ltr: true, required: true },
    { label: 'מספר סניף', value: c.bankBranch, ltr: true, required: true },
    { label: 'מספר חשבון', value: c.bankAccount, ltr: true, required: true },
  ];
}

export function representativeRows(ctx: PaperContext): PaperRow[] {
  return [
    { label: 'שם המייצג', value: ctx.representative.fullName, required: true },
    { label: 'מספר רישיון עורך דין', value: ctx.representative.licenseNumber, ltr: true },
    { label: 'משרד', value: ctx.office.name, required: true },
    { label: 'כתובת המשרד', value: ctx.office.address },
    { label: 'טלפון המשרד', value: ctx.office.phone && formatPhone(ctx.office.phone), ltr: true },
  ];
}

export function benefitList(list: readonly string[]): string {
  return list.map((b) => benefitLabel(b as Benefit)).join(', ');
}

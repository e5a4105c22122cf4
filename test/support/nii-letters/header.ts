// The parts every generated letter shares: sender, date, addressee with ID, subject, greeting, signature.
import type { Random } from '../../../db/demo/random';
import { printed } from './letter';

export const branches = [
  'חיפה',
  'תל אביב',
  'ירושלים',
  'באר שבע',
  'נתניה',
  'חדרה',
  'עפולה',
  'נצרת',
  'אשדוד',
  'רחובות',
  'פתח תקווה',
  'כפר סבא',
  'קריות',
  'טבריה',
];
const streets = ['רחוב הרצל 12', 'שדרות בן גוריון 40', 'רחוב יפו 97', 'רחוב העצמאות 5', 'דרך השלום 33', 'רחוב הגפן 8'];

export interface HeaderParts {
  letterDate: string;
  client: { name: string; idNumber: string };
  /** The letter gives no ID number (the client is found by name and file number). */
  withoutId: boolean;
  /** The NII's file number for the client, printed as such. */
  fileNumber: string | null;
  /** A valid 9-digit number labelled as a claim number: must not be taken for the ID. */
  decoyClaimNumber: string | null;
  subject: string | null;
}

export function header(random: Random, parts: HeaderParts): string[] {
  const branch = random.pick(branches);
  const date = printed(random, parts.letterDate);
  const idLabel = random.pick(['ת.ז.', 'מספר זהות:', 'ת"ז:', 'ת.ז']);
  return [
    random.pick(['המוסד לביטוח לאומי', 'ביטוח לאומי', `המוסד לביטוח לאומי - סניף ${branch}`]),
    random.chance(0.6) ? `סניף ${branch}` : 'מחלקת גמלאות',
    random.chance(0.7) ? `תאריך: ${date}` : date,
    'לכבוד',
    parts.client.name,
    `${random.pick(streets)}, ${random.pick(branches)}`,
    ...(parts.withoutId ? [] : [`${idLabel} ${parts.client.idNumber}`]),
    ...(parts.fileNumber ? [`${random.pick(['מספר תיק:', "תיק מס'"])} ${parts.fileNumber}`] : []),
    ...(parts.decoyClaimNumber ? [`מספר תביעה: ${parts.decoyClaimNumber}`] : []),
    ...(parts.subject ? [`הנדון: ${parts.subject}`] : []),
    random.pick(['שלום רב,', 'א.ג.נ.,', 'שלום,']),
  ];
}

export function signature(random: Random): string[] {
  return ['בברכה,', random.pick(['פקיד/ת תביעות', 'מחלקת נכות', 'מחלקת גמלאות', 'מנהל/ת התביעות'])];
}

export function someBranchAddress(random: Random): string {
  return `סניף ${random.pick(branches)}, ${random.pick(streets)}${random.chance(0.4) ? `, קומה ${random.int(1, 5)}` : ''}`;
}

// A generated NII-style letter: its lines of text (logical order) and the reading it should give.
// What the generator cannot know about the NII's real letters is written down in docs/inbox.md.
import { format } from 'date-fns';
import { Decimal } from 'decimal.js';
import type { FieldValues, LetterKind } from '../../../shared/inbox/types';
import type { Random } from '../../../db/demo/random';

export interface GeneratedLetter {
  kind: LetterKind;
  client: { name: string; idNumber: string; fileNumber?: string };
  /** The letter names its client without an ID number: by name, and by file number when it has one. */
  withoutId: boolean;
  /** The fields the letter states, as a reading should give them. */
  truth: Partial<FieldValues>;
  lines: string[];
  /** plain: lines of running text; table: "label: value" lines as a two-column table; boxed: a framed header, smaller type. */
  layout: 'plain' | 'table' | 'boxed';
  /** Stored so that a text layer gives each Hebrew word's letters reversed. */
  visual: boolean;
}

/** What one kind's wording adds to the common header. */
export interface Body {
  subject: string | null;
  lines: string[];
  truth: Partial<FieldValues>;
}

const HEBREW_MONTHS = [
  'ינואר',
  'פברואר',
  'מרץ',
  'אפריל',
  'מאי',
  'יוני',
  'יולי',
  'אוגוסט',
  'ספטמבר',
  'אוקטובר',
  'נובמבר',
  'דצמבר',
];

/** A day in 2022–2025 as ISO. */
export function someDay(random: Random, after?: string): string {
  const from = after ? new Date(`${after}T12:00:00`) : new Date('2022-01-01T12:00:00');
  return format(new Date(from.getTime() + random.int(after ? 1 : 0, after ? 400 : 1300) * 86_400_000), 'yyyy-MM-dd');
}

/** A day up to `max` days before `iso`. */
export function daysBefore(random: Random, iso: string, max: number): string {
  return format(new Date(new Date(`${iso}T12:00:00`).getTime() - random.int(0, max) * 86_400_000), 'yyyy-MM-dd');
}

/** An ISO date as letters print it, in one of their ways. */
export function printed(random: Random, iso: string): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return random.weighted([
    [`${d}.${m}.${y}`, 5],
    [`${d}/${m}/${y}`, 3],
    [`${Number(d)} ב${HEBREW_MONTHS[Number(m) - 1]} ${y}`, 1],
  ]);
}

/** A sum of money as letters print it: with or without thousands separators. */
export function printedAmount(random: Random, amount: string): string {
  const value = new Decimal(amount);
  if (random.chance(0.5)) return value.toFixed(2);
  const [whole, cents] = value.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export function someAmount(random: Random, min: number, max: number): string {
  return new Decimal(random.int(min * 100, max * 100)).div(100).toFixed(2);
}

// The office's docket settings: how many days before a binding deadline it is reminded of it.
import { z } from 'zod';
import { own } from '../validation';
import { validationMessage } from '../../locales/messages';
import { everyone, owners, procedure } from '../procedure';

const message = own(validationMessage('reminderDays', { field: 'reminderDays' }));
const isDay = (day: unknown): day is number => Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 365;

/** One to three distinct days of 1–365; any fault is reported on the field as a whole. */
export const reminderDaysInput = z.object({
  reminderDays: z
    .array(z.unknown(), { error: message })
    .refine(
      (days): days is number[] =>
        days.length >= 1 && days.length <= 3 && days.every(isDay) && new Set(days).size === days.length,
      message,
    )
    .transform((days) => (days as number[]).toSorted((a, b) => b - a)),
});

export interface DocketSettings {
  /** Days before a binding deadline, largest first (default 14 and 3). */
  reminderDays: number[];
}

export const docketProcedures = {
  'docket.settings': procedure<DocketSettings>()({ input: z.object({}), access: everyone }),
  'docket.setReminderDays': procedure<DocketSettings>()({
    input: reminderDaysInput,
    access: owners,
    changes: 'office',
  }),
};

// Parts several claim forms share: the latest event or job in the file, the employment rows, the
// medical committee rows, the children and the bank account.
import { displayDate } from './html';
import type { PaperContext, PaperRow, PaperSection } from './model';
import { bankRows } from './rows';

export function latestEvent(ctx: PaperContext, kind: string) {
  return ctx.file.events.filter((e) => e.kind === kind).sort((a, b) => b.eventDate.localeCompare(a.eventDate))[0];
}

export function latestJob(ctx: PaperContext) {
  return [...ctx.file.employment].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

const EMPLOYMENT_KIND = {
  employee: 'שכיר/ה',
  self_employed: 'עצמאי/ת',
  not_working: 'לא עובד/ת',
  unemployed: 'מובטל/ת',
  unpaid_leave: 'חופשה ללא תשלום',
} as const;

export function employmentRows(ctx: PaperContext): PaperRow[] {
  const job = latestJob(ctx);
  return [
    { label: 'מעמד בעבודה', value: job ? EMPLOYMENT_KIND[job.kind] : null, required: true },
    { label: 'שם המעסיק', value: job?.employerName ?? null },
    { label: 'מספר תיק ניכויים', value: job?.employerNumber ?? null, ltr: true },
    { label: 'תחילת העבודה', value: displayDate(job?.startDate), ltr: true },
    { label: 'סיום העבודה', value: displayDate(job?.endDate), ltr: true },
  ];
}

export function eventSection(ctx: PaperContext, kind: string, title: string, dateLabel: string): PaperSection {
  const event = latestEvent(ctx, kind);
  return {
    title,
    rows: [
      { label: dateLabel, value: displayDate(event?.eventDate), ltr: true, required: true },
      { label: 'תיאור', value: event?.description ?? null },
      { label: 'מספר ימים', value: event?.days != null ? String(event.days) : null, ltr: true },
    ],
  };
}

/** The latest medical committee's determination, as the file records it. */
export function committeeRows(ctx: PaperContext): PaperRow[] {
  const latest = [...ctx.file.medical].sort((a, b) => b.committeeDate.localeCompare(a.committeeDate))[0];
  return [
    { label: 'ועדה רפואית אחרונה', value: displayDate(latest?.committeeDate), ltr: true },
    {
      label: 'נכות רפואית משוקללת',
      value: latest?.weightedPercent != null ? `${latest.weightedPercent}%` : null,
      ltr: true,
    },
    { label: 'הליקויים', value: latest?.impairments.map((i) => i.description ?? i.section).join('; ') || null },
  ];
}

export function medicalSection(ctx: PaperContext): PaperSection {
  return { title: 'המצב הרפואי', rows: committeeRows(ctx) };
}

export function childrenTable(ctx: PaperContext): NonNullable<PaperSection['table']> {
  const kids = ctx.file.family.filter((f) => f.relation === 'child');
  return {
    head: ['שם', 'מספר זהות', 'תאריך לידה'],
    rows: kids.map((k) => [
      [k.firstName, k.lastName].filter(Boolean).join(' '),
      k.idNumber ?? '',
      displayDate(k.birthDate) ?? '',
    ]),
  };
}

export const withBank = (ctx: PaperContext): PaperSection => ({ title: 'פרטי חשבון הבנק לתשלום', rows: bankRows(ctx) });

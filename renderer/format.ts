// Display formats for the desk: dates dd/mm/yyyy and times in Israel time, whatever the machine says.
import { isoToDisplay } from '../shared/dates';

export { isoToDisplay as formatDate };
export { formatPhone } from '../shared/identity/phone';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Jerusalem',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC timestamp as Israel time, dd/mm/yyyy HH:mm (he-IL's own format would use dots). */
export function formatTimestamp(utcIso: string): string {
  const part = Object.fromEntries(dateTimeParts.formatToParts(new Date(utcIso)).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

const megabytes = new Intl.NumberFormat('he-IL', { maximumFractionDigits: 1 });

/** A file's size in megabytes, as the backups and the move screens show it. */
export function formatSize(bytes: number): string {
  return `${megabytes.format(bytes / 1_048_576)} MB`;
}

// Building paper HTML safely: every value from the file is escaped, and numbers that must keep
// their digit order inside Hebrew (IDs, phones, dates, form numbers) are isolated.
import { isoToDisplay } from '../dates';

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Left-to-right isolate for an ID, phone, date or form number shown inside right-to-left text. */
export function ltr(value: string): string {
  return `<bdi dir="ltr">${escapeHtml(value)}</bdi>`;
}

/** ISO yyyy-mm-dd as the dd/mm/yyyy a Hebrew reader expects; a blank stays blank. */
export function displayDate(iso: string | null | undefined): string | null {
  return iso ? isoToDisplay(iso) : null;
}

/** Only a PNG data URL may become an image source: nothing else can reach the attribute. */
/** A decimal string as "54,639.00", as the desk shows money; Intl reads the string exactly, never as a float. */
const grouped = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const moneyText = (amount: string) => grouped.format(amount as `${number}`);

export const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

// What the claim forms hold as typed (dates dd/mm/yyyy, amounts with separators) turned into the
// API's shape. Anything unreadable goes on as typed, so the contract's schema names it in Hebrew.
import { displayToIso } from '../../../shared/dates';

/** dd/mm/yyyy → ISO; empty → null (the API's "not given"). */
export function optionalDate(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : (displayToIso(trimmed) ?? trimmed);
}

/** "12,873.00 ₪" → "12873.00"; empty → null. The text stays a decimal string, never a float. */
export function optionalAmount(text: string): string | null {
  const bare = text.replace(/[,\s₪]/g, '');
  return bare === '' ? null : bare;
}

/** A whole percent, or the text as typed so the schema's range message shows. */
export function optionalPercent(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}

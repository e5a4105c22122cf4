// Turns zod issues into Hebrew messages that name the field. Schemas give their own Hebrew messages
// where a generic one would not help; zod's Hebrew locale covers the rest, prefixed with the field.
import { z } from 'zod';
import { validationMessage } from '../locales/messages';
import type { ApiError } from './result';

z.config(z.locales.he());

/**
 * A missing value is told apart from one of the wrong type while zod words the issue: only then is
 * the input at hand. The issues zod returns carry `input` only when parsed with `reportInput: true`,
 * which no caller passes, so `issue.input === undefined` held for every wrong type too. Marking the
 * message here serves every caller (the API, the rules core, imports, forms) without each one parsing
 * differently. Schemas whose own message would win (`{ error }`) use `ownInvalid` to let this through.
 */
const MISSING = validationMessage('required', { field: '' }).trim();
z.config({ customError: (issue) => (isMissing(issue) ? MISSING : undefined) });

/** No value where one is needed: a wrong type, or not one of an enum's values, for `undefined`. */
function isMissing(issue: z.core.$ZodRawIssue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}

export interface FieldIssue {
  field: string;
  message: string;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/** Labels are keyed by the last path segment: 'owner.username' reads as 'username'. */
function labelKey(field: string): string {
  return field.split('.').pop() ?? field;
}

function isRequiredIssue(issue: z.core.$ZodIssue): boolean {
  return issue.message === MISSING;
}

/** Hebrew message for one issue, naming its field. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const field = labelKey(fieldOf(issue));
  if (isRequiredIssue(issue)) return validationMessage('required', { field });
  if (OWN_MESSAGES.has(issue.message)) return issue.message;
  return validationMessage('generic', { field, detail: issue.message });
}

/** One message per field, the first issue of each, in schema order. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = fieldOf(issue);
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issueMessage(issue) });
  }
  return out;
}

export function validationError(error: z.ZodError): ApiError {
  const [first] = fieldIssues(error);
  return first
    ? { code: 'validation', message: first.message, field: first.field || undefined }
    : { code: 'validation', message: validationMessage('required', { field: '' }) };
}

/** Messages our schemas set themselves; they already name the field and stand as they are. */
const OWN_MESSAGES = new Set<string>();

/** A schema message of our own: Hebrew, names its field, shown verbatim. */
export function own(message: string): string {
  OWN_MESSAGES.add(message);
  return message;
}

/** A schema's own message (`{ error: ownInvalid(...) }`) for a value given but wrong; a missing one still reads "יש למלא את השדה". */
export function ownInvalid(message: string): (issue: z.core.$ZodRawIssue) => string | undefined {
  own(message);
  return (issue) => (isMissing(issue) ? undefined : message);
}

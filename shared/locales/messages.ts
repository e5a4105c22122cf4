// Hebrew messages for the API and validation, kept in he.json; one tiny interpolator for {{name}}.
import he from './he.json';

export type FieldName = keyof typeof he.fields;
export type ValidationKey = keyof typeof he.validation;
export type ErrorKey = keyof typeof he.errors;

function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(vars[key] ?? ''));
}

export function fieldLabel(field: string): string {
  return (he.fields as Record<string, string>)[field] ?? field;
}

export function validationMessage(key: ValidationKey, vars: Record<string, string | number> = {}): string {
  const field = typeof vars.field === 'string' ? fieldLabel(vars.field) : '';
  return interpolate(he.validation[key], { ...vars, field });
}

export function errorMessage(key: ErrorKey, vars: Record<string, string | number> = {}): string {
  return interpolate(he.errors[key], vars);
}

export function benefitLabel(benefit: keyof typeof he.benefits): string {
  return he.benefits[benefit];
}

/** The title of a task the app opens by itself (a committee's sitting). */
export function taskTitle(key: keyof typeof he.tasks, vars: Record<string, string | number> = {}): string {
  return interpolate(he.tasks[key], vars);
}

export type PaperworkKey = Exclude<keyof typeof he.paperwork, 'titles'>;

/** A paperwork reason (what blocks an export, what a signed paper no longer matches). */
export function paperworkMessage(key: PaperworkKey, vars: Record<string, string | number> = {}): string {
  return interpolate(he.paperwork[key], vars);
}

/** A paper named inside a sentence: "ייפוי הכוח", "טופס התביעה בל/7801". */
export function paperTitleText(
  key: keyof typeof he.paperwork.titles,
  vars: Record<string, string | number> = {},
): string {
  return interpolate(he.paperwork.titles[key], vars);
}

/** A line of the recovery key's printable sheet. */
export function recoverySheetText(
  key: keyof typeof he.recoverySheet,
  vars: Record<string, string | number> = {},
): string {
  return interpolate(he.recoverySheet[key], vars);
}

/** What the inbox writes when it acts on a confirmed letter or undoes it (task titles, reasons). */
export function inboxText(key: keyof typeof he.inbox, vars: Record<string, string | number> = {}): string {
  return interpolate(he.inbox[key], vars);
}

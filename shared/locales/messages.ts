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

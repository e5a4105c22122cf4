// The drill-down form of one calculator: its inputs (from the calculator's own schema) as texts the
// user can edit, and back. Dates are typed dd/mm/yyyy; nested inputs (a spouse) as JSON.
import { displayToIso, isIsoDate, isoToDisplay } from '../../../../shared/dates';
import { inputDocs, type InputDoc } from '../../../../shared/rules/inputs';
import { calculators } from '../../../../shared/rules/registry';

export type InputTexts = Record<string, string>;
export type InputErrors = Record<string, 'required' | 'numberInvalid' | 'jsonInvalid'>;

export type FieldKind = 'date' | 'number' | 'money' | 'boolean' | 'choice' | 'json' | 'text';

export interface CalcField extends InputDoc {
  kind: FieldKind;
}

function kindOf(doc: InputDoc): FieldKind {
  if (doc.type === 'enum') return 'choice';
  if (doc.type === 'boolean') return 'boolean';
  if (doc.type === 'number') return 'number';
  if (doc.type.includes('number') && doc.type.includes('string')) return 'money';
  if (doc.type === 'string') return /date$/i.test(doc.name) || doc.name === 'from' ? 'date' : 'text';
  return 'json';
}

export function calcFields(calculator: string): CalcField[] {
  const found = calculators[calculator];
  return found ? inputDocs(found.input).map((doc) => ({ ...doc, kind: kindOf(doc) })) : [];
}

function textOf(field: CalcField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'date' && typeof value === 'string' && isIsoDate(value)) return isoToDisplay(value);
  if (field.kind === 'json') return JSON.stringify(value);
  return String(value);
}

export function inputTexts(fields: CalcField[], input: Record<string, unknown>): InputTexts {
  return Object.fromEntries(fields.map((field) => [field.name, textOf(field, input[field.name])]));
}

/** The calculator's input; an empty optional field is left out, a wrong one reported under its name. */
export function inputOf(fields: CalcField[], texts: InputTexts): { input: Record<string, unknown>; errors: InputErrors } {
  const input: Record<string, unknown> = {};
  const errors: InputErrors = {};
  for (const field of fields) {
    const text = (texts[field.name] ?? '').trim();
    if (text === '') {
      if (field.required) errors[field.name] = 'required';
      continue;
    }
    switch (field.kind) {
      case 'number':
        if (/^-?\d+(\.\d+)?$/.test(text)) input[field.name] = Number(text);
        else errors[field.name] = 'numberInvalid';
        break;
      case 'boolean':
        input[field.name] = text === 'true';
        break;
      case 'date':
        // A date that cannot be read goes as typed: the calculator names the field in its error.
        input[field.name] = displayToIso(text) ?? text;
        break;
      case 'json':
        try {
          input[field.name] = JSON.parse(text) as unknown;
        } catch {
          errors[field.name] = 'jsonInvalid';
        }
        break;
      default:
        input[field.name] = text;
    }
  }
  return { input, errors };
}

// The drill-down form of one calculator: its inputs (from the calculator's own schema) as texts the
// user can edit, and back. Dates are typed dd/mm/yyyy; a nested input (a spouse) is a yes/no field
// for whether there is one and a field for each of its own inputs ("spouse.monthlyIncome").
import { displayToIso, isIsoDate, isoToDisplay } from '../../../../shared/dates';
import { inputDocs, type InputDoc } from '../../../../shared/rules/inputs';
import { calculators } from '../../../../shared/rules/registry';

export type InputTexts = Record<string, string>;
export type InputErrors = Record<string, 'required' | 'numberInvalid' | 'jsonInvalid'>;

export type FieldKind = 'date' | 'number' | 'money' | 'boolean' | 'choice' | 'presence' | 'json' | 'text';

export interface CalcField extends InputDoc {
  kind: FieldKind;
  /** The locale key under rights.inputs: the name, or parent_name for a nested input. */
  label: string;
  /** For a nested input: the object it belongs to. */
  parent?: string;
}

function kindOf(doc: InputDoc): FieldKind {
  if (doc.type === 'enum') return 'choice';
  if (doc.type === 'boolean') return 'boolean';
  if (doc.type === 'number') return 'number';
  if (doc.type.includes('number') && doc.type.includes('string')) return 'money';
  if (doc.type === 'string') return /date$/i.test(doc.name) || doc.name === 'from' ? 'date' : 'text';
  if (doc.type === 'object') return 'presence';
  return 'json';
}

export function calcFields(calculator: string): CalcField[] {
  const found = calculators[calculator];
  if (!found) return [];
  return inputDocs(found.input).flatMap((doc): CalcField[] => {
    const field: CalcField = { ...doc, kind: kindOf(doc), label: doc.name };
    const nested = (doc.fields ?? []).map((child) => ({
      ...child,
      name: `${doc.name}.${child.name}`,
      kind: kindOf(child),
      label: `${doc.name}_${child.name}`,
      parent: doc.name,
      required: false,
    }));
    return [field, ...nested];
  });
}

function valueAt(field: CalcField, input: Record<string, unknown>): unknown {
  if (!field.parent) return input[field.name];
  const parent = input[field.parent] as Record<string, unknown> | undefined;
  return parent?.[field.name.slice(field.parent.length + 1)];
}

function textOf(field: CalcField, value: unknown): string {
  if (field.kind === 'presence') return value === undefined || value === null ? 'false' : 'true';
  if (value === undefined || value === null) return '';
  if (field.kind === 'date' && typeof value === 'string' && isIsoDate(value)) return isoToDisplay(value);
  if (field.kind === 'json') return JSON.stringify(value);
  return String(value);
}

export function inputTexts(fields: CalcField[], input: Record<string, unknown>): InputTexts {
  return Object.fromEntries(fields.map((field) => [field.name, textOf(field, valueAt(field, input))]));
}

/** The calculator's input; an empty optional field is left out, a wrong one reported under its name. */
export function inputOf(
  fields: CalcField[],
  texts: InputTexts,
): { input: Record<string, unknown>; errors: InputErrors } {
  const input: Record<string, unknown> = {};
  const errors: InputErrors = {};
  for (const field of fields) {
    const text = (texts[field.name] ?? '').trim();
    // A nested input counts only when its object is there ("has a spouse: yes").
    if (field.parent && texts[field.parent] !== 'true') continue;
    const target = field.parent ? (input[field.parent] as Record<string, unknown>) : input;
    const key = field.parent ? field.name.slice(field.parent.length + 1) : field.name;
    if (text === '') {
      if (field.required) errors[field.name] = 'required';
      continue;
    }
    switch (field.kind) {
      case 'number':
        if (/^-?\d+(\.\d+)?$/.test(text)) target[key] = Number(text);
        else errors[field.name] = 'numberInvalid';
        break;
      case 'boolean':
        target[key] = text === 'true';
        break;
      case 'presence':
        if (text === 'true') target[key] = {};
        break;
      case 'date':
        // A date that cannot be read goes as typed: the calculator names the field in its error.
        target[key] = displayToIso(text) ?? text;
        break;
      case 'json':
        try {
          target[key] = JSON.parse(text) as unknown;
        } catch {
          errors[field.name] = 'jsonInvalid';
        }
        break;
      default:
        target[key] = text;
    }
  }
  return { input, errors };
}

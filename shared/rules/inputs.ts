// Input field schemas shared by the calculators. Messages are Hebrew and name the field.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { own } from '../api/validation';
import { isIsoDate } from '../dates';

const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * The years a date may fall in. Every source the rules cite is from this span and no person or
 * period the app deals with lies outside it; past 9999 the calculators' date arithmetic fails
 * (year 9999 plus a period crashed the deadline calculator).
 */
const DATE_YEARS = { first: 1900, last: 2100 } as const;
const inYears = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last;
};

/**
 * A real calendar date as YYYY-MM-DD ("2023-02-30" is refused) in the years above; --list shows its
 * format. The range message is not `own`, so it comes out prefixed with the field it is about.
 */
export const date = z
  .string()
  .refine(isIsoDate, own('תאריך לא קיים או לא בתבנית YYYY-MM-DD'))
  .refine(inYears, `התאריך צריך להיות בין השנים ${DATE_YEARS.first} ל-${DATE_YEARS.last}`)
  .describe(DATE_FORMAT);

/** ₪ as a number or a decimal string; never negative. Held as decimal.js from here on. */
export const shekels = z
  .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, own('סכום צריך להיות מספר אי-שלילי'))])
  .transform((v) => new Decimal(v))
  .refine((d) => d.isFinite() && d.gte(0), own('סכום צריך להיות מספר אי-שלילי'));

export const percent = z.number().min(0, own('אחוז בין 0 ל-100')).max(100, own('אחוז בין 0 ל-100'));
export const count = z.number().int(own('מספר שלם אי-שלילי')).min(0, own('מספר שלם אי-שלילי'));
export const sexInput = z.enum(['male', 'female']);

/** The shape --list prints for one input: its name, type and whether it is required. */
export interface InputDoc {
  name: string;
  type: string;
  required: boolean;
  values?: string[];
  /** For a string with a format of its own: dates are "YYYY-MM-DD". */
  format?: string;
  /** For an object (a spouse): its own inputs, described the same way. */
  fields?: InputDoc[];
}

/** The part of a JSON Schema node (z.toJSONSchema, as the input is typed) that --list describes. */
interface SchemaNode {
  type?: string;
  description?: string;
  enum?: string[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

/** JSON Schema's "integer" is a number to whoever types the input. */
const typeName = (node: SchemaNode) => (node.type === 'integer' ? 'number' : (node.type ?? 'any'));

function describe(node: SchemaNode, required: boolean): Omit<InputDoc, 'name'> {
  if (node.description === DATE_FORMAT) return { type: 'string', required, format: DATE_FORMAT };
  if (node.enum) return { type: 'enum', required, values: node.enum };
  if (node.anyOf) {
    const present = node.anyOf.filter((option) => option.type !== 'null');
    if (present.length === 1) return describe(present[0]!, false);
    return { type: present.map(typeName).join('|'), required: required && present.length === node.anyOf.length };
  }
  // An object without named properties is a record (any keys), as zod calls it.
  if (node.type === 'object')
    return node.properties ? { type: 'object', required, fields: fieldsOf(node) } : { type: 'record', required };
  return { type: typeName(node), required };
}

function fieldsOf(node: SchemaNode): InputDoc[] {
  return Object.entries(node.properties ?? {}).map(([name, field]) => ({
    name,
    ...describe(field, node.required?.includes(name) ?? false),
  }));
}

/** What the input looks like to a caller: read from its JSON Schema as the input is typed. */
export function inputDocs(schema: z.ZodType): InputDoc[] {
  return fieldsOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode);
}

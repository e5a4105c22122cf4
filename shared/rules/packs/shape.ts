// A parameter's schema, read from the values built into the app: amounts are decimal strings in a
// pack (never floats), and every object, list and null sits where the built-in values have one. A pack
// value is checked against it and turned back into the rules' own types (Decimal for amounts).
import Decimal from 'decimal.js';

export type Shape =
  | { kind: 'decimal' | 'number' | 'string' | 'boolean' | 'null' }
  | { kind: 'array'; element: Shape | null }
  | { kind: 'object'; fields: Record<string, Shape>; optional: string[] }
  | { kind: 'union'; options: Shape[] };

function shapeOfValue(v: unknown): Shape {
  if (v === null || v === undefined) return { kind: 'null' };
  if (Decimal.isDecimal(v)) return { kind: 'decimal' };
  if (typeof v === 'number') return { kind: 'number' };
  if (typeof v === 'string') return { kind: 'string' };
  if (typeof v === 'boolean') return { kind: 'boolean' };
  if (Array.isArray(v))
    return { kind: 'array', element: v.map(shapeOfValue).reduce<Shape | null>((a, b) => (a ? merge(a, b) : b), null) };
  const fields = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, shapeOfValue(x)]));
  return { kind: 'object', fields, optional: [] };
}

function options(s: Shape): Shape[] {
  return s.kind === 'union' ? s.options : [s];
}

/** The shape that accepts both: objects merge field by field (a field one lacks is optional), else a union. */
function merge(a: Shape, b: Shape): Shape {
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
    const fields: Record<string, Shape> = {};
    const optional = new Set([...a.optional, ...b.optional]);
    for (const k of keys) {
      const [x, y] = [a.fields[k], b.fields[k]];
      fields[k] = x && y ? merge(x, y) : (x ?? y)!;
      if (!x || !y) optional.add(k);
    }
    return { kind: 'object', fields, optional: [...optional].sort() };
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return { kind: 'array', element: a.element && b.element ? merge(a.element, b.element) : (a.element ?? b.element) };
  }
  if (a.kind === b.kind && a.kind !== 'union') return a;
  const all = [...options(a)];
  for (const o of options(b)) {
    const same = all.findIndex((x) => x.kind === o.kind);
    if (same < 0) all.push(o);
    else all[same] = merge(all[same]!, o);
  }
  return all.length === 1 ? all[0]! : { kind: 'union', options: all };
}

export function shapeOf(values: readonly unknown[]): Shape {
  return values.map(shapeOfValue).reduce((a, b) => merge(a, b));
}

/** A value as it is written in a pack: amounts as decimal strings. */
export function encode(v: unknown): unknown {
  if (Decimal.isDecimal(v)) return v.toString();
  if (Array.isArray(v)) return v.map(encode);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, encode(x)]),
    );
  return v;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const WHAT: Record<string, string> = {
  decimal: 'סכום כמחרוזת עשרונית (למשל "4711.00")',
  number: 'מספר',
  string: 'טקסט',
  boolean: 'true או false',
  null: 'null',
  array: 'רשימה',
  object: 'אובייקט',
};

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The pack's JSON value as the rules' value, or a ShapeError naming the path and what it should be. */
export function decode(json: unknown, shape: Shape, path: string): unknown {
  switch (shape.kind) {
    case 'decimal':
      if (typeof json === 'string' && DECIMAL.test(json)) return new Decimal(json);
      break;
    case 'number':
    case 'string':
    case 'boolean':
      if (typeof json === shape.kind && (shape.kind !== 'number' || Number.isFinite(json))) return json;
      break;
    case 'null':
      if (json === null) return null;
      break;
    case 'array':
      if (Array.isArray(json))
        return json.map((x, i) => (shape.element ? decode(x, shape.element, `${path}[${i}]`) : x));
      break;
    case 'object':
      if (json !== null && typeof json === 'object' && !Array.isArray(json))
        return decodeObject(json as Record<string, unknown>, shape, path);
      break;
    case 'union':
      return decodeUnion(json, shape.options, path);
  }
  throw new ShapeError(path, `${path}: צריך ${WHAT[shape.kind]}`);
}

function decodeObject(
  json: Record<string, unknown>,
  shape: Extract<Shape, { kind: 'object' }>,
  path: string,
): Record<string, unknown> {
  const extra = Object.keys(json).find((k) => !(k in shape.fields));
  if (extra) throw new ShapeError(`${path}.${extra}`, `${path}.${extra}: שדה שאינו חלק מהפרמטר`);
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(shape.fields)) {
    if (!(k in json)) {
      if (shape.optional.includes(k)) continue;
      throw new ShapeError(`${path}.${k}`, `${path}.${k}: חסר (צריך ${WHAT[s.kind]})`);
    }
    out[k] = decode(json[k], s, `${path}.${k}`);
  }
  return out;
}

function kindOf(json: unknown): Shape['kind'] {
  if (json === null) return 'null';
  if (Array.isArray(json)) return 'array';
  if (typeof json === 'object') return 'object';
  return typeof json === 'string' ? 'string' : (typeof json as Shape['kind']);
}

/** The option of the value's own kind decides (so its error names the inner field); a string may be an amount. */
function decodeUnion(json: unknown, shapes: Shape[], path: string): unknown {
  const kind = kindOf(json);
  const match =
    shapes.find((s) => s.kind === kind) ?? (kind === 'string' ? shapes.find((s) => s.kind === 'decimal') : undefined);
  if (match) return decode(json, match, path);
  throw new ShapeError(path, `${path}: צריך ${shapes.map((s) => WHAT[s.kind]).join(' או ')}`);
}

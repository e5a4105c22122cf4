// Parameter packs: the January update without a release. A pack is one JSON file of dated values
// with their sources, for any parameters, signed with Ed25519. Reading one checks its signature
// against the trusted keys (the publisher's, by default), checks each value against its parameter's
// schema (shape.ts), and applying it adds its values from their own dates: a value dated 2027-01-01
// changes nothing before that day.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/curves/utils.js';
import {
  currentValues,
  setValuesOf,
  type DatedValue,
  type Parameter,
  type SourceConflict,
} from '../parameters/parameter';
import { parameters } from '../registry';
import { canonicalJson } from './canonical';
import { PUBLISHER_KEYS, type TrustedKey } from './publisher-key';
import { decode, encode, ShapeError, shapeOf, type Shape } from './shape';

export const PACK_FORMAT = 'mitzui-parameter-pack/1';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface PackValue {
  parameter: string;
  from: string;
  value: unknown;
  source: string;
  secondary?: boolean;
  standing?: boolean;
  conflict?: SourceConflict;
}

export interface PackFile {
  format: typeof PACK_FORMAT;
  id: string;
  title: string;
  issued: string;
  values: PackValue[];
  signature?: { keyId: string; value: string };
}

export interface Pack {
  id: string;
  title: string;
  issued: string;
  /** The key that signed it; null for a pack the owner accepted unsigned (or wrongly signed). */
  signedBy: string | null;
  values: { parameter: string; value: DatedValue<unknown> }[];
}

export type PackAnswer = { ok: true; pack: Pack } | { ok: false; error: { field: string; message: string } };

const refuse = (field: string, message: string): PackAnswer => ({ ok: false, error: { field, message } });
const byName = new Map(parameters.map((p) => [p.name, p]));
const shapes = new Map<string, Shape>();

function shapeFor(p: Parameter<unknown>): Shape {
  let s = shapes.get(p.name);
  if (!s) shapes.set(p.name, (s = shapeOf(p.values.map((v) => v.value))));
  return s;
}

/** The bytes signed: the pack without its signature, as canonical JSON. */
function signedBytes(file: PackFile): Uint8Array {
  const { signature: _signature, ...rest } = file;
  return new TextEncoder().encode(canonicalJson(rest));
}

export function signPack(file: PackFile, secretKeyHex: string, keyId: string): PackFile {
  const unsigned: PackFile = { ...file, signature: undefined };
  const value = bytesToHex(ed25519.sign(signedBytes(unsigned), hexToBytes(secretKeyHex)));
  return { ...file, signature: { keyId, value } };
}

function signatureCheck(file: PackFile, trusted: readonly TrustedKey[]): { keyId: string } | { problem: string } {
  if (!file.signature) return { problem: 'החבילה אינה חתומה' };
  const key = trusted.find((k) => k.id === file.signature!.keyId);
  if (!key) return { problem: `החבילה חתומה במפתח שאינו מוכר (${file.signature.keyId})` };
  let valid = false;
  try {
    valid = ed25519.verify(hexToBytes(file.signature.value), signedBytes(file), hexToBytes(key.publicKey));
  } catch {
    valid = false;
  }
  return valid ? { keyId: key.id } : { problem: 'החתימה על החבילה אינה תקינה: ייתכן שהקובץ שונה אחרי שנחתם' };
}

function header(raw: unknown): PackFile | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'format';
  const f = raw as Partial<PackFile>;
  if (f.format !== PACK_FORMAT) return 'format';
  if (typeof f.id !== 'string' || f.id === '') return 'id';
  if (typeof f.title !== 'string') return 'title';
  if (typeof f.issued !== 'string' || !ISO_DAY.test(f.issued)) return 'issued';
  if (!Array.isArray(f.values) || f.values.length === 0) return 'values';
  return f as PackFile;
}

/** One pack value as a dated value of its parameter, or the reason it is refused. */
function valueOf(
  v: PackValue,
  i: number,
  packId: string,
): { parameter: string; value: DatedValue<unknown> } | { field: string; message: string } {
  const at = `values[${i}]`;
  const p = byName.get(v?.parameter);
  if (!p) return { field: `${at}.parameter`, message: `${at}: פרמטר לא מוכר: ${String(v?.parameter)}` };
  if (typeof v.from !== 'string' || !ISO_DAY.test(v.from))
    return { field: `${at}.from`, message: `${at}.from: צריך תאריך YYYY-MM-DD` };
  if (typeof v.source !== 'string' || v.source.trim() === '')
    return { field: `${at}.source`, message: `${at}.source: כל ערך צריך מקור (מפרסם, כותרת, תאריך, כתובת)` };
  try {
    const value = decode(v.value, shapeFor(p), `${at}.value`);
    const dated: DatedValue<unknown> = { from: v.from, value, source: v.source, pack: packId };
    if (v.secondary) dated.secondary = true;
    if (v.standing) dated.standing = true;
    if (v.conflict) dated.conflict = v.conflict;
    return { parameter: p.name, value: dated };
  } catch (error) {
    if (error instanceof ShapeError) return { field: error.path, message: `${error.message} (${p.name})` };
    throw error;
  }
}

export interface ReadOptions {
  /** The keys a signature may come from; the publisher's by default. */
  trustedKeys?: readonly TrustedKey[];
  /** The owner's explicit override: accept an unsigned or wrongly signed pack (the caller audits it). */
  acceptUnsigned?: boolean;
}

/** Parses, verifies and validates a pack's text; nothing is applied. */
export function readPack(text: string, options: ReadOptions = {}): PackAnswer {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('pack', 'קובץ החבילה אינו JSON תקין');
  }
  const file = header(raw);
  if (typeof file === 'string')
    return refuse(file, `חבילת פרמטרים לא תקינה: השדה "${file}" חסר או שגוי (הפורמט: ${PACK_FORMAT})`);
  const check = signatureCheck(file, options.trustedKeys ?? PUBLISHER_KEYS);
  if ('problem' in check && !options.acceptUnsigned) return refuse('signature', `${check.problem}; החבילה לא נטענה`);
  const values: Pack['values'] = [];
  for (const [i, v] of file.values.entries()) {
    const one = valueOf(v, i, file.id);
    if ('field' in one) return refuse(one.field, one.message);
    values.push(one);
  }
  return {
    ok: true,
    pack: {
      id: file.id,
      title: file.title,
      issued: file.issued,
      signedBy: 'keyId' in check ? check.keyId : null,
      values,
    },
  };
}

/** Every parameter's values as a pack (the built-in ones, or those in force with packs applied). */
export function exportPack(meta: { id: string; title: string; issued: string }, withPacks = false): PackFile {
  const values: PackValue[] = parameters.flatMap((p) =>
    (withPacks ? currentValues(p) : p.values).map((v) => ({
      parameter: p.name,
      from: v.from,
      value: encode(v.value),
      source: v.source,
      ...(v.secondary ? { secondary: true } : {}),
      ...(v.standing ? { standing: true } : {}),
      ...(v.conflict ? { conflict: v.conflict } : {}),
    })),
  );
  return { format: PACK_FORMAT, ...meta, values };
}

// ---------------------------------------------------------------- applying

const applied = new Map<string, DatedValue<unknown>[]>();
const appliedPacks: Pack[] = [];

/** A pack value replaces a built-in (or earlier pack) value of the same date; otherwise it is added. */
function withPackValues<T>(p: Parameter<T>): readonly DatedValue<T>[] {
  const extra = applied.get(p.name) as DatedValue<T>[] | undefined;
  if (!extra) return p.values;
  const byDate = new Map(p.values.map((v) => [v.from, v]));
  for (const v of extra) byDate.set(v.from, v);
  return [...byDate.values()].sort((a, b) => a.from.localeCompare(b.from));
}

setValuesOf(withPackValues);

export function applyPack(pack: Pack): void {
  for (const { parameter, value } of pack.values) {
    const list = applied.get(parameter) ?? [];
    applied.set(parameter, [...list.filter((v) => v.from !== value.from), value]);
  }
  appliedPacks.push(pack);
}

/** The packs applied, in order. */
export function appliedPackList(): readonly Pack[] {
  return appliedPacks;
}

/** Back to the built-in values only (a desk that removes its packs; tests). */
export function clearPacks(): void {
  applied.clear();
  appliedPacks.length = 0;
}

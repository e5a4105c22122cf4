// Who a letter is to, for finding the client when it gives no ID number: the name under "לכבוד", and
// the NII's own numbers for the client's file or claim (מספר תיק, מספר תביעה), which the office may
// have written on the client or the claim.
import type { Span } from './types';

/** The addressee's name: the first non-empty line after "לכבוד" (or the rest of its line). */
const TO = /^\s*לכבוד\s*:?[ \t]*([^\n]*)\n?(?:\s*\n)*([^\n]*)/mu;
/** A name is Hebrew words (with ' " - inside), not an address or a number. */
const NAME = /^[א-ת][א-ת'"׳״-]*(?:\s+[א-ת][א-ת'"׳״-]*){1,4}$/u;

const FILE_NUMBER =
  /(?:מספר|מס['׳]?)\s+(?:תיק|תביעה)\s*:?\s*(\d[\d/-]{3,18}\d)|(?:תיק|תביעה)\s+(?:מספר|מס['׳]?)\s*:?\s*(\d[\d/-]{3,18}\d)/gu;

export interface Addressee {
  name: string;
  span: Span;
}

export function findAddressee(text: string): Addressee | undefined {
  const match = TO.exec(text);
  if (!match) return undefined;
  const sameLine = match[1]!.trim();
  const raw = sameLine !== '' ? sameLine : match[2]!.trim();
  if (!NAME.test(raw)) return undefined;
  const start = text.indexOf(raw, match.index);
  return { name: raw.replace(/\s+/gu, ' '), span: { start, end: start + raw.length } };
}

/** The numbers the letter labels as the NII's file or claim number, as printed (digits, / and -). */
export function findFileNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(FILE_NUMBER)].map((m) => (m[1] ?? m[2])!))];
}

/** A name's words, without quotes and in any order, for comparing a letter's name with a client's. */
export function nameKey(name: string): string {
  return name
    .replace(/['"׳״]/gu, '')
    .split(/[\s-]+/u)
    .filter((word) => word !== '')
    .sort()
    .join(' ');
}

// A letter read from a scan: its text came from OCR, which can misread a digit or a letter without
// saying so, so no field of it is certain whatever its cue; a person checks each before filing.
import type { Field, Fields, Reading } from './types';

export function fromScan(reading: Reading): Reading {
  const fields = Object.fromEntries(
    Object.entries(reading.fields).map(([name, field]: [string, Field<unknown>]) => [
      name,
      field.confidence === 'certain' ? { ...field, confidence: 'likely' } : field,
    ]),
  ) as Fields;
  return { ...reading, fields, ocr: true };
}

// A reading against a generated letter's truth: each field right, wrong (a different value, or a value
// the letter does not state) or missing, and whether the letter's client was found.
import type { FieldName, Reading } from '../../../shared/inbox/types';
import type { GeneratedLetter } from './letter';

export type Verdict = 'right' | 'wrong' | 'missing';

export interface FieldVerdict {
  field: FieldName;
  verdict: Verdict;
  certain: boolean;
}

export interface LetterVerdict {
  kindRight: boolean;
  /** The first ID number read is the client's. */
  clientMatched: boolean;
  fields: FieldVerdict[];
}

export function compare(letter: GeneratedLetter, reading: Reading): LetterVerdict {
  const names = new Set([...Object.keys(letter.truth), ...Object.keys(reading.fields)] as FieldName[]);
  const fields = [...names].map((field): FieldVerdict => {
    const truth = letter.truth[field];
    const read = reading.fields[field];
    const verdict: Verdict = !read ? 'missing' : JSON.stringify(read.value) === JSON.stringify(truth) ? 'right' : 'wrong';
    return { field, verdict, certain: read?.confidence === 'certain' };
  });
  return { kindRight: reading.kind === letter.kind, clientMatched: reading.idNumbers[0] === letter.client.idNumber, fields };
}

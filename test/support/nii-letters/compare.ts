// A reading against a generated letter's truth: each field right, wrong (a different value, or a value
// the letter does not state) or missing, and whether the letter's client was found.
import { nameKey } from '../../../shared/inbox/addressee';
import type { FieldName, Reading } from '../../../shared/inbox/types';
import { whoseLetter, type ClientLookup } from '../../../shared/inbox/whose';
import type { Client } from './generate';
import type { GeneratedLetter } from './letter';

export type Verdict = 'right' | 'wrong' | 'missing';

export interface FieldVerdict {
  field: FieldName;
  verdict: Verdict;
  certain: boolean;
}

export interface LetterVerdict {
  kindRight: boolean;
  /** The letter was matched (shared/inbox/whose) to its client among the generated ones. */
  clientMatched: boolean;
  fields: FieldVerdict[];
}

/** The generated clients as an office's store would answer about them; a client's id is its place in the list. */
function lookupOf(clients: Client[]): ClientLookup {
  const index = (found: (client: Client) => boolean) => {
    const at = clients.findIndex(found);
    return at < 0 ? null : at;
  };
  return {
    byIdNumber: (idNumber) => index((client) => client.idNumber === idNumber),
    byFileNumber: (fileNumber) => index((client) => client.fileNumber === fileNumber),
    byName: (key) => clients.flatMap((client, i) => (nameKey(client.name) === key ? [i] : [])),
  };
}

export function compare(letter: GeneratedLetter, reading: Reading, clients: Client[] = [letter.client]): LetterVerdict {
  const names = new Set([...Object.keys(letter.truth), ...Object.keys(reading.fields)] as FieldName[]);
  const fields = [...names].map((field): FieldVerdict => {
    const truth = letter.truth[field];
    const read = reading.fields[field];
    const verdict: Verdict = !read
      ? 'missing'
      : JSON.stringify(read.value) === JSON.stringify(truth)
        ? 'right'
        : 'wrong';
    return { field, verdict, certain: read?.confidence === 'certain' };
  });
  const whose = whoseLetter(reading, lookupOf(clients));
  return {
    kindRight: reading.kind === letter.kind,
    clientMatched: whose !== null && clients[whose.clientId] === letter.client,
    fields,
  };
}

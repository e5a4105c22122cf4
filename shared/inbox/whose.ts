// Whose letter, and which claim: the client by an ID number in the letter; failing that, by the NII's
// file or claim number it names, then by the addressee's name when exactly one client bears it. The
// claim: the one whose NII number the letter names, else the client's claim for the letter's benefit
// made on or before the letter's date (the latest such, the closed ones last).
import type { Benefit, ClaimStatus } from '../domain/enums';
import { nameKey } from './addressee';
import type { Reading } from './types';

export const matchedBy = ['idNumber', 'fileNumber', 'name'] as const;
export type MatchedBy = (typeof matchedBy)[number];

/** The office's clients as the match asks about them; each answers live (not deleted) clients only. */
export interface ClientLookup {
  byIdNumber(idNumber: string): number | null;
  /** The client whose file number, or one of whose claims' NII number, is this. */
  byFileNumber(fileNumber: string): number | null;
  /** Every client whose Hebrew name has these words (nameKey). */
  byName(key: string): number[];
}

export interface ClaimCandidate {
  id: number;
  benefit: Benefit;
  niiClaimNumber: string | null;
  filedDate: string | null;
  status: ClaimStatus;
}

export function whoseLetter(
  reading: Pick<Reading, 'idNumbers' | 'addressee' | 'fileNumbers'>,
  lookup: ClientLookup,
): { clientId: number; by: MatchedBy } | null {
  for (const idNumber of reading.idNumbers) {
    const clientId = lookup.byIdNumber(idNumber);
    if (clientId !== null) return { clientId, by: 'idNumber' };
  }
  const named = reading.addressee ? lookup.byName(nameKey(reading.addressee.name)) : [];
  for (const fileNumber of reading.fileNumbers ?? []) {
    const clientId = lookup.byFileNumber(fileNumber);
    // A number that names another client than the letter's addressee is not trusted.
    if (clientId !== null && (named.length === 0 || named.includes(clientId))) return { clientId, by: 'fileNumber' };
  }
  return named.length === 1 ? { clientId: named[0]!, by: 'name' } : null;
}

export function claimOf(reading: Pick<Reading, 'fileNumbers' | 'fields'>, claims: ClaimCandidate[]): number | null {
  const numbered = claims.find(
    (claim) => claim.niiClaimNumber !== null && reading.fileNumbers?.includes(claim.niiClaimNumber),
  );
  if (numbered) return numbered.id;
  const benefit = reading.fields.benefit?.value;
  const letterDate = reading.fields.letterDate?.value;
  const candidates = claims
    .filter((claim) => claim.benefit === benefit && (!letterDate || !claim.filedDate || claim.filedDate <= letterDate))
    .sort(
      (a, b) =>
        Number(a.status === 'closed') - Number(b.status === 'closed') ||
        (b.filedDate ?? '').localeCompare(a.filedDate ?? '') ||
        b.id - a.id,
    );
  return candidates[0]?.id ?? null;
}

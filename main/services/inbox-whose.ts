// The office's side of matching a letter (shared/inbox/whose): its live clients by ID number, file or
// claim number and name, and the client's claims.
import { nameKey } from '../../shared/inbox/addressee';
import type { Reading } from '../../shared/inbox/types';
import { claimOf, whoseLetter, type ClientLookup, type MatchedBy } from '../../shared/inbox/whose';
import { claimCandidates, clientOfNiiClaimNumber, clientsWithFamilyName } from '../../db/repositories/inbox-whose';
import { findInsuredPersonByFileNumber, findInsuredPersonByIdNumber } from '../../db/repositories/insured-persons';
import type { Db } from '../../db/open';

function officeLookup(db: Db, officeId: number): ClientLookup {
  const live = (person: { id: number; deletedAt: string | null } | undefined) =>
    person && person.deletedAt === null ? person.id : null;
  return {
    byIdNumber: (idNumber) => live(findInsuredPersonByIdNumber(db, officeId, idNumber)),
    byFileNumber: (fileNumber) =>
      live(findInsuredPersonByFileNumber(db, officeId, fileNumber)) ?? clientOfNiiClaimNumber(db, officeId, fileNumber),
    // A family name may be two words ("בן דוד"): each word, and each two in either order, is tried as one.
    byName: (key) => {
      const words = key.split(' ');
      const pairs = words.flatMap((a) => words.filter((b) => b !== a).map((b) => `${a} ${b}`));
      return clientsWithFamilyName(db, officeId, [...words, ...pairs])
        .filter((person) => nameKey(`${person.firstNameHe} ${person.lastNameHe}`) === key)
        .map((person) => person.id);
    },
  };
}

export interface Whose {
  clientId: number | null;
  matchedBy: MatchedBy | null;
  claimId: number | null;
}

export function whoseInOffice(db: Db, officeId: number, reading: Reading): Whose {
  const client = whoseLetter(reading, officeLookup(db, officeId));
  if (!client) return { clientId: null, matchedBy: null, claimId: null };
  return {
    clientId: client.clientId,
    matchedBy: client.by,
    claimId: claimOf(reading, claimCandidates(db, officeId, client.clientId)),
  };
}

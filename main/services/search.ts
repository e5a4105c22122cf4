// The global search: clients by name or number, claims and notes by their text (full-text index).
import { toMatchQuery } from '../../shared/search/match-query';
import { clientNames, findClaim } from '../../db/repositories/claims';
import { searchInsuredPersons } from '../../db/repositories/insured-persons';
import { matchingClaimIds, matchingNotes } from '../../db/search/global-search';
import { toClaim } from './claims';
import { toClient } from './clients/client';
import type { Call } from './context';
import type { Handlers } from './handler';

export const searchHandlers: Handlers<'search.global'> = {
  'search.global': (call: Call, input) => {
    const match = toMatchQuery(input.query);
    if (!match) return { clients: [], claims: [], notes: [] };
    const { db } = call.store;
    const { officeId } = call.session;
    const clients = searchInsuredPersons(db, officeId, {
      query: input.query,
      direction: 'asc',
      limit: input.limit,
      offset: 0,
    }).rows.map(toClient);
    const claims = matchingClaimIds(db, officeId, match, input.limit).map((id) =>
      toClaim(findClaim(db, officeId, id)!),
    );
    const notes = matchingNotes(db, officeId, match, input.limit);
    const names = clientNames(db, [...new Set([...claims.map((c) => c.clientId), ...notes.map((n) => n.clientId)])]);
    return {
      clients,
      claims: claims.map((c) => ({ ...c, clientName: names.get(c.clientId) ?? '' })),
      notes: notes.map((n) => ({ ...n, clientName: names.get(n.clientId) ?? '' })),
    };
  },
};

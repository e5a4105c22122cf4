// What the paperwork screens read, as cached queries kept current by liveQueries: a client's papers
// and powers of attorney, and what a claim's upload package still lacks.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { queryKey } from '../../api/queryKeys';

/** The client (who signs, in which language), their signed papers and their representation. */
export function useClientPaperwork(clientId: number) {
  const client = useQuery(apiQuery('clients.get', { id: clientId }));
  const papers = useQuery(apiQuery('paperwork.list', { clientId }));
  const representation = useQuery(apiQuery('representation.list', { clientId }));
  const reload = useCallback(
    () =>
      invalidateKeys([
        queryKey('clients.get', { id: clientId }),
        queryKey('paperwork.list', { clientId }),
        queryKey('representation.list', { clientId }),
      ]),
    [clientId],
  );
  const loaded =
    client.data && papers.data && representation.data
      ? { client: client.data, papers: papers.data, representation: representation.data }
      : null;
  const failure = (client.error ?? papers.error ?? representation.error)?.message ?? null;
  return { loaded, failure, reload };
}

/** What blocks a claim's export, and its client as the papers' signer. */
export function useClaimReadiness(claimId: number) {
  const readiness = useQuery(apiQuery('paperwork.readiness', { claimId }));
  const clientId = readiness.data?.clientId ?? 0;
  const client = useQuery({ ...apiQuery('clients.get', { id: clientId }), enabled: readiness.data !== undefined });
  const reload = useCallback(
    () => invalidateKeys([queryKey('paperwork.readiness', { claimId }), queryKey('clients.get', { id: clientId })]),
    [claimId, clientId],
  );
  const person = client.data && {
    signer: { name: `${client.data.firstNameHe} ${client.data.lastNameHe}`, idNumber: client.data.idNumber },
    language: client.data.preferredLanguage,
  };
  return {
    readiness: readiness.data ?? null,
    person: person ?? null,
    failure: readiness.error?.message ?? null,
    reload,
  };
}

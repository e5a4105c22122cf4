// What the claim page shows: the claim, its tasks and its client's documents filed under it. Each is
// a cached query, asked again when this desk or another changes it (see liveQueries).
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DocumentInfo } from '../../../shared/schemas/work';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { queryKey } from '../../api/queryKeys';

const NONE: never[] = [];

export function useClaimPage(id: number) {
  const claim = useQuery(apiQuery('claims.get', { id }));
  const tasks = useQuery(apiQuery('tasks.list', { claimId: id, limit: 500 }));
  const clientId = claim.data?.clientId ?? 0;
  const documents = useQuery({
    ...apiQuery('documents.list', { clientId }),
    enabled: claim.data !== undefined,
    select: (all: DocumentInfo[]) => all.filter((document) => document.claimId === id),
  });

  /** After a write made on this page. */
  const load = useCallback(
    () =>
      invalidateKeys([
        queryKey('claims.get', { id }),
        queryKey('tasks.list', { claimId: id, limit: 500 }),
        queryKey('documents.list', { clientId }),
      ]),
    [id, clientId],
  );

  return {
    claim: claim.data ?? null,
    tasks: tasks.data ?? NONE,
    documents: documents.data ?? NONE,
    failure: claim.error?.message ?? null,
    load,
  };
}

// The open client's whole file (clients.file, loaded once), shared by the header and every tab. Each
// part of it is also a query of its own, seeded from the file: a tab that writes, or another desk's
// change to this client, has only the part it touched asked for again (see liveQueries), so the
// header's badges follow without re-reading (and re-logging a read of) the medical records each
// time. After the change stream was down, the whole file is read again and seeds its parts anew.
import { useQueries, useQuery, type QueryObserverResult } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ProcedureName } from '../../../shared/api/contract';
import type { ClientFile } from '../../../shared/api/procedures/clients/file';
import { recordKinds, type RecordKind } from '../../../shared/api/procedures/records';
import { apiQuery, ApiFailure, invalidateKeys } from '../../api/apiQuery';
import { call } from '../../api/client';
import { FILE_PART } from '../../api/queryKeys';
import { recordCall } from './records/recordCalls';

export type FilePart = RecordKind | 'client' | 'claims' | 'documents' | 'tasks' | 'notes';

export interface FileState {
  file: ClientFile;
  refresh(part: FilePart): Promise<void>;
}

const PARTS = ['client', 'claims', 'documents', 'tasks', 'notes', ...Object.keys(recordKinds)] as FilePart[];

/** The procedure and input that read one part, as the file's own reply has it. */
function partCall(clientId: number, part: FilePart): [ProcedureName, Record<string, unknown>] {
  if (part in recordKinds) return [`${part}.list` as ProcedureName, { clientId }];
  switch (part) {
    case 'client':
      return ['clients.get', { id: clientId }];
    case 'claims':
      return ['claims.list', { clientId, limit: 500 }];
    case 'documents':
      return ['documents.list', { clientId }];
    case 'tasks':
      return ['tasks.list', { clientId, limit: 500 }];
    default:
      return ['notes.list', { clientId }];
  }
}

async function fetchPart(clientId: number, part: FilePart): Promise<unknown> {
  const [name, input] = partCall(clientId, part);
  const reply =
    part in recordKinds ? await recordCall(part as RecordKind, 'list', input) : await call(name, input as never);
  if (!reply.ok) throw new ApiFailure(reply.error);
  return reply.value;
}

/** A part's key: under its procedure (so a change finds it), marked as the file's, per reading of the file. */
const partKey = (clientId: number, part: FilePart, seeded: number) => [...partCall(clientId, part), FILE_PART, seeded];

/** Stable, so the parts' values keep their identity until one of them changes. */
const values = (results: QueryObserverResult<unknown>[]) => results.map((result) => result.data);

export function useLoadedFile(clientId: number) {
  const loaded = useQuery(apiQuery('clients.file', { id: clientId }));
  const seeded = loaded.dataUpdatedAt;
  const parts = useQueries({
    queries: PARTS.map((part) => ({
      queryKey: partKey(clientId, part, seeded),
      queryFn: () => fetchPart(clientId, part),
      initialData: loaded.data?.[part],
      initialDataUpdatedAt: seeded,
      // Asked again only when a change marks it stale.
      staleTime: Infinity,
      gcTime: 0,
      enabled: loaded.data !== undefined,
    })),
    combine: values,
  });

  const file = useMemo(() => {
    if (!loaded.data) return null;
    const merged: Record<string, unknown> = { ...loaded.data };
    PARTS.forEach((part, i) => {
      if (parts[i] !== undefined) merged[part] = parts[i];
    });
    return merged as ClientFile;
  }, [loaded.data, parts]);

  const refresh = useCallback(
    (part: FilePart) => invalidateKeys([partKey(clientId, part, seeded)]),
    [clientId, seeded],
  );

  return { file, failure: loaded.error?.message ?? null, refresh };
}

export const FileContext = createContext<FileState | null>(null);

export function useClientFile(): FileState {
  const state = useContext(FileContext);
  if (!state) throw new Error('useClientFile outside a client file');
  return state;
}

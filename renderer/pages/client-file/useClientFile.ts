// The open client's whole file (clients.file, loaded once), shared by the header and every tab. A
// tab that writes refreshes only its own part, so the header's badges follow without re-reading
// (and re-logging a read of) the medical records each time.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ClientFile } from '../../../shared/api/procedures/files';
import { recordKinds, type RecordKind } from '../../../shared/api/procedures/records';
import type { ApiResult } from '../../../shared/api/result';
import { call } from '../../api/client';
import { recordCall } from './records/recordCalls';

export type FilePart = RecordKind | 'client' | 'claims' | 'documents' | 'tasks' | 'notes';

export interface FileState {
  file: ClientFile;
  refresh(part: FilePart): Promise<void>;
}

function fetchPart(clientId: number, part: FilePart): Promise<ApiResult<unknown>> {
  if (part in recordKinds) return recordCall(part as RecordKind, 'list', { clientId });
  switch (part) {
    case 'client':
      return call('clients.get', { id: clientId });
    case 'claims':
      return call('claims.list', { clientId, limit: 500 });
    case 'documents':
      return call('documents.list', { clientId });
    case 'tasks':
      return call('tasks.list', { clientId, limit: 500 });
    default:
      return call('notes.list', { clientId });
  }
}

export function useLoadedFile(clientId: number) {
  const [file, setFile] = useState<ClientFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void call('clients.file', { id: clientId }).then((reply) => {
      if (reply.ok) setFile(reply.value);
      else setFailure(reply.error.message);
    });
  }, [clientId]);

  const refresh = useCallback(
    async (part: FilePart) => {
      const reply = await fetchPart(clientId, part);
      if (reply.ok) setFile((current) => (current ? { ...current, [part]: reply.value } : current));
    },
    [clientId],
  );

  return { file, failure, refresh };
}

export const FileContext = createContext<FileState | null>(null);

export function useClientFile(): FileState {
  const state = useContext(FileContext);
  if (!state) throw new Error('useClientFile outside a client file');
  return state;
}

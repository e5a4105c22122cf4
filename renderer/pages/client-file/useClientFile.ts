// The open client's whole file (clients.file, loaded once), shared by the header and every tab. A
// tab that writes refreshes only its own part, so the header's badges follow without re-reading
// (and re-logging a read of) the medical records each time. Another desk's change to this client's
// file refreshes the part it touched, the same way; after the change stream was down, the whole file.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ChangeEvent } from '../../../shared/api/changes';
import type { ClientFile } from '../../../shared/api/procedures/clients/file';
import { recordKinds, type RecordKind } from '../../../shared/api/procedures/records';
import type { ApiResult } from '../../../shared/api/result';
import { call } from '../../api/client';
import { onChange } from '../../api/changes';
import { coalesced } from '../../api/useChanges';
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

/** The parts of a file a change may have touched; a claim's move also writes its tasks. */
function partsOf(event: ChangeEvent): FilePart[] {
  switch (event.kind) {
    case 'client':
      return ['client'];
    case 'claim':
      return ['claims', 'tasks'];
    case 'task':
    case 'committee':
      return ['tasks'];
    case 'note':
      return ['notes'];
    case 'document':
    case 'paper':
      return ['documents'];
    case 'record': {
      // A record's procedure names its kind (family.update); revoking a power of attorney is paperwork's.
      const kind = event.procedure.startsWith('paperwork.') ? 'representation' : event.procedure.split('.')[0];
      return kind && kind in recordKinds ? [kind as RecordKind] : [];
    }
    default:
      return [];
  }
}

export function useLoadedFile(clientId: number) {
  const [file, setFile] = useState<ClientFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    void call('clients.file', { id: clientId }).then((reply) => {
      if (reply.ok) setFile(reply.value);
      else setFailure(reply.error.message);
    });
  }, [clientId, round]);

  const refresh = useCallback(
    async (part: FilePart) => {
      const reply = await fetchPart(clientId, part);
      if (reply.ok) setFile((current) => (current ? { ...current, [part]: reply.value } : current));
    },
    [clientId],
  );

  useEffect(() => {
    const due = new Set<FilePart>();
    const ask = coalesced(() => {
      for (const part of due) void refresh(part);
      due.clear();
    });
    const off = onChange((signal) => {
      if (signal === 'resync') return setRound((n) => n + 1);
      // A delete does not say whose record it was: it may be this client's.
      if (signal.clientId !== null && signal.clientId !== clientId) return;
      for (const part of partsOf(signal)) due.add(part);
      ask.poke();
    });
    return () => {
      off();
      ask.cancel();
    };
  }, [clientId, refresh]);

  return { file, failure, refresh };
}

export const FileContext = createContext<FileState | null>(null);

export function useClientFile(): FileState {
  const state = useContext(FileContext);
  if (!state) throw new Error('useClientFile outside a client file');
  return state;
}

// Every cached reply is kept under [procedure, input] (a client file's parts add a marker), so what a
// change makes stale is named by procedure: this table says which reads a change of each kind can
// alter. The change stream (another desk's write) and this desk's own writes both go through it.
// A client's whole file (clients.file) is not among them: the part a change touched is asked for
// on its own, since reading the file again re-reads, and logs a read of, all its medical records.
import type { ChangeEvent, ChangeKind } from '../../shared/api/changes';
import type { InputOf, ProcedureName } from '../../shared/api/contract';
import { recordKindNames } from '../../shared/api/record-kind-names';

export type QueryKey = readonly [ProcedureName, unknown, ...unknown[]];

export function queryKey<N extends ProcedureName>(name: N, input: InputOf<N>): readonly [N, InputOf<N>] {
  return [name, input];
}

/** A client file's part: its own entry, seeded from the file it came with (see useClientFile). */
export const FILE_PART = 'filePart';

const clientFacts: ProcedureName[] = ['audit.client', 'rights.scan', 'rights.facts', 'paperwork.readiness'];

/** The reads a change of each kind can make stale. */
export const readsOf: Record<ChangeKind, readonly ProcedureName[]> = {
  client: [
    'clients.get',
    'clients.summary',
    'clients.byIdNumber',
    'claims.get',
    'claims.appealValue',
    'dashboard.summary',
    ...clientFacts,
  ],
  // A claim's move also writes its tasks.
  claim: [
    'claims.get',
    'claims.appealValue',
    'claims.list',
    'tasks.list',
    'committees.list',
    'clients.summary',
    'dashboard.summary',
    'payments.forClaim',
    'payments.ledger',
    ...clientFacts,
  ],
  committee: [
    'committees.list',
    'tasks.list',
    'claims.get',
    'claims.appealValue',
    'clients.summary',
    'dashboard.summary',
    'audit.client',
  ],
  task: ['tasks.list', 'claims.get', 'clients.summary', 'dashboard.summary', 'audit.client'],
  note: ['notes.list', 'clients.summary', 'audit.client'],
  // A letter filed or dropped in the inbox is a document change: the inbox and the dashboard's count follow.
  document: [
    'documents.list',
    'inbox.list',
    'dashboard.summary',
    'committees.list',
    'clients.summary',
    'audit.client',
    'rights.facts',
    'paperwork.readiness',
  ],
  // Which record list is named by the write itself (recordListOf); these follow any record.
  record: [
    'clients.summary',
    'dashboard.summary',
    'claims.appealValue',
    'payments.forClaim',
    'payments.ledger',
    ...clientFacts,
  ],
  paper: [
    'paperwork.list',
    'representation.list',
    'documents.list',
    'clients.summary',
    'dashboard.summary',
    ...clientFacts,
  ],
  scan: ['scan.status', 'dashboard.summary'],
  staff: ['staff.list', 'dashboard.summary'],
  office: [
    'office.get',
    'docket.settings',
    'packs.list',
    'auth.secondFactorStatus',
    'recoveryKey.state',
    'dashboard.summary',
  ],
  backup: ['backup.list'],
  lockout: ['auth.lockouts'],
  device: ['devices.list'],
};

/** A record's write names its kind (family.update); revoking a power of attorney is paperwork's. */
function recordListOf(procedure: string): ProcedureName[] {
  const kind = procedure.startsWith('paperwork.') ? 'representation' : procedure.split('.')[0];
  return kind && (recordKindNames as readonly string[]).includes(kind) ? [`${kind}.list` as ProcedureName] : [];
}

/** The procedures whose replies the change may have altered. */
export function staleAfter(event: Pick<ChangeEvent, 'kind' | 'procedure'>): Set<ProcedureName> {
  const names = new Set(readsOf[event.kind]);
  if (event.kind === 'record') for (const name of recordListOf(event.procedure)) names.add(name);
  return names;
}

/** A cached reply about one client (its input names it) is stale only after a change of that client. */
export function aboutClient(key: readonly unknown[], clientId: number | null): boolean {
  if (clientId === null) return true;
  const input = key[1] as { clientId?: unknown; id?: unknown } | undefined;
  const own =
    key[0] === 'clients.get' || key[0] === 'clients.file' || key[0] === 'clients.summary' ? input?.id : input?.clientId;
  return typeof own !== 'number' || own === clientId;
}

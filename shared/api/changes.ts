// "What changed" events: a write procedure declares the kind of record it changes, the server tells
// every other signed-in desk (kind, id, version and who), never the record itself; each desk then
// asks again for what it shows. Which roles hear a kind follows who may read it.
import type { Role } from '../schemas/staff';
import { everyone, lawyers, owners } from './procedure';

export const changeKinds = [
  'client',
  'claim',
  'committee',
  'task',
  'note',
  'document',
  'record',
  'paper',
  'scan',
  'staff',
  'office',
  'backup',
  'lockout',
  'device',
] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** Who may hear of a change of each kind: those who may read records of that kind. */
export const changeReaders: Record<ChangeKind, readonly Role[]> = {
  client: everyone,
  claim: everyone,
  committee: everyone,
  task: everyone,
  note: everyone,
  document: everyone,
  record: everyone,
  paper: everyone,
  scan: everyone,
  staff: everyone,
  office: everyone,
  backup: lawyers,
  lockout: owners,
  /** Desks paired with the office server. */
  device: owners,
};

/**
 * A procedure's change: its kind, and where the changed record lies in the reply when the reply is
 * not the record itself (claims.decide answers { claim, decision }). Without a record in the reply
 * (a delete) the id and version are read from the input.
 */
export type ChangeSpec = ChangeKind | { kind: ChangeKind; reply: string };

export interface ChangeEvent {
  /** Rises by one per event on this server; a gap means events were missed. */
  seq: number;
  kind: ChangeKind;
  /** The changed record, when the write was about one (an import changes many). */
  id: number | null;
  /** The version it has now, or had when it was deleted. */
  version: number | null;
  /** The insured person the record belongs to, so a client's file knows it is about them. */
  clientId: number | null;
  /** The procedure that wrote, e.g. 'claims.transition'. */
  procedure: string;
  /** Who wrote; null when the app itself did (a letter taken from the inbox's watched folder). */
  by: { staffId: number; name: string } | null;
  at: string;
}

/** The SSE endpoint; its ticket comes from the changes.ticket procedure. */
export const CHANGE_STREAM_PATH = '/api/events';
export const CHANGE_TICKET_PARAM = 'ticket';

export function mayHear(kind: ChangeKind, role: Role): boolean {
  return changeReaders[kind].includes(role);
}

function numberAt(source: unknown, key: string): number | null {
  if (typeof source !== 'object' || source === null) return null;
  const value = (source as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

/** The event's record fields read from the write's reply, or else its input. */
export function changedRecord(
  spec: ChangeSpec,
  input: unknown,
  reply: unknown,
): Pick<ChangeEvent, 'kind' | 'id' | 'version' | 'clientId'> {
  const kind = typeof spec === 'string' ? spec : spec.kind;
  const inReply = typeof spec === 'string' ? reply : (reply as Record<string, unknown> | null)?.[spec.reply];
  const source = numberAt(inReply, 'id') !== null ? inReply : input;
  const id = numberAt(source, 'id');
  const clientId = kind === 'client' ? id : (numberAt(source, 'clientId') ?? numberAt(input, 'clientId'));
  return { kind, id, version: numberAt(source, 'version'), clientId };
}

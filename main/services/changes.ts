// The change bus: after a write succeeds, dispatch publishes what it changed (kind, id, version, who)
// and every open change stream hears it (see ../transports/change-stream.ts). It also hands out the
// short-lived, single-use tickets a stream is opened with, so the session token never goes in a URL.
import { randomBytes } from 'node:crypto';
import { changedRecord, type ChangeEvent, type ChangeSpec } from '../../shared/api/changes';
import { findStaff } from '../../db/repositories/staff';
import type { Call } from './context';
import type { Handlers } from './handler';

/** Long enough to open a stream right after asking, short enough that a logged URL is worthless. */
export const TICKET_SECONDS = 30;
/** Unused tickets one session may hold; asking for more drops its oldest. */
const TICKETS_PER_SESSION = 4;

/** An event as the bus carries it: with the session that caused it, which is not told of its own write. */
export interface Published {
  event: ChangeEvent;
  fromSession: string;
}

interface Ticket {
  token: string;
  expiresAt: number;
}

export class ChangeBus {
  private readonly listeners = new Set<(published: Published) => void>();
  private readonly tickets = new Map<string, Ticket>();
  private seq = 0;

  constructor(private readonly now: () => Date) {}

  publish(fromSession: string, change: Omit<ChangeEvent, 'seq' | 'at'>): ChangeEvent {
    const event = { seq: ++this.seq, ...change, at: this.now().toISOString() };
    for (const listener of [...this.listeners]) listener({ event, fromSession });
    return event;
  }

  subscribe(listener: (published: Published) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  issueTicket(sessionToken: string): { ticket: string; expiresInSeconds: number } {
    const now = this.now().getTime();
    const own: string[] = [];
    for (const [key, held] of this.tickets) {
      if (held.expiresAt <= now) this.tickets.delete(key);
      else if (held.token === sessionToken) own.push(key);
    }
    // Insertion order is issue order: the oldest go first.
    for (const key of own.slice(0, Math.max(0, own.length - TICKETS_PER_SESSION + 1))) this.tickets.delete(key);
    const ticket = randomBytes(24).toString('base64url');
    this.tickets.set(ticket, { token: sessionToken, expiresAt: now + TICKET_SECONDS * 1000 });
    return { ticket, expiresInSeconds: TICKET_SECONDS };
  }

  /** The session token a ticket was issued to, once: a used or expired ticket is null. */
  redeem(ticket: string): string | null {
    const held = this.tickets.get(ticket);
    if (!held) return null;
    this.tickets.delete(ticket);
    return held.expiresAt > this.now().getTime() ? held.token : null;
  }
}

/** Tells the other desks of a successful write; the actor is named by staff id and display name only. */
export function publishChange(call: Call, procedure: string, spec: ChangeSpec, input: unknown, reply: unknown): void {
  const name = findStaff(call.store.db, call.session.staffId)?.fullName ?? '';
  call.changes.publish(call.session.token, {
    ...changedRecord(spec, input, reply),
    procedure,
    by: { staffId: call.session.staffId, name },
  });
}

export const changeHandlers: Handlers<'changes.ticket'> = {
  'changes.ticket': (call) => call.changes.issueTicket(call.session.token),
};

// Names both transports agree on. Kept apart from the contract so the preload stays tiny.

/** The one Electron IPC channel; the preload exposes nothing else. */
export const IPC_CHANNEL = 'mitzui:call';
/** HTTP header that carries the session token in browser mode. */
export const SESSION_HEADER = 'x-mitzui-session';
/** Procedure names look like 'clients.search' or 'recoveryKey.state'. */
export const PROCEDURE_NAME = /^[a-z][a-zA-Z]*\.[a-zA-Z]+$/;

export interface CallPayload {
  name: string;
  input: unknown;
  token: string | null;
}

/** The desktop app's relay of the live desks' stream: the page asks with a ticket, main sends signals. */
export const WATCH_CHANNEL = 'mitzui:watch';
export const UNWATCH_CHANNEL = 'mitzui:unwatch';
export const SIGNAL_CHANNEL = 'mitzui:signal';

export interface WatchPayload {
  /** The page's own number for this stream, to tell its signals apart. */
  id: number;
  ticket: string;
}

// Names both transports agree on. Kept apart from the contract so the preload stays tiny.

/** The one Electron IPC channel; the preload exposes nothing else. */
export const IPC_CHANNEL = 'mitzui:call';
/** HTTP header that carries the session token in browser mode. */
export const SESSION_HEADER = 'x-mitzui-session';
/** Procedure names look like 'clients.search'. */
export const PROCEDURE_NAME = /^[a-z]+\.[a-zA-Z]+$/;

export interface CallPayload {
  name: string;
  input: unknown;
  token: string | null;
}

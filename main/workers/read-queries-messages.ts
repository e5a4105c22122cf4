// What the app's thread and a reader thread (main/workers/read-queries.ts) tell each other.
import type { ReadQuery } from '../../db/repositories/dashboard';

export interface ReaderData {
  /** The reader counts here each connection close it was asked for (an Int32Array). */
  closed: SharedArrayBuffer;
}

export interface ReadRequest {
  kind: 'read';
  id: number;
  /** Which of the app's store connections this reads for: a new one (after a restore) means a new file. */
  store: number;
  /** The store's SQLite file, and the key its connection was opened with (hex; null for a plain file). */
  file: string;
  hexKey: string | null;
  queries: ReadQuery[];
}

/** The app closes that store: the reader closes its connection to it, then counts in `closed`. */
export interface CloseRequest {
  kind: 'close';
  store: number;
}

export type ReadReply = { id: number; rows: unknown[][] } | { id: number; error: string };

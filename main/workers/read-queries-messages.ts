// What the app's thread and a reader thread (main/workers/read-queries.ts) tell each other.
import type { ReadQuery } from '../../db/repositories/dashboard';

export interface ReadRequest {
  id: number;
  /** The store's SQLite file, and the key its connection was opened with (hex; null for a plain file). */
  file: string;
  hexKey: string | null;
  queries: ReadQuery[];
}

export type ReadReply = { id: number; rows: unknown[][] } | { id: number; error: string };

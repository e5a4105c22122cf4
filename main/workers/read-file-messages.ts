// What the app's thread and the inbox's file-reading worker tell each other.
import type { FileLetter } from '../inbox/letters-in-file';
import type { UnreadableReason } from '../../shared/inbox/item';

export interface ReadFileWork {
  name: string;
  bytes: Uint8Array;
}

export type ReadFileMessage =
  | { ok: true; letters: FileLetter[] }
  | { ok: false; reason: Exclude<UnreadableReason, 'timeout' | 'noText'>; message: string };

// What the app's thread and the inbox's file-reading worker tell each other.
import type { FileText } from '../inbox/file-text';

export interface ReadFileWork {
  name: string;
  bytes: Uint8Array;
}

export type ReadFileMessage = ({ ok: true } & FileText) | { ok: false; unsupported: boolean; message: string };

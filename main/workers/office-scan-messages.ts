// What the app's thread and the whole-office scan's worker tell each other.
import type { NewFinding } from '../../db/repositories/office-scan';

export interface ScanWork {
  /** The office's SQLite file. */
  file: string;
  /** The key the app's connection opened it with, in hex; null for a plain file. */
  hexKey: string | null;
  officeId: number;
  scanDate: string;
  /** The clients this worker scans: ids after `afterId` up to `upTo`. */
  range: { afterId: number; upTo: number };
}

export type ScanMessage = { kind: 'chunk'; clients: number; findings: NewFinding[] } | { kind: 'done' };

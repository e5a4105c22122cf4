// What the app's thread and the whole-office scan's worker tell each other.
import type { NewFinding } from '../../db/repositories/office-scan';

export interface ScanWork {
  /** The office's SQLite file. */
  file: string;
  officeId: number;
  scanDate: string;
}

export type ScanMessage = { kind: 'chunk'; clients: number; findings: NewFinding[] } | { kind: 'done' };

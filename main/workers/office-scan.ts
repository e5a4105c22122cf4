// A whole-office scan worker: reads its range of the office's live clients a chunk at a time on a read
// connection of its own, scans each client's file, and posts each chunk's findings to the app's
// thread, which writes them (the one writer) with the run's progress.
import { parentPort, workerData } from 'node:worker_threads';
import { nextClientIds } from '../../db/repositories/office-scan';
import { openReadConnection } from '../../db/read-connection';
import { clientFiles } from '../services/office-scan-files';
import { findingsOf } from '../services/office-scan-findings';
import type { ScanMessage, ScanWork } from './office-scan-messages';

/** Chunks grow to this many clients: a first chunk shows progress soon, later ones cost fewer queries. */
const LARGEST_CHUNK = 500;

function scan({ file, hexKey, officeId, scanDate, range }: ScanWork, post: (message: ScanMessage) => void): void {
  const connection = openReadConnection(file, hexKey === null ? null : Buffer.from(hexKey, 'hex'));
  try {
    for (let chunk = 25, afterId = range.afterId; ; chunk = Math.min(chunk * 2, LARGEST_CHUNK)) {
      const ids = nextClientIds(connection.db, officeId, { afterId, upTo: range.upTo }, chunk);
      if (ids.length === 0) break;
      post({
        kind: 'chunk',
        clients: ids.length,
        findings: clientFiles(connection.db, officeId, ids).flatMap((subject) => findingsOf(subject, scanDate)),
      });
      afterId = ids[ids.length - 1]!;
    }
    post({ kind: 'done' });
  } finally {
    connection.close();
  }
}

scan(workerData as ScanWork, (message) => parentPort!.postMessage(message));

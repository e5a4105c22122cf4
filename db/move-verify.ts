// The checks a moved office must pass on the server before it is kept: every table holds as many rows
// as on the desk, every document the desk had is here and opens with the desk's data key to content
// with its SHA-256, and the audit chain verifies under the desk's key up to the very head the desk recorded.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { MoveCheckName, MoveFigures, MoveReport } from '../shared/schemas/move';
import { documentPath, documentsRoot } from './backup-documents';
import { tableCounts } from './move-package';
import type { Store } from './open';
import { auditChainHead, verifyAuditChain } from './repositories/audit';
import { plainContent } from './sealed-file';

function opensTo(file: string, sha256: string, dataKey: Buffer): boolean {
  try {
    return (
      createHash('sha256')
        .update(plainContent(fs.readFileSync(file), dataKey))
        .digest('hex') === sha256
    );
  } catch {
    return false; // gone, or will not open
  }
}

async function documentsCheck(store: Store, figures: MoveFigures, dataKey: Buffer): Promise<MoveReport['documents']> {
  const root = documentsRoot(store.file);
  const mismatched: string[] = [];
  for (const { sha256 } of figures.documents) {
    if (!opensTo(documentPath(root, sha256), sha256, dataKey)) mismatched.push(sha256);
    await new Promise<void>((resolve) => setImmediate(resolve)); // the event loop keeps turning on many documents
  }
  return { expected: figures.documents.length, verified: figures.documents.length - mismatched.length, mismatched };
}

/** `dataKey`: the desk's, which came with the package. */
export async function verifyMovedStore(store: Store, figures: MoveFigures, dataKey: Buffer): Promise<MoveReport> {
  const found = tableCounts(store.sqlite);
  const names = [...new Set([...Object.keys(figures.tables), ...Object.keys(found)])].sort();
  const tables = names.map((table) => ({ table, expected: figures.tables[table] ?? -1, found: found[table] ?? -1 }));
  const documents = await documentsCheck(store, figures, dataKey);
  const verdict = verifyAuditChain(store.db, [figures.auditHead]);
  const head = auditChainHead(store.db);
  const chainOk = verdict.ok && head.id === figures.auditHead.id && head.hash === figures.auditHead.hash;
  const failures: [MoveCheckName, boolean][] = [
    ['tables', tables.every((row) => row.expected === row.found)],
    ['documents', documents.mismatched.length === 0],
    ['auditChain', chainOk],
  ];
  return {
    office: figures.office,
    createdAt: figures.createdAt,
    tables,
    documents,
    auditChain: { expected: figures.auditHead, found: head, verified: chainOk, rows: verdict.rows },
    failed: failures.find(([, ok]) => !ok)?.[0] ?? null,
  };
}

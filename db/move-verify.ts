// The checks a moved office must pass on the server before it is kept: every table holds as many rows
// as on the desk, every document the desk had is here with its SHA-256, and the audit chain verifies
// under the desk's key up to the very head the desk recorded.
import fs from 'node:fs';
import type { MoveCheckName, MoveFigures, MoveReport } from '../shared/schemas/move';
import { documentPath, documentsRoot, hashFile } from './backup-documents';
import { tableCounts } from './move-package';
import type { Store } from './open';
import { auditChainHead, verifyAuditChain } from './repositories/audit';

async function documentsCheck(store: Store, figures: MoveFigures): Promise<MoveReport['documents']> {
  const root = documentsRoot(store.file);
  const mismatched: string[] = [];
  for (const { sha256 } of figures.documents) {
    const file = documentPath(root, sha256);
    if (!fs.existsSync(file) || (await hashFile(file)) !== sha256) mismatched.push(sha256);
  }
  return { expected: figures.documents.length, verified: figures.documents.length - mismatched.length, mismatched };
}

export async function verifyMovedStore(store: Store, figures: MoveFigures): Promise<MoveReport> {
  const found = tableCounts(store.sqlite);
  const names = [...new Set([...Object.keys(figures.tables), ...Object.keys(found)])].sort();
  const tables = names.map((table) => ({ table, expected: figures.tables[table] ?? -1, found: found[table] ?? -1 }));
  const documents = await documentsCheck(store, figures);
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

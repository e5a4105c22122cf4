// Documents: the file is stored once under its SHA-256 in the data folder, the record links it to
// a client and claim. Reading a document's content is logged.
import { AppError } from '../../shared/api/result';
import type { DocumentInfo } from '../../shared/schemas/work';
import {
  documentsOf,
  findDocument,
  insertDocument,
  softDeleteDocument,
  type DocumentRow,
} from '../../db/repositories/documents';
import { documentsDir, storeDocumentFile } from '../storage/document-files';
import { audit, type Call } from './context';
import { documentContent } from './document-content';
import type { Handlers } from './handler';
import { assertClaimOfClient, assertClient } from './ownership';

export function toInfo(row: DocumentRow): DocumentInfo {
  return {
    id: row.id,
    version: row.version,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    kind: row.kind,
    sha256: row.sha256,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt,
  };
}

function documentOf(call: Call, id: number): DocumentRow {
  const row = findDocument(call.store.db, call.session.officeId, id);
  if (!row) throw new AppError('not_found', 'documentNotFound');
  return row;
}

/** A stored file as a document of the client (and claim), audited; inside the caller's transaction. */
export function fileDocument(
  call: Call,
  document: {
    clientId: number;
    claimId: number | null;
    kind: DocumentRow['kind'];
    sha256: string;
    name: string;
    mimeType: string;
    sizeBytes: number;
  },
): DocumentRow {
  const stamp = call.now().toISOString();
  const row = insertDocument(call.store.db, {
    officeId: call.session.officeId,
    insuredPersonId: document.clientId,
    claimId: document.claimId,
    kind: document.kind,
    sha256: document.sha256,
    originalName: document.name,
    mimeType: document.mimeType,
    sizeBytes: document.sizeBytes,
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: call.session.staffId,
  });
  audit(call, {
    action: 'create',
    entity: 'document',
    entityId: row.id,
    details: { clientId: document.clientId, sha256: document.sha256 },
  });
  return row;
}

export const documentHandlers: Handlers<'documents.add' | 'documents.list' | 'documents.read' | 'documents.delete'> = {
  'documents.add': (call, input) => {
    assertClient(call, input.clientId);
    assertClaimOfClient(call, input.claimId, input.clientId);
    const bytes = Buffer.from(input.contentBase64, 'base64'); // size capped by the contract's schema
    // The file first: a record never points at bytes that are not there.
    const sha256 = storeDocumentFile(documentsDir(call.store.file), bytes, call.keeper.dataKey());
    return call.store.db.transaction(() =>
      toInfo(
        fileDocument(call, {
          clientId: input.clientId,
          claimId: input.claimId,
          kind: input.kind,
          sha256,
          name: input.name,
          mimeType: input.mimeType,
          sizeBytes: bytes.length,
        }),
      ),
    );
  },
  'documents.list': (call, input) => {
    assertClient(call, input.clientId);
    return documentsOf(call.store.db, call.session.officeId, input.clientId).map(toInfo);
  },
  'documents.read': (call, input) => {
    const row = documentOf(call, input.id);
    const content = documentContent(call, row);
    audit(call, { action: 'read', entity: 'document', entityId: row.id });
    return { ...toInfo(row), contentBase64: content.toString('base64') };
  },
  'documents.delete': (call, input) =>
    call.store.db.transaction(() => {
      const row = documentOf(call, input.id);
      if (row.version !== input.version) throw new AppError('conflict', 'staleVersion');
      if (!softDeleteDocument(call.store.db, input.id, input.version, call.session.staffId, call.now().toISOString()))
        throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'delete', entity: 'document', entityId: input.id });
      return null;
    }),
};

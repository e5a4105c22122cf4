// The inbox: a dropped file is stored once under its SHA-256 in the documents store, read (text in
// logical order, kind, fields) and matched to the client whose ID number it gives; confirming files
// it as a document of the client (and claim) the user settled on.
import { AppError } from '../../shared/api/result';
import type { documentKinds } from '../../shared/domain/enums';
import { unreadableReasons, type InboxItem, type UnreadableReason } from '../../shared/inbox/item';
import { readLetter } from '../../shared/inbox/read-letter';
import type { Corrections } from '../../shared/inbox/corrections';
import type { Field, Fields, LetterKind, Reading } from '../../shared/inbox/types';
import { staffNames } from '../../db/repositories/staff';
import {
  fileInboxItem,
  findInboxItem,
  findInboxItemBySha256,
  inboxItemsOf,
  insertInboxItem,
  type InboxItemRow,
} from '../../db/repositories/inbox';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import type { MatchedBy } from '../../shared/inbox/whose';
import { whoseInOffice } from './inbox-whose';
import { readFileInWorker } from '../inbox/read-in-worker';
import { documentsDir, sha256Hex, storeDocumentFile } from '../storage/document-files';
import { audit, type Call } from './context';
import { fileDocument } from './documents';
import type { Handlers } from './handler';
import { assertClaimOfClient, assertClient } from './ownership';
import { findClaim } from '../../db/repositories/claims';
import { claimOwner } from './docket';
import { actOnLetter } from './inbox-actions';
import type { Done } from './inbox-actions/done';
import { undoConfirm } from './inbox-actions/undo';

/** The document kind a confirmed letter is filed as. */
const documentKindOf: Record<LetterKind, (typeof documentKinds)[number]> = {
  decision: 'decision_letter',
  committeeProtocol: 'decision_letter',
  committeeInvitation: 'other',
  documentRequest: 'other',
  paymentNotice: 'other',
  other: 'other',
};

/** The reading column keeps how the client was found beside the reading itself. */
type StoredReading = Reading & { matchedBy?: MatchedBy | null };

function parsed(row: InboxItemRow): StoredReading | null {
  return row.reading === null ? null : (JSON.parse(row.reading) as StoredReading);
}

/** The reading with the user's corrections in place: each corrected value is theirs, so certain. */
function corrected(stored: StoredReading | null, corrections: Corrections): StoredReading | null {
  if (stored === null) return null;
  const fields = { ...stored.fields } as Record<string, Field<unknown>>;
  for (const [name, value] of Object.entries(corrections)) {
    const read = fields[name];
    if (value === undefined || (read && read.value === value)) continue;
    fields[name] = { value, confidence: 'certain', span: read?.span ?? { start: 0, end: 0 }, corrected: true };
  }
  return { ...stored, fields: fields as Fields };
}

function toItem(
  call: Call,
  row: InboxItemRow,
  names: Map<number, string> = staffNames(call.store.db, row.createdBy === null ? [] : [row.createdBy]),
): InboxItem {
  const { matchedBy = null, ...reading } = parsed(row) ?? { matchedBy: null };
  const person =
    row.clientId === null ? undefined : findInsuredPerson(call.store.db, call.session.officeId, row.clientId);
  return {
    id: row.id,
    version: row.version,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    status: row.status,
    kind: row.kind,
    reading: row.reading === null ? null : (reading as Reading),
    matchedBy,
    text: row.text,
    // Rows read before reasons were codes kept the reader's message.
    error:
      row.error === null
        ? null
        : (unreadableReasons as readonly string[]).includes(row.error)
          ? (row.error as UnreadableReason)
          : 'broken',
    client: person
      ? { id: person.id, name: `${person.firstNameHe} ${person.lastNameHe}`, idNumber: person.idNumber }
      : null,
    claimId: row.claimId,
    documentId: row.documentId,
    actions: row.actions === null ? null : (JSON.parse(row.actions) as Done).steps,
    addedBy: row.createdBy === null ? null : { id: row.createdBy, name: names.get(row.createdBy) ?? '' },
    createdAt: row.createdAt,
    filedAt: row.filedAt,
  };
}

async function read(
  name: string,
  bytes: Uint8Array,
): Promise<{ text: string | null; reading: Reading | null; error: UnreadableReason | null }> {
  const file = await readFileInWorker(name, bytes);
  if (!file.ok) return { text: null, reading: null, error: file.reason };
  const { text } = file.file;
  if (text.trim() === '') return { text: null, reading: null, error: 'noText' };
  return { text, reading: readLetter(text), error: null };
}

/** The office owner may undo any letter; others, one on a claim they handle or one they confirmed. */
function assertMayUndo(call: Call, item: InboxItemRow): void {
  if (call.session.role === 'owner' || item.filedBy === call.session.staffId) return;
  const claim = item.claimId === null ? undefined : findClaim(call.store.db, call.session.officeId, item.claimId);
  if (claim && claimOwner(call.store.db, call.session.officeId, claim) === call.session.staffId) return;
  throw new AppError('forbidden', 'undoNotYours');
}

export const inboxHandlers: Handlers<'inbox.add' | 'inbox.list' | 'inbox.confirm' | 'inbox.undo'> = {
  'inbox.add': async (call, input) => {
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
    const existing = findInboxItemBySha256(call.store.db, call.session.officeId, sha256Hex(bytes));
    if (existing) return toItem(call, existing);
    const { text, reading, error } = await read(input.name, bytes);
    // The file first: an item never points at bytes that are not there.
    const sha256 = storeDocumentFile(documentsDir(call.store.file), bytes, call.keeper.dataKey());
    return call.store.db.transaction(() => {
      const again = findInboxItemBySha256(call.store.db, call.session.officeId, sha256);
      if (again) return toItem(call, again);
      const stamp = call.now().toISOString();
      const whose = reading
        ? whoseInOffice(call.store.db, call.session.officeId, reading)
        : { clientId: null, matchedBy: null, claimId: null };
      const row = insertInboxItem(call.store.db, {
        officeId: call.session.officeId,
        sha256,
        originalName: input.name,
        mimeType: input.mimeType,
        sizeBytes: bytes.length,
        status: reading ? 'new' : 'unreadable',
        kind: reading?.kind ?? null,
        text,
        reading: reading ? JSON.stringify({ ...reading, matchedBy: whose.matchedBy } satisfies StoredReading) : null,
        error,
        clientId: whose.clientId,
        claimId: whose.claimId,
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: call.session.staffId,
      });
      audit(call, {
        action: 'create',
        entity: 'inbox_item',
        entityId: row.id,
        details: { sha256, kind: row.kind, clientId: row.clientId, matchedBy: whose.matchedBy, claimId: row.claimId },
      });
      return toItem(call, row);
    });
  },
  'inbox.list': (call, input) => {
    const rows = inboxItemsOf(call.store.db, call.session.officeId, input.status);
    const names = staffNames(call.store.db, [
      ...new Set(rows.flatMap((row) => (row.createdBy === null ? [] : [row.createdBy]))),
    ]);
    return rows.map((row) => toItem(call, row, names));
  },
  'inbox.confirm': (call, input) =>
    call.store.db.transaction(() => {
      const item = findInboxItem(call.store.db, call.session.officeId, input.id);
      if (!item) throw new AppError('not_found', 'inboxItemNotFound');
      if (item.version !== input.version || item.status === 'filed') throw new AppError('conflict', 'staleVersion');
      assertClient(call, input.clientId);
      assertClaimOfClient(call, input.claimId, input.clientId);
      const document = fileDocument(call, {
        clientId: input.clientId,
        claimId: input.claimId,
        kind: documentKindOf[item.kind ?? 'other'],
        sha256: item.sha256,
        name: item.originalName,
        mimeType: item.mimeType,
        sizeBytes: item.sizeBytes,
      });
      const stamp = document.createdAt;
      const reading = corrected(parsed(item), input.corrections);
      const done = actOnLetter(item.kind ?? 'other', {
        call,
        itemId: item.id,
        clientId: input.clientId,
        claimId: input.claimId,
        documentId: document.id,
        reading,
        text: item.text ?? '',
      });
      const filed = {
        clientId: input.clientId,
        claimId: input.claimId,
        documentId: document.id,
        reading: reading && JSON.stringify(reading),
        actions: JSON.stringify(done),
        by: call.session.staffId,
        at: stamp,
      };
      if (!fileInboxItem(call.store.db, item.id, input.version, filed)) throw new AppError('conflict', 'staleVersion');
      audit(call, {
        action: 'update',
        entity: 'inbox_item',
        entityId: item.id,
        details: {
          filed: true,
          documentId: document.id,
          clientId: input.clientId,
          claimId: input.claimId,
          corrections: input.corrections,
          steps: done.steps.map((s) => s.step),
        },
      });
      return toItem(call, findInboxItem(call.store.db, call.session.officeId, item.id)!);
    }),
  'inbox.undo': (call, input) =>
    call.store.db.transaction(() => {
      const item = findInboxItem(call.store.db, call.session.officeId, input.id);
      if (!item) throw new AppError('not_found', 'inboxItemNotFound');
      if (item.version !== input.version) throw new AppError('conflict', 'staleVersion');
      if (item.status !== 'filed') throw new AppError('conflict', 'inboxItemNotFiled');
      assertMayUndo(call, item);
      undoConfirm(call, item);
      return toItem(call, findInboxItem(call.store.db, call.session.officeId, item.id)!);
    }),
};

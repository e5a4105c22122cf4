// The inbox: a dropped file is taken in (see inbox-intake.ts: stored once under its SHA-256, read and
// matched to the client whose ID number it gives); confirming files it as a document of the client
// (and claim) the user settled on.
import { AppError } from '../../shared/api/result';
import type { documentKinds } from '../../shared/domain/enums';
import { unreadableReasons, type InboxItem, type UnreadableReason } from '../../shared/inbox/item';
import type { Corrections } from '../../shared/inbox/corrections';
import type { Field, Fields, LetterKind, Reading } from '../../shared/inbox/types';
import { takeFile, type StoredReading } from './inbox-intake';
import { staffNames } from '../../db/repositories/staff';
import { fileInboxItem, findInboxItem, inboxItemsOf, type InboxItemRow } from '../../db/repositories/inbox';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
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
  const { matchedBy = null, mail = null, ...reading } = parsed(row) ?? {};
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
    // An unreadable letter that came in a mail keeps the mail alone.
    reading: reading.kind === undefined ? null : (reading as Reading),
    matchedBy,
    mail,
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

/** The office owner may undo any letter; others, one on a claim they handle or one they confirmed. */
function assertMayUndo(call: Call, item: InboxItemRow): void {
  if (call.session.role === 'owner' || item.filedBy === call.session.staffId) return;
  const claim = item.claimId === null ? undefined : findClaim(call.store.db, call.session.officeId, item.claimId);
  if (claim && claimOwner(call.store.db, call.session.officeId, claim) === call.session.staffId) return;
  throw new AppError('forbidden', 'undoNotYours');
}

export const inboxHandlers: Handlers<'inbox.add' | 'inbox.list' | 'inbox.confirm' | 'inbox.undo'> = {
  // A mail may bring several letters, each its own item (inbox.list shows them all): this answers the first.
  'inbox.add': async (call, input) => {
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
    const taker = { officeId: call.session.officeId, staffId: call.session.staffId };
    const [first] = await takeFile(call, taker, { name: input.name, mimeType: input.mimeType, bytes });
    return toItem(call, first!);
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
        // A mail's unreadable attachment keeps only where it came from: no reading to act on.
        reading: reading?.kind && reading.fields ? (reading as Reading) : null,
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

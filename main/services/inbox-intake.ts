// Taking a file into the inbox, from the screen (inbox.add) or the watched folder: each letter it
// brings (see main/inbox/letters-in-file.ts) is stored once under its SHA-256 in the documents store,
// read (text in logical order, kind, fields; a scan's by OCR, none of them certain) and matched to the
// client whose ID number it gives. The same letter again, alone or in another mail, is the item it is.
import type { Services } from './context';
import { appendAudit } from '../../db/repositories/audit';
import { findInboxItemBySha256, insertInboxItem, type InboxItemRow } from '../../db/repositories/inbox';
import type { UnreadableReason } from '../../shared/inbox/item';
import type { MailOrigin } from '../../shared/inbox/mail';
import { readLetter } from '../../shared/inbox/read-letter';
import { fromScan } from '../../shared/inbox/scan';
import type { Reading } from '../../shared/inbox/types';
import type { MatchedBy } from '../../shared/inbox/whose';
import type { FileLetter } from '../inbox/letters-in-file';
import { readFileInWorker } from '../inbox/read-in-worker';
import { documentsDir, sha256Hex, storeDocumentFile } from '../storage/document-files';
import { whoseInOffice } from './inbox-whose';

/**
 * The reading column keeps how the client was found and the mail the letter came in beside the
 * reading itself; an unreadable letter that came in a mail keeps the mail alone.
 */
export type StoredReading = Partial<Reading> & { matchedBy?: MatchedBy | null; mail?: MailOrigin };

export interface IncomingFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Who takes the file in: the signed-in staff member, or nobody (the watched folder). */
export interface Taker {
  officeId: number;
  staffId: number | null;
}

interface ReadLetter {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  text: string | null;
  reading: Reading | null;
  error: UnreadableReason | null;
  mail: MailOrigin | null;
}

function readOf(letter: FileLetter, file: IncomingFile): ReadLetter {
  const { name, mail } = letter;
  const own = { name, mail, ...(letter.attached ?? { mimeType: file.mimeType, bytes: file.bytes }) };
  if ('error' in letter.read) return { ...own, text: null, reading: null, error: letter.read.error };
  const { text, ocr } = letter.read;
  if (text.trim() === '') return { ...own, text: null, reading: null, error: 'noText' };
  const reading = readLetter(text);
  return { ...own, text, reading: ocr ? fromScan(reading) : reading, error: null };
}

async function lettersOf(file: IncomingFile): Promise<ReadLetter[]> {
  const read = await readFileInWorker(file.name, file.bytes);
  if (read.ok) return read.letters.map((letter) => readOf(letter, file));
  return [{ ...file, text: null, reading: null, error: read.reason, mail: null }];
}

function insert(services: Services, taker: Taker, letter: ReadLetter, sha256: string): InboxItemRow {
  const { db } = services.store;
  const again = findInboxItemBySha256(db, taker.officeId, sha256);
  if (again) return again;
  const stamp = services.now().toISOString();
  const { reading, mail } = letter;
  const whose = reading
    ? whoseInOffice(db, taker.officeId, reading)
    : { clientId: null, matchedBy: null, claimId: null };
  const stored: StoredReading | null =
    reading || mail
      ? { ...reading, ...(reading ? { matchedBy: whose.matchedBy } : {}), ...(mail ? { mail } : {}) }
      : null;
  const row = insertInboxItem(db, {
    officeId: taker.officeId,
    sha256,
    originalName: letter.name,
    mimeType: letter.mimeType,
    sizeBytes: letter.bytes.length,
    status: reading ? 'new' : 'unreadable',
    kind: reading?.kind ?? null,
    text: letter.text,
    reading: stored && JSON.stringify(stored),
    error: letter.error,
    clientId: whose.clientId,
    claimId: whose.claimId,
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: taker.staffId,
  });
  appendAudit(db, {
    at: stamp,
    officeId: taker.officeId,
    staffId: taker.staffId,
    action: 'create',
    entity: 'inbox_item',
    entityId: row.id,
    details: {
      sha256,
      kind: row.kind,
      clientId: row.clientId,
      matchedBy: whose.matchedBy,
      claimId: row.claimId,
      ...(mail ? { mail: mail.file } : {}),
      ...(taker.staffId === null ? { from: 'watchedFolder' } : {}),
    },
  });
  return row;
}

/** The items the file became, in the order its letters come; one already in the inbox is answered as it is. */
export async function takeFile(services: Services, taker: Taker, file: IncomingFile): Promise<InboxItemRow[]> {
  const known = findInboxItemBySha256(services.store.db, taker.officeId, sha256Hex(file.bytes));
  if (known) return [known];
  const rows: InboxItemRow[] = [];
  for (const letter of await lettersOf(file)) {
    const existing = findInboxItemBySha256(services.store.db, taker.officeId, sha256Hex(letter.bytes));
    if (existing) {
      rows.push(existing);
      continue;
    }
    // The file first: an item never points at bytes that are not there.
    const sha256 = storeDocumentFile(documentsDir(services.store.file), letter.bytes, services.keeper.dataKey());
    rows.push(services.store.db.transaction(() => insert(services, taker, letter, sha256)));
  }
  return rows;
}

// An inbox item as the app keeps and shows it: a dropped file, what the reader made of it, the client
// found, and whether it has been filed.
import type { InboxAction } from './actions';
import type { MailOrigin } from './mail';
import type { LetterKind, Reading } from './types';
import type { MatchedBy } from './whose';

/** new: read, waiting to be confirmed; unreadable: no text to read, filed by hand; filed: confirmed. */
export const inboxStatuses = ['new', 'unreadable', 'filed'] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

/**
 * Why an item is unreadable: no text layer (a scan), a kind of file the inbox does not read, a file
 * its reader could not open, or one that took too long or too much memory to read.
 */
export const unreadableReasons = ['noText', 'unsupportedType', 'broken', 'timeout', 'tooLarge'] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

export interface InboxItem {
  id: number;
  version: number;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  status: InboxStatus;
  kind: LetterKind | null;
  reading: Reading | null;
  text: string | null;
  /** Set when the item is unreadable. */
  error: UnreadableReason | null;
  /** The client the letter was matched to (see matchedBy), or the one it was filed to. */
  client: { id: number; name: string; idNumber: string } | null;
  /** How the client was found: by an ID number in the letter, the NII's file or claim number, or the name alone. */
  matchedBy: MatchedBy | null;
  /** The claim the letter is about (found by its NII number or by benefit and date), or the one it was filed to. */
  claimId: number | null;
  documentId: number | null;
  /** What confirming did beside filing it (null until filed, and on items filed before it was kept). */
  actions: InboxAction[] | null;
  /** The e-mail the letter came in (an attachment of it, or its body). */
  mail: MailOrigin | null;
  /** The staff member who dropped the file; null: taken from the watched folder. */
  addedBy: { id: number; name: string } | null;
  createdAt: string;
  filedAt: string | null;
}

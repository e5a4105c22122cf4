// Where an inbox item came from when it came in an e-mail: each letter the mail carried keeps the
// mail's sender, subject and date, shown beside it and filed with it.
export interface MailOrigin {
  /** The mail file's name as it was dropped or found in the watched folder. */
  file: string;
  /** "Name <address>", the address alone, or null when the mail names no sender. */
  from: string | null;
  subject: string | null;
  /** When it was sent, ISO; null when the mail's date is missing or does not parse. */
  date: string | null;
}

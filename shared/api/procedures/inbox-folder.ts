// The inbox's watched folder: the owner names a folder (a scanner's or a mail program's output) whose
// new files the inbox takes in; the app checks it where it runs (the office server, when there is one).
import { z } from 'zod';
import { everyone, owners, procedure } from '../procedure';

export interface InboxFolderState {
  /** The folder watched, as resolved; null when none is set. */
  folder: string | null;
}

export const inboxFolderInput = z.object({ watchedFolder: z.string().trim().min(1).max(4096).nullable() });

export const inboxFolderProcedures = {
  'inboxFolder.get': procedure<InboxFolderState>()({ input: z.object({}), access: everyone }),
  'inboxFolder.set': procedure<InboxFolderState>()({ input: inboxFolderInput, access: owners }),
};

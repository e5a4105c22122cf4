// The inbox: files the NII sent, read and matched to a client, confirmed into the client's documents.
import { z } from 'zod';
import { bodyFor, everyone, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import { MAX_DOCUMENT_BYTES, documentAddInput } from '../../schemas/work';
import { inboxStatuses, type InboxItem } from '../../inbox/item';

export const inboxAddInput = documentAddInput.pick({ name: true, mimeType: true, contentBase64: true });

export const inboxListInput = z.object({ status: z.enum(inboxStatuses).nullable().default(null) });

/** Confirming files the letter to the client (and claim) the user settled on. */
export const inboxConfirmInput = z.object({ id: recordId, version: recordVersion, clientId: recordId, claimId: recordId.nullable().default(null) });

export const inboxProcedures = {
  /** The same file again answers the item it already is. */
  'inbox.add': procedure<InboxItem>()({ input: inboxAddInput, access: everyone, maxBodyBytes: bodyFor(MAX_DOCUMENT_BYTES), changes: 'document' }),
  'inbox.list': procedure<InboxItem[]>()({ input: inboxListInput, access: everyone }),
  'inbox.confirm': procedure<InboxItem>()({ input: inboxConfirmInput, access: everyone, changes: 'document' }),
};

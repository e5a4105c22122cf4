// The inbox: files the NII sent, read and matched to a client, confirmed into the client's documents.
import { z } from 'zod';
import { bodyFor, everyone, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import { MAX_DOCUMENT_BYTES, documentAddInput } from '../../schemas/work';
import { correctableFieldNames, correctableFields, type CorrectableField } from '../../inbox/corrections';
import { inboxStatuses, type InboxItem } from '../../inbox/item';
import { own } from '../validation';
import { validationMessage } from '../../locales/messages';

export const inboxAddInput = documentAddInput.pick({ name: true, mimeType: true, contentBase64: true });

export const inboxListInput = z.object({ status: z.enum(inboxStatuses).nullable().default(null) });

/** Each correction in its field's shape (a date ISO, a percent decimal…), named in the error. */
const corrections = z
  .object(
    Object.fromEntries(
      correctableFieldNames.map((name) => [
        name,
        z
          .string()
          .regex(correctableFields[name], { message: own(validationMessage('correctionFormat', { field: name })) })
          .optional(),
      ]),
    ) as { [K in CorrectableField]: z.ZodOptional<z.ZodString> },
  )
  .strict()
  .default({});

/** Confirming files the letter to the client (and claim) the user settled on, with the fields they corrected. */
export const inboxConfirmInput = z.object({
  id: recordId,
  version: recordVersion,
  clientId: recordId,
  claimId: recordId.nullable().default(null),
  corrections,
});

/** Undoing a confirmed letter names the item as the user saw it. */
export const inboxUndoInput = z.object({ id: recordId, version: recordVersion });

export const inboxProcedures = {
  /** The same file again answers the item it already is. */
  'inbox.add': procedure<InboxItem>()({
    input: inboxAddInput,
    access: everyone,
    maxBodyBytes: bodyFor(MAX_DOCUMENT_BYTES),
    changes: 'document',
  }),
  'inbox.list': procedure<InboxItem[]>()({ input: inboxListInput, access: everyone }),
  'inbox.confirm': procedure<InboxItem>()({ input: inboxConfirmInput, access: everyone, changes: 'document' }),
  /** Everyone may ask; the office owner, the claim's handler and whoever confirmed it may undo (checked by the service). */
  'inbox.undo': procedure<InboxItem>()({ input: inboxUndoInput, access: everyone, changes: 'document' }),
};

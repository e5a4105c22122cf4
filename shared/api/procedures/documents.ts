// A client's documents, stored encrypted; lawyers delete.
import { bodyFor, everyone, lawyers, procedure } from '../procedure';
import { byClientInput, byIdInput, byVersionInput } from '../../schemas/fields';
import { MAX_DOCUMENT_BYTES, documentAddInput, type DocumentInfo } from '../../schemas/work';

export const documentProcedures = {
  'documents.add': procedure<DocumentInfo>()({
    input: documentAddInput,
    access: everyone,
    maxBodyBytes: bodyFor(MAX_DOCUMENT_BYTES),
    changes: 'document',
  }),
  'documents.list': procedure<DocumentInfo[]>()({ input: byClientInput, access: everyone }),
  'documents.read': procedure<DocumentInfo & { contentBase64: string }>()({ input: byIdInput, access: everyone }),
  'documents.delete': procedure<null>()({ input: byVersionInput, access: lawyers, changes: 'document' }),
};

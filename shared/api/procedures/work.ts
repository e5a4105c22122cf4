import { z } from 'zod';
import { bodyFor, everyone, lawyers, procedure } from '../procedure';
import { recordId, recordVersion } from '../../schemas/fields';
import {
  MAX_DOCUMENT_BYTES,
  documentAddInput,
  noteCreateInput,
  noteUpdateInput,
  taskCompleteInput,
  taskCreateInput,
  taskListInput,
  taskOverdueInput,
  taskUpdateInput,
  type DocumentInfo,
  type Note,
  type Task,
} from '../../schemas/work';

const byId = z.object({ id: recordId });
const byVersion = z.object({ id: recordId, version: recordVersion });
const byClient = z.object({ clientId: recordId });

export const workProcedures = {
  'notes.create': procedure<Note>()({ input: noteCreateInput, access: everyone, changes: 'note' }),
  'notes.update': procedure<Note>()({ input: noteUpdateInput, access: everyone, changes: 'note' }),
  'notes.list': procedure<Note[]>()({ input: byClient, access: everyone }),
  'notes.delete': procedure<null>()({ input: byVersion, access: lawyers, changes: 'note' }),
  'tasks.create': procedure<Task>()({ input: taskCreateInput, access: everyone, changes: 'task' }),
  'tasks.update': procedure<Task>()({ input: taskUpdateInput, access: everyone, changes: 'task' }),
  'tasks.complete': procedure<Task>()({ input: taskCompleteInput, access: everyone, changes: 'task' }),
  'tasks.list': procedure<Task[]>()({ input: taskListInput, access: everyone }),
  /** Overdue tasks: how many in all and the first `limit` (binding ones first), as of the server's today. */
  'tasks.overdue': procedure<{ today: string; count: number; tasks: Task[] }>()({ input: taskOverdueInput, access: everyone }),
  'tasks.delete': procedure<null>()({ input: byVersion, access: lawyers, changes: 'task' }),
  'documents.add': procedure<DocumentInfo>()({ input: documentAddInput, access: everyone, maxBodyBytes: bodyFor(MAX_DOCUMENT_BYTES), changes: 'document' }),
  'documents.list': procedure<DocumentInfo[]>()({ input: byClient, access: everyone }),
  'documents.read': procedure<DocumentInfo & { contentBase64: string }>()({ input: byId, access: everyone }),
  'documents.delete': procedure<null>()({ input: byVersion, access: lawyers, changes: 'document' }),
};

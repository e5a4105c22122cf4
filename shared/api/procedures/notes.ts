// Notes on a client's file.
import { everyone, lawyers, procedure } from '../procedure';
import { byClientInput, byVersionInput } from '../../schemas/fields';
import { noteCreateInput, noteUpdateInput, type Note } from '../../schemas/work';

export const noteProcedures = {
  'notes.create': procedure<Note>()({ input: noteCreateInput, access: everyone, changes: 'note' }),
  'notes.update': procedure<Note>()({ input: noteUpdateInput, access: everyone, changes: 'note' }),
  'notes.list': procedure<Note[]>()({ input: byClientInput, access: everyone }),
  'notes.delete': procedure<null>()({ input: byVersionInput, access: lawyers, changes: 'note' }),
};

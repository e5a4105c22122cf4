// inboxFolder.get and inboxFolder.set: the folder the app watches for incoming letters (see
// main/inbox/watched-folder.ts), checked and watched where the store is.
import { AppError } from '../../shared/api/result';
import { audit } from './context';
import type { Handlers } from './handler';

export const inboxFolderHandlers: Handlers<'inboxFolder.get' | 'inboxFolder.set'> = {
  'inboxFolder.get': (call) => ({ folder: call.inboxFolder?.current() ?? null }),
  'inboxFolder.set': (call, input) => {
    if (!call.inboxFolder) throw new AppError('bad_request', 'inboxFolderUnavailable');
    const folder = call.inboxFolder.set(input.watchedFolder);
    audit(call, { action: 'update', entity: 'inbox_folder', details: { watching: folder !== null } });
    return { folder };
  },
};

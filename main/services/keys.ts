// keys.unlock in an office whose keys are open: the locked desk (main/desk/key-lock.ts) answers it
// while the key folder waits for its passphrase; once the store is open there is nothing to unlock.
import { AppError } from '../../shared/api/result';
import type { Handlers } from './handler';

export const keyHandlers: Handlers<'keys.unlock'> = {
  'keys.unlock': () => {
    throw new AppError('bad_request', 'keysAlreadyOpen');
  },
};

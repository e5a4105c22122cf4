// The unlock screen's procedure: a key folder wrapped by a passphrase that was not given at start
// leaves the desk locked — no store open, every other procedure refused — until the owner types it.
import { z } from 'zod';
import { procedure } from '../procedure';

export const keyProcedures = {
  'keys.unlock': procedure<{ unlocked: true }>()({
    input: z.object({ passphrase: z.string().min(1).max(1024) }),
    access: 'public',
  }),
};

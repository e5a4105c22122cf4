// The owner's store-wide security actions.
import { z } from 'zod';
import { owners, procedure } from '../procedure';

/** What the conversion did; `rows` were found again in the encrypted copy, whose audit chain verified. */
export interface StoreEncrypted {
  rows: number;
  backups: number;
  documents: number;
  damagedDocuments: number;
}

export const securityProcedures = {
  // A new data key for the store and its backups (documents through their module); the recovery key stays valid.
  'security.rotateDataKey': procedure<{ rotatedAt: string }>()({ input: z.object({}), access: owners }),
  // A store made before encryption, encrypted under the data key with its backups and documents.
  'security.encryptStore': procedure<StoreEncrypted>()({
    input: z.object({ confirm: z.literal(true) }),
    access: owners,
  }),
};

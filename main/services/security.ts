// The owner's store-wide security actions: a new data key, and converting an office made before
// encryption. Each swaps the open store, so its audit row goes to the store open afterwards.
import type { OutputOf } from '../../shared/api/contract';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

async function rotateDataKey(call: Call): Promise<OutputOf<'security.rotateDataKey'>> {
  await call.keeper.rotateDataKey();
  const rotatedAt = call.now().toISOString();
  // The store was swapped for its rekeyed copy: the audit row goes to the one open now.
  audit({ ...call, store: call.keeper.store }, { action: 'data_key_rotated', entity: 'database', details: {} });
  return { rotatedAt };
}

async function encryptStore(call: Call): Promise<OutputOf<'security.encryptStore'>> {
  const done = await call.keeper.encryptStore();
  const details = {
    rows: done.rows,
    backups: done.backups,
    documents: done.documents,
    damagedDocuments: done.damagedDocuments.length,
  };
  audit({ ...call, store: call.keeper.store }, { action: 'store_encrypted', entity: 'database', details });
  return details;
}

export const securityHandlers: Handlers<'security.rotateDataKey' | 'security.encryptStore'> = {
  'security.rotateDataKey': rotateDataKey,
  'security.encryptStore': encryptStore,
};

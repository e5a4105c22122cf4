// Who may restore from the recovery screen: nobody can sign in while the store is broken, so the
// owner proves themself against the backup being restored — the staff list as it was when the
// backup was taken, read from the file itself. The screen is public, so wrong passwords are
// throttled: after a few in a row it locks for a minute, doubling with each further miss.
import { AppError } from '../../shared/api/result';
import { ownerPasswordHashIn } from '../../db/restore';
import { decoyHash, verifyPassword } from './passwords';

const FREE_TRIES = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

interface Misses {
  count: number;
  lockedUntil: number;
}

// Per running app (its keeper), so two apps in one process never share a count.
const missesOf = new WeakMap<object, Misses>();

/** True when an active owner in the backup has this username and password. */
async function ownerKnownToBackup(
  backupFile: string,
  key: Buffer | null,
  username: string,
  password: string,
): Promise<boolean> {
  const stored = ownerPasswordHashIn(backupFile, key, username);
  // An unknown name costs as much time as a wrong password, so timing does not tell names apart.
  const matches = await verifyPassword(password, stored ?? (await decoyHash()));
  return stored !== undefined && matches;
}

/**
 * Refuses unless an owner the backup knows signs for the restore; `app` keys the count of misses,
 * `key` (the office's data key) opens the backup.
 */
export async function assertOwnerOfBackup(
  app: object,
  now: Date,
  backupFile: string,
  key: Buffer | null,
  username: string,
  password: string,
): Promise<void> {
  const misses = missesOf.get(app) ?? { count: 0, lockedUntil: 0 };
  missesOf.set(app, misses);
  if (now.getTime() < misses.lockedUntil) throw new AppError('bad_credentials', 'recoveryLocked');
  if (await ownerKnownToBackup(backupFile, key, username, password)) {
    missesOf.delete(app);
    return;
  }
  misses.count++;
  if (misses.count >= FREE_TRIES)
    misses.lockedUntil = now.getTime() + Math.min(FIRST_LOCK_MS * 2 ** (misses.count - FREE_TRIES), LONGEST_LOCK_MS);
  throw new AppError('bad_credentials', 'recoveryNotOwner', 'password');
}

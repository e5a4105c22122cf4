// Who may restore from the recovery screen: nobody can sign in while the store is broken, so the
// owner proves themself against the backup being restored — the staff list as it was when the
// backup was taken, read from the file itself.
import { ownerPasswordHashIn } from '../../db/restore';
import { decoyHash, verifyPassword } from './passwords';

/** True when an active owner in the backup has this username and password. */
export async function ownerKnownToBackup(backupFile: string, username: string, password: string): Promise<boolean> {
  const stored = ownerPasswordHashIn(backupFile, username);
  // An unknown name costs as much time as a wrong password, so timing does not tell names apart.
  const matches = await verifyPassword(password, stored ?? (await decoyHash()));
  return stored !== undefined && matches;
}

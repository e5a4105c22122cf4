// Fills a data folder with a generated demo office (db/demo), as `npm run demo` would; sign in with
// DEMO_LOGIN (the owner) or `demo.lawyerN` / `demo.clerkN` with the same password.
import { fillDemoOffice } from '../../main/demo-office';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { dataKeyFor } from '../../db/audit-key';
import { openDatabase } from '../../db/open';
import { dataFiles, migrationsFolder } from '../../main/config/paths';
import { hashPassword } from '../../main/services/passwords';
import { testKeys } from './temp';

export const DEMO_LOGIN = { username: DEMO_USERNAME, password: DEMO_PASSWORD };

export async function fillWithDemoOffice(dataDir: string, clients: number, seed = 1): Promise<void> {
  const files = dataFiles(dataDir);
  const store = await openDatabase({
    keys: testKeys,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  try {
    await fillDemoOffice(
      store,
      { clients, seed, passwordHash: await hashPassword(DEMO_PASSWORD) },
      dataKeyFor(testKeys, dataDir),
    );
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
}

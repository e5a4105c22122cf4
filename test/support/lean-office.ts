// A large office for the client list's latency run: the demo generator's office, staff and people
// (db/demo), but only the insured_person rows and their search index — no claims, records or audit
// trail — so 100,000 clients take seconds, not minutes. Sign in with DEMO_LOGIN.
import { dayOf } from '../../db/demo/calendar';
import { DEMO_AS_OF } from '../../db/demo/generate';
import { IdNumbers } from '../../db/demo/identity';
import { makePerson } from '../../db/demo/person';
import { Random } from '../../db/demo/random';
import { createDemoOffice, DEMO_PASSWORD } from '../../db/demo/staff';
import { openDatabase } from '../../db/open';
import { insertInsuredPerson } from '../../db/repositories/insured-persons';
import { dataFiles, migrationsFolder } from '../../main/config/paths';
import { hashPassword } from '../../main/services/passwords';
import { testKeys } from './temp';

const BATCH = 5000;

export async function fillWithLeanOffice(dataDir: string, clients: number, seed = 1): Promise<void> {
  const files = dataFiles(dataDir);
  const store = await openDatabase({
    keys: testKeys,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  try {
    const random = new Random(seed);
    const asOf = dayOf(DEMO_AS_OF);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { officeId, staff } = store.db.transaction(() =>
      createDemoOffice(store.db, random, { clients, asOf, passwordHash }),
    );
    const ctx = { random, ids: new IdNumbers(), staff, officeId, asOf };
    for (let start = 0; start < clients; start += BATCH) {
      store.db.transaction(() => {
        for (let n = start; n < Math.min(clients, start + BATCH); n++)
          insertInsuredPerson(store.db, makePerson(ctx, n + 1).person as Parameters<typeof insertInsuredPerson>[1]);
      });
    }
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
}

// The benchmark store: generated once per size and seed into the OS temp folder (outside the repo)
// and reused; each run works on a fresh copy, because the app writes (audit rows, backups) as it goes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillDemoOffice } from '../main/demo-office';
import { DEMO_PASSWORD } from '../db/demo/staff';
import { knownSchemaVersion, openDatabase } from '../db/open';
import { dataKeyFor, loadDataKey, replaceDataKey } from '../db/audit-key';
import { isPlainFile, openFile } from '../db/sqlite';
import { encryptFile } from '../db/encrypt-file';
import { dataFiles, migrationsFolder } from '../main/config/paths';
import { hashPassword } from '../main/services/passwords';

const COMPLETE = 'complete';

/** The cached data folder for this size and seed, generated first when missing or cut short. */
/** The audit keys of the bench's stores, outside their data folders as in the app. */
export const BENCH_KEYS = { dir: path.join(os.tmpdir(), 'mitzui-bench-keys') };

export async function cachedStore(clients: number, seed: number, log: (line: string) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), `mitzui-bench-${clients}-${seed}`);
  if (fs.existsSync(path.join(dir, COMPLETE))) {
    log(`Reusing the store in ${dir}`);
    await upgradeOnce(dir, log);
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const files = dataFiles(dir);
  const store = await openDatabase({
    keys: BENCH_KEYS,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  try {
    log(`Generating ${clients} clients (seed ${seed}) into ${dir}`);
    const started = performance.now();
    const summary = await fillDemoOffice(
      store,
      {
        clients,
        seed,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        onProgress: (p) =>
          log(
            `  ${p.clients}/${p.total} clients, ${p.auditRows} audit rows, ${((performance.now() - started) / 1000).toFixed(1)} s`,
          ),
      },
      dataKeyFor(BENCH_KEYS, dir),
    );
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary.rows)}`);
  } finally {
    store.close();
  }
  fs.writeFileSync(path.join(dir, COMPLETE), new Date().toISOString());
  return dir;
}

/** A store cached by an older build is migrated once, so that no timed run pays for the migration. */
async function upgradeOnce(dir: string, log: (line: string) => void): Promise<void> {
  const files = dataFiles(dir);
  const probe = openFile(files.database, loadDataKey(BENCH_KEYS, dir), { readonly: true, fileMustExist: true });
  const found = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (found >= knownSchemaVersion(migrationsFolder)) return;
  log(`Migrating the cached store from schema ${found}`);
  const store = await openDatabase({
    keys: BENCH_KEYS,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  fs.rmSync(files.backups, { recursive: true, force: true });
}

/**
 * A throw-away copy of the cached store's data folder, with the cached folder's data key, encrypted
 * under it; `plain` leaves or makes the copy plain (for the encrypted/plain comparison).
 */
export function workingCopy(cached: string, plain = false): { dataDir: string; cleanup: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-bench-run-'));
  const file = dataFiles(dataDir).database;
  fs.copyFileSync(dataFiles(cached).database, file);
  const key = dataKeyFor(BENCH_KEYS, cached);
  replaceDataKey(BENCH_KEYS, dataDir, key);
  // A store cached before encryption is plain: the encrypted side encrypts its copy (else both sides
  // of the comparison would be plain).
  if (!plain) encryptFile(file, key);
  else if (!isPlainFile(file)) {
    const db = openFile(file, key);
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
  }
  return { dataDir, cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** A folder for scratch files (backups, import targets), removed by the returned cleanup. */
export function scratchDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Command line for the office's IT person: `npm run cli -- verify-audit [--data-dir DIR]`, and
// `npm run cli -- key-wrapping file|passphrase|keychain [--new-passphrase-file F]` to change how the
// key folder is kept at rest (db/key-wrap.ts; the current passphrase as at start, config/key-vault.ts).
// Reads the store read-only with the folder's audit key (never writes, so it cannot re-seal anything)
// and compares the chain with the heads recorded in the office's backups' manifests and in the key folder. Exits 0 when the chain is
// intact, 2 when a row was changed, deleted, left unsealed or cut off the end, or cannot be verified.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { auditHeadFile } from '../db/audit-head-file';
import { recordedHeads } from '../db/audit-heads';
import { loadAuditKey, loadDataKey, type KeyVault } from '../db/audit-key';
import { changeKeyWrapping, KeychainUnavailableError } from '../db/key-wrap';
import { openKeyVault } from './config/key-vault';
import { listBackups } from '../db/backup';
import { openReadOnly } from '../db/open';
import { drizzleOf } from '../db/sqlite';
import { verifyAuditChain } from '../db/repositories/audit';
import { errorMessage } from '../shared/locales/messages';
import { loadConfig } from './config/config';
import { dataFiles, migrationsFolder } from './config/paths';

const USAGE =
  'usage: mitzui verify-audit [--data-dir DIR] | key-wrapping file|passphrase|keychain [--new-passphrase-file F] [--passphrase-file F]';

function verifyAudit(dataDir: string, vault: KeyVault): number {
  const keyDir = vault.dir;
  const key = loadAuditKey(vault, dataDir);
  if (!key) {
    console.log(errorMessage('auditKeyMissing', { dir: keyDir }));
    return 2;
  }
  const sqlite = openReadOnly(dataFiles(dataDir).database, loadDataKey(vault, dataDir), migrationsFolder);
  try {
    const db = drizzleOf(sqlite);
    const files = dataFiles(dataDir);
    const verdict = verifyAuditChain(
      db,
      recordedHeads(
        db,
        listBackups(files.backups, files.dailyBackups, files.manualBackups),
        auditHeadFile(vault, dataDir),
      ),
      key,
    );
    if (verdict.ok) {
      console.log(`audit chain intact: ${verdict.rows} rows, head ${verdict.headHash}`);
      return 0;
    }
    const from =
      verdict.reason === 'unverifiable'
        ? `; rows before ${verdict.verifiableFrom} were sealed with a key that is no longer here`
        : '';
    console.log(`audit chain BROKEN at row ${verdict.brokenAt} (${verdict.reason}); ${verdict.rows} rows read${from}`);
    return 2;
  } finally {
    sqlite.close();
  }
}

const MODES = ['file', 'passphrase', 'keychain'] as const;

/** Rewraps the key folder; a new passphrase comes from --new-passphrase-file or MITZUI_NEW_KEY_PASSPHRASE. */
async function keyWrapping(
  vault: KeyVault,
  mode: string | undefined,
  newPassphraseFile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const chosen = MODES.find((m) => m === mode);
  if (!chosen) {
    console.error(USAGE);
    return 64;
  }
  const passphrase = newPassphraseFile
    ? fs.readFileSync(newPassphraseFile, 'utf8').replace(/\r?\n$/, '')
    : env.MITZUI_NEW_KEY_PASSPHRASE;
  if (chosen === 'passphrase' && (!passphrase || passphrase.length < 12)) {
    console.error(errorMessage('keyPassphraseTooShort'));
    return 64;
  }
  try {
    await changeKeyWrapping(
      vault,
      chosen === 'passphrase' ? { mode: chosen, passphrase: passphrase! } : { mode: chosen },
    );
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    console.error(errorMessage('keychainUnavailable', { detail: error.message }));
    return 2;
  }
  console.log(`key folder ${vault.dir}: ${chosen}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'new-passphrase-file': { type: 'string' },
    },
    allowPositionals: true,
  });
  const config = loadConfig(argv, process.env);
  const vault = await openKeyVault(config.keyDir, argv, process.env);
  if (positionals[0] === 'verify-audit') return verifyAudit(config.dataDir, vault);
  if (positionals[0] === 'key-wrapping')
    return keyWrapping(vault, positionals[1], values['new-passphrase-file'], process.env);
  console.error(USAGE);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

// The key folder as a start opens it (db/key-wrap.ts): plain, through the OS keychain, or with the
// owner's passphrase — from --passphrase-file or MITZUI_KEY_PASSPHRASE_FILE (a service),
// MITZUI_KEY_PASSPHRASE, or typed at the terminal (the office server, the command line) or on the
// unlock screen (browser mode, the desktop). What is wrong stops the start with a
// Hebrew message naming what to give; no key is made and no store opened meanwhile.
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { KeyVault } from '../../db/audit-key';
import {
  changeKeyWrapping,
  KeychainUnavailableError,
  PassphraseNeededError,
  PassphraseWrongError,
  SafeStorageNeededError,
  unlockKeyFolder,
  wrapModeOf,
  type SafeStorage,
} from '../../db/key-wrap';
import { errorMessage } from '../../shared/locales/messages';
import { ConfigError } from './config';

/** The passphrase given on the command line or in the environment, if any. */
export function givenPassphrase(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const { values } = parseArgs({ args: argv, options: { 'passphrase-file': { type: 'string' } }, strict: false });
  const file =
    values['passphrase-file'] === undefined ? env.MITZUI_KEY_PASSPHRASE_FILE : String(values['passphrase-file']);
  if (file) {
    try {
      return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new ConfigError(errorMessage('keyPassphraseFileUnreadable', { file }));
    }
  }
  return env.MITZUI_KEY_PASSPHRASE || undefined;
}

/** Asks at the terminal without echoing what is typed. */
function promptPassphrase(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let asked = false;
  output._writeToOutput = (text) => {
    if (!asked) process.stderr.write(text);
    asked = true;
  };
  return new Promise((resolve) =>
    rl.question(`${errorMessage('keyPassphrasePrompt')} `, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    }),
  );
}

/** The key folder opened with `passphrase`; what is wrong becomes a ConfigError in Hebrew. */
async function unlocked(keyDir: string, passphrase: string | undefined, safeStorage?: SafeStorage): Promise<KeyVault> {
  try {
    return await unlockKeyFolder(keyDir, passphrase, safeStorage);
  } catch (error) {
    if (error instanceof PassphraseNeededError) throw new ConfigError(errorMessage('keyPassphraseNeeded'));
    if (error instanceof PassphraseWrongError) throw new ConfigError(errorMessage('keyPassphraseWrong'));
    if (error instanceof KeychainUnavailableError)
      throw new ConfigError(errorMessage('keychainUnavailable', { detail: error.message }));
    if (error instanceof SafeStorageNeededError)
      throw new ConfigError(errorMessage('keyFolderDesktopOnly', { detail: error.message }));
    throw error;
  }
}

/** The office server and the command line: the passphrase from a file, the environment or the terminal. */
export async function openKeyVault(keyDir: string, argv: string[], env: NodeJS.ProcessEnv): Promise<KeyVault> {
  let passphrase = givenPassphrase(argv, env);
  if (passphrase === undefined && wrapModeOf(keyDir) === 'passphrase' && process.stdin.isTTY)
    passphrase = await promptPassphrase();
  return unlocked(keyDir, passphrase);
}

/**
 * Browser mode and the desktop: as the server, but a passphrase neither in a file nor in the
 * environment is asked on the unlock screen (null: the desk starts locked, main/desk/key-lock.ts).
 * The desktop app passes its safeStorage in: a plain folder is then wrapped by it (as the desktop
 * always kept its keys sealed by the OS), and a folder wrapped by it opens.
 */
export async function keyVaultOrLocked(
  keyDir: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  safeStorage?: SafeStorage,
): Promise<KeyVault | null> {
  const passphrase = givenPassphrase(argv, env);
  const mode = wrapModeOf(keyDir);
  if (passphrase === undefined && mode === 'passphrase') return null;
  if (mode === 'file' && safeStorage?.isEncryptionAvailable())
    return changeKeyWrapping({ dir: keyDir }, { mode: 'safe-storage', safeStorage });
  return unlocked(keyDir, passphrase, safeStorage);
}

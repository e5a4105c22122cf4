// A desk whose key folder is wrapped by a passphrase that was not given at start (browser mode, the
// desktop app): it serves a locked state — no store opened, no session, every procedure but
// keys.unlock refused with 'key_locked' — until the unlock screen sends the right passphrase. Then
// the desk starts as it would have (desk-runner) and each later call goes to it. Wrong passphrases
// count in the sign-in throttle (per address, and under one name for the key folder), which the
// opened office keeps, so the unlock screen is no way around the sign-in's limits.
import type { KeyVault } from '../../db/audit-key';
import { PassphraseWrongError } from '../../db/key-wrap';
import { contract } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/result';
import { validationError } from '../../shared/api/validation';
import { errorMessage } from '../../shared/locales/messages';
import type { App } from '../app';
import { ConfigError, DEFAULTS } from '../config/config';
import { ChangeBus } from '../services/changes';
import type { Dispatch } from '../services/dispatch';
import { LoginThrottle, type LoginAttempt } from '../services/login-throttle';
import { SessionStore } from '../services/sessions';
import { assertMayTry } from '../services/sign-in';
import { createChangeStream } from '../transports/change-stream';
import { startDeskRunner, type DeskRunner, type DeskRunnerOptions } from './desk-runner';

/** The throttle's username for tries at the key folder's passphrase (no staff username has a space). */
export const KEY_FOLDER_ATTEMPT = 'key folder';

export interface KeyLockOptions extends Omit<DeskRunnerOptions, 'openLocal'> {
  /** The key folder as opened at start, or null when it waits for its passphrase. */
  vault: KeyVault | null;
  /** Opens the key folder with a typed passphrase; throws PassphraseWrongError for a wrong one. */
  unlock: (passphrase: string) => Promise<KeyVault>;
  /** Opens the store with the opened key folder, counting sign-ins in `throttle`. */
  openLocal: (vault: KeyVault, throttle: LoginThrottle) => Promise<App>;
}

function refused(code: AppError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

export async function startDeskBehindKeyLock(options: KeyLockOptions): Promise<DeskRunner> {
  const now = options.now ?? (() => new Date());
  const throttle = new LoginThrottle(now);
  const start = (vault: KeyVault) =>
    startDeskRunner({ ...options, openLocal: () => options.openLocal(vault, throttle) });
  if (options.vault) return start(options.vault);

  let desk: DeskRunner | null = null;
  let opening: Promise<DeskRunner> | null = null;
  const sessions = new SessionStore(DEFAULTS.idleMinutes, now);
  const lockedStream = createChangeStream({ bus: new ChangeBus(now), sessions });

  async function tryPassphrase(passphrase: string, attempt: LoginAttempt): Promise<KeyVault | null> {
    assertMayTry({ throttle }, attempt);
    throttle.begin(attempt);
    try {
      return await options.unlock(passphrase);
    } catch (error) {
      if (!(error instanceof PassphraseWrongError)) throw error;
      throttle.fail(attempt);
      return null;
    } finally {
      throttle.end(attempt);
    }
  }

  const dispatch: Dispatch = async (_session, name, input, origin = { clientAddress: 'local' }) => {
    if (name !== 'keys.unlock') return refused('key_locked', errorMessage('keysLocked'));
    const parsed = contract['keys.unlock'].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const attempt = { username: KEY_FOLDER_ATTEMPT, address: origin.clientAddress };
    try {
      const vault = await tryPassphrase(parsed.data.passphrase, attempt);
      if (!vault) return refused('bad_credentials', errorMessage('keyUnlockWrong'));
      throttle.succeed(attempt);
      opening ??= start(vault).then(
        (started) => (desk = started),
        (error: unknown) => {
          opening = null;
          throw error;
        },
      );
      await opening;
      return { ok: true, value: { unlocked: true } };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      if (error instanceof ConfigError) return refused('internal', error.message);
      throw error;
    }
  };

  return {
    current: () => desk?.current() ?? { dispatch, sessions },
    mode: () => desk?.mode() ?? 'local',
    changeStream: {
      handle: (req, res) => (desk?.changeStream ?? lockedStream).handle(req, res),
      openCount: () => (desk?.changeStream ?? lockedStream).openCount(),
      closeAll: () => (desk?.changeStream ?? lockedStream).closeAll(),
    },
    watchChanges: (ticket, listener) => {
      if (desk) return desk.watchChanges(ticket, listener);
      listener({ kind: 'end' });
      return () => undefined;
    },
    app: () => desk?.app() ?? null,
    close: () => desk?.close(),
  };
}

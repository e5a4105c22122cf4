// A real app on a real SQLite file in a temp folder, with a clock the test can move.
import { openApp, type App } from '../../main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { SessionState } from '../../main/services/sessions';
import { tempDir, testKeys } from './temp';
import { signedIn } from './signed-in';
import { afterEach, beforeEach } from 'vitest';

export interface TestApp extends App {
  dataDir: string;
  clock: { now: Date; advanceMinutes(minutes: number): void };
  call<N extends ProcedureName>(token: string | null, name: N, input: InputOf<N>): Promise<ApiResult<OutputOf<N>>>;
  /** Closes this app and starts it again on the same data folder and clock, as a restart would. */
  restart(): Promise<TestApp>;
  dispose(): void;
}

type Clock = TestApp['clock'];

export const OWNER = { username: 'dana', password: 'correct-horse-9' };

export const SETUP_INPUT: InputOf<'office.setup'> = {
  office: { name: 'משרד כהן ושות׳', address: 'רחוב הרצל 1, תל אביב', phone: '03-6091234' },
  owner: { fullName: 'דנה כהן', licenseNumber: '54321', ...OWNER },
};

/** `prepare` may fill the fresh data folder before the app opens it (e.g. with a demo office). */
export async function openTestApp(idleMinutes = 30, prepare?: (dataDir: string) => Promise<void>): Promise<TestApp> {
  const { dir, cleanup } = tempDir();
  await prepare?.(dir);
  const clock: Clock = {
    now: new Date('2026-03-01T08:00:00Z'),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  return startTestApp(dir, cleanup, clock, idleMinutes);
}

async function startTestApp(dir: string, cleanup: () => void, clock: Clock, idleMinutes: number): Promise<TestApp> {
  // A test that idles longer than a working day keeps its session for as long (the absolute lifetime).
  const app = await openApp({
    keys: testKeys,
    dataDir: dir,
    idleMinutes,
    sessionHours: Math.max(12, idleMinutes / 60),
    now: () => clock.now,
  });
  const call: TestApp['call'] = (token, name, input) => {
    const state: SessionState = app.sessions.resolve(token);
    return app.dispatch(state, name, input) as never;
  };
  // Assigned onto the app rather than spread, so `store` stays live across a restore.
  return Object.assign(app, {
    dataDir: dir,
    clock,
    call,
    restart: () => {
      app.close();
      return startTestApp(dir, cleanup, clock, idleMinutes);
    },
    dispose: () => {
      app.close();
      cleanup();
    },
  });
}

/** Sets the office up and signs the owner in; returns the session token. */
export async function setUpAndLogIn(app: TestApp): Promise<string> {
  const setup = await app.call(null, 'office.setup', SETUP_INPUT);
  if (!setup.ok) throw new Error(setup.error.message);
  const login = await app.call(null, 'auth.login', OWNER);
  if (!login.ok) throw new Error(login.error.message);
  return signedIn(login.value).token;
}

/** A fresh office, set up as SETUP_INPUT says, with its owner signed in. */
export async function openTestOffice(idleMinutes = 30): Promise<{ app: TestApp; token: string }> {
  const app = await openTestApp(idleMinutes);
  try {
    return { app, token: await setUpAndLogIn(app) };
  } catch (error) {
    // A failed set-up leaves no app running (its timers and lock would keep the test process alive).
    app.dispose();
    throw error;
  }
}

export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** For a test file: a fresh office before each test, its owner signed in, handed to `use`; closed after. */
export function eachTestInNewOffice(use: (app: TestApp, ownerToken: string) => void): void {
  let app: TestApp | undefined;
  beforeEach(async () => {
    const office = await openTestOffice();
    app = office.app;
    use(app, office.token);
  });
  afterEach(() => app?.dispose());
}

// The app opened on a data folder as the office runs it, with the demo owner signed in, and a caller
// that goes through dispatch as the UI does.
import { DEMO_PASSWORD, DEMO_USERNAME } from '../db/demo/staff';
import { openApp, type App } from '../main/app';
import type { Session } from '../main/services/sessions';
import { BENCH_KEYS } from './store';

export interface SignedIn {
  app: App;
  session: Session;
  /** The procedure's value; throws with the app's message when it answers with an error. */
  call(name: string, input: unknown): Promise<unknown>;
}

export async function openSignedIn(dataDir: string): Promise<SignedIn> {
  const app = await openApp({ dataDir, idleMinutes: 24 * 60, keys: BENCH_KEYS });
  try {
    // The daily backup the app takes at start must be over before anything is timed.
    await app.keeper.runDailyBackup();
    const login = await app.dispatch(null, 'auth.login', { username: DEMO_USERNAME, password: DEMO_PASSWORD });
    if (!login.ok) throw new Error(login.error.message);
    const session = app.sessions.resolve((login.value as { token: string }).token) as Session;
    const call = async (name: string, input: unknown) => {
      const result = await app.dispatch(session, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
    return { app, session, call };
  } catch (error) {
    app.close();
    throw error;
  }
}

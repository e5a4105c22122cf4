// A demo office (db/demo) opened by the real app, for paperwork tests that fill papers from demo data.
import { openApp, type App } from '../../main/app';
import { dataFiles, migrationsFolder } from '../../main/config/paths';
import { hashPassword } from '../../main/services/passwords';
import { fillDemoOffice } from '../../main/demo-office';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { openDatabase } from '../../db/open';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { tempDir, testKeys } from './temp';

export interface DemoApp {
  app: App;
  dataDir: string;
  token: string;
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<ApiResult<OutputOf<N>>>;
  dispose(): void;
}

export async function openDemoApp(clients: number, seed: number, now: Date): Promise<DemoApp> {
  const { dir, cleanup } = tempDir('mitzui-paperwork-');
  const files = dataFiles(dir);
  const store = await openDatabase({ keys: testKeys, file: files.database, backupDir: files.backups, migrationsFolder });
  await fillDemoOffice(store, { clients, seed, passwordHash: await hashPassword(DEMO_PASSWORD), batchSize: 64 });
  store.close();
  const app = await openApp({ keys: testKeys, dataDir: dir, now: () => now });
  const login = await app.dispatch(null, 'auth.login', { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  const token = (login.value as { token: string }).token;
  return {
    app,
    dataDir: dir,
    token,
    call: (name, input) => app.dispatch(app.sessions.resolve(token), name, input) as never,
    dispose: () => {
      app.close();
      cleanup();
    },
  };
}

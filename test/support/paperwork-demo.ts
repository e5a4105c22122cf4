// A demo office (db/demo) opened by the real app, for paperwork tests that fill papers from demo data.
import { afterAll, beforeAll } from 'vitest';
import { openApp, type App } from '../../main/app';
import { closePdfRenderer } from '../../main/paperwork/pdf-renderer';
import { dataFiles, migrationsFolder } from '../../main/config/paths';
import { hashPassword } from '../../main/services/passwords';
import { fillDemoOffice } from '../../main/demo-office';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { dataKeyFor } from '../../db/audit-key';
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
  const store = await openDatabase({
    keys: testKeys,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  await fillDemoOffice(
    store,
    { clients, seed, passwordHash: await hashPassword(DEMO_PASSWORD), batchSize: 64 },
    dataKeyFor(testKeys, dir),
  );
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

/** The demo office for one test file: opened before its tests, closed (with the PDF renderer) after. */
export function demoForFile(clients: number, seed: number, now: Date): () => DemoApp {
  let demo: DemoApp | undefined;
  beforeAll(async () => {
    demo = await openDemoApp(clients, seed, now);
  }, 60_000);
  afterAll(async () => {
    await closePdfRenderer();
    demo?.dispose();
  });
  return () => demo!;
}

/** A reply's value; a refusal fails the test with its Hebrew message. */
export async function ok<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

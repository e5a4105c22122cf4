// Crash safety: a writer killed with SIGKILL mid-stream, many times. Each time the store must
// open, pass integrity_check, and hold only whole records: every client indexed for search,
// every claim with its first status row, every write in an intact audit chain.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp } from '../../main/app';
import { dataFiles } from '../../main/config/paths';
import { openDatabase } from '../../db/open';
import { migrationsFolder } from '../../main/config/paths';
import { verifyAuditChain } from '../../db/repositories/audit';
import { SETUP_INPUT } from '../support/app';
import { tempDir, testKeys } from '../support/temp';
import { openKeyed } from '../support/keyed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const writer = path.join(root, 'dist', 'test-support', 'crash-writer.mjs');
const KILLS = 12;
const data = tempDir('mitzui-crash-');

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'test/support/crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const app = await openApp({ keys: testKeys, dataDir: data.dir });
  const reply = await app.dispatch(null, 'office.setup', SETUP_INPUT);
  expect(reply.ok).toBe(true);
  app.close();
}, 60_000);
afterAll(() => data.cleanup());

/** Starts the writer, lets it write for a random while after it is ready, then SIGKILLs it. */
function runAndKill(startAt: number, millis: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, data.dir, String(startAt)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), millis));
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${errors}`)),
    );
  });
}

function invariants(file: string) {
  const db = openKeyed(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      clients: db.prepare('select count(*) from insured_person').pluck().get() as number,
      indexed: db.prepare('select count(*) from client_search_docsize').pluck().get() as number,
      claimsWithoutHistory: db
        .prepare(
          'select count(*) from claim c where not exists (select 1 from claim_status_change s where s.claim_id = c.id)',
        )
        .pluck()
        .get(),
      notesIndexed:
        (db.prepare('select count(*) from note').pluck().get() as number) ===
        (db.prepare('select count(*) from note_search_docsize').pluck().get() as number),
      auditedClients: db
        .prepare("select count(*) from audit_log where entity = 'insured_person' and action = 'create'")
        .pluck()
        .get() as number,
    };
  } finally {
    db.close();
  }
}

it(`keeps the store whole through ${KILLS} SIGKILLs`, async () => {
  const file = dataFiles(data.dir).database;
  let clients = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    await runAndKill(clients + 1_000, 80 + ((kill * 37) % 200));
    const seen = invariants(file);
    expect(seen.integrity).toBe('ok');
    expect(seen.indexed).toBe(seen.clients); // the index row committed with its client, or neither
    expect(seen.auditedClients).toBe(seen.clients);
    expect(seen.claimsWithoutHistory).toBe(0);
    expect(seen.notesIndexed).toBe(true);
    clients = seen.clients;
  }
  expect(clients).toBeGreaterThan(KILLS); // the writer really wrote between kills

  const store = await openDatabase({ keys: testKeys, file, backupDir: dataFiles(data.dir).backups, migrationsFolder });
  expect(verifyAuditChain(store.db)).toMatchObject({ ok: true });
  store.close();
}, 120_000);

// One process per data folder: a second opener — in this process or another — is refused with a
// message naming the holder; a lock left by a dead process is taken over; writes begin IMMEDIATE.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/app';
import { FolderLockedError, LOCK_FILE } from '../../main/storage/folder-lock';
import { openTestApp, type TestApp } from '../support/app';
import { testKeys } from '../support/temp';
import { openKeyed } from '../support/keyed';

const root = fileURLToPath(new URL('../..', import.meta.url));
let app: TestApp | undefined;
afterEach(() => app?.dispose());

function holder(dataDir: string) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as {
    pid: number;
    host: string;
    startedAt: string;
  };
}

describe('the data folder lock', () => {
  beforeAll(() => execFileSync(process.execPath, ['main/build.mjs'], { cwd: root }));

  it('is held for the life of the app, with pid, host and start time', async () => {
    app = await openTestApp();
    expect(holder(app.dataDir)).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(holder(app.dataDir).startedAt).toBe(app.clock.now.toISOString());
    await expect(openApp({ dataDir: app.dataDir, keys: testKeys })).rejects.toBeInstanceOf(FolderLockedError);
  });

  it('refuses a second process on the same folder with a Hebrew message naming the holder', async () => {
    app = await openTestApp();
    const second = spawnSync(
      process.execPath,
      [`${process.env.MITZUI_DIST ?? 'dist'}/main/web.mjs`, '--port', '0', '--data-dir', app.dataDir],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir },
      },
    );
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('תיקיית הנתונים פתוחה כבר בתהליך אחר של מיצוי');
    expect(second.stderr).toContain(`תהליך ${process.pid} במחשב ${os.hostname()}`);
    // The first process is untouched and still holds the folder.
    expect(holder(app.dataDir).pid).toBe(process.pid);
  });

  it('takes over a lock left by a process that died, and frees it on close', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    app = await openTestApp(30, async (dataDir) => {
      fs.writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({ pid: deadPid, host: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z', id: 'x' }),
      );
    });
    expect(holder(app.dataDir).pid).toBe(process.pid);
    app.close();
    expect(fs.existsSync(path.join(app.dataDir, LOCK_FILE))).toBe(false);
    const again = await openApp({ dataDir: app.dataDir, keys: testKeys });
    again.close();
  });

  it('never takes a lock held on another machine (a shared folder)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-lock-'));
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: 1, host: 'office-pc-2', startedAt: '2026-01-01T00:00:00.000Z', id: 'y' }),
    );
    await expect(openApp({ dataDir, keys: testKeys })).rejects.toThrow(/במחשב office-pc-2/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('writes', () => {
  it('take the write lock when their transaction begins (BEGIN IMMEDIATE)', async () => {
    app = await openTestApp();
    const other = openKeyed(app.store.file, { timeout: 0 });
    try {
      let otherCouldWrite: boolean | undefined;
      app.store.db.transaction(() => {
        // Nothing read or written yet: a deferred transaction would hold no lock at this point.
        try {
          other.exec('BEGIN IMMEDIATE; ROLLBACK');
          otherCouldWrite = true;
        } catch {
          otherCouldWrite = false;
        }
      });
      expect(otherCouldWrite).toBe(false);
      other.exec('BEGIN IMMEDIATE; ROLLBACK');
    } finally {
      other.close();
    }
  });
});

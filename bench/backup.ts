// Backup of the whole store: the app's on-demand backup (online copy, switched out of WAL, verified
// with integrity_check, synced and renamed into place) against VACUUM INTO; for information the bare
// online copy (sqlite.backup) and a plain file copy after a checkpoint.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext } from './context';
import { scratchDir } from './store';
import { keyOf } from '../db/sqlite';
import { timeOnce, WITHIN_3X, withinRatio, type Row } from './timing';

export async function benchBackup(ctx: BenchContext): Promise<Row[]> {
  const scratch = scratchDir('mitzui-bench-backup-');
  const target = (name: string) => path.join(scratch.dir, name);
  // Each copy is removed before the next, so the disk holds one at a time.
  const timed = async (name: string, run: (file: string) => unknown) => {
    const took = await timeOnce(() => run(target(name)));
    fs.rmSync(scratch.dir, { recursive: true, force: true });
    fs.mkdirSync(scratch.dir);
    return { wall: took.wall / 1000, cpu: took.cpu / 1000 };
  };
  try {
    const app = await timed('app', () => ctx.app.keeper.backup(scratch.dir));
    const vacuum = await timed('vacuum.sqlite', (file) => ctx.sqlite.prepare('VACUUM INTO ?').run(file));
    // SQLite's backup API refuses an encrypted source into a keyless file: only a plain store has this row.
    const online = keyOf(ctx.sqlite) ? null : await timed('online.sqlite', (file) => ctx.sqlite.backup(file));
    const copy = await timed('copy.sqlite', (file) => {
      ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      fs.copyFileSync(ctx.app.store.file, file);
    });
    const size = `${(fs.statSync(ctx.app.store.file).size / 2 ** 20).toFixed(0)} MiB`;
    const against = (raw: typeof app) => ({
      unit: 's' as const,
      app: app.wall,
      raw: raw.wall,
      appCpu: app.cpu,
      rawCpu: raw.cpu,
    });
    return [
      {
        operation: `backup of the whole store (${size}), app vs VACUUM INTO`,
        ...against(vacuum),
        target: WITHIN_3X,
        pass: withinRatio(against(vacuum), 3),
      },
      ...(online
        ? [{ operation: 'backup, app vs bare sqlite.backup()', ...against(online), target: '—', pass: null }]
        : []),
      { operation: 'backup, app vs checkpoint + file copy', ...against(copy), target: '—', pass: null },
    ];
  } finally {
    scratch.cleanup();
  }
}

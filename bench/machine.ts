// The machine a run was made on, for bench/RESULTS.md.
import type { Database } from '../db/sqlite';
import fs from 'node:fs';
import os from 'node:os';

function cpuModel(): string {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
}

export function machine(sqlite: Database.Database): string {
  return [
    `date: ${new Date().toISOString()}`,
    `cpus: ${os.availableParallelism()} × ${cpuModel()}`,
    `ram: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}, sqlite: ${sqlite.prepare('SELECT sqlite_version()').pluck().get() as string}`,
    `os: ${os.type()} ${os.release()}`,
  ].join('\n');
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the OS temp dir; removed by the returned cleanup. */
export function tempDir(prefix = 'mitzui-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The audit keys of every test store: one file per data folder, outside the folders themselves. */
export const testKeys = { dir: path.join(os.tmpdir(), 'mitzui-test-keys') };

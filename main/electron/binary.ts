// Finds the Electron binary without triggering the electron package's download-on-first-use,
// which cannot work on machines without internet access.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function installedElectronBinary(): string | null {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(packageDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

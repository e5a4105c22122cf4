// Integration tests run the app from source, but its worker threads from their bundles (as the app
// does): built once before the tests, as `npm run build` would build them.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, ['main/build.mjs', '--workers'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
  });
}

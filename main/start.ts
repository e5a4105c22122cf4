// `npm start`: the desktop app, or browser mode where no Electron binary is installed.
import { spawn } from 'node:child_process';
import { runBrowserMode } from './browser-mode';
import { appRoot } from './config/paths';
import { installedElectronBinary } from './electron/binary';

const binary = installedElectronBinary();
if (binary) {
  const child = spawn(binary, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('No Electron binary is installed on this machine — starting browser mode instead.');
  runBrowserMode(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

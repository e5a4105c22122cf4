// `npm run server -- pair` as the owner runs it at the server: the one-time code and the fingerprint it prints.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { testKeys } from '../support/temp';

export function pairFromConsole(serverDataDir: string): { code: string; fingerprint: string } {
  const printed = execFileSync(
    process.execPath,
    [path.join(process.env.MITZUI_DIST ?? 'dist', 'main', 'server.mjs'), 'pair', '--data-dir', serverDataDir],
    {
      env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir },
      encoding: 'utf8',
    },
  );
  return {
    code: /Pairing code: (\w+)/.exec(printed)![1]!,
    fingerprint: /Server fingerprint: ([\w-]+)/.exec(printed)![1]!,
  };
}

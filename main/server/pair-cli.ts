// `npm run server -- pair`: asks the running server on this machine to open a pairing window and
// prints the one-time code and the certificate's fingerprint for the owner to give the desk.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config';
import type { PairingWindow } from '../../shared/api/procedures/devices';
import type { ApiResult } from '../../shared/api/result';
import { postPinned } from '../desk/pinned-https';
import { fingerprintOf, serverFolder } from './certificate';
import { ADMIN_HEADER } from './office-server';
import { consoleFile, type ConsoleEntry } from './run';

export async function runPair(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { dataDir } = loadConfig(argv, env);
  if (!fs.existsSync(consoleFile(dataDir)))
    throw new Error(`No office server is running on ${dataDir}: start it with \`npm run server\` first.`);
  const entry = JSON.parse(fs.readFileSync(consoleFile(dataDir), 'utf8')) as ConsoleEntry;
  // The data folder's own certificate is the pin: the secret goes to no other server on that port.
  const pin = fingerprintOf(fs.readFileSync(path.join(serverFolder(dataDir), 'certificate.pem'), 'utf8'));
  const reply = await postPinned(new URL('admin/pair', entry.url), '{}', { [ADMIN_HEADER]: entry.token }, pin).catch(
    (error: unknown) => {
      throw new Error(
        `The office server at ${entry.url} does not answer (${error instanceof Error ? error.message : String(error)}). Is it running on ${dataDir}?`,
      );
    },
  );
  const result = JSON.parse(reply.body) as ApiResult<PairingWindow>;
  if (!result.ok) throw new Error(result.error.message);
  console.log(`Pairing code: ${result.value.code} (valid until ${result.value.expiresAt})`);
  console.log(`Server fingerprint: ${result.value.fingerprint}`);
  console.log(
    'On the desk: "connect to the office server", the server\'s address and this code; check that the desk shows the same fingerprint.',
  );
}

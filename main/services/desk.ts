// This desk and the office server: its mode, and joining a server (desk.connect from an office of
// its own, desk.setupOnServer at first run). Pairing itself runs in the desk process; here it is refused.
import os from 'node:os';
import { AppError } from '../../shared/api/result';
import { firstOffice } from '../../db/repositories/offices';
import { PassedOnError } from '../desk/pair';
import type { Call } from './context';
import type { Handlers } from './handler';
import type { Session } from './sessions';
import type { DeskPairInput } from '../../shared/api/procedures/devices';

async function joinServer(
  call: Call<Session | null>,
  input: DeskPairInput,
  localOffice: boolean,
): Promise<{ fingerprint: string }> {
  if (!call.deskHost) throw new AppError('bad_request', 'deskSwitchUnavailable');
  const joined = await call.deskHost.connect(input, localOffice);
  if (!joined.ok) throw new PassedOnError(joined.error);
  return joined.value;
}

export const deskHandlers: Handlers<
  'desk.status' | 'desk.pair' | 'desk.setupOnServer' | 'desk.connect' | 'desk.useLocal'
> = {
  'desk.status': (call) => ({
    mode: 'local',
    deviceName: call.deskHost?.deviceName ?? os.hostname(),
    canSwitch: call.deskHost !== undefined,
  }),
  'desk.pair': () => {
    throw new AppError('bad_request', 'deskOnly');
  },
  // Before the office is set up anyone at the desk chooses (the first-run screen); after, the owner.
  'desk.setupOnServer': (call, input) => {
    if (firstOffice(call.store.db)) throw new AppError('setup_done', 'setupDone');
    return joinServer(call, input, false);
  },
  'desk.connect': (call, input) => joinServer(call, input, true),
  'desk.useLocal': () => {
    throw new AppError('bad_request', 'deskOnly');
  },
};

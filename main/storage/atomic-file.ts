// Writes next to its final name first, so a crash never leaves half a file under a real name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** `mode` applies to a new file (the process umask still narrows it). */
export function writeAtomically(target: string, bytes: Uint8Array | string, mode = 0o600): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temp, bytes, { flag: 'wx', flush: true, mode });
  fs.renameSync(temp, target);
}

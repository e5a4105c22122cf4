// A desk's connection to its office server, kept in the desk's data folder: the server's address, the
// pinned certificate fingerprint and the device token it was given when paired. Readable by the desk's
// account only: the token is what lets this desk in.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../storage/atomic-file';

const deskSettings = z.object({
  server: z.string().url(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  deviceId: z.number().int().positive(),
  deviceToken: z.string().min(20),
  deviceName: z.string(),
  pairedAt: z.string(),
});

export type DeskSettings = z.infer<typeof deskSettings>;

export function deskSettingsFile(dataDir: string): string {
  return path.join(dataDir, 'office-desk.json');
}

/** The saved pairing, or null when there is none (or the file is not one this app wrote). */
export function readDeskSettings(file: string): DeskSettings | null {
  if (!fs.existsSync(file)) return null;
  try {
    const parsed = deskSettings.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDeskSettings(file: string, settings: DeskSettings): void {
  writeAtomically(file, `${JSON.stringify(settings, null, 2)}\n`, 0o600);
}

/**
 * Which way this desk works, chosen on the first-run screen or in settings, so a start without
 * `--office` comes back in the same mode. `localOffice`: the folder also holds an office store of its
 * own (set up before the desk joined a server), which is what switching back to local would open.
 */
const deskMode = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({ mode: z.literal('office'), server: z.string().url(), localOffice: z.boolean() }),
]);

export type DeskMode = z.infer<typeof deskMode>;

export function deskModeFile(dataDir: string): string {
  return path.join(dataDir, 'desk-mode.json');
}

/** The mode last chosen; local when none was (a desk as it always was) or the file is not ours. */
export function readDeskMode(file: string): DeskMode {
  try {
    const parsed = deskMode.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { mode: 'local' };
  } catch {
    return { mode: 'local' };
  }
}

export function writeDeskMode(file: string, mode: DeskMode): void {
  writeAtomically(file, `${JSON.stringify(mode, null, 2)}\n`, 0o600);
}

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

// The folder the inbox watches (a scanner's or a mail program's output folder), as the owner named it,
// kept in the data folder beside the store. Checked when it is set: a full path to a folder this
// process can read, neither inside the data folder nor holding it.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { writeAtomically } from '../storage/atomic-file';

const setting = z.object({ folder: z.string().min(1) });

export function inboxFolderFile(dataDir: string): string {
  return path.join(dataDir, 'inbox-folder.json');
}

/** The folder last set, or null when none is (or the file is not one this app wrote). */
export function readInboxFolder(file: string): string | null {
  try {
    const parsed = setting.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

export function writeInboxFolder(file: string, folder: string | null): void {
  if (folder === null) fs.rmSync(file, { force: true });
  else writeAtomically(file, `${JSON.stringify({ folder }, null, 2)}\n`, 0o600);
}

const within = (outer: string, inner: string) => {
  const relative = path.relative(outer, inner);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** The folder, resolved; an AppError on the field `watchedFolder` naming what is wrong with it. */
export function checkedInboxFolder(raw: string, dataDir: string): string {
  if (!path.isAbsolute(raw)) throw new AppError('validation', 'inboxFolderNotAbsolute', 'watchedFolder');
  const folder = path.resolve(raw);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('validation', 'inboxFolderMissing', 'watchedFolder');
  try {
    fs.accessSync(folder, fs.constants.R_OK | fs.constants.X_OK);
  } catch {
    throw new AppError('validation', 'inboxFolderNotReadable', 'watchedFolder');
  }
  const data = path.resolve(dataDir);
  if (within(data, folder) || within(folder, data))
    throw new AppError('validation', 'inboxFolderInData', 'watchedFolder');
  return folder;
}

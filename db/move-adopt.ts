// Swapping a moved office in on the server, the way a restore swaps a backup in: the current (empty)
// store is backed up first as a safety copy, then closed; the desk's documents are copied in (each
// checked by SHA-256 as it lands), the desk's keys replace the folder's, the store is renamed into
// place and opened, and the figures are checked (db/move-verify.ts). A failed check or any error
// puts it all back: the safety copy, the folder's own keys, and no document the move added.
import fs from 'node:fs';
import path from 'node:path';
import type { MoveFigures, MoveReport } from '../shared/schemas/move';
import type { FolderKeys, KeyVault } from './audit-key';
import { backupName, syncFile, syncFolder, writeBackup } from './backup';
import { bringBackDocuments, collectPool, documentFiles, documentsRoot } from './backup-documents';
import { verifyMovedStore } from './move-verify';
import { openDatabase, type Store } from './open';

export interface Adoption {
  /** The server's open store, empty but for its first owner. */
  current: Store;
  file: string;
  backupDir: string;
  /** The unpacked package: its store file, its documents as a pool, its figures, its opened keys. */
  store: string;
  documents: string;
  figures: MoveFigures;
  keys: FolderKeys;
  previousKeys: FolderKeys;
  replaceKeys: (keys: FolderKeys) => void;
  vault: KeyVault;
  migrationsFolder: string;
  now: () => Date;
}

/** The move failed and was undone; `store` is the empty store reopened. */
export class MoveRolledBackError extends Error {
  constructor(
    readonly store: Store,
    cause: unknown,
  ) {
    super('The move was rolled back', { cause });
  }
}

/** Copies `from` beside the store file, flushed, then renames it over the store (no WAL of the old file survives). */
function install(from: string, file: string): void {
  const staged = `${file}.restoring`;
  fs.copyFileSync(from, staged);
  syncFile(staged);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.renameSync(staged, file);
  syncFolder(path.dirname(file));
}

function open(adoption: Adoption): Promise<Store> {
  return openDatabase({
    file: adoption.file,
    backupDir: adoption.backupDir,
    keys: adoption.vault,
    migrationsFolder: adoption.migrationsFolder,
    now: adoption.now,
  });
}

async function rollBack(adoption: Adoption, safetyCopy: string, documentsBefore: Set<string>): Promise<Store> {
  adoption.replaceKeys(adoption.previousKeys);
  install(safetyCopy, adoption.file);
  // The documents folder is content-addressed like a pool: keep what was there, drop what the move added.
  collectPool(documentsRoot(adoption.file), documentsBefore);
  return open(adoption);
}

/** The adopted store and its report; when a check failed, the empty store back and the report saying which. */
export async function adoptStore(adoption: Adoption): Promise<{ store: Store; report: MoveReport }> {
  const root = documentsRoot(adoption.file);
  const documentsBefore = new Set(documentFiles(root).map((document) => document.sha256));
  const safety = await writeBackup(
    adoption.current.sqlite,
    adoption.backupDir,
    backupName('before-restore', adoption.now()),
  );
  adoption.current.close();
  let store: Store | null = null;
  try {
    await bringBackDocuments(
      root,
      adoption.figures.documents.map((document) => document.sha256),
      [adoption.documents],
    );
    adoption.replaceKeys(adoption.keys);
    install(adoption.store, adoption.file);
    store = await open(adoption);
    const report = await verifyMovedStore(store, adoption.figures, adoption.keys.data);
    if (report.failed === null) return { store, report };
    store.close();
    return { store: await rollBack(adoption, safety.file, documentsBefore), report };
  } catch (error) {
    store?.close();
    throw new MoveRolledBackError(await rollBack(adoption, safety.file, documentsBefore), error);
  }
}

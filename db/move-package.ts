// The move package: one zip holding a consistent copy of the desk's store (taken online and checked
// as every backup is), every document file it needs, the figures the server must find after the move
// (rows per table, documents by SHA-256, the audit chain's head) and the folder's keys sealed by the
// owner's passphrase (db/move-keys.ts). Written beside the store in exports/, under a partial name
// until whole, then renamed into place.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { MoveFigures, MovePackage } from '../shared/schemas/move';
import type { FolderKeys } from './audit-key';
import { backupName, syncFolder, writeBackup } from './backup';
import { readManifest } from './backup-manifest';
import { documentPath, hashFile, POOL_FOLDER } from './backup-documents';
import { sealKeys } from './move-keys';
import { keyOf, openFile, type Connection } from './sqlite';

export const FIGURES_ENTRY = 'figures.json';
export const KEYS_ENTRY = 'keys.json';
export const STORE_ENTRY = 'store.sqlite';
export const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export function documentEntry(sha256: string): string {
  return `documents/${sha256.slice(0, 2)}/${sha256}`;
}

/** What the seal vouches for besides the keys: the figures' exact bytes and the store's SHA-256. */
export function boundData(figures: Buffer, storeSha256: string): Buffer {
  return Buffer.concat([figures, Buffer.from(`\n${storeSha256}`)]);
}

/** Rows in each of the store's own tables (not SQLite's, not the search index's shadow tables). */
export function tableCounts(sqlite: Connection): Record<string, number> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  // The names come from the file itself (on the server, a package's file): quoted as SQLite quotes them.
  return Object.fromEntries(
    tables.map((table) => [
      table,
      sqlite
        .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function readStore<T>(file: string, key: Buffer | null, read: (sqlite: Connection) => T): T {
  const sqlite = openFile(file, key, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Streams a file into the zip, a chunk at a time, so the event loop keeps turning on a large store. */
async function addFile(zip: Zip, entry: ZipDeflate | ZipPassThrough, file: string): Promise<void> {
  zip.add(entry);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) entry.push(chunk as Buffer);
  entry.push(new Uint8Array(0), true);
}

function addBytes(zip: Zip, name: string, bytes: Buffer): void {
  const entry = new ZipDeflate(name, { level: 6 });
  zip.add(entry);
  entry.push(bytes, true);
}

export interface MovePackageOptions {
  office: string;
  keys: FolderKeys;
  passphrase: string;
  now: Date;
}

/**
 * Writes the move package into `folder`: a backup into a private staging folder beside it (store
 * checked with integrity_check, documents pooled and checked by SHA-256), the figures read from that
 * copy, then the zip — documents stored as they are (they are compressed already), the store deflated.
 */
export async function writeMovePackage(
  sqlite: Connection,
  folder: string,
  options: MovePackageOptions,
): Promise<MovePackage> {
  fs.mkdirSync(folder, { recursive: true });
  const staging = path.join(folder, `.move-${randomBytes(6).toString('hex')}`);
  const name = `mitzui-move-${options.now.toISOString().replace(/[:.]/g, '-')}.zip`;
  const target = path.join(folder, name);
  const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
  try {
    const backup = await writeBackup(sqlite, staging, backupName('manual', options.now), {
      pool: path.join(staging, POOL_FOLDER),
    });
    const manifest = readManifest(backup.file)!;
    const figures: MoveFigures = {
      format: 1,
      schemaVersion: readStore(
        backup.file,
        keyOf(sqlite),
        (db) => db.pragma('user_version', { simple: true }) as number,
      ),
      createdAt: options.now.toISOString(),
      office: options.office,
      tables: readStore(backup.file, keyOf(sqlite), tableCounts),
      documents: manifest.documents,
      auditHead: manifest.auditHead ?? { id: 0, hash: '0'.repeat(64) },
    };
    const figuresBytes = Buffer.from(JSON.stringify(figures));
    const sealed = await sealKeys(
      options.keys,
      options.passphrase,
      boundData(figuresBytes, await hashFile(backup.file)),
    );

    const fd = fs.openSync(partial, 'wx', 0o600);
    try {
      let failure: Error | null = null;
      const zip = new Zip((error, chunk) => {
        if (error) failure = error;
        else fs.writeSync(fd, chunk);
      });
      addBytes(zip, FIGURES_ENTRY, figuresBytes);
      addBytes(zip, KEYS_ENTRY, Buffer.from(JSON.stringify(sealed)));
      await addFile(zip, new ZipDeflate(STORE_ENTRY, { level: 6 }), backup.file);
      for (const document of figures.documents) {
        await addFile(
          zip,
          new ZipPassThrough(documentEntry(document.sha256)),
          documentPath(path.join(staging, POOL_FOLDER), document.sha256),
        );
      }
      zip.end();
      if (failure) throw failure;
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, target);
    syncFolder(folder);
    const rows = Object.values(figures.tables).reduce((sum, count) => sum + count, 0);
    return {
      file: target,
      name,
      size: fs.statSync(target).size,
      tables: Object.keys(figures.tables).length,
      rows,
      documents: figures.documents.length,
      damagedDocuments: backup.damagedDocuments,
      auditHead: figures.auditHead,
    };
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

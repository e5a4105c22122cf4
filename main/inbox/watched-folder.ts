// The inbox's watched folder: every file of a kind the inbox reads that appears in it (or is there when
// watching starts: one that came while the app was closed) is taken in once its writing has ended,
// one file at a time. Files are left where they are; the same file again is the item it already is
// (its SHA-256), so taking a folder's files again on the next start adds nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { firstOffice } from '../../db/repositories/offices';
import { MAX_DOCUMENT_BYTES } from '../../shared/schemas/work';
import type { Logger } from '../logging/logger';
import type { Services } from '../services/context';
import { takeFile } from '../services/inbox-intake';
import { extensionOf, readableExtensions } from './file-text';
import { checkedInboxFolder, inboxFolderFile, readInboxFolder, writeInboxFolder } from './folder-setting';

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
  '.txt': 'text/plain',
};

/** A scanner or a mail program writing a file, or a half-copied one: taken only once it is whole. */
const isTaken = (file: string) => {
  const name = path.basename(file);
  return (
    !name.startsWith('.') &&
    !name.startsWith('~$') &&
    (readableExtensions as readonly string[]).includes(extensionOf(name))
  );
};

export interface InboxFolderOptions {
  dataDir: string;
  log: Logger;
}

/** How long a file's size must hold still before it is taken: a scanner writes a page at a time. */
const STABLE_MS = 2000;

export class InboxFolder {
  private watcher: FSWatcher | null = null;
  private folder: string | null = null;
  /** Files are taken one after another: OCR and PDF reading run on a worker each, and the machine is shared. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly services: Services,
    private readonly options: InboxFolderOptions,
  ) {}

  /** Watches the folder the owner set, if any. */
  start(): void {
    this.watch(readInboxFolder(inboxFolderFile(this.options.dataDir)));
  }

  current(): string | null {
    return this.folder;
  }

  /** Checks, saves and watches `raw` (null: watch none); throws an AppError naming what is wrong. */
  set(raw: string | null): string | null {
    const folder = raw === null ? null : checkedInboxFolder(raw, this.options.dataDir);
    writeInboxFolder(inboxFolderFile(this.options.dataDir), folder);
    this.watch(folder);
    return folder;
  }

  /** Stops watching; a file being taken is finished first. */
  async close(): Promise<void> {
    this.closed = true;
    await this.watcher?.close();
    this.watcher = null;
    await this.queue;
  }

  /** Resolves once every file seen so far has been taken (for a caller that must know, as tests do). */
  settled(): Promise<void> {
    return this.queue;
  }

  private watch(folder: string | null): void {
    void this.watcher?.close();
    this.watcher = null;
    this.folder = folder;
    if (folder === null || this.closed) return;
    const watcher = watch(folder, {
      depth: 0,
      ignored: (file, stats) => stats?.isFile() === true && !isTaken(file),
      awaitWriteFinish: { stabilityThreshold: STABLE_MS, pollInterval: 200 },
    });
    watcher.on('add', (file) => this.enqueue(file));
    watcher.on('error', (error) => this.options.log.warn({ err: error }, 'inbox folder'));
    this.watcher = watcher;
  }

  private enqueue(file: string): void {
    this.queue = this.queue.then(() => this.take(file));
  }

  private async take(file: string): Promise<void> {
    if (this.closed) return;
    try {
      const { size } = await fs.stat(file);
      if (size > MAX_DOCUMENT_BYTES) {
        this.options.log.warn({ size }, 'inbox folder: file too large to take');
        return;
      }
      const bytes = new Uint8Array(await fs.readFile(file));
      const office = firstOffice(this.services.store.db);
      if (!office || this.closed) return;
      const name = path.basename(file);
      const mimeType = MIME_TYPES[extensionOf(name)] ?? 'application/octet-stream';
      const rows = await takeFile(this.services, { officeId: office.id, staffId: null }, { name, mimeType, bytes });
      // Every desk's inbox and dashboard follow, as they do a letter dropped on another desk.
      for (const row of rows)
        this.services.changes.publish('', {
          kind: 'document',
          id: row.id,
          version: row.version,
          clientId: null,
          procedure: 'inbox.add',
          by: null,
        });
      // Item ids only: a file's name may name the client.
      this.options.log.info({ items: rows.map((row) => row.id) }, 'inbox folder: taken');
    } catch (error) {
      // A file gone before it was read, or a store being restored: the next start takes it again.
      this.options.log.warn({ err: error }, 'inbox folder: not taken');
    }
  }
}

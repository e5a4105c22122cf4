// Moving an office from one desk to a new office server (owner only, audited on both sides). The desk
// writes the move package into exports/. The server takes it in parts into one file beside its store
// — only while it is empty — then unpacks it into a private folder, opens the keys with the owner's
// passphrase, and has the keeper swap it in and verify it; a failed check leaves the server empty.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { ErrorKey } from '../../../shared/locales/messages';
import { MAX_MOVE_PACKAGE_BYTES, type MoveReport } from '../../../shared/schemas/move';
import { firstOffice } from '../../../db/repositories/offices';
import { openKeys, SealBrokenError } from '../../../db/move-keys';
import { boundData } from '../../../db/move-package';
import { PackageRefusedError, unpackMovePackage, type PackageRefusal, type Unpacked } from '../../../db/move-unpack';
import { hashFile } from '../../../db/backup-documents';
import { checkDatabaseFileOffThread } from '../../../db/file-check';
import { knownSchemaVersion } from '../../../db/open';
import { migrationsFolder } from '../../config/paths';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';

/** Unpacked, a package may take at most this many times the largest upload (the store deflates well). */
const UNPACKED_PER_PACKED = 4;
const MEGABYTE = 1024 * 1024;
/** Room the unpacked package leaves free on the server's disk: the store still has to be copied into place. */
const DISK_RESERVE_BYTES = 1024 * MEGABYTE;

const REFUSALS: Record<PackageRefusal, ErrorKey> = {
  entry: 'movePackageEntry',
  tooLarge: 'movePackageTooLarge',
  incomplete: 'movePackageIncomplete',
  format: 'movePackageFormat',
};

const CHECKS: Record<NonNullable<MoveReport['failed']>, ErrorKey> = {
  tables: 'moveCheckTables',
  documents: 'moveCheckDocuments',
  auditChain: 'moveCheckAuditChain',
};

async function makePackage(
  call: Call,
  input: ParsedInputOf<'backup.movePackage'>,
): Promise<OutputOf<'backup.movePackage'>> {
  const keys = call.keeper.folderKeys();
  if (!keys) throw new AppError('conflict', 'moveNoKeys');
  const office = firstOffice(call.store.db)?.name ?? '';
  const made = await call.keeper.movePackage(path.join(path.dirname(call.store.file), 'exports'), {
    office,
    keys,
    passphrase: input.passphrase,
  });
  audit(call, {
    action: 'move_out',
    entity: 'database',
    details: {
      file: made.file,
      size: made.size,
      rows: made.rows,
      documents: made.documents,
      auditHead: made.auditHead,
    },
  });
  return made;
}

/** Only a server with no clients, claims or documents and no staff but the owner who set it up takes an office. */
function assertEmpty(call: Call): void {
  const count = (table: string) => call.store.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  const used = ['insured_person', 'claim', 'document'].some((table) => count(table) > 0) || count('staff_member') > 1;
  if (used) throw new AppError('conflict', 'moveTargetNotEmpty');
}

function uploadFile(call: Call, uploadId: string): string {
  return `${call.keeper.files.database}.move-${uploadId}.upload`;
}

/** One move at a time: a new upload drops any earlier, unfinished one. */
function dropUploads(call: Call): void {
  const folder = path.dirname(call.keeper.files.database);
  const prefix = `${path.basename(call.keeper.files.database)}.move-`;
  for (const entry of fs.readdirSync(folder))
    if (entry.startsWith(prefix) && entry.endsWith('.upload')) fs.rmSync(path.join(folder, entry), { force: true });
}

function receive(call: Call, input: ParsedInputOf<'backup.moveUpload'>): OutputOf<'backup.moveUpload'> {
  assertEmpty(call);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const uploadId = input.uploadId ?? randomBytes(16).toString('hex');
  const file = uploadFile(call, uploadId);
  const size = input.uploadId === undefined ? 0 : fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new AppError('not_found', 'moveUploadMissing', 'uploadId');
  if (input.offset !== size) throw new AppError('conflict', 'moveUploadOrder', 'offset', { expected: size });
  if (size + bytes.length > MAX_MOVE_PACKAGE_BYTES) {
    fs.rmSync(file, { force: true });
    throw new AppError('validation', 'moveUploadTooLarge', 'contentBase64', {
      size: Math.ceil((size + bytes.length) / MEGABYTE),
      max: MAX_MOVE_PACKAGE_BYTES / MEGABYTE,
    });
  }
  if (input.uploadId === undefined) dropUploads(call);
  fs.appendFileSync(file, bytes, { mode: 0o600, flush: true });
  return { uploadId, received: size + bytes.length };
}

/** As much as the package may unpack to: never more than the disk has, keeping a reserve. */
function unpackLimit(folder: string): number {
  const disk = fs.statfsSync(folder);
  return Math.max(
    0,
    Math.min(MAX_MOVE_PACKAGE_BYTES * UNPACKED_PER_PACKED, disk.bavail * disk.bsize - DISK_RESERVE_BYTES),
  );
}

async function unpack(file: string, folder: string): Promise<Unpacked> {
  try {
    return await unpackMovePackage(file, folder, unpackLimit(folder));
  } catch (error) {
    if (error instanceof PackageRefusedError)
      throw new AppError('validation', REFUSALS[error.reason], 'uploadId', { entry: error.entry.slice(0, 100) });
    throw error;
  }
}

/** The store in the package is whole (integrity_check) and of this build's schema, as its figures say. */
async function assertSameVersion(call: Call, unpacked: Unpacked, dataKey: Buffer): Promise<void> {
  const checked = await checkDatabaseFileOffThread(unpacked.store, dataKey);
  if (!checked || checked.schemaVersion < 1) throw new AppError('validation', 'movePackageFormat', 'uploadId');
  const known = knownSchemaVersion(migrationsFolder);
  if (checked.schemaVersion !== known || unpacked.figures.schemaVersion !== known) {
    throw new AppError('validation', 'moveVersionMismatch', 'uploadId', { found: checked.schemaVersion, known });
  }
}

async function adopt(call: Call, input: ParsedInputOf<'backup.adoptOffice'>): Promise<OutputOf<'backup.adoptOffice'>> {
  assertEmpty(call);
  const file = uploadFile(call, input.uploadId);
  if (!fs.existsSync(file)) throw new AppError('not_found', 'moveUploadMissing', 'uploadId');
  const folder = fs.mkdtempSync(`${call.keeper.files.database}.move-`);
  try {
    const unpacked = await unpack(file, folder);
    let keys;
    try {
      keys = await openKeys(
        unpacked.sealed,
        input.passphrase,
        boundData(unpacked.figuresBytes, await hashFile(unpacked.store)),
      );
    } catch (error) {
      if (error instanceof SealBrokenError) throw new AppError('validation', 'moveWrongPassphrase', 'passphrase');
      throw error;
    }
    // The package's store is encrypted under the desk's data key, which the keys just opened carry.
    await assertSameVersion(call, unpacked, keys.data);
    const { session } = call;
    const report = await call.keeper.adopt({
      store: unpacked.store,
      documents: unpacked.documents,
      figures: unpacked.figures,
      keys,
    });
    const store = call.keeper.store;
    const summary = {
      office: report.office,
      packageCreatedAt: report.createdAt,
      byStaffId: session.staffId,
      tables: report.tables.length,
      documents: report.documents,
      auditHead: report.auditChain.expected,
    };
    if (report.failed) {
      audit(
        { ...call, store },
        { action: 'move_in_refused', entity: 'database', details: { ...summary, failed: report.failed } },
      );
      const row = report.tables.find((t) => t.expected !== t.found);
      throw new AppError('conflict', CHECKS[report.failed], 'uploadId', {
        table: row?.table ?? '',
        expected: row?.expected ?? 0,
        found: row?.found ?? 0,
        count: report.documents.mismatched.length,
      });
    }
    // Everyone signs in again, with the accounts the desk's store holds.
    call.sessions.clear();
    // In the desk's log now: the row is nobody's of this store (the server's owner is gone with its store).
    audit(
      { ...call, store },
      {
        officeId: firstOffice(store.db)?.id ?? null,
        staffId: null,
        action: 'move_in',
        entity: 'database',
        details: summary,
      },
    );
    return report;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(file, { force: true });
  }
}

export const moveHandlers: Handlers<'backup.movePackage' | 'backup.moveUpload' | 'backup.adoptOffice'> = {
  'backup.movePackage': makePackage,
  'backup.moveUpload': receive,
  'backup.adoptOffice': adopt,
};

// Moving an office from a desk into a new, empty office server: two real apps on two data folders,
// the desk filled with a demo office (clients, claims, documents), the package carried between them
// in parts as the server's screen uploads it. Tampered packages — a changed document, a missing row,
// a path-traversal entry, a zip bomb — are refused and leave the server empty.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataKeyFor, folderKeysOf } from '../../db/audit-key';
import { sealKeys } from '../../db/move-keys';
import { boundData } from '../../db/move-package';
import { PackageRefusedError, unpackMovePackage } from '../../db/move-unpack';
import { readDocumentFile, sha256Hex } from '../../main/storage/document-files';
import { startHttpServer } from '../../main/transports/http';
import { errorMessage } from '../../shared/locales/messages';
import { MOVE_PART_BYTES, type MovePackage } from '../../shared/schemas/move';
import { expectOk, openTestApp, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { signedIn } from '../support/signed-in';
import { tempDir, testKeys } from '../support/temp';
import { validId } from '../support/ids';
import { openKeyed } from '../support/keyed';

const PASSPHRASE = 'העברה-למשרד-2026';
/** Small parts, so every upload here goes in several. */
const PART = 256 * 1024;

let desk: TestApp;
let deskToken: string;
let made: MovePackage;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  desk = await openTestApp(30, (dir) => fillWithDemoOffice(dir, 12, 5));
  cleanups.push(() => desk.dispose());
  deskToken = signedIn(await desk.call(null, 'auth.login', DEMO_LOGIN)).token;
  made = expectOk(await desk.call(deskToken, 'backup.movePackage', { passphrase: PASSPHRASE }));
}, 120_000);
afterAll(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

async function emptyServer(): Promise<{ server: TestApp; token: string }> {
  const server = await openTestApp();
  cleanups.push(() => server.dispose());
  return { server, token: await setUpAndLogIn(server) };
}

/** Uploads the bytes in parts, as the server's screen does; the upload's id. */
async function upload(server: TestApp, token: string, bytes: Buffer): Promise<string> {
  let uploadId: string | undefined;
  for (let offset = 0; offset < bytes.length; offset += PART) {
    const part = bytes.subarray(offset, offset + PART).toString('base64');
    uploadId = expectOk(
      await server.call(token, 'backup.moveUpload', { ...(uploadId ? { uploadId } : {}), offset, contentBase64: part }),
    ).uploadId;
  }
  return uploadId!;
}

async function adopt(server: TestApp, token: string, bytes: Buffer, passphrase = PASSPHRASE) {
  const uploadId = await upload(server, token, bytes);
  return server.call(token, 'backup.adoptOffice', { uploadId, passphrase, confirm: true });
}

function entries(bytes: Buffer = fs.readFileSync(made.file)): Zippable {
  return unzipSync(bytes) as Zippable;
}

function zipped(files: Zippable): Buffer {
  return Buffer.from(zipSync(files, { level: 0 }));
}

/** The package's entries with `sql` run on its store (its seal is then broken). */
async function withStoreChanged(sql: string): Promise<Zippable> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const files = entries();
  const store = path.join(dir, 'store.sqlite');
  fs.writeFileSync(store, files['store.sqlite'] as Uint8Array);
  // The package's store is encrypted under the desk's data key.
  const db = openKeyed(store, {}, desk.dataDir);
  db.exec(sql);
  db.close();
  files['store.sqlite'] = new Uint8Array(fs.readFileSync(store));
  return files;
}

/** The keys sealed again over the changed store: what only someone who knows the passphrase can do. */
async function resealedOver(files: Zippable): Promise<Zippable> {
  const figures = Buffer.from(files['figures.json'] as Uint8Array);
  const store = Buffer.from(files['store.sqlite'] as Uint8Array);
  const sealed = await sealKeys(
    folderKeysOf(testKeys, desk.dataDir)!,
    PASSPHRASE,
    boundData(figures, createHash('sha256').update(store).digest('hex')),
  );
  return { ...files, 'keys.json': strToU8(JSON.stringify(sealed)) };
}

/** The server as it was before: its first owner signs in and it holds no client and no document file. */
async function expectStillEmpty(server: TestApp): Promise<void> {
  const token = signedIn(await server.call(null, 'auth.login', OWNER)).token;
  expect(expectOk(await server.call(token, 'clients.search', {})).rows).toEqual([]);
  const documents = path.join(server.dataDir, 'documents');
  expect(fs.existsSync(documents) ? fs.readdirSync(documents) : []).toEqual([]);
  expect(expectOk(await server.call(token, 'audit.verify', {})).ok).toBe(true);
}

function deskCount(table: string): number {
  return desk.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('moving a desk office to the server', () => {
  it('moves the demo office with its documents, and every table, document and the audit chain match', async () => {
    expect(made.documents).toBeGreaterThan(0);
    expect(fs.realpathSync(path.dirname(made.file))).toBe(fs.realpathSync(path.join(desk.dataDir, 'exports')));
    const { server, token } = await emptyServer();

    const report = expectOk(await adopt(server, token, fs.readFileSync(made.file)));

    expect(report.failed).toBeNull();
    expect(report.tables.length).toBe(made.tables);
    for (const row of report.tables) expect(row.found, row.table).toBe(row.expected);
    expect(report.tables.find((row) => row.table === 'insured_person')?.found).toBe(deskCount('insured_person'));
    expect(report.documents).toEqual({ expected: made.documents, verified: made.documents, mismatched: [] });
    expect(report.auditChain).toMatchObject({ verified: true, expected: made.auditHead, found: made.auditHead });

    // The desk's people sign in on the server now; the server's first owner went with its empty store.
    expect((await server.call(null, 'auth.login', OWNER)).ok).toBe(false);
    const owner = signedIn(await server.call(null, 'auth.login', DEMO_LOGIN)).token;
    const clients = expectOk(await server.call(owner, 'clients.search', { limit: 100 }));
    expect(clients.total).toBe(deskCount('insured_person'));
    const verdict = expectOk(await server.call(owner, 'audit.verify', {}));
    expect(verdict).toMatchObject({ ok: true });
    // The chain the desk sealed goes on under the desk's key: the move, then the check just made.
    const moveIn = server.store.sqlite.prepare("SELECT id, details FROM audit_log WHERE action = 'move_in'").get() as {
      id: number;
      details: string;
    };
    expect(moveIn.id).toBe(made.auditHead.id + 1);
    expect(JSON.parse(moveIn.details)).toMatchObject({ auditHead: made.auditHead });
    // The documents travelled sealed, as they are: byte for byte the desk's, opening with the desk's key.
    const serverKey = dataKeyFor(testKeys, server.dataDir);
    for (const sha256 of fs
      .readdirSync(path.join(desk.dataDir, 'documents'))
      .flatMap((shard) => fs.readdirSync(path.join(desk.dataDir, 'documents', shard)))) {
      const stored = (dir: string) => fs.readFileSync(path.join(dir, 'documents', sha256.slice(0, 2), sha256));
      expect(stored(server.dataDir).equals(stored(desk.dataDir))).toBe(true);
      expect(sha256Hex(readDocumentFile(path.join(server.dataDir, 'documents'), sha256, serverKey))).toBe(sha256);
    }
    for (const [name, bytes] of Object.entries(entries())) {
      if (name.startsWith('documents/')) expect(Buffer.from(bytes as Uint8Array).includes('%PDF'), name).toBe(false);
    }
    // The server's folder seals with the desk's keys now: the chain and the store's sealed secrets go on.
    expect(folderKeysOf(testKeys, server.dataDir)).toEqual(folderKeysOf(testKeys, desk.dataDir));
    // The desk recorded making the package.
    expect(desk.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'move_out'").pluck().get()).toBe(1);
  }, 120_000);

  it('refuses a server that already holds an office', async () => {
    const { server, token } = await emptyServer();
    expectOk(
      await server.call(token, 'clients.create', {
        idNumber: validId('03456789'),
        firstNameHe: 'רחל',
        lastNameHe: 'לוי',
        birthDate: '1975-04-12',
        sex: 'female',
      }),
    );
    const reply = await server.call(token, 'backup.moveUpload', {
      offset: 0,
      contentBase64: fs.readFileSync(made.file).subarray(0, PART).toString('base64'),
    });
    expect(reply.ok || reply.error.message).toBe(errorMessage('moveTargetNotEmpty'));
  });

  it('takes a full-size part over HTTP, above the default body limit, and parts only in order', async () => {
    const { server, token } = await emptyServer();
    const { dir, cleanup } = tempDir('mitzui-static-');
    cleanups.push(cleanup);
    const http = await startHttpServer({
      dispatch: server.dispatch,
      sessions: server.sessions,
      staticDir: dir,
      port: 0,
    });
    const post = async (body: unknown) => {
      const reply = await fetch(`${http.url}api/backup.moveUpload`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-mitzui-session': token },
        body: JSON.stringify(body),
      });
      return (await reply.json()) as {
        ok: boolean;
        value?: { uploadId: string; received: number };
        error?: { message: string };
      };
    };
    try {
      const part = Buffer.alloc(MOVE_PART_BYTES, 7).toString('base64');
      const first = await post({ offset: 0, contentBase64: part });
      expect(first.value?.received).toBe(MOVE_PART_BYTES);
      const skipped = await post({
        uploadId: first.value!.uploadId,
        offset: 2 * MOVE_PART_BYTES,
        contentBase64: 'AAAA',
      });
      expect(skipped.error?.message).toBe(errorMessage('moveUploadOrder', { expected: MOVE_PART_BYTES }));
    } finally {
      await http.close();
    }
  });

  it('refuses a package whose passphrase is wrong, leaving the server empty', async () => {
    const { server, token } = await emptyServer();
    const reply = await adopt(server, token, fs.readFileSync(made.file), 'another-passphrase');
    expect(reply.ok || reply.error.message).toBe(errorMessage('moveWrongPassphrase'));
    await expectStillEmpty(server);
  });

  it('refuses a package with a changed document and goes back to the empty store', async () => {
    const { server, token } = await emptyServer();
    const files = entries();
    const document = Object.keys(files).find((name) => name.startsWith('documents/'))!;
    const bytes = files[document] as Uint8Array;
    bytes[10] = bytes[10]! ^ 0xff;

    const reply = await adopt(server, token, zipped(files));

    expect(reply.ok || reply.error.message).toBe(errorMessage('moveCheckDocuments', { count: 1 }));
    await expectStillEmpty(server);
    expect(
      server.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'move_in_refused'").pluck().get(),
    ).toBe(1);
  });

  it('refuses a store that lost a row: the seal breaks, and resealed by someone who knows the passphrase, the row count', async () => {
    const files = await withStoreChanged('DELETE FROM note WHERE id = (SELECT max(id) FROM note)');

    const first = await emptyServer();
    const broken = await adopt(first.server, first.token, zipped(files));
    expect(broken.ok || broken.error.message).toBe(errorMessage('moveWrongPassphrase'));
    await expectStillEmpty(first.server);

    const notes = JSON.parse(strFromU8(files['figures.json'] as Uint8Array)).tables.note as number;
    const second = await emptyServer();
    const resealed = await adopt(second.server, second.token, zipped(await resealedOver(files)));
    expect(resealed.ok || resealed.error.message).toBe(
      errorMessage('moveCheckTables', { table: 'note', expected: notes, found: notes - 1 }),
    );
    await expectStillEmpty(second.server);
  });

  it('refuses a store whose audit log was rewritten, even resealed by someone who knows the passphrase', async () => {
    const files = await resealedOver(await withStoreChanged("UPDATE audit_log SET details = '{}' WHERE id = 2"));
    const { server, token } = await emptyServer();

    const reply = await adopt(server, token, zipped(files));

    expect(reply.ok || reply.error.message).toBe(errorMessage('moveCheckAuditChain'));
    await expectStillEmpty(server);
  });

  it('refuses a package with a path-traversal entry, writing nothing outside', async () => {
    const { server, token } = await emptyServer();
    const files = entries();
    const escaped = path.join(server.dataDir, '..', 'escaped.txt');
    files['../escaped.txt'] = strToU8('outside');

    const reply = await adopt(server, token, zipped(files));

    expect(reply.ok || reply.error.message).toBe(errorMessage('movePackageEntry', { entry: '../escaped.txt' }));
    expect(fs.existsSync(escaped)).toBe(false);
    await expectStillEmpty(server);
  });

  it('stops unpacking a zip bomb at the limit, counting the bytes as they inflate', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const bomb = path.join(dir, 'bomb.zip');
    fs.writeFileSync(bomb, zipSync({ 'store.sqlite': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    fs.mkdirSync(path.join(dir, 'out'));

    const refused = await unpackMovePackage(bomb, path.join(dir, 'out'), 8 * 1024 * 1024).catch(
      (error: unknown) => error,
    );

    expect(refused).toBeInstanceOf(PackageRefusedError);
    expect((refused as PackageRefusedError).reason).toBe('tooLarge');
    expect(fs.statSync(path.join(dir, 'out', 'store.sqlite')).size).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});

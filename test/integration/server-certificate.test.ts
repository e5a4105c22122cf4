// The office server's certificate: made once (ECDSA P-256, key readable by its owner only) and reused,
// or the office's own PEM files when it brings them.
import fs from 'node:fs';
import path from 'node:path';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateCertificate, readableFingerprint, serverFolder } from '../../main/server/certificate';
import { tempDir } from '../support/temp';

const folders: { cleanup: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.cleanup()));

function dataDir(): string {
  const folder = tempDir('mitzui-cert-');
  folders.push(folder);
  return folder.dir;
}

describe('server certificate', () => {
  it('is made at first start with a private key only its owner reads, and reused afterwards', async () => {
    const dir = dataDir();
    const first = await loadOrCreateCertificate({ dataDir: dir, names: ['127.0.0.1', 'office-server'] });
    const parsed = new X509Certificate(first.cert);
    expect(parsed.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    expect(parsed.subjectAltName).toContain('DNS:office-server');
    expect(parsed.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(parsed.checkPrivateKey(createPrivateKey(first.key))).toBe(true);
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(serverFolder(dir), 'private-key.pem')).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateCertificate({ dataDir: dir, names: ['127.0.0.1'] });
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(readableFingerprint(first.fingerprint)).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);
  });

  it('takes the PEM files the office brings when given, and makes none', async () => {
    const made = await loadOrCreateCertificate({ dataDir: dataDir(), names: ['localhost'] });
    const own = dataDir();
    fs.writeFileSync(path.join(own, 'cert.pem'), made.cert);
    fs.writeFileSync(path.join(own, 'key.pem'), made.key);
    const office = dataDir();
    const loaded = await loadOrCreateCertificate({
      dataDir: office,
      names: ['localhost'],
      certFile: path.join(own, 'cert.pem'),
      keyFile: path.join(own, 'key.pem'),
    });
    expect(loaded.fingerprint).toBe(made.fingerprint);
    expect(fs.existsSync(serverFolder(office))).toBe(false);
  });
});

// The office server's TLS certificate: the one the office supplies (PEM paths), or one the server makes
// itself at first start — ECDSA P-256, self-signed, kept in the data folder's server/ folder with its
// private key readable by the server's account only — and reuses afterwards. Desks pin it on first
// use, so a new one means pairing again (see the readable fingerprint below).
import 'reflect-metadata';
import { X509Certificate, createHash, webcrypto } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import { writeAtomically } from '../storage/atomic-file';

export { readableFingerprint } from '../security/fingerprint';

export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the DER certificate, lowercase hex: what a desk pins. */
  fingerprint: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const VALID_YEARS = 10;

export function serverFolder(dataDir: string): string {
  return path.join(dataDir, 'server');
}

export function fingerprintOf(certPem: string): string {
  return createHash('sha256').update(new X509Certificate(certPem).raw).digest('hex');
}

async function makeSelfSigned(names: readonly string[]): Promise<{ cert: string; key: string }> {
  x509.cryptoProvider.set(webcrypto as Crypto);
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const ip = (name: string) => /^[\d.]+$/.test(name) || name.includes(':');
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: webcrypto
      .getRandomValues(new Uint8Array(8))
      .reduce((hex, byte) => hex + byte.toString(16).padStart(2, '0'), '01'),
    name: `CN=Mitzui office server ${os.hostname().replace(/[,=+<>#;\\"]/g, '')}`,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.SubjectAlternativeNameExtension(
        names.map((name): x509.JsonGeneralName => ({ type: ip(name) ? 'ip' : 'dns', value: name })),
      ),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const key = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8).toString('base64').replace(/.{64}/g, '$&\n').trimEnd()}\n-----END PRIVATE KEY-----\n`;
  return { cert: certificate.toString('pem'), key };
}

export interface CertificateOptions {
  dataDir: string;
  /** The names desks reach the server by, written into a certificate the server makes. */
  names: readonly string[];
  /** PEM files the office supplies; both or neither. */
  certFile?: string;
  keyFile?: string;
}

export async function loadOrCreateCertificate(options: CertificateOptions): Promise<ServerCertificate> {
  if (options.certFile && options.keyFile) {
    const cert = fs.readFileSync(options.certFile, 'utf8');
    return { cert, key: fs.readFileSync(options.keyFile, 'utf8'), fingerprint: fingerprintOf(cert) };
  }
  const folder = serverFolder(options.dataDir);
  const certPath = path.join(folder, 'certificate.pem');
  const keyPath = path.join(folder, 'private-key.pem');
  if (!fs.existsSync(certPath) || !fs.existsSync(keyPath)) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const made = await makeSelfSigned(options.names);
    // The key first: a certificate without its key would be reused and fail.
    writeAtomically(keyPath, made.key, 0o600);
    writeAtomically(certPath, made.cert, 0o644);
  }
  const cert = fs.readFileSync(certPath, 'utf8');
  return { cert, key: fs.readFileSync(keyPath, 'utf8'), fingerprint: fingerprintOf(cert) };
}

// The load tool, briefly: three desks on a small demo office served in this process do the day's mix
// for a few seconds; nothing fails, every confirmed write is read back, and any conflict is one two
// desks made on the same record. Over HTTPS it talks only to the certificate it was told to pin.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLoad, LOAD_DEFAULTS } from '../../bench/load/run';
import { agentFor, callOnce, CertificateMismatchError } from '../../bench/load/transport';
import { tempDir } from '../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

describe('the load tool', () => {
  it('runs three desks on a small office with no errors and no lost writes', { timeout: 180_000 }, async () => {
    const result = await runLoad({
      ...LOAD_DEFAULTS,
      users: 3,
      minutes: 0.1,
      clients: 200,
      thinkSeconds: 0.3,
      log: () => undefined,
    });
    expect(result.recorder.errorSamples).toEqual([]);
    expect(result.recorder.errors).toBe(0);
    expect(result.writes).toBeGreaterThan(0);
    expect(result.verification.checked).toBeGreaterThan(0);
    expect(result.verification.lost).toEqual([]);
    expect(result.conflicts.unexplained).toBe(0);
    expect(result.recorder.table()).toMatch(/\| clients\.list \| read \| \d+ \|/);
  });

  it('talks over HTTPS only to the pinned certificate', async () => {
    const { dir, cleanup } = tempDir('mitzui-load-tls-');
    cleanups.push(cleanup);
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=mitzui-office',
      ],
      { stdio: 'ignore' },
    );
    const fingerprint = new (await import('node:crypto')).X509Certificate(fs.readFileSync(cert)).fingerprint256;
    let requests = 0;
    const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
      requests++;
      req.resume();
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true, value: { answered: true } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => server.close());
    const url = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}/`);

    const pinned = { url, fingerprint };
    const agent = agentFor(pinned);
    cleanups.push(() => agent.destroy());
    expect((await callOnce(pinned, agent, { token: null, device: null }, 'office.status', {})).result).toEqual({
      ok: true,
      value: { answered: true },
    });
    expect(requests).toBe(1);

    const other = { url, fingerprint: 'ab'.repeat(32) };
    const otherAgent = agentFor(other);
    cleanups.push(() => otherAgent.destroy());
    await expect(
      callOnce(other, otherAgent, { token: null, device: null }, 'office.status', {}),
    ).rejects.toBeInstanceOf(CertificateMismatchError);
    // Nothing was sent to a server the desk did not pin.
    expect(requests).toBe(1);
    expect(() => agentFor({ url })).toThrow(CertificateMismatchError);
  });
});

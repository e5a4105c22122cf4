// The inbox command line on generated letters: one JSON reading per file, exit 2 for what it cannot read.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../db/demo/random';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import type { GeneratedLetter } from '../support/nii-letters/letter';
import { renderLetter } from '../support/nii-letters/render';
import { scanRenderer } from '../support/nii-letters/scan';
import { emlFile } from '../support/inbox/mail-files';
import { tempDir } from '../support/temp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const renderer = chromiumPdfRenderer();
let dir: string;
let cleanup: () => void;
const letters: GeneratedLetter[] = [];
/** Apart from the batch's folder: a scan, and a mail carrying both PDFs. */
let other: string;

function inbox(...args: string[]) {
  const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/inbox.mjs`, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    lines: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

beforeAll(async () => {
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
  ({ dir, cleanup } = tempDir('inbox-cli-'));
  const random = new Random(9);
  const [client] = someClients(random, 1);
  letters.push(
    generateLetter(random, 'committeeProtocol', client!, { visual: false }),
    generateLetter(random, 'paymentNotice', client!, { visual: true }),
  );
  const pdfs = await Promise.all(letters.map((letter) => renderLetter(renderer, letter)));
  pdfs.forEach((pdf, i) => fs.writeFileSync(path.join(dir, `${i}.pdf`), pdf));
  other = fs.mkdtempSync(path.join(dir, '..', 'inbox-cli-other-'));
  const scanner = scanRenderer();
  letters.push(generateLetter(random, 'committeeInvitation', client!, { visual: false }));
  fs.writeFileSync(path.join(other, 'scan.png'), await scanner.scan(letters[2]!));
  await scanner.close();
  const attachments = pdfs.map((bytes, i) => ({ name: `${i}.pdf`, mimeType: 'application/pdf', bytes }));
  const from = { name: 'ביטוח לאומי', address: 'noreply@btl.gov.il' };
  fs.writeFileSync(
    path.join(other, 'mail.eml'),
    emlFile({ from, subject: 'מכתבים', date: '2026-01-05T09:00:00.000Z', text: 'מצורפים', attachments }),
  );
}, 120_000);
afterAll(async () => {
  cleanup();
  fs.rmSync(other, { recursive: true, force: true });
  await renderer.close();
});

describe('inbox CLI', () => {
  it('reads a letter through npm run --silent: its kind, the client ID, the fields with value and confidence', () => {
    const out = execFileSync('npm', ['run', '--silent', 'inbox', '--', 'read', path.join(dir, '0.pdf')], {
      cwd: root,
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const truth = letters[0]!.truth;
    expect(JSON.parse(lines[0]!)).toEqual({
      kind: 'committeeProtocol',
      idNumbers: [letters[0]!.client.idNumber],
      fields: expect.objectContaining({
        committeeDate: { value: truth.committeeDate, confidence: 'certain' },
        medicalPercent: { value: truth.medicalPercent, confidence: 'certain' },
        weightedPercent: { value: truth.weightedPercent, confidence: 'certain' },
      }),
    });
  }, 60_000);

  it('a batch: one line per file, in name order, an unreadable one answered in place with exit 2', () => {
    fs.writeFileSync(path.join(dir, '2.pdf'), 'not a pdf');
    const run = inbox('read', '--batch', dir);
    expect(run.status).toBe(2);
    expect(run.lines.map((l) => l.file)).toEqual(['0.pdf', '1.pdf', '2.pdf']);
    expect(run.lines[1]).toMatchObject({
      kind: 'paymentNotice',
      fields: { amount: { value: letters[1]!.truth.amount }, period: { value: letters[1]!.truth.period } },
    });
    expect(run.lines[2]).toHaveProperty('error');
    fs.rmSync(path.join(dir, '2.pdf'));
  });

  it('a scan is read by OCR: its kind and client ID, no field certain', () => {
    const run = inbox('read', path.join(other, 'scan.png'));
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    const line = run.lines[0] as { kind: string; idNumbers: string[]; ocr: boolean; fields: object };
    expect(line).toMatchObject({ kind: 'committeeInvitation', idNumbers: [letters[2]!.client.idNumber], ocr: true });
    expect(Object.values(line.fields).map((field: { confidence: string }) => field.confidence)).not.toContain(
      'certain',
    );
  }, 60_000);

  it('a mail: one line per PDF attached, each naming its attachment and the mail', () => {
    const run = inbox('read', path.join(other, 'mail.eml'));
    expect(run.status).toBe(0);
    const mail = { from: 'ביטוח לאומי <noreply@btl.gov.il>', subject: 'מכתבים', date: '2026-01-05T09:00:00.000Z' };
    expect(run.lines).toMatchObject([
      { letter: '0.pdf', mail, kind: 'committeeProtocol' },
      { letter: '1.pdf', mail, kind: 'paymentNotice' },
    ]);
  });

  it('exits 2 with {error} for a missing or unknown kind of file', () => {
    for (const file of [path.join(dir, 'none.pdf'), path.join(root, 'package.json')]) {
      const run = inbox('read', file);
      expect(run.status).toBe(2);
      expect(Object.keys(run.lines[0]!)).toEqual(['error']);
    }
  });

  it('--help names every kind and field', () => {
    const help = execFileSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/inbox.mjs`, '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const word of ['committeeInvitation', 'paymentNotice', 'medicalPercent', 'appealRoute', 'temporaryUntil'])
      expect(help).toContain(word);
  });
});

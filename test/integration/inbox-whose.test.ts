// Whose letter on a real store: generated letters that give no ID number are matched by the NII's
// file number the office wrote on the client, or by the name alone when one client bears it; the
// claim by its NII number, else by the letter's benefit and date. A name two clients share, with no
// number, is left for the user.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Random } from '../../db/demo/random';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { eachTestInNewOffice, expectOk, type TestApp } from '../support/app';
import { generateLetter, someClients, someFileNumber, type Client } from '../support/nii-letters/generate';
import { renderLetter } from '../support/nii-letters/render';

const renderer = chromiumPdfRenderer();
afterAll(() => renderer.close());

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, ownerToken) => {
  app = opened;
  token = ownerToken;
});

const random = new Random(33);
const [withFile, namesake] = someClients(random, 2).map((client) => ({
  ...client,
  fileNumber: someFileNumber(random),
}));

async function addClient(client: Client, name = client.name) {
  const [first, ...rest] = name.split(' ');
  return expectOk(
    await app.call(token, 'clients.create', {
      idNumber: client.idNumber,
      firstNameHe: first!,
      lastNameHe: rest.join(' '),
      birthDate: '1970-06-06',
      sex: 'female',
      fileNumber: client.fileNumber ?? null,
    }),
  ).id;
}

const letterTo = (client: Client, kind: 'decision' | 'committeeInvitation') =>
  generateLetter(random, kind, client, { visual: false, withoutId: true });

async function add(letter: ReturnType<typeof letterTo>, name: string) {
  const pdf = Buffer.from(await renderLetter(renderer, letter));
  return expectOk(
    await app.call(token, 'inbox.add', { name, mimeType: 'application/pdf', contentBase64: pdf.toString('base64') }),
  );
}

const drop = async (client: Client, kind: 'decision' | 'committeeInvitation', name: string) => ({
  item: await add(letterTo(client, kind), name),
});

describe('whose letter, without an ID number', () => {
  let clientId: number;
  beforeEach(async () => {
    clientId = await addClient(withFile!);
  });

  it('by the file number the office wrote on the client; the claim by benefit and date', async () => {
    const letter = letterTo(withFile!, 'decision');
    expect(letter.lines.join('\n')).not.toContain(withFile!.idNumber);
    const other = letter.truth.benefit === 'mobility' ? 'work_injury' : 'mobility';
    expectOk(await app.call(token, 'claims.create', { clientId, benefit: other }));
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: letter.truth.benefit! }));
    expect(await add(letter, 'decision.pdf')).toMatchObject({
      client: { id: clientId },
      matchedBy: 'fileNumber',
      claimId: claim.id,
    });
  }, 90_000);

  it('by the name alone when one client bears it; not when two do', async () => {
    const { item } = await drop({ ...withFile!, fileNumber: undefined }, 'decision', 'by-name.pdf');
    expect(item).toMatchObject({ client: { id: clientId }, matchedBy: 'name' });
    await addClient({ ...namesake!, fileNumber: undefined }, withFile!.name);
    const { item: ambiguous } = await drop(
      { ...withFile!, fileNumber: undefined },
      'committeeInvitation',
      'ambiguous.pdf',
    );
    expect(ambiguous).toMatchObject({ client: null, matchedBy: null, claimId: null });
  }, 90_000);

  it('the claim whose NII number the letter names', async () => {
    const claim = expectOk(
      await app.call(token, 'claims.create', { clientId, benefit: 'mobility', niiClaimNumber: withFile!.fileNumber }),
    );
    const { item } = await drop(withFile!, 'decision', 'numbered.pdf');
    expect(item).toMatchObject({ client: { id: clientId }, claimId: claim.id });
  }, 90_000);
});

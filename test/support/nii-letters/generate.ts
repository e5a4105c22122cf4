// A seeded set of generated NII-style letters, the kinds in turn, for a few clients each.
import { IdNumbers } from '../../../db/demo/identity';
import { familyName, givenNames, namePools } from '../../../db/demo/names';
import { Random } from '../../../db/demo/random';
import type { LetterKind } from '../../../shared/inbox/types';
import { header, signature } from './header';
import { committeeInvitationBody } from './kinds/committee-invitation';
import { committeeProtocolBody } from './kinds/committee-protocol';
import { decisionBody } from './kinds/decision';
import { documentRequestBody } from './kinds/document-request';
import { otherBody } from './kinds/other';
import { paymentNoticeBody } from './kinds/payment-notice';
import { someDay, type Body, type GeneratedLetter } from './letter';

const bodies: Record<LetterKind, (random: Random, letterDate: string) => Body> = {
  decision: decisionBody,
  committeeInvitation: committeeInvitationBody,
  committeeProtocol: committeeProtocolBody,
  documentRequest: documentRequestBody,
  paymentNotice: paymentNoticeBody,
  other: otherBody,
};
const kinds = Object.keys(bodies) as LetterKind[];

export interface Client {
  name: string;
  idNumber: string;
  /** The NII's file number for the client, as the office may have written it on the client. */
  fileNumber?: string;
}

export function someClients(random: Random, count: number): Client[] {
  const ids = new IdNumbers();
  return Array.from({ length: count }, () => {
    const sex = random.pick(['male', 'female'] as const);
    const family = random.pick(namePools.jewish.family);
    return {
      name: `${random.pick(givenNames('jewish', sex)).he} ${familyName('jewish', family, sex).he}`,
      idNumber: ids.next(random),
    };
  });
}

/** A file number as the NII's letters print one. */
export function someFileNumber(random: Random): string {
  return `${random.int(10, 99)}-${random.int(100000, 999999)}`;
}

/** One letter of `kind` to `client`; `withoutId`: the letter names the client by name and file number only. */
export function generateLetter(
  random: Random,
  kind: LetterKind,
  client: Client,
  options: { visual?: boolean; withoutId?: boolean } = {},
): GeneratedLetter {
  const letterDate = someDay(random);
  const body = bodies[kind](random, letterDate);
  const decoy = random.chance(0.2) ? new IdNumbers().next(random) : null;
  const withoutId = options.withoutId ?? false;
  const fileNumber = withoutId ? (client.fileNumber ?? null) : null;
  const lines = [
    ...header(random, { letterDate, client, withoutId, fileNumber, decoyClaimNumber: decoy, subject: body.subject }),
    ...body.lines,
    ...signature(random),
  ];
  const visual = options.visual ?? random.chance(0.25);
  const layout = visual ? 'plain' : random.pick(['plain', 'table', 'boxed'] as const);
  return { kind, client, withoutId, truth: { letterDate, ...body.truth }, lines, layout, visual };
}

/**
 * `count` letters, kinds in turn, to clients drawn from a pool of a fifth as many; every tenth letter
 * gives no ID number, naming its client by name and (the clients the office has a file number for,
 * four in five) by file number.
 */
export function generateLetters(seed: number, count: number): { clients: Client[]; letters: GeneratedLetter[] } {
  const random = new Random(seed);
  const clients = someClients(random, Math.max(2, Math.ceil(count / 5))).map((client) =>
    random.chance(0.8) ? { ...client, fileNumber: someFileNumber(random) } : client,
  );
  const letters = Array.from({ length: count }, (_, i) =>
    generateLetter(random, kinds[i % kinds.length]!, random.pick(clients), { withoutId: i % 10 === 9 }),
  );
  return { clients, letters };
}

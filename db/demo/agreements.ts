// What the client signs at intake: the power of attorney (general or for the benefits claimed; most
// active, some pending, ended or revoked), the consents (medical confidentiality waiver, benefits
// information) and the fee agreement, with the scans the office keeps of them.
import type { Benefit } from '../../shared/domain/enums';
import type { consents, feeAgreements, representations } from '../schema';
import { between, isoOf } from './calendar';
import type { DemoContext } from './context';
import { makeDocument, type DocumentDraft } from './documents';
import type { Profile } from './person';
import type { Draft } from './rows';

export type RepresentationDraft = Draft<typeof representations, 'insuredPersonId'>;
export type ConsentDraft = Draft<typeof consents, 'insuredPersonId' | 'documentId'>;
export type FeeDraft = Draft<typeof feeAgreements, 'insuredPersonId'>;

export interface AgreementsDraft {
  representation: RepresentationDraft;
  consents: { consent: ConsentDraft; document: DocumentDraft | null }[];
  fee: FeeDraft | null;
  /** Scans of the power of attorney, the fee agreement and the ID card. */
  documents: DocumentDraft[];
}

export function makeAgreements(
  ctx: DemoContext,
  profile: Profile,
  idNumber: string,
  benefits: Benefit[],
  createdAt: string,
): AgreementsDraft {
  const { random, asOf } = ctx;
  const signed = profile.intake;
  const status = random.weighted([
    ['active', 75],
    ['pending', 8],
    ['ended', 10],
    ['revoked', 7],
  ] as const);
  const activeFrom = status === 'pending' ? null : Math.min(asOf - 1, signed + random.int(0, 14));
  const stopped =
    activeFrom === null ? null : Math.max(activeFrom, Math.min(asOf - 1, between(random, activeFrom + 30, asOf - 1)));
  const general = random.chance(0.6);
  const common = { version: 1, createdAt, updatedAt: createdAt };
  const representation: RepresentationDraft = {
    scope: general ? 'general' : 'per_benefit',
    benefits: general ? [] : benefits,
    status,
    signedDate: isoOf(signed),
    activeFrom: activeFrom === null ? null : isoOf(activeFrom),
    endedDate: status === 'ended' && stopped !== null ? isoOf(stopped) : null,
    revokedDate: status === 'revoked' && stopped !== null ? isoOf(stopped) : null,
    ...common,
  };

  const signedConsents: AgreementsDraft['consents'] = [];
  if (random.chance(0.8)) {
    const expires = random.chance(0.5);
    signedConsents.push({
      consent: {
        kind: 'medical_waiver',
        signedDate: isoOf(signed),
        expiryDate: expires ? isoOf(signed + 2 * 365) : null,
        revokedDate: random.chance(0.03) ? isoOf(between(random, signed + 1, asOf - 1)) : null,
        ...common,
      },
      document: random.chance(0.8) ? makeDocument(ctx, idNumber, 'medical_waiver', signed, profile.clerkId) : null,
    });
  }
  if (random.chance(0.5)) {
    signedConsents.push({
      consent: { kind: 'benefits_information', signedDate: isoOf(signed), ...common },
      document: null,
    });
  }

  const fee: FeeDraft | null = random.chance(0.85)
    ? {
        benefits,
        openingFeeAgorot: random.chance(0.7) ? 0 : random.int(3, 15) * 10_000,
        successFeeBasisPoints: random.pick([1000, 1250, 1500, 1500, 2000]),
        signedDate: isoOf(signed),
        cancellationWorkingDays: 7,
        cancelledDate: random.chance(0.03) ? isoOf(signed + random.int(1, 7)) : null,
        informationSheetGiven: random.chance(0.9),
        ...common,
      }
    : null;

  const documents: DocumentDraft[] = [];
  if (random.chance(0.7)) documents.push(makeDocument(ctx, idNumber, 'power_of_attorney', signed, profile.clerkId));
  if (fee && random.chance(0.4)) documents.push(makeDocument(ctx, idNumber, 'fee_agreement', signed, profile.clerkId));
  if (random.chance(0.25)) documents.push(makeDocument(ctx, idNumber, 'id_card', signed, profile.clerkId));
  return { representation, consents: signedConsents, fee, documents };
}

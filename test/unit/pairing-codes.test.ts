// One-time pairing codes: readable, good once, and only for ten minutes.
import { describe, expect, it } from 'vitest';
import { PAIRING_MINUTES, PairingCodes } from '../../main/server/pairing-codes';
import { PAIRING_ALPHABET } from '../../shared/api/procedures/devices';
import { readableFingerprint } from '../../main/security/fingerprint';

describe('pairing codes', () => {
  it('are 8 characters without look-alikes, good for one desk', () => {
    const codes = new PairingCodes(() => new Date('2026-03-01T08:00:00Z'));
    const opened = codes.start(7);
    expect(opened.code).toMatch(new RegExp(`^[${PAIRING_ALPHABET}]{8}$`));
    expect(PAIRING_ALPHABET).not.toMatch(/[01IOL]/);
    expect(codes.take(opened.code)).toMatchObject({ openedBy: 7 });
    expect(codes.take(opened.code)).toBeNull();
  });

  it('expire after ten minutes', () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const codes = new PairingCodes(() => now);
    const early = codes.start(null);
    const late = codes.start(null);
    now = new Date(now.getTime() + (PAIRING_MINUTES * 60 - 1) * 1000);
    expect(codes.take(early.code)).not.toBeNull();
    now = new Date(now.getTime() + 1000);
    expect(codes.take(late.code)).toBeNull();
  });

  it('show a fingerprint as 8 groups of 4', () => {
    expect(readableFingerprint('56a4c25e312143d3360bc6326ae40716431670378b05bac5904487ec166ae39c')).toBe(
      '56A4-C25E-3121-43D3-360B-C632-6AE4-0716',
    );
  });
});

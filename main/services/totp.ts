// TOTP (RFC 6238, IETF, May 2011: https://www.rfc-editor.org/rfc/rfc6238) as authenticator apps use
// it — SHA-1, 6 digits, 30 seconds — plus single-use recovery codes kept only as SHA-256 hashes.
import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Mitzui';
/** A code of the step before or after is accepted too: phone clocks drift. */
const WINDOW = 1;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The time step the code belongs to, or null when it is wrong. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const otp = totp(secret, '');
  const delta = otp.validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : otp.counter({ timestamp: now.getTime() }) + delta;
}

function recoveryHash(code: string): string {
  return createHash('sha256')
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex');
}

/** Ten codes like "k7m2q-x9ph4", to print or keep; the hashes are what the store keeps. */
export function newRecoveryCodes(): { codes: string[]; hashes: string } {
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: JSON.stringify(codes.map(recoveryHash)) };
}

export function recoveryCodesLeft(hashes: string | null): number {
  return hashes ? (JSON.parse(hashes) as string[]).length : 0;
}

/** The hashes left once `code` is used up, or null when it is not one of them. */
export function spendRecoveryCode(hashes: string | null, code: string): string | null {
  if (!hashes) return null;
  const list = JSON.parse(hashes) as string[];
  const index = list.indexOf(recoveryHash(code));
  if (index < 0) return null;
  list.splice(index, 1);
  return JSON.stringify(list);
}

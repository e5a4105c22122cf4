/**
 * A certificate fingerprint as people read it aloud and compare it: the first 16 bytes of the SHA-256
 * in 8 groups of 4 hex digits. 128 bits is far past what anyone could match by making certificates
 * until one looks alike.
 */
export function readableFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 32).toUpperCase().match(/.{4}/g) ?? []).join('-');
}

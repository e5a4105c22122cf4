// A password hash as an older build made it (a lower scrypt N), for the rehash-on-sign-in test.
import { randomBytes, scryptSync } from 'node:crypto';

export async function scryptHash(password: string, N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

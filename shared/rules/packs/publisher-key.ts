// The public keys of the parameter-pack publisher that the app trusts by default (Ed25519, hex). The
// matching secret key is kept by the publisher, never in this repository.
export interface TrustedKey {
  id: string;
  publicKey: string;
}

export const PUBLISHER_KEYS: readonly TrustedKey[] = [
  { id: 'mitzui-packs-2026', publicKey: '3b400c864409d234ef2dad4e2c860137bd56efd0dd5bf72e812d2f6118c0f7b1' },
];

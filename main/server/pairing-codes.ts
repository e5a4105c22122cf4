// One-time pairing codes, kept in the server's memory only: each good for ten minutes and for one desk.
// A restart forgets them, which at worst asks the owner for a new code.
import { randomInt } from 'node:crypto';
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '../../shared/api/procedures/devices';

export const PAIRING_MINUTES = 10;

export interface OpenWindow {
  code: string;
  expiresAt: Date;
  /** Who opened it; null on the server's own console. */
  openedBy: number | null;
}

export class PairingCodes {
  private readonly open = new Map<string, OpenWindow>();

  constructor(private readonly now: () => Date) {}

  start(openedBy: number | null): OpenWindow {
    this.prune();
    let code = '';
    for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
    const window = { code, expiresAt: new Date(this.now().getTime() + PAIRING_MINUTES * 60_000), openedBy };
    this.open.set(code, window);
    return window;
  }

  /** Uses the code up: the window it opened, or null when it is unknown, used or expired. */
  take(code: string): OpenWindow | null {
    this.prune();
    const window = this.open.get(code);
    if (!window) return null;
    this.open.delete(code);
    return window;
  }

  private prune(): void {
    const now = this.now().getTime();
    for (const [code, window] of this.open) if (window.expiresAt.getTime() <= now) this.open.delete(code);
  }
}

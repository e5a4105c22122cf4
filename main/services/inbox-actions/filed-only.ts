// Letters the inbox files and does nothing more with: a payment notice (its amount and period are read
// and shown; recording payments is the payments module's, which plugs in here by kind, see ./index.ts)
// and any other letter.
export const fileOnly = (): void => undefined;

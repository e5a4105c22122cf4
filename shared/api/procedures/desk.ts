// The desk's own side of pairing. desk.* are answered by the desk itself when it forwards to a
// server; on an embedded store they say "local".
import { z } from 'zod';
import { owners, procedure } from '../procedure';
import { deskPairInput, type DeskStatus } from './devices';

export const deskProcedures = {
  'desk.status': procedure<DeskStatus>()({ input: z.object({}), access: 'public', beforeCheck: true }),
  'desk.pair': procedure<{ fingerprint: string }>()({ input: deskPairInput, access: 'public' }),
  /** A fresh desk's first-run choice: no office of its own, it joins the server and works on it. */
  'desk.setupOnServer': procedure<{ fingerprint: string }>()({ input: deskPairInput, access: 'public' }),
  /** The owner moves a local desk onto the server (after the move) and it works there from now on. */
  'desk.connect': procedure<{ fingerprint: string }>()({ input: deskPairInput, access: owners }),
  /** An office desk goes back to the store it kept (the owner only; the server says who that is). */
  'desk.useLocal': procedure<null>()({ input: z.object({}), access: 'public' }),
};

// The live desks' change stream: a browser's EventSource cannot send the session header, so a desk
// first asks for a ticket (with the header) and opens the stream with it; see ../changes.ts.
import { z } from 'zod';
import { everyone, procedure } from '../procedure';

export interface StreamTicket {
  /** Good once, for a few seconds, for this session only. */
  ticket: string;
  expiresInSeconds: number;
}

export const changeProcedures = {
  'changes.ticket': procedure<StreamTicket>()({ input: z.object({}), access: everyone }),
};

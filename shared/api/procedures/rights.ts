import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import { optionalIsoDate, recordId } from '../../schemas/fields';
import type { RunAnswer } from '../../rules/run';
import type { ScanResult } from '../../rules/scan/scan-client';
import type { ClientFacts } from '../../rules/scan/facts';

export const rightsProcedures = {
  'rights.run': procedure<RunAnswer>()({
    input: z.object({ calculator: z.string().max(40), input: z.unknown() }),
    access: everyone,
  }),
  'rights.scan': procedure<ScanResult>()({
    input: z.object({ clientId: recordId, date: optionalIsoDate('date') }),
    access: everyone,
  }),
  /** The facts the rules read of a client, for the rights panel's what-if (it runs scanClient itself). */
  'rights.facts': procedure<ClientFacts>()({ input: z.object({ clientId: recordId }), access: everyone }),
};

import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import { recordId } from '../../schemas/fields';
import type { RunAnswer } from '../../rules/run';
import type { ScanResult } from '../../rules/scan/scan-client';

export const rightsProcedures = {
  'rights.run': procedure<RunAnswer>()({ input: z.object({ calculator: z.string().max(40), input: z.unknown() }), access: everyone }),
  'rights.scan': procedure<ScanResult>()({ input: z.object({ clientId: recordId, date: z.string().optional() }), access: everyone }),
};

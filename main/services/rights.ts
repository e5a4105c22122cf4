// The rules core behind the API: one calculator on given facts, or a scan of a client's file.
import { todayInIsrael } from '../../shared/dates';
import type { ClientFile } from '../../shared/api/procedures/clients/file';
import { runByName } from '../../shared/rules/run';
import { scanClient } from '../../shared/rules/scan/scan-client';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import { fileHandlers } from './clients/file';
import { factsOf, type ReceivedDates } from './client-facts';
import type { Call } from './context';
import type { Handlers } from './handler';
import type { Session } from './sessions';

/** The received day of each decided claim's latest decision (the file read with its claims' history). */
function receivedDates(file: ClientFile): ReceivedDates {
  const decided = new Set(file.claims.filter((c) => c.decidedDate).map((c) => c.id));
  return new Map(
    (file.claimHistory ?? [])
      .filter((h) => decided.has(h.claimId))
      .map((h) => [h.claimId, h.decisions.at(-1)?.receivedDate ?? null]),
  );
}

async function clientFacts(call: Call<Session>, clientId: number): Promise<ClientFacts> {
  const file = await fileHandlers['clients.file'](call, { id: clientId, withClaimHistory: true });
  return factsOf(file, receivedDates(file));
}

export const rightsHandlers: Handlers<'rights.run' | 'rights.scan' | 'rights.facts'> = {
  'rights.run': (_call, input) => runByName(input.calculator, input.input),
  'rights.scan': async (call, input) =>
    scanClient(await clientFacts(call, input.clientId), input.date ?? todayInIsrael(call.now())),
  'rights.facts': (call, input) => clientFacts(call, input.clientId),
};

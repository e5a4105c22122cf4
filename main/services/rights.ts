// The rules core behind the API: one calculator on given facts, or a scan of a client's file.
import { todayInIsrael } from '../../shared/dates';
import type { ClientFile } from '../../shared/api/procedures/files';
import { runByName } from '../../shared/rules/run';
import { scanClient } from '../../shared/rules/scan/scan-client';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import { decisionsOf } from '../../db/repositories/claims';
import { fileHandlers } from './client-file';
import type { Call } from './context';
import type { Handlers } from './handler';
import type { Session } from './sessions';

/** Per claim, the day its latest decision reached the client (when recorded). */
export type ReceivedDates = ReadonlyMap<number, string | null>;

/** What the rules read of a client file (facts.ts); `received` adds when each decision was received. */
export function factsOf(file: ClientFile, received: ReceivedDates = new Map()): ClientFacts {
  const { client } = file;
  return {
    birthDate: client.birthDate,
    sex: client.sex,
    maritalStatus: client.maritalStatus,
    residency: client.residency,
    isHousewife: client.isHousewife,
    family: file.family.map((f) => ({ id: f.id, relation: f.relation, birthDate: f.birthDate, monthlyIncome: f.monthlyIncome, isDependant: f.isDependant })),
    employment: file.employment.map((e) => ({ kind: e.kind, startDate: e.startDate, endDate: e.endDate })),
    incomes: file.incomes.map((i) => ({ month: i.month, source: i.source, income: i.income })),
    medical: file.medical.map((m) => ({
      id: m.id,
      committeeKind: m.committeeKind,
      committeeDate: m.committeeDate,
      weightedPercent: m.weightedPercent,
      incapacityPercent: m.incapacityPercent,
      isPermanent: m.isPermanent,
      validUntil: m.validUntil,
      specialServicesPercent: m.specialServicesPercent,
      mobilityLimitationPercent: m.mobilityLimitationPercent,
      impairments: m.impairments.map((i) => ({ percent: i.percent })),
    })),
    events: file.events.map((e) => ({ id: e.id, kind: e.kind, eventDate: e.eventDate, endDate: e.endDate, days: e.days })),
    claims: file.claims.map((c) => ({
      id: c.id,
      benefit: c.benefit,
      status: c.status,
      decidedDate: c.decidedDate,
      outcome: c.outcome,
      filedDate: c.filedDate,
      receivedDate: received.get(c.id) ?? null,
      appealRoute: c.appealRoute,
    })),
  };
}

/** The received day of each decided claim's latest decision. */
export function receivedDates(call: Call<Session>, file: ClientFile): ReceivedDates {
  return new Map(file.claims.filter((c) => c.decidedDate).map((c) => [c.id, decisionsOf(call.store.db, c.id).at(-1)?.receivedDate ?? null]));
}

async function clientFacts(call: Call<Session>, clientId: number): Promise<ClientFacts> {
  const file = await fileHandlers['clients.file'](call, { id: clientId });
  return factsOf(file, receivedDates(call, file));
}

export const rightsHandlers: Handlers<'rights.run' | 'rights.scan' | 'rights.facts'> = {
  'rights.run': (_call, input) => runByName(input.calculator, input.input),
  'rights.scan': async (call, input) => scanClient(await clientFacts(call, input.clientId), input.date ?? todayInIsrael(call.now())),
  'rights.facts': (call, input) => clientFacts(call, input.clientId),
};

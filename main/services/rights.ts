// The rules core behind the API: one calculator on given facts, or a scan of a client's file.
import { todayInIsrael } from '../../shared/dates';
import type { ClientFile } from '../../shared/api/procedures/files';
import { runByName } from '../../shared/rules/run';
import { scanClient } from '../../shared/rules/scan/scan-client';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import { fileHandlers } from './client-file';
import type { Handlers } from './handler';

/** What the rules read of a client file. */
export function factsOf(file: ClientFile): ClientFacts {
  const { client } = file;
  return {
    birthDate: client.birthDate,
    sex: client.sex,
    maritalStatus: client.maritalStatus,
    residency: client.residency,
    isHousewife: client.isHousewife,
    family: file.family.map((f) => ({ relation: f.relation, birthDate: f.birthDate, monthlyIncome: f.monthlyIncome, isDependant: f.isDependant })),
    employment: file.employment.map((e) => ({ kind: e.kind, startDate: e.startDate, endDate: e.endDate })),
    incomes: file.incomes.map((i) => ({ month: i.month, source: i.source, income: i.income })),
    medical: file.medical.map((m) => ({
      committeeDate: m.committeeDate,
      weightedPercent: m.weightedPercent,
      incapacityPercent: m.incapacityPercent,
      isPermanent: m.isPermanent,
      validUntil: m.validUntil,
      specialServicesPercent: m.specialServicesPercent,
      mobilityLimitationPercent: m.mobilityLimitationPercent,
      impairments: m.impairments.map((i) => ({ percent: i.percent })),
    })),
    events: file.events.map((e) => ({ kind: e.kind, eventDate: e.eventDate, endDate: e.endDate, days: e.days })),
    claims: file.claims.map((c) => ({ benefit: c.benefit, status: c.status, decidedDate: c.decidedDate, outcome: c.outcome })),
  };
}

export const rightsHandlers: Handlers<'rights.run' | 'rights.scan'> = {
  'rights.run': (_call, input) => runByName(input.calculator, input.input),
  'rights.scan': async (call, input) => {
    const file = await fileHandlers['clients.file'](call, { id: input.clientId });
    return scanClient(factsOf(file), input.date ?? todayInIsrael(call.now()));
  },
};

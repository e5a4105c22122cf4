// What the rules read of a client file (shared/rules/scan/facts.ts), for one client's scan and for
// the whole-office scan's worker alike: plain data in, plain data out.
import type { ClientFile } from '../../shared/api/procedures/clients/file';
import type { ClientFacts } from '../../shared/rules/scan/facts';

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
    family: file.family.map((f) => ({
      id: f.id,
      relation: f.relation,
      birthDate: f.birthDate,
      monthlyIncome: f.monthlyIncome,
      isDependant: f.isDependant,
    })),
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
    events: file.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      eventDate: e.eventDate,
      endDate: e.endDate,
      days: e.days,
    })),
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

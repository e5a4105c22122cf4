// Generated client files for the scan's property tests: any mix of family, work, incomes, medical
// committees, events and claims a file may hold, and a scan date.
import fc from 'fast-check';
import type { ClientFacts } from '../../shared/rules/scan/facts';

export const day = (first: string, last: string) =>
  fc
    .date({ min: new Date(`${first}T00:00:00Z`), max: new Date(`${last}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const pct = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const money = fc.integer({ min: 0, max: 2_000_000 }).map((a) => (a / 100).toFixed(2));
const month = day('2019-01-01', '2025-12-31').map((d) => d.slice(0, 7));

export const clientFacts: fc.Arbitrary<ClientFacts> = fc.record({
  birthDate: day('1940-01-01', '2008-12-31'),
  sex: fc.constantFrom('male', 'female'),
  maritalStatus: fc.constantFrom(null, 'single', 'married', 'divorced', 'widowed', 'common_law'),
  residency: fc.constantFrom(null, 'resident', 'non_resident', 'temporary_resident'),
  isHousewife: fc.boolean(),
  family: fc.array(
    fc.record({
      id: fc.nat(),
      relation: fc.constantFrom('spouse', 'child', 'parent', 'other'),
      birthDate: fc.option(day('1950-01-01', '2025-12-31'), { nil: null }),
      monthlyIncome: fc.option(money, { nil: null }),
      isDependant: fc.boolean(),
      condition: fc.option(fc.constantFrom('adl-dependence', 'special-impairment', 'developmental-delay'), {
        nil: undefined,
      }),
    }),
    { maxLength: 4 },
  ),
  employment: fc.array(
    fc.record({
      kind: fc.constantFrom('employee', 'self_employed', 'not_working', 'unemployed', 'unpaid_leave'),
      startDate: day('2015-01-01', '2025-06-30'),
      endDate: fc.option(day('2025-07-01', '2026-12-31'), { nil: null }),
    }),
    { maxLength: 2 },
  ),
  incomes: fc.array(fc.record({ month, source: fc.constant('employee'), income: money }), { maxLength: 30 }),
  medical: fc.array(
    fc.record({
      id: fc.nat(),
      committeeKind: fc.constantFrom('first_tier', 'appeals', 'work_injury_first_tier', 'work_injury_appeals'),
      committeeDate: day('2018-01-01', '2025-12-31'),
      weightedPercent: pct,
      incapacityPercent: pct,
      isPermanent: fc.boolean(),
      validUntil: fc.constant(null),
      specialServicesPercent: fc.constantFrom(null, 0, 50, 105, 112, 175, 188, 235),
      mobilityLimitationPercent: pct,
      impairments: fc.array(fc.record({ percent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 3 }),
    }),
    { maxLength: 2 },
  ),
  events: fc.array(
    fc.record({
      id: fc.nat(),
      kind: fc.constantFrom(
        'work_injury',
        'accident',
        'occupational_disease',
        'reserve_duty',
        'army_discharge',
        'family_death',
        'hostile_action',
        'illness',
      ),
      eventDate: day('2020-01-01', '2025-12-31'),
      endDate: fc.constant(null),
      days: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  claims: fc.array(
    fc.record({
      id: fc.nat(),
      benefit: fc.constantFrom(
        'general_disability',
        'special_services',
        'work_injury',
        'mobility',
        'nursing',
        'disabled_child',
        'maternity',
      ),
      status: fc.constantFrom('draft', 'filed', 'decided', 'appeal', 'closed'),
      decidedDate: fc.option(day('2022-01-01', '2025-12-31'), { nil: null }),
      outcome: fc.constantFrom(null, 'approved', 'partly', 'rejected'),
      receivedDate: fc.option(day('2022-01-01', '2025-12-31'), { nil: null }),
      appealRoute: fc.constantFrom(null, 'medical_appeal', 'labour_court', 'claims_committee'),
    }),
    { maxLength: 2 },
  ),
});

export const scanDate = day('2012-01-01', '2026-06-30');
